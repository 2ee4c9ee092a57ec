"""The start page's form: read it into an analysis submission and put errors by their fields."""

from dataclasses import dataclass, field

from marshmallow import ValidationError
from werkzeug.datastructures import FileStorage, MultiDict

from bpo.schemas.messages import flatten_messages
from bpo.schemas.requests import AnalysisRequestSchema
from bpo.sourcing.costs import DEFAULT_MANAGEMENT_FIXED, DEFAULT_MANAGEMENT_SHARE
from bpo.sourcing.iso_codes import COUNTRY_NAMES
from bpo.sourcing.vocabulary import REGIONS
from bpo.web.examples import EXAMPLE_COMPANY, EXAMPLE_TASKS
from bpo.web.task_input import (
    XLSX_SUFFIX,
    TaskInput,
    clean_number,
    parse_task_csv,
    parse_task_lines,
    parse_task_xlsx,
)

# Form field -> company field of the request.
COMPANY_FIELDS = {
    "company_name": "name",
    "country": "country",
    "industry": "industry",
    "offering": "offering",
    "default_hourly_cost": "default_hourly_cost",
    "vendor_management_cost": "vendor_management_cost",
    "max_providers": "max_providers",
}
NUMBER_FIELDS = ("default_hourly_cost", "vendor_management_cost", "max_providers")
# Each box adds its certification to every task: we cannot tell from a task's name whether it
# touches that data, and handing such data to an uncertified provider is the costlier mistake.
SENSITIVE_DATA = (
    ("HIPAA", "We handle patients' health information (HIPAA)"),
    ("PCI_DSS", "We take card payments or store card numbers (PCI DSS)"),
    ("GDPR", "We hold personal data of people in the EU (GDPR)"),
    ("ISO27001", "Our customers require certified information security (ISO 27001)"),
    ("SOC2", "Our business customers ask for audited controls over their data (SOC 2)"),
)
DEFAULTS = {
    "tasks": "",
    "company_name": "",
    "country": "",
    "industry": "",
    "offering": "",
    "default_hourly_cost": "35",
    # Empty: the default rule applies, which grows with the work handed over.
    "vendor_management_cost": "",
    "max_providers": "",
    "sensitive_data": [],
    "preferred_regions": [],
}
# How many messages one field shows before summing up the rest.
MAX_MESSAGES = 20
FIELD_NAMES = {
    "name": "task name",
    "hours_per_month": "hours per month",
    "hourly_cost": "hourly cost",
    "transactions_per_month": "transactions per month",
    "required_certifications": "required certifications",
}


@dataclass
class AnalysisForm:
    """What the person typed (to show again), errors by form field, and the valid submission."""

    values: dict
    errors: dict[str, list[str]] = field(default_factory=dict)
    submission: dict | None = None
    notices: list[str] = field(default_factory=list)

    @property
    def error_count(self) -> int:
        """How many messages the page shows."""
        return sum(len(messages) for messages in self.errors.values())


def blank_form() -> AnalysisForm:
    """The empty form with the company defaults filled in."""
    return AnalysisForm(values=dict(DEFAULTS))


def example_form() -> AnalysisForm:
    """The form filled with the small-business example."""
    return AnalysisForm(values={**DEFAULTS, **EXAMPLE_COMPANY, "tasks": EXAMPLE_TASKS})


def read_form(form: MultiDict, files: MultiDict) -> AnalysisForm:
    """Parse and validate a submitted form; `submission` is set only when there are no errors."""
    values = {name: form.get(name, "") for name in ("tasks", *COMPANY_FIELDS)}
    values["sensitive_data"] = form.getlist("sensitive_data")
    values["preferred_regions"] = form.getlist("preferred_regions")
    result = AnalysisForm(values=values)
    upload: FileStorage | None = files.get("tasks_file")
    if upload is not None and upload.filename:
        parse = parse_task_xlsx if upload.filename.lower().endswith(XLSX_SUFFIX) else parse_task_csv
        source, found = "tasks_file", parse(upload.read(), upload.filename)
    else:
        source, found = "tasks", parse_task_lines(values["tasks"])
    located = list(found.problems)
    result.notices = list(found.notices)
    payload = {"company": _company(values, result), "tasks": _with_certifications(found, values)}
    try:
        submission = AnalysisRequestSchema().load(payload)
    except ValidationError as error:
        located += _place_messages(error.messages, found, result)
    else:
        if not result.errors and not located:
            result.submission = submission
    if located:
        # Parse problems and schema messages together, in the order of the lines they are about.
        result.errors[source] = [message for _position, message in sorted(located)]
    for name, messages in result.errors.items():
        if len(messages) > MAX_MESSAGES:
            rest = len(messages) - MAX_MESSAGES
            result.errors[name] = [*messages[:MAX_MESSAGES], f"…and {rest} more like these."]
    return result


