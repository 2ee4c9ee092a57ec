"""Production settings and headers: session cookie flags, trusted hosts, log lines, no caching."""

import logging

import pytest
from flask import session

from tests.api.api_helpers import SMALL_REQUEST, assert_problem


def session_cookie(app) -> str:
    """The Set-Cookie header the app sends once something is in the session."""
    with app.test_request_context("/"):
        session["seen"] = True
        response = app.response_class()
        app.session_interface.save_session(app, session, response)
        return response.headers["Set-Cookie"]


def test_the_session_cookie_is_secure_and_same_site_in_production(make_app, monkeypatch):
    monkeypatch.setenv("BPO_ENV", "production")
    monkeypatch.setenv("BPO_API_OPEN", "1")
    cookie = session_cookie(make_app())
    assert "; Secure" in cookie
    assert "SameSite=Lax" in cookie
    assert "HttpOnly" in cookie


def test_the_session_cookie_works_over_plain_http_in_development(make_app):
    cookie = session_cookie(make_app())
    assert "Secure" not in cookie
    assert "SameSite=Lax" in cookie


def test_trusted_hosts_come_from_the_environment(make_app, monkeypatch):
    monkeypatch.setenv("BPO_TRUSTED_HOSTS", "bpo.example, localhost ,")
    assert make_app().config["TRUSTED_HOSTS"] == ["bpo.example", "localhost"]


@pytest.fixture
def trusting_client(make_app):
    return make_app(TRUSTED_HOSTS=["bpo.example"]).test_client()


@pytest.mark.parametrize(
    ("method", "path"),
    [("get", "/api/v1/analyses"), ("post", "/api/v1/analyses"), ("get", "/api/v1/providers")],
)
def test_an_untrusted_host_is_refused_not_echoed(trusting_client, method, path):
    body = SMALL_REQUEST if method == "post" else None
    response = getattr(trusting_client, method)(path, json=body, headers={"Host": "evil.example"})
    assert_problem(response, 400)
    assert "evil.example" not in response.get_data(as_text=True)
    assert not any("evil.example" in value for _, value in response.headers.items())


def test_a_page_on_an_untrusted_host_is_refused_and_a_trusted_one_served(trusting_client):
    assert trusting_client.get("/", headers={"Host": "evil.example"}).status_code == 400
    assert trusting_client.get("/", base_url="http://bpo.example").status_code == 200
    response = trusting_client.get("/api/v1/providers", base_url="http://bpo.example")
    assert response.status_code == 200
    assert "http://bpo.example/api/v1/providers" in response.headers["Link"]


def test_a_line_break_in_the_path_cannot_forge_a_log_line(client, caplog):
    with caplog.at_level(logging.INFO, logger="bpo.request"):
        client.get("/nowhere%0a2026-01-01 INFO bpo.request GET /admin 200%0d%1b[31m")
    lines = [r.getMessage() for r in caplog.records if r.name == "bpo.request"]
    assert len(lines) == 1
    assert "\n" not in lines[0] and "\r" not in lines[0] and "\x1b" not in lines[0]
    assert "/nowhere\\x0a2026-01-01 INFO" in lines[0]


def test_report_pages_and_downloads_are_never_cached(client):
    created = client.post("/analyses", data={"tasks": "Do the books\nRun payroll"})
    assert created.status_code == 303, created.get_data(as_text=True)
    report = created.headers["Location"]
    for path in (report, f"{report}.csv", f"{report}.json"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["Cache-Control"] == "no-store", path
    # Public pages stay cacheable.
    assert "no-store" not in client.get("/").headers.get("Cache-Control", "")
