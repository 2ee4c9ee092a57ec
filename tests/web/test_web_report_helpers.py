"""Matrix, cost split and chart geometry of the report, from hand-made analyses."""

import pytest

from bpo.web.display import country_name, hours, label_name, money, money_cents, percent
from bpo.web.report import (
    bundle_rows,
    company_profile,
    cost_chart,
    cost_split,
    label_matrix,
    management_note,
)


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


# An analysis as the engine stores it now: no flat setting, the scaled rule in the totals.
SCALED = {
    **VIEW,
    "company": {
        "vendor_management_cost": None,
        "country": "DE",
        "industry": "dental practice",
        "offering": "",
    },
    "bundles": [{**VIEW["bundles"][0], "management_cost": 205.0}],
    "totals": {
        **VIEW["totals"],
        "management_cost": 205.0,
        "management_rule": {
            "fixed_per_provider": 100.0,
            "share_of_provider_charge": 0.07,
            "source": "default",
            "text": "7% of each provider's monthly charge plus 100 USD a month per provider "
            "(default)",
        },
    },
}


def test_cost_split_takes_the_management_cost_from_the_totals():
    split = cost_split(SCALED)
    assert split == {"kept": 4295.0, "providers": 1500.0, "management": 205.0}


def test_bundles_carry_their_own_management_cost():
    assert bundle_rows(SCALED)[0]["management_cost"] == 205.0
    # Analyses stored before the scaled rule fall back to the company's flat setting.
    assert bundle_rows(VIEW)[0]["management_cost"] == 500.0


def test_management_note_is_the_rule_in_words():
    assert management_note(SCALED).startswith("7% of each provider's monthly charge")
    assert management_note(VIEW) == "500 USD a month per provider (your setting)"


def test_company_profile_names_the_country_and_leaves_out_blanks():
    assert company_profile(SCALED) == [
        ("Country", "Germany"),
        ("Kind of business", "dental practice"),
    ]
    assert company_profile(VIEW) == []


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
        (label_name, "on_site", "On site"),
        (label_name, "remote", "Remote"),
        (country_name, "US", "United States"),
        (country_name, None, ""),
    ],
)
def test_display_filters(function, value, text):
    assert function(value) == text
