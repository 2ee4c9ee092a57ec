"""Checks on eval/company_lists.csv: the hand-written evaluation set of company task lists.

The set is for evaluation only, so besides the label rules of LABELING.md it must share no line
and no 6-word run with the training data.
"""

import csv
import importlib.util
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from classifier.labels import FUNCTIONS, LOCATIONS, OFFICES, PROCESSES
from tests.eval_sets import (
    FRONT_FUNCTIONS,
    fold,
    header,
    read_rows,
    shared_with_training,
    training_files,
)

ROOT = Path(__file__).resolve().parents[1]


def _load_countries() -> frozenset[str]:
    """COUNTRIES from bpo/sourcing/iso_codes.py, a leaf module, without importing the engine."""
    spec = importlib.util.spec_from_file_location("_iso_codes", ROOT / "bpo/sourcing/iso_codes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.COUNTRIES


COUNTRIES = _load_countries()
EVAL_PATH = ROOT / "eval" / "company_lists.csv"
COLUMNS = [
    "company",
    "industry",
    "offering",
    "country",
    "task",
    "hours_per_month",
    "office",
    "process",
    "function",
    "location",
    "own_offering",
    "candidate",
]
CANDIDATES = {"outsource", "keep", "either"}


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return read_rows(EVAL_PATH)


def test_columns_are_exactly_the_documented_ones():
    assert header(EVAL_PATH) == COLUMNS


def test_no_empty_cells_and_sane_hours(rows):
    assert all(all((row[c] or "").strip() for c in COLUMNS) for row in rows)
    hours = [int(row["hours_per_month"]) for row in rows]
    assert min(hours) >= 2 and max(hours) <= 300


@pytest.mark.parametrize(
    ("column", "vocabulary"),
    [
        ("office", set(OFFICES)),
        ("process", set(PROCESSES)),
        ("function", set(FUNCTIONS)),
        ("location", set(LOCATIONS)),
        ("own_offering", {"0", "1"}),
        ("candidate", CANDIDATES),
    ],
)
def test_labels_are_inside_the_vocabularies(rows, column, vocabulary):
    outside = {row[column] for row in rows} - vocabulary
    assert not outside, outside


def test_countries_are_iso_alpha_2(rows):
    assert {row["country"] for row in rows} <= COUNTRIES


def test_own_work_is_production_and_core(rows):
    wrong = [
        row["task"]
        for row in rows
        if row["own_offering"] == "1"
        and (row["function"], row["process"]) != ("production", "core")
    ]
    assert not wrong, wrong


def test_production_is_only_the_company_s_own_work(rows):
    wrong = [r["task"] for r in rows if r["function"] == "production" and r["own_offering"] != "1"]
    assert not wrong, wrong


def test_office_follows_the_function_outside_own_work(rows):
    wrong = [
        row["task"]
        for row in rows
        if row["own_offering"] == "0"
        and (row["office"] == "front") != (row["function"] in FRONT_FUNCTIONS)
    ]
    assert not wrong, wrong


def test_company_profile_is_consistent_and_lists_are_long_enough(rows):
    profiles = defaultdict(set)
    for row in rows:
        profiles[row["company"]].add((row["industry"], row["offering"], row["country"]))
    assert all(len(found) == 1 for found in profiles.values()), profiles
    sizes = Counter(row["company"] for row in rows)
    assert len(sizes) >= 14
    assert min(sizes.values()) >= 15, sizes
    industries = {next(iter(found))[0] for found in profiles.values()}
    assert len(industries) == len(profiles), "each company should be a different kind of business"


def test_no_duplicate_tasks_within_a_company(rows):
    counts = Counter((row["company"], fold(row["task"])) for row in rows)
    assert not [key for key, n in counts.items() if n > 1]


def test_label_mix_is_realistic(rows):
    share = Counter(row["own_offering"] for row in rows)["1"] / len(rows)
    assert 0.15 <= share <= 0.5, share
    assert Counter(row["process"] for row in rows)["long_tail"] >= 20
    assert set(Counter(row["function"] for row in rows)) == set(FUNCTIONS)
    assert set(Counter(row["candidate"] for row in rows)) == CANDIDATES


@pytest.mark.skipif(not training_files(), reason="no training data in this checkout")
def test_nothing_shared_with_the_training_data(rows):
    copied, shared = shared_with_training([row["task"] for row in rows])
    assert not copied, f"eval tasks found verbatim in the training data: {copied[:10]}"
    assert not shared, f"eval tasks sharing a 6-word run with the training data: {shared[:10]}"


def test_measure_advice_reports_every_figure_and_names_each_miss(small_model):
    from eval.measure_advice import measure

    details: list = []
    figures = measure(small_model, details)
    assert figures["tasks"] == sum(1 for _ in csv.DictReader(EVAL_PATH.open(encoding="utf-8")))
    assert set(figures["agreement"]) == {
        "office",
        "process",
        "function",
        "location",
        "own_offering",
    }
    kinds = {"own work outsourced", "on-site work to a provider not there"}
    kinds.add("clear candidate not outsourced")
    for kind, row, task in details:
        assert kind in kinds
        assert row["task"] == task["name"]
    outsourced, own = (int(x) for x in figures["own_work_outsourced"].split(" of "))
    assert 0 <= outsourced <= own
    assert sum(kind == "own work outsourced" for kind, _, _ in details) == outsourced
