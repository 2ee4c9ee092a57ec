"""eval/page_round.py: a new round of page lines is filtered by the rules eval/README.md gives,
counted as the README's table counts it, and appended in page_lines.csv's own form."""

import base64
import subprocess
import sys
from pathlib import Path

import pytest

from eval.languages import language
from eval.page_round import (
    REMOVED,
    RoundError,
    blind_figures,
    check_labels,
    filter_round,
    page_key,
    real_address,
    table_row,
    write_rows,
)
from tests.eval_sets import PAGE_LINE_COLUMNS, read_rows

ROOT = Path(__file__).resolve().parents[1]


def _row(name, source, office="back", process="support", function="admin", ambiguous="0"):
    return dict(
        zip(PAGE_LINE_COLUMNS, (name, office, process, function, ambiguous, source), strict=True)
    )


def _wrapped(address: str) -> str:
    """The address as a search proxy hands it out: base64 in the q parameter."""
    return (
        "https://proxy.invalid/index.php?q=" + base64.urlsafe_b64encode(address.encode()).decode()
    )


def _run(*arguments) -> subprocess.CompletedProcess:
    """The command as a developer runs it, from outside the repository's directory."""
    command = [sys.executable, str(ROOT / "eval" / "page_round.py"), *map(str, arguments)]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_one_page_is_one_key_however_its_address_is_written():
    key = page_key("https://www.Example.org/jobs/clerk/")
    assert key == page_key("http://example.org/jobs/clerk") == "example.org/jobs/clerk"
    assert page_key(_wrapped("https://example.org/jobs/clerk")) == key
    assert (
        real_address(_wrapped("https://example.org/jobs/clerk")) == "https://example.org/jobs/clerk"
    )
    # A q parameter that is not a wrapped address leaves the source as it is.
    assert (
        real_address("https://example.org/search?q=payroll")
        == "https://example.org/search?q=payroll"
    )
    assert page_key("owner/repo:docs/checklist.md") == "owner/repo:docs/checklist.md"


def test_a_round_keeps_only_new_lines_from_new_pages_and_counts_what_it_removed():
    existing = [_row("Scan and file the post", "https://used.example/page")]
    training = ["Reconcile the bank statements against the ledger every month"]
    shared = ["Prepare payroll records and compute wages from the timesheets"]
    first = [
        _row("Order toner for the office", "https://used.example/page/"),  # page used before
        _row("scan and FILE the post", "https://new.example/a"),  # line already in
        _row("We reconcile the bank statements against the ledger weekly", "https://new.example/b"),
        _row("Prepare payroll records and compute wages for staff", "https://new.example/c"),
        _row("Answer the phones", "https://new.example/d"),  # customer service under back office
        _row("Book meeting rooms for visitors", _wrapped("https://new.example/e")),
    ]
    first[4]["function"] = "customer_service"
    second = [
        _row("Order stationery for the front desk", "https://new.example/e"),  # first file's page
        _row("Book meeting rooms for visitors", "https://other.example/f"),  # kept by the first
        _row("Renew the parking permits", "https://other.example/f"),
    ]
    kept, removed = filter_round([first, second], existing, training, shared)
    assert [row["name"] for row in kept] == [
        "Book meeting rooms for visitors",
        "Renew the parking permits",
    ]
    # The wrapped address is stored as the page it wraps.
    assert kept[0]["source"] == "https://new.example/e"
    assert dict(removed) == {"already in": 4, "training data": 1, "shared sets": 1, "other": 1}
    assert list(removed) == list(REMOVED)
    assert table_row(9, kept, removed) == "| N | 9 | 1 | 1 | 4 | 1 | 2 | 2 | 2 | 0 |  |"


