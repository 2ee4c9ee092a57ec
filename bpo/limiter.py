"""Rate limiting of the JSON API per key (or per address when no key is sent)."""

from flask import Flask, request
from flask_limiter import Limiter
from limits import parse_many

from bpo.api.paths import is_api_call
from bpo.auth import bearer_token, hash_key
from bpo.config import ConfigError

EXTENSION_KEY = "bpo.limiter"


def rate_limit_key() -> str:
    """One bucket per presented key (hashed, so no secret sits in the store) or per address."""
    token = bearer_token()
    if token:
        return "key:" + hash_key(token)[:32]
    return "addr:" + (request.remote_addr or "unknown")


def _not_api() -> bool:
    """Pages, health probes, the spec and the docs page are not counted."""
    return not is_api_call(request.path)


def _drop_retry_after_unless_limited(response):
    # Flask-Limiter sends Retry-After with every answer; it only means something on a 429.
    if response.status_code != 429:
        response.headers.pop("Retry-After", None)
    return response


def init_limiter(app: Flask) -> Limiter:
    """One API-wide limit per key, from BPO_RATE_LIMIT, counted in BPO_RATE_LIMIT_STORAGE."""
    limit = app.config["RATELIMIT_DEFAULT"]
    try:
        parse_many(limit)
    except ValueError as exc:
        raise ConfigError(f"BPO_RATE_LIMIT must read like '600 per minute', got {limit!r}") from exc
    # Runs after Flask-Limiter's own header hook (after_request hooks run in reverse order).
    app.after_request(_drop_retry_after_unless_limited)
    limiter = Limiter(
        rate_limit_key,
        # One budget shared by every API endpoint, not one per endpoint.
        application_limits=[limit],
        # Flask-Limiter would also read RATELIMIT_DEFAULT as a per-route limit; the shared one
        # above already is that limit, so the per-route copy is switched off.
        default_limits_exempt_when=lambda: True,
        headers_enabled=True,
        # An unreachable limit store is logged, not turned into 500s for every API call.
        swallow_errors=True,
    )
    limiter.request_filter(_not_api)
    limiter.init_app(app)
    app.extensions[EXTENSION_KEY] = limiter
    return limiter
