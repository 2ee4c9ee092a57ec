"""GET /model: version, metrics and label vocabularies."""

from api_helpers import assert_problem

from classifier.labels import FUNCTIONS, HEADS, LOCATIONS, LONG_TAIL, OFFICES, PROCESSES


def test_describes_the_loaded_model(client, model):
    response = client.get("/api/v1/model")
    assert response.status_code == 200
    body = response.get_json()
    assert body["model_version"] == model.version
    assert body["labels"] == {
        "office": list(OFFICES),
        "process": list(PROCESSES),
        "function": list(FUNCTIONS),
        "location": list(LOCATIONS),
    }
    assert body["metrics"] == model.metadata["metrics"]
    assert set(body["metrics"]["holdout"]["heads"]) == set(HEADS)
    assert body["review_threshold"] == model.metadata["review_threshold"]
    assert body["review_thresholds"] == model.metadata["review_thresholds"]
    assert set(body["review_thresholds"]) == {*HEADS, "own_offering", LONG_TAIL}
    assert "version" not in body["metadata"] and "metrics" not in body["metadata"]


def test_503_without_a_model(app, client):
    app.extensions["bpo.model"] = None
    assert_problem(client.get("/api/v1/model"), 503)
