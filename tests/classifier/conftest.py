"""Classifier fixtures (no Flask): the training data, and the name test_model.py uses."""

from pathlib import Path

import pytest

DATA_PATH = Path(__file__).resolve().parents[2] / "training_data" / "tasks.csv"


@pytest.fixture(scope="session")
def data_path() -> Path:
    """The committed training data, all of it."""
    return DATA_PATH


@pytest.fixture(scope="session")
def trained_model(full_model):
    """The full model, by the name test_model.py asks for: its figures need all the data."""
    return full_model
