"""The loaded classifier: one shared feature transform, two estimators, three calibrated heads."""

from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from classifier.features import FeatureSpace
from classifier.heads import head_probabilities, label_evidence
from classifier.labels import FUNCTIONS, HEADS, VOCABULARIES
from classifier.normalise import normalise_texts

# The persisted estimators: the service line, and whether the work is ad hoc (long-tail).
ESTIMATORS = ("function", "long_tail")


class ModelError(Exception):
    """A model could not be trained, saved or loaded; the message says why."""


@dataclass(frozen=True)
class HeadPrediction:
    """One head's answer: the label and its predicted probability."""

    label: str
    confidence: float

    def to_dict(self) -> dict:
        """JSON-friendly form."""
        return {"label": self.label, "confidence": self.confidence}


@dataclass(frozen=True)
class Prediction:
    """Labels for one task line and whether a person should confirm them."""

    office: HeadPrediction
    process: HeadPrediction
    function: HeadPrediction
    needs_review: bool

    def to_dict(self) -> dict:
        """JSON-friendly form: one entry per head plus needs_review."""
        out = {head: getattr(self, head).to_dict() for head in HEADS}
        out["needs_review"] = self.needs_review
        return out


class TaskClassifier:
    """Classifies task lines into office, process and function with calibrated confidences."""

    def __init__(
        self, features: FeatureSpace, estimators: dict[str, LogisticRegression], metadata: dict
    ) -> None:
        if set(estimators) != set(ESTIMATORS):
            raise ModelError(f"expected estimators {ESTIMATORS}, got {sorted(estimators)}")
        classes = [str(c) for c in estimators["function"].classes_]
        if sorted(classes) != sorted(FUNCTIONS):
            raise ModelError(f"function estimator knows {classes}, expected {list(FUNCTIONS)}")
        if [bool(c) for c in estimators["long_tail"].classes_] != [False, True]:
            raise ModelError("long_tail estimator must be binary (False, True)")
        self.features = features
        self.estimators = estimators
        self.metadata = metadata
        # Reorders the estimator's alphabetical classes_ into FUNCTIONS order.
        self._function_order = np.array([classes.index(f) for f in FUNCTIONS])

    @property
    def version(self) -> str:
        """Model version string from the metadata."""
        return str(self.metadata.get("version", "unversioned"))

    @property
    def review_threshold(self) -> float:
        """Confidence below which any head sends a line to review."""
        return float(self.metadata.get("review_threshold", 0.0))

    def transform(self, texts: list[str]) -> sparse.csr_matrix:
        """Normalise and vectorise texts once for all heads."""
        return self.features.transform(normalise_texts(list(texts)))

    def _estimator_outputs(self, matrix) -> tuple[np.ndarray, np.ndarray]:
        p_function = self.estimators["function"].predict_proba(matrix)[:, self._function_order]
        p_long_tail = self.estimators["long_tail"].predict_proba(matrix)[:, 1]
        return p_function, p_long_tail

    def predict_proba(self, texts: list[str]) -> dict[str, np.ndarray]:
        """Per head, an (n_texts, n_labels) probability matrix in VOCABULARIES order."""
        return head_probabilities(*self._estimator_outputs(self.transform(texts)))

    def predict(self, texts: list[str]) -> list[Prediction]:
        """Labels, confidences and the review flag for each text, in input order."""
        if isinstance(texts, str):
            raise TypeError("predict takes a list of texts, not a single string")
        texts = list(texts)
        if not texts:
            return []
        if not all(isinstance(text, str) for text in texts):
            raise TypeError("predict takes a list of strings")
        probabilities = self.predict_proba(texts)
        best = {head: probs.argmax(axis=1) for head, probs in probabilities.items()}
        threshold = self.review_threshold
        predictions = []
        for i in range(len(texts)):
            answers = {}
            for head in HEADS:
                k = int(best[head][i])
                confidence = min(1.0, max(0.0, float(probabilities[head][i, k])))
                answers[head] = HeadPrediction(VOCABULARIES[head][k], confidence)
            needs_review = any(a.confidence < threshold for a in answers.values())
            predictions.append(Prediction(needs_review=needs_review, **answers))
        return predictions

    def explain(self, text: str, top_n: int = 5) -> dict[str, list[dict]]:
        """Per head, the terms that push this text most toward its predicted label."""
        return self.explain_many([text], top_n)[0]

    def explain_many(self, texts: list[str], top_n: int = 5) -> list[dict[str, list[dict]]]:
        """Explanations for a batch, sharing one feature transform.

        A term's weight is its share of the predicted label's log-odds: its TF-IDF value times the
        model weight, with character n-grams credited to the words that contain them.
        """
        normalised = normalise_texts(list(texts))
        if not normalised:
            return []
        matrix, weighted = self.features.transform_for_explain(normalised)
        p_function, p_long_tail = self._estimator_outputs(matrix)
        probabilities = head_probabilities(p_function, p_long_tail)
        function_coef = self.estimators["function"].coef_[self._function_order]
        long_tail_coef = self.estimators["long_tail"].coef_[0]
        explanations = []
        for i, text in enumerate(normalised):
            labels = {
                head: VOCABULARIES[head][int(probabilities[head][i].argmax())] for head in HEADS
            }
            evidence = label_evidence(
                p_function[i], function_coef, float(p_long_tail[i]), long_tail_coef, labels
            )
            predicted = {head: evidence[head][labels[head]] for head in HEADS}
            contributions = self.features.term_contributions(text, predicted, weighted[i])
            explanations.append({head: _top_terms(contributions[head], top_n) for head in HEADS})
        return explanations


def _top_terms(shares: dict[str, float], top_n: int) -> list[dict]:
    """The strongest positive terms, ties broken alphabetically for stable output."""
    ranked = sorted(shares.items(), key=lambda item: (-item[1], item[0]))
    return [
        {"term": term, "weight": round(float(weight), 4)}
        for term, weight in ranked[:top_n]
        if weight > 0
    ]
