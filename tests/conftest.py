"""Shared fixtures: a small and a full model per run, an app on a copied database per test.

Most tests run on a small model trained through the same code as `flask train`, on a slice of
the training data, with its held-out validation and figures. Tests that check the label of a
given line are marked `full_model` and get the model trained on all of it, scored on the dev sets
and without the held-out validation. Alembic migrates one template database per session; every app
gets a copy of that file (tests/test_migrations.py runs the migrations themselves).

`make test` runs the suite in two pytest-xdist workers. Each model is trained once per run, by
the first worker that needs it, while the other worker goes on with other tests; tests that
time themselves or drive Chromium and servers take turns (marker `wall_clock`).
"""

import csv
import fcntl
import json
import os
import shutil
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

import pytest
from flask_migrate import upgrade
from threadpoolctl import threadpool_limits

from bpo import create_app
from bpo.catalog_store import load_catalog, seed_sample_catalog
from bpo.cli import DEV_SETS
from bpo.config import PROJECT_ROOT
from bpo.extensions import db
from classifier import evaluate_model, load_model, save_model, train_model
from classifier.persistence import METADATA_FILE
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


# Submit-to-report times the browser tests measure, printed at the end of the run. They travel
# as user properties, which pytest-xdist hands from its workers to the process that reports.
TIMING_PROPERTY = "submit_to_report_seconds"
TIMINGS: list[tuple[str, float]] = []


def pytest_configure(config):
    """Under pytest-xdist, one BLAS thread per worker: two workers already fill two cores."""
    # With OpenBLAS's default of a thread per core in each worker the run took 779 s, not 482 s.
    if os.environ.get("PYTEST_XDIST_WORKER"):
        threadpool_limits(limits=1)


FULL_MODEL_FIXTURES = {"full_model", "full_model_dir", "trained_model"}


def _needs_full_model(item) -> bool:
    return bool(item.get_closest_marker("full_model")) or not FULL_MODEL_FIXTURES.isdisjoint(
        getattr(item, "fixturenames", ())
    )


def pytest_collection_modifyitems(items):
    """Tests that use the full model run first, so under `-n 2 --dist worksteal` one worker
    trains it at the start while the other runs everything else (and steals from the end of
    the first one's queue), instead of waiting on the training lock mid-run."""
    # In a run ordered by path, a worker met a full-model test while the other was training it
    # and waited 220 s of a 432 s run. (Only test_evaluation.py has a module-scoped fixture,
    # and all its tests use the full model, so no module's fixtures are set up twice.)
    items.sort(key=lambda item: not _needs_full_model(item))


def pytest_runtest_logreport(report):
    """Collect the browser tests' measured times, from this process or an xdist worker."""
    if report.when == "call":
        TIMINGS.extend(value for name, value in report.user_properties if name == TIMING_PROPERTY)


def pytest_terminal_summary(terminalreporter):
    """Print the measured submit-to-report times."""
    if TIMINGS:
        terminalreporter.section("submit to report (headless Chromium, this machine)")
        for label, seconds in TIMINGS:
            terminalreporter.write_line(f"{label}: {seconds:.2f} s")


@pytest.fixture
def timings(request):
    """Record a measured duration for the end-of-run summary."""

    def record(label: str, seconds: float) -> None:
        request.node.user_properties.append((TIMING_PROPERTY, (label, seconds)))

    return record


