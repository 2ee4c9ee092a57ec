"""Result types of a sourcing run, each with a `to_dict()` the API returns as JSON."""

from dataclasses import dataclass

from bpo.sourcing.costs import ManagementRule
from bpo.sourcing.domain import Reason


def _money(value: float) -> float:
    return round(value, 2)


def _rate(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass(frozen=True)
class TaskOutcome:
    """The final word on one task: decision, score, reasons, provider and monthly costs."""

    index: int
    name: str
    decision: str  # "outsource" | "keep" | "review"
    score: int  # 0-100: how well the task suits outsourcing
    reasons: tuple[Reason, ...]
    provider_id: str | None  # None when the task stays in-house
    hours_per_month: float  # as given, or the company default (then a reason says so)
    current_monthly_cost: float  # in-house today
    proposed_monthly_cost: float  # the provider's charge if outsourced, else in-house cost
    cost_per_transaction_before: float | None
    # After: includes this task's share of its provider's management cost.
    cost_per_transaction_after: float | None
    own_offering: bool  # the task makes or delivers what the company sells

    def to_dict(self) -> dict:
        """The outcome as a plain JSON-able dict."""
        return {
            "index": self.index,
            "name": self.name,
            "decision": self.decision,
            "score": self.score,
            "reasons": [reason.to_dict() for reason in self.reasons],
            "provider_id": self.provider_id,
            "hours_per_month": round(self.hours_per_month, 2),
            "current_monthly_cost": _money(self.current_monthly_cost),
            "proposed_monthly_cost": _money(self.proposed_monthly_cost),
            "cost_per_transaction_before": _rate(self.cost_per_transaction_before),
            "cost_per_transaction_after": _rate(self.cost_per_transaction_after),
            "own_offering": self.own_offering,
        }


@dataclass(frozen=True)
class Bundle:
    """The tasks one provider takes; monthly_cost is its charge, management cost not included."""

    provider_id: str
    task_indexes: tuple[int, ...]
    hours_per_month: float
    monthly_cost: float
    management_cost: float  # what managing this provider costs a month, by the company's rule

    def to_dict(self) -> dict:
        """The bundle as a plain JSON-able dict."""
        return {
            "provider_id": self.provider_id,
            "task_indexes": list(self.task_indexes),
            "hours_per_month": round(self.hours_per_month, 2),
            "monthly_cost": _money(self.monthly_cost),
            "management_cost": _money(self.management_cost),
        }


@dataclass(frozen=True)
class Totals:
    """Company-wide figures: today's cost against the proposal, and the savings."""

    current_monthly_cost: float  # everything in-house
    # Kept in-house + provider charges + management_cost.
    proposed_monthly_cost: float
    monthly_savings: float
    annual_savings: float
    providers_used: int
    cost_per_transaction_before: float | None  # over tasks with volumes; None without any
    cost_per_transaction_after: float | None
    management_cost: float  # managing every provider used, by management_rule
    management_rule: ManagementRule

    def to_dict(self) -> dict:
        """The totals as a plain JSON-able dict."""
        return {
            "current_monthly_cost": _money(self.current_monthly_cost),
            "proposed_monthly_cost": _money(self.proposed_monthly_cost),
            "monthly_savings": _money(self.monthly_savings),
            "annual_savings": _money(self.annual_savings),
            "providers_used": self.providers_used,
            "cost_per_transaction_before": _rate(self.cost_per_transaction_before),
            "cost_per_transaction_after": _rate(self.cost_per_transaction_after),
            "management_cost": _money(self.management_cost),
            "management_rule": self.management_rule.to_dict(),
        }


@dataclass(frozen=True)
class SourcingResult:
    """Everything one run produced: per-task outcomes in input order, bundles, totals, status."""

    decisions: tuple[TaskOutcome, ...]
    bundles: tuple[Bundle, ...]
    totals: Totals
    status: str  # "optimal" | "time_limit" | "fallback" | "deadline", from the partition
    solver_detail: str = ""  # what the solver did; for logs, not part of to_dict()

    def to_dict(self) -> dict:
        """The result as plain JSON-able dicts: decisions, bundles, totals and status."""
        return {
            "decisions": [outcome.to_dict() for outcome in self.decisions],
            "bundles": [bundle.to_dict() for bundle in self.bundles],
            "totals": self.totals.to_dict(),
            "status": self.status,
        }
