"""POST /classify: label a list of tasks."""

from flask import abort, jsonify
from flask.views import MethodView

from bpo.api.base import ApiBlueprint, require_json_body
from bpo.model_store import current_model
from bpo.schemas.api import ClassifyBodySchema
from bpo.schemas.results import ClassifyResponseSchema
from bpo.services import ServiceUnavailable, TaskText, classify_tasks

blp = ApiBlueprint(
    "classify",
    __name__,
    description="Classify tasks into office, process, function and location, optionally in the "
    "light of what the company sells",
)
blp.before_request(require_json_body)


@blp.route("/classify")
class Classify(MethodView):
    """Label tasks with the trained model."""

    # An instance, made once: with the class webargs would build (deep-copy) one per request.
    @blp.arguments(ClassifyBodySchema())
    @blp.response(200, ClassifyResponseSchema)
    @blp.doc(operationId="classify_tasks")
    def post(self, body):
        """Classify 1 to 1,000 tasks; results come back in input order."""
        tasks = [TaskText.of(task) for task in body["tasks"]]
        model = current_model()
        try:
            results = classify_tasks(model, tasks, company=body.get("company"))
        except ServiceUnavailable as exc:
            abort(503, description=str(exc))
        # The service builds exactly ClassifyResponseSchema's shape (the schemathesis test checks
        # every answer against it); dumping up to 1,000 results through marshmallow again cost
        # more than classifying and explaining them, so the answer is sent as it is.
        return jsonify({"model_version": model.version, "results": results})
