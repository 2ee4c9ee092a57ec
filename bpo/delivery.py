"""How answers travel: compressed when large, and static files that browsers keep.

A static file's URL carries a hash of its content (`?v=...`), so a browser may keep it for a
year: a changed file gets a new URL. A request without the current hash (an old page, a typed
URL) is answered with revalidation instead, so nobody is stuck with a stale file.
"""

import hashlib
from pathlib import Path

from flask import Flask, request
from flask_compress import Compress

from bpo.errors import PROBLEM_MIMETYPE

# A year: the longest lifetime browsers honour, safe because the URL changes with the content.
ASSET_MAX_AGE = 365 * 24 * 3600
# What the app sends that shrinks well: pages, assets, API answers and errors, CSV exports.
COMPRESSED_MIMETYPES = (
    "text/html",
    "text/css",
    "text/javascript",
    "application/javascript",
    "application/json",
    PROBLEM_MIMETYPE,
    "text/csv",
    "image/svg+xml",
)

compress = Compress()
# (path, modification time, size) -> content hash, so a URL costs one stat, not a read.
_HASHES: dict[tuple[str, int, int], str] = {}


def _static_folder(app: Flask, endpoint: str) -> str | None:
    """The folder behind a static endpoint: the app's or a blueprint's."""
    if endpoint == "static":
        return app.static_folder
    blueprint = app.blueprints.get(endpoint.rpartition(".")[0])
    return blueprint.static_folder if blueprint is not None else None


def asset_version(app: Flask, endpoint: str, filename: str) -> str | None:
    """A short hash of the static file's content; None for a file that is not there."""
    folder = _static_folder(app, endpoint)
    if folder is None:
        return None
    path = (Path(folder) / filename).resolve()
    if not path.is_relative_to(Path(folder).resolve()) or not path.is_file():
        return None
    stat = path.stat()
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if key not in _HASHES:
        _HASHES[key] = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    return _HASHES[key]


def _is_static(endpoint: str | None) -> bool:
    return endpoint is not None and (endpoint == "static" or endpoint.endswith(".static"))


def init_delivery(app: Flask) -> None:
    """Compress responses and version the URLs of static files."""
    app.config.setdefault("COMPRESS_MIMETYPES", list(COMPRESSED_MIMETYPES))
    compress.init_app(app)

    @app.url_defaults
    def _version_static_urls(endpoint, values):
        if _is_static(endpoint) and "filename" in values and "v" not in values:
            version = asset_version(app, endpoint, values["filename"])
            if version is not None:
                values["v"] = version

    @app.after_request
    def _cache_static_files(response):
        if not _is_static(request.endpoint) or response.status_code not in (200, 304):
            return response
        filename = (request.view_args or {}).get("filename", "")
        current = asset_version(app, request.endpoint, filename)
        if current is not None and request.args.get("v") == current:
            response.cache_control.no_cache = None  # send_file's default for static files
            response.cache_control.public = True
            response.cache_control.max_age = ASSET_MAX_AGE
            response.cache_control.immutable = True
        else:
            # An unversioned or outdated URL: keep it, but ask the server (ETag) before use.
            response.cache_control.no_cache = True
            response.cache_control.max_age = None
        return response
