"""Fixed vocabularies the sourcing engine checks: labels, sensitivities, certifications, regions."""

# The label strings are spelled once, in classifier/labels.py; re-exported here for the engine.
from classifier.labels import FUNCTIONS, HEADS, OFFICES, PROCESSES

__all__ = [
    "CERTIFICATIONS",
    "COVERAGES",
    "DECISIONS",
    "FUNCTIONS",
    "HEADS",
    "OFFICES",
    "PROCESSES",
    "REGIONS",
    "REGULATED_CERTIFICATIONS",
    "SENSITIVITIES",
]

DECISIONS = ("outsource", "keep", "review")
SENSITIVITIES = ("public", "internal", "confidential", "regulated")
CERTIFICATIONS = ("ISO27001", "SOC2", "HIPAA", "PCI_DSS", "GDPR")
# Regulated data with no explicit list still needs an audited control framework from one of these.
REGULATED_CERTIFICATIONS = ("HIPAA", "PCI_DSS", "SOC2")
COVERAGES = ("business_hours", "24x7")
# Broad delivery regions, the granularity buyers use when they say "nearshore" or "offshore".
REGIONS = (
    "north_america",
    "latin_america",
    "europe",
    "middle_east_africa",
    "asia_pacific",
)
