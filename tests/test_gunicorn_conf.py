"""gunicorn.conf.py: what each worker sets up after the fork."""

import runpy
from types import SimpleNamespace

from threadpoolctl import threadpool_info, threadpool_limits

from bpo.config import PROJECT_ROOT


def test_post_fork_pins_blas_to_one_thread_and_drops_inherited_connections(app):
    settings = runpy.run_path(str(PROJECT_ROOT / "gunicorn.conf.py"))
    worker = SimpleNamespace(app=SimpleNamespace(wsgi=lambda: app))
    with threadpool_limits(limits=None):  # restore whatever the test process had afterwards
        settings["post_fork"](server=None, worker=worker)
        blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
        assert blas and all(pool["num_threads"] == 1 for pool in blas)
