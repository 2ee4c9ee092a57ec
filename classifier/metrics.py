"""Scores for one head and for yes/no answers, calibration error, and review flag quality."""

import numpy as np
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score


def head_scores(truth: list[str], predicted: list[str], labels: tuple[str, ...]) -> dict:
    """Accuracy, macro-F1 over labels present in truth or predictions, and the confusion."""
    present = [label for label in labels if label in set(truth) | set(predicted)]
    return {
        "n": len(truth),
        "accuracy": round(float(accuracy_score(truth, predicted)), 4),
        "macro_f1": round(float(f1_score(truth, predicted, labels=present, average="macro")), 4),
        "confusion": {
            "labels": present,
            "matrix": confusion_matrix(truth, predicted, labels=present).tolist(),
        },
    }


def expected_calibration_error(confidence: np.ndarray, correct: np.ndarray, bins: int = 10):
    """ECE and the reliability table (mean confidence vs accuracy per confidence bin)."""
    edges = np.linspace(0.0, 1.0, bins + 1)
    table, ece = [], 0.0
    for low, high in zip(edges[:-1], edges[1:], strict=True):
        mask = (confidence > low) & (confidence <= high)
        if not mask.any():
            continue
        mean_conf, accuracy = float(confidence[mask].mean()), float(correct[mask].mean())
        ece += mask.mean() * abs(mean_conf - accuracy)
        table.append(
            {
                "bin": f"{low:.1f}-{high:.1f}",
                "n": int(mask.sum()),
                "confidence": round(mean_conf, 3),
                "accuracy": round(accuracy, 3),
            }
        )
    return round(float(ece), 4), table


def review_stats(flagged: np.ndarray, any_error: np.ndarray) -> dict:
    """How many lines the review flag marks and how many of the wrong ones it catches."""
    errors = int(any_error.sum())
    return {
        "flag_rate": round(float(flagged.mean()), 4),
        "errors_caught": round(float((flagged & any_error).sum() / errors), 4) if errors else 1.0,
        "error_rate_unflagged": round(float(any_error[~flagged].mean()), 4)
        if (~flagged).any()
        else 0.0,
    }


def binary_scores(truth: np.ndarray, guess: np.ndarray) -> dict:
    """Accuracy, precision, recall and F1 of a yes/no answer."""
    truth, guess = np.asarray(truth, bool), np.asarray(guess, bool)
    hits = int((truth & guess).sum())
    precision = hits / int(guess.sum()) if guess.any() else 0.0
    recall = hits / int(truth.sum()) if truth.any() else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "n": int(len(truth)),
        "accuracy": round(float((truth == guess).mean()), 4),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }
