"""Compose training_data/tasks.csv from the hand-written vocabularies (deterministic, seeded).

Run from the repository root: ``python -m training_data.generate``.
"""

import random
import re
from pathlib import Path

from training_data import compose
from training_data.company_lines import COLUMNS as COMPANY_COLUMNS
from training_data.company_lines import OUT_PATH as COMPANY_PATH
from training_data.company_lines import company_rows, write_rows
from training_data.location import ON_SITE, location_of
from training_data.vocab import FUNCTION_VOCABS
from training_data.vocab.frames import FRAMES
from training_data.vocab.long_tail import VOCAB as LONG_TAIL_VOCAB
from training_data.vocab.more_lines import LINES as MORE_LINES
from training_data.vocab.owner_lines import LINES as OWNER_LINES
from training_data.vocab.real_world import LINES as REAL_WORLD_LINES

SEED = 20261125
OUT_PATH = Path(__file__).with_name("tasks.csv")
COLUMNS = ("text", "office", "process", "function", "location", "style")

# Lines per function from its routine (core or support) vocabulary. Front-office functions get
# more so that front work is at least a quarter of the data, as real task lists lean that way.
ROUTINE_TARGET = {"customer_service": 700, "sales": 700, "marketing": 700}
DEFAULT_ROUTINE_TARGET = 400
# Job-description frames per function, on top of the routine target.
FRAME_TARGET = 110
# Long-tail lines per function; finance, HR and admin carry the seed's canonical examples.
LONG_TAIL_TARGET = {
    "finance_accounting": 150,
    "hr": 150,
    "admin": 140,
    "procurement": 100,
    "it": 100,
    "payroll": 85,
    "legal_compliance": 75,
    "logistics": 70,
    "production": 55,
    "management": 55,
    "customer_service": 60,
    "sales": 60,
    "marketing": 45,
    "product_development": 40,
}
# Share of each function's long-tail lines composed from job-description frames.
LONG_TAIL_FRAME_SHARE = 0.3


def normalise_key(text: str) -> str:
    """Key used for de-duplication: case and whitespace do not make a line new."""
    return re.sub(r"\s+", " ", text).strip().lower()


def build_rows(seed: int = SEED) -> list[dict[str, str]]:
    """Return all training rows, de-duplicated, in a stable order."""
    rng = random.Random(seed)
    rows: list[dict[str, str]] = []
    seen: dict[str, dict[str, str]] = {}

    def add(
        text: str, office: str, process: str, function: str, style: str, location: str | None = None
    ) -> bool:
        """Append a row unless its text is already present; return whether it was added."""
        key = normalise_key(text)
        if not key or key in seen:
            return False
        row = {"text": text.strip(), "office": office, "process": process}
        # Rows that carry their own location (hand-written real-world lines) pass it as the hint.
        row |= {"function": function, "location": location_of(text, function, location)}
        row["style"] = style
        seen[key] = row
        rows.append(row)
        return True

    for vocab in FUNCTION_VOCABS:
        labels = (vocab["office"], vocab["process"], vocab["function"])
        target = ROUTINE_TARGET.get(vocab["function"], DEFAULT_ROUTINE_TARGET)
        count = 0
        for text, style in compose.handwritten(vocab):
            count += add(text, *labels, style)
        attempts = 0
        while count < target and attempts < target * 50:
            attempts += 1
            text, style = compose.routine_line(vocab, rng)
            count += add(text, *labels, style)
        count, attempts = 0, 0
        while count < FRAME_TARGET and attempts < FRAME_TARGET * 50:
            attempts += 1
            text, style = compose.frame_line(FRAMES[vocab["function"]], rng)
            count += add(text, *labels, style)
        if vocab["function"] == "management":
            for _ in range(40):
                count += add(*compose.department_line(rng)[:1], *labels, "statement")

    for vocab in FUNCTION_VOCABS:
        function = vocab["function"]
        entry = LONG_TAIL_VOCAB[function]
        labels = (entry["office"], "long_tail", function)
        count = 0
        for text, style in compose.long_tail_handwritten(entry):
            count += add(text, *labels, style)
        target = LONG_TAIL_TARGET[function]
        attempts = 0
        while count < target and attempts < target * 50:
            attempts += 1
            if rng.random() < LONG_TAIL_FRAME_SHARE:
                text, style = compose.long_tail_frame_line(FRAMES[function], rng)
            else:
                text, style = compose.long_tail_line(entry, vocab, rng)
            count += add(text, *labels, style)

    # Whole lines written by hand in the styles real lists use (framework names, headings, tools,
    # owners' shorthand), with their own location.
    hand_written = (*REAL_WORLD_LINES, *OWNER_LINES, *MORE_LINES)
    for text, office, process, function, location in hand_written:
        add(text, office, process, function, compose.guess_style(text), location)
    return rows


def main() -> None:
    """Regenerate tasks.csv and company_tasks.csv and print a short summary."""
    rows = build_rows()
    write_rows(rows, COLUMNS, OUT_PATH)
    companies = company_rows()
    write_rows(companies, COMPANY_COLUMNS, COMPANY_PATH)
    own = sum(row["own_offering"] == "1" for row in companies)
    kinds = len({row["company"] for row in companies})
    print(f"wrote {len(companies)} company lines ({own} own work, {kinds} companies)")
    by_function: dict[str, int] = {}
    for row in rows:
        by_function[row["function"]] = by_function.get(row["function"], 0) + 1
    long_tail = sum(row["process"] == "long_tail" for row in rows)
    front = sum(row["office"] == "front" for row in rows)
    print(f"wrote {len(rows)} lines to {OUT_PATH}")
    print(f"long_tail {long_tail / len(rows):.1%}, front {front / len(rows):.1%}")
    on_site: dict[str, int] = {}
    for row in rows:
        on_site[row["function"]] = on_site.get(row["function"], 0) + (row["location"] == ON_SITE)
    total_on_site = sum(on_site.values())
    print(f"on_site {total_on_site / len(rows):.1%}")
    print(f"  {'function':20s} {'lines':>5s} {'on_site':>8s}")
    for function, n in sorted(by_function.items()):
        print(f"  {function:20s} {n:5d} {on_site[function] / n:8.1%}")


if __name__ == "__main__":
    main()
