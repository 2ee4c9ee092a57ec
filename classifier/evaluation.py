"""evaluate_model: held-out and dev-set scores per head, review flag quality, and the model card."""

import csv
from collections import Counter
from pathlib import Path

import numpy as np

from classifier.card import write_model_card
from classifier.data import STYLES, load_company_rows, load_rows, task_line
from classifier.labels import HEADS, LONG_TAIL, VOCABULARIES
from classifier.metrics import binary_scores, head_scores, review_stats
from classifier.model import ModelError, TaskClassifier
from classifier.training import (
    TrainingConfig,
    cached_validation,
    company_data_path,
    data_fingerprint,
    score_rows,
)

# Column holding the line in each kind of evaluation file.
_TEXT_COLUMNS = ("text", "name", "task")
# Column naming the list each line came in: the page it was copied from, the O*NET occupation,
# the written company. A dev set with one is also scored read as lists, in file order.
LIST_COLUMNS = ("source", "occupation", "company")


def load_dev_rows(path: Path) -> list[dict]:
    """Rows of an evaluation file, with the line under "text" and clear lines only.

    Reads O*NET-style files (text), hand-labelled real lines (name, ambiguous: only the clear
    ones are kept; with a section, read under it as the service reads a task) and company task
    lists (task, with industry, offering and own_offering).
    """
    with Path(path).open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    if not rows:
        raise ModelError(f"{path}: no rows")
    column = next((c for c in _TEXT_COLUMNS if c in rows[0]), None)
    missing = [h for h in ("office", "process", "function") if h not in rows[0]]
    if column is None or missing:
        raise ModelError(f"{path}: expected a text column and office, process, function")
    rows = [row for row in rows if row.get("ambiguous", "0") != "1"]
    return [{**row, "text": task_line(row[column], section=row.get("section"))} for row in rows]


def _by_style(rows: list[dict], predicted: dict[str, np.ndarray], heads) -> dict:
    """Accuracy and macro-F1 per head for each writing style present."""
    out = {}
    for style in STYLES:
        idx = [i for i, row in enumerate(rows) if row.get("style") == style]
        if not idx:
            continue
        out[style] = {}
        for head in heads:
            labels = VOCABULARIES[head]
            truth = [rows[i][head] for i in idx]
            guess = [labels[predicted[head][i]] for i in idx]
            scores = head_scores(truth, guess, labels)
            out[style][head] = {k: scores[k] for k in ("n", "accuracy", "macro_f1")}
    return out


def list_column(rows: list[dict]) -> str | None:
    """The column naming each row's list, or None for a set of lines without lists."""
    return next((column for column in LIST_COLUMNS if column in rows[0]), None)


def _scored(clf: TaskClassifier, rows: list[dict], lists: str | None = None) -> dict:
    scores = score_rows(clf, rows, lists)
    # In HEADS order: a set's order changes from run to run, and so would the card's columns.
    heads = [head for head in HEADS if head in scores["heads"]]
    process = np.array(VOCABULARIES["process"])[scores["predicted"]["process"]]
    long_tail = binary_scores(
        np.array([row["process"] == LONG_TAIL for row in rows]), process == LONG_TAIL
    )
    return {
        "rows": len(rows),
        "heads": scores["heads"],
        "long_tail": long_tail,
        "by_style": _by_style(rows, scores["predicted"], heads),
        "review": review_stats(scores["flagged"], scores["any_error"]),
    }


def evaluate_model(
    clf: TaskClassifier,
    data_path: Path,
    dev_paths: dict[str, Path] | None = None,
    card_path: Path | None = None,
    *,
    held_out: bool = True,
) -> dict:
    """Score clf on held-out lines and companies (refit without them) and on each dev set.

    The held-out figures come from a model with clf's settings fitted on the training part of
    the same grouped splits train_model uses, so they are honest for a model refit on all rows.
    held_out=False leaves them out, and with them that refit.
    Dev sets (name -> CSV path) are text nobody here wrote; they are scored, never trained on.
    Writes the model card to card_path when given.
    """
    data_path = Path(data_path)
    rows = load_rows(data_path)
    company_rows = load_company_rows(company_data_path(data_path))
    data_sha = data_fingerprint(data_path)
    report = {
        "model_version": clf.version,
        "review_thresholds": clf.review_thresholds,
        "data": {
            "file": data_path.name,
            "sha256": data_sha,
            "rows": len(rows),
            "company_rows": len(company_rows),
            "companies": len({row["company"] for row in company_rows}),
            "matches_model": data_sha == clf.metadata.get("training_data", {}).get("sha256"),
            **{
                plural: dict(Counter(row[head] for row in rows))
                for head, plural in (
                    ("function", "functions"),
                    ("process", "processes"),
                    ("office", "offices"),
                    ("location", "locations"),
                )
            },
            "styles": dict(Counter(row.get("style", "") for row in rows)),
        },
        "dev": {},
        "dev_lists": {},
    }
    sections = {}
    if held_out:
        config = (
            TrainingConfig.from_dict(clf.metadata["config"])
            if "config" in clf.metadata
            else TrainingConfig()
        )
        validation = cached_validation(rows, company_rows, config, data_sha)
        report["holdout"] = {
            "train_rows": validation.train_rows,
            **_scored(validation.clf, validation.held_rows),
        }
        report["holdout_companies"] = _scored(validation.clf, validation.held_company_rows)
        sections = {"holdout": report["holdout"], "holdout_companies": report["holdout_companies"]}
    for name, path in (dev_paths or {}).items():
        dev_rows = load_dev_rows(path)
        report["dev"][name] = _scored(clf, dev_rows)
        # The same clear lines, each list read in order as the service reads a user's list
        # (only the clear lines of a page: the others have no label to score).
        if column := list_column(dev_rows):
            report["dev_lists"][name] = _scored(clf, dev_rows, column)
    # One-glance summary: dataset -> head -> accuracy (what `flask evaluate` prints).
    sections |= report["dev"]
    sections |= {f"{name} as lists": section for name, section in report["dev_lists"].items()}
    report["datasets"] = {
        name: {head: scores["accuracy"] for head, scores in section["heads"].items()}
        | {
            "long_tail_recall": section["long_tail"]["recall"],
            "flagged": section["review"]["flag_rate"],
            "errors_caught": section["review"]["errors_caught"],
        }
        for name, section in sections.items()
    }
    if card_path is not None:
        write_model_card(report, clf.metadata, Path(card_path))
    return report
