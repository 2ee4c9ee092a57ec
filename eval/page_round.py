"""Bring a new round of page lines in: filter the collectors' files, score the kept lines blind,
then append them to eval/page_lines.csv (eval/README.md says when and what else goes with it).

Run from the repository root, with ../shared beside it (the filter reads the shared sets):
    .venv/bin/python eval/page_round.py a.csv b.csv --kept kept.csv [--model-dir DIR]
    .venv/bin/python eval/page_round.py --append kept.csv
The first prints the round's row of the README's table and, with a model, its blind figures.
"""

import argparse
import base64
import binascii
import csv
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

ROOT = Path(__file__).resolve().parents[1]
# Run as a plain script from a checkout: make the repository root importable.
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from classifier import ModelError, load_model  # noqa: E402
from classifier.evaluation import list_column, load_dev_rows  # noqa: E402
from classifier.labels import LONG_TAIL, VOCABULARIES  # noqa: E402
from classifier.training import score_rows  # noqa: E402
from eval.languages import language  # noqa: E402
from tests.eval_sets import (  # noqa: E402
    PAGE_LINE_COLUMNS,
    PAGE_LINE_VOCABULARIES,
    PAGE_LINES_PER_SOURCE,
    fold,
    office_off_function,
    read_rows,
    shared_eval_texts,
    shared_with,
    training_texts,
)

PAGE_LINES = ROOT / "eval" / "page_lines.csv"
# The README table's columns for what a round lost, in the order a row is checked.
REMOVED = ("training data", "shared sets", "already in", "other")


class RoundError(ValueError):
    """A collected file the round cannot take as it is."""


