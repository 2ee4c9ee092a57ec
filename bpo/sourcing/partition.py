"""Partition outsourceable tasks between in-house and providers at least total monthly cost."""

import time
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bpo.sourcing.assignment import AssignmentProblem, solve_lp, solve_milp
from bpo.sourcing.costs import in_house_cost, task_hours
from bpo.sourcing.domain import Company, Provider, Task
from bpo.sourcing.heuristics import round_lp, solve_greedy
from bpo.sourcing.matching import can_take

STATUSES = ("optimal", "time_limit", "fallback")
# Seconds for the solver; past it the best answer found is returned, reported as such.
DEFAULT_TIME_LIMIT = 2.0
# "Optimal" means proved optimal to within this many USD a month (HiGHS's absolute MIP gap).
DEFAULT_TOLERANCE = 0.01


@dataclass(frozen=True)
class Partition:
    """Which provider takes each outsourced task, and how sure the solver is that it is best."""

    assignment: dict[int, str]  # task index -> provider id; tasks not listed stay in-house
    status: str  # "optimal" | "time_limit" | "fallback"
    monthly_cost: float  # total for the given tasks: in-house + provider charges + management
    detail: str  # what the solver did, for logs and the curious

    def to_dict(self) -> dict:
        """The partition as a plain dict (task indexes become string keys in JSON)."""
        return {
            "assignment": dict(self.assignment),
            "status": self.status,
            "monthly_cost": self.monthly_cost,
            "detail": self.detail,
        }


def partition_tasks(
    tasks: Sequence[Task],
    providers: Sequence[Provider],
    company: Company,
    time_limit: float = DEFAULT_TIME_LIMIT,
    tolerance: float = DEFAULT_TOLERANCE,
) -> Partition:
    """Give each task to in-house or one eligible provider, minimising total monthly cost.

    `tasks` are the ones the policy lets out; the caller filters. Constraints: eligibility,
    capacity, minimum monthly spend of every used provider, and `company.max_providers`.
    HiGHS solves it exactly (to `tolerance` USD a month) within `time_limit` seconds. Past the
    limit the best answer found is returned as "time_limit"; if HiGHS fails, a greedy answer
    is returned as "fallback".
    """
    indexes = [task.index for task in tasks]
    if len(set(indexes)) != len(indexes):
        raise ValueError("task indexes must be unique")
    problem, members, provider_ids = _build_problem(tasks, providers, company)
    if len(problem.pair_cost) == 0:
        cost = problem.total_cost(np.zeros(0))
        return Partition({}, "optimal", cost, "no provider can lower the cost of any task")
    z, status, detail = solve_exactly(problem, time_limit, tolerance)
    assignment = _assign_members(problem, z, members, provider_ids, tasks)
    return Partition(assignment, status, problem.total_cost(z), detail)


