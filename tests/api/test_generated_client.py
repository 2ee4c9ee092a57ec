"""What consultants' generated clients see: named operations and vocabularies, typed fields.

The last test generates a client with openapi-python-client (requirements-dev.txt) and makes
one call of each kind with it, through an httpx transport straight into the app.
"""

import importlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from api_helpers import assert_problem

from bpo.schemas.openapi import VOCABULARIES

SPEC_URL = "/api/v1/openapi.json"
GENERATOR = Path(sys.executable).with_name("openapi-python-client")
OPERATIONS = {
    ("post", "/api/v1/classify"): "classify_tasks",
    ("get", "/api/v1/analyses"): "list_analyses",
    ("post", "/api/v1/analyses"): "create_analysis",
    ("get", "/api/v1/analyses/{analysis_id}"): "get_analysis",
    ("delete", "/api/v1/analyses/{analysis_id}"): "delete_analysis",
    ("get", "/api/v1/analyses/{analysis_id}/export.csv"): "export_analysis_csv",
    ("post", "/api/v1/analyses/{analysis_id}/copy"): "copy_analysis",
    ("get", "/api/v1/analyses/{analysis_id}/compare/{other_id}"): "compare_analyses",
    ("post", "/api/v1/analyses/{analysis_id}/feedback"): "send_feedback",
    ("get", "/api/v1/providers"): "list_providers",
    ("post", "/api/v1/providers"): "create_provider",
    ("get", "/api/v1/providers/{provider_id}"): "get_provider",
    ("put", "/api/v1/providers/{provider_id}"): "replace_provider",
    ("delete", "/api/v1/providers/{provider_id}"): "delete_provider",
    ("get", "/api/v1/model"): "get_model",
}


@pytest.fixture
def spec(client) -> dict:
    return client.get(SPEC_URL).get_json()


def _operations(spec: dict):
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in {"get", "post", "put", "delete", "patch"}:
                yield (method, path), operation


def _inline_enums(node, path=""):
    """Paths of every enum written out in place rather than referred to by name."""
    if isinstance(node, dict):
        if (
            "enum" in node
            and not path.startswith("/components/schemas/")
            or ("enum" in node and path.count("/") > 3)
        ):
            yield path, node["enum"]
        for key, value in node.items():
            yield from _inline_enums(value, f"{path}/{key}")
    elif isinstance(node, list):
        for position, value in enumerate(node):
            yield from _inline_enums(value, f"{path}/{position}")


def test_every_operation_has_a_readable_unique_operation_id(spec):
    named = {key: operation.get("operationId") for key, operation in _operations(spec)}
    assert named == OPERATIONS


def test_vocabularies_are_named_components_and_fields_refer_to_them(spec):
    schemas = spec["components"]["schemas"]
    for name, values in VOCABULARIES.items():
        assert schemas[name] == {"type": "string", "enum": list(values)}
    vocabularies = {frozenset(values) for values in VOCABULARIES.values()}
    inline = [
        path
        for path, values in _inline_enums(spec)
        if frozenset(v for v in values if v is not None) in vocabularies
    ]
    assert inline == []
    office = schemas["AnalysisTask"]["properties"]["office"]
    assert office["anyOf"] == [{"$ref": "#/components/schemas/Office"}, {"type": "null"}]
    assert schemas["TaskResult"]["properties"]["decision"] == {
        "$ref": "#/components/schemas/Decision"
    }
    certifications = schemas["AnalysisTask"]["properties"]["required_certifications"]
    assert certifications["items"] == {"$ref": "#/components/schemas/Certification"}


def test_feedback_corrections_are_typed_objects(spec):
    schemas = spec["components"]["schemas"]
    corrections = schemas["FeedbackRequest"]["properties"]["corrections"]
    assert corrections["items"] == {"$ref": "#/components/schemas/LabelCorrection"}
    # No anyOf at the top: generators would read a union of untyped objects.
    correction = schemas["LabelCorrection"]
    assert correction["type"] == "object" and "anyOf" not in correction
    assert correction["minProperties"] == 2 and correction["required"] == ["task_index"]


def test_timestamps_are_date_times(spec):
    schemas = spec["components"]["schemas"]
    for schema in ("Analysis", "AnalysisSummary"):
        for field in ("created_at", "updated_at"):
            assert schemas[schema]["properties"][field] == {"type": "string", "format": "date-time"}


def test_400_405_and_the_201_location_header_are_documented(spec):
    for (method, _), operation in _operations(spec):
        responses = operation["responses"]
        assert "405" in responses
        if method in {"post", "put"}:
            assert "400" in responses
        if "201" in responses:
            assert "Location" in responses["201"]["headers"]


def test_query_parameter_errors_say_query_parameters(client):
    body = assert_problem(client.get("/api/v1/analyses?pages=2"), 422)
    assert "query" in body["detail"].lower()
    assert "body" not in body["detail"].lower()
    assert set(body["errors"]) == {"pages"}


