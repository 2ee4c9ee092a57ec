"""The partition: equal to brute force on small random instances, and honest about its status."""

import time
import types

import numpy as np
import pytest

from bpo.sourcing import Company, partition, partition_tasks
from bpo.sourcing.deadline import Deadline

from .builders import provider, random_instance, task
from .oracle import brute_force_cost, plan_cost, violations

BRUTE_FORCE_SEEDS = range(300)


@pytest.mark.parametrize("seed", BRUTE_FORCE_SEEDS)
def test_partition_matches_brute_force(seed):
    tasks, providers, company = random_instance(seed)
    result = partition_tasks(tasks, providers, company, time_limit=10, tolerance=1e-9)
    assert result.status == "optimal"
    assert violations(tasks, providers, company, result.assignment) == []
    cost = plan_cost(tasks, providers, company, result.assignment)
    assert cost == pytest.approx(result.monthly_cost, abs=1e-6)
    assert cost == pytest.approx(brute_force_cost(tasks, providers, company), abs=1e-6)


def test_random_instances_cover_on_site_work_and_both_management_rules():
    # The brute-force comparison is only as good as the instances it sees.
    instances = [random_instance(seed) for seed in BRUTE_FORCE_SEEDS]
    tasks = [t for ts, _, _ in instances for t in ts]
    providers = [p for _, ps, _ in instances for p in ps]
    companies = [c for _, _, c in instances]
    assert sum(t.location == "on_site" for t in tasks) > 100
    assert sum("location" in t.doubts for t in tasks) > 30
    assert {p.work_modes for p in providers} == {("remote",), ("on_site",), ("on_site", "remote")}
    assert {c.country for c in companies} == {None, "US", "DE", "GB"}
    assert sum(c.vendor_management_cost is None for c in companies) > 80
    # Instances where on-site work actually goes out, so the constraint binds somewhere.
    placed = 0
    for ts, ps, c in instances:
        result = partition_tasks(ts, ps, c, time_limit=10)
        by_index = {t.index: t for t in ts}
        placed += sum(by_index[i].location == "on_site" for i in result.assignment)
    assert placed > 20


def test_on_site_work_goes_only_to_a_provider_on_site_in_the_country():
    cleaning = [task(0, function="admin", location="on_site", hours_per_month=40, hourly_cost=30)]
    offshore = provider("offshore-ops", services={"admin": 6.0})
    elsewhere = provider(
        "uk-ops", services={"admin": 8.0}, work_modes=("on_site",), on_site_countries=("GB",)
    )
    local = provider(
        "de-ops", services={"admin": 20.0}, work_modes=("on_site",), on_site_countries=("DE",)
    )
    germany = Company(country="DE", vendor_management_cost=0)
    result = partition_tasks(cleaning, [offshore, elsewhere, local], germany)
    assert result.assignment == {0: "de-ops"}
    no_country = Company(vendor_management_cost=0)
    assert partition_tasks(cleaning, [offshore, elsewhere, local], no_country).assignment == {}


def test_default_management_is_a_share_of_the_charge_plus_a_fixed_part():
    payroll = [task(0, function="payroll", hours_per_month=5, hourly_cost=35)]
    cheap = provider(services={"payroll": 10.0})
    result = partition_tasks(payroll, [cheap], Company())
    assert result.assignment == {0: "acme-ops"}
    assert result.monthly_cost == pytest.approx(50 * 1.07 + 100)
    assert partition_tasks(payroll, [cheap], Company(vendor_management_cost=500)).assignment == {}


def test_cheaper_provider_takes_the_work():
    tasks = [task(0, hours_per_month=100, hourly_cost=30)]
    dear, cheap = provider("dear-ops"), provider("cheap-ops", services={"finance_accounting": 8})
    result = partition_tasks(tasks, [dear, cheap], Company(vendor_management_cost=100))
    assert result.assignment == {0: "cheap-ops"}
    assert result.monthly_cost == 100 * 8 + 100


def test_management_cost_can_keep_work_in_house():
    # Saves 40 a month, but managing the provider costs 100 plus 7% of 20.
    tasks = [task(0, hours_per_month=2, hourly_cost=30)]
    result = partition_tasks(tasks, [provider()], Company())
    assert result.assignment == {}
    assert result.monthly_cost == 60


def test_minimum_spend_is_met_or_the_provider_is_not_used():
    tasks = [task(i, hours_per_month=10, hourly_cost=30) for i in range(3)]
    picky = provider(min_monthly_spend=250)  # 3 tasks x 10 h x 10 USD = 300 >= 250
    assert len(partition_tasks(tasks, [picky], Company(vendor_management_cost=0)).assignment) == 3
    pickier = provider(min_monthly_spend=301)
    assert partition_tasks(tasks, [pickier], Company(vendor_management_cost=0)).assignment == {}


