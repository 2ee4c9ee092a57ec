"""evaluate_model: report shape, held-out and dev-set figures and the model card."""

import random

import pytest

# The dev sets `flask evaluate` scores, so a new set is added in one place.
from bpo.cli import DEV_SETS
from classifier import HEADS, CompanyContext
from classifier.evaluation import load_dev_rows
from classifier.training import score_rows


@pytest.fixture(scope="module")
def report(full_model_report):
    """The evaluation report of the full model (the dev minima are about it) and its card,
    written on every dev set of DEV_SETS by the process that trained the model."""
    return full_model_report


def test_report_has_held_out_scores_per_head_and_style(report):
    result, _ = report
    assert result["data"]["matches_model"]
    for head in HEADS:
        scores = result["holdout"]["heads"][head]
        assert 0.0 <= scores["accuracy"] <= 1.0 and 0.0 <= scores["macro_f1"] <= 1.0
        assert result["datasets"]["holdout"][head] == scores["accuracy"]
    assert set(result["holdout"]["by_style"]) == {"informal", "formal", "statement"}
    # The card's per-style columns come in HEADS order, the same on every run.
    assert all(list(scores) == list(HEADS) for scores in result["holdout"]["by_style"].values())
    companies = result["holdout_companies"]["heads"]
    assert set(companies) == {*HEADS, "own_offering"}


def test_held_out_scores_match_the_training_metadata(report, full_model):
    result, _ = report
    recorded = full_model.metadata["metrics"]["holdout"]["heads"]
    for head in HEADS:
        assert result["holdout"]["heads"][head]["macro_f1"] == recorded[head]["macro_f1"]


