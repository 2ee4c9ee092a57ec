"""API fixtures: keys, an app factory for other settings, a seeded catalog."""

import pytest
from flask_migrate import upgrade

from bpo import create_app
from bpo.auth import create_api_key
from bpo.config import PROJECT_ROOT


@pytest.fixture
def make_key(app):
    """Create a key in the app's database; returns its secret."""

    def make(name: str = "consultant", admin: bool = False) -> str:
        with app.app_context():
            return create_api_key(name, admin=admin)[1]

    return make


@pytest.fixture
def user_key(make_key):
    """A normal key: creating it closes the open API."""
    return make_key("alice")


@pytest.fixture
def other_key(make_key):
    """A second normal key, to check that keys do not see each other's analyses."""
    return make_key("bob")


@pytest.fixture
def admin_key(make_key):
    """A key allowed to edit the provider catalog."""
    return make_key("catalog admin", admin=True)


@pytest.fixture
def make_app(tmp_path, model, monkeypatch):
    """Build an app like the `app` fixture but with other settings."""
    monkeypatch.delenv("DATABASE_URL", raising=False)

    def make(**overrides):
        settings = {
            "TESTING": True,
            "SECRET_KEY": "test-secret-key-of-sufficient-length-0123456789",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'other.sqlite3'}",
            "MODEL_DIR": str(tmp_path / "no-model-here"),
            "WTF_CSRF_ENABLED": False,
            "MODEL": model,
            **overrides,
        }
        app = create_app(settings)
        with app.app_context():
            upgrade(directory=str(PROJECT_ROOT / "migrations"))
        return app

    return make


@pytest.fixture
def catalog(app):
    """Seed the fictional sample catalog; returns its providers."""
    from bpo.catalog_store import load_catalog, seed_sample_catalog

    with app.app_context():
        seed_sample_catalog()
        return load_catalog()
