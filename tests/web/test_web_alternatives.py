"""The blocked alternative of a kept task (issue 11): cheapest provider and what stopped it."""

import re

import pytest

from bpo.web.alternatives import blocked_alternatives
from tests.sourcing.builders import provider


def row(index, function="payroll", decision="keep", code="not_worth_overhead"):
    return {
        "index": index,
        "name": f"Task {index + 1}",
        "decision": decision,
        "office": {"label": "back"},
        "process": {"label": "support"},
        "function": {"label": function},
        "location": {"label": "remote"},
        "reasons": [{"code": code, "text": "…"}],
    }


def view(*rows, bundles=(), **company):
    return {
        "tasks": list(rows),
        "bundles": list(bundles),
        "company": {"default_hourly_cost": 35, "currency": "USD", **company},
    }


def submission(*tasks, providers):
    return {"tasks": list(tasks), "providers": providers}


PAYROLL = {"hours_per_month": 10, "hourly_cost": 40}


@pytest.mark.parametrize(
    ("chosen", "company", "asked", "stopped"),
    [
        (
            {"services": {"payroll": 50.0}},
            {},
            PAYROLL,
            "cost: $500 a month against $400 in-house",
        ),
        (
            {"services": {"payroll": 10.0}, "min_monthly_spend": 10000},
            {},
            PAYROLL,
            "minimum spend: it asks for at least $10,000 a month",
        ),
        (
            {"services": {"payroll": 10.0}, "certifications": ()},
            {},
            {**PAYROLL, "required_certifications": ["PCI_DSS"]},
            "certification: it does not hold PCI DSS",
        ),
        (
            {"services": {"payroll": 10.0}, "capacity_hours_per_month": 5},
            {},
            PAYROLL,
            "capacity: it takes 5 hours a month, the task needs 10",
        ),
        (
            {"services": {"payroll": 10.0}},
            {"max_providers": 1},
            PAYROLL,
            "cap: the plan already uses your 1 providers",
        ),
    ],
)
def test_the_cheapest_provider_and_what_stopped_it(chosen, company, asked, stopped):
    cheap = provider("cheap-payroll", **chosen)
    bundles = [{"provider_id": "other", "hours_per_month": 10}] if company else []
    found = blocked_alternatives(
        view(row(0), bundles=bundles, **company), submission(asked, providers=[cheap]), []
    )
    assert found[0]["provider_name"] == "Cheap Payroll"
    assert found[0]["stopped_by"] == stopped


def test_only_kept_tasks_that_a_provider_offers_get_one():
    payroll = provider("cheap-payroll", services={"payroll": 10.0})
    tasks = (row(0, decision="outsource"), row(1, function="legal_compliance"), row(2))
    found = blocked_alternatives(
        view(*tasks), submission(PAYROLL, PAYROLL, PAYROLL, providers=[payroll]), []
    )
    assert list(found) == [2]


def test_the_report_shows_the_blocked_alternative(client, example_data):
    form = {
        **example_data,
        "tasks": "Run payroll for 14 employees | 8 | 45",
        "vendor_management_cost": "5000",
    }
    location = client.post("/analyses", data=form).headers["Location"]
    page = client.get(location).get_data(as_text=True)
    assert "Cheapest provider that could take it:" in page
    assert re.search(
        r"\$[\d,]+ a month\. Stopped by (minimum spend|management|cost|capacity)", page
    )
