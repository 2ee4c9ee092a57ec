"""Classifier benchmark: train time, model size, load time and one-core prediction throughput.

Run `python bench/classify_bench.py [--model-dir DIR]`. Without --model-dir it trains a model on
training_data/tasks.csv into a temporary directory first. Prediction runs on one core (BLAS
threads pinned to 1, process pinned to one CPU where the OS allows) over 10,000 short lines,
all three heads together; the target is at least 10,000 lines/s.
"""

import os

# Must be set before numpy loads: one core for the throughput figure.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import csv  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from classifier import load_model, save_model, train_model  # noqa: E402
from classifier.persistence import MODEL_FILE  # noqa: E402

DATA_PATH = ROOT / "training_data" / "tasks.csv"
LINES = 10_000
TARGET_LINES_PER_SECOND = 10_000


def short_lines(count: int) -> list[str]:
    """Short task lines like owners type: informal and formal lines of the data, cycled."""
    with DATA_PATH.open(newline="", encoding="utf-8") as handle:
        pool = [row["text"] for row in csv.DictReader(handle) if row["style"] != "statement"]
    return [pool[i % len(pool)] for i in range(count)]


def main() -> int:
    """Print the figures; exit 1 when throughput misses the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model-dir", type=Path, help="use this saved model instead of training")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    with tempfile.TemporaryDirectory() as scratch:
        model_dir = args.model_dir
        if model_dir is None:
            model_dir = Path(scratch)
            started = time.perf_counter()
            save_model(train_model(DATA_PATH), model_dir)
            print(f"train time      {time.perf_counter() - started:8.2f} s (one core)")
        started = time.perf_counter()
        clf = load_model(model_dir)
        load_seconds = time.perf_counter() - started
        size_mb = (model_dir / MODEL_FILE).stat().st_size / 1e6

        texts = short_lines(LINES)
        clf.predict(texts[:100])  # warm-up
        started = time.perf_counter()
        predictions = clf.predict(texts)
        predict_seconds = time.perf_counter() - started
        rate = len(predictions) / predict_seconds

    print(f"model size      {size_mb:8.2f} MB")
    print(f"load time       {load_seconds:8.3f} s")
    print(f"predict         {LINES} lines in {predict_seconds:.3f} s, 3 heads, one core")
    print(f"throughput      {rate:8.0f} lines/s (target {TARGET_LINES_PER_SECOND})")
    return 0 if rate >= TARGET_LINES_PER_SECOND else 1


if __name__ == "__main__":
    sys.exit(main())
