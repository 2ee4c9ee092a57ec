"""The plain-Python path for a few lines gives exactly what the vectorised path gives."""

import random

import numpy as np
import pytest

from classifier import CompanyContext, hashing
from classifier.normalise import normalise_texts

FIXED = [
    "",
    " ",
    "a",
    "ab",
    "a b",
    "reconcile the bank statements every month",
    "  leading  and   trailing  ",
    "x" * 60,
    "ünïcödé wörds and ç",
    "中文 字符 test",
    "emoji 😀 here 😀😀",
    "a,b;c:d (e) [f] {g} 'h' \"i\"",
    "___ __ _ 9 99 999",
    "can't won't isn't",
    "tab\tand\nnewline",
    "-- !! ?? .. ,,",
]
ALPHABET = "ab cdé  e-f,.!?'_9Z\u00e9\u4e2d\U0001f600\t"
SETTINGS = [(18, 18, (3, 5)), (10, 12, (2, 4)), (6, 7, (3, 3))]


def _varied(count: int = 300) -> list[str]:
    rng = random.Random(20261202)
    texts = list(FIXED)
    for _ in range(count):
        texts.append("".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 80))))
    return texts


def _batches():
    rng = random.Random(7)
    texts = _varied()
    start = 0
    while start < len(texts):
        size = rng.randint(1, hashing.SMALL_BATCH)
        yield texts[start : start + size]
        start += size


def _assert_same_csr(a, b):
    assert a.shape == b.shape
    for name in ("indptr", "indices", "data"):
        left, right = getattr(a, name), getattr(b, name)
        assert left.dtype == right.dtype, name
        np.testing.assert_array_equal(left, right)


@pytest.mark.parametrize("settings", SETTINGS)
def test_small_hash_features_equal_the_numpy_path(settings):
    for batch in _batches():
        small = hashing.hash_features_small(batch, *settings)
        vectorised = hashing.hash_features_numpy(batch, *settings)
        for a, b in zip(small, vectorised, strict=True):
            _assert_same_csr(a, b)


@pytest.mark.parametrize("settings", SETTINGS)
def test_small_batch_terms_equal_the_numpy_path(settings):
    for batch in _batches():
        small = hashing.batch_terms_small(batch, *settings)
        vectorised = hashing.batch_terms_numpy(batch, *settings)
        assert small.keys() == vectorised.keys()
        for key, value in vectorised.items():
            if isinstance(value, list):
                assert small[key] == value, key
            else:
                assert small[key].dtype == value.dtype, key
                np.testing.assert_array_equal(small[key], value, err_msg=key)


def test_long_lines_hash_the_same_uncached():
    text = "reconcile the bank statements every month " * 20
    batch = [text, text[:50]]
    for a, b in zip(
        hashing.hash_features_small(batch, 18, 18, (3, 5)),
        hashing.hash_features_numpy(batch, 18, 18, (3, 5)),
        strict=True,
    ):
        _assert_same_csr(a, b)


def test_small_requests_predict_and_explain_as_the_numpy_path(small_model, monkeypatch):
    lines = [
        ["Reconcile the bank statements every month"],
        ["pick, pack and ship online orders", "approve one-off refunds (CEO sign-off)"],
        ["xyzzy plugh", "", "book the van's MOT 😀", "Schedule patient check-ups"],
        ["service the forklifts", "pay the accounts payable and the accounts payable clerk"],
    ]
    own_work = ["Schedule patient check-ups", "clean and polish patients' teeth"]
    batches = [*lines, own_work, *_batches()]
    dental = CompanyContext("dental practice", "checkups, cleanings and fillings")
    runs = []
    for small_batch in (hashing.SMALL_BATCH, 0):
        monkeypatch.setattr(hashing, "SMALL_BATCH", small_batch)
        runs.append(
            [
                small_model.predict_explained(texts, company, top_n=top_n)
                for texts in batches
                for company in (None, dental)
                for top_n in (1, 5)
            ]
        )
    assert runs[0] == runs[1]
    # The own-work lines' profile crosses were credited on both paths.
    predictions, _ = small_model.predict_explained(own_work, dental)
    assert any(p.own_offering.label == "true" for p in predictions)


def test_normalised_lines_take_the_small_path():
    assert hashing.small_batch(normalise_texts(["Reconcile the bank statements"]))
    assert not hashing.small_batch([])
    assert not hashing.small_batch(["x"] * (hashing.SMALL_BATCH + 1))


def test_small_weighted_matrix_equals_the_stacked_one(small_model, monkeypatch):
    features = small_model.features
    batches = list(_batches())
    small = [features._weighted(normalise_texts(batch)) for batch in batches]
    monkeypatch.setattr(hashing, "SMALL_BATCH", 0)
    for batch, fast in zip(batches, small, strict=True):
        _assert_same_csr(fast, features._weighted(normalise_texts(batch)))


def test_distinct_equals_numpy_unique():
    from classifier.explain import _distinct

    rng = np.random.default_rng(0)
    for size in (0, 1, 2, 7, 1000):
        values = rng.integers(0, 40, size).astype(np.int64)
        np.testing.assert_array_equal(_distinct(values), np.unique(values))
