"""POST and GET /api/v1/analyses through the test client."""

import pytest

from bpo.extensions import db
from bpo.models import AnalysisRecord

URL = "/api/v1/analyses"

SMALL_BUSINESS = {
    "company": {"name": "Crumb & Co Bakery", "default_hourly_cost": 38},
    "tasks": [
        {"name": "Do the books", "hours_per_month": 30},
        {"name": "Run payroll every two weeks", "hours_per_month": 8},
        {"name": "Answer customer emails about late orders", "hours_per_month": 60},
        {"name": "Bake bread and pastries", "hours_per_month": 400},
        {"name": "Decide which new shop to open next", "strategic": True, "hours_per_month": 5},
        {"name": "Approve one-off budget requests for special projects", "hours_per_month": 2},
    ],
}


def post(client, payload):
    return client.post(URL, json=payload)


def test_creates_stores_and_returns_the_analysis(app, client, model):
    response = post(client, SMALL_BUSINESS)
    assert response.status_code == 201
    body = response.get_json()
    assert response.headers["Location"] == f"/api/v1/analyses/{body['id']}"
    assert len(body["id"]) >= 22  # 144 random bits, URL-safe base64
    assert body["model_version"] == model.version
    assert [t["name"] for t in body["tasks"]] == [t["name"] for t in SMALL_BUSINESS["tasks"]]
    for task in body["tasks"]:
        assert task["decision"] in {"keep", "outsource", "review"}
        assert 0 <= task["score"] <= 100
        assert task["reasons"] and all({"code", "text"} <= set(r) for r in task["reasons"])
        for head in ("office", "process", "function"):
            assert set(task[head]) == {"label", "confidence"}
    totals = body["totals"]
    assert totals["current_monthly_cost"] == pytest.approx(
        sum(t["current_monthly_cost"] for t in body["tasks"])
    )
    assert totals["annual_savings"] == pytest.approx(totals["monthly_savings"] * 12, abs=0.05)
    again = client.get(response.headers["Location"])
    assert again.status_code == 200
    assert again.get_json() == body
    with app.app_context():
        record = db.session.get(AnalysisRecord, body["id"])
        assert record.model_version == model.version
        assert record.task_count == 6


def test_strategic_task_stays_in_house(client):
    body = post(client, SMALL_BUSINESS).get_json()
    strategic = body["tasks"][4]
    assert strategic["decision"] == "keep"
    assert strategic["provider_id"] is None
    assert any(r["code"] == "strategic" for r in strategic["reasons"])


def test_bundles_add_up_to_the_outsourced_tasks(client):
    body = post(client, SMALL_BUSINESS).get_json()
    outsourced = {t["index"] for t in body["tasks"] if t["provider_id"]}
    bundled = {i for b in body["bundles"] for i in b["task_indexes"]}
    assert outsourced == bundled
    assert body["totals"]["providers_used"] == len(body["bundles"])


def test_label_overrides_win_over_the_model(client):
    payload = {
        "tasks": [
            {"name": "Do the books", "office": "front", "process": "core", "function": "sales"}
        ]
    }
    task = post(client, payload).get_json()["tasks"][0]
    assert task["office"] == {"label": "front", "confidence": 1.0}
    assert task["function"] == {"label": "sales", "confidence": 1.0}
    assert task["overridden"] == ["function", "office", "process"]
    assert task["needs_review"] is False


DENTAL_PRACTICE = {
    "company": {
        "country": "US",
        "industry": "dental practice",
        "offering": "checkups, cleanings, fillings and crowns for families",
    },
    "tasks": [
        {"name": "Cleanings and checkups by the hygienists", "hours_per_month": 300},
        {"name": "Fillings, crowns and root canals", "hours_per_month": 250},
        {"name": "Submit insurance claims for our patients", "hours_per_month": 40},
    ],
}


@pytest.mark.full_model
def test_the_company_profile_keeps_its_own_work_in_house(client):
    body = post(client, DENTAL_PRACTICE).get_json()
    assert body["company"]["industry"] == "dental practice"
    assert body["company"]["country"] == "US"
    cleanings, fillings, claims = body["tasks"]
    for own in (cleanings, fillings):
        assert own["own_offering"] is True
        assert own["function"]["label"] == "production"
        assert own["decision"] == "keep"
        assert "you sell" in own["reasons"][0]["text"]
        assert own["location"]["label"] == "on_site"
    assert claims["own_offering"] is False
    assert claims["function"]["label"] == "finance_accounting"


def _cleaning(country: str) -> dict:
    """Office cleaning labelled by the user, so the model's guess cannot change the test."""
    return {
        "company": {"country": country},
        "tasks": [
            {
                "name": "Clean the office every evening",
                "hours_per_month": 60,
                "hourly_cost": 45,
                "office": "back",
                "process": "support",
                "function": "admin",
                "location": "on_site",
            }
        ],
    }


