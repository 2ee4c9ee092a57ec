"""marshmallow's nested messages flattened to field paths, as the API, form and catalog use."""

import pytest
from marshmallow import Schema, ValidationError, fields, validate

from bpo.schemas.messages import flatten_messages


class Line(Schema):
    hours = fields.Float(validate=validate.Range(min=0))


class Order(Schema):
    name = fields.String(required=True)
    lines = fields.List(fields.Nested(Line))
    rates = fields.Dict(keys=fields.String(validate=validate.OneOf(["a"])), values=fields.Float())


def messages_of(data: dict) -> dict:
    with pytest.raises(ValidationError) as caught:
        Order().load(data)
    return caught.value.messages


@pytest.mark.parametrize(
    ("data", "path"),
    [
        ({}, "name"),
        ({"name": "x", "lines": [{}, {"hours": -1}]}, "lines.1.hours"),
        ({"name": "x", "rates": {"b": 1}}, "rates.b.key"),
        ({"name": "x", "rates": {"a": "many"}}, "rates.a.value"),
    ],
)
def test_real_messages_are_keyed_by_their_field_path(data, path):
    flat = flatten_messages(messages_of(data))
    assert list(flat) == [path]
    assert all(isinstance(text, str) for text in flat[path])


@pytest.mark.parametrize(
    ("messages", "flat"),
    [
        (["Give at least one label."], {"_schema": ["Give at least one label."]}),
        ("Not an object.", {"_schema": ["Not an object."]}),
        (
            {"tasks": [{"name": ["Missing."]}, "Too many."]},
            {"tasks.name": ["Missing."], "tasks": ["Too many."]},
        ),
        ({"tasks": {3: {"hours": ["Too many."]}}}, {"tasks.3.hours": ["Too many."]}),
    ],
)
def test_every_shape_becomes_lists_of_text(messages, flat):
    assert flatten_messages(messages) == flat


def test_messages_about_the_whole_object_take_the_root_key():
    assert flatten_messages(["Expected an object."], root="_row") == {
        "_row": ["Expected an object."]
    }
    assert flatten_messages({"id": ["Taken."]}, prefix="providers.0") == {
        "providers.0.id": ["Taken."]
    }
