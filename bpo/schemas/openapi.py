"""Constraints apispec leaves out of the OpenAPI document, and the vocabularies it names once."""

from marshmallow import fields, validate

from bpo.schemas.results import MANAGEMENT_RULE_SOURCES, PROVIDERS_SOURCES, SOLVER_STATUSES
from bpo.sourcing.iso_codes import COUNTRIES, LANGUAGES
from bpo.sourcing.vocabulary import CERTIFICATIONS, COVERAGES, DECISIONS, REGIONS, SENSITIVITIES
from classifier.labels import FUNCTIONS, HEADS, LOCATIONS, OFFICES, PROCESSES


def exact_constraints(self, field: fields.Field, ret: dict, **kwargs) -> dict:
    """Exclusive bounds, object sizes and allowed keys, as OpenAPI 3.1 (JSON Schema) spells them.

    Bound to apispec's field converter; `ret` holds what the built-in converters produced.
    """
    extra: dict = {}
    for validator in field.validators:
        if not isinstance(validator, validate.Range):
            continue
        # apispec writes a bound as inclusive even when the validator excludes it.
        if validator.min is not None and not validator.min_inclusive and "minimum" in ret:
            ret.pop("minimum")
            extra["exclusiveMinimum"] = validator.min
        if validator.max is not None and not validator.max_inclusive and "maximum" in ret:
            ret.pop("maximum")
            extra["exclusiveMaximum"] = validator.max
    if isinstance(field, fields.Dict):
        # A Length on a Dict counts keys: minProperties, not minLength.
        for length, size in (("minLength", "minProperties"), ("maxLength", "maxProperties")):
            if length in ret:
                extra[size] = ret.pop(length)
        key_choices = [
            v.choices
            for v in getattr(field.key_field, "validators", [])
            if isinstance(v, validate.OneOf)
        ]
        if key_choices:
            extra["propertyNames"] = {"enum": list(key_choices[0])}
    return extra


# Each vocabulary the API speaks, named once in the OpenAPI document, so generated clients get
# one enum class per vocabulary instead of one per field (and three per nullable field).
VOCABULARIES: dict[str, tuple[str, ...]] = {
    "Office": OFFICES,
    "Process": PROCESSES,
    "Function": FUNCTIONS,
    "Location": LOCATIONS,
    "Head": HEADS,
    "Decision": DECISIONS,
    "Sensitivity": SENSITIVITIES,
    "Certification": CERTIFICATIONS,
    "Region": REGIONS,
    "Coverage": COVERAGES,
    "Country": tuple(sorted(COUNTRIES)),
    "Language": tuple(sorted(LANGUAGES)),
    "Currency": ("USD",),
    "SolverStatus": SOLVER_STATUSES,
    "ManagementRuleSource": MANAGEMENT_RULE_SOURCES,
    "ProvidersSource": PROVIDERS_SOURCES,
}
_BY_CHOICES = {frozenset(values): name for name, values in VOCABULARIES.items()}


def vocabulary_ref(name: str) -> dict:
    """A reference to the named vocabulary's component."""
    return {"$ref": f"#/components/schemas/{name}"}


def named_vocabularies(self, field: fields.Field, ret: dict, **kwargs) -> dict:
    """Replace an inline enum by a reference to its vocabulary; a nullable one by ref-or-null.

    Bound to apispec's field converter after `exact_constraints`; enums of no known vocabulary
    stay inline.
    """
    if "enum" in ret:
        name = _BY_CHOICES.get(frozenset(v for v in ret["enum"] if v is not None))
        if name is not None:
            nullable = None in ret.pop("enum")
            ret.pop("type", None)
            if nullable:
                ret["anyOf"] = [vocabulary_ref(name), {"type": "null"}]
            else:
                ret.update(vocabulary_ref(name))
    names = ret.get("propertyNames", {}).get("enum")
    if names is not None and frozenset(names) in _BY_CHOICES:
        ret["propertyNames"] = vocabulary_ref(_BY_CHOICES[frozenset(names)])
    return {}