# Floors a change must not fall below (measured figures are in the model card; these leave a
# margin for small data edits). Each dev set is text or companies the model never saw. O*NET's
# function labels are per occupation (weak), so its floor sits lower than the lines it costs:
# the shop-floor lines took it from 0.587 to 0.577 while real_dev's hand labels rose 0.75 -> 0.87.
# Its process labels are per occupation too: the checklist, procedure and breadth lines took it
# from 0.801 to 0.799 (25 lines went wrong and 22 right; seven of the new misses are routine
# duties that mention requests or events, read as long-tail) while real_dev's function rose
# 0.853 -> 0.882 (process fell one line, 0.897 -> 0.882). Weighting long-tail lines 10 to 1
# took it to 0.793: more lines read as long-tail, which pays off on real page lines, and
# O*NET's labels have no long tail at all. The written ad hoc and checklist-step lines took it to
# 0.787 (function 0.575 -> 0.566) while the 994 clear page lines rose 0.832 -> 0.848 (function
# 0.805 -> 0.821). The corporate-event, request-policy and small-organisation lines took it to
# 0.784 (function 0.571) while the ninth round of page lines, measured blind, rose 0.745 -> 0.778
# in function and real_dev 0.868 -> 0.882; the workflow-jargon and hospitality lines after them
# left it at 0.784 (function 0.575). The WordNet concept features took it to 0.780 (function
# 0.563) while four rounds of page lines measured blind gained 6 office, 8 process and 8
# function lines of 463: its floor moved to 0.77 to leave the usual margin. Naive Bayes in the
# function estimator took it to 0.786 (function 0.585). It cost real_dev two function lines
# (0.882 -> 0.853, 58 of 68) while the sixteen rounds of page lines gained 28 of 2,141 (three
# of them, measured blind, 16 of 341): real_dev's function floor moved to 0.82 to keep one line
# of margin. The function estimator's temperature, with office tied to the function, left it at
# 0.862 / 0.785 / 0.584 (tc6-29dc07effa7e); the third breadth pass of written lines at 0.861 /
# 0.787 / 0.581 (tc6-54937c714bb6), real_dev 0.956 / 0.882 / 0.853 -> 0.971 / 0.897 / 0.868;
# the fourth pass of boundary near-pairs at 0.861 / 0.787 / 0.582 (tc6-dd60d6d7d7e8), real_dev
# unchanged.
DEV_MINIMA = {
    "onet_dev": {"office": 0.84, "process": 0.77, "function": 0.56},
    "real_dev": {"office": 0.93, "process": 0.85, "function": 0.82},
    # 2,141 clear lines in sixteen rounds: 0.949 / 0.843 / 0.832 with tc5-3e1761bf9371
    # (0.947 / 0.840 / 0.819 with tc4-dcdcb764709d, before naive Bayes); the fourteenth to
    # sixteenth rounds alone, measured blind before it, 0.920 / 0.848 / 0.832, 0.950 / 0.830 /
    # 0.840 and 0.966 / 0.793 / 0.784. The fifth to sixteenth rounds are harder (function
    # 0.72-0.90), hence the lower function floor. 2,509 clear lines in eighteen rounds: 0.951 /
    # 0.847 / 0.835 with tc5-3e1761bf9371, 0.951 / 0.846 / 0.835 with tc6-29dc07effa7e; the
    # seventeenth and eighteenth, measured blind with both, 0.953 / 0.853 / 0.847 and 0.955 /
    # 0.889 / 0.854 with tc5, 0.947 / 0.859 / 0.847 and 0.960 / 0.884 / 0.854 with tc6; the
    # nineteenth, collected after the choices, 0.943 / 0.892 / 0.847 and 0.949 / 0.886 / 0.847.
    # 2,685 clear lines in nineteen rounds: 0.950 / 0.850 / 0.836 and 0.951 / 0.849 / 0.836.
    # 2,906 in twenty: 0.952 / 0.849 / 0.835 with tc6-29dc07effa7e, 0.951 / 0.855 / 0.835 with
    # the third breadth pass (tc6-54937c714bb6); the twentieth, measured blind with both, 0.955 /
    # 0.855 / 0.819 and 0.959 / 0.869 / 0.819. 3,096 in twenty-one: 0.950 / 0.852 / 0.835 and
    # 0.950 / 0.857 / 0.836; the twenty-first, collected after the choices, 0.926 / 0.889 /
    # 0.832 and 0.932 / 0.895 / 0.853. 3,296 in twenty-two: 0.948 / 0.857 / 0.834 with
    # tc6-54937c714bb6; the twenty-second, measured blind, 0.920 / 0.855 / 0.805. 3,652 in
    # twenty-four: 0.947 / 0.857 / 0.834 with tc6-54937c714bb6, 0.949 / 0.860 / 0.836 with the
    # fourth pass of boundary near-pairs (tc6-dd60d6d7d7e8); the twenty-third and
    # twenty-fourth, measured blind with both, 0.955 / 0.877 / 0.857 and 0.936 / 0.847 / 0.822,
    # then 0.955 / 0.890 / 0.851 and 0.941 / 0.852 / 0.822. 3,824 in twenty-five: 0.949 / 0.861
    # / 0.838 with tc6-dd60d6d7d7e8; the twenty-fifth, measured blind, 0.954 / 0.895 / 0.866.
    # 3,995 in twenty-six: 0.950 / 0.863 / 0.839 with tc6-c1e7a659e376, 0.949 / 0.866 / 0.837
    # with the seed's fleet, new-hire, move and event lines (tc6-33df9727196d); the
    # twenty-sixth, measured blind with both, 0.965 / 0.901 / 0.866 and 0.965 / 0.906 / 0.866.
    # 4,351 in twenty-eight: 0.948 / 0.863 / 0.835 with tc6-33df9727196d; the twenty-seventh and
    # twenty-eighth, measured blind, 0.946 / 0.848 / 0.842 and 0.919 / 0.802 / 0.796. 4,661 in
    # thirty: 0.948 / 0.862 / 0.834 with tc6-def4860ec96b; the twenty-ninth and thirtieth,
    # measured blind, 0.957 / 0.865 / 0.780 and 0.953 / 0.840 / 0.840. 4,832 in thirty-one:
    # 0.947 / 0.862 / 0.833; the thirty-first, measured blind, 0.924 / 0.854 / 0.813. 5,003 in
    # thirty-two: 0.948 / 0.861 / 0.833; the thirty-second, measured blind, 0.959 / 0.842 / 0.830.
    # 5,174 in thirty-three: 0.947 / 0.863 / 0.834; the thirty-third, measured blind, 0.936 /
    # 0.918 / 0.848. 5,321 in thirty-four: 0.947 / 0.863 / 0.832; the thirty-fourth, measured
    # blind, 0.939 / 0.871 / 0.789.
    "page_lines": {"office": 0.93, "process": 0.83, "function": 0.80},
    # Each line read under its heading, as the service reads a listed task; 111 clear lines:
    # 0.946 / 0.883 / 0.883 with tc6-dd60d6d7d7e8 (alone 0.910 / 0.856 / 0.784).
    "section_lines": {"office": 0.91, "process": 0.84, "function": 0.84},
    "company_lists": {
        "office": 0.90,
        "process": 0.84,
        "function": 0.79,
        "location": 0.92,
        "own_offering": 0.88,
    },
    # Written in the house style of the training data's framework names, so it sits far above
    # what the hidden process names reach: a floor against regressions, not a goal.
    "process_names": {"office": 0.95, "process": 0.93, "function": 0.90},
    # Written blind in a framework's vaguer style; 150 clear names: 0.993 / 0.987 / 0.953 with
    # tc3-1c3f1c539e90, measured before anything was changed with them in view.
    "framework_names": {"office": 0.95, "process": 0.93, "function": 0.90},
    # Copied from public process frameworks and catalogs, measured with tc5-3e1761bf9371 and
    # tc6-29dc07effa7e before it came in; 146 clear names: 0.966 / 0.918 / 0.904 and 0.959 /
    # 0.918 / 0.904 (issue 9 asks 0.92 / 0.82 / 0.75 of hidden framework names).
    "public_process_names": {"office": 0.93, "process": 0.88, "function": 0.86},
}


