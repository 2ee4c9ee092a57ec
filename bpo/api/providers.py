"""The provider catalog: anyone with a key reads it, admin keys edit it."""

from dataclasses import replace

from flask import abort, request, url_for
from flask.views import MethodView
from flask_smorest import abort as abort_with_errors
from marshmallow import ValidationError

from bpo.api.base import LOCATION_HEADER, ApiBlueprint, require_json_body
from bpo.api.pagination import PAGE_HEADERS, paged
from bpo.auth import require_admin
from bpo.catalog_store import (
    delete_provider,
    filter_providers,
    get_provider,
    load_catalog,
    save_provider,
)
from bpo.schemas.api import ProviderPageSchema, ProviderQuerySchema
from bpo.schemas.providers import ApiProviderSchema, ProviderUpdateSchema
from bpo.sourcing.catalog import SLUG
from bpo.sourcing.domain import Provider

blp = ApiBlueprint("providers", __name__, description="The BPO provider catalog")

FILTERS = ("service", "country", "certification", "max_rate")
ADMIN_ONLY = {"403": "FORBIDDEN"}
WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
PROVIDER_ID = {
    "in": "path",
    "name": "provider_id",
    "description": "Lowercase letters, digits and single hyphens.",
    "schema": {"type": "string", "minLength": 2, "maxLength": 64, "pattern": SLUG},
}


@blp.before_request
def _writes_need_an_admin():
    # Before body checks, so a key without the right gets 403 whatever it sent.
    if request.method in WRITE_METHODS:
        require_admin()


blp.before_request(require_json_body)


def _existing(provider_id: str) -> Provider:
    provider = get_provider(provider_id)
    if provider is None:
        abort(404, description=f"No provider with id {provider_id!r}.")
    return provider


def _check_id(provider_id: str) -> None:
    """A provider can only be stored under an id the catalog accepts."""
    try:
        ApiProviderSchema().fields["id"].deserialize(provider_id)
    except ValidationError as exc:
        abort_with_errors(422, errors={"path": {"provider_id": exc.messages}})


def _location(provider_id: str) -> dict:
    return {"Location": url_for("providers.ProviderResource", provider_id=provider_id)}


@blp.route("/providers")
class Providers(MethodView):
    """The catalog as a whole."""

    @blp.arguments(ProviderQuerySchema, location="query")
    @blp.response(200, ProviderPageSchema, headers=PAGE_HEADERS)
    @blp.doc(operationId="list_providers")
    def get(self, query):
        """List providers by id; filters combine (all must match)."""
        filters = {name: query.get(name) for name in FILTERS}
        matches = filter_providers(load_catalog(), **filters)
        page, per_page = query["page"], query["per_page"]
        start = (page - 1) * per_page
        return paged(matches[start : start + per_page], len(matches), page, per_page, filters)

    @blp.arguments(ApiProviderSchema)
    @blp.response(201, ApiProviderSchema, headers=LOCATION_HEADER)
    @blp.alt_response(409, response="CONFLICT")
    @blp.doc(responses=ADMIN_ONLY, operationId="create_provider")
    def post(self, provider):
        """Add a provider (admin keys only); 409 when the id is taken."""
        if get_provider(provider.id) is not None:
            abort(409, description=f"Provider {provider.id!r} exists; PUT replaces it.")
        save_provider(provider)
        return provider, 201, _location(provider.id)


@blp.route("/providers/<string:provider_id>", parameters=[PROVIDER_ID])
class ProviderResource(MethodView):
    """One provider of the catalog."""

    @blp.response(200, ApiProviderSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    @blp.doc(operationId="get_provider")
    def get(self, provider_id):
        """Return one provider."""
        return _existing(provider_id)

    @blp.arguments(ProviderUpdateSchema)
    @blp.response(200, ApiProviderSchema)
    @blp.alt_response(
        201,
        schema=ApiProviderSchema,
        description="Created",
        success=True,
        headers=LOCATION_HEADER,
    )
    @blp.doc(responses=ADMIN_ONLY, operationId="replace_provider")
    def put(self, provider, provider_id):
        """Replace a provider, or create it under this id (admin keys only)."""
        if provider.id not in (None, provider_id):
            message = f"The body's id must be the id in the URL, {provider_id!r}."
            abort_with_errors(422, message=message, errors={"json": {"id": [message]}})
        _check_id(provider_id)
        provider = replace(provider, id=provider_id)
        created = get_provider(provider_id) is None
        save_provider(provider)
        if created:
            return provider, 201, _location(provider.id)
        return provider

    @blp.response(204)
    @blp.alt_response(404, response="NOT_FOUND")
    @blp.doc(responses=ADMIN_ONLY, operationId="delete_provider")
    def delete(self, provider_id):
        """Remove a provider from the catalog (admin keys only); stored analyses keep theirs."""
        if not delete_provider(provider_id):
            abort(404, description=f"No provider with id {provider_id!r}.")
