"""Marshmallow schemas of the API: one place for every request and response shape."""

import copy

from marshmallow import RAISE, Schema, ValidationError, fields, pre_load, validate, validates_schema

from bpo.json_fields import json_strict
from bpo.sourcing.catalog import ProviderSchema
from bpo.sourcing.iso_codes import LANGUAGES
from bpo.sourcing.vocabulary import CERTIFICATIONS, DECISIONS, REGIONS, SENSITIVITIES
from classifier import FUNCTIONS, HEADS, OFFICES, PROCESSES

MAX_NAME_LENGTH = 500
MAX_DESCRIPTION_LENGTH = 5000
MAX_CLASSIFY_TASKS = 1000
# Names are trimmed before the length check, so a name needs one non-space character.
NON_BLANK = r"\S"
TASK_AS_STRING = {
    "type": "string",
    "minLength": 1,
    "maxLength": MAX_NAME_LENGTH,
    "pattern": NON_BLANK,
}


class StrictSchema(Schema):
    """Unknown fields are an error, so typos never pass silently."""

    class Meta:
        unknown = RAISE


def _strip_strings(data: dict, names: tuple[str, ...]) -> dict:
    """Trim surrounding whitespace from the named string fields."""
    if not isinstance(data, dict):
        return data
    return {
        key: value.strip() if key in names and isinstance(value, str) else value
        for key, value in data.items()
    }


class TaskTextSchema(StrictSchema):
    """A task as a name and an optional longer description."""

    name = fields.String(
        required=True,
        validate=validate.Length(
            min=1,
            max=MAX_NAME_LENGTH,
            error=f"A task name must be 1 to {MAX_NAME_LENGTH} characters after trimming.",
        ),
    )
    description = fields.String(
        load_default=None, allow_none=True, validate=validate.Length(max=MAX_DESCRIPTION_LENGTH)
    )

    @pre_load
    def strip(self, data, **kwargs):
        """Names count after trimming, so '   ' is empty."""
        return _strip_strings(data, ("name", "description"))


class TaskOrText(fields.Field):
    """A task given as a plain string or as an object with `name`."""

    def __init__(self, schema: type[Schema], **kwargs):
        super().__init__(**kwargs)
        self.schema_class = schema

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, str):
            value = {"name": value}
        if not isinstance(value, dict):
            raise ValidationError("Each task must be a string or an object with a 'name'.")
        return self.schema_class().load(value)


class ClassifyRequestSchema(StrictSchema):
    """Body of POST /classify."""

    tasks = fields.List(
        TaskOrText(
            TaskTextSchema,
            metadata={"oneOf": [TASK_AS_STRING, {"$ref": "#/components/schemas/TaskText"}]},
        ),
        required=True,
        validate=validate.Length(min=1, max=MAX_CLASSIFY_TASKS),
        metadata={"description": f"1 to {MAX_CLASSIFY_TASKS} tasks, strings or objects."},
    )


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


class TermSchema(Schema):
    """A term and how hard it pushed toward the predicted label."""

    term = fields.String(required=True)
    weight = fields.Float(required=True)


class ExplanationSchema(Schema):
    """Per head, the terms that decided it."""

    office = fields.List(fields.Nested(TermSchema))
    process = fields.List(fields.Nested(TermSchema))
    function = fields.List(fields.Nested(TermSchema))


class ClassificationSchema(Schema):
    """The three labels of one task."""

    name = fields.String(required=True)
    office = fields.Nested(OfficeHeadSchema, required=True)
    process = fields.Nested(ProcessHeadSchema, required=True)
    function = fields.Nested(FunctionHeadSchema, required=True)
    needs_review = fields.Boolean(required=True)
    explanation = fields.Nested(ExplanationSchema)


class ClassifyResponseSchema(Schema):
    """Body of a successful POST /classify."""

    model_version = fields.String(required=True)
    results = fields.List(fields.Nested(ClassificationSchema), required=True)


MAX_ANALYSIS_TASKS = 5000
MIN_TRANSACTIONS = 0.01
# Caps on catalog numbers sent over the API, so no cost sum can overflow to infinity.
MAX_RATE = 100_000
MAX_CAPACITY_HOURS = 10_000_000
MAX_MONTHLY_SPEND = 1_000_000_000


def _language_code(value: str) -> None:
    if value not in LANGUAGES:
        raise ValidationError(f"{value!r} is not an ISO 639-1 language code (e.g. 'en', 'es').")


def _usd_only(value: str) -> None:
    if value != "USD":
        raise ValidationError(
            f"Only USD is supported for now (provider rates are in USD); got {value!r}."
        )


def _zero_or_a_real_volume(value: float) -> None:
    # A near-zero volume would make the cost per transaction overflow.
    if 0 < value < MIN_TRANSACTIONS:
        raise ValidationError(f"Give 0 or at least {MIN_TRANSACTIONS} transactions a month.")


class CompanySchema(StrictSchema):
    """Who is asking, and the cost settings of their company."""

    name = fields.String(load_default="", validate=validate.Length(max=200))
    default_hourly_cost = fields.Float(
        load_default=35.0, validate=validate.Range(min=0, min_inclusive=False, max=10_000)
    )
    currency = fields.String(load_default="USD", validate=_usd_only, metadata={"enum": ["USD"]})
    vendor_management_cost = fields.Float(
        load_default=500.0, validate=validate.Range(min=0, max=1_000_000)
    )
    max_providers = fields.Integer(
        load_default=None, allow_none=True, validate=validate.Range(min=1, max=1000)
    )
    preferred_regions = fields.List(
        fields.String(validate=validate.OneOf(REGIONS)), load_default=list
    )

    @pre_load
    def strip(self, data, **kwargs):
        """Trim the company name."""
        return _strip_strings(data, ("name", "currency"))


