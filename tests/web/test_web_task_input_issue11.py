"""Uploads that come from spreadsheets and from the report's own download (issue 11)."""

import csv
import io

from bpo.exports import COLUMNS, analysis_csv
from bpo.web.task_input import parse_task_csv
from tests.web.test_web_report import view_of


def test_common_header_names_are_read_case_insensitively():
    data = b"Task,HOURS,Cost,Notes\nDo the books,30,40,ask Sam\nAnswer emails,10,$24,\n"
    found = parse_task_csv(data, "tasks.csv")
    assert found.problems == []
    assert found.tasks == [
        {"name": "Do the books", "hours_per_month": "30", "hourly_cost": "40"},
        {"name": "Answer emails", "hours_per_month": "10", "hourly_cost": "24"},
    ]
    assert found.notices and "notes" in found.notices[0]
    rate = parse_task_csv(b"Task name,Hourly rate\nPayroll,45\n", "t.csv")
    assert rate.tasks == [{"name": "Payroll", "hourly_cost": "45"}]


def test_unknown_columns_are_ignored_with_a_notice(client, example_data):
    data = {**example_data, "tasks": ""}
    data["tasks_file"] = (io.BytesIO(b"name,colour\nDo the books,red\n"), "t.csv")
    response = client.post("/analyses", data=data, content_type="multipart/form-data")
    assert response.status_code == 303
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Columns not read (the upload ignores them): colour" in page


def test_the_export_has_the_hourly_cost_and_uploads_again(app, client, example_data, analysis_id):
    view = view_of(app, analysis_id)
    assert "hourly_cost" in COLUMNS
    exported = analysis_csv(view)
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert float(rows[4]["hourly_cost"]) == 45.0
    found = parse_task_csv(("\ufeff" + exported).encode(), "analysis.csv")
    assert found.problems == []
    assert [t["name"] for t in found.tasks] == [t["name"] for t in view["tasks"]]
    assert [float(t["hourly_cost"]) for t in found.tasks] == [
        round(t["current_monthly_cost"] / t["hours_per_month"], 2) for t in view["tasks"]
    ]
    # The classifier's labels are worked out again: only the user's are carried over.
    assert all("function" not in task for task in found.tasks)
