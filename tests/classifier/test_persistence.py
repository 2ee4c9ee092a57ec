"""Safe persistence: what save_model writes and what load_model refuses."""

import json
import pickle
import shutil
import time
import zipfile

import numpy as np
import pytest
import skops.io as sio
from scipy import sparse
from sklearn.feature_selection import VarianceThreshold
from sklearn.preprocessing import FunctionTransformer

from classifier import ModelError, load_model
from classifier.persistence import METADATA_FILE, MODEL_FILE, _kept_columns, _sha256
from classifier.training import TrainingConfig, rounded_weights


@pytest.fixture
def model_copy(small_model_dir, tmp_path):
    """A private copy of the saved model to tamper with."""
    return shutil.copytree(small_model_dir, tmp_path / "model")


def _replace_model_file(model_dir, content: bytes, rehash: bool) -> None:
    """Overwrite model.skops; with rehash, also record its new hash as an attacker would."""
    path = model_dir / MODEL_FILE
    path.write_bytes(content)
    if rehash:
        metadata = json.loads((model_dir / METADATA_FILE).read_text())
        metadata["model_file"]["sha256"] = _sha256(path)
        (model_dir / METADATA_FILE).write_text(json.dumps(metadata))


def test_saved_files_and_limits(small_model_dir):
    model_path = small_model_dir / MODEL_FILE
    assert zipfile.is_zipfile(model_path)
    assert model_path.stat().st_size <= 25 * 1024 * 1024
    assert sio.get_untrusted_types(file=model_path) == []
    metadata = json.loads((small_model_dir / METADATA_FILE).read_text())
    assert metadata["model_file"]["sha256"] == _sha256(model_path)


@pytest.mark.wall_clock
def test_load_round_trip_is_quick_and_exact(small_model_dir, small_model):
    started = time.perf_counter()
    loaded = load_model(small_model_dir)
    assert time.perf_counter() - started < 2.0  # budget is 1 s; slack for a busy CI machine
    texts = ["chase unpaid invoices", "Manage customer inquiries"]
    for head, matrix in loaded.predict_proba(texts).items():
        np.testing.assert_array_equal(matrix, small_model.predict_proba(texts)[head])


def test_weights_are_stored_in_single_precision_and_read_back_exactly(small_model_dir, small_model):
    stored = sio.load(small_model_dir / MODEL_FILE, trusted=None)
    loaded = load_model(small_model_dir)
    for name, estimator in small_model.estimators.items():
        assert stored[name].coef_.dtype == np.float32
        # Computed in double precision: a float32 matrix would be converted on every product.
        assert loaded.estimators[name].coef_.dtype == np.float64
        np.testing.assert_array_equal(loaded.estimators[name].coef_, estimator.coef_)


def test_weights_keep_only_the_configured_mantissa_bits(small_model):
    dropped = np.uint32((1 << (23 - TrainingConfig().weight_bits)) - 1)
    for estimator in small_model.estimators.values():
        low_bits = estimator.coef_.astype(np.float32).view(np.uint32) & dropped
        assert estimator.coef_.any() and not low_bits.any()


def test_rounded_weights_round_to_the_nearest_kept_value():
    weights = np.array([[1.0, 1.0 + 2**-14, 1.0 + 3 * 2**-15, -0.3, 0.0, 7e-6]])
    rounded = rounded_weights(weights, 13)
    # 1 + 2^-14 is halfway to the next 13-bit value (1 + 2^-13) and rounds up, as does 1 + 3/2^15.
    np.testing.assert_array_equal(rounded[0, :3], [1.0, 1.0 + 2**-13, 1.0 + 2**-13])
    assert rounded[0, 4] == 0.0 and rounded.dtype == np.float64 and rounded.shape == weights.shape
    np.testing.assert_allclose(rounded, weights, rtol=2**-14)
    # With all 23 bits it is plain single precision.
    np.testing.assert_array_equal(
        rounded_weights(weights, 23), weights.astype(np.float32).astype(np.float64)
    )


