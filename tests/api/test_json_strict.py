"""JSON bodies take JSON types only; the loose schemas the web form uses still take text."""

import pytest
from api_helpers import assert_problem

from bpo.schemas.fields import json_strict
from bpo.schemas.requests import AnalysisRequestSchema


@pytest.mark.parametrize(
    "task",
    [
        {"name": "Do the books", "hours_per_month": "30"},
        {"name": "Do the books", "strategic": 1},
        {"name": "Do the books", "hourly_cost": True},
    ],
)
def test_api_refuses_text_and_truthy_values(client, task):
    response = client.post("/api/v1/analyses", json={"tasks": [task]})
    field = next(name for name in task if name != "name")
    assert f"tasks.0.{field}" in assert_problem(response, 422)["errors"]


def test_company_numbers_must_be_numbers(client):
    response = client.post(
        "/api/v1/analyses", json={"tasks": ["x"], "company": {"max_providers": "2"}}
    )
    assert "company.max_providers" in assert_problem(response, 422)["errors"]


def test_integral_floats_count_as_integers(client):
    body = {"tasks": ["Do the books"], "company": {"max_providers": 2.0}}
    assert client.post("/api/v1/analyses", json=body).status_code == 201


def test_the_loose_schema_still_reads_form_text():
    loaded = AnalysisRequestSchema().load(
        {"tasks": [{"name": "x", "hours_per_month": "30"}], "company": {"max_providers": "2"}}
    )
    assert loaded["tasks"][0]["hours_per_month"] == 30.0
    assert loaded["company"]["max_providers"] == 2


def test_strict_schema_keeps_the_name_and_is_made_once():
    strict = json_strict(AnalysisRequestSchema)
    assert strict.__name__ == "AnalysisRequestSchema"
    assert json_strict(AnalysisRequestSchema) is strict
    assert json_strict(strict) is strict


@pytest.mark.parametrize(
    "task,field",
    [
        ({"name": "x", "hours_per_month": -1}, "hours_per_month"),
        ({"name": "x", "transactions_per_month": 0.001}, "transactions_per_month"),
        ({"name": "   "}, "name"),
    ],
)
def test_values_the_engine_cannot_use_are_422_not_500(client, task, field):
    response = client.post("/api/v1/analyses", json={"tasks": [task]})
    assert f"tasks.0.{field}" in assert_problem(response, 422)["errors"]


def test_duplicate_provider_ids_in_a_shortlist_are_422(client):
    provider = {
        "id": "dup",
        "name": "Dup",
        "country": "PH",
        "languages": ["en"],
        "services": {"admin": 8},
        "capacity_hours_per_month": 100,
    }
    body = {"tasks": ["x"], "providers": [provider, provider]}
    assert "providers" in assert_problem(client.post("/api/v1/analyses", json=body), 422)["errors"]


def test_huge_rates_are_refused_so_totals_stay_finite(client):
    provider = {
        "id": "pricey",
        "name": "Pricey",
        "country": "PH",
        "languages": ["en"],
        "services": {"admin": 1e308},
        "capacity_hours_per_month": 100,
    }
    response = client.post("/api/v1/analyses", json={"tasks": ["x"], "providers": [provider]})
    assert "providers.0.services.admin.value" in assert_problem(response, 422)["errors"]


def test_zero_hours_is_kept_with_a_reason(client):
    body = client.post(
        "/api/v1/analyses",
        json={
            "tasks": [
                {
                    "name": "Run payroll",
                    "hours_per_month": 0,
                    "function": "payroll",
                    "office": "back",
                    "process": "support",
                }
            ]
        },
    ).get_json()
    task = body["tasks"][0]
    assert task["decision"] == "keep"
    assert task["current_monthly_cost"] == 0
    assert "no_hours" in [reason["code"] for reason in task["reasons"]]
