"""Two plans: copy an analysis under changed company settings, and compare two analyses."""

from flask import abort, current_app, url_for
from flask.views import MethodView

from bpo.analysis_store import AnalysisNotFound, public_view
from bpo.api.analyses import find_analysis
from bpo.api.base import LOCATION_HEADER, ApiBlueprint, require_json_body
from bpo.auth import owner_key_id
from bpo.model_store import current_model
from bpo.schemas.api import ComparisonSchema, CopyRequestSchema
from bpo.schemas.results import AnalysisSchema
from bpo.services import ServiceUnavailable, compare_analyses, copy_analysis

blp = ApiBlueprint(
    "comparison", __name__, description="Copy an analysis with other settings and compare plans"
)
blp.before_request(require_json_body)


@blp.route("/analyses/<string:analysis_id>/copy")
class AnalysisCopy(MethodView):
    """A second plan for the same tasks."""

    @blp.arguments(CopyRequestSchema)
    @blp.response(201, AnalysisSchema, headers=LOCATION_HEADER)
    @blp.alt_response(404, response="NOT_FOUND")
    @blp.doc(operationId="copy_analysis")
    def post(self, body, analysis_id):
        """Run the analysis's tasks again under changed company settings; store it as new."""
        try:
            record = copy_analysis(
                current_model(),
                analysis_id,
                body["company"],
                owner_key_id=owner_key_id(),
                time_limit=current_app.config["SOLVER_TIME_LIMIT"],
            )
        except AnalysisNotFound:
            abort(404, description=f"No analysis with id {analysis_id!r}.")
        except ServiceUnavailable as exc:
            abort(503, description=str(exc))
        location = url_for("analyses.Analysis", analysis_id=record.id)
        return public_view(record), 201, {"Location": location}


@blp.route("/analyses/<string:analysis_id>/compare/<string:other_id>")
class AnalysisComparison(MethodView):
    """Two of the caller's analyses side by side."""

    @blp.response(200, ComparisonSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    @blp.doc(operationId="compare_analyses")
    def get(self, analysis_id, other_id):
        """Both totals and providers, and the tasks whose decision or provider differs."""
        first = public_view(find_analysis(analysis_id))
        second = public_view(find_analysis(other_id))
        return compare_analyses(first, second)
