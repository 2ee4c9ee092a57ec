"""The small per-task form on the report that corrects a task's labels."""

from werkzeug.datastructures import MultiDict

from classifier import FUNCTIONS, HEADS, LOCATIONS, OFFICES, PROCESSES

CHOICES = {"office": OFFICES, "process": PROCESSES, "function": FUNCTIONS, "location": LOCATIONS}
# What each select is called on the report.
HEAD_NAMES = {
    "office": "Office",
    "process": "Process",
    "function": "Function",
    "location": "Where it is done",
}


class BadCorrection(ValueError):
    """The submitted correction is not one the form can produce."""


def read_correction(form: MultiDict) -> dict:
    """{"task_index": i, head: label, ...} from a posted row form: the labels the person changed.

    The form sends each label it showed as `shown_<head>`, so a select left as it was stays the
    model's; saving with nothing changed confirms every shown label.
    """
    try:
        index = int(form.get("task_index", ""))
    except ValueError:
        raise BadCorrection("The task number is missing or not a number.") from None
    if index < 0:
        raise BadCorrection("The task number is missing or not a number.")
    chosen = {}
    for head in HEADS:
        value = form.get(head, "").strip()
        if value and value not in CHOICES[head]:
            raise BadCorrection(f"{value!r} is not a known {head} label.")
        if value:
            chosen[head] = value
    if not chosen:
        raise BadCorrection("Choose at least one label.")
    changed = {head: value for head, value in chosen.items() if form.get(f"shown_{head}") != value}
    return {"task_index": index, **(changed or chosen)}
