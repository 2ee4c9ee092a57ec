"""Shared pools for composing lines: industries, frequencies, generic clauses and templates."""

# Where the work happens; spread evenly over functions so they carry no function signal.
CONTEXTS = [
    "for the bakery",
    "at the bakery",
    "for our two bakeries",
    "at the dental practice",
    "for the dental clinic",
    "for the law firm",
    "at the law office",
    "in the factory",
    "at the plant",
    "for the workshop",
    "at the hotel",
    "for the guesthouse",
    "for our SaaS product",
    "at the software start-up",
    "for the bank",
    "at the branch",
    "for the restaurant",
    "for the online shop",
    "for the e-commerce store",
    "for the agency",
    "for the clinic",
    "for the construction company",
    "for the cleaning company",
    "for the accounting firm",
    "for the gym",
    "for the garage",
    "for the care home",
    "for the school",
    "for the brewery",
    "for the print shop",
    "for the logistics company",
    "for the insurance brokerage",
    "for the real estate agency",
    "for the consultancy",
    "for the nonprofit",
    "across all locations",
    "for the head office",
    "for both sites",
    "for the UK entity",
    "for the US subsidiary",
]

FREQUENCIES = [
    "every day",
    "daily",
    "each morning",
    "every week",
    "weekly",
    "every friday",
    "on mondays",
    "twice a week",
    "every two weeks",
    "every month",
    "monthly",
    "at month end",
    "each quarter",
    "quarterly",
    "once a year",
    "every year",
    "at year end",
    "as they come in",
    "throughout the day",
    "on a regular basis",
    "several times a day",
    "every shift",
    "at the end of each day",
]

# Clauses that appear in job descriptions of every function; they teach the model to ignore
# boilerplate rather than tie it to one label.
GENERIC_PURPOSES = [
    "to ensure accuracy",
    "to ensure compliance with company policies",
    "to meet deadlines",
    "in accordance with established procedures",
    "according to company guidelines",
    "to improve efficiency",
    "as required",
    "to maintain quality standards",
    "to support business objectives",
    "following standard operating procedures",
    "in line with internal policies",
    "to keep records up to date",
    "to resolve problems",
    "to identify areas for improvement",
]

GENERIC_MEANS = [
    "using computers",
    "using spreadsheets",
    "using standard software",
    "using the company system",
    "by phone or email",
    "using templates and checklists",
]

# Words people put in front of a task when they only want it off their plate.
INFORMAL_LEADS = [
    "",
    "",
    "",
    "",
    "",
    "need help to ",
    "someone to ",
    "i ",
    "we ",
    "we need to ",
    "have to ",
    "help me ",
    "pls ",
    "todo: ",
    "- ",
]

# Generic nouns consultants append to an object to make a process name.
PROCESS_SUFFIXES = [
    "management",
    "processing",
    "administration",
    "handling",
    "process",
    "coordination",
    "operations",
    "services",
]

# Opening phrases of job-description statements besides the bare imperative.
STATEMENT_LEADS = [
    "Responsible for {ger} {obj}",
    "Assist with {ger} {obj}",
    "Assists in {ger} {obj}",
    "Support the team by {ger} {obj}",
    "Duties include {ger} {obj}",
    "Ensure timely {ger} of {obj}",
]
