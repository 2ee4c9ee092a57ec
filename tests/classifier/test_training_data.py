"""Checks on training_data/tasks.csv: labels, duplicates, minimum counts, provenance."""

import csv
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from classifier import FUNCTIONS, HEADS, VOCABULARIES
from tests.eval_sets import fold, shingles
from training_data.location import LOCATIONS, ON_SITE, REMOTE, location_of

ROOT = Path(__file__).resolve().parents[2]
DATA_PATH = ROOT / "training_data" / "tasks.csv"
EVAL_DIR = ROOT.parent / "shared" / "eval"
# Evaluation data beside the project (never trained on) and the column holding its lines.
EVALUATION_SETS = [(EVAL_DIR / "onet_dev.csv", "text"), (EVAL_DIR / "real_dev.csv", "name")]
COMPANY_PATH = ROOT / "training_data" / "company_tasks.csv"
STYLES = {"informal", "formal", "statement"}


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    """The rows of tasks.csv as dicts."""
    with DATA_PATH.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def company_lines() -> list[dict[str, str]]:
    """The rows of company_tasks.csv as dicts."""
    with COMPANY_PATH.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_columns_are_exactly_the_documented_ones():
    with DATA_PATH.open(newline="", encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert header == ["text", "office", "process", "function", "location", "style"]


def test_no_duplicate_texts_after_normalising_case_and_whitespace(rows):
    counts = Counter(fold(row["text"]) for row in rows)
    duplicates = [text for text, n in counts.items() if n > 1]
    assert not duplicates, f"duplicate lines: {duplicates[:10]}"


def test_no_contradictory_labels_for_the_same_text(rows):
    labels = defaultdict(set)
    for row in rows:
        labels[fold(row["text"])].add(tuple(row[head] for head in HEADS))
    contradictions = {text: found for text, found in labels.items() if len(found) > 1}
    assert not contradictions, f"contradictory labels: {list(contradictions.items())[:5]}"


@pytest.mark.parametrize("head", HEADS)
def test_labels_are_inside_the_vocabularies(rows, head):
    outside = {row[head] for row in rows} - set(VOCABULARIES[head])
    assert not outside


def test_locations_are_remote_or_on_site(rows):
    assert {row["location"] for row in rows} == set(LOCATIONS)


@pytest.mark.parametrize(
    ("text", "function", "expected"),
    [
        ("Clean the office every evening", "admin", ON_SITE),
        ("Open, sort and distribute the incoming post", "admin", ON_SITE),
        ("Scan and file paper documents", "admin", ON_SITE),
        ("Greet visitors at reception", "customer_service", ON_SITE),
        ("Check in hotel guests at the front desk", "customer_service", ON_SITE),
        ("Set up laptops and desk phones for new starters", "it", ON_SITE),
        ("Bank the cash from the till", "finance_accounting", ON_SITE),
        ("Pack and ship online orders", "logistics", ON_SITE),
        ("Load the van and do the deliveries", "logistics", ON_SITE),
        ("do stocktake", "logistics", ON_SITE),
        ("Assemble furniture orders in the workshop", "production", ON_SITE),
        ("Bake bread and pastries for the shop", "production", ON_SITE),
        ("Staff the stand at the trade fair", "marketing", ON_SITE),
        ("Visit customer sites to take orders", "sales", ON_SITE),
        ("Check that delivered goods match the purchase order", "procurement", ON_SITE),
        ("Run fire drills and safety walk-rounds", "legal_compliance", ON_SITE),
        ("Trial new recipes in the test kitchen", "product_development", ON_SITE),
        ("Reconcile the bank statements every month", "finance_accounting", REMOTE),
        ("Run payroll every two weeks", "payroll", REMOTE),
        ("Answer customer emails about late orders", "customer_service", REMOTE),
        ("Screen CVs for open positions", "hr", REMOTE),
        ("Reset passwords for staff", "it", REMOTE),
        ("Place purchase orders with suppliers", "procurement", REMOTE),
        ("Book freight with carriers and track shipments", "logistics", REMOTE),
        ("Prepare customs paperwork", "logistics", REMOTE),
        ("Plan and schedule production runs", "production", REMOTE),
        ("Prepare reports on loading and unloading trucks", "logistics", REMOTE),
        ("Post on Instagram three times a week", "marketing", REMOTE),
        ("Drive traffic to the online shop", "marketing", REMOTE),
        ("Book demos with prospects", "sales", REMOTE),
        ("Review supplier contracts before signing", "legal_compliance", REMOTE),
    ],
)
def test_location_rules_on_clear_lines(text, function, expected):
    assert location_of(text, function) == expected


def test_location_hint_wins_and_is_checked():
    assert location_of("Reconcile the bank statements", "finance_accounting", ON_SITE) == ON_SITE
    with pytest.raises(ValueError):
        location_of("Clean the office", "admin", "office")


@pytest.mark.parametrize(
    ("function", "low", "high"),
    [
        ("production", 0.40, 1.0),
        ("logistics", 0.40, 1.0),
        ("admin", 0.05, 0.40),
        ("customer_service", 0.03, 0.30),
        ("finance_accounting", 0.0, 0.10),
        ("payroll", 0.0, 0.05),
        ("hr", 0.0, 0.10),
        ("legal_compliance", 0.0, 0.10),
        ("management", 0.0, 0.05),
    ],
)
def test_on_site_share_per_function(rows, function, low, high):
    lines = [row for row in rows if row["function"] == function]
    share = sum(row["location"] == ON_SITE for row in lines) / len(lines)
    assert low <= share <= high, f"{function}: on_site {share:.1%}"


def test_styles_are_known_and_texts_are_not_empty(rows):
    assert {row["style"] for row in rows} == STYLES
    assert all(row["text"].strip() for row in rows)


def test_count_minima(rows):
    distinct = {fold(row["text"]) for row in rows}
    assert len(distinct) >= 4000
    per_function = Counter(row["function"] for row in rows)
    assert set(per_function) == set(FUNCTIONS)
    assert min(per_function.values()) >= 150, per_function
    assert sum(row["process"] == "long_tail" for row in rows) >= 0.10 * len(rows)
    # Plenty of front-office lines, counted rather than as a share: the share falls each time
    # back-office boundary lines are added, which does not make the front lines fewer.
    assert sum(row["office"] == "front" for row in rows) >= 3500


def test_every_style_covers_every_function(rows):
    pairs = Counter((row["style"], row["function"]) for row in rows)
    thin = [(s, f) for s in STYLES for f in FUNCTIONS if pairs[(s, f)] < 20]
    assert not thin, thin


def test_csv_is_what_the_generator_writes(rows):
    from training_data.generate import build_rows

    assert build_rows() == rows, "tasks.csv is stale: run python -m training_data.generate"


@pytest.mark.parametrize(("path", "column"), EVALUATION_SETS)
def test_nothing_copied_from_the_evaluation_sets(rows, company_lines, path, column):
    if not path.is_file():
        pytest.skip(f"{path.name} not available (it lives in ../shared, beside the project)")
    with path.open(newline="", encoding="utf-8") as handle:
        evaluation = [row[column] for row in csv.DictReader(handle)]
    evaluation_shingles = set().union(*(shingles(text) for text in evaluation))
    evaluation_lines = {fold(text) for text in evaluation}
    texts = [row["text"] for row in rows] + [row["text"] for row in company_lines]
    copied = [text for text in texts if fold(text) in evaluation_lines]
    shared = [text for text in texts if shingles(text) & evaluation_shingles]
    assert not copied, copied[:5]
    assert not shared, f"lines sharing a 6-word sequence with {path.name}: {shared[:5]}"


def test_company_csv_is_what_the_generator_writes(company_lines):
    from training_data.company_lines import company_rows

    assert company_rows() == company_lines, "company_tasks.csv is stale: run the generator"
