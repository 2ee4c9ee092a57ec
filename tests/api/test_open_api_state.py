"""The open-API answer kept per app: the same answers as asking the database each time."""

from sqlalchemy import text

from bpo import auth
from bpo.auth import api_is_open, create_api_key
from bpo.extensions import db


def test_a_new_key_closes_the_open_api_at_once(app):
    with app.app_context():
        assert api_is_open()
        create_api_key("alice")
        assert not api_is_open()


def test_a_key_made_elsewhere_closes_the_api_when_the_open_state_expires(app, monkeypatch):
    monkeypatch.setattr(auth, "OPEN_STATE_SECONDS", 0.0)
    with app.app_context():
        assert api_is_open()
        # As another process (the CLI) would: no ORM event in this one.
        db.session.execute(
            text(
                "INSERT INTO api_keys (name, key_hash, is_admin, created_at) VALUES "
                "('cli', 'h', 0, '2026-01-01 00:00:00')"
            )
        )
        db.session.commit()
        assert not api_is_open()
