"""Checks on the hand-written line modules: real-world lines, owners' lines, and more lines.

Each is a list of (text, office, process, function, location) tuples labelled by LABELING.md.
"""

import re
from collections import Counter
from fnmatch import fnmatch
from pathlib import Path

import pytest

from classifier.labels import (
    FUNCTION_OFFICE,
    FUNCTION_ROUTINE_PROCESS,
    FUNCTIONS,
    LOCATIONS,
    OFFICES,
    PROCESSES,
)
from training_data.companies import COMPANIES
from training_data.vocab import more_lines, owner_lines, real_world

# module -> (lines at least per function, long-tail lines at least), what each was written for.
MODULES = {
    "real_world": (real_world.LINES, 40, 300),
    "owner_lines": (owner_lines.LINES, 90, 250),
    "more_lines": (more_lines.LINES, 50, 380),
}
# Earlier modules a later one must not repeat (the generator would drop the repeat silently).
EARLIER = {
    "real_world": (),
    "owner_lines": ("real_world",),
    "more_lines": ("real_world", "owner_lines"),
}


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


@pytest.fixture(params=list(MODULES))
def module(request):
    """(name, lines, minimum per function, minimum long-tail) of one module."""
    return request.param, *MODULES[request.param]


def test_every_line_is_a_five_tuple_of_non_empty_strings(module):
    _, lines, _, _ = module
    assert lines
    for line in lines:
        assert isinstance(line, tuple) and len(line) == 5, line
        assert all(isinstance(value, str) and value.strip() for value in line), line
        assert line[0] == line[0].strip(), line


@pytest.mark.parametrize(
    ("index", "vocabulary"),
    [(1, OFFICES), (2, PROCESSES), (3, FUNCTIONS), (4, LOCATIONS)],
    ids=["office", "process", "function", "location"],
)
def test_labels_are_inside_the_vocabularies(module, index, vocabulary):
    _, lines, _, _ = module
    assert not {line[index] for line in lines} - set(vocabulary)


def test_office_and_process_follow_the_function(module):
    _, lines, _, _ = module
    wrong = [
        line
        for line in lines
        if line[1] != FUNCTION_OFFICE[line[3]]
        or line[2] not in ("long_tail", FUNCTION_ROUTINE_PROCESS[line[3]])
    ]
    assert not wrong, wrong[:5]


def test_no_duplicates_and_no_repeats_of_earlier_hand_written_lines(module):
    name, lines, _, _ = module
    counts = Counter(_key(line[0]) for line in lines)
    assert not [text for text, n in counts.items() if n > 1]
    seen = {_key(line[0]) for earlier in EARLIER[name] for line in MODULES[earlier][0]}
    for company in COMPANIES:
        seen |= {_key(line[0]) for line in (*company["own"], *company["support"])}
    repeated = [line[0] for line in lines if _key(line[0]) in seen]
    assert not repeated, repeated[:10]


def test_every_function_has_enough_lines_and_some_long_tail(module):
    _, lines, per_function, long_tail = module
    counts = Counter(line[3] for line in lines)
    assert not {f: counts[f] for f in FUNCTIONS if counts[f] < per_function}
    assert sum(line[2] == "long_tail" for line in lines) >= long_tail
    assert {line[3] for line in lines if line[2] == "long_tail"} == set(FUNCTIONS)


def test_the_readme_names_every_module_of_more_lines():
    # training_data/README.md says what each module holds and why it was written; a module added
    # without its entry leaves the next person to guess. Names may be globs (`..._breadth2_*.py`).
    root = Path(more_lines.__file__).parents[1]
    readme = (root / "README.md").read_text(encoding="utf-8")
    # Only names of this family count: companies/more_*.py is another folder's.
    named = re.findall(r"`(more_lines[\w*]*\.py)`", readme)
    modules = sorted(path.name for path in (root / "vocab").glob("more_lines*.py"))
    assert modules, root
    unnamed = [name for name in modules if not any(fnmatch(name, pattern) for pattern in named)]
    assert not unnamed, unnamed
