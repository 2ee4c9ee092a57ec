"""Task lines as owners and office managers of small companies type them into a task list.

Short and concrete, with local detail, abbreviations, tools, people, frequencies and the odd
typo, across many kinds of small business and countries. Every line is ordinary company work
read by shared/LABELING.md sections 1-3 and 5 (no company context); production lines are only
plainly physical making of goods and kitchen work.

`LINES` holds (text, office, process, function, location) tuples, grouped by function in the
modules below.
"""

from training_data.vocab import (
    owner_lines_back,
    owner_lines_core,
    owner_lines_front,
    owner_lines_ops,
)
from training_data.vocab.real_world_base import Row

LINES: list[Row] = [
    *owner_lines_front.LINES,
    *owner_lines_back.LINES,
    *owner_lines_ops.LINES,
    *owner_lines_core.LINES,
]
