"""The sourcing policy under doubt: a decision when every reading agrees, review when not."""

import pytest

from bpo.sourcing import Company, Reason, decide_sourcing

from .builders import task

COMPANY = Company()
DENTAL = Company(country="DE", industry="dental practice", offering="Dental care.")


def codes(decision) -> list[str]:
    return [reason.code for reason in decision.reasons]


def test_a_doubt_that_does_not_change_the_decision_gives_the_decision_and_shows_it():
    unsure = task(function="payroll", needs_review=True, doubts={"function": "finance_accounting"})
    decision = decide_sourcing(unsure, COMPANY)
    assert decision.decision == "outsource"
    assert codes(decision) == ["support_process", "doubt_function"]
    assert decision.reasons[-1].text == (
        "unsure whether this is payroll or finance & accounting work; "
        "either way it suits outsourcing"
    )


def test_a_doubt_that_changes_the_decision_asks_for_review_and_names_it():
    unsure = task(function="finance_accounting", doubts={"process": "core", "office": "front"})
    decision = decide_sourcing(unsure, COMPANY)
    assert decision.decision == "review"
    assert decision.reasons[0] == Reason(
        "classifier_unsure",
        "classifier unsure whether this is support or core work, and the advice depends on it: "
        "please confirm the labels",
    )
    assert codes(decision)[1:] == ["support_process"]


def test_several_doubts_that_change_the_decision_are_all_named():
    unsure = task(doubts={"process": "long_tail", "function": "management"})
    text = decide_sourcing(unsure, COMPANY).reasons[0].text
    assert "support or long-tail work or whether this is finance & accounting or management" in text


def test_own_work_kept_anyway_never_goes_to_review_for_its_other_labels():
    own = task(
        process="core",
        function="production",
        own_offering=True,
        needs_review=True,
        doubts={"function": "admin", "process": "support", "location": "on_site"},
    )
    decision = decide_sourcing(own, DENTAL)
    assert decision.decision == "keep"
    assert codes(decision) == ["own_offering", "doubt_function", "doubt_process", "doubt_location"]
    assert decision.reasons[-1].text == (
        "unsure whether this is done remotely or on site; either way it stays in-house"
    )


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        # Own work or payroll: keep or outsource, so the doubt decides.
        ({"function": "payroll", "own_offering": True}, "review"),
        ({"function": "payroll", "own_offering": False}, "review"),
        # Own work or strategy: kept either way.
        ({"function": "management", "process": "core", "own_offering": False}, "keep"),
    ],
)
def test_a_doubt_about_own_work_is_weighed_like_the_others(labels, expected):
    flip = "false" if labels["own_offering"] else "true"
    decision = decide_sourcing(task(**labels, doubts={"own_offering": flip}), DENTAL)
    assert decision.decision == expected
    if expected == "review":
        assert "whether this is part of the dental care you sell" in decision.reasons[0].text


def test_doubted_own_work_is_weighed_with_the_labels_it_would_have_as_support_work():
    # Read as own work it is production and kept; read as support work it is the practice's
    # customer service, which the policy would outsource: so the doubt decides.
    recall_calls = task(
        office="front",
        process="core",
        function="production",
        own_offering=True,
        doubts={"own_offering": "false"},
        own_alternative={"function": "customer_service"},
    )
    decision = decide_sourcing(recall_calls, DENTAL)
    assert decision.decision == "review"
    assert decision.reasons[0].text == (
        "classifier unsure whether this is part of the dental care you sell, and the advice "
        "depends on it: please confirm the labels"
    )


def test_doubted_own_work_whose_other_reading_is_also_kept_gets_its_decision():
    planning = task(
        process="core",
        function="production",
        own_offering=True,
        doubts={"own_offering": "false"},
        own_alternative={"function": "management"},
    )
    decision = decide_sourcing(planning, DENTAL)
    assert decision.decision == "keep"
    assert codes(decision) == ["own_offering", "doubt_own_offering"]


def test_without_alternatives_an_unsure_task_still_goes_to_review():
    decision = decide_sourcing(task(needs_review=True, own_offering=True), DENTAL)
    assert decision.decision == "review"
    assert decision.reasons[0].text == "classifier unsure: please confirm the labels"


def test_user_overrides_beat_the_doubts():
    corrected = task(
        process="core",
        function="finance_accounting",
        overridden=frozenset({"process"}),
        doubts={"process": "support"},
    )
    decision = decide_sourcing(corrected, COMPANY)
    assert decision.decision == "keep"
    assert codes(decision) == ["core_process", "labels_overridden"]


def test_a_doubt_naming_the_predicted_label_is_no_doubt():
    decision = decide_sourcing(task(function="payroll", doubts={"function": "payroll"}), COMPANY)
    assert codes(decision) == ["support_process"]
