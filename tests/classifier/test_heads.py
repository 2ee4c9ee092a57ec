"""Composing the heads: a line read alone is in its function's office."""

import numpy as np

from classifier.heads import head_probabilities, other_own_reading, ranked_labels
from classifier.labels import FUNCTION_OFFICE, FUNCTIONS, OFFICES


def _spread(weights: dict[str, float]) -> np.ndarray:
    """One line's function probabilities: the given ones, the rest shared evenly."""
    row = np.zeros(len(FUNCTIONS))
    for function, weight in weights.items():
        row[FUNCTIONS.index(function)] = weight
    rest = [i for i, f in enumerate(FUNCTIONS) if f not in weights]
    row[rest] = (1.0 - sum(weights.values())) / len(rest)
    return row[None, :]


# An admin line whose runners-up are front-office functions: more than half the function mass
# is front office, but the line is admin work, which LABELING.md puts in the back office.
ADMIN_AMONG_FRONT = {"admin": 0.34, "customer_service": 0.30, "sales": 0.28}


def test_a_line_read_alone_takes_its_function_s_office():
    p_function = _spread(ADMIN_AMONG_FRONT)
    heads = head_probabilities(p_function, np.array([0.1]), np.array([0.2]))
    assert heads["office"][0, OFFICES.index("front")] > 0.5
    ranked = ranked_labels(heads, heads, None)
    assert FUNCTIONS[ranked["function"][0, 0]] == "admin"
    assert OFFICES[ranked["office"][0, 0]] == "back"
    assert OFFICES[ranked["office"][0, 1]] == "front"
    # Its confidence is what the office probabilities give back: under one half, so reviewed.
    assert heads["office"][0, ranked["office"][0, 0]] < 0.5


def test_where_the_mass_agrees_the_office_is_unchanged():
    for function in FUNCTIONS:
        heads = head_probabilities(_spread({function: 0.8}), np.array([0.1]), np.array([0.2]))
        ranked = ranked_labels(heads, heads, None)
        assert OFFICES[ranked["office"][0, 0]] == FUNCTION_OFFICE[function]
        assert ranked["office"][0, 0] == heads["office"][0].argmax()


def test_with_a_company_a_line_not_called_own_work_keeps_its_function_s_office():
    p_function = _spread(ADMIN_AMONG_FRONT)
    alone = head_probabilities(p_function, np.array([0.1]), np.array([0.2]))
    own = np.array([0.3])
    mixed = head_probabilities(
        p_function, np.array([0.1]), np.array([0.2]), own, np.array([0.9]), np.array([0.5])
    )
    assert OFFICES[ranked_labels(mixed, alone, own)["office"][0, 0]] == "back"
    # Called own work and done face to face, the own-work reading decides.
    called_own = np.array([0.8])
    mixed = head_probabilities(
        p_function, np.array([0.1]), np.array([0.2]), called_own, np.array([0.9]), np.array([0.5])
    )
    assert OFFICES[ranked_labels(mixed, alone, called_own)["office"][0, 0]] == "front"
    # And its other reading, support work after all, is the admin line's back office.
    other = other_own_reading(alone, called_own, np.array([0.9]), np.array([0.5]))
    assert OFFICES[other["office"][0]] == "back"
