"""Checks on training_data/vocab/more_lines*.py: ad hoc work, boundaries and framework names."""

import re
from collections import Counter

import pytest

from classifier.labels import FUNCTIONS, OFFICES, PROCESSES
from training_data.vocab.more_lines import LINES

LOCATIONS = ("remote", "on_site")
FRONT_FUNCTIONS = {"customer_service", "sales", "marketing"}
CORE_FUNCTIONS = {
    "customer_service",
    "sales",
    "marketing",
    "logistics",
    "production",
    "product_development",
    "management",
}
MIN_PER_FUNCTION = 50
MIN_LONG_TAIL = 380


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def test_every_line_is_a_five_tuple_of_non_empty_strings():
    assert LINES
    for line in LINES:
        assert isinstance(line, tuple) and len(line) == 5, line
        assert all(isinstance(value, str) and value.strip() for value in line), line
        assert line[0] == line[0].strip(), line


@pytest.mark.parametrize(
    ("index", "vocabulary"),
    [(1, OFFICES), (2, PROCESSES), (3, FUNCTIONS), (4, LOCATIONS)],
    ids=["office", "process", "function", "location"],
)
def test_labels_are_inside_the_vocabularies(index, vocabulary):
    outside = {line[index] for line in LINES} - set(vocabulary)
    assert not outside


def test_office_follows_the_function():
    wrong = [
        line for line in LINES if line[1] != ("front" if line[3] in FRONT_FUNCTIONS else "back")
    ]
    assert not wrong, wrong[:5]


def test_process_is_long_tail_or_the_functions_routine_process():
    wrong = [
        line
        for line in LINES
        if line[2] not in ("long_tail", "core" if line[3] in CORE_FUNCTIONS else "support")
    ]
    assert not wrong, wrong[:5]


def test_no_duplicates_after_folding_case_and_whitespace():
    counts = Counter(_key(line[0]) for line in LINES)
    duplicates = [text for text, n in counts.items() if n > 1]
    assert not duplicates, duplicates[:10]


def test_every_function_has_enough_lines():
    counts = Counter(line[3] for line in LINES)
    short = {f: counts[f] for f in FUNCTIONS if counts[f] < MIN_PER_FUNCTION}
    assert not short


def test_enough_long_tail_lines():
    assert sum(line[2] == "long_tail" for line in LINES) >= MIN_LONG_TAIL


def test_every_function_has_some_long_tail_lines():
    functions = {line[3] for line in LINES if line[2] == "long_tail"}
    assert functions == set(FUNCTIONS)


def test_no_line_repeats_other_hand_written_lines():
    from training_data.companies import COMPANIES
    from training_data.vocab.owner_lines import LINES as OWNER
    from training_data.vocab.real_world import LINES as REAL_WORLD

    seen = {_key(line[0]) for line in (*REAL_WORLD, *OWNER)}
    for company in COMPANIES:
        seen |= {_key(line[0]) for line in (*company["own"], *company["support"])}
    repeated = [line[0] for line in LINES if _key(line[0]) in seen]
    assert not repeated, repeated[:10]
