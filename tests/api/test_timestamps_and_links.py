"""API timestamps carry their UTC offset; the Link header names the page itself too."""

from datetime import datetime, timedelta

from api_helpers import SMALL_REQUEST

URL = "/api/v1/analyses"


def _aware(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    assert moment.utcoffset() == timedelta(0), text
    return moment


def test_analysis_timestamps_are_utc_with_offset(client):
    created = client.post(URL, json=SMALL_REQUEST).get_json()
    fetched = client.get(f"{URL}/{created['id']}").get_json()
    listed = client.get(URL).get_json()["items"][0]

    for body in (created, fetched, listed):
        assert _aware(body["created_at"]) <= _aware(body["updated_at"])
    assert fetched["created_at"] == created["created_at"] == listed["created_at"]


def test_link_header_includes_self(client):
    client.post(URL, json=SMALL_REQUEST)

    response = client.get(f"{URL}?per_page=1")

    links = response.headers["Link"]
    assert f'<{response.get_json()["links"]["self"]}>; rel="self"' in links
