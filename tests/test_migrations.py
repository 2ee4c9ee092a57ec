"""Schema changes go through Alembic: an empty database upgrades to the full schema."""

from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect

from bpo import create_app
from bpo.config import PROJECT_ROOT
from bpo.extensions import db

MIGRATIONS = str(PROJECT_ROOT / "migrations")
TABLES = {"providers", "analyses", "api_keys", "label_feedback", "alembic_version"}


def test_upgrade_on_an_empty_database_creates_every_table(tmp_path, model):
    app = create_app(
        {
            "SECRET_KEY": "k" * 40,
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
            "MODEL": model,
        }
    )
    with app.app_context():
        assert inspect(db.engine).get_table_names() == []
        upgrade(directory=MIGRATIONS)
        assert TABLES <= set(inspect(db.engine).get_table_names())
        downgrade(directory=MIGRATIONS, revision="base")
        assert set(inspect(db.engine).get_table_names()) == {"alembic_version"}


def test_models_match_the_migrations(tmp_path, model):
    """No model change is left without a migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    app = create_app(
        {
            "SECRET_KEY": "k" * 40,
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'cmp.sqlite3'}",
            "MODEL": model,
        }
    )
    with app.app_context():
        upgrade(directory=MIGRATIONS)
        with db.engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection), db.metadata)
    assert diff == []
