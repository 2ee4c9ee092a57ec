"""Predictions, figures, determinism and explanations of the trained classifier."""

import copy
import csv
import math
from dataclasses import replace

import numpy as np
import pytest
from reference_explain import dense_top_terms

from classifier import (
    FUNCTIONS,
    HEADS,
    LOCATIONS,
    OFFICES,
    PROCESSES,
    VOCABULARIES,
    CompanyContext,
    HeadPrediction,
    Prediction,
    train_model,
    training,
)
from classifier.labels import FUNCTION_OFFICE, LONG_TAIL
from classifier.normalise import normalise_text
from classifier.training import TrainingConfig, company_data_path, data_fingerprint, model_version

# The worked examples table of LABELING.md: task, office, process, function.
WORKED_EXAMPLES = [
    ("Answer customer emails about late orders", "front", "core", "customer_service"),
    ("Book demos with prospects", "front", "core", "sales"),
    ("Post on Instagram three times a week", "front", "core", "marketing"),
    ("Reconcile the bank statements every month", "back", "support", "finance_accounting"),
    ("Run payroll every two weeks", "back", "support", "payroll"),
    ("Screen CVs for open positions", "back", "support", "hr"),
    ("Reset passwords for staff", "back", "support", "it"),
    ("Scan and file paper documents", "back", "support", "admin"),
    ("Place purchase orders with suppliers", "back", "support", "procurement"),
    ("Pack and ship online orders", "back", "core", "logistics"),
    ("Assemble furniture orders in the workshop", "back", "core", "production"),
    ("Review supplier contracts before signing", "back", "support", "legal_compliance"),
    ("Prototype new product features", "back", "core", "product_development"),
    (
        "Approve one-off budget requests for special projects",
        "back",
        "long_tail",
        "finance_accounting",
    ),
    ("Process new hire requests from department heads", "back", "long_tail", "hr"),
    ("Coordinate company car bookings and fleet repairs", "back", "long_tail", "admin"),
]

# Macro-F1 floors on the small model's own held-out lines (200 lines per function and every
# second written company; it is trained with its held-out validation, the full model is not).
# These come from the same writing as the training data, so they guard the held-out code and
# gross regressions; real text is measured in test_evaluation.py. Measured: 0.878 / 0.804 /
# 0.722 / 0.878 with tc6, 0.878 / 0.792 / 0.722 / 0.878 with tc7 (office / process / function /
# location), 0.848 / 0.783 / 0.711 / 0.849 once the Portuguese, Italian and Swedish lines came in:
# they move the evenly spaced slice onto other rows (13 of its 2,800 are new lines) and its
# held-out split with it, so the office and location floors went from 0.85 to 0.83 and process
# from 0.77 to 0.76. The full model's held-out figures are in the model card (`flask evaluate`);
# its split is redrawn whenever lines are added, and its function accuracy read 0.878 / 0.877 /
# 0.874 over seeds 0 / 1 / 2 before those lines and 0.866 / 0.866 / 0.880 after.
HELD_OUT_MINIMA = {"office": 0.83, "process": 0.76, "function": 0.69, "location": 0.83}
DENTAL = CompanyContext("dental practice", "checkups, cleanings, fillings and crowns for families")
ACCOUNTANTS = CompanyContext("accounting firm", "tax returns and year-end accounts for clients")

SAMPLE = ["do the books", "CHASE UNPAID INVOCIES!!", "Manage customer inquiries", "", "xyzzy"]


def test_label_vocabularies_match_labeling_md():
    assert OFFICES == ("front", "back")
    assert PROCESSES == ("core", "support", "long_tail")
    assert len(FUNCTIONS) == 14 and len(set(FUNCTIONS)) == 14
    assert LOCATIONS == ("remote", "on_site")
    assert HEADS == ("office", "process", "function", "location")
    assert VOCABULARIES == {
        "office": OFFICES,
        "process": PROCESSES,
        "function": FUNCTIONS,
        "location": LOCATIONS,
    }


def test_predict_returns_one_prediction_per_text_in_vocabulary(trained_model):
    predictions = trained_model.predict(SAMPLE)
    assert len(predictions) == len(SAMPLE)
    for prediction in predictions:
        assert isinstance(prediction, Prediction)
        for head in HEADS:
            answer = getattr(prediction, head)
            assert isinstance(answer, HeadPrediction)
            assert answer.label in VOCABULARIES[head]
            assert 0.0 <= answer.confidence <= 1.0 and not math.isnan(answer.confidence)
        assert isinstance(prediction.needs_review, bool)