def real_address(source: str) -> str:
    """The address a source names: a wrapper address that carries the real one base64-encoded in
    its "q" parameter (a search proxy) is read as the address it wraps."""
    address = source.strip()
    wrapped = parse_qs(urlsplit(address).query).get("q", [""])[0]
    try:
        inner = base64.urlsafe_b64decode(wrapped + "=" * (-len(wrapped) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError):
        return address
    return inner if inner.startswith(("http://", "https://")) else address


def page_key(source: str) -> str:
    """The page a source names, so that one page is one key however it was written: its real
    address without scheme, "www." or a trailing slash, in lower case."""
    address = real_address(source).lower().removeprefix("https://").removeprefix("http://")
    return address.removeprefix("www.").rstrip("/")


def check_labels(rows: list[dict], name: str) -> None:
    """Raise RoundError naming the first row with a missing column or a label off LABELING.md."""
    for number, row in enumerate(rows, start=2):
        missing = [column for column in PAGE_LINE_COLUMNS if not (row.get(column) or "").strip()]
        if missing:
            raise RoundError(f"{name} line {number}: no {', '.join(missing)}")
        for column, allowed in PAGE_LINE_VOCABULARIES:
            if row[column].strip() not in allowed:
                raise RoundError(f"{name} line {number}: {column} {row[column]!r} is not a label")
    pages = Counter(page_key(row["source"]) for row in rows)
    crowded = [page for page, count in pages.items() if count > PAGE_LINES_PER_SOURCE]
    if crowded:
        raise RoundError(f"{name}: more than {PAGE_LINES_PER_SOURCE} lines from {crowded[0]}")


def filter_round(
    files: list[list[dict]], existing: list[dict], training: list[str], shared: list[str]
) -> tuple[list[dict], Counter]:
    """The rows a round keeps, and how many it removed per column of the README's table.

    A row is already in when its page was used by an earlier round or an earlier file of this
    round (two collectors never share a page), or its line is already in; other when its office
    does not follow its function.
    """
    # One pass of shared_with each over every collected line builds each index once.
    names = [row["name"].strip() for rows in files for row in rows]
    in_training = set().union(*shared_with(names, training))
    in_shared = set().union(*shared_with(names, shared))
    used = {page_key(row["source"]) for row in existing}
    seen = {fold(row["name"]) for row in existing}
    kept: list[dict] = []
    removed: Counter = Counter({column: 0 for column in REMOVED})
    for rows in files:
        pages = set()
        for row in rows:
            row = {column: row[column].strip() for column in PAGE_LINE_COLUMNS}
            page = page_key(row["source"])
            if page in used or fold(row["name"]) in seen:
                removed["already in"] += 1
            elif row["name"] in in_training:
                removed["training data"] += 1
            elif row["name"] in in_shared:
                removed["shared sets"] += 1
            elif office_off_function([row], "name"):
                removed["other"] += 1
            else:
                seen.add(fold(row["name"]))
                kept.append({**row, "source": real_address(row["source"])})
            pages.add(page)
        used |= pages
    return kept, removed


def table_row(collected: int, kept: list[dict], removed: Counter) -> str:
    """The round's row of the README's table, its number and notes left for the writer."""
    clear = [row for row in kept if row["ambiguous"] == "0"]
    cells = [
        "N",
        collected,
        *(removed[column] for column in REMOVED),
        len(kept),
        len({page_key(row["source"]) for row in kept}),
        len(clear),
        sum(row["process"] == "long_tail" for row in clear),
        "",
    ]
    return "| " + " | ".join(str(cell) for cell in cells) + " |"


def write_rows(rows: list[dict], path: Path, append: bool = False) -> None:
    """Rows in page_lines.csv's columns, with the CRLF line ends Python's csv module writes."""
    with path.open("a" if append else "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=PAGE_LINE_COLUMNS)
        if not append:
            writer.writeheader()
        writer.writerows({column: row[column] for column in PAGE_LINE_COLUMNS} for row in rows)


def blind_figures(
    model_dir: Path, path: Path, collected: dict[str, list[dict]] | None = None
) -> list[str]:
    """The kept clear lines scored alone and as lists (each page's lines together), then each
    collector's share of them alone (`collected`: each collector's file by name, in order), then
    those in English and those in other languages (eval/languages.py)."""
    model, rows = load_model(model_dir), load_dev_rows(path)
    truth = np.array([row["process"] == LONG_TAIL for row in rows])
    lines = [f"{model.version}, {len(rows)} clear lines"]
    for reading, lists in (("alone", None), ("as lists", list_column(rows))):
        scores = score_rows(model, rows, lists)
        guess = np.array(VOCABULARIES["process"])[scores["predicted"]["process"]] == LONG_TAIL
        lines.append(
            f"{reading}: {_heads(scores)}; long-tail {int((guess & truth).sum())} of"
            f" {int(truth.sum())} found, {int(guess.sum())} read as long-tail; {_review(scores)}"
        )
    # A page one collector used is already in for the next, so each line is the first one's.
    owner: dict[str, str] = {}
    for name, collected_rows in (collected or {}).items():
        for row in collected_rows:
            owner.setdefault(page_key(row["source"]), name)
    groups = {
        name: [row for row in rows if owner.get(page_key(row["source"])) == name]
        for name in collected or {}
    }
    groups["in English"] = [row for row in rows if language(row["name"]) == "en"]
    groups["in other languages"] = [row for row in rows if language(row["name"]) != "en"]
    for name, group in groups.items():
        if group:
            scores = score_rows(model, group, None)
            lines.append(f"{name}: {len(group)} clear, alone {_heads(scores)}; {_review(scores)}")
    return lines


def _heads(scores: dict) -> str:
    return " / ".join(
        f"{scores['heads'][head]['accuracy']:.3f}" for head in ("office", "process", "function")
    )


def _review(scores: dict) -> str:
    flagged, wrong = scores["flagged"], scores["any_error"]
    caught = (flagged & wrong).sum() / max(wrong.sum(), 1)
    return f"{flagged.mean():.1%} flagged, {caught:.1%} of wrong lines caught"


def main() -> None:
    """Filter and score collected files, or append a kept file to page_lines.csv."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("collected", nargs="*", type=Path, help="collectors' files, in order")
    parser.add_argument("--kept", type=Path, help="where to write the rows the round keeps")
    parser.add_argument("--model-dir", type=Path, help="a saved model to score them with")
    parser.add_argument("--append", type=Path, help="a kept file to append to page_lines.csv")
    parser.add_argument(
        "--page-lines", type=Path, default=PAGE_LINES, help="the set (default: %(default)s)"
    )
    args = parser.parse_args()
    try:
        if args.append:
            rows = read_rows(args.append)
            check_labels(rows, str(args.append))
            present = {fold(row["name"]) for row in read_rows(args.page_lines)}
            again = [row["name"] for row in rows if fold(row["name"]) in present]
            if again:
                raise RoundError(f"{args.append}: already in {args.page_lines}: {again[0]!r}")
            write_rows(rows, args.page_lines, append=True)
            print(f"{len(rows)} rows appended to {args.page_lines}")
            return
        if not args.collected or not args.kept:
            parser.error("give the collected files and --kept, or --append")
        files = [read_rows(path) for path in args.collected]
        for path, rows in zip(args.collected, files, strict=True):
            check_labels(rows, str(path))
        kept, removed = filter_round(
            files, read_rows(args.page_lines), training_texts(), shared_eval_texts()
        )
    except (OSError, KeyError, RoundError) as error:
        sys.exit(f"page_round: {error}")
    write_rows(kept, args.kept)
    print(table_row(sum(len(rows) for rows in files), kept, removed))
    if args.model_dir and any(row["ambiguous"] == "0" for row in kept):
        try:
            by_collector = dict(zip(map(str, args.collected), files, strict=True))
            print("\n".join(blind_figures(args.model_dir, args.kept, by_collector)))
        except ModelError as error:
            sys.exit(f"page_round: {error}")


if __name__ == "__main__":
    main()
