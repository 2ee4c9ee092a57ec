"""Issue 11 on the report: confirmations at the task and what a rerun moved."""

import re
from pathlib import Path

import pytest

from bpo.web.display import thousands
from bpo.web.report import moved_tasks
from bpo.web.task_input import clean_number


def _result(*tasks):
    bundles = [
        {"provider_id": "p1", "provider_name": "Acacia"},
        {"provider_id": "p2", "provider_name": "Mekong"},
    ]
    rows = [
        {"index": i, "name": f"Task {i}", "provider_id": p, "decision": d}
        for i, (p, d) in enumerate(tasks)
    ]
    return {"tasks": rows, "bundles": bundles}


def test_moved_tasks_names_the_providers_and_skips_the_corrected_task():
    before = _result(("p1", "outsource"), ("p1", "outsource"), (None, "keep"))
    after = _result(("p2", "outsource"), ("p2", "outsource"), (None, "keep"))
    assert moved_tasks(before, after, 0) == ["Task 2 (“Task 1”) moved from Acacia to Mekong."]
    back = _result((None, "keep"), (None, "keep"), (None, "review"))
    assert moved_tasks(before, back, 0) == [
        "Task 2 (“Task 1”) moved from Acacia to in-house.",
        "Task 3 (“Task 2”) is now: Review.",
    ]
    assert moved_tasks(before, before, 0) == []


def test_the_saved_note_is_in_the_corrected_row_once(client, analysis_id):
    response = client.post(
        f"/analyses/{analysis_id}/labels",
        data={"task_index": "1", "function": "legal_compliance", "shown_function": "x"},
    )
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    row = page[page.index('id="task-2"') : page.index('id="task-3"')]
    assert 'role="status"' in row and "Labels of task 2" in row
    assert 'class="flashes"' not in page
    again = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Labels of task 2" not in again


def test_the_score_is_explained_next_to_it(client, analysis_id):
    page = client.get(f"/analyses/{analysis_id}").get_data(as_text=True)
    assert "score: how well the task suits a provider, 0–100" in page
    assert re.search(
        r"score \d+/100<span class=\"score-meaning\">: "
        r"(suits a provider well|could go either way|better kept)",
        page,
    )


def test_counts_have_thousands_separators():
    assert thousands(1250) == "1,250"
    template = (Path(__file__).parents[2] / "templates" / "report.html").read_text()
    assert "view.tasks | length | thousands" in template


def test_the_api_link_opens_the_docs_page(client):
    page = client.get("/").get_data(as_text=True)
    assert '<a href="/api/docs">API</a>' in page


def test_the_form_offers_all_five_certifications(client):
    page = client.get("/").get_data(as_text=True)
    for code in ("HIPAA", "PCI_DSS", "GDPR", "ISO27001", "SOC2"):
        assert f'value="{code}"' in page
    assert "nothing is converted" in page


@pytest.mark.parametrize(
    ("typed", "read"),
    [("€24", "24"), ("$45", "45"), ("24 EUR", "24"), ("£ 30", "30"), ("1,200 €", "1200")],
)
def test_common_currency_signs_are_read_as_the_company_currency(typed, read):
    assert clean_number(typed) == read
