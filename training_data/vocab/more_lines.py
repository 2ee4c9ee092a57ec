"""More hand-written task lines: ad hoc work as owners write it, function boundaries and formal
process-framework names.

`LINES` holds (text, office, process, function, location) tuples, like owner_lines.py.
"""

# ruff: noqa: E501
# fmt: off
from training_data.vocab import (
    more_lines_boundaries,
    more_lines_direction,
    more_lines_framework_a,
    more_lines_framework_b,
    more_lines_framework_c,
    more_lines_framework_d,
    more_lines_judgment,
    more_lines_local,
    more_lines_local_more,
    more_lines_long_tail,
    more_lines_names,
    more_lines_pages_long_tail,
    more_lines_people,
    more_lines_places,
    more_lines_readings,
    more_lines_requests,
    more_lines_statements,
    more_lines_trades,
)
from training_data.vocab.real_world_base import Row

LINES: list[Row] = [
    *more_lines_long_tail.LINES,
    *more_lines_boundaries.LINES,
    *more_lines_names.LINES,
    *more_lines_readings.LINES,
    *more_lines_places.LINES,
    *more_lines_trades.LINES,
    *more_lines_people.LINES,
    *more_lines_requests.LINES,
    *more_lines_statements.LINES,
    *more_lines_direction.LINES,
    *more_lines_judgment.LINES,
    *more_lines_local.LINES,
    *more_lines_framework_a.LINES,
    *more_lines_framework_b.LINES,
    *more_lines_framework_c.LINES,
    *more_lines_framework_d.LINES,
    *more_lines_pages_long_tail.LINES,
    *more_lines_local_more.LINES,
]
# fmt: on
