"""Large answers travel compressed; static files carry a content hash and may be kept a year."""

import gzip
import json
import re

from bpo.delivery import ASSET_MAX_AGE


def test_large_json_is_sent_gzipped_when_the_client_accepts_it(client):
    plain = client.get("/api/v1/openapi.json")
    packed = client.get("/api/v1/openapi.json", headers={"Accept-Encoding": "gzip"})

    assert plain.headers.get("Content-Encoding") is None
    assert packed.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed.headers["Vary"]
    assert json.loads(gzip.decompress(packed.data)) == plain.get_json()
    assert len(packed.data) * 4 < len(plain.data)


def test_pages_are_compressed_too(client):
    page = client.get("/", headers={"Accept-Encoding": "gzip"})
    assert page.headers["Content-Encoding"] == "gzip"
    assert b"<html" in gzip.decompress(page.data).lower()


def _asset_urls(html: str) -> list[str]:
    return re.findall(r'(?:href|src)="(/[^"]*static/[^"]+)"', html)


def test_static_urls_carry_a_content_hash_and_are_kept_for_a_year(client):
    urls = _asset_urls(client.get("/").get_data(as_text=True)) + _asset_urls(
        client.get("/api/docs").get_data(as_text=True)
    )
    assert len(urls) >= 4
    for url in urls:
        assert re.search(r"\?v=[0-9a-f]{12}$", url), url
        response = client.get(url)
        assert response.status_code == 200
        cache = response.cache_control
        assert cache.max_age == ASSET_MAX_AGE and cache.public and cache.immutable, url
        assert not cache.no_cache


def test_a_static_file_without_its_current_hash_is_revalidated(client):
    url = _asset_urls(client.get("/").get_data(as_text=True))[0]
    path = url.split("?")[0]

    for stale in (path, f"{path}?v=000000000000"):
        response = client.get(stale)
        assert response.status_code == 200
        assert response.cache_control.no_cache
        assert response.cache_control.max_age is None