def test_capacity_and_provider_cap_are_respected():
    tasks = [task(i, hours_per_month=10) for i in range(6)]
    providers = [provider(f"p{j}-ops", capacity_hours_per_month=20) for j in range(3)]
    company = Company(vendor_management_cost=0, max_providers=2)
    result = partition_tasks(tasks, providers, company)
    assert len(result.assignment) == 4
    assert violations(tasks, providers, company, result.assignment) == []


def test_duplicate_task_indexes_are_refused():
    with pytest.raises(ValueError, match="unique"):
        partition_tasks([task(0), task(0)], [provider()], Company())


def test_no_candidates_is_trivially_optimal():
    result = partition_tasks([], [provider()], Company())
    assert (result.assignment, result.status, result.monthly_cost) == ({}, "optimal", 0)


def _broken(*args, **kwargs):
    raise RuntimeError("solver exploded")


def _many_tasks():
    tasks = [task(i, hours_per_month=10 + i % 7, hourly_cost=20 + i % 11) for i in range(40)]
    providers = [
        provider(f"p{j}-ops", capacity_hours_per_month=90, min_monthly_spend=300.0 * j)
        for j in range(4)
    ]
    return tasks, providers, Company(vendor_management_cost=100)


def test_lp_failure_falls_back_to_a_feasible_greedy_plan(monkeypatch):
    monkeypatch.setattr(partition, "solve_lp", _broken)
    tasks, providers, company = _many_tasks()
    result = partition_tasks(tasks, providers, company)
    assert result.status == "fallback"
    assert "greedy" in result.detail
    assert violations(tasks, providers, company, result.assignment) == []
    assert result.assignment  # the fallback still sends work out


def test_time_limit_in_the_lp_returns_a_greedy_plan(monkeypatch):
    monkeypatch.setattr(
        partition, "solve_lp", lambda *a, **k: types.SimpleNamespace(status=1, message="limit")
    )
    tasks, providers, company = _many_tasks()
    result = partition_tasks(tasks, providers, company)
    assert result.status == "time_limit"
    assert violations(tasks, providers, company, result.assignment) == []


def test_milp_failure_keeps_the_best_incumbent(monkeypatch):
    monkeypatch.setattr(partition, "solve_milp", _broken)
    # Force the MILP stage: an all-in-house incumbent never meets the LP bound here.
    monkeypatch.setattr(
        partition, "round_lp", lambda problem, *lp: np.zeros(len(problem.pair_cost))
    )
    tasks, providers, company = _many_tasks()
    result = partition_tasks(tasks, providers, company)
    assert result.status == "fallback"
    assert violations(tasks, providers, company, result.assignment) == []
    assert result.monthly_cost < plan_cost(tasks, providers, company, {})


@pytest.mark.wall_clock
def test_a_milp_running_past_the_deadline_is_not_waited_for(monkeypatch):
    # HiGHS checks its time limit only between phases (at the root node of a large MILP it
    # returned 1.6 s late); a solve that overruns stands in for it here.
    def overrunning(sub, time_limit, *args):
        time.sleep(time_limit + 2.0)
        return types.SimpleNamespace(status=1, x=None, mip_dual_bound=None, message="late")

    monkeypatch.setattr(partition, "solve_milp", overrunning)
    monkeypatch.setattr(
        partition, "round_lp", lambda problem, *lp: np.zeros(len(problem.pair_cost))
    )
    tasks, providers, company = _many_tasks()
    started = time.perf_counter()
    result = partition_tasks(tasks, providers, company, deadline=Deadline(1.0))
    took = time.perf_counter() - started
    assert took < 1.5, took
    assert result.status == "deadline"
    assert "still running at the deadline" in result.detail and "of the optimum" in result.detail
    assert violations(tasks, providers, company, result.assignment) == []


def test_milp_time_limit_reports_the_gap(monkeypatch):
    def out_of_time(sub, *args, **kwargs):
        x = np.zeros(len(sub.pair_cost) + len(sub.capacity))
        return types.SimpleNamespace(status=1, x=x, mip_dual_bound=None, message="time limit")

    monkeypatch.setattr(partition, "solve_milp", out_of_time)
    monkeypatch.setattr(
        partition, "round_lp", lambda problem, *lp: np.zeros(len(problem.pair_cost))
    )
    tasks, providers, company = _many_tasks()
    result = partition_tasks(tasks, providers, company)
    assert result.status == "time_limit"
    assert "of the optimum" in result.detail
