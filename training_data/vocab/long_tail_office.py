"""Long-tail clusters and lines for the front-office functions, finance, payroll and HR."""

# ruff: noqa: E501 - one hand-written line per line is easier to read, grep and edit.

VOCAB = {
    "customer_service": {
        "office": "front",
        "clusters": [
            [
                ["approve", "handle", "decide on", "review"],
                [
                    "{adhoc} goodwill refunds outside the returns policy",
                    "{adhoc} customer requests",
                    "exceptions to the returns policy for loyal customers",
                    "{adhoc} compensation for upset guests",
                    "{adhoc} requests from VIP guests",
                ],
            ]
        ],
        "lines": [
            "approve goodwill gestures for unhappy customers case by case",
            "Handle unusual customer requests that do not fit the standard process.",
            "sort out one-off complaints the team escalates to me",
            "Exception handling for customer refunds",
            "decide on refunds outside policy",
            "arrange special requests for guests, like surprise cakes, when asked",
        ],
    },
    "sales": {
        "office": "front",
        "clusters": [
            [
                ["approve", "sign off on", "review", "handle"],
                [
                    "{adhoc} discount requests from the sales team",
                    "{adhoc} pricing exceptions for customers",
                    "{adhoc} custom quote requests",
                    "{adhoc} credit terms for a new customer",
                    "deal-by-deal pricing exceptions",
                ],
            ]
        ],
        "lines": [
            "approve special discounts case by case",
            "Review non-standard deal terms before the contract goes out.",
            "Discount approval workflow",
            "quote one-off custom jobs that don't fit the price list",
            "sign off on free samples for big prospects when reps ask",
        ],
    },
    "marketing": {
        "office": "front",
        "clusters": [
            [
                ["handle", "review", "approve", "coordinate"],
                [
                    "{adhoc} sponsorship requests",
                    "{adhoc} requests for flyers and posters from the branches",
                    "{adhoc} donation requests from local charities",
                    "{adhoc} requests to use our logo",
                ],
            ]
        ],
        "lines": [
            "deal with random sponsorship requests",
            "approve one-off local ads when a branch asks",
            "Coordinate a one-off anniversary campaign.",
            "make a flyer whenever someone needs one",
        ],
    },
    "finance_accounting": {
        "office": "back",
        "clusters": [
            [
                ["approve", "review", "process", "sign off on", "handle", "assess"],
                [
                    "one-off budget requests for special projects",
                    "{adhoc} budget requests",
                    "exceptions to the expense policy",
                    "{adhoc} expense claims",
                    "{adhoc} payment requests",
                    "manual payment approvals",
                    "{adhoc} write-off requests",
                    "urgent payments outside the payment run",
                    "{adhoc} petty cash requests",
                    "{adhoc} requests for cash advances",
                    "{adhoc} requests for financial data",
                    "funding requests for special projects",
                    "{adhoc} refunds to suppliers",
                    "budget transfers between departments",
                ],
            ],
            [
                ["prepare", "put together", "run"],
                [
                    "{adhoc} financial analyses for the owner",
                    "{adhoc} reports when the bank asks",
                    "a one-off cost analysis for the new site",
                ],
            ],
        ],
        "lines": [
            "Approve one-off budget requests for special projects",
            "approve exceptions to the expense policy",
            "sign off odd expenses that don't fit the policy",
            "handle manual payment approvals by email",
            "Manual approval workflow for payments",
            "Budget requests for special projects",
            "Special project budget approvals",
            "decide on write-offs case by case",
            "pay urgent supplier invoices when someone shouts",
            "Review and approve out-of-policy expense claims escalated by managers.",
            "pull together numbers whenever the owner asks for them",
        ],
    },
    "payroll": {
        "office": "back",
        "clusters": [
            [
                ["process", "approve", "handle", "calculate", "review"],
                [
                    "{adhoc} off-cycle payments",
                    "manual payroll corrections",
                    "{adhoc} bonus requests",
                    "salary advance requests",
                    "{adhoc} overtime exceptions",
                    "{adhoc} allowance requests",
                    "{adhoc} requests to change pay dates",
                ],
            ]
        ],
        "lines": [
            "process off-cycle payments when someone was missed",
            "approve one-off bonuses",
            "handle salary advance requests case by case",
            "Off-cycle payroll adjustments",
            "fix pay for people who were paid wrong, whenever it happens",
            "Review requests for special allowances on a case-by-case basis.",
            "approve one off overtime for the weekend event",
            "sign off a one-off bonus for the team that covered the launch",
            "pay a special allowance to someone sent abroad at short notice",
            "Approve ad hoc overtime outside the normal rota when managers ask.",
        ],
    },
    "hr": {
        "office": "back",
        "clusters": [
            [
                ["process", "approve", "handle", "review", "coordinate"],
                [
                    "new hire requests from department heads",
                    "headcount requests",
                    "{adhoc} requests for temporary staff",
                    "{adhoc} requests for contractors",
                    "exceptions to the leave policy",
                    "{adhoc} relocation requests",
                    "{adhoc} requests for sabbaticals",
                    "{adhoc} training requests",
                    "{adhoc} requests for flexible working",
                    "{adhoc} visa sponsorship requests",
                    "contractor extensions",
                ],
            ],
            [
                ["manage", "onboard", "coordinate", "track"],
                [
                    "contractors",
                    "freelancers hired for one-off projects",
                    "temporary staff for special projects",
                    "interim staff",
                ],
            ],
        ],
        "lines": [
            "Process new hire requests from department heads",
            "New hire requests",
            "Contractor management",
            "approve new hire requests",
            "sort out contractors when a project needs one",
            "handle requests for extra staff",
            "Manage contractor onboarding and approvals case by case.",
            "approve unpaid leave requests case by case",
            "deal with odd hr requests that come in by email",
        ],
    },
}
