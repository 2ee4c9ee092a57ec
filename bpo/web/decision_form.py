"""The per-task form on the report where the owner decides: keep in-house, hours, hourly cost."""

from werkzeug.datastructures import MultiDict

from bpo.web.task_input import clean_number

# The schema's limits for a task's hours and hourly cost.
MOST_HOURS = 100_000
MOST_HOURLY_COST = 10_000


class BadDecision(ValueError):
    """The submitted decision is not one the form can produce, or a number is out of range."""


def _number(form: MultiDict, name: str, what: str, low: float, high: float, zero_ok: bool):
    text = form.get(name, "").strip()
    if not text:
        return None
    try:
        value = float(clean_number(text))
    except ValueError:
        raise BadDecision(f"The {what} “{text}” is not a number.") from None
    if value > high or value < low or (value == low and not zero_ok):
        limit = f"from {low:g}" if zero_ok else f"more than {low:g}"
        raise BadDecision(f"The {what} must be {limit} and at most {high:,.0f}.")
    return value


def read_decision(form: MultiDict) -> tuple[int, dict]:
    """(task index, {strategic, hours_per_month, hourly_cost}) from a posted decision form.

    Empty hours or cost mean the company default, as in the task list.
    """
    try:
        index = int(form.get("task_index", ""))
    except ValueError:
        raise BadDecision("The task number is missing or not a number.") from None
    if index < 0:
        raise BadDecision("The task number is missing or not a number.")
    return index, {
        "strategic": form.get("strategic") == "yes",
        "hours_per_month": _number(form, "hours_per_month", "hours a month", 0, MOST_HOURS, True),
        "hourly_cost": _number(form, "hourly_cost", "hourly cost", 0, MOST_HOURLY_COST, False),
    }
