"""The parts schemas are built from: strict objects, trimmed strings, JSON-only fields.

Form and CSV input arrive as text and use the loose schemas; the JSON API parses with
`json_strict(...)` of the same schema, which is what its OpenAPI document describes.
"""

import copy
import functools

from marshmallow import RAISE, Schema, ValidationError, fields, pre_load, validate

NUL_MESSAGE = "Must not contain NUL characters (\\u0000)."
SURROGATE_MESSAGE = "Must be valid Unicode: it holds an unpaired surrogate (\\ud800-\\udfff)."


# What the OpenAPI document says of free text: no NUL (lone surrogates are not valid JSON text).
NO_NUL_PATTERN = r"^[^\u0000]*$"


def refuse_unsafe_text(value: str) -> None:
    """Refuse text no database column can hold: NUL characters and lone surrogates."""
    if "\x00" in value:
        raise ValidationError(NUL_MESSAGE)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(SURROGATE_MESSAGE) from None


class StrictSchema(Schema):
    """Unknown fields are an error, so typos never pass silently; text must be storable."""

    class Meta:
        unknown = RAISE

    @pre_load
    def refuse_unsafe_strings(self, data, **kwargs):
        """Name every top-level text field holding NUL or a lone surrogate (forms and CSV too)."""
        if not isinstance(data, dict):
            return data
        errors = {}
        for key, value in data.items():
            try:
                if isinstance(value, str):
                    refuse_unsafe_text(value)
            except ValidationError as exc:
                errors[key] = exc.messages
        if errors:
            raise ValidationError(errors)
        return data


def strip_strings(data: dict, names: tuple[str, ...]) -> dict:
    """Trim surrounding whitespace from the named string fields."""
    if not isinstance(data, dict):
        return data
    return {
        key: value.strip() if key in names and isinstance(value, str) else value
        for key, value in data.items()
    }


class StrictString(fields.String):
    """A JSON string only, and one a database can store (no NUL, no lone surrogate)."""

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        refuse_unsafe_text(text)
        return text


class StrictFloat(fields.Float):
    """A JSON number only: "12" or true is a type error, as the OpenAPI document says."""

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.make_error("invalid")
        return super()._deserialize(value, attr, data, **kwargs)


class StrictBoolean(fields.Boolean):
    """JSON true or false only: 0, 1 and "yes" are type errors."""

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, bool):
            raise self.make_error("invalid")
        return value


class StrictInteger(fields.Integer):
    """A JSON integer only (3 or 3.0, as JSON Schema counts them): "3" and true are type errors."""

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.make_error("invalid")
        if isinstance(value, float) and not value.is_integer():
            raise self.make_error("invalid")
        return super()._deserialize(value, attr, data, **kwargs)


_STRICT_TYPES = {
    fields.String: StrictString,
    fields.Float: StrictFloat,
    fields.Integer: StrictInteger,
    fields.Boolean: StrictBoolean,
}


def _strict_field(field: fields.Field) -> fields.Field:
    """A copy of the field taking JSON types only, containers and nested schemas included."""
    field = copy.copy(field)
    strict = _STRICT_TYPES.get(type(field))
    if strict is not None:
        # The strict classes only tighten _deserialize, so the copy keeps every setting.
        field.__class__ = strict
    if strict is StrictString and not any(
        isinstance(rule, validate.Regexp | validate.OneOf) for rule in field.validators
    ):
        # Free text: the document says what StrictString refuses (a pattern or enum already does).
        field.metadata = {"pattern": NO_NUL_PATTERN, **field.metadata}
    if isinstance(field, fields.List):
        field.inner = _strict_field(field.inner)
    elif isinstance(field, fields.Dict):
        if field.key_field is not None:
            field.key_field = _strict_field(field.key_field)
        if field.value_field is not None:
            field.value_field = _strict_field(field.value_field)
    elif isinstance(field, fields.Nested) and isinstance(field.nested, type):
        field.nested = json_strict(field.nested)
        field._schema = None  # drop a schema instance cached from the loose class
    elif isinstance(getattr(field, "schema_class", None), type):
        field.schema_class = json_strict(field.schema_class)  # e.g. requests.TaskOrText
    return field


@functools.cache
def json_strict(schema_cls: type[Schema]) -> type[Schema]:
    """The schema for JSON bodies: same name, fields and hooks, but "12" is not a number."""
    if getattr(schema_cls, "json_strict", False):
        return schema_cls
    overrides = {name: _strict_field(field) for name, field in schema_cls._declared_fields.items()}
    namespace = {**overrides, "json_strict": True, "__doc__": schema_cls.__doc__}
    namespace["__module__"] = schema_cls.__module__
    return type(schema_cls.__name__, (schema_cls,), namespace)
