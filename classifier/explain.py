"""Explanations for a whole batch: each line's words and their share of every predicted label.

A term's share is its TF-IDF value times the gradient of the predicted label's log-odds with
respect to that feature; character n-grams are credited to the words of the chunk they came
from and concepts to the words and word pairs that reach them, so explanations speak in words
while adding up to the model's score. Every gradient here is a per-line combination of a few
weight rows (the 14 function rows, the yes/no estimators' rows and each service line's long-tail
row), so it is evaluated only at the columns each line uses, for the whole batch at once; a few
short lines are then summed per line in plain Python (classifier/explain_line.py).
"""

import numpy as np

from classifier.concepts import line_concepts
from classifier.explain_line import explain_lines, rounded
from classifier.hashing import batch_terms, small_batch
from classifier.labels import (
    FUNCTION_OFFICE,
    FUNCTION_ROUTINE_PROCESS,
    FUNCTIONS,
    HEADS,
    LONG_TAIL,
    PROCESSES,
)

# Rows of the weight stack the gradients combine: the function rows, then these, then each
# service line's long-tail row (the long_tail_by_function estimator's blocks).
EXTRA_ROWS = ("long_tail", "location", "own_offering", "own_front")
_N = len(FUNCTIONS)
_EXTRA = {name: _N + k for k, name in enumerate(EXTRA_ROWS)}
_BY_FUNCTION = _N + len(EXTRA_ROWS)
_ROWS = _BY_FUNCTION + _N
_OFFICE_OF = np.array([FUNCTION_OFFICE[f] for f in FUNCTIONS])
_ROUTINE_OF = np.array([FUNCTION_ROUTINE_PROCESS[f] for f in FUNCTIONS])


