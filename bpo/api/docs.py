"""GET /api/docs: a reference page that renders /api/v1/openapi.json with local files only."""

from flask import Blueprint, render_template, url_for

from bpo.api.paths import API_ROOT

bp = Blueprint(
    "api_docs",
    __name__,
    url_prefix=API_ROOT,
    template_folder="templates",
    static_folder="static",
    static_url_path="/docs/static",
)


@bp.get("/docs")
def docs_page():
    """The API reference, drawn in the browser from the OpenAPI document."""
    # "api-docs" is the blueprint flask-smorest serves openapi.json from.
    return render_template("api_docs.html", spec_url=url_for("api-docs.openapi_json"))
