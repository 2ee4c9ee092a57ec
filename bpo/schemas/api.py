"""Shapes only the JSON API has: its request bodies, problems, pages, feedback, model info."""

import copy

from marshmallow import RAISE, Schema, ValidationError, fields, missing, validate, validates_schema

from bpo.schemas.fields import StrictInteger, StrictSchema, json_strict
from bpo.schemas.providers import ApiProviderSchema
from bpo.schemas.requests import (
    MAX_ANALYSIS_TASKS,
    AnalysisRequestSchema,
    AnalysisTaskSchema,
    ClassifyRequestSchema,
    CompanySchema,
    TaskTextSchema,
)
from bpo.schemas.results import CompanyResultSchema, TotalsSchema, UtcTimestamp
from bpo.sourcing.vocabulary import CERTIFICATIONS, DECISIONS
from classifier.labels import FUNCTIONS, HEADS, LOCATIONS, OFFICES, PROCESSES

MAX_PER_PAGE = 100
DEFAULT_PER_PAGE = 20

# The request bodies as the API parses them: the shared shapes, taking JSON types only.
ClassifyBodySchema = json_strict(ClassifyRequestSchema)
AnalysisBodySchema = json_strict(AnalysisRequestSchema)
# A task list's oneOf refers to these two by name in the OpenAPI document.
TaskTextBodySchema = json_strict(TaskTextSchema)
AnalysisTaskBodySchema = json_strict(AnalysisTaskSchema)


class ProblemSchema(Schema):
    """An RFC 9457 problem: every API error answers in this shape."""

    type = fields.String(required=True)
    title = fields.String(required=True)
    status = fields.Integer(required=True)
    detail = fields.String(required=True)
    request_id = fields.String(
        allow_none=True, metadata={"description": "Quote it when you report a problem."}
    )
    errors = fields.Dict(
        keys=fields.String(),
        values=fields.List(fields.String()),
        metadata={"description": 'Messages per field path, e.g. "tasks.3.name".'},
    )


class PageQuerySchema(Schema):
    """`page` and `per_page` of a listing; unknown parameters are refused, so typos show."""

    class Meta:
        unknown = RAISE

    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=1_000_000))
    per_page = fields.Integer(
        load_default=DEFAULT_PER_PAGE, validate=validate.Range(min=1, max=MAX_PER_PAGE)
    )


class PageLinksSchema(Schema):
    """Absolute URLs of this, the first, last, next and previous page (null when none)."""

    self = fields.String(required=True)
    first = fields.String(required=True)
    last = fields.String(required=True)
    next = fields.String(required=True, allow_none=True)
    prev = fields.String(required=True, allow_none=True)


class PageSchema(Schema):
    """The envelope of every listing: items plus where you are and where to go."""

    page = fields.Integer(required=True)
    per_page = fields.Integer(required=True)
    total = fields.Integer(required=True, metadata={"description": "Items in all pages."})
    pages = fields.Integer(required=True, metadata={"description": "Number of pages (>= 1)."})
    links = fields.Nested(PageLinksSchema, required=True)


class AnalysisSummarySchema(Schema):
    """One analysis in a listing: enough to pick it, without every task."""

    id = fields.String(required=True)
    created_at = UtcTimestamp(required=True)
    updated_at = UtcTimestamp(required=True)
    model_version = fields.String(required=True)
    company_name = fields.String(required=True, allow_none=True)
    task_count = fields.Integer(required=True)
    totals = fields.Nested(TotalsSchema, required=True)
    url = fields.String(required=True)


class AnalysisPageSchema(PageSchema):
    """A page of the caller's analyses, newest first."""

    items = fields.List(fields.Nested(AnalysisSummarySchema), required=True)


class LabelCorrectionSchema(StrictSchema):
    """The right labels for one task; give at least one head."""

    task_index = StrictInteger(
        required=True,
        validate=validate.Range(min=0, max=MAX_ANALYSIS_TASKS - 1),
        metadata={"description": "The task's `index` in the analysis (from 0)."},
    )
    office = fields.String(validate=validate.OneOf(OFFICES))
    process = fields.String(validate=validate.OneOf(PROCESSES))
    function = fields.String(validate=validate.OneOf(FUNCTIONS))
    location = fields.String(validate=validate.OneOf(LOCATIONS))

    @validates_schema
    def some_label(self, data, **kwargs):
        """A correction without any label says nothing."""
        if not any(data.get(head) for head in HEADS):
            raise ValidationError(
                "Give at least one of office, process, function, location.", "_schema"
            )


# What `some_label` checks, said in the OpenAPI document: task_index plus at least one head
# (no other keys are allowed). A size rather than an anyOf, which generated clients would read
# as a union of untyped objects.
LABEL_CORRECTION_RULE = {"minProperties": 2}


class FeedbackRequestSchema(StrictSchema):
    """Body of POST /analyses/<id>/feedback."""

    corrections = fields.List(
        fields.Nested(LabelCorrectionSchema),
        required=True,
        validate=validate.Length(min=1, max=MAX_ANALYSIS_TASKS),
    )
    sent_by = fields.String(
        load_default=None,
        allow_none=True,
        validate=validate.Length(min=1, max=60),
        metadata={"description": "Who is correcting (a name or e-mail); stored with the key."},
    )


