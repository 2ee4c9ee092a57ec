"""What people and API callers send: tasks, company settings, classify and analysis requests.

The loose schemas here read form and CSV text; the API parses the `json_strict` variants.
"""

from marshmallow import Schema, ValidationError, fields, pre_load, validate, validates_schema

from bpo.schemas.fields import StrictSchema, strip_strings
from bpo.schemas.providers import ApiProviderSchema
from bpo.sourcing.iso_codes import COUNTRIES, LANGUAGES
from bpo.sourcing.vocabulary import CERTIFICATIONS, REGIONS, SENSITIVITIES
from classifier import FUNCTIONS, LOCATIONS, OFFICES, PROCESSES

MAX_NAME_LENGTH = 500
MAX_DESCRIPTION_LENGTH = 5000
MAX_SECTION_LENGTH = 200
MAX_CLASSIFY_TASKS = 1000
MAX_ANALYSIS_TASKS = 5000
# One analysis's own provider shortlist, and tasks × providers: what bounds the matching and the
# bundle problem, so an analysis at these limits answers inside its time budget.
MAX_ANALYSIS_PROVIDERS = 250
MAX_TASK_PROVIDER_PAIRS = 250_000
MIN_TRANSACTIONS = 0.01
MAX_PROFILE_LENGTH = 300
# Names are trimmed before the length check, so a name needs one non-space character;
# no NUL anywhere (see bpo.schemas.fields.refuse_unsafe_text).
NON_BLANK = r"^[^\u0000]*[^\s\u0000][^\u0000]*$"
TASK_AS_STRING = {
    "type": "string",
    "minLength": 1,
    "maxLength": MAX_NAME_LENGTH,
    "pattern": NON_BLANK,
}


class TaskTextSchema(StrictSchema):
    """A task as a name, an optional longer description and the heading it is listed under."""

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
    section = fields.String(
        load_default=None,
        allow_none=True,
        validate=validate.Length(max=MAX_SECTION_LENGTH),
        metadata={
            "description": "The heading the task is listed under (e.g. 'Month-end close'); "
            "read with the task, since a checklist step often takes its service line from it."
        },
    )

    @pre_load
    def strip(self, data, **kwargs):
        """Names count after trimming, so '   ' is empty."""
        return strip_strings(data, ("name", "description", "section"))


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
        schema = getattr(self, "_schema_instance", None)
        if schema is None:
            # One instance per field: building a schema per task cost more than loading it.
            schema = self._schema_instance = self.schema_class()
        return schema.load(value)


def _country_code(value: str) -> None:
    if value not in COUNTRIES:
        raise ValidationError(
            f"{value!r} is not an ISO 3166 alpha-2 country code (e.g. 'US', 'GB', 'DE')."
        )


class CompanyProfileSchema(StrictSchema):
    """What the company sells and where it works: how the model reads its task lines."""

    country = fields.String(
        load_default=None,
        allow_none=True,
        validate=_country_code,
        metadata={
            "description": "ISO 3166 alpha-2 code of where the work is done, e.g. 'DE'. On-site "
            "tasks go only to providers that work on site there.",
            "example": "US",
        },
    )
    industry = fields.String(
        load_default="",
        validate=validate.Length(max=MAX_PROFILE_LENGTH),
        metadata={
            "description": "Kind of business, e.g. 'dental practice'.",
            "example": "dental practice",
        },
    )
    offering = fields.String(
        load_default="",
        validate=validate.Length(max=MAX_PROFILE_LENGTH),
        metadata={
            "description": "One line on what customers pay for, e.g. 'checkups, cleanings and "
            "fillings for families'. Tasks that make or deliver it are the company's own work.",
            "example": "checkups, cleanings and fillings for families",
        },
    )

    @pre_load
    def strip(self, data, **kwargs):
        """Trim the text fields; a country code is read in upper case, empty means none."""
        data = strip_strings(data, ("country", "industry", "offering"))
        if isinstance(data, dict) and isinstance(data.get("country"), str):
            data = {**data, "country": data["country"].upper() or None}
        return data


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
    company = fields.Nested(
        CompanyProfileSchema,
        load_default=None,
        allow_none=True,
        metadata={
            "description": "With an industry or offering, each task is read in its light and "
            "answers own_offering."
        },
    )


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


class CompanySchema(CompanyProfileSchema):
    """Who is asking, what the company sells, where it works, and its cost settings."""

    name = fields.String(load_default="", validate=validate.Length(max=200))
    default_hourly_cost = fields.Float(
        load_default=35.0, validate=validate.Range(min=0, min_inclusive=False, max=10_000)
    )
    currency = fields.String(load_default="USD", validate=_usd_only, metadata={"enum": ["USD"]})
    vendor_management_cost = fields.Float(
        load_default=None,
        allow_none=True,
        validate=validate.Range(min=0, max=1_000_000),
        metadata={
            "description": "Flat monthly cost of managing one provider. Leave it out for the "
            "default, which grows with the work handed over (a share of each provider's charge "
            "plus a small fixed part; see totals.management_rule)."
        },
    )
    max_providers = fields.Integer(
        load_default=None, allow_none=True, validate=validate.Range(min=1, max=1000)
    )
    preferred_regions = fields.List(
        fields.String(validate=validate.OneOf(REGIONS)), load_default=list
    )

    @pre_load
    def strip(self, data, **kwargs):
        """Trim the company name and the profile fields."""
        return super().strip(strip_strings(data, ("name", "currency")), **kwargs)


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
    location = fields.String(load_default=None, allow_none=True, validate=validate.OneOf(LOCATIONS))


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
        validate=validate.Length(
            min=1,
            max=MAX_ANALYSIS_PROVIDERS,
            error=f"Send 1 to {MAX_ANALYSIS_PROVIDERS} providers (the limit per analysis).",
        ),
        metadata={
            "description": "Your own provider shortlist instead of the stored catalog; ids unique. "
            f"At most {MAX_ANALYSIS_PROVIDERS} providers, and tasks × providers at most "
            f"{MAX_TASK_PROVIDER_PAIRS:,} (e.g. 1,000 tasks with 250 providers, or 5,000 with 50)."
        },
    )

    @validates_schema
    def bounded_matching(self, data, **kwargs):
        """Every task is matched against every provider: bound the product, name the limit."""
        providers = data.get("providers") or ()
        pairs = len(data.get("tasks") or ()) * len(providers)
        if pairs > MAX_TASK_PROVIDER_PAIRS:
            raise ValidationError(
                f"tasks × providers may be at most {MAX_TASK_PROVIDER_PAIRS:,} per analysis; "
                f"{len(data['tasks']):,} tasks × {len(providers):,} providers is {pairs:,}. "
                "Send fewer tasks or fewer providers (or use the stored catalog).",
                "providers",
            )

    @validates_schema
    def unique_provider_ids(self, data, **kwargs):
        """Bundles are keyed by provider id, so two providers may not share one."""
        seen: set[str] = set()
        for provider in data.get("providers") or ():
            if provider.id in seen:
                raise ValidationError(f"Provider id {provider.id!r} appears twice.", "providers")
            seen.add(provider.id)
