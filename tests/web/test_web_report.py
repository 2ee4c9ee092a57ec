"""The report page, its downloads and correcting labels in place."""

import copy
import csv
import html
import io
import json
import re

import pytest

from bpo.analysis_store import get_analysis, public_view
from bpo.exports import COLUMNS
from bpo.extensions import db
from bpo.models import LabelFeedback
from classifier import HEADS


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


def edit_stored_result(app, analysis_id, change):
    """Give a stored analysis the labels a test needs, whatever the small test model said."""
    with app.app_context():
        record = get_analysis(analysis_id)
        result = copy.deepcopy(record.result)
        change(result)
        record.result = result
        db.session.commit()


def own_and_on_site(result):
    first, second = result["tasks"][0], result["tasks"][1]
    first["own_offering"] = True
    first["location"] = {"label": "on_site", "confidence": 0.91}
    second["own_offering"] = False
    second["location"] = {"label": "remote", "confidence": 0.88}


def row_of(page, number):
    return re.search(rf'<tr id="task-{number}".*?</tr>', page, re.S).group(0)


def test_report_shows_location_and_own_work_per_task(app, client, analysis_id):
    edit_stored_result(app, analysis_id, own_and_on_site)
    page = client.get(f"/analyses/{analysis_id}").get_data(as_text=True)
    first, second = row_of(page, 1), row_of(page, 2)
    assert "Your own work" in first and "Your own work" not in second
    assert re.search(r"Where it is done: </span>On site <span class=\"confidence\">91%", first)
    assert re.search(r"Where it is done: </span>Remote <span class=\"confidence\">88%", second)
    assert "make or\n      deliver what your customers pay you for" in page
    # The summary names the offering in brackets, so a sentence or a list reads as well as a noun.
    assert (
        "making or delivering\n    what your customers pay you for (kitchen and home goods sold"
        " online and shipped to customers). They stay with you." in page
    )


def test_matrix_counts_on_site_and_own_work(app, client, analysis_id):
    edit_stored_result(app, analysis_id, own_and_on_site)
    view = view_of(app, analysis_id)
    page = client.get(f"/analyses/{analysis_id}").get_data(as_text=True)
    matrix = re.search(r'<table class="matrix">.*?</table>', page, re.S).group(0)
    on_site = sum(t["location"]["label"] == "on_site" for t in view["tasks"])
    found = re.findall(r"(\d+) on site", matrix)
    assert sum(map(int, found)) == on_site >= 1
    assert "1 your own work" in matrix
    assert " remote" in matrix


def test_report_explains_the_management_cost_with_its_rule(app, client, analysis_id):
    view = view_of(app, analysis_id)
    assert view["company"]["vendor_management_cost"] is None
    rule = view["totals"]["management_rule"]
    page = client.get(f"/analyses/{analysis_id}").get_data(as_text=True)
    note = re.search(r'<p id="management-rule">(.*?)</p>', page, re.S).group(1)
    assert rule["text"] in html.unescape(" ".join(note.split()))
    if view["totals"]["providers_used"]:
        assert f"${view['totals']['management_cost']:,.0f} a month" in note
    for bundle in view["bundles"]:
        assert f"plus ${bundle['management_cost']:,.0f} of your time" in page


def test_a_flat_management_cost_is_shown_as_the_users_setting(client, example_data):
    response = client.post("/analyses", data={**example_data, "vendor_management_cost": "250"})
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    note = " ".join(re.search(r'<p id="management-rule">(.*?)</p>', page, re.S).group(1).split())
    assert "250 USD a month per provider (your setting)" in note


def test_a_pasted_heading_is_shown_with_its_tasks_and_downloaded(client, example_data):
    tasks = "Answer customer emails\nMonth-end close:\nsend reminders\nreconcile the bank"
    response = client.post("/analyses", data={**example_data, "tasks": tasks})
    assert response.status_code == 303
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    # Three tasks, not four: the heading is context, not work.
    assert page.count('<span class="section">under Month-end close</span>') == 2
    assert len(re.findall(r'<tr id="task-\d+"', page)) == 3
    text = client.get(response.headers["Location"] + ".csv").get_data(as_text=True)
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert [row["section"] for row in rows] == ["", "Month-end close", "Month-end close"]


