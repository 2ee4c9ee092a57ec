"""The assignment problem built from tasks and providers, and its answer read back per task."""

from collections.abc import Sequence

import numpy as np

from bpo.sourcing.assignment import AssignmentProblem
from bpo.sourcing.costs import in_house_cost, management_rule, task_hours
from bpo.sourcing.domain import Company, Provider, Task
from bpo.sourcing.matching import can_take


def build_problem(
    tasks: Sequence[Task], providers: Sequence[Provider], company: Company
) -> tuple[AssignmentProblem, list[list[int]], list[str]]:
    """Group identical tasks into classes, keep only pairs and providers that can matter."""
    classes = _TaskClasses(tasks, providers, company)
    rule = management_rule(company)
    capacity = np.array([p.capacity_hours_per_month for p in providers], dtype=float)
    min_spend = np.array([p.min_monthly_spend for p in providers], dtype=float)
    pair_class, pair_provider, pair_cost = classes.pairs()
    # Drop pairs that can never fit, and pairs dearer than in-house (their management share
    # included) at a provider with no minimum to reach: moving such a task home never makes a
    # plan worse.
    charged = pair_cost * (1 + rule.share_of_charge)
    useful = (classes.hours[pair_class] <= capacity[pair_provider]) & (
        (charged < classes.in_house[pair_class]) | (min_spend[pair_provider] > 0)
    )
    problem = AssignmentProblem(
        count=classes.count,
        hours=classes.hours,
        in_house=classes.in_house,
        pair_class=pair_class[useful],
        pair_provider=pair_provider[useful],
        pair_cost=pair_cost[useful],
        capacity=capacity,
        min_spend=min_spend,
        management_cost=rule.fixed_per_provider,
        max_providers=company.max_providers,
        management_share=rule.share_of_charge,
    )
    kept = _providers_worth_keeping(problem)
    sub, _ = problem.restricted(np.isin(problem.pair_provider, kept))
    # restricted() keeps only providers with pairs, in order: exactly `kept`.
    return sub, classes.members, [providers[j].id for j in kept]


class _TaskClasses:
    """Identical tasks grouped: same eligibility, hours and in-house cost make one class."""

    def __init__(self, tasks: Sequence[Task], providers: Sequence[Provider], company: Company):
        self.providers = providers
        eligible_by_profile: dict[tuple, tuple[int, ...]] = {}
        class_of: dict[tuple, int] = {}
        self.members: list[list[int]] = []
        self.eligible: list[tuple[int, ...]] = []
        self.functions: list[str] = []
        hours, in_house = [], []
        for position, task in enumerate(tasks):
            profile = _eligibility_profile(task)
            if profile not in eligible_by_profile:
                eligible_by_profile[profile] = tuple(
                    j for j, provider in enumerate(providers) if can_take(provider, task, company)
                )
            key = (profile, task_hours(task, company), in_house_cost(task, company))
            if key not in class_of:
                class_of[key] = len(self.members)
                self.members.append([])
                self.eligible.append(eligible_by_profile[profile])
                self.functions.append(task.function)
                hours.append(key[1])
                in_house.append(key[2])
            self.members[class_of[key]].append(position)
        self.count = np.array([len(m) for m in self.members], dtype=float)
        self.hours = np.array(hours, dtype=float)
        self.in_house = np.array(in_house, dtype=float)

    def pairs(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every eligible (class, provider) pair and the provider's monthly charge for one task."""
        functions = sorted(set(self.functions))
        # rate[j, f]: provider j's hourly rate for function f (0 where not offered; never eligible).
        rate = np.array(
            [[p.services.get(f, 0.0) for f in functions] for p in self.providers], dtype=float
        ).reshape(len(self.providers), len(functions))
        function_k = np.array([functions.index(f) for f in self.functions], dtype=np.int64)
        pair_class = np.repeat(np.arange(len(self.members)), [len(e) for e in self.eligible])
        pair_provider = np.array([j for e in self.eligible for j in e], dtype=np.int64)
        pair_cost = self.hours[pair_class] * rate[pair_provider, function_k[pair_class]]
        return pair_class, pair_provider, pair_cost


def _eligibility_profile(task: Task) -> tuple:
    """The fields eligibility depends on; real task lists repeat them a lot."""
    return (
        task.function,
        task.required_certifications,
        task.sensitivity,
        frozenset(task.languages),
        task.location,
        task.open_doubts.get("location"),
    )


def _providers_worth_keeping(problem: AssignmentProblem) -> np.ndarray:
    """Providers that could ever lower the total: drop those that can't save their overhead.

    Closing a provider sends its tasks home and leaves every other provider as it was, so a
    provider whose best possible saving (its management share paid) does not beat the fixed
    management cost, or whose whole possible spend stays below its minimum, is never part of a
    strictly better answer.
    """
    n, pair_class, pair_provider = len(problem.capacity), problem.pair_class, problem.pair_provider
    per_task = problem.count[pair_class]
    gain = np.maximum(0.0, problem.saving)
    hours = problem.hours[pair_class]
    saving = np.bincount(pair_provider, weights=per_task * gain, minlength=n)
    spend = np.bincount(pair_provider, weights=per_task * problem.pair_cost, minlength=n)
    best_saving_rate, best_cost_rate = np.zeros(n), np.zeros(n)
    np.maximum.at(best_saving_rate, pair_provider, gain / hours)
    np.maximum.at(best_cost_rate, pair_provider, problem.pair_cost / hours)
    most_saving = np.minimum(saving, problem.capacity * best_saving_rate)
    most_spend = np.minimum(spend, problem.capacity * best_cost_rate)
    has_pairs = np.bincount(pair_provider, minlength=n) > 0
    worth = has_pairs & (most_saving > problem.management_cost) & (most_spend >= problem.min_spend)
    return np.flatnonzero(worth)


def assign_members(problem, z, members, provider_ids, tasks) -> dict[int, str]:
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
