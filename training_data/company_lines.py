"""Write training_data/company_tasks.csv: written companies' lines with their profiles and labels.

Each company in `training_data/companies/` has a few ways of naming its industry and offering,
its own work (LABELING.md section 4: production, core) and its ordinary work. Every line is
written once, with one profile variant; the variants rotate so each one is seen.
"""

import csv
from pathlib import Path

from training_data.companies import COMPANIES

OUT_PATH = Path(__file__).with_name("company_tasks.csv")
COLUMNS = (
    "company",
    "sector",
    "industry",
    "offering",
    "text",
    "office",
    "process",
    "function",
    "location",
    "own_offering",
)


def company_rows(companies: list[dict] = COMPANIES) -> list[dict[str, str]]:
    """One row per (company, line), in the order the companies and lines were written."""
    rows = []
    for company in companies:
        lines = [
            (text, office, "core", "production", location, "1")
            for text, office, location in company["own"]
        ]
        lines += [(*line, "0") for line in company["support"]]
        industries, offerings = company["industry"], company["offering"]
        for i, (text, office, process, function, location, own) in enumerate(lines):
            rows.append(
                {
                    "company": company["key"],
                    "sector": company["sector"],
                    "industry": industries[i % len(industries)],
                    "offering": offerings[i % len(offerings)],
                    "text": text.strip(),
                    "office": office,
                    "process": process,
                    "function": function,
                    "location": location,
                    "own_offering": own,
                }
            )
    return rows


def write_rows(rows: list[dict[str, str]], columns: tuple[str, ...], path: Path) -> None:
    """Write rows with a fixed column order and Unix line endings (both generated files)."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
