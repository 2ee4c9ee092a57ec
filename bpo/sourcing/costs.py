"""The cost model: monthly hours, in-house and provider cost, cost per transaction."""

from bpo.sourcing.domain import Company, Provider, Reason, Task


def task_hours(task: Task, company: Company) -> float:
    """Monthly hours of a task, or the company default when the task gives none."""
    if task.hours_per_month is None:
        return company.default_hours_per_month
    return task.hours_per_month


def in_house_hourly_cost(task: Task, company: Company) -> float:
    """Loaded hourly cost of doing the task in-house: the task's own, else the company default."""
    if task.hourly_cost is None:
        return company.default_hourly_cost
    return task.hourly_cost


def in_house_cost(task: Task, company: Company) -> float:
    """Monthly cost of keeping the task in-house."""
    return task_hours(task, company) * in_house_hourly_cost(task, company)


def provider_cost(task: Task, provider: Provider, company: Company) -> float:
    """Monthly amount the provider bills for the task (its rate for the task's service line)."""
    return task_hours(task, company) * provider.services[task.function]


def cost_per_transaction(monthly_cost: float, transactions_per_month: float | None) -> float | None:
    """Cost per transaction (CPT), or None when no volume is known."""
    if not transactions_per_month:
        return None
    return monthly_cost / transactions_per_month


def cost_assumptions(task: Task, company: Company) -> list[Reason]:
    """Reasons naming every default the cost figures of this task rest on."""
    reasons = []
    if task.hours_per_month is None:
        reasons.append(
            Reason(
                "assumed_hours",
                f"assumption: no hours given, so {company.default_hours_per_month:g} hours "
                "a month are assumed",
            )
        )
    if task.hourly_cost is None:
        reasons.append(
            Reason(
                "assumed_hourly_cost",
                f"assumption: no in-house hourly cost given, so the company default of "
                f"{company.default_hourly_cost:g} {company.currency} an hour is used",
            )
        )
    return reasons
