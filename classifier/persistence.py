"""Saving and safely loading a TaskClassifier: skops archive plus metadata.json with its hash."""

import copy
import hashlib
import json
import zipfile
from pathlib import Path

import numpy as np
import skops.io as sio

from classifier import concepts
from classifier.features import FeatureConfig, FeatureSpace
from classifier.model import ESTIMATORS, ModelError, TaskClassifier
from classifier.training import MODEL_FORMAT

MODEL_FILE = "model.skops"
METADATA_FILE = "metadata.json"
# Types the loader may instantiate beyond skops' built-in safe set. The model holds only stock
# scikit-learn, numpy and builtin types, so this reviewed list is empty.
TRUSTED_TYPES: list[str] = []


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def save_model(clf: TaskClassifier, model_dir: Path) -> None:
    """Write model_dir/model.skops (deflate-compressed) and model_dir/metadata.json."""
    model_dir = Path(model_dir)
    model_dir.mkdir(parents=True, exist_ok=True)
    model_path = model_dir / MODEL_FILE
    parts = {**clf.features.parts, "active": _kept_columns(clf.features.parts["active"])}
    payload = {**parts, **{name: _single(clf.estimators[name]) for name in ESTIMATORS}}
    sio.dump(payload, model_path, compression=zipfile.ZIP_DEFLATED)
    metadata = dict(clf.metadata)
    metadata["model_file"] = {
        "name": MODEL_FILE,
        "sha256": _sha256(model_path),
        "bytes": model_path.stat().st_size,
    }
    (model_dir / METADATA_FILE).write_text(json.dumps(metadata, indent=2, sort_keys=True) + "\n")
    clf.metadata = metadata


def _single(estimator):
    """A copy of a fitted estimator with its weights in float32, for the file.

    Training rounds the weights to single precision, so nothing is lost; in memory they stay
    float64, since a float32 matrix is converted to float64 on every product with the features
    (a one-line prediction took 2 ms instead of 0.3).
    """
    stored = copy.copy(estimator)
    stored.coef_ = estimator.coef_.astype(np.float32)
    return stored


def _kept_columns(selector):
    """A copy of the fitted column selector whose variances only say which columns it keeps.

    After fitting, VarianceThreshold reads its variances only as variances_ > threshold. Stored
    as they were fitted, they took 2.3 MB of the file (4.8 MB before compression); one value
    above the threshold for a kept column and the threshold itself for the others keep the same
    columns and compress to 0.17 MB.
    """
    stored = copy.copy(selector)
    kept = selector.variances_ > selector.threshold
    stored.variances_ = np.where(kept, selector.threshold + 1.0, selector.threshold)
    return stored


def _double(estimator):
    """The loaded estimator with its float32 weights back in float64 (exactly the same values)."""
    estimator.coef_ = estimator.coef_.astype(np.float64)
    return estimator


def _read_metadata(model_dir: Path) -> dict:
    path = model_dir / METADATA_FILE
    if not path.is_file():
        raise ModelError(f"no {METADATA_FILE} in {model_dir}: not a saved classifier")
    try:
        metadata = json.loads(path.read_text())
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"{path} is not valid JSON: {exc}") from exc
    if not isinstance(metadata, dict) or "sha256" not in metadata.get("model_file", {}):
        raise ModelError(f"{path} does not record the model file's sha256")
    return metadata


def load_model(model_dir: Path) -> TaskClassifier:
    """Load a model written by save_model; refuse anything missing, modified or foreign."""
    model_dir = Path(model_dir)
    if not model_dir.is_dir():
        raise ModelError(f"model directory not found: {model_dir}")
    model_path = model_dir / MODEL_FILE
    if not model_path.is_file():
        raise ModelError(f"no {MODEL_FILE} in {model_dir}")
    metadata = _read_metadata(model_dir)
    if _sha256(model_path) != metadata["model_file"]["sha256"]:
        raise ModelError(
            f"model file was modified: {model_path} does not match the sha256 in {METADATA_FILE}"
        )
    if not zipfile.is_zipfile(model_path):
        raise ModelError(f"{model_path} is not a skops archive")
    try:
        untrusted = sio.get_untrusted_types(file=model_path)
    except Exception as exc:  # skops raises several types for a malformed archive
        raise ModelError(f"{model_path} is not a readable skops archive: {exc}") from exc
    unexpected = sorted(set(untrusted) - set(TRUSTED_TYPES))
    if unexpected:
        raise ModelError(f"{model_path} contains untrusted types: {', '.join(unexpected)}")
    try:
        payload = sio.load(model_path, trusted=TRUSTED_TYPES or None)
    except Exception as exc:
        raise ModelError(f"{model_path} could not be loaded: {exc}") from exc
    if not isinstance(payload, dict) or set(payload) != {*FeatureSpace.PARTS, *ESTIMATORS}:
        raise ModelError(f"{model_path} does not hold a task classifier")
    if metadata.get("model_format") != MODEL_FORMAT:
        raise ModelError(
            f"{model_path} has format {metadata.get('model_format')!r}; this code reads "
            f"{MODEL_FORMAT!r}: retrain the model"
        )
    if metadata.get("concept_table") != concepts.table().digest:
        raise ModelError(
            f"{model_path} was trained with concept table {metadata.get('concept_table')!r}; "
            f"this code has {concepts.table().digest!r}: retrain the model"
        )
    settings = metadata.get("config", {}).get("features", {})
    config = FeatureConfig(
        **{k: tuple(v) if isinstance(v, list) else v for k, v in settings.items()}
    )
    features = FeatureSpace(config, {part: payload[part] for part in FeatureSpace.PARTS})
    return TaskClassifier(features, {name: _double(payload[name]) for name in ESTIMATORS}, metadata)
