"""run_sourcing for a real company: management cost that fits, on-site work, own work."""

import pytest

from bpo.sourcing import Company, load_sample_providers, run_sourcing

from .builders import provider, task


def reason_codes(outcome) -> list[str]:
    return [reason.code for reason in outcome.reasons]


PAYROLL_RUN = task(0, name="Run payroll", function="payroll", hours_per_month=5, hourly_cost=35)
CHEAP_PAYROLL = provider("cheap-payroll", services={"payroll": 10.0})


def test_a_small_payroll_run_is_worth_handing_over_by_default():
    outcome = run_sourcing([PAYROLL_RUN], [CHEAP_PAYROLL], Company())
    decided = outcome.decisions[0]
    assert (decided.decision, decided.provider_id) == ("outsource", "cheap-payroll")
    # 5 h at 10 USD = 50 a month; managing it: 100 + 7% of 50.
    assert outcome.bundles[0].management_cost == pytest.approx(103.5)
    assert outcome.totals.management_cost == pytest.approx(103.5)
    assert outcome.totals.proposed_monthly_cost == pytest.approx(153.5)
    assert outcome.totals.monthly_savings == pytest.approx(175 - 153.5)
    assert decided.cost_per_transaction_after is None
    rule = outcome.to_dict()["totals"]["management_rule"]
    assert rule["source"] == "default"
    assert rule["text"] == (
        "7% of each provider's monthly charge plus 100 USD a month per provider (default)"
    )


def test_an_explicit_management_cost_keeps_the_old_flat_rule():
    outcome = run_sourcing([PAYROLL_RUN], [CHEAP_PAYROLL], Company(vendor_management_cost=500))
    assert outcome.decisions[0].decision == "keep"
    assert reason_codes(outcome.decisions[0])[0] == "not_worth_overhead"
    assert "500 USD a month per provider" in outcome.decisions[0].reasons[0].text
    assert outcome.totals.management_cost == 0


def test_cost_per_transaction_carries_the_default_management_share():
    volume = task(0, hours_per_month=100, hourly_cost=30, transactions_per_month=1000)
    outcome = run_sourcing([volume], [provider()], Company())
    # 1000 a month at the provider, managed for 100 + 70.
    assert outcome.decisions[0].cost_per_transaction_after == pytest.approx(1170 / 1000)


ON_SITE_DE = provider(
    "de-cleaners",
    services={"admin": 30.0},
    work_modes=("on_site",),
    on_site_countries=("DE", "AT"),
)
OFFSHORE_ADMIN = provider("offshore-admin", services={"admin": 6.0})
CLEANING = task(0, name="Clean the office", function="admin", location="on_site", hourly_cost=40)


def test_on_site_work_goes_to_an_on_site_provider_in_the_country():
    outcome = run_sourcing([CLEANING], [OFFSHORE_ADMIN, ON_SITE_DE], Company(country="DE"))
    assert outcome.decisions[0].provider_id == "de-cleaners"


def test_on_site_work_with_no_provider_there_is_kept_and_says_where():
    outcome = run_sourcing([CLEANING], [OFFSHORE_ADMIN, ON_SITE_DE], Company(country="GB"))
    kept = outcome.decisions[0]
    assert kept.decision == "keep" and kept.provider_id is None
    assert kept.reasons[0].code == "no_on_site_provider"
    assert kept.reasons[0].text == (
        "needs someone on site in the United Kingdom; no on-site provider for it in the catalog"
    )
    germany = run_sourcing([CLEANING], [OFFSHORE_ADMIN], Company(country="DE"))
    assert germany.decisions[0].reasons[0].text == (
        "needs someone on site in Germany; no on-site provider for it in the catalog"
    )


def test_on_site_work_without_a_company_country_asks_for_it():
    outcome = run_sourcing([CLEANING], [OFFSHORE_ADMIN, ON_SITE_DE], Company())
    assert outcome.decisions[0].decision == "keep"
    assert outcome.decisions[0].reasons[0].code == "no_on_site_country"
    assert "company's country" in outcome.decisions[0].reasons[0].text


