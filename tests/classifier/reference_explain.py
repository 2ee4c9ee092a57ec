"""The per-line explanation of the first release, kept as the reference the batch one equals.

It computed every gradient over the full weight matrices and walked each line's terms in Python;
classifier/explain.py computes the same numbers for a whole batch at once.
"""

import numpy as np
from scipy.special import expit

from classifier.concepts import line_concepts
from classifier.hashing import text_terms, word_tokens
from classifier.heads import _OFFICE_MASKS, _ROUTINE_MASKS
from classifier.labels import FUNCTIONS, LONG_TAIL
from classifier.model import by_function_inputs


def _group_weight(mask: np.ndarray, p: np.ndarray, coef: np.ndarray) -> np.ndarray:
    """Probability-weighted mean weight row of the functions in a group."""
    share = p * mask
    total = share.sum()
    return share @ coef / total if total > 0 else np.zeros(coef.shape[1])


def text_evidence(
    p_function: np.ndarray,
    function_coef: np.ndarray,
    q: float,
    long_tail_coef: np.ndarray,
    labels: dict[str, str],
) -> dict[str, np.ndarray]:
    """Per head, d log-odds(predicted label) / d features of one line read alone.

    Log-odds rather than log-probability, so a term keeps its weight when the model is sure.
    `p_function` is one row in FUNCTIONS order and `function_coef` the matching weight rows,
    over any subset of feature columns (each column's evidence depends on that column only, so
    a line's own columns give the same numbers as the full matrix).
    """
    n = len(FUNCTIONS)
    i = FUNCTIONS.index(labels["function"])
    others = np.arange(n) != i
    evidence = {"function": function_coef[i] - _group_weight(others, p_function, function_coef)}
    mask = _OFFICE_MASKS[labels["office"]]
    evidence["office"] = _group_weight(mask, p_function, function_coef) - _group_weight(
        ~mask, p_function, function_coef
    )
    evidence["process"] = _process_evidence(p_function, function_coef, q, long_tail_coef)[
        labels["process"]
    ]
    return evidence


def _process_evidence(p_function, function_coef, q, long_tail_coef) -> dict[str, np.ndarray]:
    """Log-odds gradients of each process label for p(routine r) = (1 - q) P(r), p(lt) = q."""
    mean_weight = p_function @ function_coef
    routine_mass = {r: float((p_function * m).sum()) for r, m in _ROUTINE_MASKS.items()}
    log_grad = {
        r: -q * long_tail_coef + _group_weight(m, p_function, function_coef) - mean_weight
        for r, m in _ROUTINE_MASKS.items()
    }
    evidence = {LONG_TAIL: long_tail_coef}
    for r in _ROUTINE_MASKS:
        # Complement of r: the other routine process plus long_tail.
        other = next(o for o in _ROUTINE_MASKS if o != r)
        p_other = (1.0 - q) * routine_mass[other]
        complement = p_other + q
        grad_complement = p_other * log_grad[other] + q * (1.0 - q) * long_tail_coef
        evidence[r] = log_grad[r] - grad_complement / max(complement, 1e-300)
    return evidence


def binary_evidence(coef: np.ndarray, positive: bool) -> np.ndarray:
    """Log-odds gradient of a binary estimator's answer: its weights, negated for 'no'."""
    return coef if positive else -coef


