"""Security headers on every response, pages and API alike."""

import logging

from flask import Flask, Response, current_app, request
from werkzeug.exceptions import SecurityError

from bpo.api.paths import answers_problems, is_api_call
from bpo.errors import problem_response

log = logging.getLogger("bpo.security")

# Pages and downloads of one analysis: private data behind an unguessable URL, never cached.
PRIVATE_PAGES = {"web.report", "web.report_csv", "web.report_json"}

UNTRUSTED_HOST = "This server does not answer to the host named in the Host header."

# Everything the pages and the API docs load comes from this origin: no CDN, no inline code.
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    # Report URLs carry unguessable analysis ids: never leak them to another site.
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}

HSTS = "max-age=31536000; includeSubDomains"


def add_security_headers(response):
    """Set each header unless the view chose its own value."""
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if request.is_secure:
        response.headers.setdefault("Strict-Transport-Security", HSTS)
    # API answers depend on the caller's key, reports are private: no cache may keep them.
    if is_api_call(request.path) or request.endpoint in PRIVATE_PAGES:
        response.headers.setdefault("Cache-Control", "no-store")
    return response


def check_host():
    """Refuse (400) a Host outside TRUSTED_HOSTS before anything can echo it in a link."""
    if not current_app.config.get("TRUSTED_HOSTS"):
        return None
    try:
        request.host  # noqa: B018  (reading it validates it)
    except SecurityError:
        # Answered here, without templates: no URL can be built for an untrusted host.
        if answers_problems(request.path):
            return problem_response(400, "Bad Request", UNTRUSTED_HOST)
        return Response(UNTRUSTED_HOST + "\n", status=400, mimetype="text/plain")
    return None


def init_security(app: Flask) -> None:
    """Attach the host check and the header hook to the app."""
    if app.config.get("ENV_NAME") == "production" and not app.config.get("TRUSTED_HOSTS"):
        log.warning("BPO_TRUSTED_HOSTS is not set: any Host header is accepted and echoed in links")
    app.before_request(check_host)
    app.after_request(add_security_headers)
