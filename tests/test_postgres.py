"""The same migrations and analyses on a real PostgreSQL server, when one can be started here."""

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from flask_migrate import upgrade

from bpo import create_app
from bpo.catalog_store import seed_sample_catalog
from bpo.config import PROJECT_ROOT

pytestmark = pytest.mark.wall_clock


def _initdb() -> str | None:
    """Debian keeps the server tools out of PATH, under /usr/lib/postgresql/<version>/bin."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return str(found[-1]) if found else shutil.which("initdb")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_postgres(args: list[str]) -> list[str]:
    """initdb refuses root; run the server tools as the postgres user then."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return args


@pytest.fixture(scope="module")
def postgres_url():
    """Start a throwaway PostgreSQL on a loopback port; skip when the server is not installed."""
    initdb = _initdb()
    if not initdb:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql to run this test)")
    bin_dir = Path(initdb).parent
    # Outside pytest's private tmp tree, which the postgres user cannot enter.
    data = Path(tempfile.mkdtemp(prefix="bpo-pg-"))
    if os.geteuid() == 0:
        shutil.chown(data, "postgres", "postgres")
    port = _free_port()
    subprocess.run(
        _as_postgres([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust"]),
        check=True,
        capture_output=True,
    )
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {data}"
    pg_ctl = str(bin_dir / "pg_ctl")
    # The server outlives pg_ctl: give it a log file, not our pipes, or run() waits forever.
    log = data / "server.log"
    subprocess.run(
        _as_postgres([pg_ctl, "-D", str(data), "-l", str(log), "-o", options, "-w", "start"]),
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=60,
    )
    try:
        base = f"postgresql+psycopg://postgres@127.0.0.1:{port}"
        for _ in range(50):
            done = subprocess.run(
                [
                    str(bin_dir / "psql"),
                    "-h",
                    "127.0.0.1",
                    "-p",
                    str(port),
                    "-U",
                    "postgres",
                    "-c",
                    "CREATE DATABASE bpo",
                ],
                capture_output=True,
            )
            if done.returncode == 0:
                break
            time.sleep(0.1)
        yield f"{base}/bpo"
    finally:
        subprocess.run(
            _as_postgres([pg_ctl, "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(data, ignore_errors=True)


def test_analysis_round_trip_on_postgresql(postgres_url, model):
    app = create_app(
        {"SECRET_KEY": "k" * 40, "SQLALCHEMY_DATABASE_URI": postgres_url, "MODEL": model}
    )
    with app.app_context():
        upgrade(directory=str(PROJECT_ROOT / "migrations"))
        assert seed_sample_catalog() >= 30
    client = app.test_client()
    assert client.get("/readyz").status_code == 200
    created = client.post(
        "/api/v1/analyses",
        json={"tasks": [{"name": "Do the books", "hours_per_month": 40}, "Answer the phones"]},
    )
    assert created.status_code == 201
    fetched = client.get(created.headers["Location"])
    assert fetched.get_json() == created.get_json()