def solve_exactly(
    problem: AssignmentProblem, time_limit: float, tolerance: float
) -> tuple[np.ndarray, str, str]:
    """LP bound, rounded incumbent, reduced-cost fixing, then HiGHS MILP on what is left.

    Any solution that uses a pair whose LP reduced cost exceeds (incumbent - LP bound) costs
    more than the incumbent, so such pairs (and providers) are dropped before the MILP: the
    optimum is unchanged and the MILP is a fraction of the size.
    """
    started = time.perf_counter()

    def remaining() -> float:
        return time_limit - (time.perf_counter() - started)

    n_pairs = len(problem.pair_cost)
    try:
        lp = solve_lp(problem, remaining())
    except Exception as error:  # any solver crash must still leave the user an answer
        return solve_greedy(problem), "fallback", f"HiGHS failed on the LP ({error}); greedy used"
    if lp.status == 1:
        return solve_greedy(problem), "time_limit", "time limit reached in the LP; greedy used"
    if lp.status != 0:
        return solve_greedy(problem), "fallback", f"LP not solved ({lp.message}); greedy used"

    incumbent = round_lp(problem, lp.x[:n_pairs], lp.x[n_pairs:])
    bound = problem.base_cost() + lp.fun
    gap = problem.total_cost(incumbent) - bound
    if gap <= tolerance:
        return incumbent, "optimal", f"rounded LP answer meets the LP bound ({_took(started)})"

    threshold = gap + tolerance + 1e-7 * max(1.0, abs(bound))
    reduced = lp.lower.marginals
    closed = reduced[n_pairs:] > threshold
    keep = (reduced[:n_pairs] <= threshold) & ~closed[problem.pair_provider]
    sub, kept = problem.restricted(keep)
    size = f"MILP on {len(kept)} of {n_pairs} pairs"
    try:
        result = solve_milp(sub, remaining(), 0.0, tolerance) if len(kept) else None
    except Exception as error:  # any solver crash must still leave the user an answer
        return (
            _best(problem, incumbent, solve_greedy(problem)),
            "fallback",
            (f"HiGHS failed on the MILP ({error}); best of rounded LP and greedy used"),
        )
    candidate, lower = incumbent, bound
    if result is not None and result.x is not None:
        solved = np.zeros(n_pairs)
        solved[kept] = np.round(result.x[: len(kept)])
        if problem.is_feasible(solved):
            candidate = _best(problem, incumbent, solved)
    if result is None or result.status == 0:
        return candidate, "optimal", f"HiGHS proved optimality, {size} ({_took(started)})"
    if result.status == 1:
        # Outside the restricted model nothing beats the incumbent, so this bound is global.
        if result.mip_dual_bound is not None and np.isfinite(result.mip_dual_bound):
            restricted_bound = problem.base_cost() + result.mip_dual_bound
            lower = max(bound, min(restricted_bound, problem.total_cost(incumbent)))
        gap = problem.total_cost(candidate) - lower
        return (
            candidate,
            "time_limit",
            (
                f"time limit of {time_limit:g}s reached, {size}; best found is within "
                f"{gap:,.2f} USD a month of the optimum"
            ),
        )
    return (
        _best(problem, candidate, solve_greedy(problem)),
        "fallback",
        (f"MILP not solved ({result.message}); best of rounded LP and greedy used"),
    )


def _best(problem: AssignmentProblem, *answers: np.ndarray) -> np.ndarray:
    return min(answers, key=problem.total_cost)


def _took(started: float) -> str:
    return f"{time.perf_counter() - started:.2f}s"


