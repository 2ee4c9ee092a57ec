"""JSON answers written by orjson read back as the json module would have written them."""

import dataclasses
import datetime
import json
import uuid

from flask.json.provider import DefaultJSONProvider
from markupsafe import Markup


@dataclasses.dataclass
class Bundle:
    provider: str
    saving: float


SAMPLE = {
    "name": "Café orders 📦 and \u2028 line separators",
    "when": datetime.datetime(2026, 12, 3, 17, 5, tzinfo=datetime.UTC),
    "day": datetime.date(2026, 12, 3),
    "id": uuid.UUID("12345678-1234-5678-1234-567812345678"),
    "bundle": Bundle("Acme BPO", 0.125),
    "note": Markup("<b>kept</b>"),
    "small": 1e-05,
    "by_index": {3: "three"},
}


def test_answers_carry_the_same_values_as_flasks_own_provider(app):
    with app.app_context():
        written = app.json.dumps(SAMPLE)
        expected = DefaultJSONProvider(app).dumps(SAMPLE)
    assert json.loads(written) == json.loads(expected)
    assert json.loads(written)["when"] == "Thu, 03 Dec 2026 17:05:00 GMT"
    assert "Café" in written  # orjson wrote it: the json module escapes it as \u00e9


def test_what_orjson_refuses_goes_to_the_json_module(app):
    with app.app_context():
        assert json.loads(app.json.dumps({"big": 2**70})) == {"big": 2**70}


def test_classify_answer_is_compact_utf8_json(client):
    response = client.post("/api/v1/classify", json={"tasks": ["Réconcilier la banque ✓"]})
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert "Réconcilier la banque ✓".encode() in response.data
    assert b", " not in response.data.split(b'"explanation"')[0]
    assert response.get_json()["results"][0]["name"] == "Réconcilier la banque ✓"


def test_indented_layout_still_comes_from_the_json_module(app):
    with app.app_context():
        assert app.json.dumps({"a": [1, 2]}, indent=2) == '{\n  "a": [\n    1,\n    2\n  ]\n}'
