"""The loaded classifier: one shared feature transform, seven estimators, four calibrated heads."""

from dataclasses import dataclass, replace

import numpy as np
from scipy import sparse
from scipy.special import expit, softmax
from sklearn.linear_model import LogisticRegression

from classifier.company import (
    CROSS_BITS,
    CompanyContext,
    content_words,
    cross_matrix,
    cross_terms,
    profile_matrix,
    service_line_match,
    similarity_features,
)
from classifier.explain import EXTRA_ROWS, explain_terms, gradient_mixes
from classifier.features import FeatureSpace
from classifier.heads import head_probabilities, other_own_reading, ranked_labels
from classifier.labels import (
    FUNCTIONS,
    HEADS,
    LONG_TAIL,
    OWN_WORK_FUNCTION,
    PROCESSES,
    VOCABULARIES,
)
from classifier.list_context import read_in_list
from classifier.normalise import normalise_text, normalise_texts

# The persisted estimators. Read alone: the service line, whether the work is ad hoc
# (long-tail), generally and within each service line, whether it needs someone on site. With
# company context: whether the line is the company's own work, and whether such own work is done
# face to face with the customer and on site (both depend on the kind of business as much as on
# the line).
TEXT_ESTIMATORS = ("function", "long_tail", "long_tail_by_function", "location")
OWN_ESTIMATORS = ("own_offering", "own_front", "own_on_site")
ESTIMATORS = (*TEXT_ESTIMATORS, *OWN_ESTIMATORS)


class ModelError(Exception):
    """A model could not be trained, saved or loaded; the message says why."""


@dataclass(frozen=True)
class HeadPrediction:
    """One head's answer: the label, its predicted probability, and the runner-up label."""

    label: str
    confidence: float
    runner_up: str | None = None

    def to_dict(self) -> dict:
        """JSON-friendly form."""
        return {"label": self.label, "confidence": self.confidence}


@dataclass(frozen=True)
class Prediction:
    """Labels for one task line and whether a person should confirm them."""

    office: HeadPrediction
    process: HeadPrediction
    function: HeadPrediction
    location: HeadPrediction
    needs_review: bool
    # Only with company context: is this the company's own work (LABELING.md section 4)?
    own_offering: HeadPrediction | None = None
    # Heads (and own_offering) whose confidence is below the doubt threshold -> runner-up.
    doubts: tuple[tuple[str, str], ...] = ()
    # With an own-work doubt: the heads whose label the other own-work call would change.
    own_alternative: tuple[tuple[str, str], ...] = ()
    # Read as part of a list: the service line the line gets read alone, where the lines next
    # to it changed it (classifier.list_context).
    function_alone: str | None = None

    def to_dict(self) -> dict:
        """JSON-friendly form: one entry per head, needs_review, own_offering with context, and
        function_alone where the list changed the service line."""
        out = {head: getattr(self, head).to_dict() for head in HEADS}
        out["needs_review"] = self.needs_review
        if self.own_offering is not None:
            out["own_offering"] = self.own_offering.label == "true"
            out["own_offering_confidence"] = self.own_offering.confidence
        if self.function_alone is not None:
            out["function_alone"] = self.function_alone
        return out


def function_probabilities(
    estimator: LogisticRegression, order: np.ndarray, matrix: sparse.csr_matrix
) -> np.ndarray:
    """The function estimator's probabilities of each row, columns in FUNCTIONS order."""
    return softmax(_scores(estimator, matrix), axis=1)[:, order]


def by_function_inputs(matrix: sparse.csr_matrix, p_function: np.ndarray) -> sparse.csr_matrix:
    """The long_tail_by_function estimator's input: the line's features once per service line,
    each copy times the line's probability of it (FUNCTIONS order), then those probabilities.

    Trained with each line's own service line (one copy, the rest zero), so each block holds
    one service line's long-tail weights and the last columns its intercepts; read with the
    function estimator's probabilities, it mixes them as the line is likely to be in each.
    """
    n = matrix.shape[0]
    blocks = []
    for k in range(len(FUNCTIONS)):
        # Only the rows with some probability of this service line: scaling every row would
        # store all the zeros too, 14 copies of the training matrix (over 3 GB more to train).
        rows = np.flatnonzero(p_function[:, k])
        scale = sparse.csr_matrix((p_function[rows, k], (rows, rows)), shape=(n, n))
        blocks.append(scale @ matrix)
    return sparse.hstack([*blocks, sparse.csr_matrix(p_function)], format="csr")


