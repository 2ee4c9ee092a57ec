"""Liveness and readiness probes for load balancers."""

from flask import Blueprint, current_app, jsonify
from sqlalchemy import text

from bpo.extensions import db
from bpo.model_store import current_model

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    """The process is alive and answering."""
    return jsonify(status="ok")


@bp.get("/readyz")
def readyz():
    """The database answers and the classifier is loaded."""
    checks = {}
    try:
        db.session.execute(text("SELECT 1"))
        checks["database"] = "ok"
    except Exception:  # any driver error means "not ready", never a crash
        current_app.logger.exception("readiness: database unreachable")
        checks["database"] = "unreachable"
    checks["model"] = "ok" if current_model() is not None else "missing"
    ready = all(value == "ok" for value in checks.values())
    return jsonify(status="ready" if ready else "not ready", checks=checks), (200 if ready else 503)
