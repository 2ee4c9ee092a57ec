"""The per-task CSV export of an analysis, shared by the report page and the API, and the
report as an Excel workbook."""

import csv
import io

from openpyxl import Workbook
from openpyxl.styles import Font

COLUMNS = (
    "task",
    "name",
    "description",
    "section",
    "office",
    "office_confidence",
    "process",
    "process_confidence",
    "function",
    "function_confidence",
    "function_alone",
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
    "hourly_cost",
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


def hourly_cost(task: dict) -> float | None:
    """The task's in-house cost an hour: today's monthly cost over its hours."""
    hours = task.get("hours_per_month")
    if not hours:
        return None
    return round(task["current_monthly_cost"] / hours, 2)


def task_row(task: dict) -> dict:
    """One task of a public analysis view as a CSV row (task numbers count from 1)."""
    return {
        "task": task["index"] + 1,
        "name": _text(task["name"]),
        "description": _text(task.get("description")),
        # Analyses stored before sections have none: the cell stays empty.
        "section": _text(task.get("section")),
        **{head: task[head]["label"] for head in ("office", "process", "function")},
        **{
            f"{head}_confidence": f"{task[head]['confidence']:.3f}"
            for head in ("office", "process", "function")
        },
        # Set where the tasks around it changed the service line; else, and in analyses stored
        # before lists were read as lists, empty.
        "function_alone": task.get("function_alone") or "",
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
        "hourly_cost": _number(hourly_cost(task)),
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


# Columns of the workbook's sheets that hold numbers (written as numbers, not text).
_NUMBER_COLUMNS = {
    "task",
    "score",
    "hours_per_month",
    "hourly_cost",
    "current_monthly_cost",
    "proposed_monthly_cost",
    "cost_per_transaction_before",
    "cost_per_transaction_after",
}


def _sheet(book: Workbook, title: str, header: list[str], rows: list[list]) -> None:
    """A sheet with a bold header row; text is stored as text, never run as a formula."""
    sheet = book.create_sheet(title)
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"


def workbook_bytes(book: Workbook) -> bytes:
    """The workbook as the bytes of an .xlsx file."""
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _task_cells(task: dict) -> list:
    row = task_row(task)
    # A workbook keeps text as text, so the CSV's apostrophe guard is not needed here.
    row["name"], row["description"] = task["name"], task.get("description") or ""
    row["section"] = task.get("section") or ""
    row["reasons"] = "; ".join(reason["text"] for reason in task["reasons"])
    row["provider_name"] = task["provider_name"] or ""
    row["hourly_cost"] = hourly_cost(task)
    for name in _NUMBER_COLUMNS - {"task", "hourly_cost"}:
        row[name] = task.get(name)
    return [row[column] for column in COLUMNS]


def analysis_xlsx(view: dict) -> bytes:
    """The report as a workbook: a Tasks sheet (the CSV's columns), Bundles and Totals."""
    book = Workbook()
    book.remove(book.active)
    _sheet(book, "Tasks", list(COLUMNS), [_task_cells(task) for task in view["tasks"]])
    names = {task["index"]: task["name"] for task in view["tasks"]}
    _sheet(
        book,
        "Bundles",
        [
            "provider_id",
            "provider_name",
            "tasks",
            "hours_per_month",
            "monthly_cost",
            "management_cost",
            "task_names",
        ],
        [
            [
                bundle["provider_id"],
                bundle.get("provider_name") or "",
                len(bundle["task_indexes"]),
                bundle["hours_per_month"],
                bundle["monthly_cost"],
                bundle.get("management_cost"),
                "; ".join(names.get(i, f"Task {i + 1}") for i in bundle["task_indexes"]),
            ]
            for bundle in view["bundles"]
        ],
    )
    totals = view["totals"]
    _sheet(
        book,
        "Totals",
        ["what", "value"],
        [
            ["currency", view["company"].get("currency") or ""],
            *[
                [name, totals.get(name)]
                for name in (
                    "current_monthly_cost",
                    "proposed_monthly_cost",
                    "monthly_savings",
                    "annual_savings",
                    "management_cost",
                    "providers_used",
                    "cost_per_transaction_before",
                    "cost_per_transaction_after",
                )
                if name in totals
            ],
            ["tasks", len(view["tasks"])],
        ],
    )
    return workbook_bytes(book)