def test_remote_work_never_goes_to_an_on_site_only_provider():
    data_entry = task(0, function="admin", hourly_cost=40)
    outcome = run_sourcing([data_entry], [ON_SITE_DE], Company(country="DE"))
    assert outcome.decisions[0].decision == "keep"
    assert outcome.decisions[0].reasons[0].code == "no_remote_provider"


def test_own_work_is_kept_with_the_offering_named_first():
    cleanings = task(0, name="Cleanings and checkups", own_offering=True, function="production")
    dental = Company(country="DE", industry="dental practice", offering="Dental care")
    outcome = run_sourcing([cleanings], [OFFSHORE_ADMIN], dental)
    assert outcome.decisions[0].decision == "keep"
    assert outcome.decisions[0].reasons[0].text == "this is the dental care you sell: keep it"
    assert outcome.to_dict()["decisions"][0]["own_offering"] is True


HYBRID_DE = provider(
    "de-temps",
    services={"admin": 28.0},
    work_modes=("remote", "on_site"),
    on_site_countries=("DE",),
)
UNSURE_WHERE = task(0, function="admin", hourly_cost=40, doubts={"location": "on_site"})


def test_a_doubted_location_goes_to_a_provider_that_can_do_it_either_way():
    providers = [OFFSHORE_ADMIN, ON_SITE_DE, HYBRID_DE]
    outcome = run_sourcing([UNSURE_WHERE], providers, Company(country="DE"))
    decided = outcome.decisions[0]
    assert (decided.decision, decided.provider_id) == ("outsource", "de-temps")
    assert "doubt_location" in reason_codes(decided)


def test_a_doubted_location_that_decides_who_can_take_it_asks_for_review():
    outcome = run_sourcing([UNSURE_WHERE], [OFFSHORE_ADMIN, ON_SITE_DE], Company(country="DE"))
    decided = outcome.decisions[0]
    assert decided.decision == "review" and decided.provider_id is None
    assert reason_codes(decided)[0] == "location_unsure"
    assert "doubt_location" not in reason_codes(decided)


def test_a_doubted_location_nobody_can_serve_either_way_is_kept():
    outcome = run_sourcing([UNSURE_WHERE], [ON_SITE_DE], Company(country="US"))
    assert outcome.decisions[0].decision == "keep"
    assert reason_codes(outcome.decisions[0])[0] == "no_remote_provider"


@pytest.mark.parametrize("country", ["US", "GB", "DE", "AU", "CA"])
def test_the_sample_catalog_serves_on_site_work_in_five_countries(country):
    tasks = [
        task(0, name="Clean the office", function="admin", location="on_site", hourly_cost=45),
        task(
            1,
            name="Pick, pack and ship",
            function="logistics",
            process="core",
            hourly_cost=50,
            location="on_site",
            hours_per_month=200,
        ),
        task(
            2,
            name="Answer emails",
            function="customer_service",
            office="front",
            process="core",
            hours_per_month=160,
        ),
    ]
    providers = load_sample_providers()
    by_id = {p.id: p for p in providers}
    outcome = run_sourcing(tasks, providers, Company(country=country))
    cleaning, shipping, emails = outcome.decisions
    assert cleaning.decision == "outsource"
    assert country in by_id[cleaning.provider_id].on_site_countries
    assert shipping.decision == "outsource"
    assert country in by_id[shipping.provider_id].on_site_countries
    assert "remote" in by_id[emails.provider_id].work_modes


def test_a_provider_minimum_too_high_for_the_work_is_named_as_the_cause():
    picky = provider("picky-payroll", services={"payroll": 10.0}, min_monthly_spend=1000)
    outcome = run_sourcing([PAYROLL_RUN], [picky], Company())
    kept = outcome.decisions[0]
    assert kept.decision == "keep"
    assert kept.reasons[0].code == "below_minimum_spend"
    assert "Picky Payroll's minimum spend of 1,000 USD a month" in kept.reasons[0].text
    assert "asks for more work than can be bundled with it at a saving" in kept.reasons[0].text


def test_the_sample_catalog_takes_a_small_payroll_run():
    outcome = run_sourcing([PAYROLL_RUN], load_sample_providers(), Company())
    assert outcome.decisions[0].decision == "outsource"
