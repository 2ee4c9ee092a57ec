"""Every example in docs/api.md runs as written against a real `python -m bpo.serve`.

The server runs as `make run` runs it (gunicorn, development mode, open API) on a free loopback
port, with a copy of the test database and the small model. Shell examples run in bash, Python
examples one after another in one namespace, all in document order with only the address
changed. Then the guide's key commands create keys through the CLI, and the admin examples run
again with the admin key.
"""

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from bpo.config import PROJECT_ROOT

pytestmark = pytest.mark.wall_clock

GUIDE = PROJECT_ROOT / "docs" / "api.md"
DOCUMENTED_ADDRESS = "http://127.0.0.1:8000"
FENCED = re.compile(r"^```(sh|python)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
# How long gunicorn may take to prepare the app and answer.
STARTUP_SECONDS = 90
# The catalog edits: they need an admin key once keys exist.
ADMIN_EXAMPLE = re.compile(r'(-X (PUT|DELETE) "\$BPO/providers|"(PUT|DELETE)",\s*"/providers)')


def guide_examples() -> list[tuple[str, str]]:
    """The fenced sh and python blocks of the guide, in order."""
    return [(kind, code) for kind, code in FENCED.findall(GUIDE.read_text(encoding="utf-8"))]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory, template_database, small_model_dir):
    """`python -m bpo.serve` on a free loopback port; yields its address and environment."""
    directory = tmp_path_factory.mktemp("docs-server")
    database = shutil.copyfile(template_database, directory / "bpo.sqlite3")
    port = _free_port()
    env = {
        **os.environ,
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "BPO_ENV": "development",
        "BPO_API_OPEN": "1",
        "DATABASE_URL": f"sqlite:///{database}",
        "BPO_MODEL_DIR": str(small_model_dir),
        "SECRET_KEY": "docs-examples-secret-key-of-sufficient-length-01",
        "WEB_CONCURRENCY": "1",
    }
    env.pop("BPO_KEY", None)
    log = (directory / "server.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "bpo.serve"],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    address = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            try:
                with urllib.request.urlopen(f"{address}/healthz", timeout=2):
                    break
            except (urllib.error.URLError, ConnectionError):
                if server.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail(
                        "bpo.serve did not start:\n" + (directory / "server.log").read_text()
                    )
                time.sleep(0.3)
        yield address, env, directory
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def _run_shell(code: str, address: str, env: dict, cwd) -> str:
    """Run one shell example as written (address aside); fail on any error it shows."""
    script = code.replace(DOCUMENTED_ADDRESS, address)
    # The guide's first step, so each example runs as a reader's shell would have it.
    prelude = f"export BPO={address}/api/v1\n"
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", prelude + script],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, f"{code}\n-> exit {done.returncode}\n{output}"
    # curl -s shows an error answer only in its body or in a printed status code.
    assert '"type": "about:blank"' not in output and '"type":"about:blank"' not in output, (
        f"{code}\n-> {output}"
    )
    codes = re.findall(r"^(\d{3})$", done.stdout, re.MULTILINE)
    assert all(code_.startswith("2") for code_ in codes), f"{code}\n-> {output}"
    return done.stdout


def _run_python(code: str, namespace: dict, address: str) -> None:
    exec(compile(code.replace(DOCUMENTED_ADDRESS, address), str(GUIDE), "exec"), namespace)


def _get(address: str, path: str, key: str | None = None) -> int:
    request = urllib.request.Request(address + path)
    if key:
        request.add_header("Authorization", f"Bearer {key}")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_guide_has_examples_of_both_kinds():
    kinds = [kind for kind, _ in guide_examples()]
    assert kinds.count("sh") >= 10 and kinds.count("python") >= 5


def test_catalog_examples_use_an_example_provider_and_delete_it_again():
    """The guide's catalog edits never touch a real provider and always clean up."""
    text = GUIDE.read_text(encoding="utf-8")
    written = set(re.findall(r'(?:-X PUT "\$BPO/providers/|"PUT",\s*"/providers/)([\w-]+)', text))
    deleted = set(
        re.findall(r'(?:-X DELETE "\$BPO/providers/|"DELETE",\s*"/providers/)([\w-]+)', text)
    )
    assert written, "the guide shows how to add a provider"
    assert all(provider.startswith("example-") for provider in written)
    assert written <= deleted


def test_every_example_runs_as_written(served, tmp_path, monkeypatch):
    address, env, _ = served
    examples = guide_examples()
    keys_block = next(code for kind, code in examples if "apikeys create" in code)
    admin_blocks = [(k, c) for k, c in examples if ADMIN_EXAMPLE.search(c)]
    open_blocks = [(k, c) for k, c in examples if c != keys_block and (k, c) not in admin_blocks]
    assert len(admin_blocks) >= 2

    # An open install in development: no key anywhere.
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BPO", f"{address}/api/v1")
    monkeypatch.delenv("BPO_KEY", raising=False)
    namespace: dict = {"__name__": "docs_examples"}
    for kind, code in open_blocks:
        if kind == "sh":
            _run_shell(code, address, env, tmp_path)
        else:
            _run_python(code, namespace, address)
    assert list(tmp_path.glob("analysis-*.csv")), "the export example saved a CSV"

    # Keys, as the guide creates them on the server; the admin examples then need the admin key.
    printed = _run_shell(keys_block, address, env, PROJECT_ROOT)
    secrets = re.findall(r"^bpo_\S+$", printed, re.MULTILINE)
    assert len(secrets) == 2, printed
    admin_key = secrets[1]
    assert _get(address, "/api/v1/providers") == 401, "creating a key closed the open API"
    key_env = {**env, "BPO_KEY": admin_key}
    monkeypatch.setenv("BPO_KEY", admin_key)
    helper = next(code for kind, code in examples if "def call(" in code)
    namespace = {"__name__": "docs_examples"}
    _run_python(helper, namespace, address)
    for kind, code in admin_blocks:
        if kind == "sh":
            _run_shell(code, address, key_env, tmp_path)
        else:
            _run_python(code, namespace, address)
    for provider in ("example-harbour-desk", "example-harbour-cleaners"):
        assert _get(address, f"/api/v1/providers/{provider}", admin_key) == 404
