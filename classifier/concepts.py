"""WordNet concepts of a line's words, so a word the training data never used shares features
with words it did ("forklift" and "truck" both reach "self-propelled vehicle").

Each word and word pair is reduced to its WordNet lemma (irregular forms, then WordNet's
suffix rules), and the lemma's first sense stands for it with its hypernyms two levels up
(classifier/concepts_build.py writes the table; classifier/lexicon/README.md says where from).
"""

import functools
import gzip
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

TABLE_PATH = Path(__file__).parent / "lexicon" / "wordnet-concepts.tsv.gz"
POS = ("n", "v")
# Words too common or too vague for their concepts to mean anything about the work.
STOP = frozenset(
    "the and for with from into our your their all any per each that this via will are was has "
    "have been its who what when how new".split()
)
# WordNet's regular inflections (its morphy rules), tried in order once no lemma or irregular
# form matches.
SUFFIXES = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
          ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
          ("ing", "")),
}  # fmt: skip
# Word tokens as the hasher finds them (classifier/hashing.py): runs of word characters at
# least two bytes long, so a line's word pairs here are its word pairs there.
_WORD_RUN = re.compile(r"[0-9A-Za-z_\u0080-\U0010ffff]+")
CACHED_CHARS = 300  # lines up to this long keep their concepts in _line_concepts_cached


class ConceptTableError(Exception):
    """The concept table is missing or not in the expected form."""


@dataclass(frozen=True)
class ConceptTable:
    """Lemma -> concept ids per part of speech, and irregular forms -> lemma."""

    size: int
    # (pos, lemma) -> its concept ids as the table writes them; parsed when a line needs them,
    # since parsing all 115k chains would add two seconds to every start.
    chains: dict[tuple[str, str], str]
    exceptions: dict[tuple[str, str], str]
    digest: str
    # First words of the two-word lemmas and irregular forms ("accounts" of accounts_payable).
    pair_heads: frozenset[str]

    def lemma(self, word: str, pos: str) -> str | None:
        """The lemma a word is a form of, for one part of speech (None: not in WordNet)."""
        if (pos, word) in self.chains:
            return word
        irregular = self.exceptions.get((pos, word))
        if irregular is not None:
            return irregular
        for ending, replacement in SUFFIXES[pos]:
            if word.endswith(ending):
                candidate = word[: -len(ending)] + replacement
                if (pos, candidate) in self.chains:
                    return candidate
        return None

    def concepts(self, term: str) -> tuple[int, ...]:
        """Concept ids of a word or a word pair ("a b"), noun senses first."""
        key = term.replace(" ", "_")
        if len(key) < 3 or key in STOP:
            return ()
        found: tuple[int, ...] = ()
        for pos in POS:
            lemma = self.lemma(key, pos)
            if lemma is not None:
                found += tuple(map(int, self.chains[(pos, lemma)].split()))
        return found


@functools.cache
def table(path: Path = TABLE_PATH) -> ConceptTable:
    """The concept table, read once per process."""
    try:
        raw = gzip.decompress(Path(path).read_bytes())
        lines = raw.decode("utf-8").splitlines()
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise ConceptTableError(f"cannot read the concept table {path}: {exc}") from exc
    chains, exceptions, size = {}, {}, None
    for number, line in enumerate(lines, start=1):
        if line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) == 2 and fields[0] == "concepts" and fields[1].isdigit():
            size = int(fields[1])
        elif len(fields) == 3 and fields[0] in ("cn", "cv"):
            chains[(fields[0][1], fields[1])] = fields[2]
        elif len(fields) == 3 and fields[0] in ("xn", "xv"):
            exceptions[(fields[0][1], fields[1])] = fields[2]
        else:
            raise ConceptTableError(f"{path} line {number} is not a concept table row")
    if size is None or not chains:
        raise ConceptTableError(f"{path} has no concepts")
    digest = hashlib.sha256(raw).hexdigest()[:12]
    heads = frozenset(key.split("_")[0] for _, key in (*chains, *exceptions) if "_" in key)
    return ConceptTable(size, chains, exceptions, digest, heads)


def line_concepts(text: str) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """The distinct terms of a line (word pairs first, then words) that reach any concept, each
    with its concept ids. Callers must not change the result (it may be cached)."""
    if len(text) <= CACHED_CHARS:
        return _line_concepts_cached(text)
    return _line_concepts(text)


def concept_owners(found: tuple[tuple[str, tuple[int, ...]], ...]) -> dict[int, list[str]]:
    """line_concepts' result turned round: each concept, ascending, with the terms reaching it."""
    owners: dict[int, list[str]] = {}
    for term, reached in found:
        for concept in reached:
            owners.setdefault(concept, []).append(term)
    return dict(sorted(owners.items()))


def concept_ids(found: tuple[tuple[str, tuple[int, ...]], ...]) -> list[int]:
    """The distinct concepts of line_concepts' result, ascending."""
    return sorted({concept for _, concepts in found for concept in concepts})


def concept_counts(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(data, indices, indptr) of the lines' concept matrix: 1 where a line reaches a concept
    (however many of its words reach it), columns ascending within a row."""
    rows = [concept_ids(line_concepts(text)) for text in texts]
    indptr = np.zeros(len(rows) + 1, dtype=np.int32)
    np.cumsum([len(row) for row in rows], out=indptr[1:])
    indices = np.fromiter((c for row in rows for c in row), dtype=np.int32, count=int(indptr[-1]))
    return np.ones(len(indices)), indices, indptr


@functools.lru_cache(maxsize=4096)
def _line_concepts_cached(text: str) -> tuple:
    return _line_concepts(text)


# Concepts of each term met so far: most lines are made of a few thousand words, and a plain
# dict lookup is what keeps the block cheap (a 10,000-line batch reads some 200,000 terms).
# Emptied when it grows past TERMS_KEPT, so odd input cannot make it grow without bound.
_TERMS: dict[str, tuple[int, ...]] = {}
TERMS_KEPT = 200_000


def term_concepts(term: str) -> tuple[int, ...]:
    """table().concepts(term), from _TERMS once looked up."""
    found = _TERMS.get(term)
    if found is None:
        if len(_TERMS) >= TERMS_KEPT:
            _TERMS.clear()
        found = _TERMS[term] = table().concepts(term)
    return found


def _line_concepts(text: str) -> tuple[tuple[str, tuple[int, ...]], ...]:
    tokens = [t for t in _WORD_RUN.findall(text) if len(t) >= 2 or not t.isascii()]
    # Few pairs are WordNet lemmas; a pair is looked up only if its first word starts one.
    heads = table().pair_heads
    terms = [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False) if a in heads]
    found, seen = [], set()
    for term in terms + tokens:
        if term not in seen:
            seen.add(term)
            concepts = term_concepts(term)
            if concepts:
                found.append((term, concepts))
    return tuple(found)
