"""Checks on the sets copied from public pages, for evaluation only: eval/page_lines.csv (task
lines), eval/section_lines.csv (task lines with the heading they sit under) and
eval/public_process_names.csv (process names from public frameworks and catalogs).

They measure how the model reads text nobody here wrote, so they must follow LABELING.md, share
no line and no 6-word run with the training data (or they would measure what the model
memorised), and hold nothing from ../shared/eval, which may never be copied into the project.
"""

from collections import Counter
from pathlib import Path

import pytest

from classifier.labels import FUNCTIONS, LONG_TAIL, PROCESSES
from tests.eval_sets import (
    PAGE_LINE_COLUMNS,
    PAGE_LINE_VOCABULARIES,
    PAGE_LINES_PER_SOURCE,
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
EVAL_PATH = EVAL_DIR / "page_lines.csv"
COLUMNS = PAGE_LINE_COLUMNS
SECTION_COLUMNS = ["name", "section", *COLUMNS[1:]]
VOCABULARIES = PAGE_LINE_VOCABULARIES
# Per set: the most rows one source may give (no page may weigh on the figures more than a
# handful of lines do; a framework's list runs longer), and the least clear lines, clear
# long-tail lines and clear lines per function for its figures to mean something.
LIMITS = {
    "page_lines.csv": {
        "per_source": PAGE_LINES_PER_SOURCE,
        "clear": 250,
        "long_tail": 30,
        "per_function": 20,
    },
    "section_lines.csv": {"per_source": 5, "clear": 100, "long_tail": 2, "per_function": 4},
    "public_process_names.csv": {"per_source": 12, "clear": 140, "long_tail": 8, "per_function": 5},
}


@pytest.fixture(scope="module", params=list(LIMITS))
def copied_set(request) -> tuple[str, list[dict[str, str]]]:
    return request.param, read_rows(EVAL_DIR / request.param)


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return read_rows(EVAL_PATH)


@pytest.mark.parametrize("name", LIMITS)
def test_columns_are_exactly_the_documented_ones(name):
    assert header(EVAL_DIR / name) == (SECTION_COLUMNS if name == "section_lines.csv" else COLUMNS)


def test_every_section_line_names_its_heading():
    assert all(row["section"].strip() for row in read_rows(EVAL_DIR / "section_lines.csv"))


@pytest.mark.parametrize(("column", "vocabulary"), VOCABULARIES)
def test_labels_are_inside_the_vocabularies(copied_set, column, vocabulary):
    _, lines = copied_set
    outside = {row[column] for row in lines} - vocabulary
    assert not outside, outside


def test_lines_are_unique_and_each_names_its_page(copied_set):
    name, lines = copied_set
    counts = Counter(fold(row["name"]) for row in lines)
    assert not [text for text, n in counts.items() if n > 1]
    assert all(row["source"].strip() for row in lines)
    per_source = Counter(row["source"] for row in lines)
    assert max(per_source.values()) <= LIMITS[name]["per_source"], per_source.most_common(3)


def test_clear_lines_cover_every_process_and_function(copied_set):
    name, lines = copied_set
    limits = LIMITS[name]
    clear = [row for row in lines if row["ambiguous"] == "0"]
    assert len(clear) >= limits["clear"]
    assert {row["process"] for row in clear} == set(PROCESSES)
    assert sum(row["process"] == LONG_TAIL for row in clear) >= limits["long_tail"]
    per_function = Counter(row["function"] for row in clear)
    assert set(per_function) == set(FUNCTIONS)
    assert min(per_function.values()) >= limits["per_function"], per_function


def test_office_follows_the_function(copied_set):
    # No company profile here, so section 1 of LABELING.md applies to every line.
    wrong = office_off_function(copied_set[1], "name")
    assert not wrong, wrong


@pytest.mark.skipif(not training_files(), reason="no training data in this checkout")
def test_nothing_shared_with_the_training_data(copied_set):
    assert_nothing_shared_with_training([row["name"] for row in copied_set[1]])


@needs_shared_eval
def test_nothing_taken_from_the_shared_evaluation_sets(copied_set):
    copied, shared = shared_with([row["name"] for row in copied_set[1]], shared_eval_texts())
    assert not copied, f"found verbatim in ../shared/eval: {copied[:10]}"
    assert not shared, f"sharing a 6-word run with ../shared/eval: {shared[:10]}"


def test_the_sets_share_no_line_with_each_other_or_the_written_names():
    names = [row["name"] for row in read_rows(EVAL_DIR / "public_process_names.csv")]
    others = [
        row["name"]
        for name in ("page_lines.csv", "section_lines.csv")
        for row in read_rows(EVAL_DIR / name)
    ]
    for written in ("process_names.csv", "framework_names.csv"):
        others += [row["text"] for row in read_rows(EVAL_DIR / written)]
    copied, shared = shared_with(names, others)
    assert not copied and not shared, (copied, shared)


# The table's columns of lines removed before a round came in, after "removed: ".
REMOVED_BECAUSE = ("training data", "shared sets", "already in", "other")


def _cells(line: str) -> list[str]:
    """The cells of one Markdown table row."""
    return [cell.strip() for cell in line.strip("|").split("|")]


def _round_table() -> list[dict[str, int | str]]:
    """The rows of eval/README.md's table of page-line rounds, by column name; counts as ints."""
    lines = (EVAL_DIR / "README.md").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("| round | collected |"))
    names = _cells(lines[start])
    table = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        entry = dict(zip(names, _cells(line), strict=True))
        table.append(
            {
                k: int(v.replace(",", "")) if k not in ("round", "notes") else v
                for k, v in entry.items()
            }
        )
    return table


