"""Browser tests: the real app on a loopback port, driven in Debian's Chromium by Playwright."""

import os
import shutil
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from bpo import create_app

# Flags that keep a headless Chromium quiet and working inside containers and CI.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SKIP_MESSAGE = (
    "no Chromium found: install Debian's package ('sudo apt-get install chromium') or set "
    "BPO_CHROMIUM to a Chromium binary, then run '.venv/bin/pytest tests/browser'"
)


def find_chromium() -> str | None:
    """The system Chromium; never a browser downloaded by Playwright."""
    for candidate in (
        os.environ.get("BPO_CHROMIUM"),
        "/usr/bin/chromium",
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
    ):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


CHROMIUM = find_chromium()


def pytest_collection_modifyitems(config, items):
    """Skip the browser tests, saying how to run them, where no Chromium is installed."""
    if CHROMIUM:
        return
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(pytest.mark.skip(reason=SKIP_MESSAGE))


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """pytest-playwright launches Debian's Chromium with the container-friendly flags."""
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def live_app(tmp_path_factory, small_model, template_database):
    """The real app with CSRF on, on a copy of the migrated database with the sample catalog."""
    directory = tmp_path_factory.mktemp("browser-app")
    database = shutil.copyfile(template_database, directory / "app.sqlite3")
    return create_app(
        {
            "SECRET_KEY": "browser-test-secret-key-of-sufficient-length-0123",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{database}",
            "MODEL_DIR": str(directory / "no-model-here"),
            "MODEL": small_model,
        }
    )


@pytest.fixture(scope="session")
def live_server(live_app):
    """Serve the app on a free loopback port from a daemon thread."""
    server = make_server("127.0.0.1", 0, live_app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="session")
def base_url(live_server):
    """Relative page.goto() paths resolve against the live server."""
    return live_server
