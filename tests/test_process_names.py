"""Checks on the formal process-name sets in eval/, hand-written for evaluation only.

`process_names.csv` and `framework_names.csv` (written blind, with a framework's vaguer
category names marked ambiguous) must follow LABELING.md and share no line and no 6-word run with
the training data, or they would measure what the model memorised.
"""

from collections import Counter
from pathlib import Path

import pytest

from classifier.labels import FUNCTIONS, LOCATIONS, LONG_TAIL
from tests.eval_sets import (
    LABEL_VOCABULARIES,
    assert_nothing_shared_with_training,
    fold,
    header,
    needs_shared_eval,
    office_off_function,
    read_rows,
    shared_eval_texts,
    shared_with,
    training_files,
)

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = ROOT / "eval"
# Per set: its columns, and the vocabulary of each column beyond the three heads.
NAME_SETS = {
    "process_names.csv": (
        ["text", "office", "process", "function", "location"],
        {"location": frozenset(LOCATIONS)},
    ),
    # area: the framework category (1-13) the name was written under, listed in eval/README.md.
    "framework_names.csv": (
        ["text", "office", "process", "function", "ambiguous", "area"],
        {"ambiguous": frozenset({"0", "1"}), "area": frozenset(str(n) for n in range(1, 14))},
    ),
}


@pytest.fixture(scope="module", params=list(NAME_SETS))
def name_set(request) -> tuple[str, list[dict[str, str]]]:
    return request.param, read_rows(EVAL_DIR / request.param)


def test_columns_are_exactly_the_documented_ones(name_set):
    name, _ = name_set
    assert header(EVAL_DIR / name) == NAME_SETS[name][0]


def test_labels_are_inside_the_vocabularies(name_set):
    name, rows = name_set
    for column, vocabulary in [*LABEL_VOCABULARIES, *NAME_SETS[name][1].items()]:
        outside = {row[column] for row in rows} - vocabulary
        assert not outside, (column, outside)


def test_every_function_is_covered_and_no_name_repeats(name_set):
    _, rows = name_set
    per_function = Counter(row["function"] for row in rows)
    assert set(per_function) == set(FUNCTIONS)
    assert min(per_function.values()) >= 4, per_function
    assert sum(row["process"] == LONG_TAIL for row in rows) >= 15
    counts = Counter(fold(row["text"]) for row in rows)
    assert not [text for text, n in counts.items() if n > 1]


def test_office_follows_the_function(name_set):
    # No company profile here, so section 1 of LABELING.md applies to every line.
    _, rows = name_set
    wrong = office_off_function(rows, "text")
    assert not wrong, wrong


def test_the_sets_share_no_name_with_each_other():
    first, second = ([row["text"] for row in read_rows(EVAL_DIR / name)] for name in NAME_SETS)
    copied, shared = shared_with(second, first)
    assert not copied and not shared, (copied, shared)


@needs_shared_eval
def test_nothing_copied_from_the_shared_evaluation_sets(name_set):
    _, rows = name_set
    copied, shared = shared_with([row["text"] for row in rows], shared_eval_texts())
    assert not copied and not shared, (copied, shared)


@pytest.mark.skipif(not training_files(), reason="no training data in this checkout")
def test_nothing_shared_with_the_training_data(name_set):
    _, rows = name_set
    assert_nothing_shared_with_training([row["text"] for row in rows])
