"""One analysis is bounded: request limits (422 naming them) and a time budget over every phase.

Issue 10 (1): 5,000 tasks with 1,000 inline providers held a worker past gunicorn's timeout,
because the solver's time limit bounded HiGHS only, not the greedy fallback or anything else.
"""

import random
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from bpo.schemas.requests import MAX_ANALYSIS_PROVIDERS, MAX_TASK_PROVIDER_PAIRS
from bpo.sourcing import Company, Provider, Task, run_sourcing
from bpo.sourcing.deadline import Deadline
from bpo.sourcing.heuristics import solve_greedy
from bpo.sourcing.problem import build_problem
from classifier import FUNCTIONS

pytestmark = pytest.mark.wall_clock

OUTSOURCEABLE = [f for f in FUNCTIONS if f != "production"]


def _provider_json(j: int, rng: random.Random) -> dict:
    offered = rng.sample(OUTSOURCEABLE, 3)
    return {
        "id": f"p{j}",
        "name": f"Provider {j}",
        "country": "PH",
        "delivery_regions": [],
        "services": {f: round(rng.uniform(8, 30), 2) for f in offered},
        "languages": ["en"],
        "certifications": [],
        "capacity_hours_per_month": float(rng.choice((300, 1000, 4000))),
        "min_monthly_spend": float(rng.choice((0, 2000, 8000, 20000))),
    }


def _task_json(i: int, rng: random.Random) -> dict:
    # Labels given (the user's overrides), so every task is one the policy lets out, and
    # distinct hours, so no two tasks fold into one class: the hardest bundle problem.
    return {
        "name": f"Back-office task number {i}",
        "office": "back",
        "process": "support",
        "function": rng.choice(OUTSOURCEABLE),
        "location": "remote",
        "hours_per_month": round(rng.uniform(5, 120), 3),
        "hourly_cost": float(rng.choice((30, 40, 55))),
    }


def hard_request(tasks: int, providers: int, seed: int = 7) -> dict:
    rng = random.Random(seed)
    return {
        "tasks": [_task_json(i, rng) for i in range(tasks)],
        "providers": [_provider_json(j, rng) for j in range(providers)],
    }


def test_more_providers_than_the_limit_is_422_naming_it(client):
    body = hard_request(2, MAX_ANALYSIS_PROVIDERS + 1)
    response = client.post("/api/v1/analyses", json=body)
    assert response.status_code == 422
    assert response.content_type == "application/problem+json"
    message = " ".join(response.get_json()["errors"]["providers"])
    assert str(MAX_ANALYSIS_PROVIDERS) in message


def test_tasks_times_providers_over_the_limit_is_422_naming_it(client):
    providers = 100
    tasks = MAX_TASK_PROVIDER_PAIRS // providers + 1
    response = client.post("/api/v1/analyses", json=hard_request(tasks, providers))
    assert response.status_code == 422
    message = " ".join(response.get_json()["errors"]["providers"])
    assert f"{MAX_TASK_PROVIDER_PAIRS:,}" in message
    assert f"{tasks:,} tasks × {providers:,} providers" in message


