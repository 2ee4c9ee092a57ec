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
# Index into OFFICES of each function's office, over FUNCTIONS.
_FUNCTION_OFFICE = np.array([OFFICES.index(FUNCTION_OFFICE[f]) for f in FUNCTIONS])
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
    # Summed, so 1% of page lines come out, say, admin and core; taking the routine process
    # from the function answer instead, as office is, read the page lines of thirty-seven
    # rounds at 0.859 against 0.863 and O*NET at 0.786 against 0.784 (tc6-db6e387776a5).
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


def ranked_labels(
    probabilities: dict[str, np.ndarray], alone: dict[str, np.ndarray], p_own: np.ndarray | None
) -> dict[str, np.ndarray]:
    """Per head, (n, 2) indices of each line's label and its runner-up.

    Without company context the label is the most probable one, except office, which is the
    office of the line's function (LABELING.md ties each service line to one office). With it,
    the labels follow the own-work call: a line called its company's own work takes the mixed
    reading (production, core), any other line the labels of the line read alone. Otherwise a
    line called support work could still come out as production, because the own-work chance
    below one half is added to production's column. The runner-up is the most probable other
    label.
    """
    ranked = {}
    read_alone = probabilities if p_own is None else alone
    for head, mixed in probabilities.items():
        if head == "office":
            ranked[head] = _office_labels(mixed, read_alone["function"], p_own)
            continue
        if p_own is None:
            ranked[head] = np.argsort(-mixed, axis=1)[:, :2]
            continue
        best = np.where(p_own >= 0.5, mixed.argmax(axis=1), alone[head].argmax(axis=1))
        others = mixed.copy()
        others[np.arange(len(best)), best] = -np.inf
        ranked[head] = np.column_stack([best, others.argmax(axis=1)])
    return ranked


def office_of_function(p_function: np.ndarray) -> np.ndarray:
    """Index into OFFICES of the office of each line's most probable function."""
    return _FUNCTION_OFFICE[p_function.argmax(axis=1)]


def _office_labels(
    mixed: np.ndarray, p_function_alone: np.ndarray, p_own: np.ndarray | None
) -> np.ndarray:
    """(n, 2) office label and runner-up: the function's office for a line read alone.

    The office probabilities sum the function probabilities per office, and where the
    function's probability is spread their larger sum can fall on the other office than the
    function's own (an admin line whose runners-up are sales and customer service). The label
    keeps to the function, as LABELING.md does, and its confidence (that sum, then below one
    half) sends the line to review.
    """
    best = office_of_function(p_function_alone)
    if p_own is not None:
        best = np.where(p_own >= 0.5, mixed.argmax(axis=1), best)
    return np.column_stack([best, 1 - best])


def other_own_reading(
    alone: dict[str, np.ndarray],
    p_own: np.ndarray,
    p_front: np.ndarray,
    p_own_on_site: np.ndarray,
) -> dict[str, np.ndarray]:
    """Per head, each line's label index under the other own-work call than the model's.

    A line called own work would, called support work, take the labels of the line read alone;
    a line called support work would, called own work, be production and core, with office and
    location from the own-work estimators. The policy weighs an own-work doubt as this whole
    reading, since own work sets several labels at once.
    """
    own = p_own >= 0.5
    own_reading = {
        "function": np.full(len(p_own), FUNCTIONS.index(OWN_WORK_FUNCTION)),
        "process": np.full(len(p_own), PROCESSES.index(OWN_WORK_PROCESS)),
        "office": np.where(p_front >= 0.5, OFFICES.index("front"), OFFICES.index("back")),
        "location": np.where(
            p_own_on_site >= 0.5, LOCATIONS.index("on_site"), LOCATIONS.index("remote")
        ),
    }
    read_alone = {head: alone[head].argmax(axis=1) for head in own_reading}
    read_alone["office"] = office_of_function(alone["function"])
    return {head: np.where(own, read_alone[head], own_reading[head]) for head in own_reading}
