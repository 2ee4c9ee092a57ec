"""The provider catalog: reading and writing it as JSON or CSV, with a report of rejected rows."""

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from marshmallow import ValidationError

from bpo.schemas.messages import flatten_messages
from bpo.sourcing.domain import Provider
from bpo.sourcing.provider_schema import LIST_FIELDS, SLUG, ProviderSchema

__all__ = [
    "SLUG",
    "CatalogError",
    "CatalogImport",
    "ProviderSchema",
    "RejectedRow",
    "dump_catalog_csv",
    "dump_catalog_json",
    "load_sample_providers",
    "parse_catalog_csv",
    "parse_catalog_json",
    "read_catalog",
    "validate_providers",
    "write_catalog",
]

SAMPLE_PATH = Path(__file__).parent / "data" / "sample_providers.json"
CSV_FIELDS = (
    "id",
    "name",
    "country",
    "delivery_regions",
    "services",
    "languages",
    "certifications",
    "capacity_hours_per_month",
    "min_monthly_spend",
    "coverage",
    "rating",
    "description",
    "work_modes",
    "on_site_countries",
)


@dataclass(frozen=True)
class RejectedRow:
    """A catalog row that failed validation: its row number and messages per field."""

    row: int  # JSON: 1-based position; CSV: spreadsheet row (header is 1); 0: the whole file
    errors: dict[str, list[str]]

    def to_dict(self) -> dict:
        """The rejected row as a plain dict."""
        return {"row": self.row, "errors": self.errors}


class CatalogError(ValueError):
    """Raised when an import must be refused because some rows were rejected."""

    def __init__(self, report: "CatalogImport") -> None:
        super().__init__(f"{len(report.rejected)} catalog row(s) rejected")
        self.report = report


@dataclass(frozen=True)
class CatalogImport:
    """Accepted providers and rejected rows; refuse the import as a whole unless `ok`."""

    providers: tuple[Provider, ...]
    rejected: tuple[RejectedRow, ...]

    @property
    def ok(self) -> bool:
        """True when every row was accepted."""
        return not self.rejected

    def raise_if_rejected(self) -> None:
        """Raise CatalogError when any row was rejected, so nothing half-imports."""
        if self.rejected:
            raise CatalogError(self)

    def to_dict(self) -> dict:
        """The report as a plain dict."""
        return {
            "accepted": len(self.providers),
            "rejected": [row.to_dict() for row in self.rejected],
        }


def validate_providers(records: Iterable[object], first_row: int = 1) -> CatalogImport:
    """Validate catalog entries (dicts); rows are numbered from `first_row`."""
    return _validate(records, first_row, {})


def _validate(
    records: Iterable[object], first_row: int, cell_errors: Mapping[int, dict[str, list[str]]]
) -> CatalogImport:
    """Validate rows, merging in problems found while parsing cells (they take precedence)."""
    schema = ProviderSchema()
    accepted, rejected, seen = [], [], set()
    for row, record in enumerate(records, start=first_row):
        errors = dict(cell_errors.get(row, {}))
        provider = None
        if not isinstance(record, Mapping):
            errors["_row"] = ["Expected an object."]
        else:
            try:
                provider = schema.load(record)
            except ValidationError as error:
                errors = {**flatten_messages(error.messages, root="_row"), **errors}
        if provider is not None and not errors and provider.id in seen:
            errors["id"] = [f"Duplicate id {provider.id!r}."]
        if errors:
            rejected.append(RejectedRow(row, errors))
        else:
            seen.add(provider.id)
            accepted.append(provider)
    return CatalogImport(tuple(accepted), tuple(rejected))


