"""What a business owner clicks: example, upload, errors, corrections and downloads."""

import csv
import io
import re
import time

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

REPORT_HEADING = re.compile(r"^Sourcing report")


def submit_and_wait(page: Page) -> float:
    """Click 'Analyse my tasks' and return the seconds until the report's heading shows."""
    started = time.perf_counter()
    page.get_by_role("button", name="Analyse my tasks").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(REPORT_HEADING, timeout=30_000)
    expect(page.locator("table.tasks")).to_be_visible()
    return time.perf_counter() - started


def run_example(page: Page) -> float:
    page.goto("/")
    page.get_by_role("link", name="Try an example").click()
    expect(page.get_by_label("Tasks, one per line")).to_contain_text("Run payroll for 14 employees")
    return submit_and_wait(page)


def test_example_gives_a_report_with_matrix_table_and_bundles(page: Page, timings):
    seconds = run_example(page)
    timings("example list (15 tasks)", seconds)
    expect(page).to_have_url(re.compile(r"/analyses/[\w-]{20,}$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Sourcing report for Harbor & Pine Home Goods"
    )
    expect(page.get_by_text("Monthly savings")).to_be_visible()
    matrix = page.locator("table.matrix")
    expect(matrix.get_by_role("rowheader")).to_have_text(["Front office", "Back office"])
    expect(matrix.get_by_role("columnheader")).to_have_text(["Core", "Support", "Long tail"])
    expect(page.locator("table.tasks tbody tr")).to_have_count(15)
    expect(page.locator("svg.cost-chart rect")).not_to_have_count(0)
    bundles = page.locator("article.bundle")
    expect(bundles.first).to_be_visible()
    expect(bundles.first.get_by_role("listitem").first).to_be_visible()


def test_csv_upload(page: Page):
    data = (
        "name,hours_per_month,hourly_cost,strategic\n"
        "Enter supplier invoices,30,38,no\n"
        "Answer customer emails,100,24,no\n"
        "Decide next year's product range,10,80,yes\n"
    )
    page.goto("/")
    page.get_by_label("Or upload a CSV file").set_input_files(
        files=[{"name": "tasks.csv", "mimeType": "text/csv", "buffer": data.encode()}]
    )
    submit_and_wait(page)
    rows = page.locator("table.tasks tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.nth(2)).to_contain_text("marked strategic: stays in-house")


def test_a_heading_in_the_list_is_context_not_a_task(page: Page):
    page.goto("/")
    page.get_by_label("Tasks, one per line").fill(
        "Answer customer emails\nMonth-end close:\nsend reminders | 4 | 30\nreconcile the bank"
    )
    submit_and_wait(page)
    expect(page.locator(".flashes")).to_contain_text("Read as headings, not tasks: “Month-end")
    rows = page.locator("table.tasks tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.nth(1)).to_contain_text("under Month-end close")
    expect(rows.nth(0)).not_to_contain_text("under")


def test_bad_input_shows_the_line_and_keeps_the_text(page: Page):
    typed = "Do the books | 30 | 40\nRun payroll | lots | 45\nAnswer emails"
    page.goto("/")
    page.get_by_label("Tasks, one per line").fill(typed)
    page.get_by_role("button", name="Analyse my tasks").click()
    summary = page.locator("#error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Line 2: hours per month “lots”: Not a valid number.")
    expect(page.locator("#tasks-error")).to_contain_text("Line 2")
    expect(page.get_by_label("Tasks, one per line")).to_have_value(typed)
    expect(page.get_by_label("Tasks, one per line")).to_have_attribute("aria-invalid", "true")
    summary.get_by_role("link").first.click()
    expect(page.get_by_label("Tasks, one per line")).to_be_focused()


def test_correcting_a_label_changes_the_report(page: Page):
    run_example(page)
    row = page.locator("table.tasks tbody tr").first
    if not row.locator("form.label-form").count():
        row.get_by_role("link", name=re.compile("Correct labels")).click()
        row = page.locator("#task-1")
    function = row.get_by_label("Function")
    new_label = "Legal & compliance"
    if function.evaluate("select => select.selectedOptions[0].text") == new_label:
        new_label = "Procurement"
    function.select_option(label=new_label)
    row.get_by_role("button", name=re.compile("Save labels")).click()
    expect(page.get_by_role("status")).to_contain_text("Labels of task 1")
    expect(page).to_have_url(re.compile(r"/analyses/[\w-]+#task-1$"))
    labels = page.locator("#task-1 ul.labels")
    expect(labels).to_contain_text(new_label)
    expect(labels).to_contain_text("set by you")
    expect(page.locator("#task-1")).not_to_have_class(re.compile("row-review"))


def test_download_the_csv(page: Page):
    run_example(page)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download CSV").click()
    download = download_info.value
    assert re.fullmatch(r"analysis-[\w-]+\.csv", download.suggested_filename)
    with open(download.path(), encoding="utf-8-sig") as file:
        rows = list(csv.DictReader(io.StringIO(file.read())))
    assert len(rows) == 15
    assert rows[4]["name"] == "Run payroll for 14 employees"
    assert {row["decision"] for row in rows} <= {"keep", "outsource", "review"}


def test_phone_width_and_keyboard(page: Page):
    page.set_viewport_size({"width": 375, "height": 800})
    run_example(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to content")).to_be_focused()
    page.goto("/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375


DENTAL_TASKS = (
    "Cleanings and checkups by the hygienists | 160 | 45\n"
    "Submit insurance claims for our patients | 40 | 28\n"
    "Clean the practice after hours | 30 | 20"
)


def test_the_company_profile_is_shown_and_remembered(page: Page):
    page.goto("/")
    page.get_by_label("Country where the work is done").select_option(label="United States")
    page.get_by_label("Kind of business").fill("dental practice")
    page.get_by_label("What your customers pay you for").fill(
        "checkups, cleanings and fillings for families"
    )
    page.get_by_label("Tasks, one per line").fill(DENTAL_TASKS)
    submit_and_wait(page)
    profile = page.get_by_label("Company profile")
    expect(profile).to_contain_text("United States")
    expect(profile).to_contain_text("dental practice")
    expect(profile).to_contain_text("checkups, cleanings and fillings for families")
    labels = page.locator("table.tasks ul.labels")
    expect(labels).to_have_count(3)
    for index in range(3):
        expect(labels.nth(index)).to_contain_text(re.compile(r"Remote|On site"))

    page.get_by_role("navigation", name="Main").get_by_role("link", name="New analysis").click()
    expect(page.get_by_label("Country where the work is done")).to_have_value("US")
    expect(page.get_by_label("Kind of business")).to_have_value("dental practice")
    expect(page.get_by_label("What your customers pay you for")).to_have_value(
        "checkups, cleanings and fillings for families"
    )
    expect(page.get_by_label("Tasks, one per line")).to_have_value("")
    # What the server fills in (here the example) wins over the remembered profile.
    page.get_by_role("link", name="Try an example").click()
    expect(page.get_by_label("Kind of business")).to_have_value("online home-goods shop")
