"""Checks on eval/process_names.csv: hand-written formal process names, for evaluation only.

Like the company lists, the set must follow LABELING.md and share no line and no 6-word run with
the training data, or it would measure what the model memorised.
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
    office_off_function,
    read_rows,
    training_files,
)

ROOT = Path(__file__).resolve().parents[1]
EVAL_PATH = ROOT / "eval" / "process_names.csv"
COLUMNS = ["text", "office", "process", "function", "location"]


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return read_rows(EVAL_PATH)


def test_columns_are_exactly_the_documented_ones():
    assert header(EVAL_PATH) == COLUMNS


@pytest.mark.parametrize(
    ("column", "vocabulary"), [*LABEL_VOCABULARIES, ("location", frozenset(LOCATIONS))]
)
def test_labels_are_inside_the_vocabularies(rows, column, vocabulary):
    outside = {row[column] for row in rows} - vocabulary
    assert not outside, outside


def test_every_function_is_covered_and_no_name_repeats(rows):
    per_function = Counter(row["function"] for row in rows)
    assert set(per_function) == set(FUNCTIONS)
    assert min(per_function.values()) >= 10, per_function
    assert sum(row["process"] == LONG_TAIL for row in rows) >= 15
    counts = Counter(fold(row["text"]) for row in rows)
    assert not [text for text, n in counts.items() if n > 1]


def test_office_follows_the_function(rows):
    # No company profile here, so section 1 of LABELING.md applies to every line.
    wrong = office_off_function(rows, "text")
    assert not wrong, wrong


@pytest.mark.skipif(not training_files(), reason="no training data in this checkout")
def test_nothing_shared_with_the_training_data(rows):
    assert_nothing_shared_with_training([row["text"] for row in rows])
