"""What comes back: a task's labels, a classification, and a stored analysis."""

from datetime import UTC, datetime

from marshmallow import Schema, fields, validate

from bpo.sourcing.vocabulary import DECISIONS
from classifier import FUNCTIONS, HEADS, LOCATIONS, OFFICES, PROCESSES

# The closed answers a result carries besides labels and decisions.
SOLVER_STATUSES = ("optimal", "time_limit", "fallback", "deadline")
MANAGEMENT_RULE_SOURCES = ("default", "company")
PROVIDERS_SOURCES = ("catalog", "request")
FUNCTION_ALONE = (
    "Only where the tasks next to it in the list changed its service line: the service line "
    "the task gets read on its own."
)


class UtcTimestamp(fields.DateTime):
    """An ISO 8601 moment with its UTC offset; a stored moment without one is UTC.

    SQLite hands timestamps back without their offset, and the stored view has them as text.
    """

    def _serialize(self, value, attr, obj, **kwargs):
        if value is None:
            return None
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC).isoformat()


class HeadSchema(Schema):
    """One head's answer: a label and the model's probability for it."""

    label = fields.String(required=True)
    confidence = fields.Float(required=True, validate=validate.Range(min=0, max=1))


class OfficeHeadSchema(HeadSchema):
    """The office head's answer."""

    label = fields.String(required=True, validate=validate.OneOf(OFFICES))


class ProcessHeadSchema(HeadSchema):
    """The process head's answer."""

    label = fields.String(required=True, validate=validate.OneOf(PROCESSES))


class FunctionHeadSchema(HeadSchema):
    """The function head's answer."""

    label = fields.String(required=True, validate=validate.OneOf(FUNCTIONS))


class LocationHeadSchema(HeadSchema):
    """Where the work is done: remote, or on site with the company's people or things."""

    label = fields.String(required=True, validate=validate.OneOf(LOCATIONS))


class TermSchema(Schema):
    """A term and how hard it pushed toward the predicted label."""

    term = fields.String(required=True)
    weight = fields.Float(required=True)


class ExplanationSchema(Schema):
    """Per head, the terms that decided it."""

    office = fields.List(fields.Nested(TermSchema))
    process = fields.List(fields.Nested(TermSchema))
    function = fields.List(fields.Nested(TermSchema))
    location = fields.List(fields.Nested(TermSchema))


class ClassificationSchema(Schema):
    """The four labels of one task, and with a company whether it is the company's own work."""

    name = fields.String(required=True)
    office = fields.Nested(OfficeHeadSchema, required=True)
    process = fields.Nested(ProcessHeadSchema, required=True)
    function = fields.Nested(FunctionHeadSchema, required=True)
    location = fields.Nested(LocationHeadSchema, required=True)
    needs_review = fields.Boolean(required=True)
    own_offering = fields.Boolean(
        metadata={
            "description": "Only when a company was sent: the task makes or delivers "
            "what the company sells (LABELING.md section 4)."
        }
    )
    own_offering_confidence = fields.Float(validate=validate.Range(min=0, max=1))
    function_alone = fields.String(
        validate=validate.OneOf(FUNCTIONS),
        metadata={"description": FUNCTION_ALONE},
    )
    explanation = fields.Nested(ExplanationSchema)


class ClassifyResponseSchema(Schema):
    """Body of a successful POST /classify."""

    model_version = fields.String(required=True)
    results = fields.List(fields.Nested(ClassificationSchema), required=True)


class ReasonSchema(Schema):
    """Why the engine decided: a stable code and text a business owner can read."""

    code = fields.String(required=True)
    text = fields.String(required=True)


