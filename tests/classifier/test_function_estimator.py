"""The function estimator: the regression and complement naive Bayes as one linear model,
divided by a temperature."""

from dataclasses import replace

import numpy as np
import pytest
from scipy.special import softmax
from sklearn.naive_bayes import ComplementNB

from classifier.data import load_rows
from classifier.features import FeatureSpace
from classifier.normalise import normalise_texts
from classifier.training import TrainingConfig, _logistic, fit_function_estimator


@pytest.fixture(scope="module")
def lines(small_training_data):
    """The small slice's lines as a feature matrix, their functions and unit weights."""
    rows = load_rows(small_training_data)
    matrix = FeatureSpace(TrainingConfig().features).fit_transform(
        normalise_texts([row["text"] for row in rows])
    )
    return matrix, [row["function"] for row in rows], np.ones(len(rows))


@pytest.fixture(scope="module")
def regression(lines):
    """The plain logistic regression over the same lines, fitted once for the comparisons."""
    matrix, labels, weights = lines
    return _logistic(TrainingConfig().c_function).fit(matrix, labels, sample_weight=weights)


def _config(**settings) -> TrainingConfig:
    return replace(TrainingConfig(), **settings)


@pytest.mark.parametrize(("weight", "temperature"), [(0.5, 1.0), (1.0, 1.0), (1.0, 1.5)])
def test_it_reads_a_line_as_the_product_of_regression_and_naive_bayes(
    lines, regression, weight, temperature
):
    matrix, labels, weights = lines
    config = _config(nb_weight=weight, function_temperature=temperature)
    combined = fit_function_estimator(matrix, labels, weights, config)
    bayes = ComplementNB(alpha=config.nb_alpha).fit(matrix, labels, sample_weight=weights)
    scores = regression.decision_function(matrix) + weight * bayes.predict_joint_log_proba(matrix)
    expected = softmax(scores / temperature, axis=1)
    assert np.allclose(combined.predict_proba(matrix), expected, atol=1e-9)


def test_naive_bayes_adds_to_no_column_over_all_functions(lines, regression):
    # So a column's weight for one function is evidence against the others, as the
    # explanations show it, and no column favours every function at once.
    combined = fit_function_estimator(*lines, _config(function_temperature=1.0))
    added = combined.coef_ - regression.coef_
    assert np.abs(added).max() > 0.1
    assert np.abs(added.sum(axis=0)).max() < 1e-9


def test_without_naive_bayes_or_temperature_it_is_the_regression(lines, regression):
    plain = fit_function_estimator(*lines, _config(nb_weight=0.0, function_temperature=1.0))
    assert np.array_equal(plain.coef_, regression.coef_)
    assert np.array_equal(plain.intercept_, regression.intercept_)


def test_the_temperature_lowers_confidence_without_changing_any_line_s_function(lines):
    matrix = lines[0]
    sure = fit_function_estimator(*lines, _config(function_temperature=1.0))
    tempered = fit_function_estimator(*lines, _config(function_temperature=1.5))
    before, after = sure.predict_proba(matrix), tempered.predict_proba(matrix)
    assert np.array_equal(before.argmax(axis=1), after.argmax(axis=1))
    assert (after.max(axis=1) <= before.max(axis=1) + 1e-12).all()
    # Not a no-op: lines the plain estimator is sure of come down noticeably.
    assert (before.max(axis=1) - after.max(axis=1)).max() > 0.05


def test_a_saved_model_multiplies_by_its_weights_without_copying_them(small_model):
    # _scores computes matrix @ coef_.T; scipy copies a transposed operand that is not
    # contiguous, all 14 x ~250k weights of the function estimator for every request.
    for name, estimator in small_model.estimators.items():
        assert estimator.coef_.T.flags["C_CONTIGUOUS"], name
