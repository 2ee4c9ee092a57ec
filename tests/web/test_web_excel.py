"""Excel in and out (issue 11): .xlsx uploads, the report and the template as workbooks."""

import io

from openpyxl import Workbook, load_workbook

from bpo.exports import COLUMNS
from bpo.web.task_input import CSV_COLUMNS, parse_task_xlsx
from tests.web.test_web_report import view_of

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def workbook(*rows, extra_sheet=False) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(list(row))
    if extra_sheet:
        book.create_sheet("Notes").append(["name"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_the_first_sheet_reads_like_a_csv_file():
    data = workbook(
        ("Task", "Hours", "Hourly rate"),
        ("Do the books", 30, 40.0),
        (None, None),
        ("Answer emails", 10.5, "€24"),
        extra_sheet=True,
    )
    found = parse_task_xlsx(data, "tasks.xlsx")
    assert found.problems == []
    assert found.tasks == [
        {"name": "Do the books", "hours_per_month": "30", "hourly_cost": "40"},
        {"name": "Answer emails", "hours_per_month": "10.5", "hourly_cost": "24"},
    ]
    assert found.positions == [2, 4]


def test_sheet_errors_carry_row_numbers(client, example_data):
    data = workbook(("name", "hours_per_month"), ("Books", 3), ("Payroll", "lots"))
    form = {**example_data, "tasks": "", "tasks_file": (io.BytesIO(data), "tasks.xlsx")}
    response = client.post("/analyses", data=form, content_type="multipart/form-data")
    assert response.status_code == 422
    assert "Row 3: hours per month “lots”" in response.get_data(as_text=True)


def test_an_unreadable_workbook_is_refused_with_a_message():
    found = parse_task_xlsx(b"PK\x03\x04 not really", "broken.xlsx")
    assert "“broken.xlsx” is not a readable Excel workbook" in found.problems[0][1]


def test_an_xlsx_upload_makes_an_analysis(client, example_data):
    data = workbook(("name", "hours_per_month", "hourly_cost"), ("Run payroll", 8, 45))
    form = {**example_data, "tasks": "", "tasks_file": (io.BytesIO(data), "t.xlsx")}
    response = client.post("/analyses", data=form, content_type="multipart/form-data")
    assert response.status_code == 303


def test_the_report_downloads_as_a_workbook(app, client, analysis_id):
    response = client.get(f"/analyses/{analysis_id}.xlsx")
    assert response.status_code == 200 and response.mimetype == XLSX
    assert f'filename="analysis-{analysis_id}.xlsx"' in response.headers["Content-Disposition"]
    book = load_workbook(io.BytesIO(response.data), read_only=True)
    assert book.sheetnames == ["Tasks", "Bundles", "Totals"]
    tasks = list(book["Tasks"].iter_rows(values_only=True))
    view = view_of(app, analysis_id)
    assert list(tasks[0]) == list(COLUMNS)
    assert len(tasks) == 1 + len(view["tasks"])
    assert tasks[5][COLUMNS.index("hourly_cost")] == 45
    bundles = list(book["Bundles"].iter_rows(values_only=True))
    assert len(bundles) == 1 + len(view["bundles"])
    totals = dict(book["Totals"].iter_rows(min_row=2, values_only=True))
    assert totals["monthly_savings"] == view["totals"]["monthly_savings"]
    page = client.get(f"/analyses/{analysis_id}").get_data(as_text=True)
    assert f'href="/analyses/{analysis_id}.xlsx"' in page
    # And the downloaded workbook uploads again with the same tasks.
    again = parse_task_xlsx(response.data, "analysis.xlsx")
    assert again.problems == []
    assert [t["name"] for t in again.tasks] == [t["name"] for t in view["tasks"]]


def test_formula_like_text_stays_text_in_the_workbook(client, example_data):
    form = {**example_data, "tasks": '=HYPERLINK("x") | 5 | 30'}
    location = client.post("/analyses", data=form).headers["Location"]
    data = client.get(location + ".xlsx").data
    book = load_workbook(io.BytesIO(data))
    cell = book["Tasks"].cell(row=2, column=COLUMNS.index("name") + 1)
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("x")'


def test_the_template_has_an_xlsx_sibling(client):
    response = client.get("/tasks-template.xlsx")
    assert response.status_code == 200 and response.mimetype == XLSX
    rows = list(load_workbook(io.BytesIO(response.data)).active.iter_rows(values_only=True))
    assert list(rows[0]) == list(CSV_COLUMNS)
    found = parse_task_xlsx(response.data, "tasks-template.xlsx")
    assert found.problems == [] and len(found.tasks) == 3
    assert 'href="/tasks-template.xlsx"' in client.get("/").get_data(as_text=True)
