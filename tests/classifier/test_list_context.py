"""Reading a list's lines with their neighbours: the weighing, its gate, the model's use of it."""

import numpy as np
from reference_explain import dense_top_terms

from classifier import HEADS, CompanyContext
from classifier.list_context import (
    AGREEMENT,
    FLOOR,
    WEIGHT,
    neighbour_agreement,
    read_in_list,
)
from classifier.normalise import normalise_texts

NEWSLETTER = [
    "Write the monthly newsletter",
    "Pick the photos for the newsletter",
    "Check each link",
    "Schedule the send for Tuesday morning",
]


def _rows(*rows) -> np.ndarray:
    return np.array(rows, dtype=float)


def test_a_line_between_two_agreeing_neighbours_takes_their_reading():
    p = _rows([0.9, 0.05, 0.05], [0.3, 0.4, 0.3], [0.9, 0.05, 0.05])
    assert neighbour_agreement(p) >= AGREEMENT
    read = read_in_list(p)
    prior = (1 - FLOOR) * (p[0] + p[2]) / 2 + FLOOR / 3
    expected = p[1] * prior**WEIGHT
    np.testing.assert_allclose(read[1], expected / expected.sum())
    assert read[1].argmax() == 0 and p[1].argmax() == 1
    # The first and last lines have one neighbour each.
    first = p[0] * ((1 - FLOOR) * p[1] + FLOOR / 3) ** WEIGHT
    np.testing.assert_allclose(read[0], first / first.sum())
    np.testing.assert_allclose(read.sum(axis=1), 1.0)


def test_a_list_of_unrelated_lines_is_read_line_by_line():
    # Each line sure of a different one of six service lines.
    p = np.full((4, 6), 0.01) + np.eye(4, 6) * 0.94
    assert neighbour_agreement(p) < AGREEMENT
    assert read_in_list(p) is p


def test_a_single_line_has_no_neighbours():
    p = _rows([0.2, 0.5, 0.3])
    assert neighbour_agreement(p) == 0.0
    assert read_in_list(p) is p


def test_two_sure_neighbours_that_disagree_do_not_rule_out_a_third_reading():
    # Their mean gives the third label 0.01: with nothing spread evenly, the product would take
    # the middle line to label 0 against its own 0.7 for label 2.
    p = _rows([0.98, 0.01, 0.01], [0.15, 0.15, 0.7], [0.01, 0.98, 0.01], [0.01, 0.98, 0.01])
    assert neighbour_agreement(p) >= AGREEMENT
    assert read_in_list(p)[1].argmax() == 2
    unfloored = p[1] * ((p[0] + p[2]) / 2) ** WEIGHT
    assert unfloored.argmax() == 0


def test_the_model_reads_a_checklist_step_with_the_steps_around_it(full_model):
    in_list = full_model.predict(NEWSLETTER)
    alone = full_model.predict(NEWSLETTER, as_list=False)
    step, step_alone = in_list[2], alone[2]
    assert step_alone.function.label != "marketing"
    assert step.function.label == "marketing"
    # The report names the reading the list changed.
    assert step.function_alone == step_alone.function.label
    assert step.to_dict()["function_alone"] == step_alone.function.label
    # Lines the list did not change carry no such note.
    assert all(p.function_alone is None for i, p in enumerate(in_list) if i != 2)
    assert "function_alone" not in in_list[0].to_dict()
    # Office and process follow the function; the long-tail and on-site answers do not move.
    assert step.office.label == "front" and step.location.label == step_alone.location.label


def test_a_batch_of_unrelated_lines_reads_as_each_line_alone(full_model):
    batch = [
        "Run payroll every two weeks",
        "Check each link",
        "Restock the shelves",
        "Reset user passwords",
        "Send invoices to clients",
        "Answer customer emails about late orders",
    ]
    in_list = full_model.predict(batch)
    alone = full_model.predict(batch, as_list=False)
    assert in_list == alone


def test_a_list_changes_no_answer_of_a_company_own_work(full_model):
    dental = CompanyContext("dental practice", "checkups, cleanings, fillings and crowns")
    tasks = ["cleanings and checkups by the hygienists", *NEWSLETTER]
    in_list = full_model.predict(tasks, dental)
    alone = full_model.predict(tasks, dental, as_list=False)
    assert in_list[0].own_offering == alone[0].own_offering
    assert in_list[0].function.label == "production"


def test_explanations_in_a_list_are_the_gradients_of_the_list_reading(full_model):
    # The terms explain the line's own words toward the label the list gave it: the gradient of
    # that label's log-odds under the weighed probabilities (the neighbours' share is a constant
    # of the line's features), through the first release's dense per-line computation.
    model = full_model
    position = 2
    terms = model.explain_many(NEWSLETTER)[position]
    normalised = normalise_texts(NEWSLETTER)
    matrix, weighted = model.features.transform_both(normalised)
    function = model.estimators["function"].predict_proba(matrix)[:, model._function_order]
    prediction = model.predict(NEWSLETTER)[position]
    labels = {head: getattr(prediction, head).label for head in HEADS}
    expected = dense_top_terms(
        model,
        normalised[position],
        matrix[position],
        weighted[position],
        read_in_list(function)[position],
        labels,
    )
    for head in HEADS:
        assert [(t["term"], t["weight"]) for t in terms[head]] == expected[head]
