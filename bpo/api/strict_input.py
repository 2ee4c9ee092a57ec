"""Hostile-input guards of the JSON API: strict JSON parsing and no unknown query parameters.

The standard library accepts duplicate keys (the last one wins silently), raises RecursionError
on deep nesting and ValueError on huge integers; the parser below turns each into a clear 400 or
422 problem instead of a silent surprise or a 500.
"""

import json

from flask import abort, current_app, request
from flask_smorest import abort as abort_with_errors
from marshmallow import RAISE
from webargs.flaskparser import FlaskParser, is_json_request

# No request of this API nests deeper than a few levels; 32 leaves room and bounds the work.
MAX_JSON_DEPTH = 32
# Digits of the longest JSON integer accepted: far above any count, cost or hour figure.
MAX_INTEGER_DIGITS = 20

_QUERY_LOCATIONS = {"query", "querystring"}

TOO_DEEP = f"The body nests arrays or objects more than {MAX_JSON_DEPTH} levels deep."


class DuplicateKey(ValueError):
    """A JSON object names the same key twice."""

    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


class UnreadableJson(ValueError):
    """JSON that is valid text but too deep or with too long a number to be taken."""


def _object_without_duplicates(pairs: list[tuple[str, object]]) -> dict:
    seen: dict = {}
    for key, value in pairs:
        if key in seen:
            raise DuplicateKey(key)
        seen[key] = value
    return seen


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INTEGER_DIGITS:
        raise UnreadableJson(f"A number in the body has more than {MAX_INTEGER_DIGITS} digits.")
    return int(digits)


def _check_depth(document: object) -> None:
    """Refuse nesting deeper than MAX_JSON_DEPTH, walking without recursion."""
    pending = [(document, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, dict):
            children = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth > MAX_JSON_DEPTH:
            raise UnreadableJson(TOO_DEEP)
        pending.extend((child, depth + 1) for child in children)


def load_strict_json(raw: bytes) -> object:
    """Parse a request body: no duplicate keys, bounded depth, bounded integers."""
    try:
        document = json.loads(
            raw.decode("utf-8"),
            object_pairs_hook=_object_without_duplicates,
            parse_int=_bounded_int,
        )
    except RecursionError:
        raise UnreadableJson(TOO_DEEP) from None
    _check_depth(document)
    return document


class StrictParser(FlaskParser):
    """webargs' Flask parser with strict JSON and unknown query parameters refused."""

    # webargs drops unknown query parameters by default; let the schemas (RAISE) decide.
    DEFAULT_UNKNOWN_BY_LOCATION = {
        **FlaskParser.DEFAULT_UNKNOWN_BY_LOCATION,
        "query": RAISE,
        "querystring": RAISE,
    }

    def _raw_load_json(self, req):
        if not is_json_request(req):
            return super()._raw_load_json(req)
        try:
            return load_strict_json(req.get_data(cache=True))
        except DuplicateKey as exc:
            message = f"The key {exc.key!r} appears more than once in one object."
            abort_with_errors(422, message=message, errors={"json": {exc.key: [message]}})
        except UnreadableJson as exc:
            abort(400, description=str(exc))
        except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
            self._handle_invalid_json_error(exc, req)


def _declared_query_names() -> set[str]:
    """The query parameters the called operation declares through its schemas."""
    view = current_app.view_functions.get(request.endpoint)
    view_class = getattr(view, "view_class", None)
    method = "get" if request.method == "HEAD" else request.method.lower()
    handler = getattr(view_class, method, None) if view_class else view
    parameters = getattr(handler, "_apidoc", {}).get("arguments", {}).get("parameters", [])
    names: set[str] = set()
    for parameter in parameters:
        if parameter["in"] not in _QUERY_LOCATIONS:
            continue
        schema = parameter["schema"]
        schema = schema() if isinstance(schema, type) else schema
        names.update(field.data_key or name for name, field in schema.load_fields.items())
    return names


def refuse_unknown_query() -> None:
    """422 naming each query parameter the operation does not take, so typos never pass."""
    if request.endpoint is None or not request.args:
        return
    declared = _declared_query_names()
    unknown = [name for name in request.args if name not in declared]
    if not unknown:
        return
    if declared:
        hint = f"This operation takes {', '.join(sorted(declared))}."
    else:
        hint = "This operation takes no query parameters."
    errors = {
        (name or "(no name)"): [f"Unknown query parameter {name!r}. {hint}"] for name in unknown
    }
    abort_with_errors(422, errors={"query": errors})
