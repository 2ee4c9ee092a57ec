"""Task lists as people give them: text box lines or a CSV file, each task with its position."""

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field

from openpyxl import load_workbook

from bpo.headings import find_headings, headings_notice, task_lines
from bpo.schemas.requests import MAX_ANALYSIS_TASKS

# CSV columns, in the order the template and the page list them.
CSV_COLUMNS = (
    "name",
    "description",
    "section",
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
XLSX_SUFFIX = ".xlsx"
# More rows than this in a sheet are not read: far beyond what one analysis takes.
XLSX_MOST_ROWS = 20 * MAX_ANALYSIS_TASKS
# Header names spreadsheets commonly use, after lower-casing and joining words with "_".
HEADER_ALIASES = {
    "task": "name",
    "task_name": "name",
    "hours": "hours_per_month",
    "hours_a_month": "hours_per_month",
    "monthly_hours": "hours_per_month",
    "cost": "hourly_cost",
    "hourly_rate": "hourly_cost",
    "rate": "hourly_cost",
    "cost_per_hour": "hourly_cost",
    "transactions": "transactions_per_month",
    "volume": "transactions_per_month",
    "certifications": "required_certifications",
    "language": "languages",
    "where": "location",
    "heading": "section",
    "area": "section",
    "category": "section",
    "department": "section",
}
LABEL_COLUMNS = ("office", "process", "function", "location")
# Spellings people use for certifications, keyed by their letters and digits only.
CERTIFICATION_ALIASES = {
    "ISO27001": "ISO27001",
    "SOC2": "SOC2",
    "HIPAA": "HIPAA",
    "PCIDSS": "PCI_DSS",
    "GDPR": "GDPR",
}
# Currency signs and codes people type before or after amounts ("€24", "24 EUR", "£ 30").
# Spaces inside these patterns are bounded ({0,3}, not *): unanchored, an unbounded run is tried
# from every position of a cell, and a cell of a few thousand spaces took minutes.
_CURRENCY = re.compile(
    r"^(?:[$€£¥₹]|(?:usd|eur|gbp|chf|cad|aud)\b)\s*|\s{0,3}(?:[$€£¥₹]|\b(?:eur|gbp|chf|cad|aud))$",
    re.I,
)
# Units people type after numbers ("8h", "$40 per hour", "30 / month"), dropped before parsing.
_UNIT = re.compile(
    r"\s{0,3}(?:usd|(?:/|per)?\s{0,3}h(?:(?:ou)?rs?)?|(?:a|/|per)\s{0,3}month)$", re.I
)


@dataclass
class TaskInput:
    """Tasks ready for the schema, where each came from, and problems found while reading."""

    unit: str  # "Line" for the text box, "Row" for a CSV file
    tasks: list[dict] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)
    raw: list[dict] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

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
    # Any common currency sign or code is dropped, nothing converted: amounts are in the
    # company's currency.
    value = _CURRENCY.sub("", value).strip()
    return re.sub(r",(?=\d{3}(?:\D|$))", "", value)


def parse_task_lines(text: str) -> TaskInput:
    """One task a line, optionally '| hours per month | hourly cost' after it; blank lines skip;
    a heading line gives its section to the task lines under it, up to the next heading."""
    found = TaskInput("Line")
    lines = text.splitlines()
    filled = [(number, line) for number, line in enumerate(lines, start=1) if line.strip()]
    if not filled:
        found.problem(0, "List at least one task, one per line, or upload a CSV file.")
        return found
    headings = find_headings(filled)
    if len(filled) - len(headings) > MAX_ANALYSIS_TASKS:
        found.problem(0, _too_many(len(filled) - len(headings)))
        return found
    if headings:
        found.notices.append(headings_notice(list(headings.values())))
    for number, line, section in task_lines(filled, headings):
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
        if section:
            raw["section"] = section
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
    return parse_task_rows(rows, found)


