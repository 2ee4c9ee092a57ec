"""Time POST /api/v1/analyses end to end for 1,000 and 5,000 tasks against the sample catalog.

End to end means through WSGI: JSON parsing, marshmallow validation, classification, the
sourcing engine with its MILP, storage in SQLite and the JSON answer.
Run from the repository root:  .venv/bin/python bench/analysis_bench.py [--sizes 1000 5000]
"""

import argparse
import csv
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Run as a plain script from a checkout: make the repository root importable.
sys.path.insert(0, str(ROOT))

from flask_migrate import upgrade  # noqa: E402

from bpo import create_app  # noqa: E402
from bpo.catalog_store import load_catalog, seed_sample_catalog  # noqa: E402
from classifier import train_model  # noqa: E402


def task_lines(count: int, rng: random.Random) -> list[dict]:
    """Realistic task lines (from the project's own training data) with hours and costs."""
    with (ROOT / "training_data" / "tasks.csv").open(encoding="utf-8") as handle:
        texts = [row["text"] for row in csv.DictReader(handle)]
    return [
        {
            "name": text,
            "hours_per_month": rng.choice((2, 5, 8, 10, 20, 40, 80, 160)),
            "hourly_cost": rng.choice((25, 30, 35, 45, 60)),
        }
        for text in rng.sample(texts, count)
    ]


def main() -> None:
    """Build an app on a temporary database and time one analysis per size."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    args = parser.parse_args()
    rng = random.Random(7)
    model = train_model(ROOT / "training_data" / "tasks.csv")
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(
            {
                "SECRET_KEY": "bench" * 10,
                "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp}/bench.sqlite3",
                "MODEL": model,
                "RATELIMIT_ENABLED": False,
            }
        )
        with app.app_context():
            upgrade(directory=str(ROOT / "migrations"))
            seed_sample_catalog()
            providers = len(load_catalog())
        client = app.test_client()
        print(f"{providers} sample providers, model {model.version}")
        print(" tasks  seconds  status  outsourced  providers  solver")
        for size in args.sizes:
            payload = {"company": {"name": "Bench Co"}, "tasks": task_lines(size, rng)}
            started = time.perf_counter()
            response = client.post("/api/v1/analyses", json=payload)
            seconds = time.perf_counter() - started
            body = response.get_json()
            outsourced = sum(1 for task in body["tasks"] if task["provider_id"])
            print(
                f"{size:6d} {seconds:8.2f} {response.status_code:7d} {outsourced:11d} "
                f"{body['totals']['providers_used']:10d}  {body['solver']['status']}"
            )


if __name__ == "__main__":
    main()
