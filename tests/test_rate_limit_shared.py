"""One rate limit per key across processes and machines: counts in a shared Redis.

Issue 10 (3): with the in-memory store, 600/min became about 1,200 with 2 workers and 2,400
with 4. These tests start Debian's redis-server on a unix socket, like tests/test_postgres.py
starts PostgreSQL, and show two app instances, and two gunicorn workers, sharing one count.
"""

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from bpo import create_app
from bpo.config import ConfigError
from tests.serving import request, start_gunicorn, stop

pytestmark = pytest.mark.wall_clock


@pytest.fixture(scope="module")
def redis_socket():
    """A throwaway redis-server on a unix socket (no TCP port, nothing saved to disk)."""
    binary = shutil.which("redis-server")
    if not binary:
        pytest.skip("redis-server is not installed (apt-get install redis-server to run this test)")
    import redis

    directory = Path(tempfile.mkdtemp(prefix="bpo-redis-"))
    sock = directory / "redis.sock"
    process = subprocess.Popen(
        [
            binary,
            "--port",
            "0",
            "--unixsocket",
            str(sock),
            "--save",
            "",
            "--appendonly",
            "no",
            "--daemonize",
            "no",
            "--dir",
            str(directory),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        client = redis.Redis(unix_socket_path=str(sock))
        for _ in range(100):
            try:
                if client.ping():
                    break
            except (redis.ConnectionError, FileNotFoundError):
                time.sleep(0.05)
        else:
            raise RuntimeError("redis-server did not answer")
        yield sock
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture
def redis_url(redis_socket):
    """The store's URL, emptied for each test."""
    import redis

    redis.Redis(unix_socket_path=str(redis_socket)).flushall()
    return f"redis+unix://{redis_socket}"


def test_two_app_instances_share_one_limit(make_app, redis_url):
    apps = [
        make_app(RATELIMIT_STORAGE_URI=redis_url, RATELIMIT_DEFAULT="6 per minute")
        for _ in range(2)
    ]
    clients = [app.test_client() for app in apps]
    statuses = [clients[n % 2].get("/api/v1/providers").status_code for n in range(10)]
    # Six in all, not six each: the seventh call is refused by whichever instance gets it.
    assert statuses == [200] * 6 + [429] * 4
    remaining = clients[0].get("/api/v1/model").headers.get("X-RateLimit-Remaining")
    assert remaining == "0"


def test_two_gunicorn_workers_share_one_limit(
    tmp_path, template_database, small_model_dir, redis_url
):
    database = shutil.copyfile(template_database, tmp_path / "bpo.sqlite3")
    process, port, log = start_gunicorn(
        tmp_path,
        database,
        small_model_dir,
        WEB_CONCURRENCY="2",
        BPO_RATE_LIMIT="10 per minute",
        BPO_RATE_LIMIT_STORAGE=redis_url,
    )
    try:
        # A fresh connection per call, so the two workers share the calls between them.
        statuses = [request(port, "GET", "/api/v1/providers")[0] for _ in range(30)]
    finally:
        stop(process)
    assert statuses.count(200) == 10, log.read_text()
    assert statuses.count(429) == 20


def test_production_refuses_several_workers_counting_alone(monkeypatch, tmp_path):
    monkeypatch.setenv("BPO_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "s" * 48)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'p.sqlite3'}")
    monkeypatch.setenv("WEB_CONCURRENCY", "4")
    monkeypatch.delenv("BPO_RATE_LIMIT_STORAGE", raising=False)
    with pytest.raises(ConfigError, match="BPO_RATE_LIMIT_STORAGE") as refused:
        create_app()
    assert "WEB_CONCURRENCY=4" in str(refused.value)
    assert "redis://" in str(refused.value)


def test_production_starts_with_a_shared_store_or_one_worker(monkeypatch, tmp_path):
    monkeypatch.setenv("BPO_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "s" * 48)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'p.sqlite3'}")
    monkeypatch.setenv("WEB_CONCURRENCY", "4")
    # The URL is only parsed here; no connection is made until a request is counted.
    monkeypatch.setenv("BPO_RATE_LIMIT_STORAGE", "redis://127.0.0.1:6379/0")
    assert create_app().config["RATELIMIT_STORAGE_URI"].startswith("redis://")
    monkeypatch.setenv("WEB_CONCURRENCY", "1")
    monkeypatch.setenv("BPO_RATE_LIMIT_STORAGE", "memory://")
    assert create_app().config["RATELIMIT_STORAGE_URI"] == "memory://"


def test_development_keeps_the_in_memory_default(monkeypatch, tmp_path):
    monkeypatch.setenv("BPO_ENV", "development")
    monkeypatch.setenv("WEB_CONCURRENCY", "4")
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'd.sqlite3'}")
    monkeypatch.delenv("BPO_RATE_LIMIT_STORAGE", raising=False)
    app = create_app({"SECRET_KEY": "k" * 40})
    assert app.config["RATELIMIT_STORAGE_URI"] == "memory://"
