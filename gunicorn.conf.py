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
    from wsgi import app

    with app.app_context():
        db.engine.dispose()
