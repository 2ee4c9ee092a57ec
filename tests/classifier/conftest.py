"""One classifier per test session, trained and reloaded through the public API (no Flask)."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA_PATH = ROOT / "training_data" / "tasks.csv"


@pytest.fixture(scope="session")
def data_path() -> Path:
    """The committed training data."""
    return DATA_PATH


@pytest.fixture(scope="session")
def trained_model_dir(model_dir) -> Path:
    """The session model directory of tests/conftest.py (trained once per run, not twice)."""
    return model_dir


@pytest.fixture(scope="session")
def trained_model(model):
    """The session model, loaded back through the safe loader."""
    return model
