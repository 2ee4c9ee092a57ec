"""One sourcing run: policy, matching and partition over a company's tasks, with totals."""

from collections.abc import Sequence

from bpo.sourcing.costs import (
    ManagementRule,
    cost_assumptions,
    cost_per_transaction,
    in_house_cost,
    management_rule,
    provider_cost,
    task_hours,
)
from bpo.sourcing.deadline import Deadline
from bpo.sourcing.domain import Company, Provider, Reason, Task
from bpo.sourcing.matching import eligible_providers, no_match_reason
from bpo.sourcing.partition import DEFAULT_SOLVER_TIME_LIMIT, Partition, partition_tasks
from bpo.sourcing.policy import Decision, decide_sourcing, in_principle
from bpo.sourcing.results import Bundle, SourcingResult, TaskOutcome, Totals

# Why a task the policy lets out cannot go: ("keep" | "review", the reason).
HeldBack = tuple[str, Reason]
# Of an analysis's deadline, the share (at most this many seconds) kept for the work after the
# partition: reasons, bundles and totals, then storing the answer.
AFTER_PARTITION_SHARE = 0.15
AFTER_PARTITION_MOST = 3.0


def run_sourcing(
    tasks: Sequence[Task],
    providers: Sequence[Provider],
    company: Company,
    *,
    time_limit: float = DEFAULT_SOLVER_TIME_LIMIT,
    deadline: Deadline | None = None,
) -> SourcingResult:
    """Decide every task, bundle the outsourced ones at least total cost, and add it all up.

    `deadline` is the whole analysis's budget: what policy and matching spent is gone, and the
    partition must finish a little before it (status "deadline" if that cut it short).
    """
    deadline = deadline or Deadline()
    tasks = list(tasks)
    if len({task.index for task in tasks}) != len(tasks):
        raise ValueError("task indexes must be unique")
    if len({provider.id for provider in providers}) != len(providers):
        raise ValueError("provider ids must be unique")
    verdicts = [decide_sourcing(task, company) for task in tasks]
    held_back = {
        task.index: held
        for task, verdict in zip(tasks, verdicts, strict=True)
        if verdict.decision == "outsource" and (held := _held_back(task, providers, company))
    }
    candidates = [
        task
        for task, verdict in zip(tasks, verdicts, strict=True)
        if verdict.decision == "outsource" and task.index not in held_back
    ]
    after = min(AFTER_PARTITION_MOST, AFTER_PARTITION_SHARE * deadline.seconds)
    partition = partition_tasks(
        candidates, providers, company, time_limit=time_limit, deadline=deadline.earlier(after)
    )

    by_id = {provider.id: provider for provider in providers}
    rule = management_rule(company)
    bundles = _bundles(tasks, partition, by_id, company, rule)
    charges = {bundle.provider_id: bundle.monthly_cost for bundle in bundles}
    outcomes = []
    for task, verdict in zip(tasks, verdicts, strict=True):
        provider = by_id.get(partition.assignment.get(task.index, ""))
        held = held_back.get(task.index)
        decision, reasons = _final_word(task, verdict, provider, held, bundles, providers, company)
        outcomes.append(
            _outcome(task, verdict.score, decision, reasons, provider, company, rule, charges)
        )
    totals = _totals(tasks, outcomes, bundles, rule)
    return SourcingResult(tuple(outcomes), bundles, totals, partition.status, partition.detail)


def _held_back(task: Task, providers: Sequence[Provider], company: Company) -> HeldBack | None:
    """Why a task the policy lets out cannot go to any provider; None when one can take it."""
    doubted = task.open_doubts.get("location")
    if doubted in (None, task.location):
        reason = no_match_reason(task, providers, company)
    else:
        as_labeled = no_match_reason(task.with_label("location", task.location), providers, company)
        as_doubted = no_match_reason(task.with_label("location", doubted), providers, company)
        if as_labeled is not None and as_doubted is not None:
            return "keep", as_labeled  # nobody could take it either way
        if no_match_reason(task, providers, company) is not None:
            # Someone could take it one way but nobody both ways: where it is done decides.
            return "review", Reason(
                "location_unsure",
                "unsure whether this is done remotely or on site, and that decides who can "
                "take it: please confirm where the work is done",
            )
        reason = None
    if reason is None and task_hours(task, company) == 0:
        # Zero hours cost nothing in-house; handing them over can only add overhead.
        reason = Reason("no_hours", "0 hours a month: there is nothing to hand over")
    return None if reason is None else ("keep", reason)


def _final_word(task, verdict: Decision, provider, held, bundles, providers, company):
    """Decision and reasons, the decision's cause first, once matching and costs have spoken."""
    if verdict.decision != "outsource":
        return verdict.decision, verdict.reasons
    if held is not None and held[0] == "review":
        # The policy's location note says "either way"; here the way decides, so it goes.
        rest = tuple(r for r in verdict.reasons if r.code != "doubt_location")
        return "review", (held[1], *rest)
    if held is not None:
        return "keep", (held[1], *in_principle(verdict.reasons))
    if provider is None:
        why = _why_kept(
            task, providers, company, {b.provider_id: b.hours_per_month for b in bundles}
        )
        return "keep", (why, *in_principle(verdict.reasons))
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


