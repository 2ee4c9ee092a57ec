"""Near-duplicate groups (the held-out split and the stacking folds) against every pair checked."""

import csv
import math
import random
from collections import Counter
from pathlib import Path

import numpy as np

from classifier.data import NEAR_DUPLICATE_JACCARD, _stems, near_duplicate_groups

TASKS = Path(__file__).resolve().parents[2] / "training_data" / "tasks.csv"


def groups_by_every_pair(texts: list[str]) -> list[int]:
    """Each text's group from the weighted Jaccard of every pair, joined by union-find."""
    stems = [_stems(text) for text in texts]
    frequency = Counter(stem for line in stems for stem in line)
    idf = {stem: math.log((1 + len(texts)) / (1 + n)) + 1.0 for stem, n in frequency.items()}
    size = [sum(idf[stem] for stem in line) for line in stems]
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            shared = sum(idf[stem] for stem in stems[i] & stems[j])
            if shared > 0 and shared >= NEAR_DUPLICATE_JACCARD * (size[i] + size[j] - shared):
                parent[root(j)] = root(i)
    return [root(i) for i in range(len(texts))]


def same_partition(first, second) -> bool:
    """Whether two labellings put the same texts together, whatever the group numbers."""
    pairs = set(zip(first, second, strict=True))
    return len(pairs) == len(set(first)) == len(set(second))


def test_groups_are_those_of_every_pair_checked():
    with TASKS.open(newline="", encoding="utf-8") as handle:
        lines = [row["text"] for row in csv.DictReader(handle)]
    # Two runs of the generator's composed lines (template siblings side by side) and a sample
    # of the rest.
    texts = (
        lines[:400]
        + lines[5000:5400]
        + random.Random(7).sample(lines, 300)
        + [
            "",
            "the and of",
            "Reconcile the bank statements",
            "reconcile bank statements every month",
            "Reconcile the bank statements",
            "manage",
            "Manage the team",
            "pay",
        ]
    )
    expected = groups_by_every_pair(texts)
    found = near_duplicate_groups(texts)
    assert same_partition(expected, found.tolist())
    assert len(texts) - len(set(expected)) >= 150
    assert found[-6] == found[-4]


def test_lines_without_a_content_word_stay_alone():
    found = near_duplicate_groups(["", "the and", "", "book flights", "Book the flights"])
    assert len({found[0], found[1], found[2]}) == 3
    assert found[3] == found[4]
    assert found[0] != found[3]
    assert np.issubdtype(found.dtype, np.integer)
