"""gunicorn.conf.py: what the master does before forking and each worker after the fork."""

import gc
import runpy
from types import SimpleNamespace

from threadpoolctl import threadpool_info, threadpool_limits

from bpo.config import PROJECT_ROOT


def test_post_fork_pins_blas_to_one_thread_and_drops_inherited_connections(app):
    settings = runpy.run_path(str(PROJECT_ROOT / "gunicorn.conf.py"))
    worker = SimpleNamespace(app=SimpleNamespace(wsgi=lambda: app))
    # Two threads before the fork (restored afterwards), so the pin is the hook's doing.
    with threadpool_limits(limits=2):
        settings["post_fork"](server=None, worker=worker)
        blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
        assert blas and all(pool["num_threads"] == 1 for pool in blas)


def test_pre_fork_freezes_the_loaded_app_out_of_the_collector(app):
    settings = runpy.run_path(str(PROJECT_ROOT / "gunicorn.conf.py"))
    gc.unfreeze()
    try:
        settings["pre_fork"](server=None, worker=None)
        # The app object built before the fork is among the frozen ones: the collector's
        # generations, which a worker's full collections walk, no longer hold it.
        assert gc.get_freeze_count() > 0
        assert not any(tracked is app for tracked in gc.get_objects())
    finally:
        gc.unfreeze()  # the rest of the test session collects as usual
    assert gc.get_freeze_count() == 0
