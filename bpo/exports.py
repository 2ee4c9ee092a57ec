"""The per-task CSV export of an analysis, shared by the report page and the API."""

import csv
import io

COLUMNS = (
    "task",
    "name",
    "description",
    "office",
    "office_confidence",
    "process",
    "process_confidence",
    "function",
    "function_confidence",
    "location",
    "location_confidence",
    "own_offering",
    "needs_review",
    "overridden",
    "decision",
    "score",
    "reasons",
    "provider_id",
    "provider_name",
    "hours_per_month",
    "current_monthly_cost",
    "proposed_monthly_cost",
    "cost_per_transaction_before",
    "cost_per_transaction_after",
)
# A spreadsheet runs a cell starting with one of these as a formula: never for text users typed.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _text(value: str | None) -> str:
    """User text made safe to open in a spreadsheet (OWASP's CSV-injection advice)."""
    if not value:
        return ""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _number(value: float | None) -> str:
    return "" if value is None else repr(value)


def _confidence(head: dict | None) -> str:
    return "" if not head else f"{head['confidence']:.3f}"


def task_row(task: dict) -> dict:
    """One task of a public analysis view as a CSV row (task numbers count from 1)."""
    return {
        "task": task["index"] + 1,
        "name": _text(task["name"]),
        "description": _text(task.get("description")),
        **{head: task[head]["label"] for head in ("office", "process", "function")},
        **{
            f"{head}_confidence": f"{task[head]['confidence']:.3f}"
            for head in ("office", "process", "function")
        },
        # Analyses stored before the location head have none: the cells stay empty.
        "location": (task.get("location") or {}).get("label", ""),
        "location_confidence": _confidence(task.get("location")),
        "own_offering": "yes" if task.get("own_offering") else "no",
        "needs_review": "yes" if task["needs_review"] else "no",
        "overridden": ";".join(task["overridden"]),
        "decision": task["decision"],
        "score": task["score"],
        "reasons": _text("; ".join(reason["text"] for reason in task["reasons"])),
        "provider_id": task["provider_id"] or "",
        "provider_name": _text(task["provider_name"]),
        "hours_per_month": _number(task["hours_per_month"]),
        "current_monthly_cost": _number(task["current_monthly_cost"]),
        "proposed_monthly_cost": _number(task["proposed_monthly_cost"]),
        "cost_per_transaction_before": _number(task["cost_per_transaction_before"]),
        "cost_per_transaction_after": _number(task["cost_per_transaction_after"]),
    }


def analysis_csv(view: dict) -> str:
    """A header row and one row per task, in input order, from `public_view(record)`."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for task in view["tasks"]:
        writer.writerow(task_row(task))
    return out.getvalue()
