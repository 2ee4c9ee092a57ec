"""The function estimator: the regression and complement naive Bayes as one linear model."""

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


@pytest.mark.parametrize("weight", [0.5, 1.0])
def test_it_reads_a_line_as_the_product_of_regression_and_naive_bayes(lines, regression, weight):
    matrix, labels, weights = lines
    config = replace(TrainingConfig(), nb_weight=weight)
    combined = fit_function_estimator(matrix, labels, weights, config)
    bayes = ComplementNB(alpha=config.nb_alpha).fit(matrix, labels, sample_weight=weights)
    expected = softmax(
        regression.decision_function(matrix) + weight * bayes.predict_joint_log_proba(matrix),
        axis=1,
    )
    assert np.allclose(combined.predict_proba(matrix), expected, atol=1e-9)


def test_naive_bayes_adds_to_no_column_over_all_functions(lines, regression):
    # So a column's weight for one function is evidence against the others, as the
    # explanations show it, and no column favours every function at once.
    combined = fit_function_estimator(*lines, TrainingConfig())
    added = combined.coef_ - regression.coef_
    assert np.abs(added).max() > 0.1
    assert np.abs(added.sum(axis=0)).max() < 1e-9


def test_without_naive_bayes_it_is_the_regression(lines, regression):
    plain = fit_function_estimator(*lines, replace(TrainingConfig(), nb_weight=0.0))
    assert np.array_equal(plain.coef_, regression.coef_)


def test_a_saved_model_multiplies_by_its_weights_without_copying_them(small_model):
    # _scores computes matrix @ coef_.T; scipy copies a transposed operand that is not
    # contiguous, all 14 x ~250k weights of the function estimator for every request.
    for name, estimator in small_model.estimators.items():
        assert estimator.coef_.T.flags["C_CONTIGUOUS"], name
