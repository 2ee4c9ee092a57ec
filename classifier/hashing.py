"""Vectorised feature hashing: word 1-2-grams and in-word char n-grams for a whole batch at once.

scikit-learn's char_wb analyser slices every n-gram in Python (~150 us per line); here the
batch is one byte buffer and every window is hashed with numpy, so 10,000 lines take ~50 ms.
Hashes are polynomial over UTF-8 bytes, mod 2**64, finished with a splitmix64 mix.
"""

import functools
import re

import numpy as np
from scipy import sparse

_P = np.uint64(1_000_003)
_P_INV = np.uint64(pow(1_000_003, -1, 2**64))
_SALT_UNIGRAM = np.uint64(0x9E3779B97F4A7C15)
_SALT_BIGRAM = np.uint64(0xC2B2AE3D27D4EB4F)
_SEP = 0  # byte between texts; the normaliser removes control characters from input
_SPACE = 32

# Bytes that belong to word tokens: ASCII letters, digits, underscore, and all non-ASCII bytes.
_WORD_BYTE = np.zeros(256, dtype=bool)
for _b in b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_":
    _WORD_BYTE[_b] = True
_WORD_BYTE[128:] = True
# The same rule as text: runs of two or more word characters (non-ASCII counts as word).
WORD_TOKEN = re.compile(r"[0-9A-Za-z_\u0080-\U0010ffff]{2,}")


def word_tokens(chunk: str) -> list[str]:
    """Word tokens of a piece of text, as the hasher sees them."""
    return WORD_TOKEN.findall(chunk)


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads polynomial hashes over all bits."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def _buffer(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """One uint8 buffer ' t1 \\0 t2 \\0 ...' and the start offset of each text."""
    encoded = [b" " + text.encode("utf-8") + b" " for text in texts]
    starts = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum([len(e) + 1 for e in encoded], out=starts[1:])
    return np.frombuffer(b"\0".join(encoded) + b"\0", dtype=np.uint8), starts[:-1]


def _windows(buf: np.ndarray, sizes: tuple[int, int]):
    """Yield (n, start positions, hashes) of the valid char windows of each length n in sizes.

    Valid: no text separator inside and no space except at the first or last byte, i.e. the
    n-grams of each space-padded word (scikit-learn's char_wb, minus its short-word special
    case). The hash of length n extends the hash of length n - 1, so sizes share the work.
    """
    is_sep, is_space = buf == _SEP, buf == _SPACE
    h = buf.astype(np.uint64)
    blocked = is_sep.copy()  # window contains a separator or an interior space
    for n in range(2, sizes[1] + 1):
        length = len(buf) - n + 1
        if length <= 0:
            return
        h = h[:length] * _P + buf[n - 1 : n - 1 + length].astype(np.uint64)
        blocked = blocked[:length] | is_sep[n - 1 : n - 1 + length]
        if n >= 3:
            blocked |= is_space[n - 2 : n - 2 + length]
        if n >= sizes[0]:
            positions = np.flatnonzero(~blocked)
            salt = np.uint64((n * int(_SALT_BIGRAM)) % 2**64)
            yield n, positions, _mix(h[positions] + salt)


def _tokens(buf: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Starts, ends and hashes of word tokens (runs of word bytes, at least two long)."""
    is_word = _WORD_BYTE[buf]
    edges = np.diff(np.concatenate(([False], is_word, [False])).astype(np.int8))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    keep = ends - starts >= 2
    starts, ends = starts[keep], ends[keep]
    # h(s, e) = sum_k buf[k] * P**(e-1-k) = P**(e-1) * (A[e] - A[s]), A[i] = sum_{k<i} buf[k] P^-k
    inv_powers = np.empty(len(buf), dtype=np.uint64)
    inv_powers[0] = 1
    inv_powers[1:] = _P_INV
    inv_powers = np.cumprod(inv_powers, dtype=np.uint64)
    prefix = np.zeros(len(buf) + 1, dtype=np.uint64)
    np.cumsum(buf.astype(np.uint64) * inv_powers, dtype=np.uint64, out=prefix[1:])
    powers = np.empty(len(buf), dtype=np.uint64)
    powers[0] = 1
    powers[1:] = _P
    powers = np.cumprod(powers, dtype=np.uint64)
    hashes = powers[ends - 1] * (prefix[ends] - prefix[starts])
    return starts, ends, hashes


def small_batch(texts: list[str]) -> bool:
    """A batch the plain-Python path does faster: a few lines of moderate length."""
    return 0 < len(texts) <= SMALL_BATCH and sum(map(len, texts)) <= SMALL_CHARS