def function_order(estimator: LogisticRegression) -> np.ndarray:
    """Column of each of FUNCTIONS in the estimator's alphabetical classes_."""
    classes = [str(c) for c in estimator.classes_]
    return np.array([classes.index(f) for f in FUNCTIONS])


def own_inputs(
    features: FeatureSpace,
    lines: tuple[sparse.csr_matrix, sparse.csr_matrix, list[str]],
    line_functions: np.ndarray,
    company: CompanyContext,
    read_functions,
) -> sparse.csr_matrix:
    """Features of (company, line) pairs: the line's own features, similarity, profile words,
    whether the line's service line is the profile's, and crosses of profile words with line
    words (last, see _cross_credits).

    `lines` is the lines' (active matrix, full TF-IDF matrix, normalised texts),
    `line_functions` their function probabilities read alone, and `read_functions` maps a
    feature matrix to such probabilities (for the profile's).
    """
    matrix, weighted, texts = lines
    profile, profile_weighted = features.transform_both([normalise_text(company.text)])
    word_sim, char_sim = features.similarity(weighted, profile_weighted)
    match = service_line_match(line_functions, read_functions(profile)[0])
    return sparse.hstack(
        [
            matrix,
            sparse.csr_matrix(similarity_features(word_sim, char_sim)),
            profile_matrix(len(texts), company),
            sparse.csr_matrix(match),
            cross_matrix(texts, company),
        ]
    ).tocsr()


def below_thresholds(
    confidences: dict[str, np.ndarray], process_answer: np.ndarray, thresholds: dict[str, float]
) -> dict[str, np.ndarray]:
    """Per head (and own_offering), which lines' confidence is under its threshold; a long-tail
    answer (process_answer: each line's process label index) is held to the long-tail threshold
    instead of the process one."""
    below = {head: confidence < thresholds[head] for head, confidence in confidences.items()}
    # On lines written elsewhere the long-tail reading is the least reliable one, so it needs
    # more confidence than a routine answer (TrainingConfig.review_threshold_long_tail).
    long_tail = process_answer == PROCESSES.index(LONG_TAIL)
    process_at = np.where(long_tail, thresholds[LONG_TAIL], thresholds["process"])
    below["process"] = confidences["process"] < process_at
    return below


