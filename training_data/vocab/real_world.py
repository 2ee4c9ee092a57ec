"""Real-world task lines, hand-written in the styles the generated data lacks.

Framework-style process names ("Develop the IT sourcing strategy", "Hedge currency exposure"),
list headings and fragments ("Accounts Payable", "Vendor statements"), lines naming a tool or system
("Categorise transactions in QBO"), virtual-assistant and provider service-menu items, and
long-tail work written as people write it: approvals in brackets, requests, exceptions, visas
and relocations, leave requests, office moves and one-off events.

`LINES` holds (text, office, process, function, location) tuples labelled by
shared/LABELING.md, grouped by function in the modules below.
"""

from training_data.vocab import (
    real_world_front,
    real_world_office,
    real_world_operations,
    real_world_people_money,
)
from training_data.vocab.real_world_base import Row

LINES: list[Row] = [
    *real_world_front.LINES,
    *real_world_people_money.LINES,
    *real_world_office.LINES,
    *real_world_operations.LINES,
]
