"""gunicorn settings: gthread workers from WEB_CONCURRENCY, one model load before forking (then
frozen out of the garbage collector), one BLAS thread per worker, timeouts and request limits.
`make run` (bpo/serve.py) serves with these settings too, and so does a deployment:
`gunicorn -c gunicorn.conf.py wsgi:app`.

Slow clients: each worker reads requests in `threads` threads while its main loop keeps
accepting, and idle connections wait in the poller, so a few slow clients cannot starve it. A
client that trickles its headers still holds one thread; facing the internet, put the reverse
proxy in deploy/nginx.conf in front, which buffers whole requests before gunicorn sees them.
"""

import os

from bpo.config import DEFAULT_WEB_CONCURRENCY

bind = [f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"]
workers = int(os.environ.get("WEB_CONCURRENCY") or DEFAULT_WEB_CONCURRENCY)
# Threads per worker: requests served at once by one process (the model and the catalog are
# shared by them, and they take turns at the model: bpo/services/classification.py). The app
# is CPU-bound, so a few threads per core are enough.
worker_class = "bpo.serve.ProblemJsonThreadWorker"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
# Load the app (and its model) once in the master; workers share the memory.
preload_app = True
# A worker whose main loop is silent this long is killed and replaced. Requests run in threads
# and never hold the main loop; an analysis is bounded well inside this by
# BPO_ANALYSIS_TIME_LIMIT (20 s by default).
timeout = 60
# On restart or shutdown, requests in flight get this long to finish.
graceful_timeout = 30
# Seconds an idle keep-alive connection is kept open.
keepalive = 5
# gunicorn's own request limits, at its maxima: a request line or header this long gets
# gunicorn's 414/431 (problem+json through the worker class above). Body sizes are the app's
# to judge (BPO_MAX_CONTENT_LENGTH, 413 problem+json).
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190
# No runtime control socket (gunicornc): one fixed path per user would be shared by every
# server on the machine (tests, `make loadtest`, `make run`); signals still work.
control_socket_disable = True
# The app logs one line per request itself.
accesslog = None
errorlog = "-"


def pre_fork(server, worker):
    """Take the preloaded app and model out of the garbage collector's sight before forking."""
    import gc

    # The app, its libraries and the model are loaded once in the master and live as long as
    # the workers. A worker's full collections kept walking all of them: an explained /classify
    # batch took twice as long every few batches. Frozen (Python's documented recipe for a
    # preloading server), in-process /classify went from about 5,900 to 6,700 tasks/s, and
    # the frozen pages also stay shared between the workers instead of being copied.
    gc.collect()
    gc.freeze()


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
