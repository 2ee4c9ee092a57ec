"""Where the JSON API lives, and which requests belong to it (no imports: errors.py uses it)."""

API_VERSION = "v1"
API_ROOT = "/api"
API_PREFIX = f"{API_ROOT}/{API_VERSION}"
SPEC_FILE = "openapi.json"


def answers_problems(path: str) -> bool:
    """Errors under /api/ (the API and its docs page) answer problem+json, not an HTML page."""
    return path.startswith(API_ROOT + "/")


def is_api_call(path: str) -> bool:
    """A call to an API operation: rate-limited and never cached; the spec file is not one."""
    return path.startswith(API_PREFIX + "/") and not path.endswith("/" + SPEC_FILE)
