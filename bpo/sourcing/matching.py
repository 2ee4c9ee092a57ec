"""Matching: which providers can take a task, and a readable reason when none can."""

from collections.abc import Sequence

from bpo.sourcing.domain import Company, Provider, Reason, Task
from bpo.sourcing.vocabulary import REGULATED_CERTIFICATIONS


def offers_service(provider: Provider, task: Task) -> bool:
    """True when the provider offers the task's service line."""
    return task.function in provider.services


def in_preferred_region(provider: Provider, company: Company | None) -> bool:
    """True when the company states no region preference or the provider delivers from one."""
    if company is None or not company.preferred_regions:
        return True
    return bool(set(provider.delivery_regions) & set(company.preferred_regions))


def holds_certifications(provider: Provider, task: Task) -> bool:
    """True when the provider holds every certification the task's data needs."""
    held = set(provider.certifications)
    if task.required_certifications:
        return set(task.required_certifications) <= held
    if task.sensitivity == "regulated":
        # Regulated data with no explicit list: any audited framework for regulated data will do.
        return bool(held & set(REGULATED_CERTIFICATIONS))
    return True


def covers_languages(provider: Provider, task: Task) -> bool:
    """True when the provider works in every language the task needs."""
    return set(task.languages) <= set(provider.languages)


def can_take(provider: Provider, task: Task, company: Company | None = None) -> bool:
    """True when the provider may take the task: service, region, certifications, languages."""
    return (
        offers_service(provider, task)
        and in_preferred_region(provider, company)
        and holds_certifications(provider, task)
        and covers_languages(provider, task)
    )


def eligible_providers(
    task: Task, providers: Sequence[Provider], company: Company | None = None
) -> list[Provider]:
    """The providers that can take the task, in catalog order."""
    return [provider for provider in providers if can_take(provider, task, company)]


def no_match_reason(
    task: Task, providers: Sequence[Provider], company: Company | None = None
) -> Reason | None:
    """Why no provider can take the task, naming the first requirement nobody meets; else None."""
    service = task.function.replace("_", " ")
    # Narrow the field one requirement at a time so the reason names the one that empties it.
    offering = [p for p in providers if offers_service(p, task)]
    if not offering:
        return Reason("no_provider_for_function", f"no provider offers {service}")
    in_region = [p for p in offering if in_preferred_region(p, company)]
    if not in_region:
        regions = ", ".join(r.replace("_", " ") for r in company.preferred_regions)
        return Reason(
            "no_provider_in_region",
            f"no provider in your preferred regions ({regions}) offers {service}",
        )
    certified = [p for p in in_region if holds_certifications(p, task)]
    if not certified:
        return Reason("missing_certification", _certification_gap(task, in_region))
    if any(covers_languages(p, task) for p in certified):
        return None
    missing = [lang for lang in task.languages if not any(lang in p.languages for p in certified)]
    if len(missing) == 1:
        text = f"no provider covers language '{missing[0]}'"
    elif missing:
        text = "no provider covers languages " + ", ".join(f"'{lang}'" for lang in missing)
    else:
        together = ", ".join(f"'{lang}'" for lang in task.languages)
        text = f"no provider covers the languages {together} together"
    return Reason("missing_language", text)


def _certification_gap(task: Task, candidates: Sequence[Provider]) -> str:
    """Text for a certification requirement no candidate meets."""
    if not task.required_certifications:
        needed = ", ".join(REGULATED_CERTIFICATIONS[:-1]) + f" or {REGULATED_CERTIFICATIONS[-1]}"
        return f"regulated data needs {needed}; no matching provider holds any of them"
    held = {cert for p in candidates for cert in p.certifications}
    missing = [cert for cert in task.required_certifications if cert not in held]
    if len(missing) == 1:
        return f"needs {missing[0]}; no matching provider holds it"
    if missing:
        return f"needs {' and '.join(missing)}; no matching provider holds them"
    needed = " and ".join(task.required_certifications)
    return f"needs {needed} together; no matching provider holds all of them"
