"""Real servers for the serving tests: gunicorn with gunicorn.conf.py, and nginx in front of it.

Both listen on loopback ports only and are stopped when the test module ends.
"""

import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from bpo.config import PROJECT_ROOT

NGINX_SITE = PROJECT_ROOT / "deploy" / "nginx.conf"
SECRET = "serving-test-secret-key-of-sufficient-length"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def request(port, method, path, body=None, headers=None, timeout=10.0):
    """One request on a fresh connection: (status, headers, body bytes, seconds taken)."""
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        data = response.read()
        return response.status, response.headers, data, time.perf_counter() - started
    finally:
        connection.close()


def wait_until_ready(port: int, process: subprocess.Popen, log: Path, limit: float = 120.0):
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}:\n{log.read_text()}")
        try:
            if request(port, "GET", "/readyz", timeout=2)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"server not ready within {limit:g}s:\n{log.read_text()}")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def slow_clients(port: int, count: int) -> list[socket.socket]:
    """Connections that send the start of a request's headers and then nothing more."""
    sockets = []
    for _ in range(count):
        sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: still typing")
        sockets.append(sock)
    return sockets


def start_gunicorn(workdir: Path, database: Path, model_dir: Path, **env) -> tuple:
    """gunicorn -c gunicorn.conf.py wsgi:app, as a deployment runs it; (process, port, log)."""
    port = free_port()
    log = workdir / "gunicorn.log"
    environment = {
        **os.environ,
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "BPO_ENV": "development",
        "SECRET_KEY": SECRET,
        "DATABASE_URL": f"sqlite:///{database}",
        "BPO_MODEL_DIR": str(model_dir),
        "BPO_LOG_LEVEL": "WARNING",
        "WEB_CONCURRENCY": "1",
        **env,
    }
    with log.open("w") as handle:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "wsgi:app"],
            cwd=PROJECT_ROOT,
            env=environment,
            stdout=handle,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        wait_until_ready(port, process, log)
    except BaseException:
        stop(process)
        raise
    return process, port, log


def nginx_binary() -> str | None:
    return shutil.which("nginx") or next(
        (str(p) for p in (Path("/usr/sbin/nginx"),) if p.exists()), None
    )


def start_nginx(upstream_port: int) -> tuple:
    """Debian's nginx from a temporary prefix with deploy/nginx.conf; (process, port, prefix)."""
    binary = nginx_binary()
    if binary is None:
        pytest.skip("nginx is not installed (apt-get install nginx to run this test)")
    # Outside pytest's private tmp tree: nginx's worker processes must be able to enter it.
    prefix = Path(tempfile.mkdtemp(prefix="bpo-nginx-"))
    prefix.chmod(0o755)
    port = free_port()
    site = NGINX_SITE.read_text()
    for expected in ("server 127.0.0.1:8000;", "listen 8080;"):
        assert expected in site, f"deploy/nginx.conf no longer has {expected!r}"
    site = site.replace("server 127.0.0.1:8000;", f"server 127.0.0.1:{upstream_port};")
    site = site.replace("listen 8080;", f"listen 127.0.0.1:{port};")
    (prefix / "bpo.conf").write_text(site)
    temp = {name: prefix / name for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi")}
    for path in temp.values():
        path.mkdir()
        path.chmod(0o777)
    user = "user root;\n" if os.geteuid() == 0 else ""
    (prefix / "nginx.conf").write_text(
        f"""{user}worker_processes 1;
error_log {prefix}/error.log warn;
events {{ worker_connections 512; }}
http {{
    access_log {prefix}/access.log;
    client_body_temp_path {temp["body"]};
    proxy_temp_path {temp["proxy"]};
    fastcgi_temp_path {temp["fastcgi"]};
    uwsgi_temp_path {temp["uwsgi"]};
    scgi_temp_path {temp["scgi"]};
    include {prefix}/bpo.conf;
}}
"""
    )
    process = subprocess.Popen(
        [
            binary,
            "-p",
            str(prefix),
            "-e",
            str(prefix / "error.log"),
            "-c",
            str(prefix / "nginx.conf"),
            "-g",
            f"daemon off; pid {prefix}/nginx.pid;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            message = process.stderr.read().decode(errors="replace")
            shutil.rmtree(prefix, ignore_errors=True)
            raise RuntimeError(f"nginx exited with {process.returncode}: {message}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return process, port, prefix
        except OSError:
            time.sleep(0.1)
    stop(process)
    raise RuntimeError("nginx did not listen in time")
