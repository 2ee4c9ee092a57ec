"""Reading and checking the labelled task CSV, hashing it, and the template-aware held-out split."""

import csv
import hashlib
import re
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components
from sklearn.model_selection import GroupShuffleSplit

from classifier.labels import HEADS, VOCABULARIES
from classifier.model import ModelError
from classifier.normalise import normalise_text

STYLES = ("informal", "formal", "statement")
REQUIRED_COLUMNS = ("text", *HEADS)
# Lines of written companies: a profile, a line, its labels in that company, and whether it is
# the company's own work. `company` groups the profile variants of one company.
COMPANY_COLUMNS = ("company", "sector", "industry", "offering", "text", *HEADS, "own_offering")

# Lines sharing this share of their word stems come from the same template and object: they are
# kept on the same side of the split so the held-out score is not a memory test.
NEAR_DUPLICATE_JACCARD = 0.5
_STEM = re.compile(r"[a-z]{2,}")
_STOP = {
    "the",
    "and",
    "for",
    "to",
    "of",
    "in",
    "on",
    "a",
    "an",
    "or",
    "with",
    "from",
    "by",
    "at",
    "our",
    "we",
    "all",
    "each",
    "every",
    "as",
    "it",
    "is",
    "be",
    "that",
    "this",
    "into",
}


def task_line(name: str, description: str | None = None, section: str | None = None) -> str:
    """What the model reads of a task: the heading it sits under, its name, its description."""
    line = f"{name}. {description}" if description else name
    # "Month-end close: check each link", the way lists gloss a heading. A checklist step often
    # takes its service line from its section alone: on eval/section_lines.csv the heading lifts
    # function from 0.78 to 0.88 (classifier/MODEL_CARD.md).
    return f"{section}: {line}" if section else line


def file_sha256(path: Path) -> str:
    """Hex sha256 of a file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def load_rows(path: Path, columns: tuple[str, ...] = REQUIRED_COLUMNS) -> list[dict[str, str]]:
    """Read the CSV and fail with a clear message on a missing column or an unknown label."""
    path = Path(path)
    if not path.is_file():
        raise ModelError(f"training data not found: {path}")
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in columns if c not in (reader.fieldnames or [])]
        if missing:
            raise ModelError(f"{path}: missing column(s) {', '.join(missing)}")
        rows = list(reader)
    for line_no, row in enumerate(rows, start=2):
        if not (row["text"] or "").strip():
            raise ModelError(f"{path}:{line_no}: empty text")
        for head in HEADS:
            if row[head] not in VOCABULARIES[head]:
                raise ModelError(f"{path}:{line_no}: {head} label {row[head]!r} is not allowed")
        if "own_offering" in columns and row["own_offering"] not in ("0", "1"):
            raise ModelError(f"{path}:{line_no}: own_offering must be 0 or 1")
    if not rows:
        raise ModelError(f"{path}: no rows")
    return rows


def load_company_rows(path: Path) -> list[dict[str, str]]:
    """Read the written company lines (profile, line, labels, own_offering)."""
    return load_rows(path, COMPANY_COLUMNS)


def company_split(
    rows: list[dict[str, str]], fraction: float, seed: int
) -> tuple[np.ndarray, np.ndarray]:
    """(train, held-out) index arrays with every company wholly on one side."""
    splitter = GroupShuffleSplit(n_splits=1, test_size=fraction, random_state=seed)
    train, held_out = next(splitter.split(rows, groups=[row["company"] for row in rows]))
    return np.sort(train), np.sort(held_out)


def _stems(text: str) -> set[str]:
    """Crude stems (first five letters) of the content words, for near-duplicate grouping."""
    return {word[:5] for word in _STEM.findall(normalise_text(text)) if word not in _STOP}


def near_duplicate_groups(texts: list[str]) -> np.ndarray:
    """Group id per text: connected components of the 'shares most of its rare stems' graph.

    Stems are weighted by inverse document frequency, so shared boilerplate ("every month",
    "to ensure accuracy") does not chain unrelated lines into one giant group.
    """
    vocabulary: dict[str, int] = {}
    rows, cols = [], []
    for i, text in enumerate(texts):
        for stem in _stems(text):
            rows.append(i)
            cols.append(vocabulary.setdefault(stem, len(vocabulary)))
    shape = (len(texts), len(vocabulary))
    incidence = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=shape)
    document_frequency = np.asarray(incidence.sum(axis=0)).ravel()
    idf = np.log((1 + len(texts)) / (1 + document_frequency)) + 1.0
    weighted = incidence @ sparse.diags(idf)
    sizes = np.asarray(weighted.sum(axis=1)).ravel()
    first, second = _candidate_pairs(incidence, idf, sizes)
    overlap = np.asarray(incidence[first].multiply(weighted[second]).sum(axis=1)).ravel()
    union = sizes[first] + sizes[second] - overlap
    keep = overlap >= NEAR_DUPLICATE_JACCARD * union
    graph = sparse.csr_matrix(
        (np.ones(keep.sum()), (first[keep], second[keep])), shape=(len(texts), len(texts))
    )
    _, labels = connected_components(graph, directed=False)
    return labels


def _candidate_pairs(
    incidence: sparse.csr_matrix, idf: np.ndarray, sizes: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j) that share a stem among the rarest of each line's stems.

    Every pair of lines similar enough is among them (prefix filtering), so only these need
    their overlap computed: all pairs that share any stem were 101 million for the training
    lines, and took 24 s, twice in every training. A pair at Jaccard J shares at least J times
    either line's weight. So with each line's stems in one order and its tail dropped while that
    tail weighs less than J times the line, the first stem the two share is left in both lines'
    prefixes. Rarest first keeps the prefixes short: the common stems are the ones dropped.
    """
    rank = np.empty(len(idf), dtype=np.int64)
    rank[np.argsort(-idf, kind="stable")] = np.arange(len(idf))
    entries = incidence.tocoo()
    order = np.lexsort((rank[entries.col], entries.row))
    line, stem = entries.row[order], entries.col[order]
    # Weight of each stem and of all that come after it on its line.
    from_end = np.cumsum(idf[stem][::-1])[::-1]
    next_line = np.searchsorted(line, line, side="right")
    past_line = np.append(from_end, 0.0)[next_line]
    tail = from_end - past_line
    # The margin keeps a stem whose tail equals the bound but for the running sums' rounding.
    in_prefix = tail >= NEAR_DUPLICATE_JACCARD * sizes[line] * (1 - 1e-6)
    prefix = sparse.csr_matrix(
        (np.ones(in_prefix.sum()), (line[in_prefix], stem[in_prefix])), shape=incidence.shape
    )
    pairs = (prefix @ prefix.T).tocoo()
    upper = pairs.row < pairs.col
    return pairs.row[upper], pairs.col[upper]


def holdout_split(
    rows: list[dict[str, str]], fraction: float, seed: int
) -> tuple[np.ndarray, np.ndarray]:
    """Deterministic (train, held-out) index arrays with near-duplicates kept together."""
    texts = [row["text"] for row in rows]
    groups = near_duplicate_groups(texts)
    splitter = GroupShuffleSplit(n_splits=1, test_size=fraction, random_state=seed)
    train, held_out = next(splitter.split(texts, groups=groups))
    return np.sort(train), np.sort(held_out)
