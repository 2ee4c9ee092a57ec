"""Issue 11: a kept task's reason names the provider and the limit that kept it."""

from bpo.sourcing import Company, run_sourcing

from .builders import provider, task

PAYROLL_RUN = task(0, name="Run payroll", function="payroll", hours_per_month=5, hourly_cost=35)


def test_the_minimum_spend_names_the_provider_and_its_minimum():
    picky = provider("picky-payroll", services={"payroll": 10.0}, min_monthly_spend=10000)
    kept = run_sourcing([PAYROLL_RUN], [picky], Company()).decisions[0]
    assert kept.reasons[0].text.startswith(
        "kept because of Picky Payroll's minimum spend of 10,000 USD a month"
    )


def test_minimum_spends_name_the_cheapest_provider_apart_from_the_others():
    picky = provider("picky-payroll", services={"payroll": 10.0}, min_monthly_spend=10000)
    fussy = provider("fussy-payroll", services={"payroll": 12.0}, min_monthly_spend=6000)
    kept = run_sourcing([PAYROLL_RUN], [picky, fussy], Company()).decisions[0]
    assert kept.reasons[0].code == "below_minimum_spend"
    assert kept.reasons[0].text.startswith(
        "kept because of Picky Payroll's minimum spend of 10,000 USD a month: Picky Payroll "
        "would charge"
    )
    assert (
        "the other providers that would take it for less than in-house ask for at least "
        "6,000 USD a month; no bundle reaches these minimums at a saving"
    ) in kept.reasons[0].text


def test_the_management_cost_names_the_provider():
    cheap = provider("cheap-payroll", services={"payroll": 10.0})
    kept = run_sourcing([PAYROLL_RUN], [cheap], Company(vendor_management_cost=500)).decisions[0]
    assert kept.reasons[0].code == "not_worth_overhead"
    assert kept.reasons[0].text.startswith("kept because managing Cheap Payroll")
    assert "minimum spends, capacity and any cap" not in kept.reasons[0].text


def test_the_cap_on_providers_is_named():
    books = task(
        0, name="Do the books", function="finance_accounting", hours_per_month=200, hourly_cost=40
    )
    payroll = task(1, name="Run payroll", function="payroll", hours_per_month=6, hourly_cost=36)
    accounting = provider("books-co", services={"finance_accounting": 10.0})
    payroll_co = provider("payroll-co", services={"payroll": 20.0})
    outcome = run_sourcing([books, payroll], [accounting, payroll_co], Company(max_providers=1))
    kept = outcome.decisions[1]
    assert kept.decision == "keep"
    assert kept.reasons[0].code == "provider_cap"
    assert "your cap of 1 provider" in kept.reasons[0].text
    assert "Payroll Co would charge" in kept.reasons[0].text
