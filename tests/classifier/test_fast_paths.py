"""The direct computations behind a fast one-line request equal scikit-learn's own calls."""

import numpy as np
from reference_explain import long_tail_reading

from classifier import CompanyContext
from classifier.features import _tfidf
from classifier.model import ESTIMATORS, own_inputs
from classifier.normalise import normalise_texts

TEXTS = normalise_texts(
    [
        "Reconcile the bank statements every month",
        "pick, pack and ship online orders",
        "",
        "approve one-off refunds (CEO sign-off) as requests come in by email",
        "xyzzy plugh",
    ]
)
DENTAL = CompanyContext("dental practice", "checkups, cleanings and fillings")


def test_tfidf_and_column_selection_equal_the_fitted_transformers(small_model):
    features = small_model.features
    words, chars, found = features._counts(TEXTS)
    weight = features.config.concept_weight
    blocks = (
        (words, "word_tfidf", 1.0),
        (chars, "char_tfidf", 1.0),
        (found, "concept_tfidf", weight),
    )
    for counts, part, scale in blocks:
        expected = scale * features.parts[part].transform(counts).toarray()
        np.testing.assert_allclose(
            _tfidf(features.parts[part], counts, scale).toarray(), expected, atol=1e-12
        )
    assert found.nnz > 0
    matrix, weighted = features.transform_both(TEXTS)
    expected = features.parts["active"].transform(weighted).toarray()
    np.testing.assert_array_equal(matrix.toarray(), expected)


def test_probabilities_equal_predict_proba(small_model):
    matrix, weighted = small_model.features.transform_both(TEXTS)
    out = small_model._outputs(TEXTS, DENTAL)
    lines = (matrix, weighted, TEXTS)
    pairs = own_inputs(
        small_model.features, lines, out["p_function"], DENTAL, small_model._read_functions
    )
    function = small_model.estimators["function"].predict_proba(matrix)
    np.testing.assert_allclose(
        out["p_function"], function[:, small_model._function_order], atol=1e-12
    )
    expected = {
        "p_long_tail": np.array([long_tail_reading(small_model, row)[0] for row in matrix]),
        "p_on_site": small_model.estimators["location"].predict_proba(matrix)[:, 1],
        "p_own": small_model.estimators["own_offering"].predict_proba(pairs)[:, 1],
        "p_front": small_model.estimators["own_front"].predict_proba(pairs)[:, 1],
        "p_own_on_site": small_model.estimators["own_on_site"].predict_proba(pairs)[:, 1],
    }
    # and the function estimator above; p_long_tail reads long_tail and long_tail_by_function.
    assert len(expected) + 2 == len(ESTIMATORS)
    for key, values in expected.items():
        np.testing.assert_allclose(out[key], values, atol=1e-12)
