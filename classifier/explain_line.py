"""Explanations of a few short lines: the numbers explain.explain_terms gives, laid out per line.

A one-task request explains one line of about a hundred columns, and the vectorised path's
fixed cost (some hundred numpy calls) was about 0.4 ms of a 3 ms request in-process. Here
each line's words and char and concept columns are paired in plain Python and summed by one
bincount, adding the same float64 amounts in the same order as the vectorised path (a word's own
term first, then its char n-grams by column, its concepts by column, then the own-work
credits), so both paths give the same shares to the last bit
(tests/classifier/test_small_batches.py).
"""

import numpy as np

from classifier.concepts import concept_owners, line_concepts
from classifier.hashing import text_hashes
from classifier.labels import HEADS

_CREDITED = ("function", "process")


def explain_lines(features, texts, matrix, amounts, top_n, credits) -> list[dict]:
    """explain_terms' result for a small batch, from the per-entry `amounts` of every head."""
    per_line = [[] for _ in texts]
    for row, word, amount in credits:
        per_line[row].append((word, amount))
    # One row per head, and a last column of zeros for the columns a line does not keep.
    table = np.zeros((len(HEADS), matrix.nnz + 1))
    for k, head in enumerate(HEADS):
        table[k, :-1] = amounts[head]
    indptr, indices = matrix.indptr.tolist(), matrix.indices.tolist()
    results = []
    for row, text in enumerate(texts):
        # Entry of each active column in this line's row of the matrix.
        start, end = indptr[row], indptr[row + 1]
        entry_at = dict(zip(indices[start:end], range(start, end), strict=True))
        names, words, entries, divisors = _line_layout(features, text, entry_at)
        shares = table[:, entries] / np.array(divisors)
        keys = np.array(words, dtype=np.int64) + len(names) * np.arange(len(HEADS))[:, None]
        size = len(names) * len(HEADS)
        summed = np.bincount(keys.ravel(), weights=shares.ravel(), minlength=size)
        summed = summed.reshape(len(HEADS), len(names)).tolist()
        lines = {}
        for k, head in enumerate(HEADS):
            totals = dict(zip(names, summed[k], strict=True))
            if head in _CREDITED:
                for word, amount in per_line[row]:
                    totals[word] = totals.get(word, 0.0) + amount
            lines[head] = _top(totals, top_n)
        results.append(lines)
    return results


def _line_layout(features, text: str, entry_at: dict[int, int]) -> tuple[list, ...]:
    """A line's terms (words, then word pairs), and per amount to add: the term it goes to,
    the matrix entry it comes from (-1: a column the model does not keep) and its divisor.

    Each term's own column comes first, then the char n-grams of its words by column, each
    divided among the distinct words of the chunks it occurs in, then the concepts by column,
    each divided among the terms that reach it: the vectorised path's order.
    """
    c = features.config
    tokens, chunks, unigrams, bigrams, grams = text_hashes(
        text, c.word_bits, c.char_bits, c.char_ngrams
    )
    terms = dict(zip(tokens, unigrams, strict=True))
    pairs = [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]
    terms.update(zip(pairs, bigrams, strict=True))
    names = list(terms)
    index = {name: k for k, name in enumerate(names)}
    owners = _gram_owners(tokens, chunks, grams)
    columns = sorted(owners)
    reached = concept_owners(line_concepts(text))
    full = (
        list(terms.values())
        + [2**c.word_bits + column for column in columns]
        + [features.concept_offset + concept for concept in reached]
    )
    positions = features.active_position(full).tolist() if full else []
    located = [entry_at.get(p, -1) for p in positions]
    words, entries = list(range(len(names))), located[: len(names)]
    divisors = [1.0] * len(names)
    shared = [owners[column] for column in columns] + list(reached.values())
    for owned, entry in zip(shared, located[len(names) :], strict=True):
        for word in owned:
            words.append(index[word])
            entries.append(entry)
            divisors.append(float(len(owned)))
    return names, words, entries, divisors


def _gram_owners(tokens, chunks, grams) -> dict[int, set[str]]:
    """Per char column, the distinct words of the chunks its n-grams are in (none: left out)."""
    words_in = {}
    for token, chunk in zip(tokens, chunks, strict=True):
        words_in.setdefault(chunk, set()).add(token)
    owners: dict[int, set[str]] = {}
    for per_n in grams:
        for column, chunk in per_n:
            words = words_in.get(chunk)
            if words:
                owners.setdefault(column, set()).update(words)
    return owners


def _top(shares: dict[str, float], top_n: int) -> list[dict]:
    """The top_n positive shares, largest first, ties alphabetical, rounded as the API shows."""
    ranked = sorted((-share, term) for term, share in shares.items() if share > 0)[:top_n]
    weights = rounded(np.array([-negative for negative, _ in ranked]))
    return [{"term": term, "weight": w} for (_, term), w in zip(ranked, weights, strict=True)]


def rounded(shares: np.ndarray) -> list[float]:
    """Shares to 4 decimals as the API shows them, the same in both paths; numpy's rounding
    is some 20x faster than round() per value, which a 1,000-line batch felt."""
    return np.round(shares, 4).tolist()
