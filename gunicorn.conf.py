"""gunicorn settings: workers from WEB_CONCURRENCY, one model load before forking."""

import os

workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# Load the app (and its model) once in the master; workers share the memory.
preload_app = True
timeout = 60
# The app logs one line per request itself.
accesslog = None
errorlog = "-"


def post_fork(server, worker):
    """Drop database connections made before the fork so workers never share sockets."""
    from bpo.extensions import db

    # The worker's own app object: the same one whether gunicorn was started by CLI or bpo.serve.
    app = worker.app.wsgi()
    with app.app_context():
        db.engine.dispose()
