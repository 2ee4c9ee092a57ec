"""Independent checks for the partition: brute-force optimum and constraint violations."""

import itertools

from bpo.sourcing import Company, Provider, Task, can_take

# Spelled out here rather than imported, so the tests do not share the engine's arithmetic.


def hours_of(task: Task, company: Company) -> float:
    return company.default_hours_per_month if task.hours_per_month is None else task.hours_per_month


def in_house_of(task: Task, company: Company) -> float:
    rate = company.default_hourly_cost if task.hourly_cost is None else task.hourly_cost
    return hours_of(task, company) * rate


def plan_cost(tasks, providers, company, assignment: dict[int, str]) -> float:
    """Monthly cost of a plan: kept tasks in-house, others at their provider, plus management."""
    by_id = {p.id: p for p in providers}
    total = 0.0
    for task in tasks:
        provider_id = assignment.get(task.index)
        if provider_id is None:
            total += in_house_of(task, company)
        else:
            total += hours_of(task, company) * by_id[provider_id].services[task.function]
    return total + company.vendor_management_cost * len(set(assignment.values()))


def violations(
    tasks: list[Task], providers: list[Provider], company: Company, assignment: dict[int, str]
) -> list[str]:
    """Every constraint the plan breaks, in words; empty when the plan is valid."""
    by_id = {p.id: p for p in providers}
    by_index = {t.index: t for t in tasks}
    problems = [f"unknown task {i}" for i in assignment if i not in by_index]
    hours, spend = {}, {}
    for index, provider_id in assignment.items():
        task, provider = by_index.get(index), by_id.get(provider_id)
        if task is None:
            continue
        if provider is None or not can_take(provider, task, company):
            problems.append(f"task {index} is not eligible for {provider_id}")
            continue
        hours[provider_id] = hours.get(provider_id, 0) + hours_of(task, company)
        spend[provider_id] = spend.get(provider_id, 0) + (
            hours_of(task, company) * provider.services[task.function]
        )
    for provider_id, used in hours.items():
        provider = by_id[provider_id]
        if used > provider.capacity_hours_per_month + 1e-9:
            problems.append(f"{provider_id} over capacity")
        if spend[provider_id] < provider.min_monthly_spend - 1e-9:
            problems.append(f"{provider_id} under its minimum spend")
    if company.max_providers is not None and len(hours) > company.max_providers:
        problems.append("too many providers")
    return problems


def brute_force_cost(tasks, providers, company) -> float:
    """The optimum by trying every assignment of every task (in-house or an eligible provider)."""
    options = [[None] + [p.id for p in providers if can_take(p, task, company)] for task in tasks]
    best = float("inf")
    for choice in itertools.product(*options):
        plan = {t.index: pid for t, pid in zip(tasks, choice, strict=True) if pid is not None}
        if not violations(tasks, providers, company, plan):
            best = min(best, plan_cost(tasks, providers, company, plan))
    return best
