"""Grouped cross-validation of candidate settings: `python -m classifier.tuning [onet.csv]`.

Reproduces how TrainingConfig's defaults were chosen: near-duplicate groups never straddle
folds, and each candidate is scored by macro-F1 and calibration error per head. With an O*NET
path it also shows transfer to real task statements (used as a check, never for fitting).
"""

import csv
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from classifier.data import load_rows, near_duplicate_groups
from classifier.features import FeatureConfig, FeatureSpace
from classifier.labels import HEADS, VOCABULARIES
from classifier.metrics import expected_calibration_error, head_scores
from classifier.normalise import normalise_texts
from classifier.training import TrainingConfig, fit_classifier, score_rows

FOLDS = 4
DATA_PATH = Path(__file__).resolve().parent.parent / "training_data" / "tasks.csv"
BASE = TrainingConfig()
CANDIDATES = {
    "default": BASE,
    "C_function=30": replace(BASE, c_function=30.0),
    "C_function=300": replace(BASE, c_function=300.0),
    "C_long_tail=3": replace(BASE, c_long_tail=3.0),
    "C_long_tail=30": replace(BASE, c_long_tail=30.0),
    "char 3-4": replace(BASE, features=FeatureConfig(char_ngrams=(3, 4))),
    "char 2-5": replace(BASE, features=FeatureConfig(char_ngrams=(2, 5))),
}


def _fit_independent(rows: list[dict], config: TrainingConfig) -> dict:
    """The alternative design: one logistic regression per head on the same features."""
    features = FeatureSpace(config.features)
    matrix = features.fit_transform(normalise_texts([row["text"] for row in rows]))
    heads = {}
    for head in HEADS:
        estimator = LogisticRegression(C=config.c_function, solver="newton-cg", max_iter=200)
        heads[head] = estimator.fit(matrix, [row[head] for row in rows])
    return {"features": features, "heads": heads}


def _score_independent(model: dict, rows: list[dict]) -> dict:
    matrix = model["features"].transform(normalise_texts([row["text"] for row in rows]))
    out = {}
    for head in HEADS:
        estimator = model["heads"][head]
        proba = estimator.predict_proba(matrix)
        predicted = estimator.classes_[proba.argmax(axis=1)]
        truth = np.array([row[head] for row in rows])
        ece, _ = expected_calibration_error(proba.max(axis=1), predicted == truth)
        scores = head_scores(truth.tolist(), predicted.tolist(), VOCABULARIES[head])
        out[head] = {"macro_f1": scores["macro_f1"], "accuracy": scores["accuracy"], "ece": ece}
    return out


def grouped_cv(rows: list[dict], config: TrainingConfig, independent: bool = False) -> dict:
    """Mean (macro-F1, ECE) per head over grouped folds."""
    groups = near_duplicate_groups([row["text"] for row in rows])
    totals: dict[str, list[tuple[float, float]]] = {head: [] for head in HEADS}
    for train_idx, test_idx in GroupKFold(n_splits=FOLDS).split(rows, groups=groups):
        train, test = [rows[i] for i in train_idx], [rows[i] for i in test_idx]
        if independent:
            scores = _score_independent(_fit_independent(train, config), test)
        else:
            scores = score_rows(fit_classifier(train, config, {}), test)["heads"]
        for head in HEADS:
            totals[head].append((scores[head]["macro_f1"], scores[head]["ece"]))
    return {
        head: tuple(float(x) for x in np.mean(v, axis=0).round(3)) for head, v in totals.items()
    }


def onet_scores(rows: list[dict], config: TrainingConfig, onet: list[dict], independent=False):
    """(accuracy, ECE) per head on O*NET of a model fitted on all training rows."""
    if independent:
        scores = _score_independent(_fit_independent(rows, config), onet)
    else:
        scores = score_rows(fit_classifier(rows, config, {}), onet)["heads"]
    return {head: (scores[head]["accuracy"], scores[head]["ece"]) for head in HEADS}


def main(argv: list[str]) -> None:
    """Print one line per candidate: grouped-CV (macro-F1, ECE) and optional O*NET figures."""
    rows = load_rows(DATA_PATH)
    onet = None
    if argv:
        with Path(argv[0]).open(newline="", encoding="utf-8") as handle:
            onet = list(csv.DictReader(handle))
    runs = [(name, config, False) for name, config in CANDIDATES.items()]
    runs.append(("independent heads", BASE, True))
    for name, config, independent in runs:
        started = time.perf_counter()
        line = f"{name:18s} cv {grouped_cv(rows, config, independent)}"
        if onet:
            line += f" onet {onet_scores(rows, config, onet, independent)}"
        print(f"{line} ({time.perf_counter() - started:.0f}s)", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
