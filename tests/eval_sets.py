"""Reading the hand-written evaluation sets in eval/ and checking they share nothing with training.

An evaluation set that repeats a training line, or a run of 6 words of one, measures what the
model memorised; the tests of each set use these helpers to fail on either.
"""

import csv
import re
from pathlib import Path

import pytest

from classifier.labels import FUNCTION_OFFICE, FUNCTIONS, OFFICES, PROCESSES

ROOT = Path(__file__).resolve().parents[1]
TRAINING_DIR = ROOT / "training_data"
# The evaluation sets beside the project (never copied into it), and the column of their lines.
SHARED_EVAL = {
    ROOT.parent / "shared" / "eval" / "real_dev.csv": "name",
    ROOT.parent / "shared" / "eval" / "onet_dev.csv": "text",
}
# For the tests that read them: a checkout without ../shared skips them.
needs_shared_eval = pytest.mark.skipif(
    not all(path.is_file() for path in SHARED_EVAL), reason="../shared/eval not available"
)
TEXT_COLUMNS = ("text", "task")
# Outside a company's own work, office follows the function (LABELING.md section 1).
FRONT_FUNCTIONS = frozenset(f for f, office in FUNCTION_OFFICE.items() if office == "front")
# (column, allowed values) of the three heads every evaluation set labels.
LABEL_VOCABULARIES = [
    ("office", frozenset(OFFICES)),
    ("process", frozenset(PROCESSES)),
    ("function", frozenset(FUNCTIONS)),
]
# eval/page_lines.csv: its columns, the labels of each (whether a line is clear included), and
# the most lines one page may give, so no page weighs on the figures more than a handful do.
PAGE_LINE_COLUMNS = ["name", "office", "process", "function", "ambiguous", "source"]
PAGE_LINE_VOCABULARIES = [*LABEL_VOCABULARIES, ("ambiguous", frozenset({"0", "1"}))]
PAGE_LINES_PER_SOURCE = 6


def fold(text: str) -> str:
    """Case and whitespace folded."""
    return re.sub(r"\s+", " ", text).strip().lower()


def shingles(text: str, n: int = 6) -> set[tuple[str, ...]]:
    """All runs of n consecutive words."""
    # Letters of any alphabet: an ASCII-only pattern split "reclamação" into "reclama" and "o"
    # and dropped "à", so that a run of six "words" could be three real ones.
    words = re.findall(r"(?:[^\W_]|')+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def header(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8") as handle:
        return next(csv.reader(handle))


def training_files() -> list[Path]:
    """tasks.csv, company_tasks.csv if present, and any other CSV under training_data/."""
    named = [TRAINING_DIR / "tasks.csv", TRAINING_DIR / "company_tasks.csv"]
    found = sorted(TRAINING_DIR.rglob("*.csv")) if TRAINING_DIR.is_dir() else []
    return list(dict.fromkeys(path for path in named + found if path.is_file()))


def training_texts() -> list[str]:
    texts = []
    for path in training_files():
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            columns = [c for c in TEXT_COLUMNS if c in (reader.fieldnames or [])]
            for row in reader:
                texts.extend(row[c] for c in columns if row[c])
    return texts


def shared_with(texts: list[str], others: list[str]) -> tuple[list[str], list[str]]:
    """The texts found verbatim among others, and those sharing a 6-word run with one."""
    lines = {fold(text) for text in others}
    runs = set().union(*(shingles(text) for text in others))
    copied = [text for text in texts if fold(text) in lines]
    shared = [text for text in texts if shingles(text) & runs]
    return copied, shared


def shared_with_training(texts: list[str]) -> tuple[list[str], list[str]]:
    """The texts found verbatim in the training data, and those sharing a 6-word run with it."""
    training = training_texts()
    assert training, "training files found but no text column read"
    return shared_with(texts, training)


def office_off_function(rows: list[dict[str, str]], column: str) -> list[str]:
    """Texts whose office does not follow their function (lines read without a company)."""
    return [
        row[column]
        for row in rows
        if (row["office"] == "front") != (row["function"] in FRONT_FUNCTIONS)
    ]


def assert_nothing_shared_with_training(texts: list[str]) -> None:
    """Fail on texts found verbatim in the training data or sharing a 6-word run with it."""
    copied, shared = shared_with_training(texts)
    assert not copied, f"found verbatim in the training data: {copied[:10]}"
    assert not shared, f"sharing a 6-word run with the training data: {shared[:10]}"


def shared_eval_texts() -> list[str]:
    """Every line of ../shared/eval's sets (tests reading them are marked needs_shared_eval)."""
    return [row[column] for path, column in SHARED_EVAL.items() for row in read_rows(path)]