def term_contributions(
    features,
    text: str,
    columns: np.ndarray,
    weights: dict[str, np.ndarray],
    row: tuple[np.ndarray, np.ndarray],
) -> dict[str, dict[str, float]]:
    """Per score and readable term (word or word pair) of one normalised text, its share.

    `columns` are the active columns the text uses (ascending) and `weights` maps a name to
    one weight per such column; `row` is the text's full-space TF-IDF row as (columns,
    values). A term's share is its TF-IDF value times its weight; char n-gram shares are
    spread over the words of the chunk they came from, and concept shares over the words and
    word pairs that reach the concept, so the explanation speaks in words while adding up to
    the model's real score.
    """
    values = dict(zip(row[0].tolist(), row[1].tolist(), strict=True))
    c = features.config
    terms, grams = text_terms(text, c.word_bits, c.char_bits, c.char_ngrams)
    term_columns = dict(terms)
    # Words of each whitespace chunk, as the word tokenizer sees them.
    chunk_words = [word_tokens(chunk) for chunk in text.split()]
    owners: dict[int, set[str]] = {}
    offset = 2**c.word_bits
    for column, chunk in grams:
        if chunk < len(chunk_words):
            owners.setdefault(offset + column, set()).update(chunk_words[chunk])
    for term, concepts in line_concepts(text):
        for concept in concepts:
            owners.setdefault(features.concept_offset + concept, set()).add(term)
    full = np.array([*term_columns.values(), *owners], dtype=np.int64)
    tfidf = np.array([values.get(int(column), 0.0) for column in full])
    # Full-space column -> active column -> position among the text's own active columns.
    support = features.support
    active = np.minimum(np.searchsorted(support, full), len(support) - 1)
    is_active = support[active] == full
    if len(columns):
        position = np.minimum(np.searchsorted(columns, active), len(columns) - 1)
        found = is_active & (columns[position] == active)
    else:
        position, found = np.zeros(len(full), dtype=np.int64), np.zeros(len(full), bool)
    result = {}
    for name, head_weights in weights.items():
        picked = np.where(found, head_weights[position] if len(columns) else 0.0, 0.0)
        amounts = (tfidf * picked).tolist()
        shares = dict(zip(term_columns, amounts[: len(term_columns)], strict=True))
        for amount, words in zip(amounts[len(term_columns) :], owners.values(), strict=True):
            for word in words:
                shares[word] = shares.get(word, 0.0) + amount / len(words)
        result[name] = shares
    return result


def long_tail_reading(model, matrix_row) -> tuple[float, np.ndarray]:
    """One line's long-tail chance and its long-tail weight row over every active column: the
    general estimator's log-odds and weights mixed with the service lines' ones, by the line's
    function probabilities read alone, through the estimators' own decision functions."""
    function = model.estimators["function"]
    p_alone = function.predict_proba(matrix_row)[:, model._function_order]
    general = model.estimators["long_tail"]
    by_function = model.estimators["long_tail_by_function"]
    share = model.long_tail_by_function
    log_odds = (1.0 - share) * general.decision_function(matrix_row)[0] + share * (
        by_function.decision_function(by_function_inputs(matrix_row, p_alone))[0]
    )
    columns = matrix_row.shape[1]
    blocks = by_function.coef_[0][: columns * len(FUNCTIONS)].reshape(len(FUNCTIONS), columns)
    weights = (1.0 - share) * general.coef_[0] + share * (p_alone[0] @ blocks)
    return float(expit(log_odds)), weights


def dense_top_terms(
    model, text: str, matrix_row, weighted_row, p_function: np.ndarray, labels: dict, top_n=5
) -> dict[str, list[tuple[str, float]]]:
    """Per head, the top (term, weight) pairs of one normalised line through the full weight
    matrices, for the function probabilities `p_function` it is read with (alone, or weighed in
    its list) and its predicted `labels`; `matrix_row` is its active-column feature row."""
    coef = model.estimators["function"].coef_[model._function_order]
    q, long_tail_coef = long_tail_reading(model, matrix_row)
    weights = text_evidence(p_function, coef, q, long_tail_coef, labels)
    location = model.estimators["location"].coef_[0]
    weights["location"] = binary_evidence(location, labels["location"] == "on_site")
    # Every active column: the dense computation reads the whole weight matrix.
    every = np.arange(len(model.features.support))
    row = (weighted_row.indices, weighted_row.data)
    shares = term_contributions(model.features, text, every, weights, row)
    ranked = {h: sorted(v.items(), key=lambda kv: (-kv[1], kv[0])) for h, v in shares.items()}
    return {h: [(t, round(w, 4)) for t, w in ranked[h][:top_n] if w > 0] for h in ranked}
