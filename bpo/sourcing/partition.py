"""Partition outsourceable tasks between in-house and providers at least total monthly cost."""

import math
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from bpo.sourcing.assignment import AssignmentProblem, solve_lp, solve_milp
from bpo.sourcing.deadline import Deadline
from bpo.sourcing.domain import Company, Provider, Task
from bpo.sourcing.heuristics import round_lp, solve_greedy
from bpo.sourcing.problem import assign_members, build_problem

# Seconds for the solver; past it the best answer found is returned, reported as such. The one
# default for the whole app: bpo/config.py reads it too.
DEFAULT_SOLVER_TIME_LIMIT = 5.0
# "Optimal" means proved optimal to within this many USD a month (HiGHS's absolute MIP gap).
DEFAULT_TOLERANCE = 0.01
# Below this many seconds left of the analysis's deadline HiGHS is not started at all.
MIN_SOLVER_SECONDS = 0.05
# How long past its time limit HiGHS is waited for (this share of the limit, at most the cap)
# before the analysis goes on without it: in branch and bound it stops about 0.1 s late, but at
# the root node of a large MILP it checks the clock only between phases (1.6 s late measured on
# 1,000 tasks x 250 providers with a 2.5 s limit).
MILP_GRACE_SHARE = 0.05
MILP_GRACE_MOST = 0.5


@dataclass(frozen=True)
class Partition:
    """Which provider takes each outsourced task, and how sure the solver is that it is best."""

    assignment: dict[int, str]  # task index -> provider id; tasks not listed stay in-house
    status: str  # "optimal" | "time_limit" | "fallback" | "deadline"
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
    time_limit: float = DEFAULT_SOLVER_TIME_LIMIT,
    tolerance: float = DEFAULT_TOLERANCE,
    deadline: Deadline | None = None,
) -> Partition:
    """Give each task to in-house or one eligible provider, minimising total monthly cost.

    `tasks` are the ones the policy lets out; the caller filters. Constraints: eligibility
    (service, region, certifications, languages, on-site work in the company's country),
    capacity, minimum monthly spend of every used provider, and `company.max_providers`.
    HiGHS solves it exactly (to `tolerance` USD a month) within `time_limit` seconds. Past the
    limit the best answer found is returned as "time_limit"; if HiGHS fails, a greedy answer
    is returned as "fallback". HiGHS never runs past `deadline` (the analysis's budget), and
    neither does the greedy search; an answer cut short by it is "deadline".
    """
    deadline = deadline or Deadline()
    indexes = [task.index for task in tasks]
    if len(set(indexes)) != len(indexes):
        raise ValueError("task indexes must be unique")
    problem, members, provider_ids = build_problem(tasks, providers, company)
    if len(problem.pair_cost) == 0:
        cost = problem.total_cost(np.zeros(0))
        return Partition({}, "optimal", cost, "no provider can lower the cost of any task")
    z, status, detail = solve_exactly(problem, time_limit, tolerance, deadline)
    if deadline.cut:
        status = "deadline"
        detail = f"{detail}; the analysis deadline cut short: {', '.join(deadline.cut)}"
    assignment = assign_members(problem, z, members, provider_ids, tasks)
    return Partition(assignment, status, problem.total_cost(z), detail)


def solve_exactly(
    problem: AssignmentProblem,
    time_limit: float,
    tolerance: float,
    deadline: Deadline | None = None,
) -> tuple[np.ndarray, str, str]:
    """LP bound, rounded incumbent, reduced-cost fixing, then HiGHS MILP on what is left.

    Any solution that uses a pair whose LP reduced cost exceeds (incumbent - LP bound) costs
    more than the incumbent, so such pairs (and providers) are dropped before the MILP: the
    optimum is unchanged and the MILP is a fraction of the size.

    HiGHS gets the smaller of `time_limit` and what is left of `deadline`; when the deadline is
    the smaller, stopping at it is noted there. The greedy answers share the deadline.
    """
    deadline = deadline or Deadline()
    if deadline.remaining() < MIN_SOLVER_SECONDS:
        deadline.note("exact solver not started")
        return solve_greedy(problem, deadline), "deadline", "no time left for HiGHS; greedy used"
    clock = _Clock(time_limit, deadline)
    n_pairs = len(problem.pair_cost)
    try:
        lp = solve_lp(problem, clock.remaining())
    except Exception as error:  # any solver crash must still leave the user an answer
        greedy = solve_greedy(problem, deadline)
        return greedy, "fallback", f"HiGHS failed on the LP ({error}); greedy used"
    if lp.status == 1:
        clock.note_stop("exact solver (LP)")
        greedy = solve_greedy(problem, deadline)
        return greedy, "time_limit", "time limit reached in the LP; greedy used"
    if lp.status != 0:
        greedy = solve_greedy(problem, deadline)
        return greedy, "fallback", f"LP not solved ({lp.message}); greedy used"

    incumbent = round_lp(problem, lp.x[:n_pairs], lp.x[n_pairs:], deadline)
    bound = problem.base_cost() + lp.fun
    gap = problem.total_cost(incumbent) - bound
    if gap <= tolerance:
        return incumbent, "optimal", f"rounded LP answer meets the LP bound ({clock.took()})"

    threshold = gap + tolerance + 1e-7 * max(1.0, abs(bound))
    reduced = lp.lower.marginals
    closed = reduced[n_pairs:] > threshold
    keep = (reduced[:n_pairs] <= threshold) & ~closed[problem.pair_provider]
    return _solve_restricted(problem, keep, incumbent, bound, clock, tolerance)


