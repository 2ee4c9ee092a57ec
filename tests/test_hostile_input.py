"""Hostile input gets a clear 400/422 problem naming what is wrong: never a 500, never ignored."""

import json

import pytest

from tests.api.api_helpers import SMALL_REQUEST, assert_problem


def post_raw(client, path: str, text: str):
    return client.post(
        path, data=text.encode("utf-8", "surrogatepass"), content_type="application/json"
    )


# --- NUL characters and lone surrogates (item 7) ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"tasks": [{"name": "Do the books\u0000"}]}, "tasks.0.name"),
        ({"tasks": ["Run payroll\u0000"]}, "tasks.0.name"),
        ({"company": {"name": "Crumb\u0000"}, "tasks": ["Run payroll"]}, "company.name"),
        (
            {"tasks": [{"name": "Do the books", "description": "\ud800 lone"}]},
            "tasks.0.description",
        ),
        ({"company": {"name": "Crumb \udfff"}, "tasks": ["Run payroll"]}, "company.name"),
    ],
)
def test_unstorable_text_is_refused_naming_the_field(client, body, field):
    body = assert_problem(client.post("/api/v1/analyses", json=body), 422)
    assert field in body["errors"], body["errors"]
    assert any("NUL" in m or "surrogate" in m for m in body["errors"][field])


def test_unstorable_text_in_classify_and_feedback_is_refused(client):
    body = assert_problem(client.post("/api/v1/classify", json={"tasks": ["\ud83d alone"]}), 422)
    assert "tasks.0.name" in body["errors"]
    created = client.post("/api/v1/analyses", json=SMALL_REQUEST).get_json()
    feedback = client.post(
        f"/api/v1/analyses/{created['id']}/feedback",
        json={"corrections": [{"task_index": 0, "office": "back"}], "sent_by": "Ann\u0000"},
    )
    assert "sent_by" in assert_problem(feedback, 422)["errors"]
    # A properly paired surrogate escape is a real character, not a lone surrogate.
    response = post_raw(client, "/api/v1/classify", '{"tasks": ["Ship parcels \\ud83d\\udce6"]}')
    assert response.status_code == 200


# --- Deep nesting, huge numbers, duplicate keys (items 8 and 9) -------------------------------


@pytest.mark.parametrize("path", ["/api/v1/analyses", "/api/v1/classify"])
def test_deeply_nested_json_is_refused(client, path):
    body = assert_problem(post_raw(client, path, "[" * 1000 + "]" * 1000), 400)
    assert "levels deep" in body["detail"]
    nested = '{"tasks": ' + "[" * 100 + "]" * 100 + "}"
    assert "levels deep" in assert_problem(post_raw(client, path, nested), 400)["detail"]


def test_a_5000_digit_integer_is_refused(client):
    text = '{"tasks": [{"name": "Do the books", "hours_per_month": ' + "9" * 5000 + "}]}"
    body = assert_problem(post_raw(client, "/api/v1/analyses", text), 400)
    assert "digits" in body["detail"]


def test_an_integer_too_large_for_a_float_is_refused(client):
    text = '{"tasks": [{"name": "Do the books", "hourly_cost": ' + "9" * 400 + "}]}"
    assert_problem(post_raw(client, "/api/v1/analyses", text), 400)


def test_duplicate_json_keys_are_refused(client):
    text = '{"tasks": ["Do the books"], "tasks": ["Run payroll"]}'
    body = assert_problem(post_raw(client, "/api/v1/analyses", text), 422)
    assert "tasks" in body["errors"]
    assert "more than once" in body["errors"]["tasks"][0]
    nested = '{"tasks": [{"name": "Do the books", "name": "Run payroll"}]}'
    assert "name" in assert_problem(post_raw(client, "/api/v1/classify", nested), 422)["errors"]
    # Broken JSON is still a 400, and a plain body still parses.
    assert_problem(post_raw(client, "/api/v1/analyses", '{"tasks": ['), 400)
    response = post_raw(client, "/api/v1/classify", json.dumps({"tasks": ["Run payroll"]}))
    assert response.status_code == 200


# --- Unknown query parameters (item 9) -------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "name"),
    [
        ("get", "/api/v1/providers?servce=payroll", "servce"),
        ("get", "/api/v1/providers?page=1&foo=1", "foo"),
        ("get", "/api/v1/analyses?per_pag=5", "per_pag"),
        ("get", "/api/v1/model?foo=1", "foo"),
        ("get", "/api/v1/model?=1", "(no name)"),
        ("post", "/api/v1/classify?verbose=1", "verbose"),
        ("post", "/api/v1/analyses?dry_run=1", "dry_run"),
    ],
)
def test_unknown_query_parameters_are_refused_by_name(client, method, path, name):
    body = {"tasks": ["Do the books"]} if method == "post" else None
    response = getattr(client, method)(path, json=body)
    problem = assert_problem(response, 422)
    assert name in problem["errors"], problem
    assert "query" in problem["detail"]


def test_unknown_query_parameters_of_one_analysis_are_refused(client):
    created = client.post("/api/v1/analyses", json=SMALL_REQUEST).get_json()
    for suffix in ("", "/export.csv"):
        response = client.get(f"/api/v1/analyses/{created['id']}{suffix}?format=xml")
        assert "format" in assert_problem(response, 422)["errors"]
    # The parameters an operation declares still work.
    assert client.get("/api/v1/providers?service=payroll&page=1&per_page=5").status_code == 200
    assert client.get("/api/v1/analyses?page=1&per_page=5").status_code == 200
    assert client.get(f"/api/v1/analyses/{created['id']}").status_code == 200
