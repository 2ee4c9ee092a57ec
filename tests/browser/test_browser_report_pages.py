"""The report as a business owner uses it: printing, saving corrections, files in and out."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from bpo.web.examples import EXAMPLE_TASKS

pytestmark = pytest.mark.browser

MORE_TASKS = """\
Book travel and hotels for trade fairs | 6 | 30
Chase unpaid customer invoices | 14 | 36
Moderate product reviews on the shop | 12 | 26
Translate product pages into Spanish | 10 | 32
Keep the customer database tidy and deduplicated | 18 | 28
File quarterly sales tax returns | 6 | 48
Prepare the monthly management accounts | 10 | 50
Design seasonal catalogue layouts | 20 | 45
Answer supplier phone calls | 25 | 24
Photograph new products in the studio | 30 | 35"""


def twenty_five_task_report(page: Page) -> None:
    """The example company with 25 tasks, analysed."""
    page.goto("/?example=1")
    page.get_by_label("Tasks, one per line").fill(EXAMPLE_TASKS + "\n" + MORE_TASKS)
    page.get_by_role("button", name="Analyse my tasks").click()
    expect(page.locator("table.tasks tbody tr")).to_have_count(25, timeout=30_000)


def pdf_page_count(pdf: bytes) -> int:
    """Pages in a PDF Chromium wrote: its page objects are never compressed."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def test_a_25_task_report_prints_on_at_most_four_a4_pages(page: Page, tmp_path: Path):
    twenty_five_task_report(page)
    page.emulate_media(media="print")
    # Correction forms are for the screen; the "Why" column has room to be read on paper.
    expect(page.locator("form.label-form").first).to_be_hidden()
    why = page.locator("table.tasks tbody tr td[data-label='Why']").first
    assert why.bounding_box()["width"] > 180
    pdf = page.pdf(format="A4", path=str(tmp_path / "report.pdf"))
    pages = pdf_page_count(pdf)
    assert 1 <= pages <= 4, f"the report printed on {pages} A4 pages"


def test_saving_labels_confirms_at_the_task_not_at_the_top(page: Page):
    page.goto("/?example=1")
    page.get_by_role("button", name="Analyse my tasks").click()
    page.locator("#task-3").get_by_role("link", name=re.compile("Correct labels")).click()
    row = page.locator("#task-3")
    function = row.get_by_label("Function")
    new_label = "Legal & compliance"
    if function.evaluate("select => select.selectedOptions[0].text") == new_label:
        new_label = "Procurement"
    function.select_option(label=new_label)
    row.get_by_role("button", name=re.compile("Save labels")).click()
    expect(page).to_have_url(re.compile(r"#task-3$"))
    note = page.locator("#task-3").get_by_role("status")
    expect(note).to_contain_text("Labels of task 3")
    expect(note).to_contain_text(re.compile("Other tasks changed with it|No other task changed"))
    expect(note).to_be_in_viewport()
    expect(page.locator(".flashes")).to_have_count(0)


def test_the_downloaded_csv_uploads_again_with_the_same_tasks(page: Page, tmp_path: Path):
    page.goto("/?example=1")
    page.get_by_role("button", name="Analyse my tasks").click()
    names = page.locator("table.tasks tbody th[scope=row]")
    expect(names).to_have_count(15)
    before = [text.split("\n")[0].strip() for text in names.all_inner_texts()]
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download CSV").click()
    exported = tmp_path / "export.csv"
    download_info.value.save_as(exported)
    page.goto("/")
    page.get_by_label("Or upload a CSV file").set_input_files(str(exported))
    page.get_by_role("button", name="Analyse my tasks").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Sourcing report")
    expect(page.get_by_role("status")).to_contain_text("Columns not read")
    after = [text.split("\n")[0].strip() for text in names.all_inner_texts()]
    assert after == before


def test_the_providers_page_sorts_by_a_chosen_column(page: Page):
    page.goto("/providers")
    cards = page.locator(".provider-list article.provider")
    expect(cards.first).to_be_visible()
    page.get_by_label("Sort by").select_option(label="Lowest hourly rate")
    rates = [float(r) for r in cards.evaluate_all("cs => cs.map(c => c.dataset.sortRate)")]
    assert rates == sorted(rates) and len(rates) > 2
    page.get_by_label("Sort by").select_option(label="Country")
    countries = cards.evaluate_all("cs => cs.map(c => c.dataset.sortCountry)")
    assert countries == sorted(countries, key=str.lower)
    assert all(len(name) > 2 for name in countries)


def test_my_analyses_are_listed_newest_first_and_can_be_removed(page: Page):
    page.goto("/")
    expect(page.locator("#my-analyses")).to_be_hidden()
    page.get_by_label("Tasks, one per line").fill("Run payroll | 8 | 45")
    page.get_by_label("Company name").fill("First Shop")
    page.get_by_role("button", name="Analyse my tasks").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("First Shop")
    page.goto("/?example=1")
    page.get_by_role("button", name="Analyse my tasks").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Harbor & Pine")
    page.goto("/")
    mine = page.get_by_role("region", name="Your analyses in this browser")
    items = mine.get_by_role("listitem")
    expect(items).to_have_count(2)
    expect(items.nth(0)).to_contain_text("Harbor & Pine Home Goods")
    expect(items.nth(0)).to_contain_text(re.compile(r"15 tasks · saves -?\$[\d,]+ a month"))
    expect(items.nth(1)).to_contain_text("First Shop")
    items.nth(1).get_by_role("button", name=re.compile("Remove")).click()
    expect(items).to_have_count(1)
    page.reload()
    expect(items).to_have_count(1)
    items.first.get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Harbor & Pine")


def test_compare_another_plan_side_by_side(page: Page):
    page.goto("/?example=1")
    page.get_by_role("button", name="Analyse my tasks").click()
    expect(page.locator("table.tasks")).to_be_visible()
    form = page.get_by_role("region", name="Compare another plan")
    form.get_by_label("Most providers").fill("1")
    form.get_by_role("button", name="Compare with this plan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Two plans compared for Harbor & Pine Home Goods"
    )
    expect(page.get_by_role("region", name="Totals").get_by_role("row")).to_have_count(7)
    expect(page.get_by_role("region", name="Tasks decided differently")).to_be_visible()
    expect(page.get_by_text("not used").first).to_be_visible()


def test_deciding_on_a_task_shows_what_changed_in_totals_at_the_task(page: Page):
    page.goto("/?example=1")
    page.get_by_role("button", name="Analyse my tasks").click()
    row = page.locator("table.tasks tbody tr", has=page.locator(".badge-outsource")).first
    number = row.get_attribute("id")
    row.get_by_role("link", name=re.compile("^Decide")).click()
    row = page.locator(f"#{number}")
    row.get_by_label("Keep in-house (strategic)").check()
    row.get_by_role("button", name=re.compile("Save decision")).click()
    expect(page).to_have_url(re.compile(f"#{number}$"))
    note = page.locator(f"#{number}").get_by_role("status")
    expect(note).to_contain_text("Your decision on task")
    expect(note).to_contain_text("Totals changed:")
    expect(page.locator(f"#{number}")).to_contain_text("marked strategic")
