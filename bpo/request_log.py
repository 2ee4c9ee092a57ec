"""One log line per request, and a request id on every answer."""

import logging
import re
import secrets
import sys
import time

from flask import Flask, g, request

log = logging.getLogger("bpo.request")

# A caller's own request id is echoed only when it is short and plain.
_CLIENT_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
# Control characters (line breaks above all) and backslashes, which escaping itself uses.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\\\u2028\u2029]")


def printable(text: str) -> str:
    """The text on one log line: control characters as \\xNN, so nobody can forge a line."""
    return _UNPRINTABLE.sub(_escape, text)


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def configure_logging(level: str) -> None:
    """Send the app's log lines to stderr once per process."""
    root = logging.getLogger("bpo")
    if not root.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)


def _start_request() -> None:
    g.started = time.perf_counter()
    incoming = request.headers.get("X-Request-ID", "")
    g.request_id = incoming if _CLIENT_REQUEST_ID.match(incoming) else secrets.token_hex(8)


def _finish_request(response):
    duration_ms = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
    response.headers["X-Request-ID"] = g.get("request_id", "-")
    log.info(
        "%s %s %s %.1fms request_id=%s",
        printable(request.method),
        printable(request.path),
        response.status_code,
        duration_ms,
        g.get("request_id", "-"),
    )
    return response


def register_request_logging(app: Flask) -> None:
    """Time every request and log it when the answer leaves."""
    configure_logging(app.config["LOG_LEVEL"])
    app.before_request(_start_request)
    app.after_request(_finish_request)
