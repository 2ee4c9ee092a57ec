"""Builds classifier/lexicon/wordnet-concepts.tsv.gz from the WordNet 3.0 database files.

Run by a developer when the lookup's settings change, never at run time or in a test:

    python -m classifier.concepts_build /usr/share/wordnet

(Debian's `wordnet-base` package installs the database there.) The output is plain text, so
the app reads it without running anything from it; see classifier/lexicon/README.md.
"""

import argparse
import gzip
import re
from pathlib import Path

from classifier.concepts import TABLE_PATH

POS_FILES = {"n": "noun", "v": "verb"}
# Hypernym pointers (class and instance) lead to the more general concepts.
HYPERNYM = {"@", "@i"}
# Lemmas the lookup can meet: one word, or two words as a line's word pair gives them.
LEMMA = re.compile(r"[a-z]+(_[a-z]+)?")
# A word's first (most frequent) sense, and its hypernyms this many levels up.
DEPTH = 2


def _index(path: Path) -> dict[str, str]:
    """Lemma -> synset offset of its first sense, from an index.<pos> file."""
    first = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):  # the licence header
            continue
        fields = line.split()
        lemma, pointer_kinds = fields[0], int(fields[3])
        if LEMMA.fullmatch(lemma):
            first[lemma] = fields[4 + pointer_kinds + 2]
    return first


def _hypernyms(path: Path) -> dict[str, list[str]]:
    """Synset offset -> offsets of its hypernyms, from a data.<pos> file."""
    up = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        k = 4 + 2 * int(fields[3], 16)
        pointers, k = int(fields[k]), k + 1
        up[fields[0]] = [
            fields[k + 4 * j + 1] for j in range(pointers) if fields[k + 4 * j] in HYPERNYM
        ]
    return up


def _exceptions(path: Path, lemmas: dict[str, str]) -> dict[str, str]:
    """Irregular form -> its lemma, from a <pos>.exc file, where both can be looked up."""
    found = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        form, lemma = line.split()[:2]
        if LEMMA.fullmatch(form) and lemma in lemmas:
            found[form] = lemma
    return found


def _chain(offset: str, up: dict[str, list[str]]) -> list[str]:
    """The synset and its hypernyms up to DEPTH levels, breadth first, each once."""
    chain, seen, front = [], set(), [offset]
    for _ in range(DEPTH + 1):
        following = []
        for synset in front:
            if synset in seen:
                continue
            seen.add(synset)
            chain.append(synset)
            following += up.get(synset, [])
        front = following
    return chain


def build(wordnet: Path) -> list[str]:
    """The table's lines: a header, then `c<pos> lemma ids` and `x<pos> form lemma` rows."""
    chains, exceptions = {}, {}
    for pos, name in POS_FILES.items():
        lemmas = _index(wordnet / f"index.{name}")
        up = _hypernyms(wordnet / f"data.{name}")
        for lemma, offset in lemmas.items():
            chains[(pos, lemma)] = [(pos, synset) for synset in _chain(offset, up)]
        exceptions[pos] = _exceptions(wordnet / f"{name}.exc", lemmas)
    # Dense concept ids, in (pos, offset) order so a rebuild from the same files is identical.
    ids = {key: k for k, key in enumerate(sorted({c for chain in chains.values() for c in chain}))}
    lines = [
        "# WordNet 3.0 concepts of English lemmas: first sense and its hypernyms, "
        f"{DEPTH} levels up. Licence: LICENSE-WordNet.txt beside this file.",
        f"concepts\t{len(ids)}",
    ]
    for (pos, lemma), chain in sorted(chains.items()):
        lines.append(f"c{pos}\t{lemma}\t{' '.join(str(ids[c]) for c in chain)}")
    for pos in POS_FILES:
        for form, lemma in sorted(exceptions[pos].items()):
            lines.append(f"x{pos}\t{form}\t{lemma}")
    return lines


def main() -> None:
    """Write the table from the WordNet directory given on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordnet", type=Path, help="directory with index.noun, data.noun, ...")
    parser.add_argument("--out", type=Path, default=TABLE_PATH)
    args = parser.parse_args()
    text = "\n".join(build(args.wordnet)) + "\n"
    # mtime=0: the same input gives the same bytes, so git sees no change on a rebuild.
    with open(args.out, "wb") as raw, gzip.GzipFile("", "wb", fileobj=raw, mtime=0) as out:
        out.write(text.encode("utf-8"))
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
