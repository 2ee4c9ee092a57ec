"""The app factory and its configuration from the environment."""

import pytest

from bpo import create_app
from bpo.config import ConfigError


def test_test_config_overrides_defaults(app):
    assert app.testing
    assert app.config["MAX_CONTENT_LENGTH"] == 2 * 1024 * 1024


def test_environment_sets_typed_settings(monkeypatch, tmp_path):
    monkeypatch.setenv("BPO_MAX_CONTENT_LENGTH", "1234")
    monkeypatch.setenv("BPO_API_OPEN", "0")
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'x.sqlite3'}")
    app = create_app({"SECRET_KEY": "k" * 40})
    assert app.config["MAX_CONTENT_LENGTH"] == 1234
    assert app.config["API_OPEN"] is False
    assert app.config["SQLALCHEMY_DATABASE_URI"].endswith("x.sqlite3")


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("BPO_MAX_CONTENT_LENGTH", "lots", "BPO_MAX_CONTENT_LENGTH must be an integer"),
        ("BPO_API_OPEN", "maybe", "BPO_API_OPEN must be a boolean"),
        ("BPO_ENV", "staging", "BPO_ENV must be 'development' or 'production'"),
    ],
)
def test_malformed_setting_is_refused_with_its_name(monkeypatch, name, value, message):
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError, match=message):
        create_app()


def test_production_refuses_to_start_without_secret_key(monkeypatch):
    monkeypatch.setenv("BPO_ENV", "production")
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(ConfigError, match="SECRET_KEY"):
        create_app()


def test_production_refuses_a_short_secret_key(monkeypatch):
    monkeypatch.setenv("BPO_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "changeme")
    with pytest.raises(ConfigError, match="at least 32"):
        create_app()


def test_production_accepts_a_real_secret_key(monkeypatch, tmp_path):
    monkeypatch.setenv("BPO_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "s" * 48)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'p.sqlite3'}")
    assert create_app().config["SECRET_KEY"] == "s" * 48


def test_development_generates_and_keeps_a_secret_key(monkeypatch, tmp_path):
    from bpo.config import resolve_secret_key

    first = resolve_secret_key({"ENV_NAME": "development"}, tmp_path)
    second = resolve_secret_key({"ENV_NAME": "development"}, tmp_path)
    assert first == second
    assert len(first) >= 32
    assert (tmp_path / "secret_key").stat().st_mode & 0o777 == 0o600


def test_model_missing_leaves_app_serving_but_not_ready(tmp_path):
    app = create_app(
        {
            "SECRET_KEY": "k" * 40,
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'm.sqlite3'}",
            "MODEL_DIR": str(tmp_path / "absent"),
        }
    )
    client = app.test_client()
    assert client.get("/healthz").status_code == 200
    ready = client.get("/readyz")
    assert ready.status_code == 503
    assert ready.get_json()["checks"]["model"] == "missing"


def test_production_requires_api_keys_unless_told_otherwise(monkeypatch, tmp_path):
    monkeypatch.setenv("BPO_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "s" * 48)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'p.sqlite3'}")
    monkeypatch.delenv("BPO_API_OPEN", raising=False)
    assert create_app().config["API_OPEN"] is False
    monkeypatch.setenv("BPO_API_OPEN", "1")
    assert create_app().config["API_OPEN"] is True
