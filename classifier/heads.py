"""Composing the four heads from the estimators' outputs, and their gradients for explanations."""

import numpy as np

from classifier.labels import (
    FUNCTION_OFFICE,
    FUNCTION_ROUTINE_PROCESS,
    FUNCTIONS,
    LOCATIONS,
    LONG_TAIL,
    OFFICES,
    OWN_WORK_FUNCTION,
    OWN_WORK_PROCESS,
    PROCESSES,
)

# Column masks over FUNCTIONS: which functions are front/back, core/support.
_OFFICE_MASKS = {o: np.array([FUNCTION_OFFICE[f] == o for f in FUNCTIONS]) for o in OFFICES}
_ROUTINE_MASKS = {
    p: np.array([FUNCTION_ROUTINE_PROCESS[f] == p for f in FUNCTIONS])
    for p in PROCESSES
    if p != LONG_TAIL
}
_OWN_FUNCTION = np.array([f == OWN_WORK_FUNCTION for f in FUNCTIONS], dtype=float)
_OWN_PROCESS = np.array([p == OWN_WORK_PROCESS for p in PROCESSES], dtype=float)


def head_probabilities(
    p_function: np.ndarray,
    p_long_tail: np.ndarray,
    p_on_site: np.ndarray,
    p_own: np.ndarray | None = None,
    p_front: np.ndarray | None = None,
    p_own_on_site: np.ndarray | None = None,
) -> dict[str, np.ndarray]:
    """Per head, probabilities in vocabulary order.

    `p_function` is (n, 14) in FUNCTIONS order; `p_long_tail` and `p_on_site` are (n,). Read
    alone, office sums the function mass per office and process splits the routine mass into
    core and support by function, the rest being long_tail. With company context, `p_own` is the
    chance a line is the company's own work and `p_front` the chance that own work is done face
    to face and `p_own_on_site` on site: own work is production and core (LABELING.md section
    4), so each head mixes the line read alone with the own-work reading.
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
    function = p_function
    location = np.column_stack([p_on_site if x == "on_site" else 1 - p_on_site for x in LOCATIONS])
    if p_own is not None:
        own, alone = p_own[:, None], 1.0 - p_own[:, None]
        function = alone * p_function + own * _OWN_FUNCTION
        process = alone * process + own * _OWN_PROCESS
        own_office = np.column_stack([p_front if o == "front" else 1.0 - p_front for o in OFFICES])
        office = alone * office + own * own_office
        own_location = np.column_stack(
            [p_own_on_site if x == "on_site" else 1 - p_own_on_site for x in LOCATIONS]
        )
        location = alone * location + own * own_location
    return {"office": office, "process": process, "function": function, "location": location}


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