def hash_features(
    texts: list[str], word_bits: int, char_bits: int, char_ngrams: tuple[int, int]
) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """Count matrices (n_texts x 2**bits) of word 1-2-grams and of char n-grams."""
    if small_batch(texts):
        return hash_features_small(texts, word_bits, char_bits, char_ngrams)
    return hash_features_numpy(texts, word_bits, char_bits, char_ngrams)


def hash_features_numpy(
    texts: list[str], word_bits: int, char_bits: int, char_ngrams: tuple[int, int]
) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """hash_features for any batch, vectorised."""
    buf, starts = _buffer(texts)
    n_texts = len(texts)
    # Text index of every byte, so positions map to rows by a gather.
    row_of = np.repeat(np.arange(n_texts), np.diff(np.append(starts, len(buf))))
    t_start, _, t_hash = _tokens(buf)
    t_row = row_of[t_start]
    same_text = t_row[1:] == t_row[:-1]
    bigram = _mix(t_hash[:-1] * _SALT_BIGRAM + t_hash[1:])[same_text]
    word_cols = np.concatenate((_mix(t_hash + _SALT_UNIGRAM), bigram)) % np.uint64(2**word_bits)
    word_rows = np.concatenate((t_row, t_row[:-1][same_text]))
    words = sparse.coo_matrix(
        (np.ones(len(word_rows)), (word_rows, word_cols.astype(np.int64))),
        shape=(n_texts, 2**word_bits),
    ).tocsr()
    char_rows, char_cols = [], []
    for _, positions, hashes in _windows(buf, char_ngrams):
        char_rows.append(row_of[positions])
        char_cols.append((hashes % np.uint64(2**char_bits)).astype(np.int64))
    rows = np.concatenate(char_rows) if char_rows else np.empty(0, dtype=np.int64)
    cols = np.concatenate(char_cols) if char_cols else np.empty(0, dtype=np.int64)
    chars = sparse.coo_matrix(
        (np.ones(len(rows)), (rows, cols)), shape=(n_texts, 2**char_bits)
    ).tocsr()  # tocsr sums the duplicate (row, column) entries into counts
    return words, chars


def text_terms(
    text: str, word_bits: int, char_bits: int, char_ngrams: tuple[int, int]
) -> tuple[list[tuple[str, int]], list[tuple[int, int]]]:
    """For explanations: (term, word column) per word 1-2-gram, and (char column, chunk index)
    per char n-gram, where chunk is the whitespace-separated piece of `text` it came from."""
    buf, _ = _buffer([text])
    raw = buf.tobytes()
    t_start, t_end, t_hash = _tokens(buf)
    words = [raw[s:e].decode("utf-8", "replace") for s, e in zip(t_start, t_end, strict=True)]
    modulus = np.uint64(2**word_bits)
    terms = list(zip(words, (_mix(t_hash + _SALT_UNIGRAM) % modulus).tolist(), strict=True))
    if len(words) > 1:
        bigram_cols = _mix(t_hash[:-1] * _SALT_BIGRAM + t_hash[1:]) % modulus
        pairs = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
        terms += list(zip(pairs, bigram_cols.tolist(), strict=True))
    # Chunk index of a byte: number of spaces before it, minus the leading pad.
    chunk_of = np.cumsum(buf == _SPACE) - 1
    grams = []
    for _, positions, hashes in _windows(buf, char_ngrams):
        owner = chunk_of[np.minimum(positions + 1, len(buf) - 1)]
        cols = hashes % np.uint64(2**char_bits)
        grams += list(zip(cols.astype(np.int64).tolist(), owner.tolist(), strict=True))
    return terms, grams


def batch_terms(
    texts: list[str], word_bits: int, char_bits: int, char_ngrams: tuple[int, int]
) -> dict[str, np.ndarray | list[str]]:
    """For explanations of a whole batch: every word 1-2-gram and char n-gram with its text.

    Returns arrays: `token_row`, `token_chunk` (whitespace chunk within its text) and `tokens`
    (the words); `term_row`, `term_column` (full word-block column) and `terms` (unigrams, then
    bigrams); `gram_row`, `gram_column` (full char-block column) and `gram_chunk`. The same
    hashes as hash_features, so the columns line up with the feature matrix.
    """
    if small_batch(texts):
        return batch_terms_small(texts, word_bits, char_bits, char_ngrams)
    return batch_terms_numpy(texts, word_bits, char_bits, char_ngrams)


