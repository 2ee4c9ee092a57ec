"""normalise_text: the canonical form of a task line the model reads."""

import pytest

from classifier.normalise import normalise_text


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("- Reconcile A/P every Friday", "reconcile accounts payable every friday"),
        ("raise POs w/ suppliers", "raise purchase orders with suppliers"),
        ("chase costumer invocies", "chase customer invoices"),
        ("Braids and locs, booked in 4-6 hr slots", "braids and locs, booked in 4-6 hours slots"),
        ("reply to messages within 24h", "reply to messages within 24 hours"),
        ("part timer, 20 hrs a week", "part timer, 20 hours a week"),
    ],
)
def test_shorthand_typos_and_hours_are_spelled_out(typed, read):
    assert normalise_text(typed) == read


@pytest.mark.parametrize(
    "typed", ["HR onboarding for new starters", "hr admin for 3 new starters", "H1 board report"]
)
def test_hr_without_a_number_before_it_stays_hr(typed):
    assert normalise_text(typed) == typed.lower()


@pytest.mark.parametrize(
    "pasted",
    [
        "- [ ] Chase unpaid invoices",
        "[x] Chase unpaid invoices",
        "☐ Chase unpaid invoices",
        "✔ Chase unpaid invoices",
        "→ Chase unpaid invoices",
        "(b) Chase unpaid invoices",
        "12) Chase unpaid invoices",
        "* **Chase** unpaid invoices",
        '"Chase unpaid invoices"',
        "`Chase` __unpaid__ invoices",
    ],
)
def test_list_markers_and_markup_are_not_read(pasted):
    assert normalise_text(pasted) == "chase unpaid invoices"


@pytest.mark.parametrize(
    "typed",
    [
        "2.5 hours of bookkeeping a week",
        "1.2.3 manage cash",
        "steps to close the till",
        "step 3 - close the till",
        "e.g. stock counts",
        'mark "paid" in the ledger',
    ],
)
def test_numbers_steps_and_words_the_training_data_keeps_stay(typed):
    assert normalise_text(typed) == typed.lower()