class TaskClassifier:
    """Classifies task lines into office, process, function and location, optionally in the
    light of what the company sells."""

    def __init__(
        self, features: FeatureSpace, estimators: dict[str, LogisticRegression], metadata: dict
    ) -> None:
        if set(estimators) != set(ESTIMATORS):
            raise ModelError(f"expected estimators {ESTIMATORS}, got {sorted(estimators)}")
        classes = [str(c) for c in estimators["function"].classes_]
        if sorted(classes) != sorted(FUNCTIONS):
            raise ModelError(f"function estimator knows {classes}, expected {list(FUNCTIONS)}")
        for name in ESTIMATORS[1:]:
            if [bool(c) for c in estimators[name].classes_] != [False, True]:
                raise ModelError(f"{name} estimator must be binary (False, True)")
        self.features = features
        self.estimators = estimators
        self.metadata = metadata
        # Reorders the estimator's alphabetical classes_ into FUNCTIONS order.
        self._function_order = function_order(estimators["function"])
        # Weight rows in FUNCTIONS order, then the yes/no estimators' rows over the line's own
        # features, then each service line's long-tail row, made once and stored column by
        # column: explanations read the 32 weights of each column a line uses, which then sit
        # side by side in memory.
        self._function_coef = estimators["function"].coef_[self._function_order]
        columns = self._function_coef.shape[1]
        by_function = estimators["long_tail_by_function"].coef_[0]
        if len(by_function) != (columns + 1) * len(FUNCTIONS):
            raise ModelError("long_tail_by_function estimator does not match the features")
        # One row of long-tail weights per service line (FUNCTIONS order), and their intercepts.
        by_function_rows = by_function[: columns * len(FUNCTIONS)].reshape(len(FUNCTIONS), -1)
        self._by_function_intercept = by_function[columns * len(FUNCTIONS) :]
        # Stored as the product's right operand, C-contiguous: scipy copies one that is not,
        # which made a one-line request 3.5 times slower (10.3 against 3.0 ms of server CPU).
        self._by_function_columns = np.ascontiguousarray(by_function_rows.T)
        extra = [estimators[name].coef_[0][:columns] for name in EXTRA_ROWS]
        self._weights_by_column = np.ascontiguousarray(
            np.vstack([self._function_coef, *extra, by_function_rows]).T
        )

    @property
    def version(self) -> str:
        """Model version string from the metadata."""
        return str(self.metadata.get("version", "unversioned"))

    @property
    def review_threshold(self) -> float:
        """Confidence below which office, process or function sends a line to review."""
        return float(self.metadata.get("review_threshold", 0.0))

    @property
    def review_thresholds(self) -> dict[str, float]:
        """Per head (and own_offering), the confidence below which a line needs review."""
        return self._thresholds("review_thresholds")

    @property
    def doubt_thresholds(self) -> dict[str, float]:
        """Per head (and own_offering), the confidence below which its runner-up is a doubt."""
        return self._thresholds("doubt_thresholds")

    def _thresholds(self, key: str) -> dict[str, float]:
        stored = self.metadata.get(key, {})
        thresholds = {
            head: float(stored.get(head, self.review_threshold))
            for head in (*HEADS, "own_offering")
        }
        # Models saved before long-tail answers had their own threshold held them to process's.
        thresholds[LONG_TAIL] = float(stored.get(LONG_TAIL, thresholds["process"]))
        return thresholds

    def _read_functions(self, matrix) -> np.ndarray:
        """Function probabilities of each row read alone, in FUNCTIONS order."""
        return function_probabilities(self.estimators["function"], self._function_order, matrix)

    @property
    def long_tail_by_function(self) -> float:
        """Share of the long-tail log-odds read within the line's likely service lines."""
        return float(self.metadata.get("long_tail_by_function", 0.0))

    def _positive(self, name: str, matrix) -> np.ndarray:
        """Probability of "yes" from a binary estimator."""
        return expit(_scores(self.estimators[name], matrix)[:, 0])

    def _long_tail(self, matrix, p_function: np.ndarray) -> np.ndarray:
        """Chance each line is long-tail: the general estimator's log-odds mixed with those of
        the line's service lines, weighed by p_function (the line read alone).

        The product with the stacked rows equals the long_tail_by_function estimator on
        by_function_inputs (a test checks it) without building that 14-times wider matrix.
        """
        general = _scores(self.estimators["long_tail"], matrix)[:, 0]
        within = np.asarray(matrix @ self._by_function_columns)
        by_function = (p_function * (within + self._by_function_intercept)).sum(axis=1)
        by_function += self.estimators["long_tail_by_function"].intercept_[0]
        share = self.long_tail_by_function
        return expit((1.0 - share) * general + share * by_function)

    def _long_tail_rows(self, p_function: np.ndarray) -> np.ndarray:
        """Per line, how much of the general and each service line's long-tail weights (FUNCTIONS
        order) make up its long-tail log-odds: (n, 1 + 14)."""
        share = self.long_tail_by_function
        return np.column_stack([np.full(len(p_function), 1.0 - share), share * p_function])

    def _outputs(self, normalised: list[str], company: CompanyContext | None) -> dict:
        """Every estimator's output for a batch of normalised lines, sharing one transform."""
        matrix, weighted = self.features.transform_both(normalised)
        p_function = self._read_functions(matrix)
        out = {
            "matrix": matrix,
            "weighted": weighted,
            "p_function": p_function,
            "p_long_tail": self._long_tail(matrix, p_function),
            "p_on_site": self._positive("location", matrix),
            "p_own": None,
            "p_front": None,
            "p_own_on_site": None,
        }
        if company:
            pairs = own_inputs(
                self.features,
                (matrix, weighted, normalised),
                out["p_function"],
                company,
                self._read_functions,
            )
            out["p_own"] = self._positive("own_offering", pairs)
            out["p_front"] = self._positive("own_front", pairs)
            out["p_own_on_site"] = self._positive("own_on_site", pairs)
        return out

    def _read(self, normalised: list[str], company: CompanyContext | None, as_list: bool) -> tuple:
        """From one feature transform: the estimators' outputs, the head probabilities, with a
        company the heads of the lines read alone (else None), and each head's ranked labels.

        As a list, each line's function is weighed with its neighbours' (list_context); the
        own-work estimators still read the line alone, as they were trained, and
        out["p_line_function"] keeps the line's own function probabilities.
        """
        out = self._outputs(normalised, company)
        out["p_line_function"] = out["p_function"]
        if as_list:
            out["p_function"] = read_in_list(out["p_function"])
        probabilities = self._heads(out)
        alone = None
        if out["p_own"] is not None:
            alone = head_probabilities(out["p_function"], out["p_long_tail"], out["p_on_site"])
        return out, probabilities, alone, ranked_labels(probabilities, alone, out["p_own"])

    @staticmethod
    def _heads(out: dict) -> dict[str, np.ndarray]:
        return head_probabilities(
            out["p_function"],
            out["p_long_tail"],
            out["p_on_site"],
            out["p_own"],
            out["p_front"],
            out["p_own_on_site"],
        )

    def predict_proba(
        self, texts: list[str], company: CompanyContext | None = None, *, as_list: bool = True
    ) -> dict[str, np.ndarray]:
        """Per head, an (n_texts, n_labels) probability matrix in VOCABULARIES order; with a
        company, also "own_offering": (n_texts,) chances that each line is its own work."""
        return self.predict_ranked(texts, company, as_list=as_list)[0]

    def predict_ranked(
        self, texts: list[str], company: CompanyContext | None = None, *, as_list: bool = True
    ) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
        """predict_proba's probabilities and, per head, (n_texts, 2) indices of each line's
        label and runner-up (heads.ranked_labels: the labels follow the own-work call)."""
        normalised = normalise_texts(list(texts))
        out, probabilities, _, ranked = self._read(normalised, company, as_list)
        if out["p_own"] is not None:
            probabilities["own_offering"] = out["p_own"]
        return probabilities, ranked

    def predict(
        self, texts: list[str], company: CompanyContext | None = None, *, as_list: bool = True
    ) -> list[Prediction]:
        """Labels, confidences and the review flag for each text, in input order.

        The texts are read as one list, in order, each line with the lines next to it
        (classifier.list_context); as_list=False reads every line on its own.
        """
        return self.predict_explained(texts, company, top_n=None, as_list=as_list)[0]

    def predict_explained(
        self,
        texts: list[str],
        company: CompanyContext | None = None,
        top_n: int | None = 5,
        *,
        as_list: bool = True,
    ) -> tuple[list[Prediction], list[dict[str, list[dict]]] | None]:
        """Predictions and, unless top_n is None, explanations, from one feature transform."""
        if isinstance(texts, str):
            raise TypeError("predict takes a list of texts, not a single string")
        texts = list(texts)
        if not all(isinstance(text, str) for text in texts):
            raise TypeError("predict takes a list of strings")
        if not texts:
            return [], ([] if top_n is not None else None)
        normalised = normalise_texts(texts)
        out, probabilities, alone, order = self._read(normalised, company, as_list)
        flipped = None
        if alone is not None:
            flipped = other_own_reading(alone, out["p_own"], out["p_front"], out["p_own_on_site"])
        thresholds = self.review_thresholds, self.doubt_thresholds
        predictions = self._predictions(probabilities, order, (out["p_own"], flipped), thresholds)
        # read_in_list hands back its input when the list is read line by line: nothing changed.
        if out["p_line_function"] is not out["p_function"]:
            predictions = _with_function_alone(predictions, out)
        if top_n is None:
            return predictions, None
        return predictions, self._explanations(normalised, out, order, top_n, company)

    @staticmethod
    def _predictions(probabilities: dict, order: dict, own_work, thresholds) -> list[Prediction]:
        """One Prediction per line. Each head's labels and confidences are read out of the
        arrays, and compared with the thresholds, once for the batch: indexing numpy per line
        cost more than the model itself."""
        review, doubt = thresholds
        p_own, flipped = own_work
        answers, confidences = {}, {}
        for head in HEADS:
            best, second = order[head][:, 0], order[head][:, 1]
            chosen = np.take_along_axis(probabilities[head], best[:, None], axis=1)[:, 0]
            confidences[head] = np.clip(chosen, 0.0, 1.0)
            labels = VOCABULARIES[head]
            answers[head] = [
                HeadPrediction(labels[b], c, labels[r])
                for b, r, c in zip(
                    best.tolist(), second.tolist(), confidences[head].tolist(), strict=True
                )
            ]
        other = {}
        if p_own is not None:
            is_own = p_own >= 0.5
            confidences["own_offering"] = np.where(is_own, p_own, 1.0 - p_own)
            answers["own_offering"] = [
                HeadPrediction(str(own).lower(), c, str(not own).lower())
                for own, c in zip(
                    is_own.tolist(), confidences["own_offering"].tolist(), strict=True
                )
            ]
            other = {
                head: [VOCABULARIES[head][k] for k in ks.tolist()] for head, ks in flipped.items()
            }
        process_answer = order["process"][:, 0]
        below_review = below_thresholds(confidences, process_answer, review)
        needs_review = np.logical_or.reduce(list(below_review.values())).tolist()
        low = below_thresholds(confidences, process_answer, doubt)
        any_doubt = np.logical_or.reduce(list(low.values())).tolist()
        doubtful = {h: flags.tolist() for h, flags in low.items()}
        own_doubt = doubtful.get("own_offering")
        predictions = []
        for i in range(len(answers["function"])):
            unsure = {head: column[i] for head, column in answers.items()}
            alternative = ()
            if own_doubt is not None and own_doubt[i]:
                alternative = tuple(
                    (head, labels[i])
                    for head, labels in other.items()
                    if labels[i] != unsure[head].label
                )
            doubts = ()
            if any_doubt[i]:
                doubts = tuple((h, a.runner_up) for h, a in unsure.items() if doubtful[h][i])
            predictions.append(
                Prediction(
                    needs_review=needs_review[i],
                    own_offering=unsure.get("own_offering"),
                    doubts=doubts,
                    own_alternative=alternative,
                    **{head: unsure[head] for head in HEADS},
                )
            )
        return predictions

    def explain(
        self, text: str, top_n: int = 5, company: CompanyContext | None = None
    ) -> dict[str, list[dict]]:
        """Per head, the terms that push this text most toward its predicted label."""
        return self.explain_many([text], top_n, company)[0]

    def explain_many(
        self, texts: list[str], top_n: int = 5, company: CompanyContext | None = None
    ) -> list[dict[str, list[dict]]]:
        """Explanations for a batch, sharing one feature transform.

        A term's weight is its share of the predicted label's log-odds: its TF-IDF value times the
        model weight, with character n-grams credited to the words that contain them. Only the
        columns a line uses are touched, so explaining costs about as much as predicting.
        """
        return self.predict_explained(texts, company, top_n)[1]

    def _explanations(self, normalised, out, order, top_n, company) -> list[dict]:
        labels = {head: np.array(VOCABULARIES[head])[order[head][:, 0]] for head in HEADS}
        own = out["p_own"] >= 0.5 if out["p_own"] is not None else np.zeros(len(normalised), bool)
        long_tail_rows = self._long_tail_rows(out["p_line_function"])
        mixes = gradient_mixes(out["p_function"], out["p_long_tail"], labels, own, long_tail_rows)
        credits = self._cross_credits(normalised, own, company) if own.any() else []
        return explain_terms(
            self.features, normalised, out["matrix"], mixes, self._weights_by_column, top_n, credits
        )

    def _cross_credits(self, texts, own, company) -> list[tuple[int, str, float]]:
        """(line, word, share) of each (profile word x line word) cross of own-work lines."""
        profile = content_words(normalise_text(company.text))
        own_coef = self.estimators["own_offering"].coef_[0]
        # The cross block is the last one of the own-work inputs (own_inputs).
        offset = len(own_coef) - 2**CROSS_BITS
        credits = []
        for i in np.flatnonzero(own).tolist():
            crosses = cross_terms(texts[i], profile)
            norm = 1.0 / max(np.sqrt(len({column for _, column in crosses})), 1.0)
            credits += [(i, word, norm * float(own_coef[offset + c])) for word, c in crosses]
        return credits


def _with_function_alone(predictions: list[Prediction], out: dict) -> list[Prediction]:
    """The predictions, each marked with its line-alone service line where the list changed it.

    Own work is production whatever the list says, so only lines not called own work can
    change.
    """
    alone = np.array(FUNCTIONS)[out["p_line_function"].argmax(axis=1)]
    if out["p_own"] is not None:
        alone = np.where(out["p_own"] >= 0.5, OWN_WORK_FUNCTION, alone)
    return [
        replace(prediction, function_alone=str(label))
        if label != prediction.function.label
        else prediction
        for prediction, label in zip(predictions, alone.tolist(), strict=True)
    ]


def _scores(estimator: LogisticRegression, matrix) -> np.ndarray:
    """The estimator's decision function, computed directly.

    predict_proba is softmax (multinomial) or expit (binary) of this; scikit-learn's own call
    validates its input each time, which costs more than the product for a one-line request.
    A test checks the probabilities equal predict_proba's.
    """
    return np.asarray(matrix @ estimator.coef_.T) + estimator.intercept_
