"""Deciding on the report (issue 11): keep in-house, hours and hourly cost; the rerun's totals."""

import pytest

from bpo.analysis_store import get_analysis, submission_of
from bpo.services.decisions import decide_task
from bpo.web.report import totals_change
from tests.web.test_web_report import view_of


def outsourced_index(app, analysis_id) -> int:
    tasks = view_of(app, analysis_id)["tasks"]
    return next(task["index"] for task in tasks if task["decision"] == "outsource")


def test_the_decide_link_opens_a_form_with_the_tasks_values(client, analysis_id):
    page = client.get(f"/analyses/{analysis_id}").get_data(as_text=True)
    assert f"/analyses/{analysis_id}?decide=5#task-5" in page
    page = client.get(f"/analyses/{analysis_id}?decide=5").get_data(as_text=True)
    assert 'aria-label="Decide on task 5"' in page
    assert 'name="hours_per_month" value="8' in page and 'name="hourly_cost" value="45' in page
    assert '<label for="strategic-5">Keep in-house (strategic)</label>' in page


def test_keeping_a_task_in_house_reruns_and_says_what_changed(app, client, analysis_id):
    index = outsourced_index(app, analysis_id)
    before = view_of(app, analysis_id)
    response = client.post(
        f"/analyses/{analysis_id}/decision",
        data={
            "task_index": str(index),
            "strategic": "yes",
            "hours_per_month": "",
            "hourly_cost": "",
        },
    )
    assert response.status_code == 303
    assert response.headers["Location"] == f"/analyses/{analysis_id}#task-{index + 1}"
    after = view_of(app, analysis_id)
    assert after["tasks"][index]["decision"] == "keep"
    assert "marked strategic" in after["tasks"][index]["reasons"][0]["text"]
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert f"Your decision on task {index + 1}" in page
    assert before["totals"]["proposed_monthly_cost"] != after["totals"]["proposed_monthly_cost"]
    assert "Totals changed:" in page and "Cost a month with the plan:" in page


def test_new_hours_and_cost_are_stored_and_used(app, client, analysis_id):
    response = client.post(
        f"/analyses/{analysis_id}/decision",
        data={"task_index": "4", "hours_per_month": "16", "hourly_cost": "€50"},
    )
    assert response.status_code == 303
    task = view_of(app, analysis_id)["tasks"][4]
    assert task["hours_per_month"] == 16
    assert task["current_monthly_cost"] == 800
    with app.app_context():
        stored = submission_of(get_analysis(analysis_id))["tasks"][4]
    assert (stored["hours_per_month"], stored["hourly_cost"], stored["strategic"]) == (
        16,
        50,
        False,
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"task_index": "x"}, "task number"),
        ({"task_index": "0", "hours_per_month": "lots"}, "“lots” is not a number"),
        ({"task_index": "0", "hourly_cost": "0"}, "must be more than 0"),
        ({"task_index": "99"}, "This analysis has 15 tasks"),
    ],
)
def test_bad_decisions_are_refused(client, analysis_id, data, message):
    response = client.post(f"/analyses/{analysis_id}/decision", data=data)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)


def test_decide_task_refuses_other_fields(app, analysis_id):
    with app.app_context(), pytest.raises(ValueError, match="not decision fields: name"):
        decide_task(None, analysis_id, 0, {"name": "x"}, time_limit=1)


def test_totals_change_reads_each_changed_total():
    before = {"proposed_monthly_cost": 1000.0, "monthly_savings": 500.0, "providers_used": 2}
    after = {"proposed_monthly_cost": 1200.0, "monthly_savings": 300.0, "providers_used": 2}
    assert totals_change(before, after) == [
        "Cost a month with the plan: $1,000 → $1,200 (+$200).",
        "Monthly savings: $500 → $300 (−$200).",
    ]
    assert totals_change(before, before) == []
