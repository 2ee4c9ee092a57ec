"""Headings in a task list as people write it: lines naming the section of the lines below."""

import re
from collections.abc import Iterator

from bpo.schemas.requests import MAX_SECTION_LENGTH

# A list marker before a heading ("- Front desk:"), dropped from the section's name.
_LIST_MARKER = re.compile(r"[-*•]\s+")
MOST_HEADINGS_NAMED = 5  # a notice names this many headings, then counts the rest


def heading(line: str) -> str | None:
    """The section a line names if it is written as a heading ("Month-end close:", or Markdown's
    "## Front desk"), else None. A line with "|" is a task with numbers."""
    # Plain string tests, not one regular expression: a pattern with optional parts around the
    # name backtracked for seconds on a long line of spaces.
    text = line.strip()
    if "|" in text:
        return None
    hashes = len(text) - len(text.lstrip("#"))
    if 1 <= hashes <= 6 and text[hashes : hashes + 1].isspace():
        section = text.rstrip("#").strip()[hashes:].strip()
    elif text.endswith(":") and not hashes:
        section = text[:-1].strip()
        marker = _LIST_MARKER.match(section)
        section = section[marker.end() :] if marker else section
    else:
        return None
    return section if 0 < len(section) <= MAX_SECTION_LENGTH else None


def find_headings(filled: list[tuple[int, str]]) -> dict[int, str]:
    """Line number -> section of each heading with a task line under it. A heading-like line
    with none ("Payroll:" last, or before another heading) is read as a task, so none is lost."""
    sections = [heading(line) for _, line in filled]
    return {
        number: section
        for (number, _), section, following in zip(filled, sections, sections[1:], strict=False)
        if section and following is None
    }


def task_lines(
    filled: list[tuple[int, str]], headings: dict[int, str]
) -> Iterator[tuple[int, str, str | None]]:
    """(line number, line, section of the heading above it or None) for every line that is not
    a heading, in order."""
    section = None
    for number, line in filled:
        if number in headings:
            section = headings[number]
            continue
        yield number, line, section


def headings_notice(sections: list[str]) -> str:
    """What the reader is told of the lines read as headings, naming the first few."""
    named = ", ".join(f"“{section}”" for section in sections[:MOST_HEADINGS_NAMED])
    more = len(sections) - MOST_HEADINGS_NAMED
    rest = f" and {more} more" if more > 0 else ""
    return (
        f"Read as headings, not tasks: {named}{rest}. Each task under a heading is classified "
        "with it."
    )
