"""The cost model: hours, in-house, provider and management cost, cost per transaction."""

from dataclasses import dataclass

from bpo.sourcing.domain import Company, Provider, Reason, Task

# Default monthly cost of managing one provider: a share of what it bills plus a small fixed
# part, so handing over a few hours costs a few dollars to manage, not a flat 500. Sourcing
# studies put the retained organisation at a few percent to about a tenth of contract value;
# bpo/sourcing/data/README.md names them.
DEFAULT_MANAGEMENT_SHARE = 0.07
DEFAULT_MANAGEMENT_FIXED = 100.0


@dataclass(frozen=True)
class ManagementRule:
    """What managing one provider costs a month: a fixed part plus a share of its charge."""

    fixed_per_provider: float
    share_of_charge: float
    is_default: bool  # False when the company set its own flat vendor_management_cost

    def cost(self, charge: float) -> float:
        """Monthly management cost of one provider that bills `charge` a month."""
        return self.fixed_per_provider + self.share_of_charge * charge

    @property
    def summary(self) -> str:
        """The rule in words: "7% of each provider's monthly charge plus 100 USD a month..."."""
        fixed = f"{self.fixed_per_provider:,.0f} USD a month per provider"
        if not self.share_of_charge:
            return fixed
        return f"{self.share_of_charge * 100:g}% of each provider's monthly charge plus {fixed}"

    @property
    def text(self) -> str:
        """The rule in words with where it comes from, for the report."""
        return f"{self.summary} ({'default' if self.is_default else 'your setting'})"

    def to_dict(self) -> dict:
        """The rule as a plain dict."""
        return {
            "fixed_per_provider": self.fixed_per_provider,
            "share_of_provider_charge": self.share_of_charge,
            "source": "default" if self.is_default else "company",
            "text": self.text,
        }


def management_rule(company: Company) -> ManagementRule:
    """The company's flat cost per provider when it set one, else the default rule."""
    if company.vendor_management_cost is None:
        return ManagementRule(DEFAULT_MANAGEMENT_FIXED, DEFAULT_MANAGEMENT_SHARE, True)
    return ManagementRule(company.vendor_management_cost, 0.0, False)


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
