"""Domain types: the company profile, where a task is done, doubts, and how providers work."""

import pytest

from bpo.sourcing import Company
from bpo.sourcing.vocabulary import HEADS

from .builders import provider, task


def test_location_is_an_overridable_head():
    assert "location" in HEADS
    assert task(location="on_site", overridden=frozenset({"location"})).is_overridden


def test_a_task_is_remote_and_not_own_work_unless_told():
    plain = task()
    assert (plain.location, plain.own_offering, plain.doubts) == ("remote", False, {})


@pytest.mark.parametrize(
    "fields",
    [
        {"location": "office"},
        {"doubts": {"colour": "red"}},
        {"doubts": {"function": "astrology"}},
        {"doubts": {"location": "moon"}},
        {"doubts": {"own_offering": "maybe"}},
        {"overridden": frozenset({"own_offering"})},
        {"own_alternative": {"own_offering": "true"}},
        {"own_alternative": {"function": "astrology"}},
    ],
)
def test_task_rejects_unknown_locations_and_doubts(fields):
    with pytest.raises(ValueError):
        task(**fields)


def test_with_label_reads_the_task_under_a_doubt_and_settles_it():
    unsure = task(function="payroll", doubts={"function": "hr", "own_offering": "true"})
    as_hr = unsure.with_label("function", "hr")
    assert (as_hr.function, as_hr.doubts) == ("hr", {"own_offering": "true"})
    assert unsure.with_label("own_offering", "true").own_offering is True
    assert task(doubts={"office": "front"}, overridden=frozenset({"office"})).open_doubts == {}


def test_resolving_an_own_work_doubt_takes_the_labels_own_work_sets():
    own = task(
        process="core",
        function="production",
        own_offering=True,
        doubts={"own_offering": "false", "location": "on_site"},
        own_alternative={"function": "admin", "process": "support"},
    )
    support = own.with_doubt_resolved("own_offering", "false")
    assert (support.own_offering, support.function, support.process) == (False, "admin", "support")
    assert (support.doubts, support.own_alternative) == ({"location": "on_site"}, {})
    # Other doubts change only their own label.
    assert own.with_doubt_resolved("location", "on_site").function == "production"


def test_company_profile_is_optional_and_country_is_an_iso_code():
    plain = Company()
    assert (plain.country, plain.industry, plain.offering) == (None, "", "")
    assert plain.vendor_management_cost is None
    assert Company(country=" de ").country == "DE"
    assert Company(country="").country is None
    profile = Company(country="US", industry=" dental practice ", offering="dental care")
    assert (profile.industry, profile.offering) == ("dental practice", "dental care")


@pytest.mark.parametrize("country", ["XX", "UK", "Germany", "D"])
def test_company_rejects_a_country_that_is_not_iso(country):
    with pytest.raises(ValueError, match="ISO 3166"):
        Company(country=country)


def test_company_rejects_a_negative_management_cost():
    with pytest.raises(ValueError):
        Company(vendor_management_cost=-1)


def test_providers_are_remote_unless_told():
    assert (provider().work_modes, provider().on_site_countries) == (("remote",), ())
    hybrid = provider(work_modes=["remote", "on_site"], on_site_countries=["DE", "AT"])
    assert (hybrid.work_modes, hybrid.on_site_countries) == (("remote", "on_site"), ("DE", "AT"))


@pytest.mark.parametrize(
    "fields",
    [
        {"work_modes": ()},
        {"work_modes": ("hybrid",)},
        {"work_modes": ("on_site",)},  # on site, but nowhere
        {"on_site_countries": ("DE",)},  # countries, but remote only
        {"work_modes": ("on_site",), "on_site_countries": ("XX",)},
    ],
)
def test_provider_rejects_inconsistent_work_modes(fields):
    with pytest.raises(ValueError):
        provider(**fields)