def _build_problem(
    tasks: Sequence[Task], providers: Sequence[Provider], company: Company
) -> tuple[AssignmentProblem, list[list[int]], list[str]]:
    """Group identical tasks into classes, keep only pairs and providers that can matter."""
    eligible_by_profile: dict[tuple, tuple[int, ...]] = {}
    class_of: dict[tuple, int] = {}
    members: list[list[int]] = []
    hours, in_house, eligible = [], [], []
    for position, task in enumerate(tasks):
        # Eligibility depends only on these fields, and real task lists repeat them a lot.
        profile = (
            task.function,
            task.required_certifications,
            task.sensitivity,
            frozenset(task.languages),
        )
        if profile not in eligible_by_profile:
            eligible_by_profile[profile] = tuple(
                j for j, provider in enumerate(providers) if can_take(provider, task, company)
            )
        key = (profile, task_hours(task, company), in_house_cost(task, company))
        if key not in class_of:
            class_of[key] = len(members)
            members.append([])
            hours.append(key[1])
            in_house.append(key[2])
            eligible.append(eligible_by_profile[profile])
        members[class_of[key]].append(position)

    count = np.array([len(m) for m in members], dtype=float)
    hours_k, in_house_k = np.array(hours, dtype=float), np.array(in_house, dtype=float)
    functions = sorted({task.function for task in tasks})
    # rate[j, f]: provider j's hourly rate for function f (0 where not offered; never eligible).
    rate = np.array(
        [[p.services.get(f, 0.0) for f in functions] for p in providers], dtype=float
    ).reshape(len(providers), len(functions))
    function_k = np.array([functions.index(tasks[m[0]].function) for m in members], dtype=np.int64)
    pair_class = np.repeat(np.arange(len(members)), [len(e) for e in eligible])
    pair_provider = np.array([j for e in eligible for j in e], dtype=np.int64)
    capacity = np.array([p.capacity_hours_per_month for p in providers], dtype=float)
    min_spend = np.array([p.min_monthly_spend for p in providers], dtype=float)
    pair_cost = hours_k[pair_class] * rate[pair_provider, function_k[pair_class]]
    # Drop pairs that can never fit, and pairs dearer than in-house at a provider with no
    # minimum to reach: moving such a task home never makes a plan worse.
    useful = (hours_k[pair_class] <= capacity[pair_provider]) & (
        (pair_cost < in_house_k[pair_class]) | (min_spend[pair_provider] > 0)
    )
    pair_class, pair_provider, pair_cost = (
        pair_class[useful],
        pair_provider[useful],
        pair_cost[useful],
    )

    kept = _providers_worth_keeping(
        pair_class,
        pair_provider,
        pair_cost,
        count,
        hours_k,
        in_house_k,
        capacity,
        min_spend,
        company,
    )
    position = np.full(len(providers), -1)
    position[kept] = np.arange(len(kept))
    in_kept = position[pair_provider] >= 0
    problem = AssignmentProblem(
        count=count,
        hours=hours_k,
        in_house=in_house_k,
        pair_class=pair_class[in_kept],
        pair_provider=position[pair_provider[in_kept]],
        pair_cost=pair_cost[in_kept],
        capacity=capacity[kept],
        min_spend=min_spend[kept],
        management_cost=company.vendor_management_cost,
        max_providers=company.max_providers,
    )
    return problem, members, [providers[j].id for j in kept]


def _providers_worth_keeping(
    pair_class, pair_provider, pair_cost, count, hours, in_house, capacity, min_spend, company
) -> np.ndarray:
    """Providers that could ever lower the total: drop those that can't save their overhead.

    Closing a provider sends its tasks home and leaves every other provider as it was, so a
    provider whose best possible saving does not beat the management cost, or whose whole
    possible spend stays below its minimum, is never part of a strictly better answer.
    """
    n = len(capacity)
    gain = np.maximum(0.0, in_house[pair_class] - pair_cost)
    saving = np.bincount(pair_provider, weights=count[pair_class] * gain, minlength=n)
    spend = np.bincount(pair_provider, weights=count[pair_class] * pair_cost, minlength=n)
    best_saving_rate, best_cost_rate = np.zeros(n), np.zeros(n)
    np.maximum.at(best_saving_rate, pair_provider, gain / hours[pair_class])
    np.maximum.at(best_cost_rate, pair_provider, pair_cost / hours[pair_class])
    most_saving = np.minimum(saving, capacity * best_saving_rate)
    most_spend = np.minimum(spend, capacity * best_cost_rate)
    has_pairs = np.bincount(pair_provider, minlength=n) > 0
    worth = has_pairs & (most_saving > company.vendor_management_cost) & (most_spend >= min_spend)
    return np.flatnonzero(worth)


def _assign_members(problem, z, members, provider_ids, tasks) -> dict[int, str]:
    """Turn class counts back into one provider per task, in input order within a class."""
    next_member = [0] * len(members)
    assignment = {}
    for pair in np.flatnonzero(z > 0.5):
        k = int(problem.pair_class[pair])
        provider_id = provider_ids[problem.pair_provider[pair]]
        for _ in range(int(round(z[pair]))):
            assignment[tasks[members[k][next_member[k]]].index] = provider_id
            next_member[k] += 1
    return assignment
