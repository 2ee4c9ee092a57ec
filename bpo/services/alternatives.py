"""The blocked alternative of a kept task: the cheapest provider that could have taken the work
and what stopped it (cost, minimum spend, capacity, certification, region, language or cap).

What stopped it comes back as a code and its facts; the pages put it in words.
"""

from bpo.services.analysis import company_from_settings
from bpo.sourcing.costs import in_house_cost, provider_cost, task_hours
from bpo.sourcing.domain import Provider, Task
from bpo.sourcing.matching import (
    covers_languages,
    holds_certifications,
    in_preferred_region,
    offers_service,
    works_where_needed,
)

# First reasons of tasks the policy would let out but that stayed: the engine's, the owner's
# strategic mark, and the provider gaps of matching.
_KEPT_FOR_A_PROVIDER_REASON = {
    "strategic",
    "not_worth_overhead",
    "below_minimum_spend",
    "capacity_taken",
    "provider_cap",
    "cheaper_in_house",
    "no_capacity",
    "missing_certification",
    "missing_language",
    "no_provider_in_region",
}


def _task(row: dict, asked: dict) -> Task:
    """The engine's view of a reported task: the labels used and what the owner gave."""
    return Task(
        index=row["index"],
        name=row["name"],
        office=row["office"]["label"],
        process=row["process"]["label"],
        function=row["function"]["label"],
        location=(row.get("location") or {}).get("label", "remote"),
        hours_per_month=asked.get("hours_per_month"),
        hourly_cost=asked.get("hourly_cost"),
        required_certifications=tuple(asked.get("required_certifications") or ()),
        languages=tuple(asked.get("languages") or ()),
    )


def _stopper(row, task, provider, charge, company, view) -> tuple[str, dict]:
    """What kept the task from this provider: a code and the facts behind it."""
    in_house = in_house_cost(task, company)
    used = {bundle["provider_id"]: bundle for bundle in view["bundles"]}
    hours = task_hours(task, company)
    if asked_strategic(row):
        return "strategic", {}
    if row.get("own_offering"):
        return "own_work", {}
    if not in_preferred_region(provider, task, company):
        return "region", {}
    if not holds_certifications(provider, task):
        missing = [c for c in task.required_certifications if c not in provider.certifications]
        return "certification", {"missing": missing}
    if not covers_languages(provider, task):
        return "language", {"languages": list(task.languages)}
    if hours > provider.capacity_hours_per_month:
        return "capacity", {"capacity": provider.capacity_hours_per_month, "hours": hours}
    if charge >= in_house:
        return "cost", {"charge": charge, "in_house": in_house}
    if provider.id not in used and provider.min_monthly_spend > charge:
        return "minimum_spend", {"minimum": provider.min_monthly_spend}
    if provider.id in used and used[provider.id]["hours_per_month"] + hours > (
        provider.capacity_hours_per_month
    ):
        return "capacity_taken", {}
    if provider.id not in used and company.max_providers and len(used) >= company.max_providers:
        return "cap", {"max_providers": company.max_providers}
    return "management", {}


def _kept_by_policy(row: dict) -> bool:
    """Kept for the kind of work it is, not for the owner's mark or for want of a provider."""
    first = row["reasons"][0]["code"] if row["reasons"] else ""
    return first not in _KEPT_FOR_A_PROVIDER_REASON and not row.get("own_offering")


def asked_strategic(row: dict) -> bool:
    """Whether the kept task's first reason is the owner's strategic mark."""
    return bool(row["reasons"]) and row["reasons"][0]["code"] == "strategic"


def blocked_alternatives(view: dict, submission: dict, catalog: list[Provider]) -> dict[int, dict]:
    """Task index to {provider_id, provider_name, charge, stopped_by: (code, facts)} for kept
    tasks some provider offers."""
    providers = submission.get("providers") or catalog
    company = company_from_settings(view["company"])
    found = {}
    for row, asked in zip(view["tasks"], submission["tasks"], strict=False):
        # Work the advice itself keeps (core, customer-facing...) has no provider to weigh.
        if row["decision"] != "keep" or _kept_by_policy(row):
            continue
        task = _task(row, asked)
        able = [
            p for p in providers if offers_service(p, task) and works_where_needed(p, task, company)
        ]
        if not able:
            continue
        best = min(able, key=lambda p: provider_cost(task, p, company))
        charge = provider_cost(task, best, company)
        found[row["index"]] = {
            "provider_id": best.id,
            "provider_name": best.name,
            "charge": charge,
            "stopped_by": _stopper(row, task, best, charge, company, view),
        }
    return found
