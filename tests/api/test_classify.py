"""POST /api/v1/classify through the test client."""

import pytest

from classifier import FUNCTIONS, HEADS, LOCATIONS, OFFICES, PROCESSES

URL = "/api/v1/classify"


@pytest.mark.full_model
def test_classifies_strings_and_objects_in_input_order(client, model):
    tasks = [
        "Run payroll every two weeks",
        {"name": "Book demos with prospects", "description": "for our SaaS product"},
        "answer customer emails about late orders",
    ]
    response = client.post(URL, json={"tasks": tasks})
    assert response.status_code == 200
    body = response.get_json()
    assert body["model_version"] == model.version
    assert [r["name"] for r in body["results"]] == [
        "Run payroll every two weeks",
        "Book demos with prospects",
        "answer customer emails about late orders",
    ]
    vocab = {"office": OFFICES, "process": PROCESSES, "function": FUNCTIONS, "location": LOCATIONS}
    for result in body["results"]:
        for head, values in vocab.items():
            assert result[head]["label"] in values
            assert 0.0 <= result[head]["confidence"] <= 1.0
        assert isinstance(result["needs_review"], bool)
        assert set(result["explanation"]) == set(HEADS)
        assert "own_offering" not in result  # no company, no own-work answer
    payroll, demos, emails = body["results"]
    assert payroll["function"]["label"] == "payroll"
    assert demos["function"]["label"] == "sales"
    assert emails["office"]["label"] == "front"


@pytest.mark.full_model
def test_a_step_is_read_under_its_section(client):
    # A checklist step alone says little of its service line; its heading says it.
    tasks = [
        "send reminders",
        {"name": "send reminders", "section": "Accounts receivable"},
        {"name": "check each link", "section": "Newsletter send"},
    ]
    results = client.post(URL, json={"tasks": tasks}).get_json()["results"]
    alone, receivables, newsletter = results
    assert alone["function"]["label"] != "finance_accounting"
    assert receivables["function"]["label"] == "finance_accounting"
    assert newsletter["function"]["label"] == "marketing"
    assert [result["name"] for result in results] == ["send reminders"] * 2 + ["check each link"]


@pytest.mark.full_model
def test_tasks_are_read_as_the_list_they_are(client):
    # A step whose own words say little takes its service line from the steps around it, and
    # the result names what it reads as alone; one task sent alone has no neighbours.
    steps = [
        "Write the monthly newsletter",
        "Pick the photos for the newsletter",
        "Check each link",
        "Schedule the send for Tuesday morning",
    ]
    results = client.post(URL, json={"tasks": steps}).get_json()["results"]
    step = results[2]
    assert step["function"]["label"] == "marketing"
    alone = client.post(URL, json={"tasks": ["Check each link"]}).get_json()["results"][0]
    assert step["function_alone"] == alone["function"]["label"] != "marketing"
    assert "function_alone" not in alone
    assert all("function_alone" not in r for i, r in enumerate(results) if i != 2)


DENTAL = {
    "country": "us",
    "industry": " dental practice ",
    "offering": "checkups, cleanings, fillings and crowns for families",
}


@pytest.mark.full_model
def test_a_company_profile_makes_its_own_work_production(client):
    tasks = ["cleanings and checkups by the hygienists", "run payroll every two weeks"]
    alone = client.post(URL, json={"tasks": tasks}).get_json()["results"]
    body = client.post(URL, json={"tasks": tasks, "company": DENTAL}).get_json()
    cleanings, payroll = body["results"]
    assert cleanings["own_offering"] is True and 0.5 <= cleanings["own_offering_confidence"] <= 1
    assert (cleanings["function"]["label"], cleanings["process"]["label"]) == (
        "production",
        "core",
    )
    assert cleanings["location"]["label"] == "on_site"
    assert payroll["own_offering"] is False
    assert payroll["function"]["label"] == "payroll"
    assert all("own_offering" not in result for result in alone)


@pytest.mark.parametrize(
    ("company", "field"),
    [
        ({"country": "XX"}, "company.country"),
        ({"country": "Germany"}, "company.country"),
        ({"industry": "x" * 301}, "company.industry"),
        ({"offering": 42}, "company.offering"),
        ({"sells": "teeth"}, "company.sells"),
    ],
)
def test_a_bad_company_profile_is_refused_naming_the_field(client, company, field):
    response = client.post(URL, json={"tasks": ["run payroll"], "company": company})
    assert response.status_code == 422
    assert field in response.get_json()["errors"]


def test_names_are_trimmed(client):
    body = client.post(URL, json={"tasks": ["   Reconcile the bank statements  "]}).get_json()
    assert body["results"][0]["name"] == "Reconcile the bank statements"


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({}, "tasks"),
        ({"tasks": []}, "tasks"),
        ({"tasks": "Run payroll"}, "tasks"),
        ({"tasks": [""]}, "tasks.0.name"),
        ({"tasks": ["ok", "   "]}, "tasks.1.name"),
        ({"tasks": [{"description": "no name"}]}, "tasks.0.name"),
        ({"tasks": [{"name": "x" * 501}]}, "tasks.0.name"),
        ({"tasks": [{"name": "ok", "section": "x" * 201}]}, "tasks.0.section"),
        ({"tasks": [{"name": "ok", "section": 7}]}, "tasks.0.section"),
        ({"tasks": [42]}, "tasks.0"),
        ({"tasks": [None]}, "tasks.0"),
        ({"tasks": [{"name": "ok", "colour": "blue"}]}, "tasks.0.colour"),
        ({"tasks": ["ok"], "extra": 1}, "extra"),
        ({"tasks": ["task"] * 1001}, "tasks"),
    ],
)
def test_bad_input_names_the_offending_field(client, payload, field):
    response = client.post(URL, json=payload)
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    assert field in response.get_json()["errors"]


def test_a_json_array_body_is_refused_clearly(client):
    response = client.post(URL, json=["Run payroll"])
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"


def test_accepts_the_maximum_of_1000_tasks(client):
    response = client.post(URL, json={"tasks": [f"Task number {i}" for i in range(1000)]})
    assert response.status_code == 200
    assert len(response.get_json()["results"]) == 1000


def test_without_a_model_answers_503(app, client):
    app.extensions["bpo.model"] = None
    response = client.post(URL, json={"tasks": ["Run payroll"]})
    assert response.status_code == 503
    assert "train" in response.get_json()["detail"]
