"""Checks on training_data.companies: (company profile, task) pairs for own-work training."""

import re
from collections import Counter

import pytest

from classifier.labels import (
    FUNCTION_ROUTINE_PROCESS,
    FUNCTIONS,
    LONG_TAIL,
    OFFICES,
    PROCESSES,
)
from training_data.companies import COMPANIES

LOCATIONS = ("remote", "on_site")
FRONT_FUNCTIONS = {"customer_service", "sales", "marketing"}


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _ids(company: dict) -> str:
    return company.get("key", "?")


def test_enough_companies_and_kinds_of_business():
    assert len(COMPANIES) >= 60
    kinds = {_fold(company["industry"][0]) for company in COMPANIES}
    assert len(kinds) >= 45


def test_keys_are_unique_snake_case():
    keys = [company["key"] for company in COMPANIES]
    duplicates = [key for key, n in Counter(keys).items() if n > 1]
    assert not duplicates, duplicates
    assert all(re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", key) for key in keys)


def test_each_company_has_exactly_the_documented_fields():
    for company in COMPANIES:
        expected = {"key", "sector", "industry", "offering", "own", "support"}
        assert set(company) == expected, company["key"]


@pytest.mark.parametrize("company", COMPANIES, ids=_ids)
def test_industry_and_offering_variants(company):
    for field in ("industry", "offering"):
        variants = company[field]
        assert 2 <= len(variants) <= 4, (company["key"], field)
        assert all(isinstance(v, str) and v.strip() for v in variants)
        assert len({_fold(v) for v in variants}) == len(variants), (company["key"], field)


@pytest.mark.parametrize("company", COMPANIES, ids=_ids)
def test_own_lines(company):
    own = company["own"]
    assert len(own) >= 10, company["key"]
    for line in own:
        assert len(line) == 3, line
        text, office, location = line
        assert text.strip(), line
        assert office in OFFICES, line
        assert location in LOCATIONS, line


@pytest.mark.parametrize("company", COMPANIES, ids=_ids)
def test_support_lines(company):
    support = company["support"]
    assert len(support) >= 8, company["key"]
    for line in support:
        assert len(line) == 5, line
        text, office, process, function, location = line
        assert text.strip(), line
        assert office in OFFICES, line
        assert process in PROCESSES, line
        assert function in FUNCTIONS, line
        assert location in LOCATIONS, line
        # Support lines are by definition not the company's own work.
        assert function != "production", line
        assert (office == "front") == (function in FRONT_FUNCTIONS), line
        assert process in (LONG_TAIL, FUNCTION_ROUTINE_PROCESS[function]), line


@pytest.mark.parametrize("company", COMPANIES, ids=_ids)
def test_no_line_twice_within_a_company(company):
    texts = [line[0] for line in company["own"]] + [line[0] for line in company["support"]]
    counts = Counter(_fold(text) for text in texts)
    duplicates = [text for text, n in counts.items() if n > 1]
    assert not duplicates, (company["key"], duplicates)


def test_own_work_includes_front_and_back_and_both_locations():
    own = [line for company in COMPANIES for line in company["own"]]
    assert {office for _, office, _ in own} == set(OFFICES)
    assert {location for _, _, location in own} == set(LOCATIONS)