def parse_task_xlsx(data: bytes, filename: str) -> TaskInput:
    """The first sheet of an Excel workbook, read like a CSV file (the header is row 1)."""
    found = TaskInput("Row")
    try:
        # read_only streams the sheet; data_only reads the values formulas last computed.
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        found.problem(
            0,
            f"“{filename}” is not a readable Excel workbook (.xlsx). Open it in your spreadsheet "
            "program and save it again as .xlsx or as CSV.",
        )
        return found
    try:
        rows = []
        for number, values in enumerate(book.worksheets[0].iter_rows(values_only=True), 1):
            if number > XLSX_MOST_ROWS:
                break
            rows.append([_cell_text(value) for value in values])
    finally:
        book.close()
    # Trailing empty columns a sheet often carries would otherwise count as extra cells.
    width = max((i + 1 for row in rows for i, cell in enumerate(row) if cell.strip()), default=0)
    return parse_task_rows([row[:width] for row in rows], found)


def _cell_text(value) -> str:
    """A sheet cell as the text a CSV file would hold: 30.0 reads as 30, empty as ''."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def parse_task_rows(rows: list[list[str]], found: TaskInput) -> TaskInput:
    """A header row and task rows (from CSV or a spreadsheet), row numbers as the sheet's."""
    header = _header(rows[0] if rows else [])
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
    # A report's own download lists which labels the user set ("overridden"); its other labels
    # were the classifier's guesses, worked out again, unless their confidence cell was cleared.
    exported = "overridden" in header
    for number, row in body:
        if len(row) > len(header) and any(cell.strip() for cell in row[len(header) :]):
            found.problem(number, f"{len(row)} cells but the header has {len(header)} columns.")
            continue
        cells = {name: cell.strip() for name, cell in zip(header, row, strict=False) if name}
        raw = {
            name: _unescaped(value)
            for name, value in cells.items()
            if value and name in CSV_COLUMNS
        }
        if exported:
            yours = set(re.split(r"[;,\s]+", cells.get("overridden", "")))
            for head in LABEL_COLUMNS:
                if head not in yours and cells.get(f"{head}_confidence"):
                    raw.pop(head, None)
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
        f"“{filename}” is not a CSV file or an Excel workbook (.xlsx). Save the sheet as CSV "
        "(comma-separated values) or .xlsx from your spreadsheet program and upload that file."
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
    return re.sub(r"[\s-]+", "_", str(cell).strip().lower())


def _header(cells: list[str]) -> list[str]:
    """Column names in the upload's spelling; common spreadsheet headers read as ours."""
    names = [_column_name(cell) for cell in cells]
    # "Task" is the task's name, unless a name column is there too (the report's download,
    # where "task" is the task's number).
    return [
        HEADER_ALIASES.get(name, name) if not (name == "task" and "name" in names) else name
        for name in names
    ]


def _header_ok(header: list[str], found: TaskInput) -> bool:
    unknown = [name for name in header if name and name not in CSV_COLUMNS]
    known = [name for name in header if name in CSV_COLUMNS]
    repeated = sorted({name for name in known if known.count(name) > 1})
    if "name" not in header:
        found.problem(1, "the header row needs a 'name' column (or 'Task').")
    if unknown and "name" in header:
        found.notices.append(
            f"Columns not read (the upload ignores them): {', '.join(unknown)}. "
            f"The columns it reads are {', '.join(CSV_COLUMNS)}."
        )
    if repeated:
        found.problem(1, f"column(s) {', '.join(map(repr, repeated))} appear more than once.")
    return not found.problems


def _unescaped(value: str) -> str:
    """A cell as typed: the download puts an apostrophe before text a sheet would run."""
    return value[1:] if value[:1] == "'" and value[1:2] in ("=", "+", "-", "@") else value


def _split(value: str) -> list[str]:
    return [item.strip() for item in re.split(r"[;,]", value) if item.strip()]


def _certification(value: str) -> str:
    return CERTIFICATION_ALIASES.get(re.sub(r"[^A-Z0-9]", "", value.upper()), value)


def _too_many(count: int) -> str:
    return (
        f"{count:,} tasks is more than one analysis takes ({MAX_ANALYSIS_TASKS:,}). "
        "Split the list into several analyses."
    )