def test_a_request_at_the_limits_answers_within_the_budget(make_app):
    budget = 4.0
    # The solver's own limit is far away: only the analysis budget can stop this in time.
    client = make_app(ANALYSIS_TIME_LIMIT=budget, SOLVER_TIME_LIMIT=120.0).test_client()
    providers = MAX_ANALYSIS_PROVIDERS
    body = hard_request(MAX_TASK_PROVIDER_PAIRS // providers, providers)
    started = time.perf_counter()
    response = client.post("/api/v1/analyses", json=body)
    took = time.perf_counter() - started
    assert response.status_code == 201, response.get_json()
    assert response.get_json()["solver"]["status"] in {"optimal", "deadline"}
    # The budget counts from the request's arrival (reading and validating it included) to the
    # bundles; only storing the answer comes on top. On this instance HiGHS overran its own time
    # limit by 1.6 s at the root node, so waiting for it answered in 5.4 s (6.2 s under load).
    assert took < budget + 1.0, f"answered in {took:.1f}s with a {budget:g}s budget"


def test_the_budget_covers_classification_and_policy_too(make_app, model):
    from bpo.catalog_store import load_catalog
    from bpo.schemas.requests import AnalysisRequestSchema
    from bpo.services.analysis import analyse

    app = make_app()
    submission = AnalysisRequestSchema().load(hard_request(1000, MAX_ANALYSIS_PROVIDERS))
    with app.app_context():
        catalog = load_catalog()
        started = time.perf_counter()
        # A budget too small for even the classification: still a feasible answer, at once.
        result = analyse(model, submission, catalog, time_limit=120.0, budget=0.01)
        took = time.perf_counter() - started
    assert result["solver"]["status"] == "deadline"
    assert len(result["tasks"]) == 1000
    assert took < 5.0


def _hard_instance(tasks: int, providers: int, seed: int = 3):
    rng = random.Random(seed)
    company = Company(name="", default_hourly_cost=35.0, currency="USD")
    task_list = [
        Task(
            index=i,
            name=f"task {i}",
            office="back",
            process="support",
            function=rng.choice(OUTSOURCEABLE),
            location="remote",
            hours_per_month=round(rng.uniform(5, 120), 3),
            hourly_cost=float(rng.choice((30, 40, 55))),
        )
        for i in range(tasks)
    ]
    provider_list = [
        Provider(
            id=f"p{j}",
            name=f"P {j}",
            country="PH",
            services={f: round(rng.uniform(8, 30), 2) for f in rng.sample(OUTSOURCEABLE, 3)},
            capacity_hours_per_month=float(rng.choice((300, 1000, 4000))),
            min_monthly_spend=float(rng.choice((0, 2000, 8000, 20000))),
            languages=("en",),
        )
        for j in range(providers)
    ]
    return task_list, provider_list, company


def test_the_engine_stops_at_the_deadline_with_a_feasible_plan():
    tasks, providers, company = _hard_instance(1000, 250)
    started = time.perf_counter()
    result = run_sourcing(tasks, providers, company, time_limit=120.0, deadline=Deadline(1.0))
    took = time.perf_counter() - started
    assert result.status == "deadline"
    assert "deadline" in result.solver_detail
    assert took < 2.5
    assert result.totals.monthly_savings > 0
    # Every bundle keeps within its provider's capacity and reaches its minimum spend.
    by_id = {p.id: p for p in providers}
    for bundle in result.bundles:
        provider = by_id[bundle.provider_id]
        assert bundle.hours_per_month <= provider.capacity_hours_per_month + 1e-6
        assert bundle.monthly_cost >= provider.min_monthly_spend - 1e-6


def test_a_process_ends_cleanly_while_an_abandoned_solve_runs():
    # The engine answers at the deadline while HiGHS may still be running; a worker that exits
    # then (a restart, a deploy) must wait for it, not abort (exit status 134).
    script = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "from test_analysis_bounds import _hard_instance\n"
        "from bpo.sourcing import run_sourcing\n"
        "from bpo.sourcing.deadline import Deadline\n"
        "tasks, providers, company = _hard_instance(1000, 250)\n"
        "result = run_sourcing(tasks, providers, company, deadline=Deadline(1.0))\n"
        "print(result.status)\n"
    )
    finished = subprocess.run(
        [sys.executable, "-c", script, str(Path(__file__).parent)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert finished.returncode == 0, finished.stderr[-500:]
    assert finished.stdout.strip() == "deadline"


@pytest.mark.parametrize("budget", [0.0, 0.2])
def test_the_greedy_fallback_honours_the_deadline_and_stays_feasible(budget):
    tasks, providers, company = _hard_instance(1000, 250, seed=5)
    problem, _, _ = build_problem(tasks, providers, company)
    deadline = Deadline(budget)
    started = time.perf_counter()
    z = solve_greedy(problem, deadline)
    assert time.perf_counter() - started < budget + 1.0
    assert deadline.cut
    assert problem.is_feasible(z)
    assert problem.total_cost(z) <= problem.total_cost(np.zeros(len(problem.pair_cost)))


def test_without_a_deadline_the_greedy_answer_is_unchanged():
    tasks, providers, company = _hard_instance(200, 30, seed=11)
    problem, _, _ = build_problem(tasks, providers, company)
    unbounded = Deadline()
    assert np.array_equal(solve_greedy(problem), solve_greedy(problem, unbounded))
    assert unbounded.cut == []


def test_a_budget_of_zero_seconds_is_refused(monkeypatch):
    from bpo import create_app
    from bpo.config import ConfigError

    monkeypatch.setenv("BPO_ANALYSIS_TIME_LIMIT", "0")
    with pytest.raises(ConfigError, match="BPO_ANALYSIS_TIME_LIMIT"):
        create_app({"SECRET_KEY": "k" * 40})
