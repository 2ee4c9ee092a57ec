"""Constraints apispec leaves out of the OpenAPI document, so it says what the validators check."""

from marshmallow import fields, validate


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
