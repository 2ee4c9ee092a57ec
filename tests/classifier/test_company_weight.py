"""company_line_weight: how much a written company's ordinary lines count in line-alone heads."""

from dataclasses import replace

import numpy as np
import pytest

from classifier.labels import FUNCTIONS
from classifier.training import TrainingConfig, company_line_weights, fit_classifier

PAYROLL, HR = FUNCTIONS.index("payroll"), FUNCTIONS.index("hr")

# Plain lines with clear words, and "florp" lines that plain data calls payroll while both
# written companies call them hr, as often: the weight alone decides which side wins.
PLAIN = [
    *(
        (f"{verb} the {thing}", function, location)
        for verb, function, location in (
            ("run payroll for", "payroll", "remote"),
            ("recruit", "hr", "remote"),
            ("fix laptops for", "it", "on_site"),
        )
        for thing in ("team", "staff", "office", "shop", "branch", "warehouse")
    ),
    *((f"florp the {thing}", "payroll", "remote") for thing in ("ledger", "batch", "sheet")),
    # Every function has lines (the estimator reads them all), in words of their own.
    *(
        (f"{function.replace('_', ' ')} work number {n}", function, "remote")
        for function in FUNCTIONS
        for n in ("one", "two")
    ),
]
COMPANY_ORDINARY = {
    "salon_one": [f"florp the {thing}" for thing in ("list", "file", "roster")],
    "salon_two": [f"florp the {thing}" for thing in ("form", "card", "note")],
}
COMPANY_OWN = [
    ("cut and style hair", "front", "on_site"),
    ("colour hair for clients", "front", "on_site"),
    ("plan the salon's looks online", "back", "remote"),
]


def _rows():
    rows = [
        {
            "text": text,
            "office": "back",
            # One-off lines too: the long-tail head needs both answers to learn.
            "process": "long_tail" if text.endswith("two") else "support",
            "function": function,
            "location": location,
        }
        for text, function, location in PLAIN
    ]
    company_rows = []
    for company, sector in (("salon_one", "beauty"), ("salon_two", "care")):
        profile = {
            "company": company,
            "sector": sector,
            "industry": "hair salon",
            "offering": f"haircuts and colour at {company}",
        }
        company_rows += [
            {
                **profile,
                "text": f"{text} at {company}",
                "office": "back",
                "process": "support",
                "function": "hr",
                "location": "remote",
                "own_offering": "0",
            }
            for text in COMPANY_ORDINARY[company]
        ]
        company_rows += [
            {
                **profile,
                "text": f"{text} at {company}",
                "office": office,
                "process": "core",
                "function": "production",
                "location": location,
                "own_offering": "1",
            }
            for text, office, location in COMPANY_OWN
        ]
    return rows, company_rows


def test_written_company_lines_weigh_the_configured_amount():
    rows, company_rows = _rows()
    weights = company_line_weights(
        rows + company_rows, replace(TrainingConfig(), company_line_weight=0.3)
    )
    assert weights.tolist() == [1.0] * len(rows) + [0.3] * len(company_rows)


@pytest.mark.parametrize(("weight", "winner", "loser"), [(0.25, PAYROLL, HR), (4.0, HR, PAYROLL)])
def test_the_weight_decides_between_plain_and_company_lines(weight, winner, loser):
    rows, company_rows = _rows()
    config = replace(TrainingConfig(), company_line_weight=weight, stacking_folds=0)
    clf = fit_classifier(rows, company_rows, config, {})
    function = clf.predict_proba(["florp the drawer"])["function"][0]
    assert function[winner] > function[loser]
    assert np.isclose(function.sum(), 1.0)
