"""What every API blueprint builds on: the Api, the Blueprint, and the JSON-body rule."""

import http

from flask import abort, request
from flask_smorest import Api, Blueprint

from bpo.api.strict_input import StrictParser, refuse_unknown_query
from bpo.errors import PROBLEM_MIMETYPE

BODY_METHODS = {"POST", "PUT", "PATCH"}

# The header of a 201: where the new resource now lives.
LOCATION_HEADER = {
    "Location": {
        "description": "The URL of the new resource.",
        "schema": {"type": "string", "format": "uri-reference"},
    }
}

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
    """Blueprint whose operations all document 401, 405, 429 and, with a body, 400 and 415."""

    # Duplicate keys, deep nesting, huge numbers and unknown query parameters are refused.
    ARGUMENTS_PARSER = StrictParser()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._prepare_doc_cbks.append(self._document_access_errors)
        self.before_request(refuse_unknown_query)

    @staticmethod
    def _document_access_errors(doc, doc_info, *, method, **kwargs):
        responses = doc.setdefault("responses", {})
        # 400: a body that is not JSON at all; 405: a method the path does not take.
        codes = [401, 405, 429] + ([400, 415] if method.upper() in BODY_METHODS else [])
        for code in codes:
            responses.setdefault(str(code), http.HTTPStatus(code).name)
        return doc


def require_json_body() -> None:
    """Refuse a body that is not JSON with 415 before any parsing."""
    if request.method in BODY_METHODS and not request.is_json:
        abort(415, description="Send the request body as JSON (Content-Type: application/json).")
