"""GET /model: which model answers, how well it scored, and the labels it can give."""

from flask import abort
from flask.views import MethodView

from bpo.api.base import ApiBlueprint
from bpo.model_store import current_model
from bpo.schemas.api import ModelInfoSchema
from classifier.labels import VOCABULARIES

blp = ApiBlueprint("model", __name__, description="The classifier model behind the answers")

# Shown on their own; the rest of the metadata goes under "metadata" as it is.
_OWN_KEYS = ("version", "metrics", "review_threshold", "review_thresholds")


def model_info(model) -> dict:
    """The model's version, metrics, review thresholds, metadata and label vocabularies."""
    metadata = dict(model.metadata)
    return {
        "model_version": model.version,
        "review_threshold": metadata.get("review_threshold"),
        "review_thresholds": model.review_thresholds,
        "metrics": metadata.get("metrics") or {},
        "metadata": {key: value for key, value in metadata.items() if key not in _OWN_KEYS},
        "labels": {head: list(labels) for head, labels in VOCABULARIES.items()},
    }


@blp.route("/model")
class Model(MethodView):
    """The loaded classifier."""

    @blp.response(200, ModelInfoSchema)
    @blp.alt_response(503, response="SERVICE_UNAVAILABLE")
    @blp.doc(operationId="get_model")
    def get(self):
        """Describe the loaded model; 503 when none is loaded."""
        model = current_model()
        if model is None:
            abort(503, description="No classifier model is loaded; run 'flask --app wsgi train'.")
        return model_info(model)
