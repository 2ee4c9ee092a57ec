"""`make run`: prepare the app once, then serve that same app with gunicorn.

Preparing in a separate `flask prepare` process would load the libraries and the model twice;
doing both in one process keeps a second `make run` serving within a few seconds.

Also the gunicorn worker class gunicorn.conf.py names (for `make run` and a plain gunicorn
deployment alike): gthread, with gunicorn's own error answers in problem+json.
"""

import json
import os

from gunicorn import util
from gunicorn.app.base import Application
from gunicorn.workers.gthread import ThreadWorker

from bpo.config import PROJECT_ROOT


def write_problem(sock, status_int: int, reason: str, mesg: str) -> None:
    """gunicorn's error answer (bad request line, 414, 431, ...) as problem+json, not HTML.

    The app answers every error it sees in problem+json; these are the few gunicorn answers
    itself, before the app is called, for requests it cannot parse.
    """
    body = json.dumps(
        {
            "type": "about:blank",
            "title": reason,
            "status": status_int,
            "detail": mesg or reason,
        }
    ).encode()
    head = (
        f"HTTP/1.1 {status_int} {reason}\r\n"
        "Connection: close\r\n"
        "Content-Type: application/problem+json\r\n"
        "Cache-Control: no-store\r\n"
        "X-Content-Type-Options: nosniff\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode("latin-1")
    util.write_nonblock(sock, head + body)


class ProblemJsonThreadWorker(ThreadWorker):
    """gunicorn's gthread worker whose own error answers are problem+json.

    Threads, so one slow request or slow client does not hold the whole process: the main
    loop keeps accepting, idle connections wait in the poller, and the worker's heartbeat
    never waits on a request (so a long request is not killed with gunicorn's HTML 500).
    """

    def init_process(self):
        # gunicorn's workers answer their errors through util.write_error; in this worker
        # process (after the fork) that is the problem+json writer.
        util.write_error = write_problem
        super().init_process()


class PreparedServer(Application):
    """gunicorn serving an app object that is already built, with gunicorn.conf.py settings."""

    def __init__(self, app, bind: str):
        self.application = app
        self.bind = bind
        super().__init__()

    def load_config(self):
        """The project's gunicorn.conf.py, then the address from HOST and PORT."""
        self.load_config_from_file(str(PROJECT_ROOT / "gunicorn.conf.py"))
        self.cfg.set("bind", [self.bind])

    def load(self):
        """The prepared Flask app."""
        return self.application


def main() -> None:
    """Prepare the database and model, print the URL, and serve until interrupted."""
    from bpo import create_app
    from bpo.cli import prepare_instance

    app = create_app()
    with app.app_context():
        prepare_instance()
    host = os.environ.get("HOST", "127.0.0.1")
    port = os.environ.get("PORT", "8000")
    print(f"Serving on http://{host}:{port}/ (Ctrl-C stops)", flush=True)
    PreparedServer(app, f"{host}:{port}").run()


if __name__ == "__main__":
    main()