@pytest.mark.full_model
def test_a_step_the_list_reads_differently_says_what_it_reads_alone(client, example_data):
    # "Check each link" alone is not marketing; among a newsletter's steps it is, and the report
    # says so, with the reading alone, on the page and in the download. (Without an offering:
    # the example shop's own work would take the step.)
    tasks = "\n".join(
        [
            "Write the monthly newsletter",
            "Pick the photos for the newsletter",
            "Check each link",
            "Schedule the send for Tuesday morning",
        ]
    )
    data = {**example_data, "tasks": tasks, "industry": "", "offering": ""}
    response = client.post("/analyses", data=data)
    assert response.status_code == 303
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    row = re.search(r'<tr id="task-3".*?</tr>', page, re.S).group(0)
    note = re.search(r'<span class="read-alone">(.*?)</span>', row).group(1)
    assert note.startswith("from the tasks next to it; read alone: ")
    assert page.count('class="read-alone"') == 1
    text = client.get(response.headers["Location"] + ".csv").get_data(as_text=True)
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[2]["function"] == "marketing"
    assert rows[2]["function_alone"] not in ("", "marketing")
    assert [row["function_alone"] for row in rows[:2] + rows[3:]] == ["", "", ""]


def test_label_form_has_a_location_select(client, analysis_id):
    page = client.get(f"/analyses/{analysis_id}?edit=1").get_data(as_text=True)
    select = re.search(r'<select id="location-1" name="location">(.*?)</select>', page, re.S)
    assert select and 'value="remote"' in select.group(1) and 'value="on_site"' in select.group(1)
    assert '<label for="location-1">Where it is done</label>' in page
    assert 'name="shown_location"' in page


def test_correcting_only_the_location_records_only_the_location(app, client, analysis_id):
    before = view_of(app, analysis_id)["tasks"][0]
    shown = {f"shown_{head}": before[head]["label"] for head in HEADS}
    chosen = {head: before[head]["label"] for head in HEADS}
    new_location = "on_site" if before["location"]["label"] == "remote" else "remote"
    data = {"task_index": "0", **shown, **chosen, "location": new_location}
    response = client.post(f"/analyses/{analysis_id}/labels", data=data)
    assert response.status_code == 303
    after = view_of(app, analysis_id)["tasks"][0]
    assert after["location"] == {"label": new_location, "confidence": 1.0}
    assert after["overridden"] == ["location"]
    assert after["office"] == before["office"]
    with app.app_context():
        feedback = db.session.query(LabelFeedback).filter_by(analysis_id=analysis_id).one()
        assert (feedback.location, feedback.office, feedback.function) == (new_location, None, None)
    page = client.get(f"/analyses/{analysis_id}").get_data(as_text=True)
    assert re.search(r"Where it is done: </span>[^<]+<span class=\"confidence\">set by you", page)


def test_saving_unchanged_labels_confirms_them(app, client, analysis_id):
    before = view_of(app, analysis_id)["tasks"][1]
    labels = {head: before[head]["label"] for head in HEADS}
    shown = {f"shown_{head}": label for head, label in labels.items()}
    response = client.post(
        f"/analyses/{analysis_id}/labels", data={"task_index": "1", **labels, **shown}
    )
    assert response.status_code == 303
    after = view_of(app, analysis_id)["tasks"][1]
    assert set(after["overridden"]) == set(HEADS) and after["needs_review"] is False


def test_bad_location_correction_is_refused(client, analysis_id):
    url = f"/analyses/{analysis_id}/labels"
    assert client.post(url, data={"task_index": "0", "location": "moon"}).status_code == 400


def test_exports_carry_location_and_own_work(app, client, analysis_id):
    edit_stored_result(app, analysis_id, own_and_on_site)
    text = client.get(f"/analyses/{analysis_id}.csv").get_data(as_text=True).lstrip("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert (rows[0]["location"], rows[0]["location_confidence"], rows[0]["own_offering"]) == (
        "on_site",
        "0.910",
        "yes",
    )
    assert (rows[1]["location"], rows[1]["own_offering"]) == ("remote", "no")
    body = json.loads(client.get(f"/analyses/{analysis_id}.json").get_data(as_text=True))
    assert body["tasks"][0]["location"]["label"] == "on_site"
    assert body["tasks"][0]["own_offering"] is True
    assert body["company"]["country"] == "US"