def _company(values: dict, result: AnalysisForm) -> dict:
    """Company settings as schema input; empty numbers fall back to the schema's defaults."""
    company = {"name": values["company_name"], "industry": values["industry"]}
    company["offering"] = values["offering"]
    country = values["country"].strip().upper()
    if country and country not in COUNTRY_NAMES:
        # Only a stale or hand-made form sends this: the field is a list of known countries.
        result.errors.setdefault("country", []).append(
            f"“{values['country']}” is not a country we know: choose yours from the list, "
            "or leave it empty."
        )
        country = ""
    company["country"] = country or None
    for name in NUMBER_FIELDS:
        if values[name].strip():
            company[name] = clean_number(values[name])
    allowed = {code for code, _text in SENSITIVE_DATA}
    if not set(values["sensitive_data"]) <= allowed:
        result.errors.setdefault("sensitive_data", []).append("Choose from the listed options.")
    company["preferred_regions"] = values["preferred_regions"]
    return company


def _with_certifications(found: TaskInput, values: dict) -> list[dict]:
    """Every task also needs the certifications the ticked sensitive-data boxes stand for."""
    ticked = [code for code, _text in SENSITIVE_DATA if code in values["sensitive_data"]]
    if not ticked:
        return found.tasks
    tasks = []
    for task in found.tasks:
        own = task.get("required_certifications") or []
        tasks.append({**task, "required_certifications": list(dict.fromkeys([*own, *ticked]))})
    return tasks


def _place_messages(messages: dict, found: TaskInput, result: AnalysisForm) -> list:
    """Put company messages by their fields; return task messages with their line numbers."""
    company_field = {value: key for key, value in COMPANY_FIELDS.items()}
    company_field["preferred_regions"] = "preferred_regions"
    for path, texts in flatten_messages(messages.get("company", {})).items():
        name = company_field.get(path.split(".")[0], "company_name")
        result.errors.setdefault(name, []).extend(texts)
    for key in set(messages) - {"company", "tasks"}:
        for path, texts in flatten_messages(messages[key], str(key)).items():
            result.errors.setdefault("_form", []).append(f"{path}: {' '.join(texts)}")
    tasks = messages.get("tasks")
    if isinstance(tasks, dict):
        return [
            (found.positions[index], _task_message(found, index, path, texts))
            for index, task_messages in tasks.items()
            for path, texts in flatten_messages(task_messages).items()
        ]
    if tasks and not found.problems:
        # A list-level message (too few or too many tasks) the reader did not already report.
        return [(0, " ".join(tasks))]
    return []


def _task_message(found: TaskInput, index: int, path: str, texts: list[str]) -> str:
    """'Line 4: hours per month “abc”: Not a valid number.'"""
    column = path.split(".")[0]
    what = FIELD_NAMES.get(column, column.replace("_", " "))
    typed = found.raw[index].get(column)
    shown = f" “{typed}”" if typed and column != "name" else ""
    if column == "_schema":
        what, shown = "task", ""
    return f"{found.unit} {found.positions[index]}: {what}{shown}: {' '.join(texts)}"


def country_choices() -> list[tuple[str, str]]:
    """(code, name) of every country, sorted by name as people look for theirs."""
    return sorted(COUNTRY_NAMES.items(), key=lambda item: item[1])


def management_default_text() -> str:
    """The default cost of managing a provider in words, for the form's hint."""
    return (
        f"{DEFAULT_MANAGEMENT_SHARE * 100:g}% of what each provider charges plus "
        f"${DEFAULT_MANAGEMENT_FIXED:,.0f} a month"
    )


def management_placeholder() -> str:
    """What the empty management-cost field shows: that the default rule applies."""
    return f"default: {DEFAULT_MANAGEMENT_SHARE * 100:g}% + ${DEFAULT_MANAGEMENT_FIXED:,.0f}"


def region_choices() -> list[str]:
    """The delivery regions a person may restrict providers to."""
    return list(REGIONS)
