"""Label vocabularies from LABELING.md: the only place the label strings are spelled."""

OFFICES = ("front", "back")
PROCESSES = ("core", "support", "long_tail")
FUNCTIONS = (
    "customer_service",
    "sales",
    "marketing",
    "finance_accounting",
    "payroll",
    "hr",
    "it",
    "admin",
    "procurement",
    "logistics",
    "production",
    "legal_compliance",
    "product_development",
    "management",
)
LOCATIONS = ("remote", "on_site")
HEADS = ("office", "process", "function", "location")
VOCABULARIES = {
    "office": OFFICES,
    "process": PROCESSES,
    "function": FUNCTIONS,
    "location": LOCATIONS,
}
# LABELING.md section 4: the company's own work is production, core; its office depends on
# whether it is done face to face with the customer.
OWN_WORK_FUNCTION = "production"
OWN_WORK_PROCESS = "core"

# Office and routine process of each function (LABELING.md sections 1-3). Without company context
# the classifier derives the office and process heads from the function head through these maps;
# `long_tail` comes from its own estimator because any function can be handled ad hoc.
FUNCTION_OFFICE = {
    "customer_service": "front",
    "sales": "front",
    "marketing": "front",
    "finance_accounting": "back",
    "payroll": "back",
    "hr": "back",
    "it": "back",
    "admin": "back",
    "procurement": "back",
    "logistics": "back",
    "production": "back",
    "legal_compliance": "back",
    "product_development": "back",
    "management": "back",
}
FUNCTION_ROUTINE_PROCESS = {
    "customer_service": "core",
    "sales": "core",
    "marketing": "core",
    "finance_accounting": "support",
    "payroll": "support",
    "hr": "support",
    "it": "support",
    "admin": "support",
    "procurement": "support",
    "logistics": "core",
    "production": "core",
    "legal_compliance": "support",
    "product_development": "core",
    "management": "core",
}
LONG_TAIL = "long_tail"
