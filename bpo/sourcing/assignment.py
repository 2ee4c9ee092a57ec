"""The task-to-provider assignment problem in array form, with its LP and MILP solved by HiGHS."""

import warnings
from dataclasses import dataclass

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, linprog, milp
from scipy.sparse import coo_array, csr_array, vstack

# Solutions are rounded and re-checked; this absorbs the solver's feasibility tolerance.
TOLERANCE = 1e-6

# scipy warns that it passes `mip_abs_gap` (below) to HiGHS unchecked. Ignored once, here: a
# catch_warnings() around each solve is not thread-safe, and solves run on several threads.
warnings.filterwarnings(
    "ignore", message="Unrecognized options detected: {'mip_abs_gap'}", category=RuntimeWarning
)


@dataclass
class AssignmentProblem:
    """Identical tasks grouped into classes; one pair per (class, provider) that may be used.

    A class holds `count` tasks with the same hours, in-house cost and eligible providers, so
    its variable is an integer "how many of them go to this provider" instead of one binary per
    task: same optimum, fewer variables when tasks repeat.
    """

    count: np.ndarray  # [K] tasks per class
    hours: np.ndarray  # [K] monthly hours of one task of the class
    in_house: np.ndarray  # [K] monthly in-house cost of one task
    pair_class: np.ndarray  # [P] class of each pair
    pair_provider: np.ndarray  # [P] provider position of each pair
    pair_cost: np.ndarray  # [P] monthly provider cost of one task of the class
    capacity: np.ndarray  # [J] hours a month per provider
    min_spend: np.ndarray  # [J] minimum monthly spend per provider
    management_cost: float  # fixed monthly cost of each provider used
    max_providers: int | None
    # Management cost that grows with the work: this share of each pair's cost. Folding it into
    # the saving keeps the objective linear, so the MILP stays exact.
    management_share: float = 0.0

    @property
    def saving(self) -> np.ndarray:
        """Monthly saving of moving one task to the pair's provider, its management share paid."""
        return self.in_house[self.pair_class] - self.pair_cost * (1 + self.management_share)

    def by_saving(self) -> list[int]:
        """Pair indexes, largest saving first (computed once; heuristics walk it many times)."""
        if getattr(self, "_by_saving", None) is None:
            self._by_saving = np.argsort(-self.saving, kind="stable").tolist()
        return self._by_saving

    def base_cost(self) -> float:
        """Monthly cost with every task in-house."""
        return float(self.count @ self.in_house)

    def total_cost(self, z: np.ndarray) -> float:
        """Total monthly cost: everything in-house, minus savings, plus fixed management."""
        used = self.providers_used(z)
        return self.base_cost() - float(self.saving @ z) + self.management_cost * int(used.sum())

    def per_provider(self, weights: np.ndarray) -> np.ndarray:
        """Sum pair weights by provider."""
        return np.bincount(self.pair_provider, weights=weights, minlength=len(self.capacity))

    def providers_used(self, z: np.ndarray) -> np.ndarray:
        """Boolean mask of providers that receive at least one task."""
        return self.per_provider(z) > 0.5

    def is_feasible(self, z: np.ndarray) -> bool:
        """True when z respects counts, capacity, minimum spend and the provider cap."""
        per_class = np.bincount(self.pair_class, weights=z, minlength=len(self.count))
        hours = self.per_provider(z * self.hours[self.pair_class])
        spend = self.per_provider(z * self.pair_cost)
        used = self.providers_used(z)
        return bool(
            np.all(z >= -TOLERANCE)
            and np.all(per_class <= self.count + TOLERANCE)
            and np.all(hours <= self.capacity + TOLERANCE)
            and np.all(spend[used] >= self.min_spend[used] - TOLERANCE)
            and (self.max_providers is None or used.sum() <= self.max_providers)
        )

    def restricted(self, keep_pairs: np.ndarray) -> tuple["AssignmentProblem", np.ndarray]:
        """The same problem with only some pairs (and the providers they use); and their indexes."""
        pairs = np.flatnonzero(keep_pairs)
        providers, new_provider = np.unique(self.pair_provider[pairs], return_inverse=True)
        sub = AssignmentProblem(
            count=self.count,
            hours=self.hours,
            in_house=self.in_house,
            pair_class=self.pair_class[pairs],
            pair_provider=new_provider.astype(np.int64),
            pair_cost=self.pair_cost[pairs],
            capacity=self.capacity[providers],
            min_spend=self.min_spend[providers],
            management_cost=self.management_cost,
            max_providers=self.max_providers,
            management_share=self.management_share,
        )
        return sub, pairs