def test_the_readme_table_counts_each_round_as_the_file_holds_it(rows):
    # The rounds sit in the file in the table's order, so the table's counts split the file into
    # its rounds: a round appended without its row, or a row edited by hand, fails here.
    start = 0
    for entry in _round_table():
        kept = entry["kept"]
        removed = sum(entry[f"removed: {why}"] for why in REMOVED_BECAUSE)
        assert entry["collected"] - removed == kept, entry["round"]
        part = rows[start : start + kept]
        start += kept
        clear = [row for row in part if row["ambiguous"] == "0"]
        counted = {
            "pages": len({row["source"] for row in part}),
            "clear": len(clear),
            "long-tail (clear)": sum(row["process"] == LONG_TAIL for row in clear),
        }
        assert counted == {key: entry[key] for key in counted}, entry["round"]
    assert start == len(rows), "rows after the table's last round"


SECOND_READING_PATH = ROOT / "eval" / "second_reading.csv"
# Share of lines both readers call clear on which they may still disagree, per head. Rounds 11
# and 12 (181 such lines) agree on every one; a label edited in one file only shows up here.
MAX_DISAGREEMENT = 0.03


@pytest.fixture(scope="module")
def second_reading() -> list[dict[str, str]]:
    return read_rows(SECOND_READING_PATH)


def test_second_reading_has_the_label_columns(second_reading):
    assert header(SECOND_READING_PATH) == COLUMNS[:-1]
    for column, vocabulary in VOCABULARIES:
        assert {row[column] for row in second_reading} <= vocabulary, column


def test_second_reading_reads_lines_of_the_set(rows, second_reading):
    names = {fold(row["name"]) for row in rows}
    assert len(second_reading) >= 400
    assert not [row["name"] for row in second_reading if fold(row["name"]) not in names]


@pytest.mark.parametrize("head", ["office", "process", "function"])
def test_labels_agree_with_the_second_reading(rows, second_reading, head):
    first = {fold(row["name"]): row for row in rows}
    both_clear = [
        (first[fold(row["name"])], row)
        for row in second_reading
        if row["ambiguous"] == "0" and first[fold(row["name"])]["ambiguous"] == "0"
    ]
    assert len(both_clear) >= 150
    differ = [a["name"] for a, b in both_clear if a[head] != b[head]]
    assert len(differ) <= MAX_DISAGREEMENT * len(both_clear), differ


ERRORS_READ_AGAIN_PATH = ROOT / "eval" / "function_errors_read_again.csv"
READINGS = frozenset({"label", "model", "either", "neither"})


@pytest.fixture(scope="module")
def errors_read_again() -> list[dict[str, str]]:
    return read_rows(ERRORS_READ_AGAIN_PATH)


def test_errors_read_again_are_clear_lines_the_model_got_wrong(rows, errors_read_again):
    assert header(ERRORS_READ_AGAIN_PATH) == ["name", "label", "model", "reader_1", "reader_2"]
    function_of = {fold(row["name"]): row["function"] for row in rows if row["ambiguous"] == "0"}
    assert len(errors_read_again) >= 150
    for row in errors_read_again:
        assert function_of.get(fold(row["name"])) == row["label"], row["name"]
        assert row["model"] in FUNCTIONS and row["model"] != row["label"], row["name"]
        assert {row["reader_1"], row["reader_2"]} <= READINGS, row["name"]


PROCESS_READ_AGAIN_PATH = ROOT / "eval" / "process_errors_read_again.csv"


def test_process_errors_read_again_are_clear_long_tail_disagreements(rows):
    assert header(PROCESS_READ_AGAIN_PATH) == ["name", "label", "model", "reader_1", "reader_2"]
    process_of = {fold(row["name"]): row["process"] for row in rows if row["ambiguous"] == "0"}
    read_again = read_rows(PROCESS_READ_AGAIN_PATH)
    assert len(read_again) >= 150
    for row in read_again:
        assert process_of.get(fold(row["name"])) == row["label"], row["name"]
        assert row["model"] in PROCESSES and row["model"] != row["label"], row["name"]
        assert LONG_TAIL in {row["label"], row["model"]}, row["name"]
        assert {row["reader_1"], row["reader_2"]} <= READINGS, row["name"]
