"""Compare candidate settings: `python -m classifier.tuning [DEV.csv ...]`.

Reproduces how TrainingConfig's defaults were chosen. Each candidate is scored by grouped
cross-validation on the training data (near-duplicate groups and whole companies never
straddle folds) and, for every dev file given (text nobody here wrote, or company lists kept
out of training), by the accuracy per head and the review flag of a model fitted on all the
training data. Dev files are scored only, never trained on.
"""

import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.model_selection import GroupKFold

from classifier.data import load_company_rows, load_rows, near_duplicate_groups
from classifier.evaluation import load_dev_rows
from classifier.features import FeatureConfig
from classifier.training import (
    TrainingConfig,
    company_data_path,
    fit_classifier,
    score_rows,
)

FOLDS = 4
DATA_PATH = Path(__file__).resolve().parent.parent / "training_data" / "tasks.csv"
BASE = TrainingConfig()
CANDIDATES = {
    "default": BASE,
    "C_function=30": replace(BASE, c_function=30.0),
    "C_function=300": replace(BASE, c_function=300.0),
    "nb_weight=0": replace(BASE, nb_weight=0.0),
    "nb_weight=0.5": replace(BASE, nb_weight=0.5),
    "function_temperature=1": replace(BASE, function_temperature=1.0),
    "function_temperature=2": replace(BASE, function_temperature=2.0),
    "C_long_tail=10": replace(BASE, c_long_tail=10.0),
    "C_own=3": replace(BASE, c_own=3.0),
    "C_own=30": replace(BASE, c_own=30.0),
    "mismatches=2": replace(BASE, mismatches=2),
    "generic_negatives=250": replace(BASE, generic_negatives=250),
    "generic_negatives=1000": replace(BASE, generic_negatives=1000),
    "long_tail_weight=1": replace(BASE, long_tail_weight=1.0),
    "company_line_weight=1": replace(BASE, company_line_weight=1.0),
    "stacking_folds=0": replace(BASE, stacking_folds=0),
    "char 3-4": replace(BASE, features=FeatureConfig(char_ngrams=(3, 4))),
}


def grouped_cv(rows: list[dict], company_rows: list[dict], config: TrainingConfig) -> dict:
    """Mean accuracy per head over grouped folds of lines and of companies."""
    line_groups = near_duplicate_groups([row["text"] for row in rows])
    companies = sorted({row["company"] for row in company_rows})
    company_fold = {c: i % FOLDS for i, c in enumerate(companies)}
    folds = GroupKFold(n_splits=FOLDS).split(rows, groups=line_groups)
    totals: dict[str, list[float]] = {}
    for k, (train_idx, test_idx) in enumerate(folds):
        train_companies = [r for r in company_rows if company_fold[r["company"]] != k]
        test_companies = [r for r in company_rows if company_fold[r["company"]] == k]
        clf = fit_classifier([rows[i] for i in train_idx], train_companies, config, {})
        for name, test in (("lines", [rows[i] for i in test_idx]), ("companies", test_companies)):
            for head, scores in score_rows(clf, test)["heads"].items():
                totals.setdefault(f"{name}.{head}", []).append(scores["accuracy"])
    return {key: round(float(np.mean(values)), 3) for key, values in totals.items()}


def dev_scores(clf, dev: dict[str, list[dict]]) -> dict:
    """Accuracy per head, and share flagged / share of wrong lines flagged, per dev set."""
    out = {}
    for name, rows in dev.items():
        scored = score_rows(clf, rows)
        flagged = scored["flagged"]
        wrong = scored["any_error"]
        figures = {head: s["accuracy"] for head, s in scored["heads"].items()}
        figures["flagged"] = round(float(flagged.mean()), 3)
        figures["caught"] = round(float(flagged[wrong].mean()), 3) if wrong.any() else 1.0
        out[name] = figures
    return out


def main(argv: list[str]) -> None:
    """Print one line per candidate: grouped-CV accuracy and dev-set figures."""
    rows = load_rows(DATA_PATH)
    company_rows = load_company_rows(company_data_path(DATA_PATH))
    dev = {Path(path).stem: load_dev_rows(Path(path)) for path in argv}
    for name, config in CANDIDATES.items():
        started = time.perf_counter()
        line = f"{name:16s} cv {grouped_cv(rows, company_rows, config)}"
        if dev:
            clf = fit_classifier(rows, company_rows, config, {})
            line += f" dev {dev_scores(clf, dev)}"
        print(f"{line} ({time.perf_counter() - started:.0f}s)", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