def _rows(problem: AssignmentProblem) -> tuple[csr_array, np.ndarray]:
    """All constraints as A @ [z, y] <= b."""
    n_pairs, n_providers = len(problem.pair_cost), len(problem.capacity)
    n_vars = n_pairs + n_providers
    pair_idx = np.arange(n_pairs)
    y_of_pair = n_pairs + problem.pair_provider
    upper = problem.count[problem.pair_class]
    blocks, rhs = [], []

    # Each task at most once; a class with one pair is already bounded by its count.
    pairs_per_class = np.bincount(problem.pair_class, minlength=len(problem.count))
    shared = np.flatnonzero(pairs_per_class > 1)
    if len(shared):
        row_of_class = np.full(len(problem.count), -1)
        row_of_class[shared] = np.arange(len(shared))
        mask = row_of_class[problem.pair_class] >= 0
        rows = row_of_class[problem.pair_class][mask]
        blocks.append(
            coo_array((np.ones(mask.sum()), (rows, pair_idx[mask])), (len(shared), n_vars))
        )
        rhs.append(problem.count[shared])

    # Capacity, written against y so that a closed provider takes no hours.
    provider_rows = np.concatenate([problem.pair_provider, np.arange(n_providers)])
    columns = np.concatenate([pair_idx, n_pairs + np.arange(n_providers)])
    hours = np.concatenate([problem.hours[problem.pair_class], -problem.capacity])
    blocks.append(coo_array((hours, (provider_rows, columns)), (n_providers, n_vars)))
    rhs.append(np.zeros(n_providers))

    # Minimum spend of an open provider, only where it has one.
    with_minimum = np.flatnonzero(problem.min_spend > 0)
    if len(with_minimum):
        spend = np.concatenate([-problem.pair_cost, problem.min_spend])
        minimum = coo_array((spend, (provider_rows, columns)), (n_providers, n_vars)).tocsr()
        blocks.append(minimum[with_minimum])
        rhs.append(np.zeros(len(with_minimum)))

    # z <= count * y: implied by capacity for integers, but it makes the LP bound much tighter.
    link = coo_array(
        (
            np.concatenate([np.ones(n_pairs), -upper]),
            (np.concatenate([pair_idx, pair_idx]), np.concatenate([pair_idx, y_of_pair])),
        ),
        (n_pairs, n_vars),
    )
    blocks.append(link)
    rhs.append(np.zeros(n_pairs))

    if problem.max_providers is not None:
        cap = coo_array(
            (
                np.ones(n_providers),
                (np.zeros(n_providers, dtype=int), n_pairs + np.arange(n_providers)),
            ),
            (1, n_vars),
        )
        blocks.append(cap)
        rhs.append(np.array([problem.max_providers], dtype=float))

    return vstack(blocks, format="csr"), np.concatenate(rhs)


def _objective_and_upper(problem: AssignmentProblem) -> tuple[np.ndarray, np.ndarray]:
    """Objective (cost change from all-in-house) and upper bounds of [z, y]."""
    n_providers = len(problem.capacity)
    cost = np.concatenate([-problem.saving, np.full(n_providers, problem.management_cost)])
    upper = np.concatenate([problem.count[problem.pair_class], np.ones(n_providers)])
    return cost, upper


def solve_lp(problem: AssignmentProblem, time_limit: float):
    """The LP relaxation by HiGHS; its bound and reduced costs drive the exact pre-pass."""
    cost, upper = _objective_and_upper(problem)
    matrix, rhs = _rows(problem)
    bounds = np.column_stack([np.zeros(len(cost)), upper])
    return linprog(
        cost,
        A_ub=matrix,
        b_ub=rhs,
        bounds=bounds,
        method="highs",
        options={"time_limit": max(time_limit, 0.01)},
    )


def solve_milp(problem: AssignmentProblem, time_limit: float, mip_gap: float, abs_gap: float):
    """Solve exactly with HiGHS; returns scipy's result (x holds z then y)."""
    cost, upper = _objective_and_upper(problem)
    matrix, rhs = _rows(problem)
    options = {
        "time_limit": max(time_limit, 0.01),
        "mip_rel_gap": mip_gap,
        "disp": False,
        # Passed through to HiGHS verbatim (scipy warns that it does not check it): an absolute
        # gap in USD, so "optimal" means optimal to the cent on any size of company.
        "mip_abs_gap": abs_gap,
    }
    return milp(
        cost,
        integrality=np.ones(len(cost)),
        bounds=Bounds(np.zeros(len(cost)), upper),
        constraints=[LinearConstraint(matrix, -np.inf, rhs)],
        options=options,
    )