class TaskResultSchema(Schema):
    """One task of an analysis: labels, decision, provider and costs."""

    index = fields.Integer(required=True)
    name = fields.String(required=True)
    description = fields.String(allow_none=True)
    section = fields.String(
        allow_none=True, metadata={"description": "The heading the task was listed under."}
    )
    office = fields.Nested(OfficeHeadSchema, required=True)
    process = fields.Nested(ProcessHeadSchema, required=True)
    function = fields.Nested(FunctionHeadSchema, required=True)
    function_alone = fields.String(
        allow_none=True,
        validate=validate.OneOf(FUNCTIONS),
        metadata={"description": FUNCTION_ALONE},
    )
    location = fields.Nested(LocationHeadSchema, required=True)
    own_offering = fields.Boolean(
        required=True,
        metadata={"description": "The task makes or delivers what the company sells."},
    )
    needs_review = fields.Boolean(required=True)
    overridden = fields.List(fields.String(validate=validate.OneOf(HEADS)), required=True)
    decision = fields.String(required=True, validate=validate.OneOf(DECISIONS))
    score = fields.Integer(required=True, validate=validate.Range(min=0, max=100))
    reasons = fields.List(fields.Nested(ReasonSchema), required=True)
    provider_id = fields.String(required=True, allow_none=True)
    provider_name = fields.String(required=True, allow_none=True)
    hours_per_month = fields.Float(required=True)
    current_monthly_cost = fields.Float(required=True)
    proposed_monthly_cost = fields.Float(required=True)
    cost_per_transaction_before = fields.Float(required=True, allow_none=True)
    cost_per_transaction_after = fields.Float(required=True, allow_none=True)


class BundleSchema(Schema):
    """The tasks one provider takes and what it charges a month."""

    provider_id = fields.String(required=True)
    provider_name = fields.String(required=True)
    task_indexes = fields.List(fields.Integer(), required=True)
    hours_per_month = fields.Float(required=True)
    monthly_cost = fields.Float(required=True)


class ManagementRuleSchema(Schema):
    """How the cost of managing providers was counted."""

    fixed_per_provider = fields.Float(required=True)
    share_of_provider_charge = fields.Float(required=True)
    source = fields.String(required=True, validate=validate.OneOf(MANAGEMENT_RULE_SOURCES))
    text = fields.String(required=True)


class TotalsSchema(Schema):
    """Today's monthly cost against the proposal, and the savings."""

    current_monthly_cost = fields.Float(required=True)
    proposed_monthly_cost = fields.Float(required=True)
    monthly_savings = fields.Float(required=True)
    annual_savings = fields.Float(required=True)
    providers_used = fields.Integer(required=True)
    management_cost = fields.Float(
        required=True, metadata={"description": "Monthly cost of managing the providers used."}
    )
    management_rule = fields.Nested(ManagementRuleSchema, required=True)
    cost_per_transaction_before = fields.Float(required=True, allow_none=True)
    cost_per_transaction_after = fields.Float(required=True, allow_none=True)


class SolverSchema(Schema):
    """How the bundles were found: `optimal`, or a reported fallback."""

    status = fields.String(
        required=True,
        validate=validate.OneOf(SOLVER_STATUSES),
        metadata={
            "description": "`optimal`: proved least cost (to the cent). `time_limit`: the exact "
            "solver's own limit (BPO_SOLVER_TIME_LIMIT) was reached; the best plan found is "
            "returned. `fallback`: the exact solver failed; a greedy plan is returned. "
            "`deadline`: the analysis's time budget (BPO_ANALYSIS_TIME_LIMIT) ran out, "
            "classification and all, so the search was cut short; the plan is feasible but may "
            "cost more than the best one."
        },
    )


class CompanyResultSchema(Schema):
    """The company settings the analysis used."""

    name = fields.String()
    country = fields.String(allow_none=True)
    industry = fields.String()
    offering = fields.String()
    default_hourly_cost = fields.Float()
    currency = fields.String()
    vendor_management_cost = fields.Float(allow_none=True)
    max_providers = fields.Integer(allow_none=True)
    preferred_regions = fields.List(fields.String())


class AnalysisSchema(Schema):
    """A stored analysis as GET /analyses/<id> returns it."""

    id = fields.String(required=True)
    created_at = UtcTimestamp(required=True)
    updated_at = UtcTimestamp(required=True)
    model_version = fields.String(required=True)
    company = fields.Nested(CompanyResultSchema, required=True)
    providers_source = fields.String(required=True, validate=validate.OneOf(PROVIDERS_SOURCES))
    tasks = fields.List(fields.Nested(TaskResultSchema), required=True)
    bundles = fields.List(fields.Nested(BundleSchema), required=True)
    totals = fields.Nested(TotalsSchema, required=True)
    solver = fields.Nested(SolverSchema, required=True)
