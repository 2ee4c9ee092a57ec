"""Independent checks for the partition: brute-force optimum and constraint violations."""

import itertools

from bpo.sourcing import Company, Provider, Task, can_take

# Spelled out here rather than imported, so the tests do not share the engine's arithmetic.
DEFAULT_FIXED, DEFAULT_SHARE = 100.0, 0.07


def hours_of(task: Task, company: Company) -> float:
    return company.default_hours_per_month if task.hours_per_month is None else task.hours_per_month


def in_house_of(task: Task, company: Company) -> float:
    rate = company.default_hourly_cost if task.hourly_cost is None else task.hourly_cost
    return hours_of(task, company) * rate


def management_of(company: Company) -> tuple[float, float]:
    """Fixed cost per provider used and share of its charge: the company's, else 100 and 7%."""
    if company.vendor_management_cost is None:
        return DEFAULT_FIXED, DEFAULT_SHARE
    return company.vendor_management_cost, 0.0


def works_where_needed(provider: Provider, task: Task, company: Company) -> bool:
    """On-site work only by a provider on site in the company's country; remote by remote ones."""
    places = {task.location}
    if not task.overridden and "location" in task.doubts:
        places.add(task.doubts["location"])  # a doubted location must be right either way
    on_site_here = "on_site" in provider.work_modes and (
        company.country is not None and company.country in provider.on_site_countries
    )
    return all(
        on_site_here if place == "on_site" else "remote" in provider.work_modes for place in places
    )


def eligible(provider: Provider, task: Task, company: Company) -> bool:
    return can_take(provider, task, company) and works_where_needed(provider, task, company)


def plan_cost(tasks, providers, company, assignment: dict[int, str]) -> float:
    """Monthly cost of a plan: kept tasks in-house, others at their provider, plus management."""
    by_id = {p.id: p for p in providers}
    total = charges = 0.0
    for task in tasks:
        provider_id = assignment.get(task.index)
        if provider_id is None:
            total += in_house_of(task, company)
        else:
            charge = hours_of(task, company) * by_id[provider_id].services[task.function]
            total += charge
            charges += charge
    fixed, share = management_of(company)
    return total + fixed * len(set(assignment.values())) + share * charges


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
        if provider is None or not eligible(provider, task, company):
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
    options = [[None] + [p.id for p in providers if eligible(p, task, company)] for task in tasks]
    best = float("inf")
    for choice in itertools.product(*options):
        plan = {t.index: pid for t, pid in zip(tasks, choice, strict=True) if pid is not None}
        if not violations(tasks, providers, company, plan):
            best = min(best, plan_cost(tasks, providers, company, plan))
    return best
