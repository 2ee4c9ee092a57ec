"""One sourcing run: policy, matching and partition over a company's tasks, with totals."""

from collections.abc import Sequence

from bpo.sourcing.costs import (
    cost_assumptions,
    cost_per_transaction,
    in_house_cost,
    provider_cost,
    task_hours,
)
from bpo.sourcing.domain import Company, Provider, Reason, Task
from bpo.sourcing.matching import eligible_providers, no_match_reason
from bpo.sourcing.partition import DEFAULT_TIME_LIMIT, Partition, partition_tasks
from bpo.sourcing.policy import Decision, decide_sourcing
from bpo.sourcing.results import Bundle, SourcingResult, TaskOutcome, Totals


def run_sourcing(
    tasks: Sequence[Task],
    providers: Sequence[Provider],
    company: Company,
    *,
    time_limit: float = DEFAULT_TIME_LIMIT,
) -> SourcingResult:
    """Decide every task, bundle the outsourced ones at least total cost, and add it all up."""
    tasks = list(tasks)
    if len({task.index for task in tasks}) != len(tasks):
        raise ValueError("task indexes must be unique")
    if len({provider.id for provider in providers}) != len(providers):
        raise ValueError("provider ids must be unique")
    verdicts = [decide_sourcing(task, company) for task in tasks]

    candidates, blocked = [], {}
    for task, verdict in zip(tasks, verdicts, strict=True):
        if verdict.decision == "outsource":
            reason = no_match_reason(task, providers, company)
            if reason is None and task_hours(task, company) == 0:
                # Zero hours cost nothing in-house; handing them over can only add overhead.
                reason = Reason("no_hours", "0 hours a month: there is nothing to hand over")
            if reason is None:
                candidates.append(task)
            else:
                blocked[task.index] = reason
    partition = partition_tasks(candidates, providers, company, time_limit=time_limit)

    by_id = {provider.id: provider for provider in providers}
    bundles = _bundles(tasks, partition, by_id, company)
    charge = {bundle.provider_id: bundle.monthly_cost for bundle in bundles}
    outcomes = []
    for task, verdict in zip(tasks, verdicts, strict=True):
        provider = by_id.get(partition.assignment.get(task.index, ""))
        current = in_house_cost(task, company)
        proposed = provider_cost(task, provider, company) if provider else current
        # Each task carries its share of its provider's management cost in its CPT.
        overhead = (
            company.vendor_management_cost * proposed / charge[provider.id] if provider else 0
        )
        decision, reasons = _final_word(task, verdict, provider, blocked, providers, company)
        outcomes.append(
            TaskOutcome(
                index=task.index,
                name=task.name,
                decision=decision,
                score=verdict.score,
                reasons=(*reasons, *cost_assumptions(task, company)),
                provider_id=provider.id if provider else None,
                hours_per_month=task_hours(task, company),
                current_monthly_cost=current,
                proposed_monthly_cost=proposed,
                cost_per_transaction_before=cost_per_transaction(
                    current, task.transactions_per_month
                ),
                cost_per_transaction_after=cost_per_transaction(
                    proposed + overhead, task.transactions_per_month
                ),
            )
        )
    totals = _totals(tasks, outcomes, bundles, company)
    return SourcingResult(tuple(outcomes), bundles, totals, partition.status, partition.detail)


def _final_word(task, verdict: Decision, provider, blocked, providers, company):
    """Decision and reasons once matching and the partition have had their say."""
    if verdict.decision != "outsource":
        return verdict.decision, verdict.reasons
    if task.index in blocked:
        return "keep", (*verdict.reasons, blocked[task.index])
    if provider is None:
        return "keep", (*verdict.reasons, _why_kept(task, providers, company))
    saving = in_house_cost(task, company) - provider_cost(task, provider, company)
    rate = provider.services[task.function]
    where = f"{provider.name} ({provider.country}) at {rate:g} USD an hour"
    if saving >= 0:
        text = f"bundled with {where}: saves {saving:,.0f} USD a month before management cost"
    else:
        text = (
            f"bundled with {where}: costs {-saving:,.0f} USD a month more on its own, but helps "
            "reach that provider's minimum monthly spend"
        )
    return "outsource", (*verdict.reasons, Reason("assigned", text))


def _why_kept(task: Task, providers, company: Company) -> Reason:
    """Why a task the policy lets out still stays in-house after the partition."""
    hours = task_hours(task, company)
    fitting = [
        p
        for p in eligible_providers(task, providers, company)
        if hours <= p.capacity_hours_per_month
    ]
    if not fitting:
        return Reason(
            "no_capacity", f"needs {hours:g} hours a month; no matching provider has that capacity"
        )
    in_house = in_house_cost(task, company)
    cheapest = min(provider_cost(task, p, company) for p in fitting)
    if cheapest >= in_house:
        return Reason(
            "cheaper_in_house",
            f"cheaper in-house: {in_house:,.0f} USD a month against {cheapest:,.0f} USD at the "
            "cheapest matching provider",
        )
    return Reason(
        "not_worth_overhead",
        f"a provider would charge {cheapest:,.0f} instead of {in_house:,.0f} USD a month, but with "
        f"the management cost ({company.vendor_management_cost:,.0f} USD a month per provider), "
        "minimum spends, capacity and any cap on providers, the cheapest plan keeps it in-house",
    )


def _bundles(tasks, partition: Partition, by_id, company) -> tuple[Bundle, ...]:
    """One bundle per provider used, in catalog order, tasks in input order."""
    grouped: dict[str, list[Task]] = {}
    for task in tasks:
        provider_id = partition.assignment.get(task.index)
        if provider_id is not None:
            grouped.setdefault(provider_id, []).append(task)
    order = list(by_id)
    return tuple(
        Bundle(
            provider_id=provider_id,
            task_indexes=tuple(task.index for task in grouped[provider_id]),
            hours_per_month=sum(task_hours(task, company) for task in grouped[provider_id]),
            monthly_cost=sum(
                provider_cost(task, by_id[provider_id], company) for task in grouped[provider_id]
            ),
        )
        for provider_id in sorted(grouped, key=order.index)
    )


def _totals(tasks, outcomes, bundles, company: Company) -> Totals:
    """Company-wide totals; CPT only over tasks whose volumes are known."""
    current = sum(outcome.current_monthly_cost for outcome in outcomes)
    management = company.vendor_management_cost * len(bundles)
    proposed = sum(outcome.proposed_monthly_cost for outcome in outcomes) + management
    with_volume = [
        (task.transactions_per_month, outcome)
        for task, outcome in zip(tasks, outcomes, strict=True)
        if task.transactions_per_month
    ]
    volume = sum(count for count, _ in with_volume)
    cpt_before = cpt_after = None
    if with_volume:
        cpt_before = sum(o.current_monthly_cost for _, o in with_volume) / volume
        cpt_after = sum(o.cost_per_transaction_after * n for n, o in with_volume) / volume
    return Totals(
        current_monthly_cost=current,
        proposed_monthly_cost=proposed,
        monthly_savings=current - proposed,
        annual_savings=12 * (current - proposed),
        providers_used=len(bundles),
        cost_per_transaction_before=cpt_before,
        cost_per_transaction_after=cpt_after,
    )
