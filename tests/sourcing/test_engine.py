"""run_sourcing end to end: decisions in order, reasons, bundles, totals and the dict shapes."""

import json

import pytest

from bpo.sourcing import Company, load_sample_providers, run_sourcing

from .builders import provider, task

COMPANY = Company(vendor_management_cost=100)


def reason_codes(outcome) -> list[str]:
    return [reason.code for reason in outcome.reasons]


@pytest.fixture
def result():
    tasks = [
        task(0, name="Reconcile bank statements", hours_per_month=100, transactions_per_month=500),
        task(1, name="Set strategy", function="management", process="core"),
        task(2, name="Unsure", needs_review=True),
        task(3, name="HIPAA claims", required_certifications=("HIPAA",)),
        task(4, name="Tiny", hours_per_month=1, hourly_cost=9),
        task(5, name="Huge", hours_per_month=5000),
        task(6, name="Run payroll", function="payroll", hours_per_month=None, hourly_cost=None),
    ]
    providers = [
        provider("books-ops", services={"finance_accounting": 10.0, "payroll": 12.0}),
        provider("dear-ops", services={"finance_accounting": 45.0}),
    ]
    return run_sourcing(tasks, providers, COMPANY)


def test_decisions_come_back_in_input_order_with_reasons(result):
    by_index = {outcome.index: outcome for outcome in result.decisions}
    assert [o.index for o in result.decisions] == list(range(7))
    assert by_index[0].decision == "outsource" and by_index[0].provider_id == "books-ops"
    assert reason_codes(by_index[0]) == ["support_process", "assigned"]
    assert by_index[1].decision == "keep" and by_index[1].provider_id is None
    assert by_index[2].decision == "review" and by_index[2].provider_id is None
    # A kept task leads with why it is kept; the policy's view follows, worded as background.
    assert reason_codes(by_index[3]) == ["missing_certification", "support_process"]
    assert by_index[3].reasons[0].text == "needs HIPAA; no matching provider holds it"
    assert by_index[3].reasons[1].text == (
        "structured back-office support work: suits outsourcing in principle"
    )
    assert reason_codes(by_index[4])[0] == "cheaper_in_house"
    assert reason_codes(by_index[5])[0] == "no_capacity"


def test_assumed_hours_are_named_in_the_reasons(result):
    payroll = result.decisions[6]
    assert payroll.hours_per_month == 20
    assert {"assumed_hours", "assumed_hourly_cost"} <= set(reason_codes(payroll))


def test_costs_and_totals_add_up(result):
    outsourced = [o for o in result.decisions if o.provider_id]
    assert [b.provider_id for b in result.bundles] == ["books-ops"]
    bundle = result.bundles[0]
    assert bundle.task_indexes == (0, 6)
    assert bundle.hours_per_month == 120
    assert bundle.monthly_cost == 100 * 10 + 20 * 12
    assert sum(o.proposed_monthly_cost for o in outsourced) == bundle.monthly_cost
    totals = result.totals
    assert totals.current_monthly_cost == sum(o.current_monthly_cost for o in result.decisions)
    kept = sum(o.current_monthly_cost for o in result.decisions if not o.provider_id)
    assert totals.proposed_monthly_cost == pytest.approx(kept + bundle.monthly_cost + 100)
    assert totals.monthly_savings == pytest.approx(
        totals.current_monthly_cost - totals.proposed_monthly_cost
    )
    assert totals.annual_savings == pytest.approx(12 * totals.monthly_savings)
    assert totals.providers_used == 1
    assert result.status == "optimal"


def test_cost_per_transaction_before_and_after(result):
    first = result.decisions[0]
    assert first.cost_per_transaction_before == 100 * 30 / 500
    # After: the provider's charge plus this task's share of the management cost.
    share = 100 * 1000 / 1240
    assert first.cost_per_transaction_after == pytest.approx((1000 + share) / 500)
    assert result.totals.cost_per_transaction_before == pytest.approx(6.0)
    assert result.totals.cost_per_transaction_after == pytest.approx((1000 + share) / 500)
    assert result.decisions[1].cost_per_transaction_before is None


def test_to_dict_has_exactly_the_api_fields_and_is_json(result):
    data = result.to_dict()
    json.dumps(data)
    assert set(data) == {"decisions", "bundles", "totals", "status"}
    assert set(data["decisions"][0]) == {
        "index",
        "name",
        "decision",
        "score",
        "reasons",
        "provider_id",
        "hours_per_month",
        "current_monthly_cost",
        "proposed_monthly_cost",
        "cost_per_transaction_before",
        "cost_per_transaction_after",
        "own_offering",
    }
    assert set(data["bundles"][0]) == {
        "provider_id",
        "task_indexes",
        "hours_per_month",
        "monthly_cost",
        "management_cost",
    }
    assert set(data["totals"]) == {
        "current_monthly_cost",
        "proposed_monthly_cost",
        "monthly_savings",
        "annual_savings",
        "providers_used",
        "cost_per_transaction_before",
        "cost_per_transaction_after",
        "management_cost",
        "management_rule",
    }
    assert data["bundles"][0]["management_cost"] == 100
    assert data["totals"]["management_cost"] == 100
    assert data["totals"]["management_rule"] == {
        "fixed_per_provider": 100,
        "share_of_provider_charge": 0.0,
        "source": "company",
        "text": "100 USD a month per provider (your setting)",
    }
    assert data["decisions"][0]["reasons"][0] == {
        "code": "support_process",
        "text": "structured back-office support work: the classic outsourcing candidate",
    }


def test_saving_below_the_overhead_keeps_the_work_with_a_reason():
    outcome = run_sourcing([task(0, hours_per_month=2)], [provider()], Company())
    assert outcome.decisions[0].decision == "keep"
    assert reason_codes(outcome.decisions[0])[0] == "not_worth_overhead"
    assert (
        "7% of each provider's monthly charge plus 100 USD" in outcome.decisions[0].reasons[0].text
    )
    assert outcome.totals.monthly_savings == 0


def test_everything_kept_costs_what_it_costs_today():
    outcome = run_sourcing([task(0, strategic=True)], [provider()], Company())
    assert outcome.bundles == ()
    assert outcome.totals.proposed_monthly_cost == outcome.totals.current_monthly_cost == 1200
    assert outcome.totals.cost_per_transaction_before is None


@pytest.mark.parametrize(
    ("tasks", "providers"),
    [([task(0), task(0)], [provider()]), ([task(0)], [provider(), provider()])],
)
def test_duplicate_ids_are_refused(tasks, providers):
    with pytest.raises(ValueError, match="unique"):
        run_sourcing(tasks, providers, Company())


def test_sample_catalog_run_is_optimal_and_saves_money():
    tasks = [
        task(
            i,
            function=f,
            hours_per_month=h,
            office="front" if f == "customer_service" else "back",
            process="core" if f == "customer_service" else "support",
        )
        for i, (f, h) in enumerate(
            [("customer_service", 160), ("finance_accounting", 80), ("payroll", 20), ("it", 60)] * 5
        )
    ]
    outcome = run_sourcing(tasks, load_sample_providers(), Company())
    assert outcome.status == "optimal"
    assert outcome.totals.monthly_savings > 0
    assert all(o.provider_id for o in outcome.decisions if o.decision == "outsource")


def test_an_empty_catalog_keeps_everything_with_a_reason():
    outcome = run_sourcing([task(0)], [], Company())
    assert outcome.decisions[0].decision == "keep"
    assert outcome.decisions[0].reasons[0].text == "no provider offers finance accounting"
    assert outcome.status == "optimal"
