"""Long-tail clusters and lines for IT, admin, legal, supply chain, production, R&D and management."""

# ruff: noqa: E501 - one hand-written line per line is easier to read, grep and edit.

VOCAB = {
    "it": {
        "office": "back",
        "clusters": [
            [
                ["approve", "handle", "process", "review"],
                [
                    "{adhoc} software purchase requests",
                    "{adhoc} access requests",
                    "exceptions to the security policy",
                    "{adhoc} requests for new tools",
                    "{adhoc} hardware requests",
                    "{adhoc} data extraction requests",
                    "{adhoc} report requests from managers",
                    "requests for admin rights",
                ],
            ]
        ],
        "lines": [
            "approve requests for new software case by case",
            "pull data out of the system when someone asks",
            "Software request approvals",
            "handle one-off requests for laptops for contractors",
            "set up a laptop for a visiting consultant when needed",
            "Review ad hoc requests for exceptions to the password policy.",
        ],
    },
    "admin": {
        "office": "back",
        "clusters": [
            [
                ["coordinate", "manage", "arrange", "handle", "organise"],
                [
                    "company car bookings and fleet repairs",
                    "the company fleet",
                    "fleet repairs",
                    "pool car bookings",
                    "the office move",
                    "{adhoc} office events",
                    "the staff christmas party",
                    "{adhoc} facility repair requests",
                    "{adhoc} requests for parking permits",
                    "{adhoc} visitor requests",
                    "{adhoc} requests for meeting rooms off-site",
                    "a one-off office refurbishment",
                    "the team away day",
                ],
            ],
            [
                ["approve", "process", "review"],
                [
                    "{adhoc} travel requests",
                    "{adhoc} requests for furniture",
                    "{adhoc} requests for company cars",
                ],
            ],
        ],
        "lines": [
            "Coordinate company car bookings and fleet repairs",
            "Fleet management",
            "manage the vans and company cars",
            "Company car administration",
            "plan the office move",
            "organise the summer party",
            "Plan the one-off move to the new office and coordinate removal firms.",
            "Manage company car records, insurance and servicing dates as issues come up.",
            "Organise internal events, team lunches and office celebrations when they come up.",
            "sort out whatever the office needs",
            "book a venue for the one-off client anniversary dinner",
        ],
    },
    "legal_compliance": {
        "office": "back",
        "clusters": [
            [
                ["handle", "review", "approve", "answer"],
                [
                    "{adhoc} NDA requests",
                    "{adhoc} contract exception approvals",
                    "{adhoc} legal questions from staff",
                    "{adhoc} requests for legal advice",
                    "{adhoc} policy exception requests",
                    "{adhoc} requests to share customer data",
                ],
            ]
        ],
        "lines": [
            "answer legal questions when they come up",
            "approve exceptions to contract terms case by case",
            "Ad hoc legal requests",
            "Review one-off requests to deviate from standard terms.",
            "sign ndas when someone needs one",
        ],
    },
    "procurement": {
        "office": "back",
        "clusters": [
            [
                ["approve", "handle", "process", "review", "source"],
                [
                    "{adhoc} purchase requests",
                    "emergency purchases",
                    "non-catalogue purchase requests",
                    "sole-source exceptions",
                    "{adhoc} orders for special projects",
                    "{adhoc} requests to buy equipment",
                    "{adhoc} requests for new suppliers",
                ],
            ]
        ],
        "lines": [
            "approve one-off purchases",
            "buy random stuff people ask for",
            "Emergency purchasing",
            "Manual approval of purchase requests",
            "Handle one-off purchase requests that fall outside the catalogue.",
            "find a supplier for a one-off job",
        ],
    },
    "logistics": {
        "office": "back",
        "clusters": [
            [
                ["arrange", "handle", "approve", "coordinate"],
                [
                    "{adhoc} rush shipments",
                    "{adhoc} special delivery requests",
                    "{adhoc} freight quotes",
                    "{adhoc} courier bookings",
                    "{adhoc} stock transfers",
                    "{adhoc} deliveries for events",
                ],
            ]
        ],
        "lines": [
            "arrange a rush delivery when a big client needs it",
            "sort out odd shipments that don't fit the usual routes",
            "Handle one-off shipping requests from other departments.",
            "Special delivery requests",
        ],
    },
    "production": {
        "office": "back",
        "clusters": [
            [
                ["handle", "approve", "schedule", "produce"],
                [
                    "{adhoc} custom orders",
                    "{adhoc} rework requests",
                    "{adhoc} production runs",
                    "{adhoc} requests for samples from production",
                    "deviations from the standard recipe",
                ],
            ]
        ],
        "lines": [
            "make one-off custom pieces when a customer asks",
            "approve deviations from the production spec case by case",
            "Handle unplanned production requests from sales.",
            "Production exception handling",
        ],
    },
    "product_development": {
        "office": "back",
        "clusters": [
            [
                ["handle", "review", "build", "prototype"],
                [
                    "{adhoc} feature requests from big clients",
                    "{adhoc} design requests from sales",
                    "{adhoc} custom variants",
                ],
            ]
        ],
        "lines": [
            "build one-off custom features when a big customer asks",
            "Handle ad hoc feature requests case by case.",
            "design one-off pieces for special customers",
        ],
    },
    "management": {
        "office": "back",
        "clusters": [
            [
                ["approve", "decide on", "sign off on", "review"],
                [
                    "{adhoc} requests escalated by managers",
                    "{adhoc} exceptions to company policy",
                    "{adhoc} project proposals",
                    "{adhoc} investment requests",
                ],
            ]
        ],
        "lines": [
            "approve whatever gets escalated to me",
            "sign off on exceptions to company policy case by case",
            "Review ad hoc requests for exceptions escalated by department heads.",
        ],
    },
}
