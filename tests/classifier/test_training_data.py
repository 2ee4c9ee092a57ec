"""Checks on training_data/tasks.csv: labels, duplicates, minimum counts, provenance."""

import csv
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from classifier import FUNCTIONS, HEADS, VOCABULARIES

ROOT = Path(__file__).resolve().parents[2]
DATA_PATH = ROOT / "training_data" / "tasks.csv"
ONET_PATH = Path("/work/shared/eval/onet_dev.csv")
STYLES = {"informal", "formal", "statement"}


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    """The rows of tasks.csv as dicts."""
    with DATA_PATH.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_columns_are_exactly_the_documented_ones():
    with DATA_PATH.open(newline="", encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert header == ["text", "office", "process", "function", "style"]


def test_no_duplicate_texts_after_normalising_case_and_whitespace(rows):
    counts = Counter(_key(row["text"]) for row in rows)
    duplicates = [text for text, n in counts.items() if n > 1]
    assert not duplicates, f"duplicate lines: {duplicates[:10]}"


def test_no_contradictory_labels_for_the_same_text(rows):
    labels = defaultdict(set)
    for row in rows:
        labels[_key(row["text"])].add(tuple(row[head] for head in HEADS))
    contradictions = {text: found for text, found in labels.items() if len(found) > 1}
    assert not contradictions, f"contradictory labels: {list(contradictions.items())[:5]}"


@pytest.mark.parametrize("head", HEADS)
def test_labels_are_inside_the_vocabularies(rows, head):
    outside = {row[head] for row in rows} - set(VOCABULARIES[head])
    assert not outside


def test_styles_are_known_and_texts_are_not_empty(rows):
    assert {row["style"] for row in rows} == STYLES
    assert all(row["text"].strip() for row in rows)


def test_count_minima(rows):
    distinct = {_key(row["text"]) for row in rows}
    assert len(distinct) >= 4000
    per_function = Counter(row["function"] for row in rows)
    assert set(per_function) == set(FUNCTIONS)
    assert min(per_function.values()) >= 150, per_function
    assert sum(row["process"] == "long_tail" for row in rows) >= 0.10 * len(rows)
    assert sum(row["office"] == "front" for row in rows) >= 0.25 * len(rows)


def test_every_style_covers_every_function(rows):
    pairs = Counter((row["style"], row["function"]) for row in rows)
    thin = [(s, f) for s in STYLES for f in FUNCTIONS if pairs[(s, f)] < 20]
    assert not thin, thin


def test_csv_is_what_the_generator_writes(rows):
    from training_data.generate import build_rows

    assert build_rows() == rows, "tasks.csv is stale: run python -m training_data.generate"


@pytest.mark.skipif(not ONET_PATH.is_file(), reason="O*NET evaluation file not available")
def test_nothing_copied_from_the_onet_evaluation_set(rows):
    def shingles(text: str, n: int = 6) -> set[tuple[str, ...]]:
        """All runs of n consecutive words."""
        words = re.findall(r"[a-z0-9']+", text.lower())
        return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}

    with ONET_PATH.open(newline="", encoding="utf-8") as handle:
        onet = [row["text"] for row in csv.DictReader(handle)]
    onet_shingles = set().union(*(shingles(text) for text in onet))
    onet_lines = {_key(text) for text in onet}
    copied = [row["text"] for row in rows if _key(row["text"]) in onet_lines]
    shared = [row["text"] for row in rows if shingles(row["text"]) & onet_shingles]
    assert not copied, copied[:5]
    assert not shared, f"lines sharing a 6-word sequence with O*NET: {shared[:5]}"
