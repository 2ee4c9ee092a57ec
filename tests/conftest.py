"""Shared fixtures: one trained model per session, an app with its own database per test."""

from pathlib import Path

import pytest
from flask_migrate import upgrade

from bpo import create_app
from bpo.catalog_store import seed_sample_catalog
from bpo.config import PROJECT_ROOT
from classifier import load_model, save_model, train_model


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory) -> Path:
    """Train the real model once, through the same code `flask train` uses."""
    directory = tmp_path_factory.mktemp("model")
    save_model(train_model(PROJECT_ROOT / "training_data" / "tasks.csv"), directory)
    return directory


@pytest.fixture(scope="session")
def model(model_dir):
    """The trained model loaded back through the safe loader."""
    return load_model(model_dir)


@pytest.fixture
def app(tmp_path, model, monkeypatch):
    """An app on a fresh SQLite file: real migrations, the sample catalog, as `make run` does."""
    monkeypatch.delenv("DATABASE_URL", raising=False)
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test-secret-key-of-sufficient-length-0123456789",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'test.sqlite3'}",
            "MODEL_DIR": str(tmp_path / "no-model-here"),
            "WTF_CSRF_ENABLED": False,
            "MODEL": model,
        }
    )
    with app.app_context():
        upgrade(directory=str(PROJECT_ROOT / "migrations"))
        seed_sample_catalog()
    yield app


@pytest.fixture
def client(app):
    """A test client speaking to the app through WSGI."""
    return app.test_client()


@pytest.fixture
def runner(app):
    """A CLI runner for the app's flask commands."""
    return app.test_cli_runner()
