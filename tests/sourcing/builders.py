"""Small builders for tasks, providers and random partition instances used across the tests."""

import random

from bpo.sourcing import Company, Provider, Task

# Countries the random instances place companies and on-site providers in.
COUNTRIES = ("US", "DE", "GB")


def task(index: int = 0, **fields) -> Task:
    """A back-office support task unless told otherwise."""
    values = {
        "name": f"task {index}",
        "office": "back",
        "process": "support",
        "function": "finance_accounting",
        "hours_per_month": 40.0,
        "hourly_cost": 30.0,
    }
    values.update(fields)
    return Task(index=index, **values)


def provider(provider_id: str = "acme-ops", **fields) -> Provider:
    """A provider offering finance and accounting at 10 USD an hour unless told otherwise."""
    values = {
        "name": provider_id.replace("-", " ").title(),
        "country": "PH",
        "services": {"finance_accounting": 10.0},
        "capacity_hours_per_month": 1000.0,
        "languages": ("en",),
    }
    values.update(fields)
    return Provider(id=provider_id, **values)


def random_instance(seed: int) -> tuple[list[Task], list[Provider], Company]:
    """A small random partition instance: up to 6 tasks, up to 3 providers, tight constraints.

    Tasks are remote or on site (some with the location in doubt); providers remote, on site
    or both, in some of three countries; the company in one of them, or none given.
    """
    rng = random.Random(seed)
    functions = ("finance_accounting", "payroll", "customer_service")
    providers = []
    for j in range(rng.randint(1, 3)):
        offered = rng.sample(functions, rng.randint(1, 3))
        work_modes = rng.choice((("remote",), ("remote",), ("on_site",), ("on_site", "remote")))
        on_site = "on_site" in work_modes
        providers.append(
            provider(
                f"p{j}",
                services={f: float(rng.randint(5, 45)) for f in offered},
                capacity_hours_per_month=float(rng.randint(10, 120)),
                min_monthly_spend=float(rng.choice((0, 0, rng.randint(50, 1500)))),
                certifications=tuple(rng.sample(("SOC2", "HIPAA", "GDPR"), rng.randint(0, 2))),
                languages=("en", "es") if rng.random() < 0.6 else ("en",),
                work_modes=work_modes,
                on_site_countries=tuple(rng.sample(COUNTRIES, rng.randint(1, 2)))
                if on_site
                else (),
            )
        )
    tasks = []
    for i in range(rng.randint(1, 6)):
        location = "on_site" if rng.random() < 0.4 else "remote"
        other = "remote" if location == "on_site" else "on_site"
        tasks.append(
            task(
                i,
                function=rng.choice(functions),
                hours_per_month=float(rng.randint(1, 60)) if rng.random() < 0.9 else None,
                hourly_cost=rng.choice((None, float(rng.randint(8, 60)), rng.uniform(8, 60))),
                sensitivity=rng.choice((None, None, "confidential", "regulated")),
                required_certifications=("HIPAA",) if rng.random() < 0.1 else (),
                languages=("es",) if rng.random() < 0.2 else ("en",),
                location=location,
                doubts={"location": other} if rng.random() < 0.15 else {},
            )
        )
    company = Company(
        vendor_management_cost=rng.choice((None, None, 0.0, 50.0, float(rng.randint(0, 400)))),
        max_providers=rng.choice((None, None, 0, 1, 2)),
        default_hours_per_month=float(rng.randint(5, 30)),
        country=rng.choice((None, *COUNTRIES, "DE")),
    )
    return tasks, providers, company