def test_on_site_work_goes_only_to_a_provider_on_site_in_the_country(client, catalog):
    task = post(client, _cleaning("US")).get_json()["tasks"][0]
    assert task["location"] == {"label": "on_site", "confidence": 1.0}
    assert "location" in task["overridden"]
    assert task["decision"] == "outsource"
    provider = next(p for p in catalog if p.id == task["provider_id"])
    assert "on_site" in provider.work_modes and "US" in provider.on_site_countries


def test_on_site_work_without_a_provider_there_is_kept_naming_the_country(client):
    task = post(client, _cleaning("JP")).get_json()["tasks"][0]
    assert task["decision"] == "keep"
    assert task["provider_id"] is None
    assert "on site in Japan" in " ".join(reason["text"] for reason in task["reasons"])


def test_management_cost_rule_is_reported(client):
    totals = post(client, SMALL_BUSINESS).get_json()["totals"]
    assert totals["management_rule"]["source"] == "default"
    company = {**SMALL_BUSINESS["company"], "vendor_management_cost": 500}
    flat = {**SMALL_BUSINESS, "company": company}
    rule = post(client, flat).get_json()["totals"]["management_rule"]
    assert rule["source"] == "company" and rule["fixed_per_provider"] == 500


def test_own_provider_shortlist_replaces_the_catalog(client):
    provider = {
        "id": "own-books",
        "name": "Own Books Ltd (fictional)",
        "country": "PL",
        "delivery_regions": ["europe"],
        "services": {"finance_accounting": 12.0, "payroll": 12.0},
        "languages": ["en", "pl"],
        "certifications": ["ISO27001"],
        "capacity_hours_per_month": 500,
        "min_monthly_spend": 0,
        "coverage": "business_hours",
        "rating": 4.5,
        "description": "A shortlist entry.",
    }
    payload = {
        "company": {"vendor_management_cost": 0},
        "tasks": [
            {
                "name": "Reconcile the bank statements every month",
                "hours_per_month": 40,
                "office": "back",
                "process": "support",
                "function": "finance_accounting",
            }
        ],
        "providers": [provider],
    }
    body = post(client, payload).get_json()
    assert body["providers_source"] == "request"
    assert body["tasks"][0]["provider_id"] == "own-books"
    assert body["bundles"][0]["provider_name"] == "Own Books Ltd (fictional)"


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        (
            {
                "tasks": [
                    {"name": "a"},
                    {"name": "b"},
                    {"name": "c"},
                    {"name": "d", "hours_per_month": -1},
                ]
            },
            "tasks.3.hours_per_month",
        ),
        ({"tasks": [{"name": "a", "sensitivity": "secret"}]}, "tasks.0.sensitivity"),
        (
            {"tasks": [{"name": "a", "required_certifications": ["ISO9001"]}]},
            "tasks.0.required_certifications.0",
        ),
        ({"tasks": [{"name": "a", "languages": ["english"]}]}, "tasks.0.languages.0"),
        ({"tasks": [{"name": "a", "function": "cooking"}]}, "tasks.0.function"),
        ({"tasks": [{"name": "a", "hourly_cost": "cheap"}]}, "tasks.0.hourly_cost"),
        ({"tasks": [{"name": "a", "strategic": "perhaps"}]}, "tasks.0.strategic"),
        ({"tasks": ["a"], "company": {"currency": "EUR"}}, "company.currency"),
        ({"tasks": ["a"], "company": {"country": "ZZ"}}, "company.country"),
        ({"tasks": ["a"], "company": {"offering": "x" * 301}}, "company.offering"),
        ({"tasks": [{"name": "a", "location": "moon"}]}, "tasks.0.location"),
        ({"tasks": ["a"], "company": {"max_providers": 0}}, "company.max_providers"),
        ({"tasks": ["a"], "company": {"default_hourly_cost": 0}}, "company.default_hourly_cost"),
        ({"tasks": ["a"], "providers": [{"id": "x"}]}, "providers.0.name"),
        ({"tasks": []}, "tasks"),
        ({"tasks": ["x"] * 5001}, "tasks"),
    ],
)
def test_bad_input_is_422_naming_the_field_and_stores_nothing(app, client, payload, field):
    response = post(client, payload)
    assert response.status_code == 422, response.get_json()
    assert response.mimetype == "application/problem+json"
    assert field in response.get_json()["errors"]
    with app.app_context():
        assert db.session.query(AnalysisRecord).count() == 0


def test_currency_error_says_usd_only(client):
    body = post(client, {"tasks": ["a"], "company": {"currency": "EUR"}}).get_json()
    assert "USD" in body["errors"]["company.currency"][0]


def test_unknown_id_is_404(client):
    response = client.get(f"{URL}/does-not-exist")
    assert response.status_code == 404
    assert response.mimetype == "application/problem+json"
