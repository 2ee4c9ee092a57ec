"""Per-key rate limits: 429 problem+json with Retry-After; pages and the spec are not counted."""

from api_helpers import assert_problem, bearer

from bpo.auth import create_api_key


def limited_app(make_app, limit="3 per minute"):
    return make_app(RATELIMIT_DEFAULT=limit)


def test_429_with_retry_after_once_the_budget_is_spent(make_app):
    client = limited_app(make_app).test_client()
    for _ in range(3):
        response = client.get("/api/v1/analyses")
        assert response.status_code == 200
        assert "Retry-After" not in response.headers
    assert response.headers["X-RateLimit-Remaining"] == "0"
    response = client.get("/api/v1/model")  # the budget is shared by every endpoint
    body = assert_problem(response, 429)
    assert 0 < int(response.headers["Retry-After"]) <= 60
    assert "3 per 1 minute" in body["detail"]


def test_each_key_has_its_own_budget(make_app):
    app = limited_app(make_app, "2 per minute")
    with app.app_context():
        first, second = create_api_key("a")[1], create_api_key("b")[1]
    client = app.test_client()
    for _ in range(2):
        assert client.get("/api/v1/analyses", headers=bearer(first)).status_code == 200
    assert_problem(client.get("/api/v1/analyses", headers=bearer(first)), 429)
    assert client.get("/api/v1/analyses", headers=bearer(second)).status_code == 200


def test_pages_spec_and_health_are_not_limited(make_app):
    client = limited_app(make_app, "1 per minute").test_client()
    for _ in range(3):
        for path in ("/healthz", "/api/v1/openapi.json", "/api/docs"):
            assert client.get(path).status_code == 200


def test_a_bad_limit_setting_stops_the_app(make_app):
    import pytest

    from bpo.config import ConfigError

    with pytest.raises(ConfigError, match="BPO_RATE_LIMIT"):
        limited_app(make_app, "lots")
