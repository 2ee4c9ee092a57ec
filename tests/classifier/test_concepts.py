"""WordNet concepts: the shipped table, the lookup of a line's words, and the table's builder."""

import gzip

import numpy as np
import pytest

from classifier import concepts, concepts_build
from classifier.concepts import ConceptTableError, concept_owners, line_concepts, term_concepts


def test_the_shipped_table_reads_and_states_its_size():
    table = concepts.table()
    assert table.size > 50_000
    assert len(table.chains) > 100_000
    highest = max(max(map(int, chain.split())) for chain in table.chains.values())
    assert highest == table.size - 1


def test_a_word_never_trained_on_shares_a_concept_with_a_known_one():
    assert set(term_concepts("forklift")) & set(term_concepts("truck"))
    assert not set(term_concepts("forklift")) & set(term_concepts("invoice"))


@pytest.mark.parametrize(
    ("form", "lemma"),
    [("invoices", "invoice"), ("reconciling", "reconcile"), ("children", "child")],
)
def test_inflected_forms_reach_the_concepts_of_their_lemma(form, lemma):
    assert term_concepts(form) == term_concepts(lemma) != ()


@pytest.mark.parametrize("term", ["the", "for", "ab", "xyzzy", "q3", "ünïcödé"])
def test_stop_words_short_and_unknown_words_reach_nothing(term):
    assert term_concepts(term) == ()


def test_a_line_credits_each_concept_to_the_words_and_pairs_that_reach_it():
    found = line_concepts("pay the accounts payable and the accounts")
    terms = [term for term, _ in found]
    # The pair is a WordNet lemma of its own; "pay the" is not, and "accounts" counts once.
    assert terms == ["accounts payable", "pay", "accounts", "payable"]
    owners = concept_owners(found)
    assert list(owners) == sorted(owners)
    assert all(owners[c] == ["accounts payable"] for c in term_concepts("accounts payable"))


def test_concept_counts_mark_each_reached_concept_once_per_line():
    data, indices, indptr = concepts.concept_counts(["invoice the invoices", "", "xyzzy"])
    assert indptr.tolist() == [0, len(term_concepts("invoice")), *[len(indices)] * 2]
    assert indices.tolist() == sorted(term_concepts("invoice"))
    assert np.all(data == 1.0)


def test_a_damaged_table_is_refused_naming_the_file(tmp_path):
    broken = tmp_path / "broken.tsv.gz"
    broken.write_bytes(b"not gzip")
    with pytest.raises(ConceptTableError, match="broken.tsv.gz"):
        concepts.table(broken)
    odd = tmp_path / "odd.tsv.gz"
    odd.write_bytes(gzip.compress(b"concepts\t3\ncn\tdog\t0 1\nzz\tcat\n"))
    with pytest.raises(ConceptTableError, match="line 3"):
        concepts.table(odd)
    uncounted = tmp_path / "uncounted.tsv.gz"
    uncounted.write_bytes(gzip.compress(b"concepts\tmany\ncn\tdog\t0 1\n"))
    with pytest.raises(ConceptTableError, match="line 1"):
        concepts.table(uncounted)


# A miniature WordNet in its own file formats: "dog" is a kind of canine, a kind of carnivore,
# a kind of animal; "hound" is a dog; "dogs" is irregularly listed as a form of "dog".
_LICENCE = "  1 This software and database is being provided to you\n"
_FILES = {
    "index.noun": "dog n 1 1 @ 1 0 00000300\nhound n 1 1 @ 1 0 00000400\n"
    "animal n 1 0 1 0 00000000\nhot_dog n 1 0 1 0 00000500\n",
    "data.noun": "00000000 05 n 01 animal 0 000 | a living thing\n"
    "00000100 05 n 01 carnivore 0 001 @ 00000000 n 0000 | eats meat\n"
    "00000200 05 n 01 canine 0 001 @ 00000100 n 0000 | a dog-like animal\n"
    "00000300 05 n 01 dog 0 001 @ 00000200 n 0000 | a dog\n"
    "00000400 05 n 01 hound 0 001 @ 00000300 n 0000 | a hunting dog\n"
    "00000500 05 n 01 hot_dog 0 000 | a sausage\n",
    "noun.exc": "doggies dog\nmice mouse\n",
    "index.verb": "dog v 1 1 @ 1 0 00000000\n",
    "data.verb": "00000000 41 v 01 dog 0 000 | to follow\n",
    "verb.exc": "",
}


@pytest.fixture
def wordnet(tmp_path):
    for name, text in _FILES.items():
        (tmp_path / name).write_text(
            (_LICENCE if name.startswith(("index", "data")) else "") + text
        )
    return tmp_path


def test_the_builder_writes_first_senses_two_levels_up_with_dense_ids(wordnet):
    lines = concepts_build.build(wordnet)
    assert lines[1] == "concepts\t7"
    rows = {tuple(line.split("\t")[:2]): line.split("\t")[2] for line in lines[2:]}
    # Noun ids in offset order: animal 0, carnivore 1, canine 2, dog 3, hound 4, hot dog 5;
    # the verb "dog" is 6. Two levels up from "dog" stops at carnivore.
    assert rows[("cn", "dog")] == "3 2 1"
    assert rows[("cn", "hound")] == "4 3 2"
    assert rows[("cn", "hot_dog")] == "5"
    assert rows[("cv", "dog")] == "6"
    # Only irregular forms whose lemma is in the table are kept.
    assert rows[("xn", "doggies")] == "dog"
    assert ("xn", "mice") not in rows


def test_a_built_table_reads_back_and_a_rebuild_is_byte_identical(wordnet, tmp_path, monkeypatch):
    out = tmp_path / "concepts.tsv.gz"
    for attempt in range(2):
        monkeypatch.setattr("sys.argv", ["build", str(wordnet), "--out", str(out)])
        concepts_build.main()
        if attempt == 0:
            first = out.read_bytes()
    assert out.read_bytes() == first
    table = concepts.table(out)
    assert table.size == 7
    assert table.lemma("doggies", "n") == "dog"
    assert table.lemma("hounds", "n") == "hound"
    assert table.concepts("hounds") == (4, 3, 2)
    assert table.concepts("hot dog") == (5,)
    assert table.concepts("dog") == (3, 2, 1, 6)