def _share(p: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Probability-weighted mix of the functions in mask, per row (zeros where none)."""
    weights = p * mask
    total = weights.sum(axis=1, keepdims=True)
    return np.divide(weights, total, out=np.zeros_like(weights), where=total > 0)


def _long_tail_part(mix: np.ndarray, rows: np.ndarray, amount, long_tail_rows: np.ndarray):
    """Add amount times each selected line's long-tail weight row (its mix of the general and
    the service lines' rows) to its mix."""
    amount = np.broadcast_to(amount, (int(rows.sum()),))[:, None]
    picked = long_tail_rows[rows]
    mix[rows, _EXTRA["long_tail"]] += amount[:, 0] * picked[:, 0]
    mix[rows, _BY_FUNCTION:_ROWS] += amount * picked[:, 1:]


def gradient_mixes(
    p_function: np.ndarray,
    p_long_tail: np.ndarray,
    labels: dict[str, np.ndarray],
    own: np.ndarray,
    long_tail_rows: np.ndarray,
) -> dict[str, np.ndarray]:
    """Per head, an (n, 14 + 4 + 14) mix of weight rows: the log-odds gradient of each line's
    label.

    `labels` holds each head's predicted label per line (strings); `own` marks own work, whose
    function and process come from the own-work estimator and office from the face-to-face one
    (heads.head_probabilities). `long_tail_rows` (n, 1 + 14) says how much of the general and of
    each service line's long-tail row make up a line's long-tail log-odds
    (TaskClassifier._long_tail_rows): the service lines' share follows the line's function
    probabilities, held fixed, so the terms' shares add up to those log-odds. The same gradients
    as the first release's per-line code (tests/classifier/reference_explain.py).
    """
    n = len(p_function)
    p, q = p_function, p_long_tail[:, None]
    mixes = {head: np.zeros((n, _ROWS)) for head in HEADS}
    chosen = labels["function"][:, None] == np.array(FUNCTIONS)
    mixes["function"][:, :_N] = chosen - _share(p, ~chosen)
    in_office = labels["office"][:, None] == _OFFICE_OF
    mixes["office"][:, :_N] = _share(p, in_office) - _share(p, ~in_office)
    routine = {r: _ROUTINE_OF == r for r in PROCESSES if r != LONG_TAIL}
    for r, mask in routine.items():
        other = next(o for o in routine if o != r)
        p_other = (1.0 - q) * (p * routine[other]).sum(axis=1, keepdims=True)
        complement = np.maximum(p_other + q, 1e-300)
        ratio = p_other / complement
        rows = labels["process"] == r
        mix = (_share(p, mask) - p) - ratio * (_share(p, routine[other]) - p)
        mixes["process"][rows, :_N] = mix[rows]
        long_tail_part = -q - (p_other * -q + q * (1.0 - q)) / complement
        _long_tail_part(mixes["process"], rows, long_tail_part[rows, 0], long_tail_rows)
    _long_tail_part(mixes["process"], labels["process"] == LONG_TAIL, 1.0, long_tail_rows)
    sign = np.where(labels["location"] == "on_site", 1.0, -1.0)
    mixes["location"][:, _EXTRA["location"]] = sign
    for head in ("function", "process", "office"):
        mixes[head][own] = 0.0
    mixes["function"][own, _EXTRA["own_offering"]] = 1.0
    mixes["process"][own, _EXTRA["own_offering"]] = 1.0
    front = np.where(labels["office"] == "front", 1.0, -1.0)
    mixes["office"][own, _EXTRA["own_front"]] = front[own]
    return mixes


def explain_terms(
    features,
    texts: list[str],
    matrix,
    mixes: dict[str, np.ndarray],
    weights_by_column: np.ndarray,
    top_n: int,
    credits: list[tuple[int, str, float]] = (),
) -> list[dict[str, list[dict]]]:
    """Per line, per head, the top_n terms with the largest positive shares.

    `matrix` is the batch's active-column feature matrix and `weights_by_column` the (columns,
    14 + 4 + 14) weights the mixes refer to. `credits` are extra (line, word, share) amounts for the
    function and process heads (own work's profile crosses). Ties are broken alphabetically.
    """
    n, m = matrix.shape
    per_row = np.diff(matrix.indptr)
    keys = np.repeat(np.arange(n), per_row) * m + matrix.indices
    # Each entry's 32 weights; np.take and np.repeat copy rows faster than fancy indexing.
    stacked = np.take(weights_by_column, matrix.indices, axis=0)
    amounts = {}
    for head, mix in mixes.items():
        # Only the span of weight rows the head's gradient uses: office and function use the 14
        # function rows, location one row. Over all 32 rows the product took 42-56 ms of a
        # 1,000-line batch's 180 ms or so; over the spans 37-40 ms (the sums differ by 1e-15).
        used = np.flatnonzero(mix.any(axis=0))
        span = slice(used[0], used[-1] + 1) if len(used) else slice(0, 0)
        repeated = np.repeat(mix[:, span], per_row, axis=0)
        amounts[head] = matrix.data * np.einsum("ek,ek->e", repeated, stacked[:, span])
    if small_batch(texts):
        return explain_lines(features, texts, matrix, amounts, top_n, credits)
    c = features.config
    found = batch_terms(texts, c.word_bits, c.char_bits, c.char_ngrams)

    def lookup(rows: np.ndarray, full_columns: np.ndarray) -> dict[str, np.ndarray]:
        """Each head's amount at (line, full-space column), 0 where the line lacks it."""
        if not len(keys):
            return {head: np.zeros(len(rows)) for head in amounts}
        position = features.active_position(full_columns)
        query = rows * m + position
        index = np.minimum(np.searchsorted(keys, query), len(keys) - 1)
        hit = (position >= 0) & (keys[index] == query)
        return {head: np.where(hit, values[index], 0.0) for head, values in amounts.items()}

    ids: dict[str, int] = {}
    term_ids = np.array([ids.setdefault(t, len(ids)) for t in found["terms"]], dtype=np.int64)
    token_ids = np.array([ids[t] for t in found["tokens"]], dtype=np.int64)
    credit_ids = np.array([ids.setdefault(w, len(ids)) for _, w, _ in credits], dtype=np.int64)
    names = list(ids)
    count = np.int64(max(len(names), 1))
    # Word 1-2-grams: one share per distinct term of a line.
    term_keys, first = np.unique(found["term_row"] * count + term_ids, return_index=True)
    term_amounts = lookup(found["term_row"][first], found["term_column"][first])
    # Char n-grams: each distinct (line, column) spread over the distinct words of its chunks.
    gram_rows, gram_columns, gram_words = _gram_owners(found, token_ids)
    gram_amounts = lookup(gram_rows, 2**c.word_bits + gram_columns)
    _, pair, owners = np.unique(
        gram_rows * (2**c.char_bits) + gram_columns, return_inverse=True, return_counts=True
    )
    gram_keys = gram_rows * count + gram_words
    # Concepts: each distinct (line, concept) spread over the terms that reach it.
    concept_rows, concepts, concept_words, concept_owners_count = _concept_owners(texts, ids)
    concept_amounts = lookup(concept_rows, features.concept_offset + concepts)
    concept_keys = concept_rows * count + concept_words
    credit_keys = np.array([row for row, _, _ in credits], dtype=np.int64) * count + credit_ids
    credit_amounts = np.array([amount for _, _, amount in credits], dtype=float)
    rank = np.empty(len(names), dtype=np.int64)
    rank[np.argsort(np.array(names, dtype=object))] = np.arange(len(names))
    # The (line, word) keys are the same for every head (plus the credits for two of them), so
    # they are merged once per kind, and each head only sums its own amounts over them. The
    # heads are then ranked together, head k's line i as group k * n + i.
    merged = {}
    groups, group_words, group_shares = [], [], []
    for k, head in enumerate(HEADS):
        credited = head in ("function", "process") and len(credits) > 0
        if credited not in merged:
            keys = [term_keys, gram_keys, concept_keys, *([credit_keys] if credited else [])]
            unique, inverse = np.unique(np.concatenate(keys), return_inverse=True)
            merged[credited] = (unique // count, unique % count, inverse)
        rows, words, inverse = merged[credited]
        shares = [
            term_amounts[head],
            gram_amounts[head] / owners[pair],
            concept_amounts[head] / concept_owners_count,
        ]
        if credited:
            shares.append(credit_amounts)
        groups.append(rows + k * n)
        group_words.append(words)
        group_shares.append(np.bincount(inverse, weights=np.concatenate(shares)))
    ranked = _top(
        np.concatenate(groups),
        np.concatenate(group_words),
        np.concatenate(group_shares),
        rank,
        top_n,
        names,
    )
    return [
        {head: ranked.get(k * n + line, []) for k, head in enumerate(HEADS)} for line in range(n)
    ]


def _top(rows, words, shares, rank, top_n, names) -> dict[int, list[dict]]:
    """Per group (row), its top_n positive terms and shares, largest first, ties alphabetical."""
    positive = shares > 0
    rows, words, shares = rows[positive], words[positive], shares[positive]
    order = np.lexsort((rank[words], -shares, rows))
    rows, words, shares = rows[order], words[order], shares[order]
    starts = np.searchsorted(rows, rows, side="left")
    keep = np.arange(len(rows)) - starts < top_n
    rows, words, shares = rows[keep], words[keep], shares[keep]
    if not len(rows):
        return {}
    entries = [
        {"term": names[word], "weight": weight}
        for word, weight in zip(words.tolist(), rounded(shares), strict=True)
    ]
    # rows is sorted: one slice of entries per line.
    edges = [0, *(np.flatnonzero(rows[1:] != rows[:-1]) + 1).tolist(), len(rows)]
    lines = rows[edges[:-1]].tolist()
    return {
        line: entries[start:end]
        for line, start, end in zip(lines, edges[:-1], edges[1:], strict=True)
    }


def _concept_owners(texts: list[str], ids: dict[str, int]) -> tuple[np.ndarray, ...]:
    """(line, concept, term, terms sharing it) per term reaching a concept, sorted by line,
    concept and term: the concept block's counterpart of _gram_owners."""
    reached = [
        (row, ids[term], concepts)
        for row, text in enumerate(texts)
        for term, concepts in line_concepts(text)
    ]
    lengths = np.array([len(concepts) for _, _, concepts in reached], dtype=np.int64)
    rows = np.repeat(np.array([row for row, _, _ in reached], dtype=np.int64), lengths)
    words = np.repeat(np.array([word for _, word, _ in reached], dtype=np.int64), lengths)
    concepts = np.fromiter(
        (concept for _, _, found in reached for concept in found),
        dtype=np.int64,
        count=int(lengths.sum()),
    )
    order = np.lexsort((words, concepts, rows))
    rows, concepts, words = rows[order], concepts[order], words[order]
    # A line's terms each reach a concept once, so a run of equal (line, concept) is its owners.
    new = np.ones(len(rows), dtype=bool)
    new[1:] = (rows[1:] != rows[:-1]) | (concepts[1:] != concepts[:-1])
    starts = np.flatnonzero(new)
    owners = np.diff(np.append(starts, len(rows)))
    return rows, concepts, words, np.repeat(owners, owners)


def _gram_owners(found: dict, token_ids: np.ndarray) -> tuple[np.ndarray, ...]:
    """Distinct (line, char column, word) triples: the words of the chunks each n-gram is in."""
    big = np.int64(1 << 32)
    token_keys = found["token_row"] * big + found["token_chunk"]
    gram_keys = found["gram_row"] * big + found["gram_chunk"]
    low = np.searchsorted(token_keys, gram_keys, side="left")
    high = np.searchsorted(token_keys, gram_keys, side="right")
    counts = high - low
    which = np.repeat(np.arange(len(gram_keys)), counts)
    starts = np.repeat(low - np.concatenate(([0], np.cumsum(counts)[:-1])), counts)
    token = starts + np.arange(counts.sum())
    # One integer per (line, column, word), so np.unique works on a flat array.
    words = np.int64(max(int(token_ids.max(initial=0)) + 1, 1))
    columns = np.int64(int(found["gram_column"].max(initial=0)) + 1)
    flat = (found["gram_row"][which] * columns + found["gram_column"][which]) * words
    flat = _distinct(flat + token_ids[token])
    return flat // words // columns, flat // words % columns, flat % words


def _distinct(values: np.ndarray) -> np.ndarray:
    """np.unique(values) of an int array, by one sort (np.unique hashes first, 3-4x slower)."""
    ordered = np.sort(values)
    keep = np.empty(len(ordered), dtype=bool)
    keep[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]
