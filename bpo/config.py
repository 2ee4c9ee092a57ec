"""Settings from environment variables with typed defaults."""

import os
import secrets
from pathlib import Path

from bpo.sourcing import DEFAULT_SOLVER_TIME_LIMIT

# Seconds one analysis may take from classification to bundles: well inside gunicorn's
# worker timeout (gunicorn.conf.py), with room for reading the request and storing the answer.
DEFAULT_ANALYSIS_TIME_LIMIT = 20
# gunicorn's worker processes when WEB_CONCURRENCY is not set (gunicorn.conf.py reads it too).
DEFAULT_WEB_CONCURRENCY = 2

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# A SECRET_KEY of this length or more counts as a real one in production.
MIN_SECRET_KEY_LENGTH = 32


class ConfigError(RuntimeError):
    """A setting is missing or malformed; the app refuses to start."""


def _env_str(name: str, default: str) -> str:
    return os.environ.get(name, default)


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be an integer, got {raw!r}") from exc


def _env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name} must be a boolean (1/0, true/false), got {raw!r}")


def _env_hosts(name: str) -> list[str] | None:
    """A comma-separated host list; unset or empty means any host."""
    hosts = [host.strip() for host in os.environ.get(name, "").split(",") if host.strip()]
    return hosts or None


def load_settings(instance_path: Path) -> dict:
    """Read every setting from the environment; the README lists them all."""
    env = _env_str("BPO_ENV", "development")
    if env not in {"development", "production"}:
        raise ConfigError(f"BPO_ENV must be 'development' or 'production', got {env!r}")
    return {
        "ENV_NAME": env,
        "SECRET_KEY": os.environ.get("SECRET_KEY") or None,
        "SQLALCHEMY_DATABASE_URI": _env_str(
            "DATABASE_URL", f"sqlite:///{instance_path / 'bpo.sqlite3'}"
        ),
        "MAX_CONTENT_LENGTH": _env_int("BPO_MAX_CONTENT_LENGTH", 2 * 1024 * 1024),
        "MODEL_DIR": _env_str("BPO_MODEL_DIR", str(instance_path / "model")),
        # Storage bounds: analyses one key may keep (0: no limit), days they are kept (0: ever).
        "MAX_ANALYSES_PER_KEY": _env_int("BPO_MAX_ANALYSES_PER_KEY", 1000),
        "RETENTION_DAYS": _env_int("BPO_RETENTION_DAYS", 0),
        # Host names the app answers to; others get 400 instead of being echoed in links.
        "TRUSTED_HOSTS": _env_hosts("BPO_TRUSTED_HOSTS"),
        # The session cookie (flash messages, CSRF) travels over HTTPS only in production.
        "SESSION_COOKIE_SECURE": _env_bool("BPO_SESSION_COOKIE_SECURE", env == "production"),
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_HTTPONLY": True,
        "LOG_LEVEL": _env_str("BPO_LOG_LEVEL", "INFO").upper(),
        # Open (no keys needed until one exists) only on a development machine by default.
        "API_OPEN": _env_bool("BPO_API_OPEN", env == "development"),
        "RATELIMIT_DEFAULT": _env_str("BPO_RATE_LIMIT", "600 per minute"),
        "RATELIMIT_STORAGE_URI": _env_str("BPO_RATE_LIMIT_STORAGE", "memory://"),
        "SOLVER_TIME_LIMIT": float(_env_int("BPO_SOLVER_TIME_LIMIT", DEFAULT_SOLVER_TIME_LIMIT)),
        "ANALYSIS_TIME_LIMIT": _env_seconds("BPO_ANALYSIS_TIME_LIMIT", DEFAULT_ANALYSIS_TIME_LIMIT),
        # Processes that would each keep their own count with a memory:// rate limit store.
        "WEB_CONCURRENCY": _env_int("WEB_CONCURRENCY", DEFAULT_WEB_CONCURRENCY),
    }


def _env_seconds(name: str, default: int) -> float:
    value = _env_int(name, default)
    if value <= 0:
        raise ConfigError(f"{name} must be a positive number of seconds, got {value}")
    return float(value)


def resolve_secret_key(config: dict, instance_path: Path) -> str:
    """Return the secret key: required in production, generated once in development."""
    key = config.get("SECRET_KEY")
    if config.get("ENV_NAME") == "production":
        if not key or len(key) < MIN_SECRET_KEY_LENGTH:
            raise ConfigError(
                f"SECRET_KEY must be set to a random string of at least "
                f"{MIN_SECRET_KEY_LENGTH} characters when BPO_ENV=production"
            )
        return key
    if key:
        return key
    # Development: one key per checkout, kept in instance/ so sessions survive restarts.
    key_file = instance_path / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    instance_path.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    key_file.write_text(key)
    key_file.chmod(0o600)
    return key
