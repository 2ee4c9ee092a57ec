"""Matching: which providers can take a task, and a readable reason when none can."""

from collections.abc import Sequence

from bpo.sourcing.domain import Company, Provider, Reason, Task
from bpo.sourcing.iso_codes import country_in_prose
from bpo.sourcing.vocabulary import REGULATED_CERTIFICATIONS


def offers_service(provider: Provider, task: Task) -> bool:
    """True when the provider offers the task's service line."""
    return task.function in provider.services


def task_locations(task: Task) -> tuple[str, ...]:
    """Where the task may be done: its label, and the alternative while the location is doubted."""
    doubted = task.open_doubts.get("location")
    return (task.location,) if doubted in (None, task.location) else (task.location, doubted)


def works_there(provider: Provider, location: str, company: Company | None) -> bool:
    """True when the provider works that way: remotely, or on site in the company's country."""
    if location == "remote":
        return "remote" in provider.work_modes
    country = company.country if company is not None else None
    return "on_site" in provider.work_modes and country in provider.on_site_countries


def works_where_needed(provider: Provider, task: Task, company: Company | None) -> bool:
    """True when the provider can do the task where it is done, either way while doubted."""
    return all(works_there(provider, where, company) for where in task_locations(task))


def in_preferred_region(provider: Provider, task: Task, company: Company | None) -> bool:
    """True when the company states no region preference or the provider delivers from one.

    Regions say where remote work is delivered from (nearshore, offshore); on-site work is done
    in the company's country whatever the preference, so it does not apply there.
    """
    if company is None or not company.preferred_regions or "on_site" in task_locations(task):
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
    """True when the provider may take the task: service, location, region, certs, languages."""
    return (
        offers_service(provider, task)
        and works_where_needed(provider, task, company)
        and in_preferred_region(provider, task, company)
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
    offering = [p for p in offering if works_where_needed(p, task, company)]
    if not offering:
        return _location_gap(task, company)
    in_region = [p for p in offering if in_preferred_region(p, task, company)]
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


def _location_gap(task: Task, company: Company | None) -> Reason:
    """Why nobody offering the service can work where the task is done."""
    if len(task_locations(task)) > 1:
        return Reason(
            "location_unsure",
            "unsure whether this is done remotely or on site, and no provider can take it "
            "either way: please confirm where the work is done",
        )
    if task.location == "remote":
        return Reason("no_remote_provider", "no provider offering it works remotely")
    if company is None or company.country is None:
        return Reason(
            "no_on_site_country",
            "needs someone on site: give the company's country to find an on-site provider",
        )
    return Reason(
        "no_on_site_provider",
        f"needs someone on site in {country_in_prose(company.country)}; "
        "no on-site provider for it in the catalog",
    )


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
