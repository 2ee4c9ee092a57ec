"""POST /analyses/<id>/feedback: corrections stored with who and when; the analysis recomputed."""

import pytest
from api_helpers import SMALL_REQUEST, assert_problem, bearer

from bpo.extensions import db
from bpo.models import LabelFeedback

URL = "/api/v1/analyses"


@pytest.fixture
def analysis(client):
    response = client.post(URL, json=SMALL_REQUEST)
    assert response.status_code == 201
    return response.get_json()


def feedback(client, analysis_id, body, headers=None):
    return client.post(f"{URL}/{analysis_id}/feedback", json=body, headers=headers or {})


def test_correction_is_applied_and_the_analysis_recomputed(client, analysis):
    body = {"corrections": [{"task_index": 1, "office": "back", "function": "finance_accounting"}]}
    response = feedback(client, analysis["id"], body)
    assert response.status_code == 200
    result = response.get_json()
    task = result["tasks"][1]
    assert task["office"] == {"label": "back", "confidence": 1.0}
    assert task["function"]["label"] == "finance_accounting"
    assert task["overridden"] == ["function", "office"]
    assert result["updated_at"] >= analysis["updated_at"]
    assert result["id"] == analysis["id"]
    # The stored analysis is the recomputed one.
    assert client.get(f"{URL}/{analysis['id']}").get_json() == result


def test_feedback_is_stored_with_sender_and_time(app, client, analysis):
    body = {"corrections": [{"task_index": 0, "process": "support"}], "sent_by": "Dana"}
    assert feedback(client, analysis["id"], body).status_code == 200
    with app.app_context():
        row = db.session.scalar(db.select(LabelFeedback))
        assert (row.task_index, row.process, row.office) == (0, "support", None)
        assert row.text == "Do the books"
        assert row.sent_by.startswith("Dana via")
        assert row.created_at is not None


def test_feedback_names_the_key_that_sent_it(app, client, user_key):
    created = client.post(URL, json=SMALL_REQUEST, headers=bearer(user_key)).get_json()
    body = {"corrections": [{"task_index": 2, "office": "back"}]}
    assert feedback(client, created["id"], body, bearer(user_key)).status_code == 200
    with app.app_context():
        assert "alice" in db.session.scalar(db.select(LabelFeedback.sent_by))


@pytest.mark.parametrize(
    "body,field",
    [
        ({"corrections": [{"task_index": 3, "office": "back"}]}, "corrections.0.task_index"),
        ({"corrections": [{"task_index": 0}]}, "corrections.0._schema"),
        ({"corrections": [{"task_index": 0, "office": "middle"}]}, "corrections.0.office"),
        ({"corrections": []}, "corrections"),
        ({}, "corrections"),
        ({"corrections": [{"task_index": -1, "office": "back"}]}, "corrections.0.task_index"),
        ({"corrections": [{"task_index": 0, "office": "back", "x": 1}]}, "corrections.0.x"),
    ],
)
def test_bad_corrections_are_422_naming_the_field(app, client, analysis, body, field):
    problem = assert_problem(feedback(client, analysis["id"], body), 422)
    assert field in problem["errors"]
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count()).select_from(LabelFeedback)) == 0


def test_feedback_for_an_unknown_analysis_is_404(client):
    body = {"corrections": [{"task_index": 0, "office": "back"}]}
    assert_problem(feedback(client, "unknown", body), 404)
