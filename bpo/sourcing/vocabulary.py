"""Fixed vocabularies the sourcing engine checks: labels, sensitivities, certifications, regions."""

# The label strings are spelled once, in classifier/labels.py; re-exported here for the engine.
from classifier.labels import FUNCTIONS, OFFICES, PROCESSES
from classifier.labels import HEADS as CLASSIFIER_HEADS

__all__ = [
    "CERTIFICATIONS",
    "COVERAGES",
    "DECISIONS",
    "DOUBT_KEYS",
    "FUNCTIONS",
    "FUNCTION_NAMES",
    "HEADS",
    "LOCATIONS",
    "OFFICES",
    "PROCESSES",
    "REGIONS",
    "REGULATED_CERTIFICATIONS",
    "SENSITIVITIES",
    "WORK_MODES",
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
# Where a task is done (LABELING.md section 5); a provider's work modes use the same words.
LOCATIONS = ("remote", "on_site")
WORK_MODES = LOCATIONS
# The overridable heads: the classifier's, plus location (added once, whichever side lists it).
HEADS = tuple(dict.fromkeys((*CLASSIFIER_HEADS, "location")))
# What a classifier may be unsure of: any head, and whether the task is the company's own work.
DOUBT_KEYS = (*HEADS, "own_offering")
# Service lines as a business owner reads them in a sentence.
FUNCTION_NAMES = {
    "customer_service": "customer service",
    "sales": "sales",
    "marketing": "marketing",
    "finance_accounting": "finance & accounting",
    "payroll": "payroll",
    "hr": "HR",
    "it": "IT",
    "admin": "admin",
    "procurement": "procurement",
    "logistics": "logistics",
    "production": "production",
    "legal_compliance": "legal & compliance",
    "product_development": "product development",
    "management": "management",
}
