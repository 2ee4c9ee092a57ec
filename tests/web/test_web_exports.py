"""The per-task CSV export, which the API reuses."""

import csv
import io

from bpo.exports import COLUMNS, analysis_csv


def task(index, name, **extra):
    base = {
        "index": index,
        "name": name,
        "description": None,
        "office": {"label": "back", "confidence": 0.91},
        "process": {"label": "support", "confidence": 0.8},
        "function": {"label": "payroll", "confidence": 0.75},
        "needs_review": False,
        "overridden": [],
        "decision": "outsource",
        "score": 80,
        "reasons": [{"code": "support_process", "text": "structured support work"}],
        "provider_id": "acme",
        "provider_name": "Acme BPO",
        "hours_per_month": 8.0,
        "current_monthly_cost": 360.0,
        "proposed_monthly_cost": 200.0,
        "cost_per_transaction_before": None,
        "cost_per_transaction_after": None,
    }
    return {**base, **extra}


def rows(view):
    return list(csv.DictReader(io.StringIO(analysis_csv(view))))


def test_one_row_per_task_in_order():
    view = {"tasks": [task(0, "Run payroll"), task(1, "Do the books", provider_id=None)]}
    result = rows(view)
    assert list(result[0]) == list(COLUMNS)
    assert [r["task"] for r in result] == ["1", "2"]
    assert result[0]["office"] == "back" and result[0]["office_confidence"] == "0.910"
    assert result[0]["reasons"] == "structured support work"
    assert result[0]["current_monthly_cost"] == "360.0"
    assert result[1]["provider_id"] == ""
    assert result[0]["cost_per_transaction_before"] == ""


def test_user_text_cannot_become_a_spreadsheet_formula():
    view = {"tasks": [task(0, '=HYPERLINK("http://x")', description="+1 555", provider_name=None)]}
    row = rows(view)[0]
    assert row["name"] == '\'=HYPERLINK("http://x")'
    assert row["description"] == "'+1 555"
    assert row["provider_name"] == ""


def test_no_flask_needed():
    import bpo.exports

    assert "flask" not in vars(bpo.exports)