def parse_catalog_json(text: str) -> CatalogImport:
    """Read a catalog from JSON: a list of providers or {"providers": [...]} with a note."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        return _file_error(f"Not valid JSON: {error}.")
    if isinstance(data, Mapping):
        data = data.get("providers")
    if not isinstance(data, list):
        return _file_error('Expected a list of providers or {"providers": [...]}.')
    return validate_providers(data)


def dump_catalog_json(providers: Sequence[Provider], note: str | None = None) -> str:
    """Write a catalog as JSON, with an optional top-level note."""
    document = {"note": note} if note else {}
    document["providers"] = ProviderSchema(many=True).dump(providers)
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def parse_catalog_csv(text: str) -> CatalogImport:
    """Read a catalog from CSV: one provider a row, lists `;`-separated, services `fn:rate;...`."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = reader.fieldnames or []
    missing = [name for name in ("id", "name", "country", "services") if name not in header]
    unknown = [name for name in header if name not in CSV_FIELDS]
    if missing or unknown:
        messages = [f"Missing column {name!r}." for name in missing]
        messages += [f"Unknown column {name!r}." for name in unknown]
        return _file_error(*messages, row=1)
    records, problems = [], {}
    for row, cells in enumerate(reader, start=2):
        record, errors = _csv_record(cells)
        records.append(record)
        if errors:
            problems[row] = errors
    return _validate(records, 2, problems)


def dump_catalog_csv(providers: Sequence[Provider]) -> str:
    """Write a catalog as CSV in the format `parse_catalog_csv` reads."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for provider in providers:
        record = ProviderSchema().dump(provider)
        for name in LIST_FIELDS:
            record[name] = ";".join(record[name])
        record["services"] = ";".join(f"{fn}:{rate!r}" for fn, rate in record["services"].items())
        writer.writerow(record)
    return out.getvalue()


def read_catalog(path: str | Path) -> CatalogImport:
    """Read a catalog file, JSON or CSV by its suffix."""
    path = Path(path)
    text = path.read_text(encoding="utf-8-sig")
    return parse_catalog_csv(text) if path.suffix.lower() == ".csv" else parse_catalog_json(text)


def write_catalog(path: str | Path, providers: Sequence[Provider], note: str | None = None) -> None:
    """Write a catalog file, JSON or CSV by its suffix (CSV has no place for the note)."""
    path = Path(path)
    is_csv = path.suffix.lower() == ".csv"
    text = dump_catalog_csv(providers) if is_csv else dump_catalog_json(providers, note)
    path.write_text(text, encoding="utf-8")


def load_sample_providers() -> list[Provider]:
    """The fictional sample catalog shipped with the engine; raises if it ever fails validation."""
    report = read_catalog(SAMPLE_PATH)
    report.raise_if_rejected()
    return list(report.providers)


def _csv_record(cells: dict) -> tuple[dict, dict[str, list[str]]]:
    """One CSV row as a schema record, plus problems the schema cannot see."""
    errors: dict[str, list[str]] = {}
    if None in cells:
        errors["_row"] = ["More cells than columns."]
    record = {}
    for name in CSV_FIELDS:
        value = (cells.get(name) or "").strip()
        if name in LIST_FIELDS:
            items = [item.strip() for item in value.split(";") if item.strip()]
            # An empty work_modes cell (or an older file without the column) means the default.
            if items or name != "work_modes":
                record[name] = items
        elif name == "services":
            record[name], bad = _parse_services(value)
            if bad:
                errors[name] = [f"Expected function:rate, got {item!r}." for item in bad]
        elif value or name in ("name", "description"):
            record[name] = value  # empty numbers are left out so defaults and "required" apply
    return record, errors


def _parse_services(value: str) -> tuple[dict[str, str], list[str]]:
    services, bad = {}, []
    for item in (part.strip() for part in value.split(";")):
        if not item:
            continue
        function, sep, rate = item.partition(":")
        if not sep or not function.strip() or not rate.strip():
            bad.append(item)
        else:
            services[function.strip()] = rate.strip()
    return services, bad


def _file_error(*messages: str, row: int = 0) -> CatalogImport:
    return CatalogImport((), (RejectedRow(row, {"_file": list(messages)}),))
