"""One error shape: problem+json for every API error, an HTML page for people."""

import pytest

PROBLEM = "application/problem+json"


def assert_problem(response, status):
    assert response.status_code == status
    assert response.mimetype == PROBLEM
    body = response.get_json()
    assert {"type", "title", "status", "detail"} <= set(body)
    assert body["status"] == status
    assert "Traceback" not in response.get_data(as_text=True)
    return body


def test_400_for_malformed_json(client):
    response = client.post(
        "/api/v1/classify", data="{not json", headers={"Content-Type": "application/json"}
    )
    body = assert_problem(response, 400)
    assert "JSON" in body["detail"]


def test_404_for_unknown_api_path(client):
    assert_problem(client.get("/api/v1/nothing-here"), 404)


def test_405_names_allowed_methods(client):
    response = client.get("/api/v1/classify")
    assert_problem(response, 405)
    assert "POST" in response.headers["Allow"]


def test_413_for_a_body_over_the_limit(app, client):
    app.config["MAX_CONTENT_LENGTH"] = 1000
    response = client.post("/api/v1/classify", json={"tasks": ["x" * 400] * 10})
    assert_problem(response, 413)


def test_415_for_a_body_that_is_not_json(client):
    response = client.post("/api/v1/classify", data="tasks=Run payroll")
    body = assert_problem(response, 415)
    assert "application/json" in body["detail"]


def test_422_names_the_offending_field(client):
    response = client.post("/api/v1/classify", json={"tasks": ["Run payroll", {"name": "  "}]})
    body = assert_problem(response, 422)
    assert "tasks.1.name" in body["errors"]


def test_500_hides_the_traceback(app):
    def explode():
        raise RuntimeError("secret internals")

    app.add_url_rule("/api/v1/explode", "explode", explode)
    app.add_url_rule("/explode", "explode_page", explode)
    client = app.test_client()
    body = assert_problem(client.get("/api/v1/explode"), 500)
    assert "secret internals" not in str(body)
    page = client.get("/explode")
    assert page.status_code == 500
    assert page.mimetype == "text/html"
    assert "secret internals" not in page.get_data(as_text=True)


@pytest.mark.parametrize("path", ["/no-such-page", "/analyses/unknown-id-xyz"])
def test_pages_get_an_html_error_page(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.mimetype == "text/html"
    assert "404" in response.get_data(as_text=True)


def test_error_bodies_carry_the_request_id(client):
    response = client.get("/api/v1/nothing-here", headers={"X-Request-ID": "abc-123"})
    assert response.get_json()["request_id"] == "abc-123"
    assert response.headers["X-Request-ID"] == "abc-123"