def _generate(spec: dict, directory: Path) -> Path:
    """Generate the client package into directory; skip the test where that cannot be done."""
    if not GENERATOR.exists():
        pytest.skip(f"{GENERATOR} not found: install requirements-dev.txt")
    spec_file = directory / "openapi.json"
    spec_file.write_text(json.dumps(spec))
    done = subprocess.run(
        [
            str(GENERATOR),
            "generate",
            "--path",
            str(spec_file),
            "--meta",
            "none",
            "--output-path",
            str(directory / "bpo_client"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    # Without ruff on PATH it only warns that it could not format the code.
    if done.returncode != 0 or not (directory / "bpo_client" / "client.py").exists():
        pytest.skip(f"openapi-python-client could not generate here:\n{done.stdout}{done.stderr}")
    return directory / "bpo_client"


@pytest.fixture
def generated(spec, tmp_path, monkeypatch):
    """The generated client package, importable for this test only."""
    package = _generate(spec, tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    yield package
    for name in [n for n in sys.modules if n == "bpo_client" or n.startswith("bpo_client.")]:
        del sys.modules[name]


def test_generated_client_is_named_typed_and_makes_every_kind_of_call(app, generated):
    httpx = pytest.importorskip("httpx")
    enums = [
        path.stem
        for path in (generated / "models").glob("*.py")
        if "(str, Enum)" in path.read_text()
    ]
    # One class per vocabulary, plus the comparison's own small set of change kinds.
    assert len(enums) <= len(VOCABULARIES) + 1, sorted(enums)
    feedback_model = (generated / "models" / "feedback_request.py").read_text()
    assert "corrections: list[LabelCorrection]" in feedback_model
    shutil.rmtree(generated / "__pycache__", ignore_errors=True)

    def api(module: str):
        return importlib.import_module(f"bpo_client.api.{module}")

    models = importlib.import_module("bpo_client.models")
    client = importlib.import_module("bpo_client").Client(
        base_url="http://localhost",
        httpx_args={"transport": httpx.WSGITransport(app=app)},
        raise_on_unexpected_status=True,
    )

    classified = api("classify.classify_tasks").sync(
        client=client, body=models.ClassifyRequest.from_dict({"tasks": ["Run payroll"]})
    )
    assert classified.results[0].function.label in models.Function

    request = models.AnalysisRequest.from_dict(
        {
            "company": {"name": "Crumb & Co", "max_providers": 2},
            "tasks": [
                {"name": "Do the books", "hours_per_month": 30},
                {"name": "Answer customer emails", "hours_per_month": 60, "office": "front"},
            ],
        }
    )
    created = api("analyses.create_analysis").sync_detailed(client=client, body=request)
    assert created.status_code == 201
    analysis = created.parsed
    assert created.headers["Location"].endswith(analysis.id)
    assert analysis.created_at.utcoffset() is not None
    assert analysis.tasks[0].decision in models.Decision

    listed = api("analyses.list_analyses").sync(client=client, per_page=5)
    assert [item.id for item in listed.items] == [analysis.id]
    assert api("analyses.get_analysis").sync(analysis.id, client=client).id == analysis.id

    corrected = api("feedback.send_feedback").sync(
        analysis.id,
        client=client,
        body=models.FeedbackRequest(
            corrections=[models.LabelCorrection(task_index=0, function=models.Function.PAYROLL)]
        ),
    )
    assert corrected.tasks[0].function.label == models.Function.PAYROLL

    copied = api("comparison.copy_analysis").sync(
        analysis.id,
        client=client,
        body=models.CopyRequest.from_dict({"company": {"max_providers": 1}}),
    )
    comparison = api("comparison.compare_analyses").sync(analysis.id, copied.id, client=client)
    assert comparison.second.id == copied.id

    exported = api("analyses.export_analysis_csv").sync_detailed(analysis.id, client=client)
    assert exported.status_code == 200 and b"Do the books" in exported.content

    # The provider's work-modes rule (an anyOf) makes Provider a union in generated code;
    # the fields travel in to_dict() either way.
    providers = api("providers.list_providers").sync(client=client, per_page=3)
    first = providers.items[0].to_dict()
    fetched = api("providers.get_provider").sync(first["id"], client=client)
    assert fetched.to_dict() == first
    example = {**first, "id": "example-generated-client", "name": "Example (delete me)"}
    added = api("providers.create_provider").sync_detailed(
        client=client, body=type(providers.items[0]).from_dict(example)
    )
    assert added.status_code == 201
    assert added.headers["Location"].endswith("/example-generated-client")
    replaced = api("providers.replace_provider").sync_detailed(
        "example-generated-client",
        client=client,
        body=models.ProviderUpdateType0.from_dict({**example, "rating": 4.0}),
    )
    assert replaced.status_code == 200
    gone = api("providers.delete_provider").sync_detailed("example-generated-client", client=client)
    assert gone.status_code == 204

    assert api("model.get_model").sync(client=client).model_version
    deleted = api("analyses.delete_analysis").sync_detailed(copied.id, client=client)
    assert deleted.status_code == 204
