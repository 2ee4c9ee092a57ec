"""What a company sells, and the features that read a task line next to it."""

import re
import zlib
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from classifier.normalise import normalise_text

# Cross features of (profile word, task word) are hashed into this many columns: enough that
# the few thousand crosses written pairs produce rarely collide, small enough for a light model.
CROSS_BITS = 17
# Profile words alone are hashed into this many columns.
PROFILE_BITS = 14
# Similarity bins (cosine of word and of char TF-IDF vectors of the line and the profile): a
# linear model gets a step function of similarity instead of one straight slope.
WORD_SIMILARITY_EDGES = (0.0, 0.05, 0.1, 0.2, 0.35)
CHAR_SIMILARITY_EDGES = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3)
# Words that say nothing about the kind of work, left out of the crosses.
_STOP = frozenset(
    "the and for to of in on a an or with from by at our we us all each every as it is be that "
    "this into their they them you your its any some new more when as needed per via etc "
    "company business services service work do get make".split()
)
_WORD = re.compile(r"[a-z][a-z0-9']+")


@dataclass(frozen=True)
class CompanyContext:
    """The company a task list belongs to: its industry and one line on what customers pay for."""

    industry: str = ""
    offering: str = ""

    @property
    def text(self) -> str:
        """Industry and offering as one line, for similarity."""
        return ". ".join(part.strip() for part in (self.industry, self.offering) if part.strip())

    def __bool__(self) -> bool:
        return bool(self.text)


def content_words(text: str) -> list[str]:
    """Distinct content words of a normalised line, in order, possessives folded."""
    seen: dict[str, None] = {}
    for word in _WORD.findall(text):
        word = word.removesuffix("'s").strip("'")
        if len(word) > 2 and word not in _STOP:
            seen.setdefault(word, None)
    return list(seen)


def _cross_column(task_word: str, profile_word: str) -> int:
    return zlib.crc32(f"{profile_word}\0{task_word}".encode()) % (2**CROSS_BITS)


def cross_terms(text: str, profile: list[str]) -> list[tuple[str, int]]:
    """(task word, column) of every (profile word x task word) cross of one normalised line."""
    return [(w, _cross_column(w, p)) for w in content_words(text) for p in profile]


def cross_matrix(texts: list[str], company: CompanyContext) -> sparse.csr_matrix:
    """Hashed crosses of profile words with each normalised line's words, rows L2-normalised."""
    profile = content_words(normalise_text(company.text))
    rows, cols = [], []
    for i, text in enumerate(texts):
        for _, column in cross_terms(text, profile):
            rows.append(i)
            cols.append(column)
    matrix = sparse.csr_matrix(
        (np.ones(len(rows)), (rows, cols)), shape=(len(texts), 2**CROSS_BITS)
    )
    matrix.sum_duplicates()
    matrix.data = np.minimum(matrix.data, 1.0)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    return sparse.diags(1.0 / np.maximum(norms, 1.0)) @ matrix


def profile_matrix(count: int, company: CompanyContext) -> sparse.csr_matrix:
    """The profile's own words, hashed, repeated for each of `count` lines: a per-industry prior
    (a plumber's own work is on site, an accountant's is not)."""
    words = content_words(normalise_text(company.text))
    columns = sorted({_cross_column("", word) for word in words})
    row = np.zeros(2**PROFILE_BITS)
    row[[c % 2**PROFILE_BITS for c in columns]] = 1.0 / max(np.sqrt(len(columns)), 1.0)
    return sparse.csr_matrix(np.ones((count, 1))) @ sparse.csr_matrix(row)


def service_line_match(line_functions: np.ndarray, profile_functions: np.ndarray) -> np.ndarray:
    """Dense features of whether each line is in the service line of what the company sells.

    `line_functions` (n, 14) are the lines' function probabilities read alone and
    `profile_functions` (14,) the profile's: their per-function products and its sum say that
    dispatching vans is a courier's own work but ordering parts is not a plumber's, for kinds of
    business no written example pairs with those words. The line's own probabilities come too,
    so the weight of a match can differ by function.
    """
    products = line_functions * profile_functions[None, :]
    return np.column_stack([products.sum(axis=1), products, line_functions])


def _bins(values: np.ndarray, edges: tuple[float, ...]) -> np.ndarray:
    """One-hot of which bin each value falls in: (0], (e1, e2], ..., (last, inf)."""
    index = np.searchsorted(np.array(edges), values, side="left")
    return np.eye(len(edges) + 1)[index]


def similarity_features(word_sim: np.ndarray, char_sim: np.ndarray) -> np.ndarray:
    """Dense features of how close each line is to the profile: raw values and their bins."""
    return np.column_stack(
        [
            word_sim,
            char_sim,
            _bins(word_sim, WORD_SIMILARITY_EDGES),
            _bins(char_sim, CHAR_SIMILARITY_EDGES),
        ]
    )
