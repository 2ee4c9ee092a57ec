"""evaluate_model: held-out and O*NET scores per head and per style, and the model card."""

import csv
from collections import Counter
from pathlib import Path

import numpy as np

from classifier.card import write_model_card
from classifier.data import STYLES, file_sha256, load_rows
from classifier.labels import HEADS, VOCABULARIES
from classifier.metrics import head_scores, review_stats
from classifier.model import ModelError, TaskClassifier
from classifier.training import TrainingConfig, cached_validation, score_rows


def _by_style(rows: list[dict], predicted: dict[str, np.ndarray]) -> dict:
    """Accuracy and macro-F1 per head for each writing style present."""
    out = {}
    for style in STYLES:
        idx = [i for i, row in enumerate(rows) if row.get("style") == style]
        if not idx:
            continue
        out[style] = {}
        for head in HEADS:
            labels = VOCABULARIES[head]
            truth = [rows[i][head] for i in idx]
            guess = [labels[predicted[head][i]] for i in idx]
            scores = head_scores(truth, guess, labels)
            out[style][head] = {k: scores[k] for k in ("n", "accuracy", "macro_f1")}
    return out


def _load_onet(path: Path) -> list[dict]:
    with Path(path).open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    missing = [c for c in ("text", *HEADS) if rows and c not in rows[0]]
    if not rows or missing:
        raise ModelError(f"{path}: expected columns text, office, process, function")
    return rows


def _scored(clf: TaskClassifier, rows: list[dict], threshold: float) -> dict:
    scores = score_rows(clf, rows)
    return {
        "rows": len(rows),
        "heads": scores["heads"],
        "by_style": _by_style(rows, scores["predicted"]),
        "review": review_stats(scores["min_confidence"], scores["any_error"], threshold),
    }


def evaluate_model(
    clf: TaskClassifier,
    data_path: Path,
    onet_path: Path | None = None,
    card_path: Path | None = None,
) -> dict:
    """Score clf: held-out split of data_path (refit without it), and onet_path when given.

    The held-out figures come from a model with clf's settings fitted on the training part of
    the same grouped split train_model uses, so they are honest for a model refit on all rows.
    Writes the model card to card_path when given.
    """
    data_path = Path(data_path)
    rows = load_rows(data_path)
    config = (
        TrainingConfig.from_dict(clf.metadata["config"])
        if "config" in clf.metadata
        else (TrainingConfig())
    )
    threshold = clf.review_threshold
    data_sha = file_sha256(data_path)
    held_clf, held_rows, train_count = cached_validation(rows, config, data_sha)
    report = {
        "model_version": clf.version,
        "review_threshold": threshold,
        "data": {
            "file": data_path.name,
            "sha256": data_sha,
            "rows": len(rows),
            "matches_model": data_sha == clf.metadata.get("training_data", {}).get("sha256"),
            "functions": dict(Counter(row["function"] for row in rows)),
            "processes": dict(Counter(row["process"] for row in rows)),
            "offices": dict(Counter(row["office"] for row in rows)),
            "styles": dict(Counter(row.get("style", "") for row in rows)),
        },
        "holdout": {"train_rows": train_count, **_scored(held_clf, held_rows, threshold)},
        "onet": None,
    }
    if onet_path is not None:
        report["onet"] = _scored(clf, _load_onet(onet_path), threshold)
    # One-glance summary: dataset -> head -> accuracy and macro-F1 (what `flask evaluate` prints).
    report["datasets"] = {
        name: {
            head: {k: scores[k] for k in ("accuracy", "macro_f1", "n")}
            for head, scores in report[name]["heads"].items()
        }
        for name in ("holdout", "onet")
        if report[name] is not None
    }
    if card_path is not None:
        write_model_card(report, clf.metadata, Path(card_path))
    return report