class _Clock:
    """Seconds left of the time limit, and time taken so far, for one solve."""

    def __init__(self, limit: float, deadline: Deadline | None = None) -> None:
        self.deadline = deadline or Deadline()
        self.limit = min(limit, self.deadline.remaining())
        self.started = time.perf_counter()
        # Whether the analysis's deadline, not the solver's own limit, set `limit`.
        self.deadline_binds = self.limit < limit

    def note_stop(self, what: str) -> None:
        """A stop at the limit is the deadline's doing when the deadline set the limit."""
        if self.deadline_binds:
            self.deadline.note(what)

    def remaining(self) -> float:
        """Seconds left before the limit."""
        return self.limit - (time.perf_counter() - self.started)

    def took(self) -> str:
        """Time taken so far, for the detail text."""
        return f"{time.perf_counter() - self.started:.2f}s"


def _solve_restricted(
    problem: AssignmentProblem,
    keep: np.ndarray,
    incumbent: np.ndarray,
    bound: float,
    clock: _Clock,
    tolerance: float,
) -> tuple[np.ndarray, str, str]:
    """The MILP on the pairs reduced-cost fixing kept, and an honest status for its answer."""
    sub, kept = problem.restricted(keep)
    size = f"MILP on {len(kept)} of {len(problem.pair_cost)} pairs"
    try:
        result = _milp_in_time(sub, clock, tolerance) if len(kept) else None
    except _MilpLate:
        clock.deadline.note("exact solver (MILP)")
        gap = problem.total_cost(incumbent) - bound
        return (
            incumbent,
            "time_limit",
            f"HiGHS still running at the deadline, {size}; rounded LP answer used, within "
            f"{gap:,.2f} USD a month of the optimum",
        )
    except Exception as error:  # any solver crash must still leave the user an answer
        return (
            _best(problem, incumbent, solve_greedy(problem, clock.deadline)),
            "fallback",
            f"HiGHS failed on the MILP ({error}); best of rounded LP and greedy used",
        )
    candidate = incumbent
    if result is not None and result.x is not None:
        solved = np.zeros(len(problem.pair_cost))
        solved[kept] = np.round(result.x[: len(kept)])
        if problem.is_feasible(solved):
            candidate = _best(problem, incumbent, solved)
    if result is None or result.status == 0:
        return candidate, "optimal", f"HiGHS proved optimality, {size} ({clock.took()})"
    if result.status == 1:
        clock.note_stop("exact solver (MILP)")
        lower = bound
        # Outside the restricted model nothing beats the incumbent, so this bound is global.
        if result.mip_dual_bound is not None and np.isfinite(result.mip_dual_bound):
            restricted_bound = problem.base_cost() + result.mip_dual_bound
            lower = max(bound, min(restricted_bound, problem.total_cost(incumbent)))
        gap = problem.total_cost(candidate) - lower
        return (
            candidate,
            "time_limit",
            f"time limit of {clock.limit:g}s reached, {size}; best found is within "
            f"{gap:,.2f} USD a month of the optimum",
        )
    return (
        _best(problem, candidate, solve_greedy(problem, clock.deadline)),
        "fallback",
        f"MILP not solved ({result.message}); best of rounded LP and greedy used",
    )


class _MilpLate(Exception):
    """HiGHS had not returned when the analysis's deadline (plus its grace) came."""


def _milp_in_time(sub: AssignmentProblem, clock: _Clock, tolerance: float):
    """solve_milp on its own thread, waited for no longer than the deadline allows.

    HiGHS releases the GIL while it solves, so the analysis can go on with its incumbent when
    HiGHS overruns; the abandoned solve stops by itself at its own time limit soon after. The
    thread is not a daemon: the interpreter waits for it at exit, because a process that exits
    while HiGHS runs is aborted ("terminate called without an active exception").
    """
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="highs-milp")
    solving = pool.submit(solve_milp, sub, clock.remaining(), 0.0, tolerance)
    pool.shutdown(wait=False)
    wait = clock.deadline.remaining() + min(MILP_GRACE_MOST, MILP_GRACE_SHARE * clock.limit)
    try:
        return solving.result(timeout=max(wait, 0.0) if math.isfinite(wait) else None)
    except TimeoutError:
        raise _MilpLate from None


def _best(problem: AssignmentProblem, *answers: np.ndarray) -> np.ndarray:
    return min(answers, key=problem.total_cost)
