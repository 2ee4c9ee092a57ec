"""Liveness and readiness probes for load balancers."""

import os
from pathlib import Path

from flask import Blueprint, current_app, jsonify
from sqlalchemy import select
from sqlalchemy.engine import make_url

from bpo.extensions import db
from bpo.model_store import current_model
from bpo.models import AnalysisRecord

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    """The process is alive and answering."""
    return jsonify(status="ok")


def _sqlite_file_problem() -> str | None:
    """Why the SQLite file cannot take writes (missing, read-only), or None."""
    url = make_url(current_app.config["SQLALCHEMY_DATABASE_URI"])
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    path = Path(url.database)
    if not path.is_file():
        # Connecting would create a new, empty file: every query would then fail.
        return "missing"
    # SQLite writes a journal next to the file, so the directory must be writable too.
    if not (os.access(path, os.R_OK | os.W_OK) and os.access(path.parent, os.W_OK)):
        return "read-only"
    return None


def _database_check() -> str:
    problem = _sqlite_file_problem()
    if problem:
        return problem
    try:
        # A real table, not SELECT 1: an empty or unmigrated database is not ready either.
        db.session.execute(select(AnalysisRecord.id).limit(1))
    except Exception:  # any driver error means "not ready", never a crash
        current_app.logger.exception("readiness: database unusable")
        db.session.rollback()
        return "unreachable"
    return "ok"


@bp.get("/readyz")
def readyz():
    """The database answers from its tables, can take writes, and the classifier is loaded."""
    checks = {"database": _database_check()}
    checks["model"] = "ok" if current_model() is not None else "missing"
    ready = all(value == "ok" for value in checks.values())
    return jsonify(status="ready" if ready else "not ready", checks=checks), (200 if ready else 503)
