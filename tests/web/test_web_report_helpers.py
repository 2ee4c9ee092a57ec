"""Matrix, cost split and chart geometry of the report, from hand-made analyses."""

import pytest

from bpo.web.display import hours, label_name, money, money_cents, percent
from bpo.web.report import cost_chart, cost_split, label_matrix


def task(index, office, process, decision="keep"):
    return {
        "index": index,
        "name": f"Task {index}",
        "office": {"label": office, "confidence": 0.9},
        "process": {"label": process, "confidence": 0.9},
        "decision": decision,
    }


VIEW = {
    "company": {"vendor_management_cost": 500.0},
    "tasks": [
        task(0, "back", "support", "outsource"),
        task(1, "back", "support", "outsource"),
        task(2, "front", "core"),
        task(3, "back", "long_tail", "review"),
    ],
    "bundles": [{"provider_id": "a", "monthly_cost": 1500.0, "task_indexes": [0, 1]}],
    "totals": {
        "current_monthly_cost": 8000.0,
        "proposed_monthly_cost": 6000.0,
        "providers_used": 1,
    },
}


def test_matrix_counts_tasks_by_office_and_process():
    matrix = label_matrix(VIEW["tasks"])
    assert [row["office"] for row in matrix] == ["front", "back"]
    cells = {(c["office"], c["process"]): c for row in matrix for c in row["cells"]}
    assert cells[("back", "support")]["count"] == 2
    assert cells[("back", "support")]["decisions"] == [("outsource", 2)]
    assert cells[("front", "support")]["count"] == 0
    assert cells[("front", "support")]["level"] == 0
    assert cells[("back", "support")]["level"] > cells[("front", "core")]["level"] > 0


def test_cost_split_adds_up_to_the_proposal():
    split = cost_split(VIEW)
    assert split == {"kept": 4000.0, "providers": 1500.0, "management": 500.0}


def test_chart_bars_share_one_scale():
    chart = cost_chart(VIEW)
    today, after = chart["bars"]
    assert today["total"] == 8000.0 and after["total"] == 6000.0
    height = sum(part["height"] for part in today["segments"])
    after_height = sum(part["height"] for part in after["segments"])
    assert after_height == pytest.approx(height * 6000 / 8000)
    assert [part["css"] for part in after["segments"]] == ["kept", "providers", "management"]
    assert chart["gridlines"][0]["value"] == 0
    assert chart["gridlines"][-1]["value"] >= 8000


def test_chart_of_nothing_does_not_divide_by_zero():
    empty = {
        **VIEW,
        "bundles": [],
        "totals": {
            **VIEW["totals"],
            "current_monthly_cost": 0.0,
            "proposed_monthly_cost": 0.0,
            "providers_used": 0,
        },
    }
    chart = cost_chart(empty)
    assert all(not bar["segments"] for bar in chart["bars"])


@pytest.mark.parametrize(
    ("function", "value", "text"),
    [
        (money, 12345.6, "$12,346"),
        (money, -250, "−$250"),
        (money, None, "–"),
        (money_cents, 1.234, "$1.23"),
        (percent, 0.873, "87%"),
        (hours, 20.0, "20"),
        (hours, 7.25, "7.2"),
        (label_name, "long_tail", "Long tail"),
        (label_name, "finance_accounting", "Finance & accounting"),
        (label_name, "something_new", "Something new"),
        (label_name, "GDPR", "GDPR"),
        (label_name, "PCI_DSS", "PCI DSS"),
    ],
)
def test_display_filters(function, value, text):
    assert function(value) == text
