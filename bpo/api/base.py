"""What every API blueprint builds on: the Api, the Blueprint, and the JSON-body rule."""

import http

from flask import abort, request
from flask_smorest import Api, Blueprint

from bpo.errors import PROBLEM_MIMETYPE

BODY_METHODS = {"POST", "PUT", "PATCH"}

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
