"""Composing the three heads from the function and long-tail estimators, and their gradients."""

import numpy as np

from classifier.labels import (
    FUNCTION_OFFICE,
    FUNCTION_ROUTINE_PROCESS,
    FUNCTIONS,
    LONG_TAIL,
    OFFICES,
    PROCESSES,
)

# Column masks over FUNCTIONS: which functions are front/back, core/support.
_OFFICE_MASKS = {o: np.array([FUNCTION_OFFICE[f] == o for f in FUNCTIONS]) for o in OFFICES}
_ROUTINE_MASKS = {
    p: np.array([FUNCTION_ROUTINE_PROCESS[f] == p for f in FUNCTIONS])
    for p in PROCESSES
    if p != LONG_TAIL
}


def head_probabilities(p_function: np.ndarray, p_long_tail: np.ndarray) -> dict[str, np.ndarray]:
    """Per head, probabilities in vocabulary order.

    `p_function` is (n, 14) in FUNCTIONS order; `p_long_tail` is (n,), the chance the work is ad
    hoc. Office sums the function mass per office; process splits the routine mass into core
    and support by function and gives the rest to long_tail.
    """
    office = np.column_stack([p_function[:, _OFFICE_MASKS[o]].sum(axis=1) for o in OFFICES])
    routine = 1.0 - p_long_tail
    process = np.column_stack(
        [
            routine * p_function[:, _ROUTINE_MASKS[p]].sum(axis=1)
            if p != LONG_TAIL
            else p_long_tail
            for p in PROCESSES
        ]
    )
    return {"office": office, "process": process, "function": p_function}


def _group_weight(mask: np.ndarray, p: np.ndarray, coef: np.ndarray) -> np.ndarray:
    """Probability-weighted mean weight row of the functions in a group."""
    share = p * mask
    total = share.sum()
    return share @ coef / total if total > 0 else np.zeros(coef.shape[1])


def label_evidence(
    p_function: np.ndarray,
    function_coef: np.ndarray,
    q: float,
    long_tail_coef: np.ndarray,
    only: dict[str, str] | None = None,
) -> dict[str, dict[str, np.ndarray]]:
    """Per head and label, d log-odds(label) / d features for one text: weights for explain.

    Log-odds rather than log-probability, so a term keeps its weight when the model is sure.
    `p_function` is one row in FUNCTIONS order and `function_coef` the matching weight rows.
    `only` limits the function and office heads to one label each (explain needs no more).
    """
    n = len(FUNCTIONS)
    evidence: dict[str, dict[str, np.ndarray]] = {"function": {}, "office": {}}
    for i, function in enumerate(FUNCTIONS):
        if only and function != only["function"]:
            continue
        others = np.arange(n) != i
        evidence["function"][function] = function_coef[i] - _group_weight(
            others, p_function, function_coef
        )
    for office in OFFICES:
        if only and office != only["office"]:
            continue
        mask = _OFFICE_MASKS[office]
        evidence["office"][office] = _group_weight(mask, p_function, function_coef) - (
            _group_weight(~mask, p_function, function_coef)
        )

    # Process: p(routine r) = (1 - q) * P(r), p(long_tail) = q, from head_probabilities.
    mean_weight = p_function @ function_coef
    routine_mass = {r: float((p_function * m).sum()) for r, m in _ROUTINE_MASKS.items()}
    log_grad = {
        r: -q * long_tail_coef + _group_weight(m, p_function, function_coef) - mean_weight
        for r, m in _ROUTINE_MASKS.items()
    }
    evidence["process"] = {LONG_TAIL: long_tail_coef}
    for r in _ROUTINE_MASKS:
        # Complement of r: the other routine process plus long_tail.
        other = next(o for o in _ROUTINE_MASKS if o != r)
        p_other = (1.0 - q) * routine_mass[other]
        complement = p_other + q
        grad_complement = p_other * log_grad[other] + q * (1.0 - q) * long_tail_coef
        evidence["process"][r] = log_grad[r] - grad_complement / max(complement, 1e-300)
    return evidence
