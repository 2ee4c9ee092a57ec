"""axe-core over the start and report pages: no violations, landmark-unique included."""

from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

pytestmark = pytest.mark.browser

AXE = Path(__file__).parents[2] / "node_modules" / "axe-core" / "axe.min.js"


def axe_violations(page) -> list[dict]:
    """axe-core's violations on the page as loaded, with the ids and elements it flags."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => (await axe.run(document)).violations")
    return [{"id": v["id"], "nodes": [n["target"] for n in v["nodes"]][:3]} for v in result]


@pytest.fixture
def axe_page(browser: Browser, base_url: str):
    """A page whose CSP lets the test inject axe-core (the app's pages allow 'self' only)."""
    if not AXE.is_file():
        pytest.skip("axe-core is not installed: run 'npm ci' (or 'make test') at the repo root")
    context = browser.new_context(bypass_csp=True, base_url=base_url)
    yield context.new_page()
    context.close()


def test_the_start_page_passes_axe(axe_page):
    axe_page.goto("/")
    assert axe_violations(axe_page) == []


def test_the_report_passes_axe(axe_page):
    axe_page.goto("/?example=1")
    axe_page.get_by_role("button", name="Analyse my tasks").click()
    expect(axe_page.locator("table.tasks")).to_be_visible(timeout=30_000)
    assert axe_violations(axe_page) == []


def test_the_providers_page_passes_axe(axe_page):
    axe_page.goto("/providers")
    assert axe_violations(axe_page) == []
