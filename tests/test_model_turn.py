"""Threads of one worker process take turns at the model (bpo/services/classification.py)."""

import threading
import time

from bpo.services.classification import TaskText, classify_tasks, predict_in_turn

THREADS = 8


class Watched:
    """The small model, counting how many threads are inside predict_explained at once."""

    def __init__(self, model) -> None:
        self.model = model
        self.inside = 0
        self.most = 0
        self._count = threading.Lock()

    @property
    def version(self) -> str:
        return self.model.version

    def predict_explained(self, *args, **kwargs):
        with self._count:
            self.inside += 1
            self.most = max(self.most, self.inside)
        try:
            time.sleep(0.01)  # holds the call open long enough for the others to arrive
            return self.model.predict_explained(*args, **kwargs)
        finally:
            with self._count:
                self.inside -= 1


def _at_once(call) -> list:
    """Run call from THREADS threads released together; their results in thread order."""
    start = threading.Barrier(THREADS)
    results: list = [None] * THREADS

    def run(index: int) -> None:
        start.wait()
        results[index] = call()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results


def test_parallel_classify_calls_take_turns_and_all_answer(small_model):
    watched = Watched(small_model)
    tasks = [TaskText("Reconcile the bank statements every month")]
    results = _at_once(lambda: classify_tasks(watched, tasks))
    assert watched.most == 1
    expected = classify_tasks(small_model, tasks)
    assert results == [expected] * THREADS


def test_analyses_read_the_model_in_the_same_turns(small_model):
    watched = Watched(small_model)
    company = {"industry": "dental practice", "offering": "checkups and cleanings"}
    results = _at_once(lambda: predict_in_turn(watched, ["Schedule check-ups"], company, None))
    assert watched.most == 1
    assert all(len(predictions) == 1 and explained is None for predictions, explained in results)
