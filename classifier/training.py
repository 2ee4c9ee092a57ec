"""Training: fit the shared features and three heads, score a held-out split, pick the threshold."""

import json
import platform
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import scipy
import sklearn
import skops
from sklearn.linear_model import LogisticRegression

from classifier.data import file_sha256, holdout_split, load_rows
from classifier.features import FeatureConfig, FeatureSpace
from classifier.labels import HEADS, LONG_TAIL, VOCABULARIES
from classifier.metrics import (
    choose_review_threshold,
    expected_calibration_error,
    head_scores,
    review_stats,
)
from classifier.model import TaskClassifier
from classifier.normalise import normalise_texts

MODEL_FORMAT = "tc1"


@dataclass(frozen=True)
class TrainingConfig:
    """Hyperparameters chosen by grouped cross-validation (see classifier/tuning.py)."""

    features: FeatureConfig = field(default_factory=FeatureConfig)
    # Inverse L2 regularisation of the function and long-tail estimators.
    c_function: float = 100.0
    c_long_tail: float = 30.0
    holdout_fraction: float = 0.2
    seed: int = 0

    def to_dict(self) -> dict:
        """JSON-friendly form for metadata."""
        out = asdict(self)
        out["features"] = self.features.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: dict) -> "TrainingConfig":
        """Rebuild a config stored in metadata."""
        features = FeatureConfig(
            **{k: tuple(v) if isinstance(v, list) else v for k, v in data["features"].items()}
        )
        return cls(**{**data, "features": features})


def _logistic(c: float) -> LogisticRegression:
    # newton-cg converges in a handful of exact steps on this problem (lbfgs took 10x longer)
    # and involves no randomness, so the same data gives the same model.
    return LogisticRegression(C=c, solver="newton-cg", max_iter=200, tol=1e-4)


def fit_classifier(rows: list[dict], config: TrainingConfig, metadata: dict) -> TaskClassifier:
    """Fit the shared feature transform once, then the function and long-tail estimators."""
    texts = normalise_texts([row["text"] for row in rows])
    features = FeatureSpace(config.features)
    matrix = features.fit_transform(texts)
    functions = [row["function"] for row in rows]
    is_long_tail = [row["process"] == LONG_TAIL for row in rows]
    estimators = {
        "function": _logistic(config.c_function).fit(matrix, functions),
        "long_tail": _logistic(config.c_long_tail).fit(matrix, is_long_tail),
    }
    return TaskClassifier(features, estimators, metadata)


def score_rows(clf: TaskClassifier, rows: list[dict]) -> dict:
    """Per-head scores, calibration and per-line confidences of clf on labelled rows."""
    probabilities = clf.predict_proba([row["text"] for row in rows])
    result, confidences = {}, []
    errors = np.zeros(len(rows), dtype=bool)
    for head in HEADS:
        labels = np.array(VOCABULARIES[head])
        predicted = labels[probabilities[head].argmax(axis=1)]
        truth = np.array([row[head] for row in rows])
        confidence = probabilities[head].max(axis=1)
        correct = predicted == truth
        scores = head_scores(truth.tolist(), predicted.tolist(), VOCABULARIES[head])
        scores["ece"], scores["reliability"] = expected_calibration_error(confidence, correct)
        result[head] = scores
        confidences.append(confidence)
        errors |= ~correct
    return {
        "heads": result,
        "predicted": {h: probabilities[h].argmax(axis=1) for h in HEADS},
        "min_confidence": np.min(confidences, axis=0),
        "any_error": errors,
    }


# The held-out validation of the last trained (data, settings), so evaluate_model in the same
# process reuses it instead of refitting. It is a memo of a deterministic computation: keyed by
# the data file's sha256 and the settings, holding one entry to bound memory.
_LAST_VALIDATION: dict[tuple[str, str], tuple[TaskClassifier, list[dict], int]] = {}


def _validation_key(data_sha: str, config: TrainingConfig) -> tuple[str, str]:
    return data_sha, json.dumps(config.to_dict(), sort_keys=True)


def validate(rows: list[dict], config: TrainingConfig) -> tuple[TaskClassifier, list[dict], int]:
    """Fit on the training part of the grouped split; return that model and the held-out rows."""
    train_idx, held_idx = holdout_split(rows, config.holdout_fraction, config.seed)
    clf = fit_classifier([rows[i] for i in train_idx], config, {})
    return clf, [rows[i] for i in held_idx], len(train_idx)


def cached_validation(
    rows: list[dict], config: TrainingConfig, data_sha: str
) -> tuple[TaskClassifier, list[dict], int]:
    """validate(), reusing the result train_model just computed for the same data and settings."""
    key = _validation_key(data_sha, config)
    if key not in _LAST_VALIDATION:
        _LAST_VALIDATION.clear()
        _LAST_VALIDATION[key] = validate(rows, config)
    return _LAST_VALIDATION[key]


def train_model(data_path: Path, config: TrainingConfig | None = None) -> TaskClassifier:
    """Train on the CSV: validate on a held-out split, then refit on all rows (deterministic)."""
    config = config or TrainingConfig()
    started = time.perf_counter()
    data_path = Path(data_path)
    rows = load_rows(data_path)
    data_sha = file_sha256(data_path)

    # Always recomputed here (never read from the memo), so retraining re-checks determinism.
    held_clf, held_rows, train_count = validate(rows, config)
    _LAST_VALIDATION.clear()
    _LAST_VALIDATION[_validation_key(data_sha, config)] = (held_clf, held_rows, train_count)
    held_out = score_rows(held_clf, held_rows)
    threshold = choose_review_threshold(held_out["min_confidence"], held_out["any_error"])
    review = review_stats(held_out["min_confidence"], held_out["any_error"], threshold)

    metadata = {
        "version": f"{MODEL_FORMAT}-{data_sha[:12]}",
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "model_format": MODEL_FORMAT,
        "libraries": {
            "python": platform.python_version(),
            "scikit-learn": sklearn.__version__,
            "numpy": np.__version__,
            "scipy": scipy.__version__,
            "skops": skops.__version__,
        },
        "training_data": {"file": data_path.name, "sha256": data_sha, "rows": len(rows)},
        "config": config.to_dict(),
        "metrics": {
            "holdout": {
                "train_rows": train_count,
                "held_out_rows": len(held_rows),
                "heads": {
                    head: {k: v for k, v in scores.items() if k in ("accuracy", "macro_f1", "ece")}
                    for head, scores in held_out["heads"].items()
                },
                "review": review,
            }
        },
        "review_threshold": threshold,
    }
    clf = fit_classifier(rows, config, metadata)
    metadata["train_seconds"] = round(time.perf_counter() - started, 2)
    return clf
