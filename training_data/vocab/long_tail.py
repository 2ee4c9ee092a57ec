"""Long-tail work: ad hoc, request-driven, case-by-case approvals, exceptions, one-off projects."""

from training_data.vocab import long_tail_office, long_tail_operations

# "{adhoc}" in an object is filled with one of these when a line is composed.
ADHOC = [
    "one-off",
    "ad hoc",
    "occasional",
    "special",
    "non-standard",
    "unplanned",
    "urgent",
    "exceptional",
    "last-minute",
    "irregular",
    "out-of-policy",
    "unusual",
]

# Tails that make an otherwise routine line request-driven or case-by-case.
CASE_TAILS = [
    "case by case",
    "on a case-by-case basis",
    "when someone asks",
    "as requests come in by email",
    "when a department head asks for it",
    "whenever it comes up",
    "as a one-off",
    "outside the normal process",
    "by email and spreadsheet",
    "with a manual sign-off",
]

# Job-description frames for request-driven work, filled with a function's FRAMES slots.
FRAME_TEMPLATES = [
    "Handle {adhoc} requests from {stakeholders} about {topics}.",
    "Deal with {adhoc} questions about {topics} as they come in.",
    "Put together a one-off report on {topics} when management asks for it.",
    "Run a one-off project to improve {activities}.",
    "Approve exceptions in {activities} case by case.",
    "Step in for {staff} on unusual cases that fall outside the normal process.",
    "Sort out {adhoc} problems with {topics} that no process covers.",
    "Review {adhoc} requests concerning {records} and decide each one individually.",
    "Coordinate temporary help for {activities} during an unplanned peak.",
    "handle {adhoc} requests about {topics}",
    "one-off project on {topics}",
    "approve exceptions for {staff} case by case",
]

# Per function: its office, (verbs, objects) clusters and hand-written lines.
VOCAB = long_tail_office.VOCAB | long_tail_operations.VOCAB