@contextmanager
def exclusive(lock_path: Path):
    """Hold an exclusive lock on lock_path, so one process of the run at a time gets past it."""
    with open(lock_path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@pytest.fixture(scope="session")
def run_dir(tmp_path_factory) -> Path:
    """A directory every pytest-xdist worker of this run shares (a serial run's own temp dir)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def report_dir(model_dir: Path) -> Path:
    """Where trained_once puts the evaluation report and model card of a model it trained."""
    return model_dir.with_name(model_dir.name + "-report")


def trained_once(directory: Path, data: Path, held_out: bool, dev_sets: dict) -> Path:
    """Train on data and save into directory, unless a process of this run already has, and
    write evaluate_model's report and card to report_dir: the held-out figures with held_out,
    and dev_sets (name -> CSV path)."""
    # The metadata is written last: a directory without it holds no finished model.
    with exclusive(directory.with_name(directory.name + ".lock")):
        if not (directory / METADATA_FILE).exists():
            model = train_model(data, held_out=held_out)
            # With held_out, evaluate_model reuses the validation train_model just fitted; the
            # other worker would refit it (170 s of a 600 s run).
            folder = report_dir(directory)
            folder.mkdir(exist_ok=True)
            card = folder / "MODEL_CARD.md"
            report = evaluate_model(model, data, dev_sets, card, held_out=held_out)
            text = json.dumps(report, default=lambda value: value.tolist())
            (folder / "report.json").write_text(text)
            save_model(model, directory)
    return directory


def read_report(model_dir: Path) -> tuple[dict, Path]:
    """trained_once's report on a model (as JSON reads it back) and its model card."""
    folder = report_dir(model_dir)
    return json.loads((folder / "report.json").read_text()), folder / "MODEL_CARD.md"


@pytest.fixture(autouse=True)
def wall_clock_turn(request, run_dir):
    """Tests that time themselves or start Chromium and servers run one at a time in a run."""
    # A 4 s analysis budget answered in 6.4 s while Chromium was busy in the other worker.
    node = request.node
    if node.get_closest_marker("wall_clock") or node.get_closest_marker("browser"):
        with exclusive(run_dir / "wall-clock.lock"):
            yield
    else:
        yield


@pytest.fixture(autouse=True)
def one_process(monkeypatch):
    """Each app a test builds is served by this one process: one worker counting rate limits
    (`make` exports WEB_CONCURRENCY=2 for gunicorn; production refuses several workers that
    count alone). Tests that start gunicorn pass their own WEB_CONCURRENCY."""
    monkeypatch.setenv("WEB_CONCURRENCY", "1")


@pytest.fixture(scope="session")
def small_training_data(run_dir) -> Path:
    """The slice of the training data the small model learns from: lines and companies."""
    target = run_dir / "small-training" / "tasks.csv"
    with exclusive(run_dir / "small-training.lock"):
        if not target.exists():  # written after the companies, so it exists only when both do
            target.parent.mkdir(exist_ok=True)
            write_company_slice(
                company_data_path(TRAINING_DATA),
                company_data_path(target),
                SMALL_MODEL_COMPANY_STEP,
            )
            write_training_slice(TRAINING_DATA, target, SMALL_MODEL_ROWS_PER_FUNCTION)
    return target


@pytest.fixture(scope="session")
def small_model_dir(run_dir, small_training_data) -> Path:
    """The small model, trained and saved through the code `flask train` uses, with its
    held-out figures (the tests of those figures read them here) and no dev sets."""
    return trained_once(run_dir / "small-model", small_training_data, held_out=True, dev_sets={})


@pytest.fixture(scope="session")
def small_model_report(small_model_dir) -> tuple[dict, Path]:
    """evaluate_model's report on the small model, held-out figures and all, and its card."""
    return read_report(small_model_dir)


@pytest.fixture(scope="session")
def small_model(small_model_dir):
    """The small model loaded back through the safe loader."""
    return load_model(small_model_dir)


@pytest.fixture(scope="session")
def full_model_dir(run_dir) -> Path:
    """The model trained on all of training_data/tasks.csv, as `flask train` saves it."""
    # Without the held-out validation, a second fit of the whole model that was a third of the
    # run's work: the full model's tests are about text it never saw (the dev sets), and the
    # held-out figures' code is checked on the small model. `flask train` always fits it.
    dev_sets = {name: path for name, path in DEV_SETS.items() if path.is_file()}
    return trained_once(run_dir / "full-model", TRAINING_DATA, held_out=False, dev_sets=dev_sets)


@pytest.fixture(scope="session")
def full_model_report(full_model_dir) -> tuple[dict, Path]:
    """evaluate_model's report on the full model, dev sets only, and its model card."""
    return read_report(full_model_dir)


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
