"""The classifier loaded once per worker and kept in app.extensions."""

import logging
from pathlib import Path

from flask import Flask, current_app

from classifier import ModelError, TaskClassifier, load_model

log = logging.getLogger("bpo.model")

EXTENSION_KEY = "bpo.model"


def init_model(app: Flask, model: TaskClassifier | None = None) -> None:
    """Load the model from MODEL_DIR unless a test hands one in."""
    if model is None:
        model = _load_if_present(Path(app.config["MODEL_DIR"]))
    app.extensions[EXTENSION_KEY] = model


def _load_if_present(model_dir: Path) -> TaskClassifier | None:
    if not (model_dir / "model.skops").exists():
        log.warning("no model in %s: run 'flask --app wsgi train'", model_dir)
        return None
    try:
        return load_model(model_dir)
    except ModelError as exc:
        # Refuse the file but keep serving: /readyz reports it and `train` can replace it.
        log.error("model in %s refused: %s", model_dir, exc)
        return None


def set_model(app: Flask, model: TaskClassifier | None) -> None:
    """Swap the loaded model, after training for example."""
    app.extensions[EXTENSION_KEY] = model


def current_model() -> TaskClassifier | None:
    """The model of the running app, or None when none is loaded."""
    return current_app.extensions.get(EXTENSION_KEY)
