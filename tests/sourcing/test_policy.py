"""The sourcing policy: one test per principle, plus the shape of a decision."""

import itertools

import pytest

from bpo.sourcing import Company, Reason, decide_sourcing
from bpo.sourcing.policy import in_principle
from bpo.sourcing.vocabulary import FUNCTIONS, LOCATIONS, OFFICES, PROCESSES

from .builders import task

COMPANY = Company()


def codes(decision) -> list[str]:
    return [reason.code for reason in decision.reasons]


def test_support_work_is_the_classic_outsourcing_candidate():
    decision = decide_sourcing(task(process="support", function="payroll"), COMPANY)
    assert decision.decision == "outsource"
    assert codes(decision) == ["support_process"]
    assert "back-office support work" in decision.reasons[0].text
    assert decision.score >= 70


def test_core_work_is_kept():
    decision = decide_sourcing(task(process="core", function="production"), COMPANY)
    assert decision.decision == "keep"
    assert codes(decision) == ["core_process"]


def test_customer_facing_core_work_is_kept_unless_volume_is_high():
    decision = decide_sourcing(task(office="front", process="core", function="marketing"), COMPANY)
    assert decision.decision == "keep"
    assert decision.reasons[0].text == "customer-facing core work: keep unless volume is high"


def test_transactional_customer_service_is_the_core_exception():
    decision = decide_sourcing(
        task(office="front", process="core", function="customer_service"), COMPANY
    )
    assert decision.decision == "outsource"
    assert codes(decision) == ["transactional_customer_service"]


@pytest.mark.parametrize(
    ("volume", "expected"), [(None, "keep"), (100, "keep"), (500, "outsource")]
)
def test_only_high_volume_sales_goes_out(volume, expected):
    sales = task(office="front", process="core", function="sales", transactions_per_month=volume)
    assert decide_sourcing(sales, COMPANY).decision == expected


def test_long_tail_work_is_kept_until_standardised():
    decision = decide_sourcing(task(process="long_tail", function="hr"), COMPANY)
    assert decision.decision == "keep"
    assert codes(decision) == ["long_tail"]
    assert "standardise it before handing it over" in decision.reasons[0].text


@pytest.mark.parametrize("function", ["management", "product_development"])
def test_leadership_and_product_development_stay(function):
    decision = decide_sourcing(task(process="support", function=function), COMPANY)
    assert decision.decision == "keep"
    assert codes(decision) == ["stays_in_house"]


def test_strategic_tasks_stay_whatever_the_labels_or_confidence():
    decision = decide_sourcing(task(strategic=True, needs_review=True), COMPANY)
    assert decision.decision == "keep"
    assert codes(decision) == ["strategic"]
    assert decision.score == 0


def test_unsure_classification_asks_for_review():
    decision = decide_sourcing(task(needs_review=True), COMPANY)
    assert decision.decision == "review"
    assert decision.reasons[0].code == "classifier_unsure"
    assert decision.reasons[0].text == "classifier unsure: please confirm the labels"


def test_user_overrides_win_over_low_confidence():
    overridden = task(needs_review=True, overridden=frozenset({"process"}))
    decision = decide_sourcing(overridden, COMPANY)
    assert decision.decision == "outsource"
    assert "classifier_unsure" not in codes(decision)
    assert codes(decision)[-1] == "labels_overridden"


def test_overridden_labels_decide_the_outcome():
    # The user says long-tail, whatever the model thought: the long-tail rule applies.
    corrected = task(process="long_tail", needs_review=True, overridden=frozenset({"process"}))
    assert decide_sourcing(corrected, COMPANY).decision == "keep"


def test_sensitive_data_lowers_the_score_and_says_why():
    plain = decide_sourcing(task(), COMPANY)
    regulated = decide_sourcing(task(sensitivity="regulated"), COMPANY)
    assert regulated.decision == "outsource"
    assert regulated.score < plain.score
    assert "sensitive_data" in codes(regulated)


@pytest.mark.parametrize(
    ("office", "process", "function", "location", "own_offering"),
    list(itertools.product(OFFICES, PROCESSES, FUNCTIONS, LOCATIONS, (False, True))),
)
def test_every_label_combination_gets_a_bounded_score_and_a_reason(
    office, process, function, location, own_offering
):
    labels = {"office": office, "process": process, "function": function, "location": location}
    decision = decide_sourcing(task(**labels, own_offering=own_offering), COMPANY)
    if own_offering:
        assert decision.decision == "keep" and decision.score <= 10
    assert decision.decision in ("outsource", "keep")
    assert 0 <= decision.score <= 100
    # Outsourcing scores sit above keep scores, so sorting by score reads naturally.
    assert (decision.score >= 50) == (decision.decision == "outsource")
    assert decision.reasons and all(r.code and r.text for r in decision.reasons)


def test_decision_to_dict_is_plain():
    assert decide_sourcing(task(), COMPANY).to_dict() == {
        "decision": "outsource",
        "score": 80,
        "reasons": [
            {
                "code": "support_process",
                "text": "structured back-office support work: the classic outsourcing candidate",
            }
        ],
    }


DENTAL = Company(country="DE", industry="dental practice", offering="Dental care.")


@pytest.mark.parametrize(
    ("company", "text"),
    [
        (DENTAL, "this is the dental care you sell: keep it"),
        (Company(industry="accounting firm"), "this is what your accounting firm sells: keep it"),
        (
            Company(offering="IT support for law firms"),
            "this is the IT support for law firms you sell: keep it",
        ),
        (None, "this is what you sell: keep it"),
        # A sentence or a list of services does not fit "the ... you sell".
        (
            Company(offering="We fit kitchens and bathrooms"),
            "this is what you sell (We fit kitchens and bathrooms): keep it",
        ),
        (
            Company(offering="Checkups, cleanings and fillings."),
            "this is what you sell (Checkups, cleanings and fillings): keep it",
        ),
    ],
)
def test_own_work_is_kept_and_names_the_offering(company, text):
    # Even labels that would otherwise send it out: own work comes first.
    own = task(process="support", function="finance_accounting", own_offering=True)
    decision = decide_sourcing(own, company)
    assert decision.decision == "keep"
    assert decision.reasons[0] == Reason("own_offering", text)
    assert decision.score <= 10


def test_routine_logistics_is_a_candidate_for_a_3pl():
    shipping = task(office="back", process="core", function="logistics")
    decision = decide_sourcing(shipping, COMPANY)
    assert decision.decision == "outsource"
    assert codes(decision) == ["third_party_logistics"]
    assert "third-party logistics providers (3PLs)" in decision.reasons[0].text
    assert 50 <= decision.score < 80
    assert (
        decide_sourcing(task(process="long_tail", function="logistics"), COMPANY).decision == "keep"
    )


def test_kept_after_all_the_outsourcing_rules_read_as_background():
    decision = decide_sourcing(task(sensitivity="regulated"), COMPANY)
    background = in_principle(decision.reasons)
    assert background[0] == Reason(
        "support_process", "structured back-office support work: suits outsourcing in principle"
    )
    assert background[1] == decision.reasons[1]  # the sensitive-data note stays as it is
