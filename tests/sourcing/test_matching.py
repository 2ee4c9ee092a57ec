"""Matching: service line, where the work is done, certifications, languages, regions."""

import pytest

from bpo.sourcing import Company, can_take, eligible_providers, no_match_reason

from .builders import provider, task


def test_provider_must_offer_the_service_line():
    assert can_take(provider(), task(function="finance_accounting"))
    assert not can_take(provider(), task(function="payroll"))


def test_provider_must_hold_every_required_certification():
    needs = task(required_certifications=("HIPAA", "SOC2"))
    assert can_take(provider(certifications=("HIPAA", "SOC2", "GDPR")), needs)
    assert not can_take(provider(certifications=("HIPAA",)), needs)


def test_regulated_data_without_a_list_needs_hipaa_pci_or_soc2():
    regulated = task(sensitivity="regulated")
    assert not can_take(provider(certifications=()), regulated)
    assert not can_take(provider(certifications=("GDPR", "ISO27001")), regulated)
    for cert in ("HIPAA", "PCI_DSS", "SOC2"):
        assert can_take(provider(certifications=(cert,)), regulated)


def test_an_explicit_list_replaces_the_regulated_default():
    regulated_gdpr = task(sensitivity="regulated", required_certifications=("GDPR",))
    assert can_take(provider(certifications=("GDPR",)), regulated_gdpr)


def test_confidential_data_alone_needs_no_certification():
    assert can_take(provider(certifications=()), task(sensitivity="confidential"))


def test_provider_must_cover_every_language():
    assert can_take(provider(languages=("en", "fi")), task(languages=("fi", "en")))
    assert not can_take(provider(languages=("en",)), task(languages=("en", "fi")))
    assert can_take(provider(languages=("en",)), task(languages=()))


def test_preferred_regions_restrict_the_field():
    europe = Company(preferred_regions=("europe",))
    asia = provider("asia-ops", delivery_regions=("asia_pacific",))
    eu = provider("eu-ops", delivery_regions=("europe", "middle_east_africa"))
    assert [p.id for p in eligible_providers(task(), [asia, eu], europe)] == ["eu-ops"]
    assert len(eligible_providers(task(), [asia, eu], Company())) == 2


def test_no_reason_when_someone_can_take_it():
    assert no_match_reason(task(), [provider()]) is None


def test_reason_names_a_missing_service_line():
    reason = no_match_reason(task(function="production"), [provider()])
    assert (reason.code, reason.text) == (
        "no_provider_for_function",
        "no provider offers production",
    )


def test_reason_names_a_missing_certification():
    reason = no_match_reason(task(required_certifications=("HIPAA",)), [provider()])
    assert (reason.code, reason.text) == (
        "missing_certification",
        "needs HIPAA; no matching provider holds it",
    )


def test_reason_when_certifications_are_held_only_separately():
    providers = [
        provider("a-ops", certifications=("HIPAA",)),
        provider("b-ops", certifications=("SOC2",)),
    ]
    reason = no_match_reason(task(required_certifications=("HIPAA", "SOC2")), providers)
    assert reason.text == "needs HIPAA and SOC2 together; no matching provider holds all of them"


def test_reason_for_regulated_data():
    reason = no_match_reason(task(sensitivity="regulated"), [provider(certifications=("GDPR",))])
    assert reason.text == (
        "regulated data needs HIPAA, PCI_DSS or SOC2; no matching provider holds any of them"
    )


def test_reason_names_a_missing_language():
    reason = no_match_reason(task(languages=("en", "fi")), [provider(languages=("en", "es"))])
    assert (reason.code, reason.text) == ("missing_language", "no provider covers language 'fi'")


def test_reason_when_languages_are_covered_only_separately():
    providers = [provider("a-ops", languages=("fi",)), provider("b-ops", languages=("sv",))]
    reason = no_match_reason(task(languages=("fi", "sv")), providers)
    assert reason.text == "no provider covers the languages 'fi', 'sv' together"


def test_reason_names_the_preferred_regions():
    company = Company(preferred_regions=("europe",))
    reason = no_match_reason(task(), [provider(delivery_regions=("asia_pacific",))], company)
    assert reason.code == "no_provider_in_region"
    assert "preferred regions (europe)" in reason.text


ON_SITE_DE = {"work_modes": ("on_site",), "on_site_countries": ("DE", "AT")}
HYBRID_DE = {"work_modes": ("remote", "on_site"), "on_site_countries": ("DE",)}
GERMANY = Company(country="DE")


def test_on_site_work_needs_a_provider_on_site_in_the_company_country():
    cleaning = task(location="on_site")
    assert can_take(provider(**ON_SITE_DE), cleaning, GERMANY)
    assert can_take(provider(**HYBRID_DE), cleaning, GERMANY)
    assert not can_take(provider(**ON_SITE_DE), cleaning, Company(country="US"))
    assert not can_take(provider(**ON_SITE_DE), cleaning, Company())
    assert not can_take(provider(**ON_SITE_DE), cleaning)
    assert not can_take(provider(), cleaning, GERMANY)


def test_remote_work_needs_a_remote_provider():
    assert can_take(provider(), task(), GERMANY)
    assert can_take(provider(**HYBRID_DE), task(), GERMANY)
    assert not can_take(provider(**ON_SITE_DE), task(), GERMANY)


def test_preferred_regions_apply_to_remote_work_only():
    europe_only = Company(country="US", preferred_regions=("europe",))
    us_cleaners = provider(
        delivery_regions=("north_america",), work_modes=("on_site",), on_site_countries=("US",)
    )
    assert can_take(us_cleaners, task(location="on_site"), europe_only)


def test_a_doubted_location_needs_a_provider_that_works_both_ways():
    unsure = task(doubts={"location": "on_site"})
    assert can_take(provider(**HYBRID_DE), unsure, GERMANY)
    assert not can_take(provider(), unsure, GERMANY)
    assert not can_take(provider(**ON_SITE_DE), unsure, GERMANY)
    # Once the user sets the location, the doubt is gone.
    confirmed = task(doubts={"location": "on_site"}, overridden=frozenset({"location"}))
    assert can_take(provider(), confirmed, GERMANY)


@pytest.mark.parametrize(
    ("country", "where"),
    [("DE", "Germany"), ("US", "the United States"), ("NL", "the Netherlands"), ("CA", "Canada")],
)
def test_reason_names_the_country_on_site_work_needs(country, where):
    reason = no_match_reason(task(location="on_site"), [provider()], Company(country=country))
    assert (reason.code, reason.text) == (
        "no_on_site_provider",
        f"needs someone on site in {where}; no on-site provider for it in the catalog",
    )


def test_reason_asks_for_the_country_when_none_is_given():
    reason = no_match_reason(task(location="on_site"), [provider(**ON_SITE_DE)], Company())
    assert reason.code == "no_on_site_country"
    assert reason.text == (
        "needs someone on site: give the company's country to find an on-site provider"
    )


def test_reason_when_only_on_site_providers_offer_the_service():
    reason = no_match_reason(task(), [provider(**ON_SITE_DE)], GERMANY)
    assert (reason.code, reason.text) == (
        "no_remote_provider",
        "no provider offering it works remotely",
    )


def test_reason_when_nobody_works_both_ways_for_a_doubted_location():
    unsure = task(doubts={"location": "on_site"})
    reason = no_match_reason(unsure, [provider(), provider("b-ops", **ON_SITE_DE)], GERMANY)
    assert reason.code == "location_unsure"
    assert no_match_reason(unsure, [provider(**HYBRID_DE)], GERMANY) is None
