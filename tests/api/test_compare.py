"""Two plans: POST /analyses/<id>/copy with changed company settings, GET .../compare/<other>."""

from api_helpers import assert_problem, bearer

from bpo.services import compare_analyses

URL = "/api/v1/analyses"
# Two in-house bookkeeping and service tasks a shortlist of two providers can take.
PLAN = {
    "company": {"name": "Crumb & Co Bakery", "default_hourly_cost": 38},
    "tasks": [
        {"name": "Do the books", "hours_per_month": 30, "function": "finance_accounting"},
        {
            "name": "Answer customer emails about late orders",
            "hours_per_month": 60,
            "function": "customer_service",
        },
        {"name": "Decide which new shop to open next", "strategic": True},
    ],
    "providers": [
        {
            "id": "ledger-house",
            "name": "Ledger House",
            "country": "PL",
            "delivery_regions": ["europe"],
            "languages": ["en"],
            "services": {"finance_accounting": 14},
            "capacity_hours_per_month": 4000,
        },
        {
            "id": "harbour-desk",
            "name": "Harbour Desk",
            "country": "PH",
            "delivery_regions": ["asia_pacific"],
            "languages": ["en"],
            "services": {"customer_service": 11},
            "capacity_hours_per_month": 4000,
        },
    ],
}


def _create(client, headers=None) -> dict:
    response = client.post(URL, json=PLAN, headers=headers)
    assert response.status_code == 201, response.get_data(as_text=True)
    return response.get_json()


def test_copy_reruns_the_tasks_under_changed_settings_and_stores_a_new_analysis(client):
    original = _create(client)
    assert original["totals"]["providers_used"] == 2

    response = client.post(
        f"{URL}/{original['id']}/copy",
        json={"company": {"max_providers": 1, "vendor_management_cost": 250}},
    )

    assert response.status_code == 201, response.get_data(as_text=True)
    copy = response.get_json()
    assert response.headers["Location"] == f"{URL}/{copy['id']}"
    assert copy["id"] != original["id"]
    assert copy["company"]["max_providers"] == 1
    assert copy["company"]["vendor_management_cost"] == 250
    # Everything not named stays as it was: name, hourly cost, tasks, the own shortlist.
    assert copy["company"]["name"] == "Crumb & Co Bakery"
    assert copy["company"]["default_hourly_cost"] == 38
    assert [t["name"] for t in copy["tasks"]] == [t["name"] for t in original["tasks"]]
    assert copy["providers_source"] == "request"
    assert copy["totals"]["providers_used"] <= 1
    assert client.get(f"{URL}/{original['id']}").get_json()["company"].get("max_providers") is None
    assert client.get(f"{URL}?per_page=10").get_json()["total"] == 2


def test_compare_shows_totals_providers_and_the_tasks_whose_decision_differs(client):
    original = _create(client)
    copy = client.post(
        f"{URL}/{original['id']}/copy", json={"company": {"max_providers": 1}}
    ).get_json()

    response = client.get(f"{URL}/{original['id']}/compare/{copy['id']}")

    assert response.status_code == 200, response.get_data(as_text=True)
    comparison = response.get_json()
    assert comparison["first"]["id"] == original["id"]
    assert comparison["second"]["id"] == copy["id"]
    assert comparison["first"]["totals"] == original["totals"]
    assert comparison["second"]["totals"] == copy["totals"]
    assert comparison["totals_difference"]["annual_savings"] == round(
        copy["totals"]["annual_savings"] - original["totals"]["annual_savings"], 2
    )
    assert {p["provider_id"] for p in comparison["first"]["providers"]} == {
        "ledger-house",
        "harbour-desk",
    }
    assert len(comparison["second"]["providers"]) == 1
    assert comparison["company_changes"] == [{"field": "max_providers", "first": None, "second": 1}]
    assert comparison["same_tasks"] is True
    changed = {
        task["index"]
        for task in original["tasks"]
        if (task["decision"], task["provider_id"])
        != (copy["tasks"][task["index"]]["decision"], copy["tasks"][task["index"]]["provider_id"])
    }
    assert changed, "one provider fewer moves or keeps at least one task"
    assert {task["index"] for task in comparison["differing_tasks"]} == changed
    for task in comparison["differing_tasks"]:
        assert task["first"]["decision"] == original["tasks"][task["index"]]["decision"]
        assert task["second"]["decision"] == copy["tasks"][task["index"]]["decision"]


def test_compare_pairs_tasks_by_index_when_the_plans_differ_in_tasks():
    def view(identifier, tasks):
        totals = dict.fromkeys(
            (
                "current_monthly_cost",
                "proposed_monthly_cost",
                "monthly_savings",
                "annual_savings",
                "management_cost",
                "providers_used",
            ),
            0,
        )
        rows = [
            {
                "name": name,
                "decision": decision,
                "provider_id": None,
                "provider_name": None,
                "proposed_monthly_cost": 10.0,
            }
            for name, decision in tasks
        ]
        return {
            "id": identifier,
            "created_at": "2026-01-01T00:00:00+00:00",
            "company": {"name": "A"},
            "totals": totals,
            "bundles": [],
            "tasks": rows,
        }

    result = compare_analyses(
        view("a", [("Books", "keep"), ("Mail", "keep")]), view("b", [("Books", "keep")])
    )

    assert result["same_tasks"] is False
    assert [(t["index"], t["second"]) for t in result["differing_tasks"]] == [(1, None)]


def test_copy_and_compare_see_only_the_callers_analyses(client, user_key, other_key):
    mine = _create(client, bearer(user_key))
    theirs = _create(client, bearer(other_key))

    assert_problem(
        client.post(f"{URL}/{theirs['id']}/copy", json={"company": {}}, headers=bearer(user_key)),
        404,
    )
    assert_problem(
        client.get(f"{URL}/{mine['id']}/compare/{theirs['id']}", headers=bearer(user_key)), 404
    )


def test_copy_refuses_unknown_or_invalid_company_fields(client):
    original = _create(client)

    response = client.post(
        f"{URL}/{original['id']}/copy",
        json={"company": {"max_providers": 0, "colour": "blue"}},
    )

    body = assert_problem(response, 422)
    assert set(body["errors"]) == {"company.max_providers", "company.colour"}
