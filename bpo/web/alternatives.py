"""The blocked alternative of a kept task in the owner's words (the service finds it)."""

from bpo.services.alternatives import blocked_alternatives as find_blocked_alternatives
from bpo.sourcing.domain import Provider
from bpo.web.display import label_name, money


def stopper_text(code: str, facts: dict) -> str:
    """What kept the task from the provider, as the report says it."""
    if code == "certification":
        return f"certification: it does not hold {', '.join(map(label_name, facts['missing']))}"
    if code == "language":
        return "language: it does not cover " + ", ".join(facts["languages"])
    if code == "capacity":
        return (
            f"capacity: it takes {facts['capacity']:,g} hours a month, the task "
            f"needs {facts['hours']:,g}"
        )
    if code == "cost":
        return f"cost: {money(facts['charge'])} a month against {money(facts['in_house'])} in-house"
    if code == "minimum_spend":
        return f"minimum spend: it asks for at least {money(facts['minimum'])} a month"
    if code == "cap":
        return f"cap: the plan already uses your {facts['max_providers']} providers"
    return _FIXED[code]


_FIXED = {
    "strategic": "you marked the task strategic",
    "own_work": "it is your own work, what customers pay you for",
    "region": "it delivers from outside your preferred regions",
    "capacity_taken": "capacity: its hours are taken by the tasks already bundled with it",
    "management": "management: managing one more provider costs more than it saves",
}


def blocked_alternatives(view: dict, submission: dict, catalog: list[Provider]) -> dict[int, dict]:
    """The service's blocked alternatives, each with what stopped it in words."""
    found = find_blocked_alternatives(view, submission, catalog)
    return {
        index: {**other, "stopped_by": stopper_text(*other["stopped_by"])}
        for index, other in found.items()
    }