def _dev_section(report, name: str) -> dict:
    """The report's section on one dev set; the test is skipped where the set is missing."""
    result, _ = report
    if name not in result["dev"]:
        pytest.skip(f"{DEV_SETS[name]} not available")
    return result["dev"][name]


@pytest.mark.parametrize("name", DEV_MINIMA)
def test_dev_figures_meet_the_minima(report, name):
    heads = _dev_section(report, name)["heads"]
    for head, minimum in DEV_MINIMA[name].items():
        assert heads[head]["accuracy"] >= minimum, (head, heads[head]["accuracy"])


# needs_review on lines nobody here wrote: issue 9 asks for at most 20% of real lines flagged,
# catching at least 60% of the wrong ones. real_dev has about a dozen wrong lines, so its floor
# leaves one of them as margin: tc3-1c3f1c539e90 caught 7 of 12 at 16.2% flagged; with the
# written ad hoc and checklist-step lines (tc3-d8fe69d59089) 5 of 11 at 13.2%, the same wrong
# lines read with more confidence; with the corporate-event, request-policy and
# small-organisation lines 7 of 11 at 17.6%, and with the workflow-jargon and hospitality lines
# (tc3-aac4a978de82) 4 of 10 at 17.6%, which leaves no line of margin; with the concept
# features and the function review threshold at 0.55 (tc4-dcdcb764709d) 5 of 10 at 16.2%; with
# naive Bayes in the function estimator and process / function thresholds of 0.7
# (tc5-3e1761bf9371) 7 of 12 at 14.7%; with the function estimator's temperature and process /
# function thresholds of 0.6 / 0.575 (tc6-29dc07effa7e) 7 of 12 at 16.2%; with the third
# breadth pass (tc6-54937c714bb6) 6 of 11 at 17.6%; with the fourth pass of boundary
# near-pairs (tc6-dd60d6d7d7e8) 5 of 11 at 16.2%.
# O*NET's weak labels make many "wrong" lines disputable.
REVIEW_LIMITS = {
    "real_dev": {"flag_rate": 0.20, "errors_caught": 0.35},
    "onet_dev": {"flag_rate": 0.25, "errors_caught": 0.25},
    # 2,141 clear lines of sixteen rounds: 44.1% of the wrong ones caught at 18.3% flagged
    # (tc5-3e1761bf9371; 43.1% at 17.7% with tc4-dcdcb764709d). 2,509 clear lines of eighteen
    # rounds: 44.1% at 18.3% with tc5, 45.0% at 18.1% with tc6-29dc07effa7e; the seventeenth
    # and eighteenth, measured blind, 41.7% at 17.1% and 44.2% at 18.2% with tc5, 41.7% at
    # 16.5% and 47.6% at 17.2% with tc6; the nineteenth 42.4% at 15.3% and 36.4% at 13.6%.
    # 2,685 clear lines of nineteen rounds: 44.0% at 18.1% with tc5, 44.5% at 17.8% with tc6.
    # 2,906 of twenty: 44.7% at 18.1% with tc6, 43.3% at 17.5% with the third breadth pass
    # (tc6-54937c714bb6); the twentieth, measured blind, 46.2% at 21.7% and 48.0% at 20.8%.
    # 3,096 of twenty-one: 45.5% at 18.3% and 43.9% at 17.8%; the twenty-first, collected after
    # the choices, 60.0% at 21.6% and 54.1% at 22.6%. 3,296 of twenty-two: 44.1% at 17.9% with
    # tc6-54937c714bb6; the twenty-second, measured blind, 47.8% at 19.5%. 3,652 of
    # twenty-four: 44.3% at 18.0% with tc6-54937c714bb6, 47.4% at 19.5% with tc6-dd60d6d7d7e8;
    # the twenty-third and twenty-fourth, measured blind, 64.5% at 22.7% and 35.8% at 15.8%,
    # then 66.7% at 21.4% and 39.2% at 18.8%. 3,824 of twenty-five: 47.0% at 19.1%; the
    # twenty-fifth, measured blind, 36.7% at 10.5%. Read as lists, fewer lines are wrong and
    # fewer flagged: 40.6% at 14.5% (LIST_REVIEW_LIMITS). 3,995 of twenty-six: 47.0% at 18.8%
    # with tc6-c1e7a659e376, 44.7% at 18.2% with tc6-33df9727196d (the same curve: with the
    # lowest 20% flagged, 48.7% and 48.5%); the twenty-sixth, measured blind, 48.3% at 12.9%
    # and 50.0% at 14.6%. 4,351 of twenty-eight: 45.2% at 18.4% with tc6-33df9727196d as it
    # was, 49.0% at 19.6% once a long-tail answer needs 0.75 (review_threshold_long_tail; the
    # twenty-seventh and twenty-eighth, measured blind, 47.6% at 20.1% -> 52.4% at 21.7% and
    # 51.0% at 20.9% -> 54.9% at 22.7%). The minimum fails without the long-tail threshold.
    # 4,661 of thirty: 50.0% at 19.7% with tc6-def4860ec96b; the twenty-ninth and thirtieth,
    # measured blind, 53.8% at 22.0% and 69.2% at 20.7%. 4,832 of thirty-one: 50.1% at 19.8%;
    # the thirty-first, measured blind, 55.0% at 21.6%. 5,003 of thirty-two: 50.1% at 19.8%; the
    # thirty-second, measured blind, 50.0% at 18.7%. 5,174 of thirty-three: 50.1% at 19.6%; the
    # thirty-third, measured blind, 48.3% at 13.5%. 5,321 of thirty-four: 50.3% at 19.8%; the
    # thirty-fourth, measured blind, 56.8% at 26.5%.
    "page_lines": {"flag_rate": 0.20, "errors_caught": 0.46},
}