def batch_terms_numpy(
    texts: list[str], word_bits: int, char_bits: int, char_ngrams: tuple[int, int]
) -> dict[str, np.ndarray | list[str]]:
    """batch_terms for any batch, vectorised."""
    buf, starts = _buffer(texts)
    raw = buf.tobytes()
    row_of = np.repeat(np.arange(len(texts)), np.diff(np.append(starts, len(buf))))
    spaces = np.cumsum(buf == _SPACE)
    # Chunk of a byte: spaces since its text's leading pad (the pad itself counts as the first).
    chunk_of = spaces - spaces[starts][row_of]
    t_start, t_end, t_hash = _tokens(buf)
    tokens = [raw[s:e].decode("utf-8", "replace") for s, e in zip(t_start, t_end, strict=True)]
    t_row = row_of[t_start]
    modulus = np.uint64(2**word_bits)
    same_text = np.flatnonzero(t_row[1:] == t_row[:-1])
    bigram_columns = _mix(t_hash[:-1] * _SALT_BIGRAM + t_hash[1:])[same_text] % modulus
    grams_rows, grams_columns, grams_chunks = [], [], []
    last = len(buf) - 1
    for _, positions, hashes in _windows(buf, char_ngrams):
        grams_rows.append(row_of[positions])
        grams_columns.append((hashes % np.uint64(2**char_bits)).astype(np.int64))
        grams_chunks.append(chunk_of[np.minimum(positions + 1, last)])
    empty = np.empty(0, dtype=np.int64)
    return {
        "token_row": t_row,
        "token_chunk": chunk_of[t_start],
        "tokens": tokens,
        "term_row": np.concatenate((t_row, t_row[same_text])),
        "term_column": np.concatenate(
            (
                (_mix(t_hash + _SALT_UNIGRAM) % modulus).astype(np.int64),
                bigram_columns.astype(np.int64),
            )
        ),
        "terms": tokens + [f"{tokens[k]} {tokens[k + 1]}" for k in same_text.tolist()],
        "gram_row": np.concatenate(grams_rows) if grams_rows else empty,
        "gram_column": np.concatenate(grams_columns) if grams_columns else empty,
        "gram_chunk": np.concatenate(grams_chunks) if grams_chunks else empty,
    }


# Small batches: the same hashes in plain Python. numpy's fixed cost per call (~20 array
# operations per step) is most of a one-line request; Python ints masked to 64 bits give the
# same uint64 arithmetic (tests/classifier/test_fast_paths.py compares both paths).
SMALL_BATCH = 8
SMALL_CHARS = 2_000
CACHED_CHARS = 300  # lines up to this long keep their hashes in _text_hashes_cached
_MASK = 2**64 - 1
_P_INT = int(_P)
_SALT_UNIGRAM_INT = int(_SALT_UNIGRAM)
_SALT_BIGRAM_INT = int(_SALT_BIGRAM)
_WORD_BYTES = frozenset(np.flatnonzero(_WORD_BYTE).tolist())


def _mix_int(x: int) -> int:
    """_mix on one Python int (0 <= x < 2**64)."""
    x ^= x >> 30
    x = (x * 0xBF58476D1CE4E5B9) & _MASK
    x ^= x >> 27
    x = (x * 0x94D049BB133111EB) & _MASK
    return x ^ (x >> 31)


@functools.lru_cache(maxsize=1024)
def _text_hashes_cached(
    text: str, word_bits: int, char_bits: int, char_ngrams: tuple[int, int]
) -> tuple:
    """text_hashes of short lines, kept: a request hashes its lines for the features and again
    for the explanations. Callers must not change the lists it returns."""
    return _text_hashes_uncached(text, word_bits, char_bits, char_ngrams)


def text_hashes(text: str, word_bits: int, char_bits: int, char_ngrams: tuple[int, int]):
    """One text's hashes (see _text_hashes_uncached), from the cache when the text is short."""
    if len(text) <= CACHED_CHARS:
        return _text_hashes_cached(text, word_bits, char_bits, tuple(char_ngrams))
    return _text_hashes_uncached(text, word_bits, char_bits, char_ngrams)


