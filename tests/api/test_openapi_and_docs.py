"""The OpenAPI document, the offline docs page, and the 405 Allow header."""

import re

import pytest
from api_helpers import assert_problem

SPEC_URL = "/api/v1/openapi.json"

OPERATIONS = {
    ("/api/v1/classify", "post"),
    ("/api/v1/analyses", "get"),
    ("/api/v1/analyses", "post"),
    ("/api/v1/analyses/{analysis_id}", "get"),
    ("/api/v1/analyses/{analysis_id}", "delete"),
    ("/api/v1/analyses/{analysis_id}/export.csv", "get"),
    ("/api/v1/analyses/{analysis_id}/copy", "post"),
    ("/api/v1/analyses/{analysis_id}/compare/{other_id}", "get"),
    ("/api/v1/analyses/{analysis_id}/feedback", "post"),
    ("/api/v1/providers", "get"),
    ("/api/v1/providers", "post"),
    ("/api/v1/providers/{provider_id}", "get"),
    ("/api/v1/providers/{provider_id}", "put"),
    ("/api/v1/providers/{provider_id}", "delete"),
    ("/api/v1/model", "get"),
}


@pytest.fixture
def spec(client):
    response = client.get(SPEC_URL)
    assert response.status_code == 200
    return response.get_json()


def test_spec_documents_every_operation(spec):
    documented = {
        (path, method)
        for path, item in spec["paths"].items()
        for method in item
        if method in {"get", "post", "put", "delete", "patch"}
    }
    assert documented == OPERATIONS
    assert spec["openapi"].startswith("3.1")


def test_spec_declares_bearer_keys(spec):
    assert spec["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    assert spec["security"] == [{"bearerAuth": []}]


def test_every_operation_documents_401_and_429_as_problems(spec):
    problem = spec["components"]["responses"]["UNAUTHORIZED"]["content"]
    assert "application/problem+json" in problem
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method == "parameters":
                continue
            assert {"401", "429"} <= set(operation["responses"]), (path, method)


def test_list_operations_document_paging(spec):
    listing = spec["paths"]["/api/v1/providers"]["get"]
    names = {p["name"] for p in listing["parameters"]}
    assert {"page", "per_page", "service", "country", "certification", "max_rate"} <= names
    assert "Link" in listing["responses"]["200"]["headers"]


def test_export_is_documented_as_csv(spec):
    operation = spec["paths"]["/api/v1/analyses/{analysis_id}/export.csv"]["get"]
    assert "text/csv" in operation["responses"]["200"]["content"]


def test_docs_page_loads_only_local_files(client):
    response = client.get("/api/docs")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert SPEC_URL in html
    assert not re.search(r"(src|href)=\"(https?:)?//", html)
    for asset in re.findall(r"(?:src|href)=\"(/api/docs/static/[^\"]+)\"", html):
        served = client.get(asset)
        assert served.status_code == 200
        assert "http://" not in served.get_data(as_text=True).replace("https://", "")


def test_docs_page_has_no_inline_script_or_style(client):
    html = client.get("/api/docs").get_data(as_text=True)
    assert "<script>" not in html and "<style" not in html and "style=" not in html
    assert "<script src=" in html


def test_405_names_the_allowed_methods(client):
    response = client.patch("/api/v1/analyses", json={})
    assert_problem(response, 405)
    assert set(response.headers["Allow"].replace(" ", "").split(",")) >= {"GET", "POST"}
