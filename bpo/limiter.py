"""Rate limiting of the JSON API per key (or per address when no key is sent).

The counts live in BPO_RATE_LIMIT_STORAGE. `memory://` counts in each process alone, so with
several gunicorn workers (or machines) a key would get the limit once per process; a shared
store (Redis: `redis://host:6379/0` or `redis+unix:///path/redis.sock`) holds one count per key
for all of them. Production refuses to start with several workers counting alone.
"""

from flask import Flask, g, request
from flask_limiter import Limiter
from limits import parse_many

from bpo.api.paths import is_api_call
from bpo.auth import bearer_token, hash_key
from bpo.config import ConfigError

EXTENSION_KEY = "bpo.limiter"
# Counts are kept under this prefix, so the app can share a Redis with others.
KEY_PREFIX = "bpo"
# Seconds a request waits for the Redis store before going on uncounted (an outage is logged,
# it does not hang or fail API calls).
REDIS_TIMEOUT = 1.0


def rate_limit_key() -> str:
    """One bucket per presented key (hashed, so no secret sits in the store) or per address."""
    token = bearer_token()
    if token:
        return "key:" + hash_key(token)[:32]
    return "addr:" + (request.remote_addr or "unknown")


def _not_api() -> bool:
    """Pages, health probes, the spec and the docs page are not counted."""
    return not is_api_call(request.path)


def _retry_after_only_where_it_means_something(response):
    """Keep Flask-Limiter's Retry-After on a 429; elsewhere the app's own one, or none."""
    # Flask-Limiter sends Retry-After with every answer, and on an answer that already has one
    # (a 503 while the database is down: try again in 5 s) it writes its window reset instead.
    if response.status_code == 429:
        return response
    own = g.get("retry_after")
    if own is None:
        response.headers.pop("Retry-After", None)
    else:
        response.headers["Retry-After"] = own
    return response


def check_shared_storage(config) -> None:
    """Refuse production with several worker processes that would each count alone."""
    storage = config["RATELIMIT_STORAGE_URI"]
    workers = config.get("WEB_CONCURRENCY", 1)
    if config.get("ENV_NAME") == "production" and storage.startswith("memory:") and workers > 1:
        raise ConfigError(
            f"BPO_RATE_LIMIT_STORAGE is {storage!r}, so each of the WEB_CONCURRENCY={workers} "
            "worker processes would count requests alone and a key would get the limit "
            f"{workers} times over: set BPO_RATE_LIMIT_STORAGE to a shared store such as "
            "redis://HOST:6379/0 or redis+unix:///PATH/redis.sock (or run WEB_CONCURRENCY=1)"
        )


def _storage_options(storage: str) -> dict:
    """Short Redis timeouts: an unreachable store must not hold up API calls."""
    if storage.startswith("redis"):
        return {"socket_timeout": REDIS_TIMEOUT, "socket_connect_timeout": REDIS_TIMEOUT}
    return {}


def init_limiter(app: Flask) -> Limiter:
    """One API-wide limit per key, from BPO_RATE_LIMIT, counted in BPO_RATE_LIMIT_STORAGE."""
    limit = app.config["RATELIMIT_DEFAULT"]
    try:
        parse_many(limit)
    except ValueError as exc:
        raise ConfigError(f"BPO_RATE_LIMIT must read like '600 per minute', got {limit!r}") from exc
    check_shared_storage(app.config)
    app.config.setdefault(
        "RATELIMIT_STORAGE_OPTIONS", _storage_options(app.config["RATELIMIT_STORAGE_URI"])
    )
    # Runs after Flask-Limiter's own header hook (after_request hooks run in reverse order).
    app.after_request(_retry_after_only_where_it_means_something)
    limiter = Limiter(
        rate_limit_key,
        # One budget shared by every API endpoint, not one per endpoint.
        application_limits=[limit],
        # Flask-Limiter would also read RATELIMIT_DEFAULT as a per-route limit; the shared one
        # above already is that limit, so the per-route copy is switched off.
        default_limits_exempt_when=lambda: True,
        headers_enabled=True,
        key_prefix=KEY_PREFIX,
        # An unreachable limit store is logged, not turned into 500s for every API call.
        swallow_errors=True,
    )
    limiter.request_filter(_not_api)
    limiter.init_app(app)
    app.extensions[EXTENSION_KEY] = limiter
    return limiter
