"""The JSON API: flask-smorest blueprints under /api/v1, documented in OpenAPI."""

import http

from flask import Flask, abort, request
from flask_smorest import Api, Blueprint

from bpo.errors import PROBLEM_MIMETYPE

API_VERSION = "v1"
API_PREFIX = f"/api/{API_VERSION}"
BODY_METHODS = {"POST", "PUT", "PATCH"}
SECURITY_SCHEME = "bearerAuth"

API_DESCRIPTION = """\
Classify business tasks, decide what to keep or outsource, and bundle the outsourced work
for BPO providers. Send `Authorization: Bearer <key>` with every call (keys come from
`flask --app wsgi apikeys create`); a local install with no key created yet and
`BPO_API_OPEN=1` is open. Every error is `application/problem+json` with a `request_id`.
Listings are paged with `page` and `per_page`; follow `links.next` or the `Link` header.
A guide with curl and Python examples is in docs/api.md.
"""

# Headers documented on the shared error responses.
_ERROR_HEADERS = {
    401: {"WWW-Authenticate": "The Bearer challenge."},
    405: {"Allow": "The methods this path accepts."},
    429: {"Retry-After": "Seconds to wait before the next call."},
}


class ProblemApi(Api):
    """flask-smorest Api that leaves error answers to bpo.errors (problem+json)."""

    def _register_error_handlers(self):
        """The app registers one error presenter for pages and API alike."""

    def _register_responses(self):
        """Document every error response as the problem+json that bpo.errors sends."""
        problem = {"$ref": "#/components/schemas/Problem"}
        for status in http.HTTPStatus:
            response = {"description": status.phrase}
            if status >= 400:
                response["content"] = {PROBLEM_MIMETYPE: {"schema": problem}}
            headers = _ERROR_HEADERS.get(status.value, {})
            if headers:
                response["headers"] = {
                    name: {"description": text, "schema": {"type": "string"}}
                    for name, text in headers.items()
                }
            self.spec.components.response(status.name, response, lazy=True)
        default = {
            "description": "An error, as problem+json",
            "content": {PROBLEM_MIMETYPE: {"schema": problem}},
        }
        self.spec.components.response("DEFAULT_ERROR", default, lazy=True)


class ApiBlueprint(Blueprint):
    """Blueprint whose operations all document 401, 429 and, with a body, 415."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._prepare_doc_cbks.append(self._document_access_errors)

    @staticmethod
    def _document_access_errors(doc, doc_info, *, method, **kwargs):
        responses = doc.setdefault("responses", {})
        codes = [401, 429] + ([415] if method.upper() in BODY_METHODS else [])
        for code in codes:
            responses.setdefault(str(code), http.HTTPStatus(code).name)
        return doc


def require_json_body() -> None:
    """Refuse a body that is not JSON with 415 before any parsing."""
    if request.method in BODY_METHODS and not request.is_json:
        abort(415, description="Send the request body as JSON (Content-Type: application/json).")


def _api_blueprints():
    from bpo.api.analyses import blp as analyses_blp
    from bpo.api.classify import blp as classify_blp
    from bpo.api.feedback import blp as feedback_blp
    from bpo.api.model_info import blp as model_blp
    from bpo.api.providers import blp as providers_blp

    return (classify_blp, analyses_blp, feedback_blp, providers_blp, model_blp)


def _register_components(api: Api) -> None:
    """Security scheme, exact constraints and the schemas referred to by name."""
    from bpo.api.openapi_fields import exact_constraints
    from bpo.api.schemas import LABEL_CORRECTION_RULE, LabelCorrectionSchema, ProblemSchema
    from bpo.json_fields import json_strict
    from bpo.schemas import AnalysisTaskSchema, ApiProviderSchema, TaskTextSchema

    api.ma_plugin.converter.add_attribute_function(exact_constraints)
    components = api.spec.components
    components.security_scheme(
        SECURITY_SCHEME, {"type": "http", "scheme": "bearer", "description": "An API key."}
    )
    components.schema("Problem", schema=ProblemSchema)
    # The oneOf of a task list refers to these two by name; bodies are parsed JSON-strict.
    components.schema("TaskText", schema=json_strict(TaskTextSchema))
    components.schema("AnalysisTask", schema=json_strict(AnalysisTaskSchema))
    components.schema("Provider", schema=ApiProviderSchema)
    components.schema("LabelCorrection", LABEL_CORRECTION_RULE, schema=LabelCorrectionSchema)


def register_api(app: Flask) -> Api:
    """Create the Api for this app, register every API blueprint and the docs page."""
    from bpo.api.docs import bp as docs_bp
    from bpo.auth import authenticate
    from bpo.extensions import csrf

    app.config.update(
        API_TITLE="BPO sourcing advisor API",
        API_VERSION=API_VERSION,
        OPENAPI_VERSION="3.1.0",
        OPENAPI_URL_PREFIX=API_PREFIX,
        OPENAPI_JSON_PATH="openapi.json",
        API_SPEC_OPTIONS={
            "info": {"description": API_DESCRIPTION},
            "security": [{SECURITY_SCHEME: []}],
        },
    )
    api = ProblemApi(app)
    _register_components(api)
    blueprints = _api_blueprints()
    for blp in blueprints:
        # The API authenticates with bearer keys, not cookies: CSRF does not apply to it.
        csrf.exempt(blp)
        api.register_blueprint(blp, url_prefix=API_PREFIX)
    names = {blp.name for blp in blueprints}

    @app.before_request
    def _authenticate_api_calls():
        # Runs before the blueprints' own hooks, so a caller without a key gets 401 first.
        if request.blueprint in names:
            authenticate()

    app.register_blueprint(docs_bp)
    app.extensions["bpo.api"] = api
    return api
