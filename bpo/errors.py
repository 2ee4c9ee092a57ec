"""One error shape: problem+json under /api/, an HTML page everywhere else."""

import logging

from flask import Flask, g, jsonify, render_template, request
from sqlalchemy.exc import DatabaseError, DataError, IntegrityError, InterfaceError
from werkzeug.exceptions import Conflict, HTTPException, InternalServerError, ServiceUnavailable

from bpo.analysis_store import AnalysisChanged, AnalysisQuotaExceeded
from bpo.api.paths import answers_problems
from bpo.request_log import printable
from bpo.schemas.messages import flatten_messages

log = logging.getLogger("bpo.errors")

PROBLEM_MIMETYPE = "application/problem+json"

# Headers an HTTPException may carry that must survive into the answer.
_KEPT_HEADERS = {"allow", "retry-after", "www-authenticate"}

# Seconds a client should wait before retrying while the database is unavailable.
DATABASE_RETRY_AFTER = 5


def _webargs_errors(error: HTTPException) -> dict[str, list[str]] | None:
    """Field messages webargs/flask-smorest attach to a 422, without the location level."""
    data = getattr(error, "data", None) or {}
    messages = data.get("errors") or data.get("messages")
    if not messages:
        return None
    # webargs nests messages under the request location ("json", "query", ...).
    if isinstance(messages, dict) and set(messages) <= {"json", "query", "form", "files", "path"}:
        merged: dict = {}
        for location, location_messages in messages.items():
            if isinstance(location_messages, dict):
                merged.update(location_messages)
            else:
                merged[f"_{location}"] = location_messages
        messages = merged
    return flatten_messages(messages)


def problem_response(
    status: int,
    title: str,
    detail: str,
    errors: dict | None = None,
    headers: dict | None = None,
):
    """Build an RFC 9457 problem+json response."""
    body = {
        "type": "about:blank",
        "title": title,
        "status": status,
        "detail": detail,
        "request_id": g.get("request_id"),
    }
    if errors is not None:
        body["errors"] = errors
    response = jsonify(body)
    response.status_code = status
    response.mimetype = PROBLEM_MIMETYPE
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def handle_http_exception(error: HTTPException):
    """Answer an HTTP error as problem+json for the API, as a page for people."""
    status = error.code or 500
    headers = {k: v for k, v in error.get_headers() if k.lower() in _KEPT_HEADERS}
    data = getattr(error, "data", None) or {}
    headers.update(data.get("headers") or {})
    retry_after = next((v for k, v in headers.items() if k.lower() == "retry-after"), None)
    if retry_after is not None:
        # The rate limiter rewrites Retry-After on every answer; bpo.limiter puts this one back.
        g.retry_after = str(retry_after)
    detail = data.get("message") or error.description or error.name
    errors = _webargs_errors(error)
    if status == 422 and errors is not None:
        detail = _invalid_input_detail(error)
    elif status == 400 and errors:
        detail = next(iter(errors.values()))[0]
    if answers_problems(request.path):
        return problem_response(status, error.name, detail, errors, headers)
    page = render_template("error.html", status=status, title=error.name, detail=detail)
    return page, status, headers


def _invalid_input_detail(error: HTTPException) -> str:
    """Say whether the body or the query string (URL parameters) was wrong."""
    data = getattr(error, "data", None) or {}
    locations = set((data.get("errors") or data.get("messages") or {}).keys())
    if locations and locations <= {"query", "querystring"}:
        return "The query string has invalid or unknown parameters; see errors."
    return "The request body has invalid fields; see errors."


def handle_conflict(error: AnalysisChanged | AnalysisQuotaExceeded):
    """A lost race or a full quota: 409 with what to do, nothing stored."""
    return handle_http_exception(Conflict(description=str(error)))


def handle_database_error(error: DatabaseError | InterfaceError):
    """The database cannot be used right now: 503 with Retry-After, not a 500."""
    if isinstance(error, IntegrityError | DataError):
        # A constraint or value the app should have caught: a bug, not an outage.
        return handle_unexpected(error)
    log.error("database unavailable on %s %s: %s", request.method, printable(request.path), error)
    unavailable = ServiceUnavailable(
        description="The database is unavailable; try again in a few seconds.",
        retry_after=DATABASE_RETRY_AFTER,
    )
    return handle_http_exception(unavailable)


def handle_unexpected(error: Exception):
    """Log the traceback and answer 500 without revealing it."""
    if isinstance(error, HTTPException):
        return handle_http_exception(error)
    log.exception("unhandled error on %s %s", request.method, printable(request.path))
    return handle_http_exception(InternalServerError())


def register_error_handlers(app: Flask) -> None:
    """Route every error through the presenters above."""
    app.register_error_handler(HTTPException, handle_http_exception)
    app.register_error_handler(Exception, handle_unexpected)
    app.register_error_handler(AnalysisChanged, handle_conflict)
    app.register_error_handler(AnalysisQuotaExceeded, handle_conflict)
    # OperationalError (unreachable, locked, read-only) is a DatabaseError; InterfaceError is
    # a dropped connection.
    app.register_error_handler(DatabaseError, handle_database_error)
    app.register_error_handler(InterfaceError, handle_database_error)