def test_a_heading_tells_the_service_line_of_the_steps_under_it(full_model):
    # Checklist steps ("check each link", "send reminders") often take their service line from
    # their section alone; read under it they gain 11 lines of 111 (0.784 -> 0.883 above).
    if not DEV_SETS["section_lines"].exists():
        pytest.skip("eval/section_lines.csv not available")
    under = load_dev_rows(DEV_SETS["section_lines"])
    alone = [{**row, "text": row["name"]} for row in under]
    gained = (
        score_rows(full_model, under)["heads"]["function"]["accuracy"]
        - score_rows(full_model, alone)["heads"]["function"]["accuracy"]
    )
    assert gained >= 0.05, gained


# Each page's (occupation's, company's) clear lines read together in file order, as the service
# reads a list a user sends (classifier/list_context.py). With tc6-dd60d6d7d7e8 (the lines read
# without a company are the same with tc6-c1e7a659e376, which changed only own work): page lines
# (3,824 clear lines of twenty-five rounds) 0.964 / 0.878 / 0.882 against 0.949 / 0.861 / 0.838
# alone; the twenty-fifth, kept blind until the settings were chosen, 0.988 / 0.913 / 0.954
# against 0.954 / 0.895 / 0.866; real_dev 0.971 / 0.926 / 0.926; O*NET by occupation 0.877 /
# 0.823 / 0.639; section lines under their headings 0.964 / 0.892 / 0.928; company lists 0.956
# / 0.890 / 0.879, and 0.955 / 0.886 / 0.874 with tc6-c1e7a659e376. With tc6-33df9727196d: page
# lines of twenty-six rounds 0.965 / 0.882 / 0.881 (0.966 / 0.881 / 0.883 before), real_dev the
# same, O*NET 0.874 / 0.824 / 0.635, section lines the same, company lists 0.956 / 0.886 / 0.875;
# page lines of twenty-eight rounds 0.963 / 0.878 / 0.878. With tc6-def4860ec96b: page lines of
# thirty rounds 0.963 / 0.877 / 0.877; the twenty-ninth and thirtieth, measured blind, 0.957 /
# 0.865 / 0.816 and 0.970 / 0.846 / 0.882; of thirty-one rounds 0.963 / 0.877 / 0.876, the
# thirty-first, measured blind, 0.947 / 0.883 / 0.871; of thirty-two 0.963 / 0.876 / 0.877, the
# thirty-second, measured blind, 0.971 / 0.854 / 0.883; of thirty-three 0.963 / 0.878 / 0.877,
# the thirty-third, measured blind, 0.953 / 0.924 / 0.883; of thirty-four 0.963 / 0.878 / 0.876,
# the thirty-fourth, measured blind, 0.959 / 0.884 / 0.830.
LIST_MINIMA = {
    "page_lines": {"office": 0.95, "process": 0.85, "function": 0.85},
    "real_dev": {"office": 0.93, "process": 0.88, "function": 0.88},
    "onet_dev": {"office": 0.85, "process": 0.79, "function": 0.60},
    "section_lines": {"office": 0.93, "process": 0.86, "function": 0.88},
    "company_lists": {"office": 0.90, "process": 0.84, "function": 0.79, "own_offering": 0.88},
}


