"""evaluate_model: report shape, held-out figures and the model card."""

from pathlib import Path

import pytest

from classifier import HEADS, evaluate_model

ONET_PATH = Path("/work/shared/eval/onet_dev.csv")


@pytest.fixture(scope="module")
def report(full_model, data_path, tmp_path_factory):
    """The evaluation report of the full model (the O*NET minima are about it) and its card."""
    card = tmp_path_factory.mktemp("card") / "MODEL_CARD.md"
    onet = ONET_PATH if ONET_PATH.is_file() else None
    return evaluate_model(full_model, data_path, onet, card), card


def test_report_has_held_out_scores_per_head_and_style(report):
    result, _ = report
    assert result["data"]["matches_model"]
    for head in HEADS:
        scores = result["holdout"]["heads"][head]
        assert 0.0 <= scores["accuracy"] <= 1.0 and 0.0 <= scores["macro_f1"] <= 1.0
        assert result["datasets"]["holdout"][head]["macro_f1"] == scores["macro_f1"]
    assert set(result["holdout"]["by_style"]) == {"informal", "formal", "statement"}


def test_held_out_scores_match_the_training_metadata(report, full_model):
    result, _ = report
    recorded = full_model.metadata["metrics"]["holdout"]["heads"]
    for head in HEADS:
        assert result["holdout"]["heads"][head]["macro_f1"] == recorded[head]["macro_f1"]


@pytest.mark.skipif(not ONET_PATH.is_file(), reason="O*NET evaluation file not available")
def test_onet_figures_meet_the_minima(report):
    result, _ = report
    minima = {"office": 0.85, "process": 0.75, "function": 0.60}
    for head, minimum in minima.items():
        assert result["onet"]["heads"][head]["accuracy"] >= minimum


def test_model_card_is_written(report):
    _, card = report
    text = card.read_text()
    for section in (
        "## Data",
        "## Method",
        "## Held-out split",
        "## needs_review",
        "## Confusion (held-out)",
        "## Known weaknesses",
    ):
        assert section in text
