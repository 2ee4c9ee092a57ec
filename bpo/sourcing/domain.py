"""Domain types of the sourcing engine: classified tasks, providers, company settings, reasons."""

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from bpo.sourcing.iso_codes import COUNTRIES
from bpo.sourcing.vocabulary import (
    CERTIFICATIONS,
    COVERAGES,
    DOUBT_KEYS,
    FUNCTIONS,
    HEADS,
    LOCATIONS,
    OFFICES,
    PROCESSES,
    REGIONS,
    SENSITIVITIES,
    WORK_MODES,
)

# The values each doubt may name as the runner-up label.
DOUBT_VALUES = {
    "office": OFFICES,
    "process": PROCESSES,
    "function": FUNCTIONS,
    "location": LOCATIONS,
    "own_offering": ("true", "false"),
}


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
    # Model confidence per head ("office", "process", "function", "location"), 0..1.
    confidence: Mapping[str, float] = field(default_factory=dict)
    needs_review: bool = False
    location: str = "remote"
    # The task makes or delivers what the company sells (LABELING.md section 4).
    own_offering: bool = False
    # Head the classifier is unsure of -> the runner-up label ("true"/"false" for own_offering).
    doubts: Mapping[str, str] = field(default_factory=dict)
    # With an own-work doubt: the labels the other own-work call gives (own work sets several).
    own_alternative: Mapping[str, str] = field(default_factory=dict)
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
        _check_choice(self.location, LOCATIONS, "location")
        for key, value in self.doubts.items():
            _check_choice(key, DOUBT_KEYS, "doubt")
            _check_choice(value, DOUBT_VALUES[key], f"doubt about {key}")
        for key, value in self.own_alternative.items():
            _check_choice(key, HEADS, "own-work alternative")
            _check_choice(value, DOUBT_VALUES[key], f"own-work alternative for {key}")
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
        object.__setattr__(self, "doubts", dict(self.doubts))
        object.__setattr__(self, "own_alternative", dict(self.own_alternative))
        object.__setattr__(self, "required_certifications", tuple(self.required_certifications))
        object.__setattr__(self, "languages", tuple(lang.lower() for lang in self.languages))

    @property
    def is_overridden(self) -> bool:
        """True when the user confirmed or corrected at least one label by hand."""
        return bool(self.overridden)

    @property
    def open_doubts(self) -> dict[str, str]:
        """The classifier's doubts still standing: none once the user has confirmed the labels."""
        return {} if self.is_overridden else dict(self.doubts)

    def with_label(self, key: str, value: str) -> "Task":
        """The same task read with one label changed (a doubt's alternative), that doubt settled."""
        settled = {k: v for k, v in self.doubts.items() if k != key}
        label = value == "true" if key == "own_offering" else value
        return replace(self, **{key: label}, doubts=settled)

    def with_doubt_resolved(self, key: str, value: str) -> "Task":
        """The task read under a doubt's alternative; for own work, with the labels it sets."""
        task = self.with_label(key, value)
        if key == "own_offering":
            for head, label in self.own_alternative.items():
                task = task.with_label(head, label)
            task = replace(task, own_alternative={})
        return task


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
    work_modes: tuple[str, ...] = ("remote",)
    # ISO 3166-1 alpha-2 codes of the countries it sends people to; only for on-site providers.
    on_site_countries: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _check_work_modes(self.work_modes, self.on_site_countries)
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
        object.__setattr__(self, "work_modes", tuple(self.work_modes))
        object.__setattr__(self, "on_site_countries", tuple(self.on_site_countries))


def _check_work_modes(work_modes: tuple[str, ...], on_site_countries: tuple[str, ...]) -> None:
    if not work_modes:
        raise ValueError("work_modes must list at least one of remote, on_site")
    for mode in work_modes:
        _check_choice(mode, WORK_MODES, "work mode")
    for country in on_site_countries:
        if country not in COUNTRIES:
            raise ValueError(f"on-site countries must be ISO 3166-1 alpha-2 codes; got {country!r}")
    # A country list without on-site work, or on-site work nowhere, cannot be matched sensibly.
    if ("on_site" in work_modes) != bool(on_site_countries):
        raise ValueError("on_site_countries must be given exactly when work_modes has on_site")


@dataclass(frozen=True)
class Company:
    """Settings of the company being advised; defaults fit a small business paying in USD."""

    name: str = ""
    default_hourly_cost: float = 35.0
    currency: str = "USD"
    # Flat monthly cost of managing one provider (contract, reviews, hand-offs); None means the
    # default rule that grows with the work handed over (see costs.management_rule).
    vendor_management_cost: float | None = None
    max_providers: int | None = None
    # When set, only providers delivering from one of these regions are considered.
    preferred_regions: tuple[str, ...] = ()
    default_hours_per_month: float = 20.0
    # ISO 3166-1 alpha-2 code of where the company works: on-site providers must serve it.
    country: str | None = None
    industry: str = ""  # free text, e.g. "dental practice"
    offering: str = ""  # what customers pay for, e.g. "dental care"

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
        # A blank form field means "not given"; codes are compared upper-case.
        country = (self.country or "").strip().upper() or None
        if country is not None and country not in COUNTRIES:
            raise ValueError(f"country must be an ISO 3166-1 alpha-2 code; got {self.country!r}")
        object.__setattr__(self, "country", country)
        object.__setattr__(self, "industry", (self.industry or "").strip())
        object.__setattr__(self, "offering", (self.offering or "").strip())
