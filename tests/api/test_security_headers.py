"""Security headers on pages, API answers, errors and the docs page."""

import pytest

PATHS = ["/", "/healthz", "/api/docs", "/api/v1/openapi.json", "/api/v1/analyses", "/nowhere"]


@pytest.mark.parametrize("path", PATHS)
def test_every_answer_carries_the_headers(client, path):
    headers = client.get(path).headers
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "no-referrer"
    csp = headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "http" not in csp


def test_api_answers_are_not_cached(client):
    assert client.get("/api/v1/analyses").headers["Cache-Control"] == "no-store"


def test_hsts_only_over_https(client):
    assert "Strict-Transport-Security" not in client.get("/healthz").headers
    secure = client.get("/healthz", base_url="https://localhost")
    assert secure.headers["Strict-Transport-Security"].startswith("max-age=")


def test_500_has_headers_and_no_traceback(app):
    def explode():
        raise RuntimeError("secret internals")

    app.add_url_rule("/api/v1/boom", "boom", explode)
    response = app.test_client().get("/api/v1/boom")
    assert response.status_code == 500
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    text = response.get_data(as_text=True)
    assert "secret internals" not in text and "Traceback" not in text
    assert response.get_json()["request_id"] == response.headers["X-Request-ID"]
