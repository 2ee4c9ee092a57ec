"""API keys: open until a key exists, then 401 without a valid key and 403 for admin calls."""

import pytest
from api_helpers import SMALL_REQUEST, assert_problem, bearer

from bpo.auth import hash_key
from bpo.extensions import db
from bpo.models import ApiKey

PROTECTED = [
    ("get", "/api/v1/analyses"),
    ("get", "/api/v1/providers"),
    ("get", "/api/v1/model"),
    ("post", "/api/v1/classify"),
    ("get", "/api/v1/analyses/some-id"),
]


def call(client, method, url, **kwargs):
    if method == "post":
        kwargs.setdefault("json", {"tasks": ["Run payroll"]})
    return getattr(client, method)(url, **kwargs)


@pytest.mark.parametrize("method,url", PROTECTED)
def test_open_with_no_key_in_the_database(client, method, url):
    assert call(client, method, url).status_code in {200, 404}


@pytest.mark.parametrize("method,url", PROTECTED)
def test_401_without_a_key_once_one_exists(client, user_key, method, url):
    response = call(client, method, url)
    body = assert_problem(response, 401)
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert "Authorization: Bearer" in body["detail"]


@pytest.mark.parametrize(
    "header,error",
    [
        ("Bearer bpo_not-a-real-key", "invalid_token"),
        ("Basic dXNlcjpwYXNz", "invalid_request"),
        ("Bearer ", "invalid_request"),
    ],
)
def test_401_for_a_wrong_or_malformed_key(client, user_key, header, error):
    response = client.get("/api/v1/analyses", headers={"Authorization": header})
    assert_problem(response, 401)
    assert f"error={error}" in response.headers["WWW-Authenticate"]


def test_a_valid_key_is_let_in(client, user_key):
    assert client.get("/api/v1/analyses", headers=bearer(user_key)).status_code == 200


def test_scheme_name_is_case_insensitive(client, user_key):
    headers = {"Authorization": f"bearer {user_key}"}
    assert client.get("/api/v1/analyses", headers=headers).status_code == 200


def test_api_open_off_needs_a_key_even_with_none_created(make_app):
    client = make_app(API_OPEN=False).test_client()
    assert_problem(client.get("/api/v1/analyses"), 401)


def test_a_revoked_key_is_refused_and_keeps_the_api_closed(app, client, user_key):
    from bpo.auth import revoke_api_key

    with app.app_context():
        key = db.session.scalar(db.select(ApiKey))
        revoke_api_key(key.id)
    assert_problem(client.get("/api/v1/analyses", headers=bearer(user_key)), 401)
    # Revoking the last key must not open the API to everyone.
    assert_problem(client.get("/api/v1/analyses"), 401)


def test_only_the_hash_is_stored(app, user_key):
    with app.app_context():
        key = db.session.scalar(db.select(ApiKey))
    assert key.key_hash == hash_key(user_key)
    assert len(key.key_hash) == 64
    assert user_key not in key.key_hash
    assert user_key.startswith("bpo_") and len(user_key) > 40


def test_spec_and_docs_need_no_key(client, user_key):
    assert client.get("/api/v1/openapi.json").status_code == 200
    assert client.get("/api/docs").status_code == 200


@pytest.mark.parametrize(
    "method,url",
    [
        ("post", "/api/v1/providers"),
        ("put", "/api/v1/providers/acme"),
        ("delete", "/api/v1/providers/acme"),
    ],
)
def test_catalog_edits_are_403_for_a_normal_key(client, user_key, method, url):
    response = getattr(client, method)(url, json={"anything": 1}, headers=bearer(user_key))
    body = assert_problem(response, 403)
    assert "admin" in body["detail"]


def test_401_comes_before_validation(client, user_key):
    response = client.post("/api/v1/analyses", data="not json")
    assert_problem(response, 401)


def test_analyses_are_stored_with_the_key_that_made_them(app, client, user_key):
    created = client.post("/api/v1/analyses", json=SMALL_REQUEST, headers=bearer(user_key))
    assert created.status_code == 201
    from bpo.models import AnalysisRecord

    with app.app_context():
        record = db.session.get(AnalysisRecord, created.get_json()["id"])
        key = db.session.scalar(db.select(ApiKey))
        assert record.owner_key_id == key.id
