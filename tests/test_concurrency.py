"""Parallel label corrections of one analysis: each is stored or refused with 409, none is lost."""

import threading

import pytest
from flask_migrate import upgrade
from sqlalchemy import func, select

from bpo import create_app
from bpo.catalog_store import seed_sample_catalog
from bpo.config import PROJECT_ROOT
from bpo.extensions import db
from bpo.models import LabelFeedback
from tests.api.api_helpers import PROBLEM
from tests.test_postgres import postgres_url  # noqa: F401  (the throwaway server fixture)

PARALLEL = 10
TASKS = [
    "Do the books",
    "Answer customer emails",
    "Run payroll",
    "Reconcile bank statements",
    "Book travel for staff",
    "Screen job applicants",
    "Chase unpaid invoices",
    "Update the product catalogue",
    "Answer the phones",
    "Order office supplies",
]


def send_parallel_corrections(app) -> tuple[str, list]:
    """Create an analysis of ten tasks, then correct each task from its own thread at once."""
    created = app.test_client().post("/api/v1/analyses", json={"tasks": TASKS})
    assert created.status_code == 201, created.get_data(as_text=True)
    analysis_id = created.get_json()["id"]
    start = threading.Barrier(PARALLEL)
    answers: list = [None] * PARALLEL

    def correct(index: int) -> None:
        client = app.test_client()
        start.wait(timeout=30)
        answers[index] = client.post(
            f"/api/v1/analyses/{analysis_id}/feedback",
            json={"corrections": [{"task_index": index, "office": "back"}]},
        )

    threads = [threading.Thread(target=correct, args=(i,)) for i in range(PARALLEL)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert all(answer is not None for answer in answers), "a correction never answered"
    return analysis_id, answers


def send_elsewhere(app, analysis_id: str):
    """Another person's correction of task 0, in its own app context and database session."""
    # A request inside a request shares the outer app context (and session) unless given its own.
    with app.app_context():
        return app.test_client().post(
            f"/api/v1/analyses/{analysis_id}/feedback",
            json={"corrections": [{"task_index": 0, "office": "back"}]},
        )


def corrected_tasks(app, analysis_id: str) -> set[int]:
    """Indexes of the tasks whose office the stored analysis takes from a person."""
    stored = app.test_client().get(f"/api/v1/analyses/{analysis_id}").get_json()
    return {task["index"] for task in stored["tasks"] if "office" in task["overridden"]}


def feedback_rows(app, analysis_id: str) -> int:
    with app.app_context():
        return db.session.scalar(
            select(func.count()).where(LabelFeedback.analysis_id == analysis_id)
        )


def test_parallel_corrections_on_sqlite_are_kept_or_refused(make_app):
    app = make_app()
    analysis_id, answers = send_parallel_corrections(app)
    statuses = [answer.status_code for answer in answers]
    assert set(statuses) <= {200, 409}, statuses
    accepted = {i for i, answer in enumerate(answers) if answer.status_code == 200}
    assert accepted, "at least the first correction must get through"
    # Every 200 is in the stored analysis; nothing refused was half-stored.
    assert corrected_tasks(app, analysis_id) == accepted
    assert feedback_rows(app, analysis_id) == len(accepted)
    for answer in answers:
        if answer.status_code == 409:
            assert answer.mimetype == PROBLEM
            assert "changed by someone else" in answer.get_json()["detail"]


def test_a_correction_of_an_analysis_changed_meanwhile_is_refused(make_app, monkeypatch):
    """The version check alone (no row lock on SQLite): a stale read never overwrites."""
    import bpo.services.analysis as service

    app = make_app()
    client = app.test_client()
    analysis_id = client.post("/api/v1/analyses", json={"tasks": TASKS[:3]}).get_json()["id"]
    real_analyse = service.analyse

    def analyse_while_someone_else_corrects(*args, **kwargs):
        # Another person's correction lands while this one is being computed.
        monkeypatch.setattr(service, "analyse", real_analyse)
        assert send_elsewhere(app, analysis_id).status_code == 200
        return real_analyse(*args, **kwargs)

    monkeypatch.setattr(service, "analyse", analyse_while_someone_else_corrects)
    late = client.post(
        f"/api/v1/analyses/{analysis_id}/feedback",
        json={"corrections": [{"task_index": 1, "office": "front"}]},
    )
    assert late.status_code == 409
    assert late.mimetype == PROBLEM
    assert "nothing of it was saved" in late.get_json()["detail"]
    assert corrected_tasks(app, analysis_id) == {0}
    assert feedback_rows(app, analysis_id) == 1


def test_a_web_correction_of_a_changed_analysis_says_so(make_app, monkeypatch):
    import bpo.services.analysis as service

    app = make_app()
    analysis_id = (
        app.test_client().post("/api/v1/analyses", json={"tasks": TASKS[:2]}).get_json()["id"]
    )
    real_analyse = service.analyse

    def analyse_while_someone_else_corrects(*args, **kwargs):
        monkeypatch.setattr(service, "analyse", real_analyse)
        assert send_elsewhere(app, analysis_id).status_code == 200
        return real_analyse(*args, **kwargs)

    monkeypatch.setattr(service, "analyse", analyse_while_someone_else_corrects)
    page = app.test_client().post(
        f"/analyses/{analysis_id}/labels", data={"task_index": "1", "office": "front"}
    )
    assert page.status_code == 409
    assert "changed by someone else" in page.get_data(as_text=True)
    assert corrected_tasks(app, analysis_id) == {0}


@pytest.fixture
def postgres_app(postgres_url, model):  # noqa: F811  (the fixture imported above)
    app = create_app(
        {"SECRET_KEY": "k" * 40, "SQLALCHEMY_DATABASE_URI": postgres_url, "MODEL": model}
    )
    with app.app_context():
        upgrade(directory=str(PROJECT_ROOT / "migrations"))
        seed_sample_catalog()
    yield app
    with app.app_context():
        db.engine.dispose()


def test_parallel_corrections_on_postgresql_are_all_kept(postgres_app):
    """The row lock makes corrections wait for each other: all ten are stored."""
    analysis_id, answers = send_parallel_corrections(postgres_app)
    assert [answer.status_code for answer in answers] == [200] * PARALLEL
    assert corrected_tasks(postgres_app, analysis_id) == set(range(PARALLEL))
    assert feedback_rows(postgres_app, analysis_id) == PARALLEL
