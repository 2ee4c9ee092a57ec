"""Shared fixtures: a small and a full model per session, an app on a copied database per test.

Most tests run on a small model trained through the same code as `flask train`, on a slice of
the training data. Tests that check the label of a given line are marked `full_model` and get
the model trained on all of it. Alembic migrates one template database per session; every app
gets a copy of that file (tests/test_migrations.py runs the migrations themselves).
"""

import csv
import shutil
from collections import defaultdict
from pathlib import Path

import pytest
from flask_migrate import upgrade

from bpo import create_app
from bpo.catalog_store import load_catalog, seed_sample_catalog
from bpo.config import PROJECT_ROOT
from bpo.extensions import db
from classifier import load_model, save_model, train_model
from classifier.training import company_data_path

TRAINING_DATA = PROJECT_ROOT / "training_data" / "tasks.csv"
MIGRATIONS = str(PROJECT_ROOT / "migrations")
# Rows per function the small model learns from: sensible labels at a fraction of the cost.
SMALL_MODEL_ROWS_PER_FUNCTION = 200
# ... and every second written company.
SMALL_MODEL_COMPANY_STEP = 2
TEST_SETTINGS = {
    "TESTING": True,
    "SECRET_KEY": "test-secret-key-of-sufficient-length-0123456789",
    "WTF_CSRF_ENABLED": False,
}


def write_training_slice(source: Path, target: Path, per_function: int) -> Path:
    """Evenly spaced rows of each function, whole rows in file order, every column kept."""
    with source.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
        columns = reader.fieldnames
    positions = defaultdict(list)
    for position, row in enumerate(rows):
        positions[row["function"]].append(position)
    kept = set()
    for in_function in positions.values():
        step = max(1, len(in_function) // per_function)
        kept.update(in_function[::step][:per_function])
    with target.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows[position] for position in sorted(kept))
    return target


def write_company_slice(source: Path, target: Path, every: int) -> Path:
    """Every `every`-th written company, all of its lines, every column kept."""
    with source.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
        columns = reader.fieldnames
    companies = list(dict.fromkeys(row["company"] for row in rows))[::every]
    with target.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(row for row in rows if row["company"] in companies)
    return target


@pytest.fixture(autouse=True)
def one_process(monkeypatch):
    """Each app a test builds is served by this one process: one worker counting rate limits
    (`make` exports WEB_CONCURRENCY=2 for gunicorn; production refuses several workers that
    count alone). Tests that start gunicorn pass their own WEB_CONCURRENCY."""
    monkeypatch.setenv("WEB_CONCURRENCY", "1")


@pytest.fixture(scope="session")
def small_training_data(tmp_path_factory) -> Path:
    """The slice of the training data the small model learns from: lines and companies."""
    target = tmp_path_factory.mktemp("training") / "tasks.csv"
    write_company_slice(
        company_data_path(TRAINING_DATA), company_data_path(target), SMALL_MODEL_COMPANY_STEP
    )
    return write_training_slice(TRAINING_DATA, target, SMALL_MODEL_ROWS_PER_FUNCTION)


@pytest.fixture(scope="session")
def small_model_dir(tmp_path_factory, small_training_data) -> Path:
    """The small model, trained and saved through the code `flask train` uses."""
    directory = tmp_path_factory.mktemp("small-model")
    save_model(train_model(small_training_data), directory)
    return directory


@pytest.fixture(scope="session")
def small_model(small_model_dir):
    """The small model loaded back through the safe loader."""
    return load_model(small_model_dir)


@pytest.fixture(scope="session")
def full_model_dir(tmp_path_factory) -> Path:
    """The model trained on all of training_data/tasks.csv, as `flask train` saves it."""
    directory = tmp_path_factory.mktemp("full-model")
    save_model(train_model(TRAINING_DATA), directory)
    return directory


@pytest.fixture(scope="session")
def full_model(full_model_dir):
    """The full model loaded back through the safe loader."""
    return load_model(full_model_dir)


@pytest.fixture
def model(request):
    """The model the test's app serves: the small one, or the full one for `full_model` tests."""
    wanted = "full_model" if request.node.get_closest_marker("full_model") else "small_model"
    return request.getfixturevalue(wanted)


@pytest.fixture(scope="session")
def template_database(tmp_path_factory) -> Path:
    """A SQLite file migrated by Alembic and holding the sample catalog, as `make run` leaves it."""
    path = tmp_path_factory.mktemp("template") / "bpo.sqlite3"
    app = create_app(
        {
            **TEST_SETTINGS,
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{path}",
            "MODEL_DIR": str(path.parent / "no-model-here"),
        }
    )
    with app.app_context():
        upgrade(directory=MIGRATIONS)
        seed_sample_catalog()
        db.engine.dispose()
    return path


@pytest.fixture
def make_app(tmp_path, model, template_database):
    """Build an app on its own copy of the template database; keywords override settings."""
    built = 0

    def make(**overrides):
        nonlocal built
        built += 1
        database = shutil.copyfile(template_database, tmp_path / f"app-{built}.sqlite3")
        settings = {
            **TEST_SETTINGS,
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{database}",
            "MODEL_DIR": str(tmp_path / "no-model-here"),
            "MODEL": model,
        }
        return create_app({**settings, **overrides})

    return make


@pytest.fixture
def app(make_app):
    """The app with the test settings."""
    return make_app()


@pytest.fixture
def client(app):
    """A test client speaking to the app through WSGI."""
    return app.test_client()


@pytest.fixture
def runner(app):
    """A CLI runner for the app's flask commands."""
    return app.test_cli_runner()


@pytest.fixture
def catalog(app):
    """The providers of the sample catalog every test database starts with, by id."""
    with app.app_context():
        return load_catalog()