def test_predict_edge_cases(trained_model):
    assert trained_model.predict([]) == []
    with pytest.raises(TypeError):
        trained_model.predict("a single string")
    with pytest.raises(TypeError):
        trained_model.predict(["fine", None])


def test_probabilities_sum_to_one_per_head(trained_model):
    for head, matrix in trained_model.predict_proba(SAMPLE).items():
        assert matrix.shape == (len(SAMPLE), len(VOCABULARIES[head]))
        np.testing.assert_allclose(matrix.sum(axis=1), 1.0, atol=1e-9)


def test_to_dict_shape(trained_model):
    data = trained_model.predict(["Run payroll every two weeks"])[0].to_dict()
    assert set(data) == {*HEADS, "needs_review"}
    for head in HEADS:
        assert set(data[head]) == {"label", "confidence"}
    with_company = trained_model.predict(["Run payroll every two weeks"], DENTAL)[0].to_dict()
    assert set(with_company) == {*HEADS, "needs_review", "own_offering", "own_offering_confidence"}
    assert with_company["own_offering"] is False


@pytest.mark.parametrize("company", [None, DENTAL])
def test_needs_review_follows_the_stored_threshold(trained_model, company):
    review = trained_model.metadata["review_thresholds"]
    doubt = trained_model.metadata["doubt_thresholds"]
    assert all(0.0 < review[h] <= doubt[h] < 1.0 for h in review)
    texts = SAMPLE + [row[0] for row in WORKED_EXAMPLES]
    for prediction in trained_model.predict(texts, company):
        answers = {head: getattr(prediction, head) for head in HEADS}
        if company:
            answers["own_offering"] = prediction.own_offering
        # A long-tail answer is held to the long-tail threshold, every other to its head's.
        kind = {
            h: LONG_TAIL if h == "process" and a.label == LONG_TAIL else h
            for h, a in answers.items()
        }
        unsure = {h for h, answer in answers.items() if answer.confidence < review[kind[h]]}
        doubtful = {h for h, answer in answers.items() if answer.confidence < doubt[kind[h]]}
        assert prediction.needs_review == bool(unsure)
        assert dict(prediction.doubts) == {h: answers[h].runner_up for h in doubtful}
        for head, runner_up in prediction.doubts:
            assert runner_up != answers[head].label


def test_a_long_tail_answer_is_held_to_the_long_tail_threshold(trained_model):
    # Every head passes its own threshold; only long-tail answers need more than they can have.
    model = copy.copy(trained_model)
    lenient = {head: 0.0 for head in trained_model.review_thresholds}
    model.metadata = {
        **trained_model.metadata,
        "review_thresholds": {**lenient, LONG_TAIL: 1.01},
        "doubt_thresholds": {**lenient, LONG_TAIL: 1.01},
    }
    texts = SAMPLE + [row[0] for row in WORKED_EXAMPLES]
    predictions = model.predict(texts)
    long_tail = [p.process.label == LONG_TAIL for p in predictions]
    assert any(long_tail) and not all(long_tail)
    assert [p.needs_review for p in predictions] == long_tail
    assert [dict(p.doubts) for p in predictions] == [
        {"process": p.process.runner_up} if lt else {}
        for p, lt in zip(predictions, long_tail, strict=True)
    ]


@pytest.mark.parametrize(("text", "office", "process", "function"), WORKED_EXAMPLES)
def test_worked_examples_from_labeling_md(trained_model, text, office, process, function):
    prediction = trained_model.predict([text])[0]
    got = (prediction.office.label, prediction.process.label, prediction.function.label)
    assert got == (office, process, function)


@pytest.mark.parametrize("head", HEADS)
def test_held_out_figures_meet_the_minima(small_model, head):
    held_out = small_model.metadata["metrics"]["holdout"]
    assert held_out["held_out_rows"] >= 0.15 * small_model.metadata["training_data"]["rows"]
    assert held_out["heads"][head]["macro_f1"] >= HELD_OUT_MINIMA[head]


def test_metadata_describes_the_model(trained_model):
    metadata = trained_model.metadata
    assert trained_model.version == metadata["version"]
    for key in ("created", "libraries", "training_data", "metrics", "config", "model_file"):
        assert key in metadata
    assert len(metadata["training_data"]["sha256"]) == 64


