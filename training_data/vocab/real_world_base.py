"""Helpers shared by the real_world_* modules: blocks of texts that share their labels."""

Row = tuple[str, str, str, str, str]
# (function, office, process, location) -> hand-written texts with those labels
Blocks = dict[tuple[str, str, str, str], list[str]]


def flatten(*groups: Blocks) -> list[Row]:
    """Rows (text, office, process, function, location) of every block, in order."""
    return [
        (text, office, process, function, location)
        for group in groups
        for (function, office, process, location), texts in group.items()
        for text in texts
    ]