@pytest.mark.parametrize("name", LIST_MINIMA)
def test_dev_figures_read_as_lists_meet_the_minima(report, name):
    _dev_section(report, name)
    heads = report[0]["dev_lists"][name]["heads"]
    for head, minimum in LIST_MINIMA[name].items():
        assert heads[head]["accuracy"] >= minimum, (head, heads[head]["accuracy"])


def test_a_page_read_as_a_list_tells_its_lines_service_line(report):
    # A job page's duties and a checklist's steps share a service line that a step's own words
    # often do not show: read with its neighbours, page lines gain 4.4 points of function.
    alone, lists = _dev_section(report, "page_lines"), report[0]["dev_lists"]["page_lines"]
    gained = lists["heads"]["function"]["accuracy"] - alone["heads"]["function"]["accuracy"]
    assert gained >= 0.03, gained


def test_unrelated_lines_sent_together_are_read_as_if_alone(full_model):
    # A consultant's batch in no order must not borrow its neighbours' readings: page lines
    # shuffled into batches of 40 score as they do alone (the agreement gate keeps them apart).
    if not DEV_SETS["page_lines"].exists():
        pytest.skip("eval/page_lines.csv not available")
    rows = load_dev_rows(DEV_SETS["page_lines"])
    random.Random(0).shuffle(rows)
    batches = [{**row, "batch": i // 40} for i, row in enumerate(rows)]
    alone = score_rows(full_model, batches)["heads"]
    mixed = score_rows(full_model, batches, lists="batch")["heads"]
    for head in ("office", "process", "function"):
        assert mixed[head]["accuracy"] >= alone[head]["accuracy"] - 0.005, head


# Businesses whose own work (making or delivering what they sell) no clear page line outside
# production describes: read with their profiles, those lines should stay ordinary work.
UNRELATED_BUSINESSES = [
    ("dental practice", "checkups, cleanings, fillings and crowns for families"),
    ("bakery", "bread, pastries and celebration cakes baked daily"),
    ("plumbing company", "emergency plumbing repairs, boiler servicing and bathroom fitting"),
    ("landscaping", "garden design, lawn care and tree surgery for homes"),
    ("auto repair shop", "car servicing, MOT repairs and tyre fitting"),
    ("hair salon", "haircuts, colouring and styling"),
]


def test_real_lines_are_rarely_an_unrelated_business_own_work(full_model):
    # With 250 ordinary lines as own-work negatives, 16.3% of these lines were called each
    # business's own work on average ("Screen resumes" for the plumber); with 3,000, 6.5%
    # (TrainingConfig.generic_negatives); 6.4% of the page lines of thirty rounds with
    # tc6-def4860ec96b, 6.5% of thirty-one, 6.4% of thirty-two, thirty-three and
    # thirty-four.
    if not DEV_SETS["page_lines"].exists():
        pytest.skip("eval/page_lines.csv not available")
    rows = load_dev_rows(DEV_SETS["page_lines"])
    texts = [row["text"] for row in rows if row["function"] != "production"]
    shares = [
        (full_model.predict_proba(texts, CompanyContext(*business))["own_offering"] >= 0.5).mean()
        for business in UNRELATED_BUSINESSES
    ]
    assert sum(shares) / len(shares) <= 0.10, shares


# Read as lists, the review flag on page lines: 40.6% of the wrong ones caught at 14.5% flagged
# with tc6-dd60d6d7d7e8 (the twenty-fifth round, measured blind, 35.3% at 7.6%); of twenty-six
# rounds, 40.9% at 14.3% with tc6-c1e7a659e376 and 38.7% at 13.6% with tc6-33df9727196d; of
# twenty-eight, 39.5% at 13.8% as it was and 44.4% at 15.1% with the long-tail threshold (the
# minimum fails without it); of thirty, 45.1% at 15.2% with tc6-def4860ec96b (the twenty-ninth
# and thirtieth, measured blind, 48.6% at 17.7% and 59.4% at 15.4%; of thirty-one, 45.1% at
# 15.2%, the thirty-first, measured blind, 46.7% at 15.2%; of thirty-two, 45.2% at 15.2%, the
# thirty-second, measured blind, 48.5% at 17.0%; of thirty-three, 45.1% at 15.1%, the
# thirty-third, measured blind, 41.7% at 11.7%; of thirty-four, 45.5% at 15.3%, the thirty-fourth,
# measured blind, 56.2% at 22.4%).
LIST_REVIEW_LIMITS = {"page_lines": {"flag_rate": 0.20, "errors_caught": 0.42}}


@pytest.mark.parametrize(
    ("name", "as_lists"),
    [(name, False) for name in REVIEW_LIMITS] + [(name, True) for name in LIST_REVIEW_LIMITS],
)
def test_review_flag_marks_few_lines_and_catches_the_wrong_ones(report, name, as_lists):
    review = _dev_section(report, name)["review"]
    limits = REVIEW_LIMITS[name]
    if as_lists:
        review, limits = report[0]["dev_lists"][name]["review"], LIST_REVIEW_LIMITS[name]
    assert review["flag_rate"] <= limits["flag_rate"], review
    assert review["errors_caught"] >= limits["errors_caught"], review


def test_model_card_is_written(report):
    _, card = report
    text = card.read_text()
    for section in (
        "## Data",
        "## Method",
        "## Summary",
        "## Held-out task lines",
        "## Held-out written companies",
        "## needs_review",
        "## Confusion (held-out)",
        "## Known weaknesses",
    ):
        assert section in text
