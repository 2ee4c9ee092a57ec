"""The own-work estimators' view of each training line: read by a model that never saw it."""

from dataclasses import replace

import numpy as np

from classifier.data import load_rows
from classifier.features import FeatureSpace
from classifier.labels import FUNCTIONS
from classifier.model import function_order, function_probabilities
from classifier.normalise import normalise_texts
from classifier.training import TrainingConfig, fit_function_estimator, out_of_fold_readings

PAYROLL = FUNCTIONS.index("payroll")


def _pool(small_training_data):
    """The small slice's lines plus one written company whose lines alone use a made-up word."""
    rows = load_rows(small_training_data)
    company = [
        {"text": f"zorblat the {thing}", "function": "payroll", "company": "zorblat_co"}
        for thing in ("ledgers", "weekly sheets", "monthly batch", "staff file", "end of year")
    ]
    pool = rows + company
    texts = normalise_texts([row["text"] for row in pool])
    features = FeatureSpace(TrainingConfig().features)
    return pool, texts, features.fit_transform(texts)


def test_a_written_company_is_read_by_folds_without_it(small_training_data):
    pool, texts, matrix = _pool(small_training_data)
    config = replace(TrainingConfig(), stacking_folds=3)
    readings = out_of_fold_readings(texts, matrix, pool, config, np.ones(len(pool)))
    assert set(readings) == set(texts)
    assert all(np.isclose(p.sum(), 1.0) for p in readings.values())

    labels = [row["function"] for row in pool]
    in_sample = fit_function_estimator(matrix, labels, np.ones(len(pool)), config)
    seen = function_probabilities(in_sample, function_order(in_sample), matrix)
    zorblat = [i for i, row in enumerate(pool) if row.get("company") == "zorblat_co"]
    # Fitted on its own lines, the estimator learns the made-up word means payroll; the folds
    # keep the company together, so the reading the own-work estimator learns from has not.
    assert all(seen[i, PAYROLL] > 0.9 for i in zorblat)
    assert all(readings[texts[i]][PAYROLL] < 0.5 for i in zorblat)


def test_no_folds_means_no_out_of_fold_readings(small_training_data):
    pool, texts, matrix = _pool(small_training_data)
    config = replace(TrainingConfig(), stacking_folds=0)
    assert out_of_fold_readings(texts, matrix, pool, config, np.ones(len(pool))) == {}
