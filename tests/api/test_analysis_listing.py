"""GET /analyses (paged, newest first), DELETE, export.csv, and scoping by key."""

import csv
import io

import pytest
from api_helpers import SMALL_REQUEST, assert_problem, bearer

URL = "/api/v1/analyses"


def create(client, headers=None, name="Crumb & Co Bakery"):
    payload = {**SMALL_REQUEST, "company": {"name": name}}
    response = client.post(URL, json=payload, headers=headers or {})
    assert response.status_code == 201, response.get_data(as_text=True)
    return response.get_json()


@pytest.fixture
def five(client):
    """Five analyses on the open API, oldest first."""
    return [create(client, name=f"Company {n}") for n in range(5)]


def test_lists_newest_first_with_summaries(client, five):
    response = client.get(URL)
    assert response.status_code == 200
    body = response.get_json()
    assert [item["id"] for item in body["items"]] == [a["id"] for a in reversed(five)]
    first = body["items"][0]
    assert first["company_name"] == "Company 4"
    assert first["task_count"] == 3
    assert first["totals"] == five[-1]["totals"]
    assert first["url"].endswith(f"/api/v1/analyses/{first['id']}")
    assert "tasks" not in first
    assert body["total"] == 5 and body["pages"] == 1
    assert response.headers["X-Total-Count"] == "5"


def test_pages_with_links_in_body_and_header(client, five):
    response = client.get(f"{URL}?per_page=2&page=2")
    body = response.get_json()
    assert (body["page"], body["per_page"], body["total"], body["pages"]) == (2, 2, 5, 3)
    assert [item["id"] for item in body["items"]] == [five[2]["id"], five[1]["id"]]
    links = body["links"]
    assert links["next"].endswith("page=3&per_page=2") or "page=3" in links["next"]
    assert "page=1" in links["prev"] and "page=3" in links["last"]
    header = response.headers["Link"]
    assert 'rel="next"' in header and 'rel="prev"' in header and 'rel="first"' in header


def test_following_next_visits_every_analysis_once(client, five):
    seen, url, pages = [], f"{URL}?per_page=2", 0
    while url:
        body = client.get(url).get_json()
        seen += [item["id"] for item in body["items"]]
        url, pages = body["links"]["next"], pages + 1
    assert pages == 3
    assert sorted(seen) == sorted(a["id"] for a in five) and len(seen) == 5


def test_first_and_last_page_have_no_prev_or_next(client, five):
    first = client.get(f"{URL}?per_page=5").get_json()
    assert first["links"]["prev"] is None and first["links"]["next"] is None
    assert 'rel="next"' not in client.get(f"{URL}?per_page=5").headers["Link"]


def test_a_page_past_the_end_is_empty_and_points_back(client, five):
    body = client.get(f"{URL}?page=9&per_page=2").get_json()
    assert body["items"] == [] and body["links"]["next"] is None
    assert "page=3" in body["links"]["prev"]


def test_an_empty_listing(client):
    body = client.get(URL).get_json()
    assert body["items"] == [] and body["total"] == 0 and body["pages"] == 1


@pytest.mark.parametrize("query", ["page=0", "per_page=0", "per_page=101", "page=abc"])
def test_bad_paging_is_422(client, query):
    body = assert_problem(client.get(f"{URL}?{query}"), 422)
    assert set(body["errors"]) & {"page", "per_page"}


def test_delete_answers_204_then_404(client, five):
    target = five[0]["id"]
    response = client.delete(f"{URL}/{target}")
    assert response.status_code == 204 and response.data == b""
    assert_problem(client.get(f"{URL}/{target}"), 404)
    assert_problem(client.delete(f"{URL}/{target}"), 404)
    assert client.get(URL).get_json()["total"] == 4


def test_export_csv_has_one_row_per_task(client, five):
    target = five[0]
    response = client.get(f"{URL}/{target['id']}/export.csv")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert f"analysis-{target['id']}.csv" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert [row["name"] for row in rows] == [t["name"] for t in target["tasks"]]
    assert [row["decision"] for row in rows] == [t["decision"] for t in target["tasks"]]


def test_export_of_an_unknown_id_is_404(client):
    assert_problem(client.get(f"{URL}/nope/export.csv"), 404)


class TestScopingByKey:
    """A key sees only what it created; another key's id answers 404 everywhere."""

    @pytest.fixture
    def alices(self, client, user_key):
        return create(client, bearer(user_key), name="Alice's client")

    def test_listing_shows_only_own_analyses(self, client, alices, user_key, other_key):
        create(client, bearer(other_key), name="Bob's client")
        mine = client.get(URL, headers=bearer(user_key)).get_json()
        assert [item["id"] for item in mine["items"]] == [alices["id"]]
        theirs = client.get(URL, headers=bearer(other_key)).get_json()
        assert alices["id"] not in [item["id"] for item in theirs["items"]]

    @pytest.mark.parametrize(
        "method,suffix,kwargs",
        [
            ("get", "", {}),
            ("delete", "", {}),
            ("get", "/export.csv", {}),
            ("post", "/feedback", {"json": {"corrections": [{"task_index": 0, "office": "back"}]}}),
        ],
    )
    def test_another_keys_analysis_is_404(
        self, client, alices, other_key, user_key, method, suffix, kwargs
    ):
        url = f"{URL}/{alices['id']}{suffix}"
        response = getattr(client, method)(url, headers=bearer(other_key), **kwargs)
        body = assert_problem(response, 404)
        assert "Alice" not in body["detail"]
        # Still there for its owner.
        assert client.get(f"{URL}/{alices['id']}", headers=bearer(user_key)).status_code == 200

    def test_open_api_analyses_are_not_visible_to_keys(self, client, make_key):
        anonymous = create(client)
        key = make_key("late comer")
        assert_problem(client.get(f"{URL}/{anonymous['id']}", headers=bearer(key)), 404)
