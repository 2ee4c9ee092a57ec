"""Analyses: run, list, fetch, delete and export keep-or-outsource analyses."""

from flask import abort, current_app, url_for
from flask.views import MethodView

from bpo.analysis_store import (
    AnalysisNotFound,
    delete_analysis,
    get_analysis,
    list_analyses,
    make_room,
    public_view,
)
from bpo.api.base import LOCATION_HEADER, ApiBlueprint, require_json_body
from bpo.api.pagination import PAGE_HEADERS, paged
from bpo.auth import owner_key_id
from bpo.exports import analysis_csv  # the report page's export: one CSV format for both
from bpo.model_store import current_model
from bpo.schemas.api import AnalysisBodySchema, AnalysisPageSchema, PageQuerySchema
from bpo.schemas.results import AnalysisSchema
from bpo.services import ServiceUnavailable, create_analysis

blp = ApiBlueprint(
    "analyses", __name__, description="Keep-or-outsource analyses with provider bundles"
)
blp.before_request(require_json_body)

CSV_DOC = {
    "responses": {
        "200": {
            "description": "One row per task, with its labels, decision, provider and costs.",
            "content": {"text/csv": {"schema": {"type": "string"}}},
            "headers": {"Content-Disposition": {"schema": {"type": "string"}}},
        }
    }
}


def find_analysis(analysis_id: str):
    """The caller's analysis, or 404: another key's analysis is as absent as a missing one."""
    try:
        return get_analysis(analysis_id, owner_key_id())
    except AnalysisNotFound:
        abort(404, description=f"No analysis with id {analysis_id!r}.")


def summary(record) -> dict:
    """An analysis as one line of a listing."""
    return {
        "id": record.id,
        "created_at": record.created_at.isoformat(),
        "updated_at": record.updated_at.isoformat(),
        "model_version": record.model_version,
        "company_name": record.company_name,
        "task_count": record.task_count,
        "totals": record.totals,
        "url": url_for("analyses.Analysis", analysis_id=record.id, _external=True),
    }


@blp.route("/analyses")
class Analyses(MethodView):
    """The caller's analyses."""

    @blp.arguments(PageQuerySchema, location="query", as_kwargs=True)
    @blp.response(200, AnalysisPageSchema, headers=PAGE_HEADERS)
    @blp.doc(operationId="list_analyses")
    def get(self, page, per_page):
        """List your analyses, newest first, a page at a time."""
        records, total = list_analyses(owner_key_id(), page, per_page)
        return paged([summary(record) for record in records], total, page, per_page)

    @blp.arguments(AnalysisBodySchema)
    @blp.response(201, AnalysisSchema, headers=LOCATION_HEADER)
    @blp.doc(operationId="create_analysis")
    @blp.alt_response(409, response="CONFLICT")
    def post(self, body):
        """Classify the tasks, decide keep or outsource, bundle the outsourced ones; store it."""
        # Refuse a full quota before the expensive part, not after it.
        make_room(owner_key_id())
        try:
            record = create_analysis(
                current_model(),
                body,
                owner_key_id=owner_key_id(),
                time_limit=current_app.config["SOLVER_TIME_LIMIT"],
            )
        except ServiceUnavailable as exc:
            abort(503, description=str(exc))
        location = url_for("analyses.Analysis", analysis_id=record.id)
        return public_view(record), 201, {"Location": location}


@blp.route("/analyses/<string:analysis_id>")
class Analysis(MethodView):
    """One stored analysis."""

    @blp.response(200, AnalysisSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    @blp.doc(operationId="get_analysis")
    def get(self, analysis_id):
        """Return a stored analysis again."""
        return public_view(find_analysis(analysis_id))

    @blp.response(204)
    @blp.alt_response(404, response="NOT_FOUND")
    @blp.doc(operationId="delete_analysis")
    def delete(self, analysis_id):
        """Delete an analysis and the label feedback sent for it."""
        try:
            delete_analysis(analysis_id, owner_key_id())
        except AnalysisNotFound:
            abort(404, description=f"No analysis with id {analysis_id!r}.")


@blp.route("/analyses/<string:analysis_id>/export.csv")
class AnalysisExport(MethodView):
    """An analysis as a spreadsheet."""

    @blp.doc(**CSV_DOC, operationId="export_analysis_csv")
    @blp.alt_response(404, response="NOT_FOUND")
    def get(self, analysis_id):
        """Download the per-task result as CSV (UTF-8, header row first)."""
        record = find_analysis(analysis_id)
        response = current_app.response_class(
            analysis_csv(public_view(record)), mimetype="text/csv"
        )
        response.headers["Content-Disposition"] = f'attachment; filename="analysis-{record.id}.csv"'
        return response
