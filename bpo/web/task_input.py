"""Task lists as people give them: text box lines or a CSV file, each task with its position."""

import csv
import io
import re
from dataclasses import dataclass, field

from bpo.schemas.requests import MAX_ANALYSIS_TASKS

# CSV columns, in the order the template and the page list them.
CSV_COLUMNS = (
    "name",
    "description",
    "hours_per_month",
    "hourly_cost",
    "transactions_per_month",
    "sensitivity",
    "strategic",
    "required_certifications",
    "languages",
    "office",
    "process",
    "function",
    "location",
)
NUMBER_COLUMNS = ("hours_per_month", "hourly_cost", "transactions_per_month")
LINE_COLUMNS = ("name", "hours_per_month", "hourly_cost")
CSV_SUFFIXES = (".csv", ".txt")
# Spellings people use for certifications, keyed by their letters and digits only.
CERTIFICATION_ALIASES = {
    "ISO27001": "ISO27001",
    "SOC2": "SOC2",
    "HIPAA": "HIPAA",
    "PCIDSS": "PCI_DSS",
    "GDPR": "GDPR",
}
# Units people type after numbers ("8h", "$40 per hour", "30 / month"), dropped before parsing.
_UNIT = re.compile(r"\s*(?:usd|(?:/|per)?\s*h(?:(?:ou)?rs?)?|(?:a|/|per)\s*month)$", re.I)


@dataclass
class TaskInput:
    """Tasks ready for the schema, where each came from, and problems found while reading."""

    unit: str  # "Line" for the text box, "Row" for a CSV file
    tasks: list[dict] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)
    raw: list[dict] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)

    def add(self, position: int, task: dict, raw: dict) -> None:
        """Keep one task with its line or row number and the text it was read from."""
        self.tasks.append(task)
        self.positions.append(position)
        self.raw.append(raw)

    def problem(self, position: int, message: str) -> None:
        """Note a problem at a line or row (0: the input as a whole)."""
        prefix = f"{self.unit} {position}: " if position else ""
        self.problems.append((position, prefix + message))


def clean_number(text: str) -> str:
    """'$1,200 / hr' becomes '1200'; anything still not a number is left to the schema to refuse."""
    value = _UNIT.sub("", text.strip()).strip()
    value = re.sub(r"^\$\s*", "", value)
    return re.sub(r",(?=\d{3}(?:\D|$))", "", value)


def parse_task_lines(text: str) -> TaskInput:
    """One task a line, optionally '| hours per month | hourly cost' after it; blank lines skip."""
    found = TaskInput("Line")
    lines = text.splitlines()
    filled = sum(1 for line in lines if line.strip())
    if filled == 0:
        found.problem(0, "List at least one task, one per line, or upload a CSV file.")
        return found
    if filled > MAX_ANALYSIS_TASKS:
        found.problem(0, _too_many(filled))
        return found
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        columns = [column.strip() for column in line.split("|")]
        if len(columns) > len(LINE_COLUMNS):
            found.problem(
                number,
                f"expected at most {len(LINE_COLUMNS)} columns "
                f"(task | hours per month | hourly cost), found {len(columns)}.",
            )
            continue
        if not columns[0]:
            found.problem(number, "the task name before the first '|' is empty.")
            continue
        raw = dict(zip(LINE_COLUMNS, columns, strict=False))
        found.add(number, _task(raw), raw)
    return found


def parse_task_csv(data: bytes, filename: str) -> TaskInput:
    """A CSV file with a header row; row numbers are spreadsheet rows (the header is row 1)."""
    found = TaskInput("Row")
    text = _decode(data, filename, found)
    if text is None:
        return found
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=_delimiter(text)))
    except csv.Error as error:
        found.problem(0, f"The file is not readable as CSV ({error}).")
        return found
    header = [_column_name(cell) for cell in rows[0]] if rows else []
    if not any(header):
        found.problem(0, "The file is empty: it needs a header row and one task a row.")
        return found
    if not _header_ok(header, found):
        return found
    body = [
        (number, row) for number, row in enumerate(rows[1:], start=2) if any(map(str.strip, row))
    ]
    if not body:
        found.problem(0, "The file has a header row but no tasks under it.")
    elif len(body) > MAX_ANALYSIS_TASKS:
        found.problem(0, _too_many(len(body)))
        return found
    for number, row in body:
        if len(row) > len(header) and any(cell.strip() for cell in row[len(header) :]):
            found.problem(number, f"{len(row)} cells but the header has {len(header)} columns.")
            continue
        raw = {name: cell.strip() for name, cell in zip(header, row, strict=False) if cell.strip()}
        if not raw.get("name"):
            found.problem(number, "the name cell is empty.")
            continue
        found.add(number, _task(raw), raw)
    return found


def _task(raw: dict) -> dict:
    """Cells as schema input: numbers cleaned, lists split, codes in their usual case."""
    task = {}
    for name, value in raw.items():
        if not value:
            continue
        if name in NUMBER_COLUMNS:
            task[name] = clean_number(value)
        elif name == "required_certifications":
            task[name] = [_certification(item) for item in _split(value)]
        elif name == "languages":
            task[name] = [item.lower() for item in _split(value)]
        elif name in ("sensitivity", "office", "process", "function", "location"):
            task[name] = re.sub(r"[\s-]+", "_", value.lower())
        else:
            task[name] = value
    return task


def _decode(data: bytes, filename: str, found: TaskInput) -> str | None:
    """The file's text, or None after noting why it is not a CSV file."""
    not_csv = (
        f"“{filename}” is not a CSV file. Save the sheet as CSV (comma-separated values) "
        "from your spreadsheet program and upload that file."
    )
    if not filename.lower().endswith(CSV_SUFFIXES) or b"\x00" in data[:4096]:
        found.problem(0, not_csv)
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        # Spreadsheet programs on Windows still save CSV in this code page by default.
        return data.decode("cp1252")
    except UnicodeDecodeError:
        found.problem(0, not_csv)
        return None


def _delimiter(text: str) -> str:
    """Comma, or the semicolon or tab some spreadsheet locales write instead."""
    first = text.split("\n", 1)[0]
    return max((",", ";", "\t"), key=first.count) if first else ","


def _column_name(cell: str) -> str:
    return re.sub(r"[\s-]+", "_", cell.strip().lower())


def _header_ok(header: list[str], found: TaskInput) -> bool:
    unknown = [name for name in header if name and name not in CSV_COLUMNS]
    repeated = sorted({name for name in header if name and header.count(name) > 1})
    if "name" not in header:
        found.problem(1, "the header row needs a 'name' column.")
    if unknown:
        found.problem(
            1,
            f"unknown column(s) {', '.join(map(repr, unknown))}; "
            f"the columns are {', '.join(CSV_COLUMNS)}.",
        )
    if repeated:
        found.problem(1, f"column(s) {', '.join(map(repr, repeated))} appear more than once.")
    return not found.problems


def _split(value: str) -> list[str]:
    return [item.strip() for item in re.split(r"[;,]", value) if item.strip()]


def _certification(value: str) -> str:
    return CERTIFICATION_ALIASES.get(re.sub(r"[^A-Z0-9]", "", value.upper()), value)


def _too_many(count: int) -> str:
    return (
        f"{count:,} tasks is more than one analysis takes ({MAX_ANALYSIS_TASKS:,}). "
        "Split the list into several analyses."
    )
