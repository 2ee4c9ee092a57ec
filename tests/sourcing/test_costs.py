"""The cost model: in-house and provider cost, assumptions, cost per transaction."""

import pytest

from bpo.sourcing import (
    Company,
    cost_per_transaction,
    in_house_cost,
    management_rule,
    provider_cost,
    task_hours,
)
from bpo.sourcing.costs import cost_assumptions

from .builders import provider, task


def test_in_house_cost_uses_the_tasks_own_hourly_cost():
    assert in_house_cost(task(hours_per_month=40, hourly_cost=30), Company()) == 1200


def test_in_house_cost_falls_back_to_the_company_default():
    company = Company(default_hourly_cost=50)
    assert in_house_cost(task(hours_per_month=10, hourly_cost=None), company) == 500


def test_provider_cost_is_hours_times_the_rate_for_the_service_line():
    bpo = provider(services={"finance_accounting": 12.5, "payroll": 99.0})
    assert provider_cost(task(hours_per_month=8), bpo, Company()) == 100


def test_missing_hours_use_the_company_default_and_say_so():
    company = Company(default_hours_per_month=20)
    unknown = task(hours_per_month=None, hourly_cost=None)
    assert task_hours(unknown, company) == 20
    reasons = {reason.code: reason.text for reason in cost_assumptions(unknown, company)}
    assert "20 hours a month are assumed" in reasons["assumed_hours"]
    assert "35 USD an hour" in reasons["assumed_hourly_cost"]


def test_given_figures_need_no_assumption():
    assert cost_assumptions(task(), Company()) == []


@pytest.mark.parametrize(("volume", "expected"), [(None, None), (0, None), (400, 3.0)])
def test_cost_per_transaction(volume, expected):
    assert cost_per_transaction(1200, volume) == expected


def test_only_usd_is_accepted_because_rates_are_usd():
    with pytest.raises(ValueError, match="USD"):
        Company(currency="EUR")


@pytest.mark.parametrize(
    "fields",
    [
        {"office": "middle"},
        {"function": "astrology"},
        {"hours_per_month": -1},
        {"sensitivity": "x"},
    ],
)
def test_tasks_reject_values_outside_the_vocabularies(fields):
    with pytest.raises(ValueError):
        task(**fields)


def test_the_default_management_rule_grows_with_the_charge():
    rule = management_rule(Company())
    assert (rule.fixed_per_provider, rule.share_of_charge, rule.is_default) == (100, 0.07, True)
    assert rule.cost(0) == 100
    assert rule.cost(1000) == pytest.approx(170)
    assert rule.summary == "7% of each provider's monthly charge plus 100 USD a month per provider"


def test_an_explicit_management_cost_is_flat_per_provider():
    rule = management_rule(Company(vendor_management_cost=500))
    assert (rule.fixed_per_provider, rule.share_of_charge, rule.is_default) == (500, 0.0, False)
    assert rule.cost(10_000) == 500
    assert rule.to_dict() == {
        "fixed_per_provider": 500,
        "share_of_provider_charge": 0.0,
        "source": "company",
        "text": "500 USD a month per provider (your setting)",
    }
    assert management_rule(Company(vendor_management_cost=0)).cost(1000) == 0
