"""The report page, its downloads and correcting labels in place."""

import csv
import io
import json
import re

from bpo.analysis_store import get_analysis, public_view
from bpo.exports import COLUMNS
from bpo.extensions import db
from bpo.models import LabelFeedback


def view_of(app, analysis_id):
    with app.app_context():
        return public_view(get_analysis(analysis_id))


def test_report_shows_totals_chart_matrix_tasks_and_bundles(app, client, analysis_id):
    page = client.get(f"/analyses/{analysis_id}").get_data(as_text=True)
    view = view_of(app, analysis_id)
    assert "Sourcing report for Harbor &amp; Pine Home Goods" in page
    for heading in (
        "What it saves",
        "Cost a month, before and after",
        "Where your tasks fall",
        "Task by task",
        "Providers and what they take",
    ):
        assert f">{heading}</h2>" in page
    for label in ("Today", "With the plan", "Monthly savings", "Annual savings", "Providers used"):
        assert f"<dt>{label}</dt>" in page
    assert f"${view['totals']['current_monthly_cost']:,.0f}" in page
    assert '<svg class="cost-chart"' in page and '<title id="chart-title">' in page
    assert page.count('class="cell cell-') == 6
    for task in view["tasks"]:
        assert f'id="task-{task["index"] + 1}"' in page
    for bundle in view["bundles"]:
        assert bundle["provider_name"] in page
    assert f'href="/analyses/{analysis_id}.csv"' in page
    assert f'href="/analyses/{analysis_id}.json"' in page


def test_headings_do_not_skip_levels(client, analysis_id):
    page = client.get(f"/analyses/{analysis_id}").get_data(as_text=True)
    levels = [int(level) for level in re.findall(r"<h([1-6])", page)]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))


def test_needs_review_rows_stand_out_with_a_form(app, client, analysis_id):
    page = client.get(f"/analyses/{analysis_id}").get_data(as_text=True)
    view = view_of(app, analysis_id)
    for task in view["tasks"]:
        row = re.search(rf'<tr id="task-{task["index"] + 1}" class="([^"]*)"', page).group(1)
        assert ("row-review" in row) == task["needs_review"]
    forms = page.count('class="label-form"')
    assert forms == sum(task["needs_review"] for task in view["tasks"])


def test_edit_link_opens_the_label_form_of_any_task(client, analysis_id):
    page = client.get(f"/analyses/{analysis_id}?edit=1").get_data(as_text=True)
    assert 'id="office-1"' in page and 'for="function-1"' in page


def test_correcting_labels_reruns_the_analysis(app, client, analysis_id):
    before = view_of(app, analysis_id)["tasks"][0]
    new_function = "payroll" if before["function"]["label"] != "payroll" else "hr"
    response = client.post(
        f"/analyses/{analysis_id}/labels",
        data={"task_index": "0", "office": "back", "process": "support", "function": new_function},
    )
    assert response.status_code == 303
    assert response.headers["Location"] == f"/analyses/{analysis_id}#task-1"
    after = view_of(app, analysis_id)["tasks"][0]
    assert after["function"] == {"label": new_function, "confidence": 1.0}
    assert after["needs_review"] is False
    assert set(after["overridden"]) == {"office", "process", "function"}
    with app.app_context():
        feedback = db.session.query(LabelFeedback).filter_by(analysis_id=analysis_id).all()
        assert [(f.task_index, f.sent_by) for f in feedback] == [(0, "web")]
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Labels of task 1" in page and "saved" in page
    assert "set by you" in page


def test_bad_corrections_are_refused(client, analysis_id):
    url = f"/analyses/{analysis_id}/labels"
    assert client.post(url, data={"task_index": "99", "office": "back"}).status_code == 400
    assert client.post(url, data={"task_index": "x", "office": "back"}).status_code == 400
    assert client.post(url, data={"task_index": "0", "office": "middle"}).status_code == 400
    assert client.post(url, data={"task_index": "0"}).status_code == 400


def test_unknown_analysis_is_the_html_404_page(client):
    for url in ("/analyses/nope", "/analyses/nope.csv", "/analyses/nope.json"):
        response = client.get(url)
        assert response.status_code == 404
        assert response.mimetype == "text/html"
        assert "There is no analysis at this address" in response.get_data(as_text=True)
    response = client.post("/analyses/nope/labels", data={"task_index": "0", "office": "back"})
    assert response.status_code == 404


def test_csv_download_has_one_row_per_task(app, client, analysis_id):
    response = client.get(f"/analyses/{analysis_id}.csv")
    assert response.mimetype == "text/csv"
    assert f'filename="analysis-{analysis_id}.csv"' in response.headers["Content-Disposition"]
    text = response.get_data(as_text=True)
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    view = view_of(app, analysis_id)
    assert list(rows[0]) == list(COLUMNS)
    assert [row["name"] for row in rows] == [task["name"] for task in view["tasks"]]
    assert [row["decision"] for row in rows] == [task["decision"] for task in view["tasks"]]


def test_json_download_matches_the_api(client, analysis_id):
    response = client.get(f"/analyses/{analysis_id}.json")
    assert response.mimetype == "application/json"
    assert "attachment" in response.headers["Content-Disposition"]
    body = json.loads(response.get_data(as_text=True))
    assert body == client.get(f"/api/v1/analyses/{analysis_id}").get_json()
