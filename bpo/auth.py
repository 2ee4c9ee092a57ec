"""API keys: create, hash, verify, revoke, and who is calling the API right now."""

import hashlib
import secrets
import time

from flask import abort, current_app, g, request
from sqlalchemy import event, select
from werkzeug.datastructures import WWWAuthenticate

from bpo.extensions import db
from bpo.models import ApiKey, utcnow

# A recognisable prefix lets secret scanners and people spot a leaked key.
KEY_PREFIX = "bpo_"
REALM = "bpo-api"
OPEN_CALLER = "open-api"


def hash_key(secret: str) -> str:
    """The SHA-256 of a key, the only form the database keeps."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def create_api_key(name: str, admin: bool = False) -> tuple[ApiKey, str]:
    """Store a new key's hash; return the row and the secret (shown once, never stored)."""
    secret = KEY_PREFIX + secrets.token_urlsafe(32)
    key = ApiKey(name=name, key_hash=hash_key(secret), is_admin=admin)
    db.session.add(key)
    db.session.commit()
    return key, secret


def list_api_keys() -> list[ApiKey]:
    """Every key, oldest first, revoked ones included."""
    return list(db.session.scalars(select(ApiKey).order_by(ApiKey.id)))


def revoke_api_key(key_id: int) -> ApiKey | None:
    """Mark a key revoked (kept, so its analyses keep an owner); None when there is none."""
    key = db.session.get(ApiKey, key_id)
    if key is not None and key.revoked_at is None:
        key.revoked_at = utcnow()
        db.session.commit()
    return key


def find_key(secret: str) -> ApiKey | None:
    """The live key with this secret, or None; looked up by hash, never compared in clear."""
    key = db.session.scalar(select(ApiKey).where(ApiKey.key_hash == hash_key(secret)))
    if key is None or key.revoked_at is not None:
        return None
    return key


# How long "no key exists yet" is trusted before the database is asked again. Keys are never
# deleted, so "a key exists" is kept for good; a key made in this process ends the open state
# at once (see _key_created), one made by another process (the CLI) within this time.
OPEN_STATE_SECONDS = 1.0
_STATE_KEY = "bpo.api_open_state"
_keys_created = [0]  # keys inserted by this process: a change makes every app ask again


def api_is_open() -> bool:
    """True when BPO_API_OPEN is on and no key was ever created.

    A revoked key still closes the API: revoking the last key must never open it to everyone.
    The answer is kept per app (see OPEN_STATE_SECONDS), not asked of the database per request.
    """
    if not current_app.config.get("API_OPEN", True):
        return False
    extensions = current_app.extensions
    state = extensions.get(_STATE_KEY)
    if state is False:
        return False
    if state is not None and state[0] == _keys_created[0] and time.monotonic() < state[1]:
        return True
    created = _keys_created[0]
    is_open = db.session.scalar(select(ApiKey.id).limit(1)) is None
    extensions[_STATE_KEY] = (created, time.monotonic() + OPEN_STATE_SECONDS) if is_open else False
    return is_open


@event.listens_for(ApiKey, "after_insert")
def _key_created(mapper, connection, target) -> None:
    """A new key closes an open API at once, in every app of this process."""
    _keys_created[0] += 1


def bearer_token() -> str | None:
    """The token of an `Authorization: Bearer ...` header, '' when malformed, None when absent."""
    header = request.headers.get("Authorization")
    if header is None:
        return None
    scheme, _, token = header.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return ""
    return token.strip()


def _unauthorized(detail: str, error: str | None = None) -> None:
    params = {"realm": REALM, **({"error": error} if error else {})}
    abort(401, description=detail, www_authenticate=WWWAuthenticate("Bearer", params))


def authenticate() -> None:
    """Find the caller's key for this request, or answer 401."""
    token = bearer_token()
    g.api_key = None
    if token:
        g.api_key = find_key(token)
        if g.api_key is None:
            _unauthorized("The API key is not valid or was revoked.", "invalid_token")
        return
    if token == "":
        _unauthorized("Send the key as 'Authorization: Bearer <key>'.", "invalid_request")
    if not api_is_open():
        _unauthorized("This API needs a key: send 'Authorization: Bearer <key>'.")


def current_key() -> ApiKey | None:
    """The key of the current API request; None when the API is open."""
    return g.get("api_key")


def owner_key_id() -> int | None:
    """The owner id to scope analyses by: the key's id, or None on an open API."""
    key = current_key()
    return key.id if key is not None else None


def caller_name() -> str:
    """Who is calling, as stored with feedback: the key's name, or the open API marker."""
    key = current_key()
    return f"key {key.id}: {key.name}"[:100] if key is not None else OPEN_CALLER


def require_admin() -> None:
    """Refuse a non-admin key with 403; an open API (no keys at all) has no admins to ask for."""
    key = current_key()
    if key is None and api_is_open():
        return
    if key is None or not key.is_admin:
        abort(403, description="This call needs an admin API key.")
