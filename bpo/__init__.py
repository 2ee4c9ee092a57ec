"""The BPO sourcing advisor: a Flask app that tells a company what to outsource."""

from pathlib import Path

from flask import Flask

from bpo.config import PROJECT_ROOT, load_settings, resolve_secret_key
from bpo.json_provider import OrjsonProvider


def create_app(test_config: dict | None = None) -> Flask:
    """Build the app as steps: config, extensions, security, model, blueprints, errors, CLI."""
    app = Flask(
        __name__,
        instance_relative_config=True,
        template_folder=str(PROJECT_ROOT / "templates"),
    )
    configure(app, test_config or {})
    register_extensions(app)
    register_security(app)
    register_model(app, (test_config or {}).get("MODEL"))
    register_blueprints(app)
    register_errors(app)
    register_cli(app)
    return app


def configure(app: Flask, overrides: dict) -> None:
    """Settings from the environment, then test overrides, then the secret key."""
    instance_path = Path(app.instance_path)
    app.config.update(load_settings(instance_path))
    app.config.update({k: v for k, v in overrides.items() if k != "MODEL"})
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = {"pool_pre_ping": True}
    app.config["SECRET_KEY"] = resolve_secret_key(app.config, instance_path)
    # Answers keep the order the code builds their keys in (name before labels) and are
    # written by orjson (bpo/json_provider.py says what that saves).
    app.json = OrjsonProvider(app)
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite:///"):
        instance_path.mkdir(parents=True, exist_ok=True)


def register_extensions(app: Flask) -> None:
    """Bind the database, migrations, CSRF, request logging and body discarding to this app."""
    from bpo import models  # noqa: F401  (registers the tables with the metadata)
    from bpo.extensions import csrf, db, migrate
    from bpo.request_body import register_body_discard
    from bpo.request_log import register_request_logging

    db.init_app(app)
    _tolerate_lost_connections_at_teardown(app, db)
    migrate.init_app(app, db, directory=str(PROJECT_ROOT / "migrations"))
    csrf.init_app(app)
    register_request_logging(app)
    register_body_discard(app)


def _tolerate_lost_connections_at_teardown(app: Flask, db) -> None:
    """Close the request's session without letting a dead connection turn the answer into a 500.

    When the database goes away mid-request the app has already answered 503, but
    Flask-SQLAlchemy's teardown then rolls back on the dead connection and raises, and the
    server replaces the answer with a 500. The session is discarded either way.
    """
    from sqlalchemy.exc import SQLAlchemyError

    def remove_session(exc: BaseException | None) -> None:
        try:
            db.session.remove()
        except SQLAlchemyError:
            app.logger.warning("database connection lost while closing the request's session")

    funcs = app.teardown_appcontext_funcs
    funcs[:] = [remove_session if f == db._teardown_session else f for f in funcs]


def register_security(app: Flask) -> None:
    """Security headers on every answer, the per-key API rate limit, compression and caching."""
    from bpo.delivery import init_delivery
    from bpo.limiter import init_limiter
    from bpo.security import init_security

    init_security(app)
    init_limiter(app)
    init_delivery(app)


def register_model(app: Flask, model=None) -> None:
    """Load the classifier once per worker (or take the one a test hands in)."""
    from bpo.model_store import init_model

    init_model(app, model)


def register_blueprints(app: Flask) -> None:
    """Pages, health probes and the JSON API."""
    from bpo.api import register_api
    from bpo.health import bp as health_bp
    from bpo.web import bp as web_bp

    app.register_blueprint(health_bp)
    app.register_blueprint(web_bp)
    register_api(app)


def register_errors(app: Flask) -> None:
    """problem+json for the API, an HTML page for people."""
    from bpo.errors import register_error_handlers

    register_error_handlers(app)


def register_cli(app: Flask) -> None:
    """flask --app wsgi prepare | train | evaluate | classify | providers ..."""
    from bpo.cli import register_commands

    register_commands(app)
