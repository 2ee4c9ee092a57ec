"""Stored analyses stay bounded: totals in columns, light listings, a quota and a retention."""

import json
from datetime import timedelta

from flask_migrate import upgrade
from sqlalchemy import event, insert, select, text, update

from bpo import create_app
from bpo.config import PROJECT_ROOT
from bpo.extensions import db
from bpo.models import AnalysisRecord, LabelFeedback, utcnow
from tests.api.api_helpers import SMALL_REQUEST, assert_problem

MIGRATIONS = str(PROJECT_ROOT / "migrations")


def create(client) -> dict:
    response = client.post("/api/v1/analyses", json=SMALL_REQUEST)
    assert response.status_code == 201, response.get_data(as_text=True)
    return response.get_json()


def test_listing_reads_columns_not_the_stored_documents(app):
    client = app.test_client()
    created = create(client)
    statements = []
    with app.app_context():
        engine = db.engine

    def remember(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", remember)
    try:
        listing = client.get("/api/v1/analyses").get_json()
    finally:
        event.remove(engine, "before_cursor_execute", remember)
    assert listing["items"][0]["totals"] == created["totals"]
    touching_analyses = [s for s in statements if "analyses" in s]
    assert touching_analyses
    for statement in touching_analyses:
        assert "analyses.result" not in statement and "analyses.request" not in statement


def test_the_quota_per_key_refuses_one_more_analysis(make_app):
    client = make_app(MAX_ANALYSES_PER_KEY=2).test_client()
    first = create(client)
    create(client)
    body = assert_problem(client.post("/api/v1/analyses", json=SMALL_REQUEST), 409)
    assert "BPO_MAX_ANALYSES_PER_KEY" in body["detail"] and "2" in body["detail"]
    assert client.get("/api/v1/analyses").get_json()["total"] == 2
    # Deleting one makes room again.
    assert client.delete(f"/api/v1/analyses/{first['id']}").status_code == 204
    create(client)


def test_the_quota_holds_on_the_web_form_too(make_app):
    app = make_app(MAX_ANALYSES_PER_KEY=1)
    client = app.test_client()
    create(client)
    page = client.post("/analyses", data={"tasks": "Do the books\nRun payroll"})
    assert page.status_code == 409
    assert "BPO_MAX_ANALYSES_PER_KEY" in page.get_data(as_text=True)


def age(app, analysis_id: str, days: int) -> None:
    with app.app_context():
        db.session.execute(
            update(AnalysisRecord)
            .where(AnalysisRecord.id == analysis_id)
            .values(created_at=utcnow() - timedelta(days=days)),
            execution_options={"synchronize_session": False},
        )
        db.session.commit()


def test_storing_an_analysis_purges_those_past_retention(make_app):
    app = make_app(RETENTION_DAYS=30)
    client = app.test_client()
    old, recent = create(client), create(client)
    client.post(
        f"/api/v1/analyses/{old['id']}/feedback",
        json={"corrections": [{"task_index": 0, "office": "back"}]},
    )
    age(app, old["id"], 31)
    age(app, recent["id"], 29)
    create(client)
    assert client.get(f"/api/v1/analyses/{old['id']}").status_code == 404
    assert client.get(f"/api/v1/analyses/{recent['id']}").status_code == 200
    with app.app_context():
        assert (
            db.session.scalars(
                select(LabelFeedback).where(LabelFeedback.analysis_id == old["id"])
            ).all()
            == []
        )


def test_the_purge_command_deletes_old_analyses(app):
    client = app.test_client()
    old, recent = create(client), create(client)
    age(app, old["id"], 400)
    result = app.test_cli_runner().invoke(args=["analyses", "purge", "--days", "365"])
    assert result.exit_code == 0, result.output
    assert "Deleted 1 analyses older than 365 days." in result.output
    assert client.get(f"/api/v1/analyses/{old['id']}").status_code == 404
    assert client.get(f"/api/v1/analyses/{recent['id']}").status_code == 200


def test_the_purge_command_needs_a_retention_period(app):
    result = app.test_cli_runner().invoke(args=["analyses", "purge"])
    assert result.exit_code != 0
    assert "BPO_RETENTION_DAYS" in result.output


def test_the_migration_backfills_totals_from_stored_results(tmp_path, model):
    app = create_app(
        {
            "SECRET_KEY": "k" * 40,
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'old.sqlite3'}",
            "MODEL": model,
        }
    )
    totals = {"current_monthly_cost": 100.0, "monthly_savings": 20.0}
    with app.app_context():
        upgrade(directory=MIGRATIONS, revision="5c1e0f2a7b31")
        analyses = db.Table("analyses", db.MetaData(), autoload_with=db.engine)
        with db.engine.begin() as connection:
            connection.execute(
                insert(analyses).values(
                    id="before-0003",
                    created_at=utcnow(),
                    updated_at=utcnow(),
                    model_version="m1",
                    task_count=1,
                    request={"tasks": []},
                    result={"totals": totals, "tasks": []},
                )
            )
        upgrade(directory=MIGRATIONS)
        with db.engine.connect() as connection:
            row = connection.execute(
                text("SELECT totals, version FROM analyses WHERE id = 'before-0003'")
            ).one()
    assert row.version == 1
    assert json.loads(row.totals) == totals


def test_unset_task_fields_are_not_stored_and_corrections_still_work(app):
    client = app.test_client()
    created = client.post("/api/v1/analyses", json={"tasks": ["Do the books", "Run payroll"]})
    analysis_id = created.get_json()["id"]
    with app.app_context():
        stored = db.session.get(AnalysisRecord, analysis_id).request
    assert [task["name"] for task in stored["tasks"]] == ["Do the books", "Run payroll"]
    unset = [(n, v) for task in stored["tasks"] for n, v in task.items() if v is None or v == []]
    assert unset == []
    corrected = client.post(
        f"/api/v1/analyses/{analysis_id}/feedback",
        json={"corrections": [{"task_index": 1, "office": "back"}]},
    )
    assert corrected.status_code == 200
    assert corrected.get_json()["tasks"][1]["office"]["label"] == "back"
