"""Domain types of the sourcing engine: classified tasks, providers, company settings, reasons."""

from collections.abc import Mapping
from dataclasses import dataclass, field

from bpo.sourcing.vocabulary import (
    CERTIFICATIONS,
    COVERAGES,
    FUNCTIONS,
    HEADS,
    OFFICES,
    PROCESSES,
    REGIONS,
    SENSITIVITIES,
)


@dataclass(frozen=True)
class Reason:
    """Why the engine decided something: a short stable code and text a business owner can read."""

    code: str
    text: str

    def to_dict(self) -> dict:
        """The reason as a plain dict."""
        return {"code": self.code, "text": self.text}


def _check_choice(value: str, allowed: tuple[str, ...], what: str) -> None:
    if value not in allowed:
        raise ValueError(f"{what} must be one of {', '.join(allowed)}; got {value!r}")


def _check_positive(value: float | None, what: str, allow_zero: bool = False) -> None:
    if value is None:
        return
    if value < 0 or (value == 0 and not allow_zero):
        raise ValueError(f"{what} must be {'>= 0' if allow_zero else '> 0'}; got {value!r}")


@dataclass(frozen=True)
class Task:
    """One classified task of a company, with what the user told us about it."""

    index: int
    name: str
    office: str
    process: str
    function: str
    description: str = ""
    # Model confidence per head ("office", "process", "function"), 0..1.
    confidence: Mapping[str, float] = field(default_factory=dict)
    needs_review: bool = False
    # Heads whose label the user set by hand; the user's word beats the model's guess.
    overridden: frozenset[str] = frozenset()
    hours_per_month: float | None = None
    hourly_cost: float | None = None
    transactions_per_month: float | None = None
    sensitivity: str | None = None
    required_certifications: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    strategic: bool = False

    def __post_init__(self) -> None:
        _check_choice(self.office, OFFICES, "office")
        _check_choice(self.process, PROCESSES, "process")
        _check_choice(self.function, FUNCTIONS, "function")
        if self.sensitivity is not None:
            _check_choice(self.sensitivity, SENSITIVITIES, "sensitivity")
        for cert in self.required_certifications:
            _check_choice(cert, CERTIFICATIONS, "certification")
        for head in self.overridden:
            _check_choice(head, HEADS, "overridden label")
        _check_positive(self.hours_per_month, "hours_per_month", allow_zero=True)
        _check_positive(self.hourly_cost, "hourly_cost")
        _check_positive(self.transactions_per_month, "transactions_per_month", allow_zero=True)
        # Normalise collections so tasks built from JSON lists compare and hash-key alike.
        object.__setattr__(self, "overridden", frozenset(self.overridden))
        object.__setattr__(self, "required_certifications", tuple(self.required_certifications))
        object.__setattr__(self, "languages", tuple(lang.lower() for lang in self.languages))

    @property
    def is_overridden(self) -> bool:
        """True when the user confirmed or corrected at least one label by hand."""
        return bool(self.overridden)


@dataclass(frozen=True)
class Provider:
    """A BPO provider in the catalog, with its rates per service line (USD per hour)."""

    id: str
    name: str
    country: str
    services: Mapping[str, float]
    capacity_hours_per_month: float
    delivery_regions: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    certifications: tuple[str, ...] = ()
    min_monthly_spend: float = 0.0
    coverage: str = "business_hours"
    rating: float = 0.0
    description: str = ""

    def __post_init__(self) -> None:
        for function, rate in self.services.items():
            _check_choice(function, FUNCTIONS, "service")
            _check_positive(rate, f"rate for {function}")
        for region in self.delivery_regions:
            _check_choice(region, REGIONS, "delivery region")
        for cert in self.certifications:
            _check_choice(cert, CERTIFICATIONS, "certification")
        _check_choice(self.coverage, COVERAGES, "coverage")
        _check_positive(self.capacity_hours_per_month, "capacity_hours_per_month")
        _check_positive(self.min_monthly_spend, "min_monthly_spend", allow_zero=True)
        if not 0 <= self.rating <= 5:
            raise ValueError(f"rating must be between 0 and 5; got {self.rating!r}")
        object.__setattr__(self, "services", dict(self.services))
        object.__setattr__(self, "delivery_regions", tuple(self.delivery_regions))
        object.__setattr__(self, "languages", tuple(lang.lower() for lang in self.languages))
        object.__setattr__(self, "certifications", tuple(self.certifications))


@dataclass(frozen=True)
class Company:
    """Settings of the company being advised; defaults fit a small business paying in USD."""

    name: str = ""
    default_hourly_cost: float = 35.0
    currency: str = "USD"
    # Monthly cost of managing one provider relationship (contract, reviews, hand-offs).
    vendor_management_cost: float = 500.0
    max_providers: int | None = None
    # When set, only providers delivering from one of these regions are considered.
    preferred_regions: tuple[str, ...] = ()
    default_hours_per_month: float = 20.0

    def __post_init__(self) -> None:
        # Catalog rates are USD; mixing currencies would make every comparison wrong.
        if self.currency != "USD":
            raise ValueError(
                f"only USD is supported (provider rates are USD); got {self.currency!r}"
            )
        _check_positive(self.default_hourly_cost, "default_hourly_cost")
        _check_positive(self.vendor_management_cost, "vendor_management_cost", allow_zero=True)
        _check_positive(self.default_hours_per_month, "default_hours_per_month")
        if self.max_providers is not None and self.max_providers < 0:
            raise ValueError(f"max_providers must be >= 0; got {self.max_providers!r}")
        for region in self.preferred_regions:
            _check_choice(region, REGIONS, "preferred region")
        object.__setattr__(self, "preferred_regions", tuple(self.preferred_regions))
