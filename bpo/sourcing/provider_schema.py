"""The catalog entry schema: validates one provider record and loads it as a `Provider`."""

from collections.abc import Iterable

from marshmallow import Schema, ValidationError, fields, post_load, validate, validates_schema

from bpo.sourcing.domain import Provider
from bpo.sourcing.iso_codes import COUNTRIES, LANGUAGES
from bpo.sourcing.vocabulary import CERTIFICATIONS, COVERAGES, FUNCTIONS, REGIONS, WORK_MODES

SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
# Fields holding lists of codes; repeats are dropped on load.
LIST_FIELDS = (
    "delivery_regions",
    "languages",
    "certifications",
    "work_modes",
    "on_site_countries",
)


def _one_of(choices: Iterable[str], what: str) -> validate.OneOf:
    return validate.OneOf(sorted(choices), error=f"{{input!r}} is not a known {what}.")


class ProviderSchema(Schema):
    """Validates one catalog entry and loads it as a `Provider`."""

    id = fields.String(
        required=True,
        validate=[
            validate.Length(min=2, max=64),
            validate.Regexp(SLUG, error="Use lowercase letters, digits and single hyphens."),
        ],
    )
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    country = fields.String(
        required=True, validate=_one_of(COUNTRIES, "ISO 3166-1 alpha-2 country code (e.g. PH)")
    )
    delivery_regions = fields.List(
        fields.String(validate=_one_of(REGIONS, "delivery region")), load_default=()
    )
    services = fields.Dict(
        keys=fields.String(validate=_one_of(FUNCTIONS, "function")),
        values=fields.Float(validate=validate.Range(min=0, min_inclusive=False)),
        required=True,
        validate=validate.Length(min=1, error="Offer at least one service."),
    )
    languages = fields.List(
        fields.String(validate=_one_of(LANGUAGES, "ISO 639-1 language code (e.g. en)")),
        required=True,
        validate=validate.Length(min=1, error="List at least one language."),
    )
    certifications = fields.List(
        fields.String(validate=_one_of(CERTIFICATIONS, "certification")), load_default=()
    )
    capacity_hours_per_month = fields.Float(
        required=True, validate=validate.Range(min=0, min_inclusive=False)
    )
    min_monthly_spend = fields.Float(load_default=0.0, validate=validate.Range(min=0))
    coverage = fields.String(load_default="business_hours", validate=_one_of(COVERAGES, "coverage"))
    rating = fields.Float(load_default=0.0, validate=validate.Range(min=0, max=5))
    description = fields.String(load_default="", validate=validate.Length(max=2000))
    work_modes = fields.List(
        fields.String(validate=_one_of(WORK_MODES, "work mode (remote or on_site)")),
        load_default=("remote",),
        validate=validate.Length(min=1, error="List at least one work mode."),
    )
    on_site_countries = fields.List(
        fields.String(validate=_one_of(COUNTRIES, "ISO 3166-1 alpha-2 country code (e.g. DE)")),
        load_default=(),
    )

    @validates_schema
    def on_site_needs_countries(self, data: dict, **kwargs) -> None:
        """On-site work needs the countries it is offered in, and only on-site work has them."""
        on_site = "on_site" in data.get("work_modes", ())
        countries = data.get("on_site_countries", ())
        if on_site and not countries:
            message = "List the countries it sends people to: its work modes include on_site."
            raise ValidationError(message, "on_site_countries")
        if countries and not on_site:
            message = "Only a provider with on_site in its work modes lists on-site countries."
            raise ValidationError(message, "on_site_countries")

    @post_load
    def make_provider(self, data: dict, **kwargs) -> Provider:
        """Build the domain object; repeated list entries are dropped, order kept."""
        for name in LIST_FIELDS:
            data[name] = tuple(dict.fromkeys(data[name]))
        return Provider(**data)
