"""GET /providers (filters, pages) and GET /providers/<id> for all; POST/PUT/DELETE for admins."""

import pytest
from api_helpers import assert_problem, bearer

URL = "/api/v1/providers"

NEW_PROVIDER = {
    "id": "harbour-desk",
    "name": "Harbour Desk",
    "country": "PH",
    "delivery_regions": ["asia_pacific"],
    "services": {"customer_service": 10.5, "admin": 8},
    "languages": ["en", "tl"],
    "certifications": ["ISO27001"],
    "capacity_hours_per_month": 4000,
}


def ids(response):
    return [item["id"] for item in response.get_json()["items"]]


def test_lists_the_catalog_by_id_in_pages(client, catalog):
    response = client.get(f"{URL}?per_page=10")
    body = response.get_json()
    assert response.status_code == 200
    assert body["total"] == len(catalog) and body["pages"] == -(-len(catalog) // 10)
    assert ids(response) == sorted(p.id for p in catalog)[:10]
    assert set(body["items"][0]) >= {"id", "name", "country", "services", "certifications"}
    assert 'rel="next"' in response.headers["Link"]


@pytest.mark.parametrize(
    "query,check",
    [
        ("service=payroll", lambda p: "payroll" in p["services"]),
        ("country=ph", lambda p: p["country"] == "PH"),
        ("certification=HIPAA", lambda p: "HIPAA" in p["certifications"]),
        ("max_rate=9", lambda p: min(p["services"].values()) <= 9),
        (
            "service=customer_service&max_rate=12&certification=ISO27001",
            lambda p: p["services"]["customer_service"] <= 12 and "ISO27001" in p["certifications"],
        ),
    ],
)
def test_filters_keep_only_matching_providers(client, catalog, query, check):
    body = client.get(f"{URL}?{query}&per_page=100").get_json()
    assert body["items"], query
    assert all(check(item) for item in body["items"])
    assert body["total"] == len(body["items"]) < len(catalog)


def test_filters_are_kept_in_page_links(client):
    links = client.get(f"{URL}?service=customer_service&per_page=2").get_json()["links"]
    assert "service=customer_service" in links["next"] and "per_page=2" in links["next"]


@pytest.mark.parametrize(
    "query,field",
    [
        ("service=baking", "service"),
        ("certification=ISO9001", "certification"),
        ("country=PHL", "country"),
        ("max_rate=-1", "max_rate"),
        ("max_rate=cheap", "max_rate"),
        ("per_page=1000", "per_page"),
    ],
)
def test_bad_filters_are_422(client, query, field):
    assert field in assert_problem(client.get(f"{URL}?{query}"), 422)["errors"]


def test_get_one_provider(client):
    response = client.get(f"{URL}/tarsier-ledger")
    assert response.status_code == 200
    assert response.get_json()["services"]["payroll"] == 13.0


def test_unknown_provider_is_404(client):
    assert_problem(client.get(f"{URL}/nobody"), 404)


class TestAdminEdits:
    """Writes need an admin key once keys exist."""

    def test_create_then_conflict(self, client, admin_key):
        response = client.post(URL, json=NEW_PROVIDER, headers=bearer(admin_key))
        assert response.status_code == 201
        assert response.headers["Location"] == f"{URL}/harbour-desk"
        assert response.get_json()["services"] == {"customer_service": 10.5, "admin": 8.0}
        again = client.post(URL, json=NEW_PROVIDER, headers=bearer(admin_key))
        assert_problem(again, 409)
        assert client.get(f"{URL}/harbour-desk", headers=bearer(admin_key)).status_code == 200

    def test_put_creates_then_replaces(self, client, admin_key):
        url = f"{URL}/harbour-desk"
        assert client.put(url, json=NEW_PROVIDER, headers=bearer(admin_key)).status_code == 201
        changed = {**NEW_PROVIDER, "name": "Harbour Desk Inc."}
        response = client.put(url, json=changed, headers=bearer(admin_key))
        assert response.status_code == 200
        assert client.get(url, headers=bearer(admin_key)).get_json()["name"] == "Harbour Desk Inc."

    def test_put_with_another_id_is_422(self, client, admin_key):
        response = client.put(f"{URL}/other-id", json=NEW_PROVIDER, headers=bearer(admin_key))
        assert "id" in assert_problem(response, 422)["errors"]

    def test_delete(self, client, admin_key):
        client.post(URL, json=NEW_PROVIDER, headers=bearer(admin_key))
        response = client.delete(f"{URL}/harbour-desk", headers=bearer(admin_key))
        assert response.status_code == 204
        assert_problem(client.delete(f"{URL}/harbour-desk", headers=bearer(admin_key)), 404)

    @pytest.mark.parametrize(
        "change,field",
        [
            ({"id": "Not A Slug"}, "id"),
            ({"country": "XX"}, "country"),
            ({"services": {}}, "services"),
            ({"services": {"baking": 3}}, "services.baking.key"),
            ({"certifications": ["ISO9001"]}, "certifications.0"),
            ({"rating": 7}, "rating"),
            ({"unknown": True}, "unknown"),
        ],
    )
    def test_invalid_provider_is_422(self, client, admin_key, change, field):
        response = client.post(URL, json={**NEW_PROVIDER, **change}, headers=bearer(admin_key))
        assert field in assert_problem(response, 422)["errors"]

    def test_a_normal_key_reads_but_cannot_write(self, client, user_key):
        assert client.get(URL, headers=bearer(user_key)).status_code == 200
        assert_problem(client.post(URL, json=NEW_PROVIDER, headers=bearer(user_key)), 403)

    def test_no_key_is_401_not_403(self, client, admin_key):
        assert_problem(client.post(URL, json=NEW_PROVIDER), 401)


def test_open_api_allows_catalog_edits(client):
    assert client.post(URL, json=NEW_PROVIDER).status_code == 201


def test_analysis_uses_a_provider_added_through_the_api(client):
    provider = {**NEW_PROVIDER, "services": {"finance_accounting": 5}}
    client.post(URL, json=provider)
    task = {
        "name": "Do the books",
        "hours_per_month": 40,
        "office": "back",
        "process": "support",
        "function": "finance_accounting",
    }
    body = client.post("/api/v1/analyses", json={"tasks": [task]}).get_json()
    assert body["providers_source"] == "catalog"
    # At 5 USD an hour the new provider undercuts every sample provider for this work.
    assert {b["provider_id"] for b in body["bundles"]} <= {"harbour-desk"}


def test_put_refuses_an_id_the_catalog_would_not_accept(client):
    response = client.put(f"{URL}/0", json={k: v for k, v in NEW_PROVIDER.items() if k != "id"})
    assert "provider_id" in assert_problem(response, 422)["errors"]


def test_put_takes_the_id_from_the_url(client):
    body = {k: v for k, v in NEW_PROVIDER.items() if k != "id"}
    response = client.put(f"{URL}/harbour-desk", json=body)
    assert response.status_code == 201 and response.get_json()["id"] == "harbour-desk"


@pytest.mark.parametrize(
    "change",
    [{"capacity_hours_per_month": "4000"}, {"rating": True}, {"services": {"admin": "8"}}],
)
def test_numbers_must_be_json_numbers(client, change):
    response = client.post(URL, json={**NEW_PROVIDER, **change})
    assert_problem(response, 422)


ON_SITE_PROVIDER = {
    **NEW_PROVIDER,
    "id": "harbour-cleaners",
    "name": "Harbour Cleaners",
    "country": "US",
    "services": {"admin": 32},
    "work_modes": ["on_site"],
    "on_site_countries": ["US", "CA"],
}


def test_providers_say_how_and_where_they_work(client):
    on_site = client.get(f"{URL}/lakeshore-janitorial-works").get_json()
    assert (on_site["work_modes"], on_site["on_site_countries"]) == (["on_site"], ["US"])
    remote = client.get(f"{URL}/tarsier-ledger").get_json()
    assert (remote["work_modes"], remote["on_site_countries"]) == (["remote"], [])


def test_an_on_site_provider_round_trips(client):
    response = client.post(URL, json=ON_SITE_PROVIDER)
    assert response.status_code == 201
    stored = client.get(f"{URL}/harbour-cleaners").get_json()
    assert stored["work_modes"] == ["on_site"] and stored["on_site_countries"] == ["US", "CA"]


def test_a_provider_without_work_modes_is_remote_only(client):
    assert client.post(URL, json=NEW_PROVIDER).get_json()["work_modes"] == ["remote"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"on_site_countries": []}, "on_site_countries"),
        ({"work_modes": ["remote", "on_site"], "on_site_countries": []}, "on_site_countries"),
        ({"work_modes": ["remote"]}, "on_site_countries"),
        ({"work_modes": []}, "work_modes"),
        ({"work_modes": ["hybrid"]}, "work_modes.0"),
        ({"on_site_countries": ["XX"]}, "on_site_countries.0"),
    ],
)
@pytest.mark.parametrize("method", ["post", "put"])
def test_work_modes_and_on_site_countries_must_agree(client, change, field, method):
    body = {**ON_SITE_PROVIDER, **change}
    send = getattr(client, method)
    response = send(URL if method == "post" else f"{URL}/harbour-cleaners", json=body)
    assert field in assert_problem(response, 422)["errors"]


def test_the_openapi_document_states_the_work_mode_rule(client):
    """So a client (and the schemathesis fuzz test) can build bodies the API accepts."""
    schemas = client.get("/api/v1/openapi.json").get_json()["components"]["schemas"]
    for name in ("Provider", "ProviderUpdate"):
        branches = schemas[name]["anyOf"]
        on_site, remote = branches
        assert on_site["required"] == ["work_modes", "on_site_countries"]
        assert on_site["properties"]["work_modes"] == {"contains": {"const": "on_site"}}
        assert remote["properties"]["on_site_countries"] == {"maxItems": 0}
