"""The JSON API: flask-smorest blueprints under /api/v1, documented in OpenAPI.

The blueprints, base classes and schemas are imported inside the functions, so `bpo.errors`
can import `bpo.api.paths` without an import cycle.
"""

from flask import Flask, request
from flask_smorest import Api

from bpo.api.paths import API_PREFIX, API_VERSION, SPEC_FILE

SECURITY_SCHEME = "bearerAuth"

API_DESCRIPTION = """\
Classify business tasks, decide what to keep or outsource, and bundle the outsourced work
for BPO providers. Send `Authorization: Bearer <key>` with every call (keys come from
`flask --app wsgi apikeys create`); a local install with no key created yet and
`BPO_API_OPEN=1` is open. Every error is `application/problem+json` with a `request_id`.
Listings are paged with `page` and `per_page`; follow `links.next` or the `Link` header.
A guide with curl and Python examples is in docs/api.md.
"""


def _api_blueprints():
    from bpo.api.analyses import blp as analyses_blp
    from bpo.api.classify import blp as classify_blp
    from bpo.api.comparison import blp as comparison_blp
    from bpo.api.feedback import blp as feedback_blp
    from bpo.api.model_info import blp as model_blp
    from bpo.api.providers import blp as providers_blp

    return (classify_blp, analyses_blp, comparison_blp, feedback_blp, providers_blp, model_blp)


def _register_components(api: Api) -> None:
    """Security scheme, exact constraints and the schemas referred to by name."""
    from bpo.schemas.api import (
        LABEL_CORRECTION_RULE,
        AnalysisTaskBodySchema,
        LabelCorrectionSchema,
        ProblemSchema,
        TaskTextBodySchema,
    )
    from bpo.schemas.openapi import VOCABULARIES, exact_constraints, named_vocabularies
    from bpo.schemas.providers import WORK_MODES_RULE, ApiProviderSchema, ProviderUpdateSchema

    api.ma_plugin.converter.add_attribute_function(exact_constraints)
    api.ma_plugin.converter.add_attribute_function(named_vocabularies)
    components = api.spec.components
    for name, values in VOCABULARIES.items():
        components.schema(name, {"type": "string", "enum": list(values)})
    components.security_scheme(
        SECURITY_SCHEME, {"type": "http", "scheme": "bearer", "description": "An API key."}
    )
    components.schema("Problem", schema=ProblemSchema)
    # The oneOf of a task list refers to these two by name; bodies are parsed JSON-strict.
    components.schema("TaskText", schema=TaskTextBodySchema)
    components.schema("AnalysisTask", schema=AnalysisTaskBodySchema)
    components.schema("Provider", WORK_MODES_RULE, schema=ApiProviderSchema)
    components.schema("ProviderUpdate", WORK_MODES_RULE, schema=ProviderUpdateSchema)
    components.schema("LabelCorrection", LABEL_CORRECTION_RULE, schema=LabelCorrectionSchema)


def register_api(app: Flask) -> Api:
    """Create the Api for this app, register every API blueprint and the docs page."""
    from bpo.api.base import ProblemApi
    from bpo.api.docs import bp as docs_bp
    from bpo.auth import authenticate
    from bpo.extensions import csrf

    app.config.update(
        API_TITLE="BPO sourcing advisor API",
        API_VERSION=API_VERSION,
        OPENAPI_VERSION="3.1.0",
        OPENAPI_URL_PREFIX=API_PREFIX,
        OPENAPI_JSON_PATH=SPEC_FILE,
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