class AnalysisTaskSchema(TaskTextSchema):
    """A task of the company with what the owner knows about it."""

    hours_per_month = fields.Float(
        load_default=None,
        allow_none=True,
        validate=validate.Range(min=0, max=100_000),
    )
    hourly_cost = fields.Float(
        load_default=None,
        allow_none=True,
        validate=validate.Range(min=0, min_inclusive=False, max=10_000),
    )
    transactions_per_month = fields.Float(
        load_default=None,
        allow_none=True,
        validate=[validate.Range(min=0, max=100_000_000), _zero_or_a_real_volume],
        metadata={"not": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 0.01}},
    )
    sensitivity = fields.String(
        load_default=None, allow_none=True, validate=validate.OneOf(SENSITIVITIES)
    )
    required_certifications = fields.List(
        fields.String(validate=validate.OneOf(CERTIFICATIONS)), load_default=list
    )
    languages = fields.List(
        fields.String(validate=_language_code, metadata={"enum": sorted(LANGUAGES)}),
        load_default=list,
    )
    strategic = fields.Boolean(load_default=False)
    office = fields.String(load_default=None, allow_none=True, validate=validate.OneOf(OFFICES))
    process = fields.String(load_default=None, allow_none=True, validate=validate.OneOf(PROCESSES))
    function = fields.String(load_default=None, allow_none=True, validate=validate.OneOf(FUNCTIONS))


def _at_most(field: fields.Field, most: float) -> fields.Field:
    """A copy of the catalog field with an upper bound added (to a Dict's values for a Dict)."""
    field = copy.copy(field)
    if isinstance(field, fields.Dict):
        field.value_field = _at_most(field.value_field, most)
    else:
        field.validators = [*field.validators, validate.Range(max=most)]
    return field


_CATALOG = json_strict(ProviderSchema)._declared_fields


class ApiProviderSchema(json_strict(ProviderSchema)):
    """The catalog's provider schema for JSON bodies: JSON numbers, bounded so sums stay finite."""

    services = _at_most(_CATALOG["services"], MAX_RATE)
    capacity_hours_per_month = _at_most(_CATALOG["capacity_hours_per_month"], MAX_CAPACITY_HOURS)
    min_monthly_spend = _at_most(_CATALOG["min_monthly_spend"], MAX_MONTHLY_SPEND)


class AnalysisRequestSchema(StrictSchema):
    """Body of POST /analyses: the company, its tasks, optionally its own provider shortlist."""

    company = fields.Nested(CompanySchema, load_default=lambda: CompanySchema().load({}))
    tasks = fields.List(
        TaskOrText(
            AnalysisTaskSchema,
            metadata={"oneOf": [TASK_AS_STRING, {"$ref": "#/components/schemas/AnalysisTask"}]},
        ),
        required=True,
        validate=validate.Length(min=1, max=MAX_ANALYSIS_TASKS),
    )
    providers = fields.List(
        fields.Nested(ApiProviderSchema),
        load_default=None,
        allow_none=True,
        validate=validate.Length(min=1, max=1000),
        metadata={
            "description": "Your own provider shortlist instead of the stored catalog; ids unique."
        },
    )

    @validates_schema
    def unique_provider_ids(self, data, **kwargs):
        """Bundles are keyed by provider id, so two providers may not share one."""
        seen: set[str] = set()
        for provider in data.get("providers") or ():
            if provider.id in seen:
                raise ValidationError(f"Provider id {provider.id!r} appears twice.", "providers")
            seen.add(provider.id)


class ReasonSchema(Schema):
    """Why the engine decided: a stable code and text a business owner can read."""

    code = fields.String(required=True)
    text = fields.String(required=True)


class TaskResultSchema(Schema):
    """One task of an analysis: labels, decision, provider and costs."""

    index = fields.Integer(required=True)
    name = fields.String(required=True)
    description = fields.String(allow_none=True)
    office = fields.Nested(OfficeHeadSchema, required=True)
    process = fields.Nested(ProcessHeadSchema, required=True)
    function = fields.Nested(FunctionHeadSchema, required=True)
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


class TotalsSchema(Schema):
    """Today's monthly cost against the proposal, and the savings."""

    current_monthly_cost = fields.Float(required=True)
    proposed_monthly_cost = fields.Float(required=True)
    monthly_savings = fields.Float(required=True)
    annual_savings = fields.Float(required=True)
    providers_used = fields.Integer(required=True)
    cost_per_transaction_before = fields.Float(required=True, allow_none=True)
    cost_per_transaction_after = fields.Float(required=True, allow_none=True)


class SolverSchema(Schema):
    """How the bundles were found: `optimal`, or a reported fallback."""

    status = fields.String(
        required=True, validate=validate.OneOf(("optimal", "time_limit", "fallback"))
    )


class CompanyResultSchema(Schema):
    """The company settings the analysis used."""

    name = fields.String()
    default_hourly_cost = fields.Float()
    currency = fields.String()
    vendor_management_cost = fields.Float()
    max_providers = fields.Integer(allow_none=True)
    preferred_regions = fields.List(fields.String())


class AnalysisSchema(Schema):
    """A stored analysis as GET /analyses/<id> returns it."""

    id = fields.String(required=True)
    created_at = fields.String(required=True)
    updated_at = fields.String(required=True)
    model_version = fields.String(required=True)
    company = fields.Nested(CompanyResultSchema, required=True)
    providers_source = fields.String(required=True, validate=validate.OneOf(("catalog", "request")))
    tasks = fields.List(fields.Nested(TaskResultSchema), required=True)
    bundles = fields.List(fields.Nested(BundleSchema), required=True)
    totals = fields.Nested(TotalsSchema, required=True)
    solver = fields.Nested(SolverSchema, required=True)
