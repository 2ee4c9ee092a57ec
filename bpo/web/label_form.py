"""The small per-task form on the report that corrects a task's labels."""

from werkzeug.datastructures import MultiDict

from classifier import FUNCTIONS, HEADS, OFFICES, PROCESSES

CHOICES = {"office": OFFICES, "process": PROCESSES, "function": FUNCTIONS}


class BadCorrection(ValueError):
    """The submitted correction is not one the form can produce."""


def read_correction(form: MultiDict) -> dict:
    """{"task_index": i, "office": ..., "process": ..., "function": ...} from a posted row form."""
    try:
        index = int(form.get("task_index", ""))
    except ValueError:
        raise BadCorrection("The task number is missing or not a number.") from None
    if index < 0:
        raise BadCorrection("The task number is missing or not a number.")
    correction = {"task_index": index}
    for head in HEADS:
        value = form.get(head, "").strip()
        if value and value not in CHOICES[head]:
            raise BadCorrection(f"{value!r} is not a known {head} label.")
        if value:
            correction[head] = value
    if len(correction) == 1:
        raise BadCorrection("Choose at least one label.")
    return correction
