"""gunicorn settings: workers from WEB_CONCURRENCY, one model load before forking, one BLAS
thread per worker. `make run` (bpo/serve.py) serves with these settings too."""

import os

workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# Load the app (and its model) once in the master; workers share the memory.
preload_app = True
timeout = 60
# The app logs one line per request itself.
accesslog = None
errorlog = "-"


def post_fork(server, worker):
    """One BLAS thread per worker, and no database connection shared across the fork."""
    from threadpoolctl import threadpool_limits

    from bpo.extensions import db

    # Workers already use every core between them; BLAS threads on top of that only fight over
    # the same cores (a one-line classify is many small products, not one big one).
    threadpool_limits(limits=1)
    # The worker's own app object: the same one whether gunicorn was started by CLI or bpo.serve.
    app = worker.app.wsgi()
    with app.app_context():
        db.engine.dispose()