def test_the_blind_figures_give_each_collector_its_own_clear_lines(small_model_dir, tmp_path):
    first = [
        _row(
            "Chase unpaid invoices every Friday",
            "https://a.example/1",
            function="finance_accounting",
        ),
        _row("Reconcile the bank account", "https://a.example/1", function="finance_accounting"),
        _row("Reset passwords for staff", "https://a.example/2", function="it"),
    ]
    second = [
        _row("Besprechungsräume für die Besucher buchen", "https://b.example/1"),
        _row("Order stationery", "https://b.example/1", function="procurement", ambiguous="1"),
    ]
    kept, _ = filter_round([first, second], [], [], [])
    path = tmp_path / "kept.csv"
    write_rows(kept, path)
    lines = blind_figures(small_model_dir, path, {"a.csv": first, "b.csv": second})
    assert lines[0].endswith(", 4 clear lines")
    assert [line.split(",")[0] for line in lines[3:]] == [
        "a.csv: 3 clear",
        "b.csv: 1 clear",
        "in English: 3 clear",
        "in other languages: 1 clear",
    ]
    assert all(" / " in line and "flagged" in line for line in lines[1:])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Reconcile the bank statements every month", "en"),
        ("chase unpaid invoices", "en"),  # none of the common words: plain ASCII reads as English
        ("Rechnungen prüfen und an die Buchhaltung weitergeben", "de"),
        ("Préparer les factures pour le comptable", "fr"),
        ("Facturen controleren en doorsturen naar de boekhouding", "nl"),
        ("Preparar las facturas para el asesor", "es"),
        ("Fakturor attesteras av chefen och skickas till ekonomi", "sv"),
        ("請求書を確認する", "?"),
    ],
)
def test_a_line_s_language_is_the_one_whose_common_words_it_uses_most(line, expected):
    assert language(line) == expected


def test_a_collected_file_with_a_wrong_label_or_a_crowded_page_is_refused_by_line():
    rows = [
        _row("Do the books", "https://a.example/x"),
        _row("Chase invoices", "https://a.example/y"),
    ]
    rows[1]["process"] = "suport"
    with pytest.raises(RoundError, match=r"b.csv line 3: process 'suport' is not a label"):
        check_labels(rows, "b.csv")
    rows[1]["process"], rows[1]["source"] = "support", " "
    with pytest.raises(RoundError, match=r"b.csv line 3: no source"):
        check_labels(rows, "b.csv")
    crowded = [_row(f"Task {i}", "https://a.example/x") for i in range(7)]
    with pytest.raises(RoundError, match="more than 6 lines from a.example/x"):
        check_labels(crowded, "a.csv")


def test_appended_rows_keep_the_file_s_columns_and_crlf_line_ends(tmp_path):
    path = tmp_path / "page_lines.csv"
    write_rows([_row("Do the books", "https://a.example/x")], path)
    write_rows([_row('Chase "late" invoices, weekly', "https://b.example/y")], path, append=True)
    assert path.read_bytes().count(b"\r\n") == 3
    rows = read_rows(path)
    assert [row["name"] for row in rows] == ["Do the books", 'Chase "late" invoices, weekly']
    assert list(rows[0]) == PAGE_LINE_COLUMNS


def test_the_command_names_the_bad_line_and_writes_nothing(tmp_path):
    collected = tmp_path / "a.csv"
    rows = [_row("Do the books", "https://a.example/x")]
    rows[0]["function"] = "bookkeeping"
    write_rows(rows, collected)
    kept = tmp_path / "kept.csv"
    done = _run(collected, "--kept", kept)
    assert done.returncode == 1
    assert "a.csv line 2: function 'bookkeeping' is not a label" in done.stderr
    assert "Traceback" not in done.stderr
    assert not kept.exists()


def test_the_command_appends_a_kept_file_once(tmp_path):
    page_lines = tmp_path / "page_lines.csv"
    write_rows([_row("Do the books", "https://a.example/x")], page_lines)
    kept = tmp_path / "kept.csv"
    write_rows([_row("Renew the parking permits", "https://b.example/y")], kept)
    assert _run("--append", kept, "--page-lines", page_lines).returncode == 0
    before = page_lines.read_bytes()
    again = _run("--append", kept, "--page-lines", page_lines)
    assert again.returncode == 1
    assert "already in" in again.stderr and "Renew the parking permits" in again.stderr
    assert page_lines.read_bytes() == before
    assert [row["name"] for row in read_rows(page_lines)] == [
        "Do the books",
        "Renew the parking permits",
    ]
