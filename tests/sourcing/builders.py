"""Small builders for tasks, providers and random partition instances used across the tests."""

import random

from bpo.sourcing import Company, Provider, Task

FUNCTION_BY_PROCESS = {"support": "finance_accounting", "core": "sales", "long_tail": "admin"}


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
    """A small random partition instance: up to 6 tasks, up to 3 providers, tight constraints."""
    rng = random.Random(seed)
    functions = ("finance_accounting", "payroll", "customer_service")
    providers = []
    for j in range(rng.randint(1, 3)):
        offered = rng.sample(functions, rng.randint(1, 3))
        providers.append(
            provider(
                f"p{j}",
                services={f: float(rng.randint(5, 45)) for f in offered},
                capacity_hours_per_month=float(rng.randint(10, 120)),
                min_monthly_spend=float(rng.choice((0, 0, rng.randint(50, 1500)))),
                certifications=tuple(rng.sample(("SOC2", "HIPAA", "GDPR"), rng.randint(0, 2))),
                languages=("en", "es") if rng.random() < 0.6 else ("en",),
            )
        )
    tasks = []
    for i in range(rng.randint(1, 6)):
        tasks.append(
            task(
                i,
                function=rng.choice(functions),
                hours_per_month=float(rng.randint(1, 60)) if rng.random() < 0.9 else None,
                hourly_cost=rng.choice((None, float(rng.randint(8, 60)), rng.uniform(8, 60))),
                sensitivity=rng.choice((None, None, "confidential", "regulated")),
                required_certifications=("HIPAA",) if rng.random() < 0.1 else (),
                languages=("es",) if rng.random() < 0.2 else ("en",),
            )
        )
    company = Company(
        vendor_management_cost=float(rng.choice((0, 50, rng.randint(0, 400)))),
        max_providers=rng.choice((None, None, 0, 1, 2)),
        default_hours_per_month=float(rng.randint(5, 30)),
    )
    return tasks, providers, company
