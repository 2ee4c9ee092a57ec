"""/readyz checks a database that can really be used; an outage answers 503, never 500."""

import os

from bpo import create_app
from bpo.errors import DATABASE_RETRY_AFTER
from tests.api.api_helpers import assert_problem


def database_file(app) -> str:
    return app.config["SQLALCHEMY_DATABASE_URI"].removeprefix("sqlite:///")


def test_readyz_fails_when_the_sqlite_file_is_deleted(app):
    client = app.test_client()
    assert client.get("/readyz").status_code == 200
    os.remove(database_file(app))
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.get_json()["checks"]["database"] == "missing"


def test_readyz_fails_when_the_sqlite_file_is_read_only(app, monkeypatch):
    import bpo.health

    path = database_file(app)
    real_access = os.access

    def read_only(target, mode, *args, **kwargs):
        # What a worker that does not own the file sees after `chmod a-w` (root ignores modes).
        if str(target) == path and mode & os.W_OK:
            return False
        return real_access(target, mode, *args, **kwargs)

    monkeypatch.setattr(bpo.health.os, "access", read_only)
    response = app.test_client().get("/readyz")
    assert response.status_code == 503
    assert response.get_json()["checks"]["database"] == "read-only"


def test_readyz_fails_on_a_database_without_the_tables(tmp_path, model):
    """SELECT 1 answers on an empty database; the app's own table does not."""
    empty = create_app(
        {
            "SECRET_KEY": "k" * 40,
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
            "MODEL": model,
        }
    )
    (tmp_path / "empty.sqlite3").touch()
    response = empty.test_client().get("/readyz")
    assert response.status_code == 503
    assert response.get_json()["checks"]["database"] == "unreachable"


def test_a_database_outage_answers_503_problem_on_the_api(app):
    os.remove(database_file(app))
    response = app.test_client().get("/api/v1/analyses")
    body = assert_problem(response, 503)
    assert "database is unavailable" in body["detail"]
    # Clients and proxies back off by it; the rate limiter must not strip it from a 503.
    assert response.headers["Retry-After"] == str(DATABASE_RETRY_AFTER)


def test_a_connection_lost_at_teardown_keeps_the_503(app, monkeypatch):
    from sqlalchemy.exc import OperationalError

    from bpo.extensions import db

    def dead_connection():
        raise OperationalError("ROLLBACK", {}, Exception("server closed the connection"))

    os.remove(database_file(app))
    monkeypatch.setattr(db.session, "remove", dead_connection)
    response = app.test_client().get("/api/v1/analyses")
    assert_problem(response, 503)


def test_a_database_outage_answers_503_page_on_the_web(app):
    os.remove(database_file(app))
    response = app.test_client().get("/analyses/some-analysis-id")
    assert response.status_code == 503
    assert "database is unavailable" in response.get_data(as_text=True)
    assert response.headers["Retry-After"] == str(DATABASE_RETRY_AFTER)
    assert "Traceback" not in response.get_data(as_text=True)