def test_version_names_the_data_and_the_settings(trained_model):
    sha = trained_model.metadata["training_data"]["sha256"]
    config = TrainingConfig.from_dict(trained_model.metadata["config"])
    assert trained_model.version == model_version(sha, config)
    # A changed threshold or weight is a different model, though the data is the same.
    for changed in (
        replace(config, doubt_threshold_yes_no=0.85),
        replace(config, company_line_weight=1.0),
    ):
        assert model_version(sha, changed) != trained_model.version
    assert model_version("0" * 64, config) != trained_model.version


def test_version_follows_how_the_normaliser_reads_the_data(data_path, monkeypatch):
    # The same files read another way fit another model, so the fingerprint (and the version)
    # must change with the normaliser's reading, and only with it: a comment or a faster path in
    # classifier/normalise.py that reads every line as before keeps the version.
    before = data_fingerprint(data_path)
    monkeypatch.setattr(training, "normalise_texts", lambda texts: list(map(normalise_text, texts)))
    assert data_fingerprint(data_path) == before
    monkeypatch.setattr(
        training,
        "normalise_texts",
        lambda texts: [normalise_text(text).replace("invoices", "invoice") for text in texts],
    )
    assert data_fingerprint(data_path) != before


def test_training_is_deterministic(data_path, tmp_path):
    # Two trainings on a thirty-second of the data (every thirty-second line and company): the
    # same property as on the full files at a fraction of the cost (a quarter took 145 s of
    # `make test` once the written companies reached 348, an eighth 115 s, a sixteenth 106 s).
    # The first fits its validation and final models in two threads, the second the final model
    # alone (held_out=False): the thread beside it changes no weight.
    with data_path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    sample = tmp_path / "tasks.csv"
    with sample.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows[::32])
    with company_data_path(data_path).open(newline="", encoding="utf-8") as handle:
        companies = list(csv.DictReader(handle))
    kept = sorted({row["company"] for row in companies})[::32]
    with company_data_path(sample).open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(companies[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(row for row in companies if row["company"] in kept)
    first, second = train_model(sample), train_model(sample, held_out=False)
    texts = SAMPLE + [row[0] for row in WORKED_EXAMPLES]
    first_proba, second_proba = (
        first.predict_proba(texts, DENTAL),
        second.predict_proba(texts, DENTAL),
    )
    for head in (*HEADS, "own_offering"):
        np.testing.assert_array_equal(first_proba[head], second_proba[head])
    assert [p.to_dict() for p in first.predict(texts)] == [
        p.to_dict() for p in second.predict(texts)
    ]
    for key in ("training_data", "version", "review_threshold", "config"):
        assert first.metadata[key] == second.metadata[key]
    assert first.metadata["training_data"]["sha256"] == data_fingerprint(sample)
    assert set(first.metadata["metrics"]["holdout"]["heads"]) == set(HEADS)
    assert second.metadata["metrics"] == {}


def test_explain_returns_terms_for_every_head(trained_model):
    explanation = trained_model.explain("Reconcile the bank statements every month")
    assert set(explanation) == set(HEADS)
    for terms in explanation.values():
        assert terms, "expected at least one term"
        for term in terms:
            assert isinstance(term["term"], str) and term["term"]
            assert type(term["weight"]) is float and term["weight"] > 0
    top_function_terms = {t["term"] for t in explanation["function"][:3]}
    assert top_function_terms & {"reconcile", "bank", "statements", "bank statements"}


def test_explain_handles_empty_text(trained_model):
    assert set(trained_model.explain("")) == set(HEADS)


# LABELING.md section 4: the same line is the company's own work or ordinary work by what it sells.
OWN_WORK_CASES = [
    (DENTAL, "cleanings and checkups by the hygienists", True),
    (DENTAL, "fillings, crowns and root canals", True),
    (DENTAL, "submit insurance claims for our patients", False),
    (DENTAL, "run payroll every two weeks", False),
    (ACCOUNTANTS, "prepare individual tax returns for clients", True),
    (ACCOUNTANTS, "reconcile our own bank account", False),
    (ACCOUNTANTS, "clean the office (janitorial)", False),
]


@pytest.mark.parametrize(("company", "text", "own"), OWN_WORK_CASES)
def test_own_work_is_read_from_the_company(trained_model, company, text, own):
    prediction = trained_model.predict([text], company)[0]
    assert (prediction.own_offering.label == "true") is own
    if own:
        assert (prediction.function.label, prediction.process.label) == ("production", "core")
    else:
        assert prediction.function.label != "production"


def test_labels_follow_the_own_work_call(small_model):
    # A line not called own work keeps the labels it has read alone (never production by the
    # own-work mass below one half); own work is production and core.
    texts = SAMPLE + [case[1] for case in OWN_WORK_CASES] + [row[0] for row in WORKED_EXAMPLES]
    alone = small_model.predict(texts)
    for company in (DENTAL, ACCOUNTANTS):
        read_in_context = small_model.predict(texts, company)
        for text, read, by_itself in zip(texts, read_in_context, alone, strict=True):
            if read.own_offering.label == "true":
                assert (read.function.label, read.process.label) == ("production", "core"), text
                if read.own_offering.confidence < small_model.doubt_thresholds["own_offering"]:
                    other = dict(read.own_alternative)
                    assert other.get("function", "production") == by_itself.function.label
            else:
                assert read.function.label == by_itself.function.label, text
                assert read.process.label == by_itself.process.label, text


def test_an_own_work_doubt_carries_the_other_reading(small_model):
    doubted = [
        prediction
        for prediction in small_model.predict([case[1] for case in OWN_WORK_CASES], DENTAL)
        if prediction.own_offering.confidence < small_model.doubt_thresholds["own_offering"]
    ]
    for prediction in doubted:
        other = dict(prediction.own_alternative)
        if prediction.own_offering.label == "false":
            assert other.get("function", prediction.function.label) == "production"
    sure = small_model.predict(["fillings, crowns and root canals"], DENTAL)[0]
    if sure.own_offering.confidence >= small_model.doubt_thresholds["own_offering"]:
        assert sure.own_alternative == ()


def test_without_a_company_there_is_no_own_work_answer(trained_model):
    alone = trained_model.predict(["prepare individual tax returns for clients"])[0]
    assert alone.own_offering is None
    assert alone.function.label == "finance_accounting"


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("clean the office every evening", "on_site"),
        ("pick, pack and ship online orders", "on_site"),
        ("answer customer emails", "remote"),
        ("reconcile the bank statements every month", "remote"),
    ],
)
def test_location_head(trained_model, text, location):
    assert trained_model.predict([text])[0].location.label == location


