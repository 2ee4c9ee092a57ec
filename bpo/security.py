"""Security headers on every response, pages and API alike."""

from flask import Flask, request

from bpo.api.paths import is_api_call

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
    # API answers depend on the caller's key: shared caches must not keep them.
    if is_api_call(request.path):
        response.headers.setdefault("Cache-Control", "no-store")
    return response


def init_security(app: Flask) -> None:
    """Attach the header hook to the app."""
    app.after_request(add_security_headers)
