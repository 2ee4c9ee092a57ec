"""POST /analyses/<id>/feedback: corrected labels, kept for retraining, and a recomputed result."""

from flask import abort, current_app
from flask.views import MethodView
from flask_smorest import abort as abort_with_errors

from bpo.analysis_store import AnalysisNotFound, public_view
from bpo.api.base import ApiBlueprint, require_json_body
from bpo.auth import caller_name, owner_key_id
from bpo.model_store import current_model
from bpo.schemas.api import FeedbackRequestSchema
from bpo.schemas.results import AnalysisSchema
from bpo.services import InvalidCorrection, ServiceUnavailable, correct_labels

blp = ApiBlueprint("feedback", __name__, description="Correct the labels of an analysis")
blp.before_request(require_json_body)


def _sender(note: str | None) -> str:
    """Who sent it: the person named in the body, then the key that vouched for them."""
    caller = caller_name()
    return f"{note} via {caller}"[:100] if note else caller


@blp.route("/analyses/<string:analysis_id>/feedback")
class Feedback(MethodView):
    """Label corrections for one analysis."""

    @blp.arguments(FeedbackRequestSchema)
    @blp.response(200, AnalysisSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    @blp.doc(operationId="send_feedback")
    @blp.alt_response(409, response="CONFLICT")
    def post(self, body, analysis_id):
        """Store corrected labels (who sent them and when) and return the recomputed analysis."""
        try:
            record = correct_labels(
                current_model(),
                analysis_id,
                body["corrections"],
                sent_by=_sender(body.get("sent_by")),
                owner_key_id=owner_key_id(),
                time_limit=current_app.config["SOLVER_TIME_LIMIT"],
            )
        except AnalysisNotFound:
            abort(404, description=f"No analysis with id {analysis_id!r}.")
        except InvalidCorrection as exc:
            abort_with_errors(422, message=exc.message, errors={"json": {exc.field: [exc.message]}})
        except ServiceUnavailable as exc:
            abort(503, description=str(exc))
        return public_view(record)