def _text_hashes_uncached(text: str, word_bits: int, char_bits: int, char_ngrams: tuple[int, int]):
    """One text's word tokens and char n-grams, hashed as the numpy path hashes them.

    Returns (tokens, token_chunks, unigram_columns, bigram_columns, grams) where grams holds,
    per n-gram length, a list of (char column, chunk) in position order.
    """
    raw = b" " + text.encode("utf-8") + b" "
    word_mod, char_mod = (1 << word_bits) - 1, (1 << char_bits) - 1
    size = len(raw)
    # Chunk of each byte: spaces after the leading pad up to and including it.
    chunk_of, spaces = [], -1
    for byte in raw:
        spaces += byte == _SPACE
        chunk_of.append(spaces)
    tokens, token_chunks, token_hashes = [], [], []
    start = None
    for i in range(size + 1):
        if i < size and raw[i] in _WORD_BYTES:
            if start is None:
                start = i
            continue
        if start is not None and i - start >= 2:
            h = 0
            for byte in raw[start:i]:
                h = (h * _P_INT + byte) & _MASK
            tokens.append(raw[start:i].decode("utf-8", "replace"))
            token_chunks.append(chunk_of[start])
            token_hashes.append(h)
        start = None
    unigrams = [_mix_int((h + _SALT_UNIGRAM_INT) & _MASK) & word_mod for h in token_hashes]
    bigrams = [
        _mix_int((a * _SALT_BIGRAM_INT + b) & _MASK) & word_mod
        for a, b in zip(token_hashes, token_hashes[1:], strict=False)
    ]
    low, high = char_ngrams
    grams = {n: [] for n in range(max(low, 2), high + 1)}
    salts = {n: (n * _SALT_BIGRAM_INT) & _MASK for n in grams}
    for p in range(size):
        if raw[p] == _SEP:
            continue
        h = raw[p]
        for n in range(2, high + 1):
            end = p + n - 1
            if end >= size or raw[end] == _SEP or (n >= 3 and raw[end - 1] == _SPACE):
                break
            h = (h * _P_INT + raw[end]) & _MASK
            if n >= low:
                column = _mix_int((h + salts[n]) & _MASK) & char_mod
                grams[n].append((column, chunk_of[p + 1]))
    return tokens, token_chunks, unigrams, bigrams, [grams[n] for n in sorted(grams)]


def _counts_arrays(rows: list[list[int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(data, indices, indptr) of the count matrix with one row per column list, laid out as
    coo_matrix(...).tocsr() lays it out: columns ascending within a row, int32 indices."""
    indptr, indices, data = [0], [], []
    for columns in rows:
        counts: dict[int, int] = {}
        for column in columns:
            counts[column] = counts.get(column, 0) + 1
        for column in sorted(counts):
            indices.append(column)
            data.append(float(counts[column]))
        indptr.append(len(indices))
    return (
        np.array(data, dtype=np.float64),
        np.array(indices, dtype=np.int32),
        np.array(indptr, dtype=np.int32),
    )


def hash_counts_small(
    texts: list[str], word_bits: int, char_bits: int, char_ngrams: tuple[int, int]
) -> tuple[tuple[np.ndarray, ...], tuple[np.ndarray, ...]]:
    """The arrays (data, indices, indptr) of hash_features' two matrices, in plain Python."""
    word_rows, char_rows = [], []
    for text in texts:
        _, _, unigrams, bigrams, grams = text_hashes(text, word_bits, char_bits, char_ngrams)
        word_rows.append(unigrams + bigrams)
        char_rows.append([column for per_n in grams for column, _ in per_n])
    return _counts_arrays(word_rows), _counts_arrays(char_rows)


def hash_features_small(
    texts: list[str], word_bits: int, char_bits: int, char_ngrams: tuple[int, int]
) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """hash_features in plain Python: the same two matrices, faster for a few short lines."""
    words, chars = hash_counts_small(texts, word_bits, char_bits, char_ngrams)
    return (
        sparse.csr_matrix(words, shape=(len(texts), 2**word_bits)),
        sparse.csr_matrix(chars, shape=(len(texts), 2**char_bits)),
    )


def batch_terms_small(
    texts: list[str], word_bits: int, char_bits: int, char_ngrams: tuple[int, int]
) -> dict[str, np.ndarray | list[str]]:
    """batch_terms in plain Python: the same arrays in the same order, for a few short lines."""
    parts = [text_hashes(text, word_bits, char_bits, char_ngrams) for text in texts]
    token_row, token_chunk, tokens, unigrams = [], [], [], []
    bigram_row, bigram_column, pairs = [], [], []
    for row, (words, chunks, uni, bi, _) in enumerate(parts):
        token_row += [row] * len(words)
        token_chunk += chunks
        tokens += words
        unigrams += uni
        bigram_row += [row] * len(bi)
        bigram_column += bi
        pairs += [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    gram_row, gram_column, gram_chunk = [], [], []
    for k in range(len(parts[0][4]) if parts else 0):
        for row, part in enumerate(parts):
            per_n = part[4][k]
            gram_row += [row] * len(per_n)
            gram_column += [column for column, _ in per_n]
            gram_chunk += [chunk for _, chunk in per_n]

    def ints(values: list[int]) -> np.ndarray:
        return np.array(values, dtype=np.int64)

    return {
        "token_row": ints(token_row),
        "token_chunk": ints(token_chunk),
        "tokens": tokens,
        "term_row": ints(token_row + bigram_row),
        "term_column": ints(unigrams + bigram_column),
        "terms": tokens + pairs,
        "gram_row": ints(gram_row),
        "gram_column": ints(gram_column),
        "gram_chunk": ints(gram_chunk),
    }