def _dense_explanation(model, text: str, top_n: int = 5) -> dict:
    """Explanation of a line read alone through the full weight matrices (the first release's
    per-line code)."""
    normalised = normalise_text(text)
    matrix, weighted = model.features.transform_both([normalised])
    p_function = model.estimators["function"].predict_proba(matrix)[:, model._function_order][0]
    prediction = model.predict([text])[0]
    labels = {head: getattr(prediction, head).label for head in HEADS}
    return dense_top_terms(model, normalised, matrix, weighted[0], p_function, labels, top_n)


@pytest.mark.parametrize(
    "text",
    [
        "Reconcile the bank statements every month",
        "one-off refunds (CEO sign-off)",
        "xyzzy",
        # Words read through their concepts, a two-word lemma among them.
        "service the forklifts and pay the accounts payable",
    ],
)
def test_explanations_over_used_columns_equal_the_dense_computation(trained_model, text):
    sparse_terms = trained_model.explain(text)
    dense_terms = _dense_explanation(trained_model, text)
    for head in HEADS:
        assert [(t["term"], t["weight"]) for t in sparse_terms[head]] == dense_terms[head]


def test_explain_with_a_company_credits_own_work_to_the_line_words(trained_model):
    explanation = trained_model.explain("fillings, crowns and root canals", company=DENTAL)
    assert set(explanation) == set(HEADS)
    terms = {t["term"] for t in explanation["function"]}
    assert terms & {"fillings", "crowns", "root", "canals"}


def test_a_line_not_called_own_work_is_in_its_function_s_office(small_model):
    # LABELING.md ties each service line to one office; only own work may differ.
    texts = SAMPLE + [case[1] for case in OWN_WORK_CASES] + [row[0] for row in WORKED_EXAMPLES]
    for company in (None, DENTAL):
        for text, read in zip(texts, small_model.predict(texts, company), strict=True):
            if read.own_offering is None or read.own_offering.label == "false":
                assert read.office.label == FUNCTION_OFFICE[read.function.label], text