def test_column_selector_is_stored_as_the_columns_it_keeps(small_model_dir):
    # Fitted variances, some of them zero, against what the file keeps of them.
    dense = sparse.random(50, 40, density=0.3, random_state=0).toarray()
    dense[:, ::3] = 0.0
    matrix = sparse.csr_matrix(dense)
    fitted = VarianceThreshold(0.0).fit(matrix)
    kept = _kept_columns(fitted)
    assert 0 < fitted.get_support().sum() < 40
    np.testing.assert_array_equal(kept.get_support(), fitted.get_support())
    np.testing.assert_array_equal(
        kept.transform(matrix).toarray(), fitted.transform(matrix).toarray()
    )
    # The saved model holds two values only, one for a kept column and one for the rest.
    stored = sio.load(small_model_dir / MODEL_FILE, trusted=None)["active"]
    assert set(np.unique(stored.variances_)) == {0.0, 1.0}


def test_missing_directory_is_refused(tmp_path):
    with pytest.raises(ModelError, match="not found"):
        load_model(tmp_path / "nowhere")


def test_missing_model_file_is_refused(model_copy):
    (model_copy / MODEL_FILE).unlink()
    with pytest.raises(ModelError, match=MODEL_FILE):
        load_model(model_copy)


def test_missing_metadata_is_refused(model_copy):
    (model_copy / METADATA_FILE).unlink()
    with pytest.raises(ModelError, match=METADATA_FILE):
        load_model(model_copy)


def test_tampered_model_file_is_refused(model_copy):
    data = bytearray((model_copy / MODEL_FILE).read_bytes())
    data[len(data) // 2] ^= 0xFF
    _replace_model_file(model_copy, bytes(data), rehash=False)
    with pytest.raises(ModelError, match="model file was modified"):
        load_model(model_copy)


def test_random_bytes_are_refused_even_with_a_matching_hash(model_copy):
    _replace_model_file(model_copy, np.random.default_rng(0).bytes(4096), rehash=True)
    with pytest.raises(ModelError, match="not a skops archive"):
        load_model(model_copy)


def test_a_pickle_is_refused_even_with_a_matching_hash(model_copy):
    _replace_model_file(model_copy, pickle.dumps({"features": None}), rehash=True)
    with pytest.raises(ModelError, match="not a skops archive"):
        load_model(model_copy)


def test_untrusted_types_are_refused(model_copy, tmp_path):
    foreign = tmp_path / "foreign.skops"
    sio.dump({"features": FunctionTransformer(func=shutil.rmtree)}, foreign)
    _replace_model_file(model_copy, foreign.read_bytes(), rehash=True)
    with pytest.raises(ModelError, match="untrusted types"):
        load_model(model_copy)


def test_a_skops_archive_of_something_else_is_refused(model_copy, tmp_path):
    other = tmp_path / "other.skops"
    sio.dump({"weights": np.zeros(3)}, other)
    _replace_model_file(model_copy, other.read_bytes(), rehash=True)
    with pytest.raises(ModelError, match="does not hold a task classifier"):
        load_model(model_copy)


def test_invalid_metadata_is_refused(model_copy):
    (model_copy / METADATA_FILE).write_text("{not json")
    with pytest.raises(ModelError, match="not valid JSON"):
        load_model(model_copy)


# A model made for other code must fail on loading, with the fix named, not later with a shape
# error in the middle of a request: an older format's own-work estimators read fewer inputs,
# and the concept block's columns mean what the concept table it was trained with says.
@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("model_format", "tc2", "format 'tc2'.*retrain"),
        ("concept_table", "0123456789ab", "concept table '0123456789ab'.*retrain"),
    ],
)
def test_a_model_made_for_other_code_is_refused_with_a_hint_to_retrain(
    model_copy, field, value, message
):
    metadata = json.loads((model_copy / METADATA_FILE).read_text())
    metadata[field] = value
    (model_copy / METADATA_FILE).write_text(json.dumps(metadata))
    with pytest.raises(ModelError, match=message):
        load_model(model_copy)
