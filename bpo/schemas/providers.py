"""A provider as the API reads and writes it: the catalog's schema, for JSON, with caps.

Every provider field is declared once, in the sourcing domain's `ProviderSchema`; this module
only makes it JSON-strict and bounds the numbers, so no cost sum can overflow to infinity.
"""

import copy

from marshmallow import fields, validate

from bpo.schemas.fields import json_strict
from bpo.sourcing import ProviderSchema

# Caps on catalog numbers sent over the API.
MAX_RATE = 100_000
MAX_CAPACITY_HOURS = 10_000_000
MAX_MONTHLY_SPEND = 1_000_000_000


def _at_most(field: fields.Field, most: float) -> fields.Field:
    """A copy of the catalog field with an upper bound added (to a Dict's values for a Dict)."""
    field = copy.copy(field)
    if isinstance(field, fields.Dict):
        field.value_field = _at_most(field.value_field, most)
    else:
        field.validators = [*field.validators, validate.Range(max=most)]
    return field


_CATALOG = json_strict(ProviderSchema)._declared_fields

# The catalog's cross-field check, said in the OpenAPI document so clients (and the fuzzer) can
# see it: `on_site` is in work_modes exactly when on_site_countries lists a country. Written
# without `not`/`if`, so generators build valid bodies directly; no work_modes means remote.
WORK_MODES_RULE = {
    "anyOf": [
        {
            "required": ["work_modes", "on_site_countries"],
            "properties": {
                "work_modes": {"contains": {"const": "on_site"}},
                "on_site_countries": {"minItems": 1},
            },
        },
        {
            "properties": {
                "work_modes": {"items": {"const": "remote"}},
                "on_site_countries": {"maxItems": 0},
            },
        },
    ],
    "description": "A provider works remotely from its own sites, on site at the customer's "
    "premises, or both. on_site_countries (ISO 3166-1 alpha-2) lists where it sends people: "
    "required and non-empty exactly when work_modes includes on_site.",
}


class ApiProviderSchema(json_strict(ProviderSchema)):
    """The catalog's provider schema for JSON bodies: JSON numbers, bounded so sums stay finite."""

    services = _at_most(_CATALOG["services"], MAX_RATE)
    capacity_hours_per_month = _at_most(_CATALOG["capacity_hours_per_month"], MAX_CAPACITY_HOURS)
    min_monthly_spend = _at_most(_CATALOG["min_monthly_spend"], MAX_MONTHLY_SPEND)


class ProviderUpdateSchema(ApiProviderSchema):
    """Body of PUT /providers/<id>: the id comes from the URL."""

    id = fields.String(
        load_default=None,
        allow_none=True,
        metadata={"readOnly": True, "description": "Taken from the URL; if sent, must match it."},
    )
