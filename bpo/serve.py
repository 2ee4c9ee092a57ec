"""`make run`: prepare the app once, then serve that same app with gunicorn.

Preparing in a separate `flask prepare` process would load the libraries and the model twice;
doing both in one process keeps a second `make run` serving within a few seconds.
"""

import os

from gunicorn.app.base import Application

from bpo.config import PROJECT_ROOT


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