def _why_kept(task: Task, providers, company: Company, used: dict[str, float]) -> Reason:
    """Why a task the policy lets out still stays in-house after the partition, naming the
    provider that would have been cheapest and the limit that stopped it."""
    hours = task_hours(task, company)
    eligible = list(eligible_providers(task, providers, company))
    fitting = [p for p in eligible if hours <= p.capacity_hours_per_month]
    if not fitting:
        largest = max(eligible, key=lambda p: p.capacity_hours_per_month, default=None)
        if largest is None:
            return Reason(
                "no_capacity",
                f"needs {hours:g} hours a month; no matching provider has that capacity",
            )
        return Reason(
            "no_capacity",
            f"needs {hours:g} hours a month; the largest provider that could take it, "
            f"{largest.name}, has capacity for {largest.capacity_hours_per_month:g}",
        )
    in_house = in_house_cost(task, company)
    charge = {p.id: provider_cost(task, p, company) for p in fitting}
    best = min(fitting, key=lambda p: charge[p.id])
    cheapest = charge[best.id]
    if cheapest >= in_house:
        return Reason(
            "cheaper_in_house",
            f"cheaper in-house: {in_house:,.0f} USD a month against {cheapest:,.0f} USD at "
            f"{best.name}, the cheapest provider that could take it",
        )
    offer = f"{best.name} would charge {cheapest:,.0f} instead of {in_house:,.0f} USD a month"
    cheaper = [p for p in fitting if charge[p.id] < in_house]
    # No cheaper provider is in the plan and none would take this task alone: their minimums,
    # not the management cost, keep it home.
    if all(p.id not in used and p.min_monthly_spend > charge[p.id] for p in cheaper):
        return Reason("below_minimum_spend", _minimum_spend_text(best, offer, cheaper))
    if best.id in used and used[best.id] + hours > best.capacity_hours_per_month:
        return Reason(
            "capacity_taken",
            f"kept because {best.name}'s capacity of {best.capacity_hours_per_month:g} hours a "
            f"month is taken by other tasks ({used[best.id]:g} hours): {offer}",
        )
    if best.id not in used and company.max_providers and len(used) >= company.max_providers:
        return Reason(
            "provider_cap",
            f"kept because the plan already uses your cap of {company.max_providers} "
            f"{'provider' if company.max_providers == 1 else 'providers'}: {offer}",
        )
    return Reason(
        "not_worth_overhead",
        f"kept because managing {best.name} ({management_rule(company).summary}) costs more than "
        f"it saves: {offer}",
    )


def _minimum_spend_text(best: Provider, offer: str, cheaper: list[Provider]) -> str:
    """Why minimum spends keep a task: the cheapest provider's, then the lowest of the others."""
    text = (
        f"kept because of {best.name}'s minimum spend of {best.min_monthly_spend:,.0f} USD a "
        f"month: {offer}"
    )
    others = [p.min_monthly_spend for p in cheaper if p.id != best.id]
    if not others:
        return f"{text}, but asks for more work than can be bundled with it at a saving"
    # Named apart, so a reader does not take the other providers' lowest minimum for best's.
    return (
        f"{text}; the other providers that would take it for less than in-house ask for at "
        f"least {min(others):,.0f} USD a month; no bundle reaches these minimums at a saving"
    )


def _outcome(task, score, decision, reasons, provider, company, rule, charges) -> TaskOutcome:
    """One task's outcome with its monthly costs and cost per transaction."""
    current = in_house_cost(task, company)
    proposed = provider_cost(task, provider, company) if provider else current
    # Each task carries its share of its provider's management cost in its CPT.
    overhead = 0.0
    if provider:
        overhead = rule.cost(charges[provider.id]) * proposed / charges[provider.id]
    return TaskOutcome(
        index=task.index,
        name=task.name,
        decision=decision,
        score=score,
        reasons=(*reasons, *cost_assumptions(task, company)),
        provider_id=provider.id if provider else None,
        hours_per_month=task_hours(task, company),
        current_monthly_cost=current,
        proposed_monthly_cost=proposed,
        cost_per_transaction_before=cost_per_transaction(current, task.transactions_per_month),
        cost_per_transaction_after=cost_per_transaction(
            proposed + overhead, task.transactions_per_month
        ),
        own_offering=task.own_offering,
    )


def _bundles(tasks, partition: Partition, by_id, company, rule) -> tuple[Bundle, ...]:
    """One bundle per provider used, in catalog order, tasks in input order."""
    grouped: dict[str, list[Task]] = {}
    for task in tasks:
        provider_id = partition.assignment.get(task.index)
        if provider_id is not None:
            grouped.setdefault(provider_id, []).append(task)
    order = list(by_id)
    bundles = []
    for provider_id in sorted(grouped, key=order.index):
        members = grouped[provider_id]
        charge = sum(provider_cost(task, by_id[provider_id], company) for task in members)
        bundles.append(
            Bundle(
                provider_id=provider_id,
                task_indexes=tuple(task.index for task in members),
                hours_per_month=sum(task_hours(task, company) for task in members),
                monthly_cost=charge,
                management_cost=rule.cost(charge),
            )
        )
    return tuple(bundles)


def _totals(tasks, outcomes, bundles, rule: ManagementRule) -> Totals:
    """Company-wide totals; CPT only over tasks whose volumes are known."""
    current = sum(outcome.current_monthly_cost for outcome in outcomes)
    management = sum(bundle.management_cost for bundle in bundles)
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
        management_cost=management,
        management_rule=rule,
    )
