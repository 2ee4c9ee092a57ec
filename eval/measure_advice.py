"""Measure the advice on the company task lists kept out of training (issue 12's figures).

Each company of eval/company_lists.csv goes through the same service layer as the form and the
API (profile, classification, sourcing policy, bundles against the sample catalog), and the
answers are compared with the analyst's labels: agreement per head, own work outsourced, on-site
work sent to a provider that cannot be there, the share sent to review, and the share of clear
outsourcing candidates that are outsourced.
Run from the repository root:  .venv/bin/python eval/measure_advice.py [--model-dir DIR]
"""

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Run as a plain script from a checkout: make the repository root importable.
sys.path.insert(0, str(ROOT))

from bpo.schemas.requests import AnalysisRequestSchema  # noqa: E402
from bpo.services import analyse  # noqa: E402
from bpo.sourcing.catalog import load_sample_providers  # noqa: E402
from bpo.sourcing.partition import DEFAULT_SOLVER_TIME_LIMIT  # noqa: E402
from classifier import HEADS, load_model, train_model  # noqa: E402

LISTS = ROOT / "eval" / "company_lists.csv"


def companies(path: Path = LISTS) -> dict[str, list[dict]]:
    """Rows of the lists, grouped by company in file order."""
    grouped: dict[str, list[dict]] = defaultdict(list)
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            grouped[row["company"]].append(row)
    return grouped


def submission(rows: list[dict]) -> dict:
    """The analysis request an owner would send for one company's list."""
    first = rows[0]
    body = {
        "company": {
            "name": first["company"],
            "country": first["country"],
            "industry": first["industry"],
            "offering": first["offering"],
        },
        "tasks": [
            {"name": row["task"], "hours_per_month": float(row["hours_per_month"])} for row in rows
        ],
    }
    return AnalysisRequestSchema().load(body)


def measure(model, details: list | None = None, path: Path = LISTS) -> dict:
    """Figures over every company of the lists in path; misses go to details when given."""
    catalog = load_sample_providers()
    by_id = {provider.id: provider for provider in catalog}
    agree = {head: 0 for head in (*HEADS, "own_offering")}
    counts = defaultdict(int)
    lists = companies(path)
    for rows in lists.values():
        result = analyse(model, submission(rows), catalog, time_limit=DEFAULT_SOLVER_TIME_LIMIT)
        country = rows[0]["country"]
        for row, task in zip(rows, result["tasks"], strict=True):
            counts["tasks"] += 1
            for head in HEADS:
                agree[head] += task[head]["label"] == row[head]
            own = row["own_offering"] == "1"
            agree["own_offering"] += task["own_offering"] == own
            outsourced = task["decision"] == "outsource"
            counts["review"] += task["decision"] == "review"
            counts["outsourced"] += outsourced
            if own:
                counts["own"] += 1
                counts["own_outsourced"] += outsourced
            if row["location"] == "on_site":
                counts["on_site"] += 1
                provider = by_id.get(task["provider_id"] or "")
                can_be_there = provider is not None and (
                    "on_site" in provider.work_modes and country in provider.on_site_countries
                )
                counts["on_site_to_remote"] += outsourced and not can_be_there
                if details is not None and outsourced and not can_be_there:
                    details.append(("on-site work to a provider not there", row, task))
            if row["candidate"] == "outsource":
                counts["candidates"] += 1
                counts["candidates_outsourced"] += outsourced
                if details is not None and not outsourced:
                    details.append(("clear candidate not outsourced", row, task))
            if details is not None and own and outsourced:
                details.append(("own work outsourced", row, task))
    n = counts["tasks"]
    return {
        "companies": len(lists),
        "tasks": n,
        "agreement": {head: round(hits / n, 3) for head, hits in agree.items()},
        "own_work_outsourced": f"{counts['own_outsourced']} of {counts['own']}",
        "on_site_to_a_provider_not_there": f"{counts['on_site_to_remote']} of {counts['on_site']}",
        "review_share": round(counts["review"] / n, 3),
        "outsourced_share": round(counts["outsourced"] / n, 3),
        "clear_candidates_outsourced": round(
            counts["candidates_outsourced"] / counts["candidates"], 3
        ),
    }


def main() -> None:
    """Print the figures for the saved model in --model-dir, or a model trained now."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model-dir", type=Path, help="a saved model (default: train one)")
    parser.add_argument("--details", action="store_true", help="also list each miss")
    parser.add_argument(
        "--lists", type=Path, default=LISTS, help="company lists to measure (default: %(default)s)"
    )
    args = parser.parse_args()
    model = (
        load_model(args.model_dir)
        if args.model_dir
        else train_model(ROOT / "training_data" / "tasks.csv")
    )
    details = [] if args.details else None
    for name, value in measure(model, details, args.lists).items():
        print(f"{name:40s} {value}")
    for kind, row, task in details or ():
        labels = " ".join(task[head]["label"] for head in HEADS)
        print(f"{kind}: {row['industry']}: {row['task']} -> {task['decision']} ({labels})")
        print(f"    {'; '.join(r['text'] for r in task['reasons'])}")


if __name__ == "__main__":
    main()
