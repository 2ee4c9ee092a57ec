"""Time run_sourcing on 1,000 and 5,000 random classified tasks against the sample providers.

Run from the repository root:  .venv/bin/python bench/sourcing_bench.py [--sizes 1000 5000]
`--continuous` draws hours and costs as arbitrary floats, so no two tasks are alike and the
partition cannot group identical tasks: the worst case for the solver.
"""

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

# Run as a plain script from a checkout: make the repository root importable.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bpo.sourcing import Company, Task, load_sample_providers, run_sourcing  # noqa: E402
from bpo.sourcing.vocabulary import FUNCTIONS  # noqa: E402

FRONT = {"customer_service", "sales", "marketing"}
CORE = {"customer_service", "sales", "marketing", "logistics", "production", "product_development"}
HOURS = (2, 4, 5, 8, 10, 12, 15, 20, 25, 30, 40, 60, 80, 120, 160)
COSTS = (22, 25, 28, 30, 35, 40, 45, 50, 60, 75)
LANGUAGES = (("en",),) * 12 + (("es",), ("en", "es"), ("de",), ("fr",), ("fi",), ("pt",))


def random_task(index: int, rng: random.Random, continuous: bool) -> Task:
    """One plausible classified task, drawn the way a mixed company's list tends to look."""
    function = rng.choice(FUNCTIONS)
    roll = rng.random()
    if function in CORE:
        process = "core" if roll < 0.8 else "long_tail"
    else:
        process = "support" if roll < 0.75 else "long_tail"
    sensitivity = rng.choice((None, None, "public", "internal", "confidential", "regulated"))
    certifications = ()
    if sensitivity == "regulated" and rng.random() < 0.5:
        certifications = (rng.choice(("HIPAA", "PCI_DSS", "SOC2", "GDPR")),)
    if continuous:
        hours, cost = rng.uniform(1, 160), rng.uniform(20, 80)
    else:
        hours = rng.choice(HOURS) if rng.random() < 0.9 else None
        cost = rng.choice(COSTS) if rng.random() < 0.7 else None
    return Task(
        index=index,
        name=f"task {index}",
        office="front" if function in FRONT else "back",
        process=process,
        function=function,
        confidence={"office": 0.9, "process": 0.8, "function": rng.uniform(0.3, 1.0)},
        needs_review=rng.random() < 0.05,
        overridden=frozenset({"function"}) if rng.random() < 0.03 else frozenset(),
        hours_per_month=hours,
        hourly_cost=cost,
        transactions_per_month=rng.choice((None, 100, 500, 2000)),
        sensitivity=sensitivity,
        required_certifications=certifications,
        languages=rng.choice(LANGUAGES),
        strategic=rng.random() < 0.03,
    )


def main() -> None:
    """Generate task lists, time the engine on each, print one line of figures per size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--continuous", action="store_true")
    parser.add_argument("--max-providers", type=int, default=None)
    args = parser.parse_args()

    providers = load_sample_providers()
    company = Company(name="Bench Co", max_providers=args.max_providers)
    print(f"{len(providers)} sample providers; continuous={args.continuous}")
    print(
        f"{'tasks':>6} {'best s':>7} {'median s':>8} {'status':>10} {'out':>5} "
        f"{'providers':>9} {'savings/month':>14}"
    )
    for size in args.sizes:
        rng = random.Random(args.seed + size)
        tasks = [random_task(i, rng, args.continuous) for i in range(size)]
        timings, result = [], None
        for _ in range(args.repeat):
            started = time.perf_counter()
            result = run_sourcing(tasks, providers, company)
            timings.append(time.perf_counter() - started)
        outsourced = sum(1 for d in result.decisions if d.decision == "outsource")
        print(
            f"{size:>6} {min(timings):>7.3f} {statistics.median(timings):>8.3f} "
            f"{result.status:>10} {outsourced:>5} {result.totals.providers_used:>9} "
            f"{result.totals.monthly_savings:>14,.0f}"
        )
        print(f"       solver: {result.solver_detail}")


if __name__ == "__main__":
    main()