class ProviderQuerySchema(PageQuerySchema):
    """Filters of GET /providers; `max_rate` applies to `service` when both are given."""

    service = fields.String(validate=validate.OneOf(FUNCTIONS))
    country = fields.String(
        validate=validate.Regexp(r"^[A-Za-z]{2}$", error="Use an ISO 3166-1 alpha-2 code."),
        metadata={"description": "ISO 3166-1 alpha-2, any case (PH, ph)."},
    )
    certification = fields.String(validate=validate.OneOf(CERTIFICATIONS))
    max_rate = fields.Float(
        validate=validate.Range(min=0, min_inclusive=False, max=1_000_000),
        metadata={"description": "Highest hourly rate in USD."},
    )


class ProviderPageSchema(PageSchema):
    """A page of catalog providers, by id."""

    items = fields.List(fields.Nested(ApiProviderSchema), required=True)


class LabelsSchema(Schema):
    """Every label the model can give, per head."""

    office = fields.List(fields.String(), required=True)
    process = fields.List(fields.String(), required=True)
    function = fields.List(fields.String(), required=True)
    location = fields.List(fields.String(), required=True)


class ModelInfoSchema(Schema):
    """The loaded model: its version, how it scored, and the labels it knows."""

    model_version = fields.String(required=True)
    review_threshold = fields.Float(
        required=True,
        allow_none=True,
        metadata={
            "description": "Below this confidence on office, a task needs review; "
            "review_thresholds has each head's own."
        },
    )
    review_thresholds = fields.Dict(
        keys=fields.String(),
        values=fields.Float(),
        required=True,
        metadata={
            "description": "Per head (and own_offering), the confidence below which a task "
            "needs review; long_tail is the process confidence a long-tail answer needs."
        },
    )
    metrics = fields.Dict(
        required=True, metadata={"description": "Scores per dataset and head, from the metadata."}
    )
    metadata = fields.Dict(
        required=True,
        metadata={"description": "The rest of the metadata: library versions, data hash, ..."},
    )
    labels = fields.Nested(LabelsSchema, required=True)


def _changes_only(schema_cls: type[Schema], name: str, doc: str) -> type[Schema]:
    """The schema with no defaults: a field left out is one the caller does not change."""
    overrides = {}
    for field_name, field in schema_cls._declared_fields.items():
        field = copy.copy(field)
        field.load_default = missing
        overrides[field_name] = field
    return type(name, (schema_cls,), {**overrides, "__doc__": doc, "__module__": __name__})


CompanyChangesSchema = _changes_only(
    json_strict(CompanySchema),
    "CompanyChangesSchema",
    "Company settings to change in a copy; every field left out keeps the original's value.",
)


class CopyRequestSchema(StrictSchema):
    """Body of POST /analyses/<id>/copy."""

    company = fields.Nested(
        CompanyChangesSchema,
        load_default=dict,
        metadata={
            "description": "Only the settings that differ from the original, e.g. "
            "vendor_management_cost, max_providers, preferred_regions, default_hourly_cost."
        },
    )


class PlanProviderSchema(Schema):
    """A provider one plan uses and what it takes on."""

    provider_id = fields.String(required=True)
    provider_name = fields.String(required=True)
    task_count = fields.Integer(required=True)
    hours_per_month = fields.Float(required=True)
    monthly_cost = fields.Float(required=True)


class PlanSchema(Schema):
    """One side of a comparison: the analysis, its settings, totals and providers."""

    id = fields.String(required=True)
    created_at = UtcTimestamp(required=True)
    company = fields.Nested(CompanyResultSchema, required=True)
    totals = fields.Nested(TotalsSchema, required=True)
    providers = fields.List(fields.Nested(PlanProviderSchema), required=True)


class TotalsDifferenceSchema(Schema):
    """Second plan minus first plan, per total."""

    current_monthly_cost = fields.Float(required=True)
    proposed_monthly_cost = fields.Float(required=True)
    monthly_savings = fields.Float(required=True)
    annual_savings = fields.Float(required=True)
    management_cost = fields.Float(required=True)
    providers_used = fields.Integer(required=True)


class CompanyChangeSchema(Schema):
    """A company setting that differs between the two plans."""

    field = fields.String(required=True)
    first = fields.Raw(required=True, allow_none=True)
    second = fields.Raw(required=True, allow_none=True)


class TaskSideSchema(Schema):
    """What one plan does with a task."""

    decision = fields.String(required=True, validate=validate.OneOf(DECISIONS))
    provider_id = fields.String(required=True, allow_none=True)
    provider_name = fields.String(required=True, allow_none=True)
    proposed_monthly_cost = fields.Float(required=True)


class DifferingTaskSchema(Schema):
    """A task the two plans treat differently."""

    index = fields.Integer(required=True)
    name = fields.String(required=True)
    changes = fields.List(
        fields.String(validate=validate.OneOf(("decision", "provider"))), required=True
    )
    first = fields.Nested(TaskSideSchema, required=True, allow_none=True)
    second = fields.Nested(TaskSideSchema, required=True, allow_none=True)


class ComparisonSchema(Schema):
    """Two plans side by side: totals, providers, and the tasks whose decision differs."""

    first = fields.Nested(PlanSchema, required=True)
    second = fields.Nested(PlanSchema, required=True)
    totals_difference = fields.Nested(TotalsDifferenceSchema, required=True)
    company_changes = fields.List(fields.Nested(CompanyChangeSchema), required=True)
    providers_only_in_first = fields.List(fields.String(), required=True)
    providers_only_in_second = fields.List(fields.String(), required=True)
    providers_in_both = fields.List(fields.String(), required=True)
    same_tasks = fields.Boolean(
        required=True,
        metadata={"description": "Both plans list the same tasks in the same order."},
    )
    differing_tasks = fields.List(fields.Nested(DifferingTaskSchema), required=True)
