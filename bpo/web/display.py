"""How codes and numbers read on the pages: label names, money, percentages."""

import math

from bpo.sourcing.iso_codes import COUNTRY_NAMES

# Names a business owner reads; the codes stay in forms, URLs and downloads.
LABEL_NAMES = {
    "front": "Front office",
    "back": "Back office",
    "core": "Core",
    "support": "Support",
    "long_tail": "Long tail",
    "customer_service": "Customer service",
    "sales": "Sales",
    "marketing": "Marketing",
    "finance_accounting": "Finance & accounting",
    "payroll": "Payroll",
    "hr": "HR",
    "it": "IT",
    "admin": "Administration",
    "procurement": "Procurement",
    "logistics": "Logistics",
    "production": "Production",
    "legal_compliance": "Legal & compliance",
    "product_development": "Product development",
    "management": "Management",
    "remote": "Remote",
    "on_site": "On site",
    "outsource": "Outsource",
    "keep": "Keep in-house",
    "review": "Review",
    "ISO27001": "ISO 27001",
    "SOC2": "SOC 2",
    "PCI_DSS": "PCI DSS",
    "north_america": "North America",
    "latin_america": "Latin America",
    "middle_east_africa": "Middle East & Africa",
    "asia_pacific": "Asia-Pacific",
    "business_hours": "Business hours",
    "24x7": "24/7",
}


def label_name(code: str | None) -> str:
    """The readable name of a label, decision, certification or region code."""
    if code is None:
        return ""
    if code in LABEL_NAMES:
        return LABEL_NAMES[code]
    # Acronyms such as GDPR or HIPAA keep their capitals.
    return code.replace("_", " ") if code.isupper() else code.replace("_", " ").capitalize()


def country_name(code: str | None) -> str:
    """A country's name from its ISO code; an unknown code is shown as it is."""
    if not code:
        return ""
    return COUNTRY_NAMES.get(code, code)


def score_meaning(score: int) -> str:
    """What a policy score says, in words: how well a task suits handing to a provider."""
    if score >= 70:
        return "suits a provider well"
    if score >= 40:
        return "could go either way"
    return "better kept in-house"


def thousands(count: int) -> str:
    """A count with thousands separators: 1,250 tasks."""
    return f"{count:,}"


def money_change(value: float) -> str:
    """A difference of amounts with its sign: +$200, −$162, $0."""
    if round(value) == 0:
        return money(0)
    return ("+" if value > 0 else "−") + money(abs(value))


def money(value: float | None) -> str:
    """Whole dollars with thousands separators, e.g. $12,340; a dash when unknown."""
    if value is None or not math.isfinite(value):
        return "–"
    sign = "−" if value < -0.005 else ""
    return f"{sign}${abs(value):,.0f}"


def money_cents(value: float | None) -> str:
    """Dollars and cents, for small amounts such as the cost per transaction."""
    if value is None or not math.isfinite(value):
        return "–"
    sign = "−" if value < -0.0005 else ""
    return f"{sign}${abs(value):,.2f}"


def percent(value: float | None) -> str:
    """A 0..1 share as a whole percentage."""
    if value is None:
        return "–"
    return f"{value * 100:.0f}%"


def hours(value: float | None) -> str:
    """Hours with at most one decimal."""
    if value is None:
        return "–"
    return f"{value:,.1f}".removesuffix(".0")


FILTERS = {
    "label_name": label_name,
    "score_meaning": score_meaning,
    "thousands": thousands,
    "money_change": money_change,
    "country_name": country_name,
    "money": money,
    "money_cents": money_cents,
    "percent": percent,
    "hours": hours,
}
