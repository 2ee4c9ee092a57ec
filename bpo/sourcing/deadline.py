"""One wall-clock budget shared by every phase of an analysis.

Classification, policy and problem building spend from it; the exact solver gets what is left
(never more than its own time limit), and the greedy fallback stops improving when it runs out.
A phase that had to stop early says so in `cut`, and the answer's solver status becomes
"deadline".
"""

import math
import time


class Deadline:
    """Seconds left of one analysis's budget (no budget: never runs out)."""

    def __init__(
        self,
        seconds: float | None = None,
        *,
        started: float | None = None,
        _at: float | None = None,
        _cut=None,
    ):
        """`seconds` from `started` (a time.perf_counter() reading; default: now)."""
        self.seconds = math.inf if seconds is None else float(seconds)
        if _at is None:
            _at = (time.perf_counter() if started is None else started) + self.seconds
        self.at = _at
        # Shared with the deadlines made by `earlier`, so a cut anywhere is seen at the top.
        self.cut: list[str] = [] if _cut is None else _cut

    def remaining(self) -> float:
        """Seconds left; negative once past."""
        return self.at - time.perf_counter()

    def expired(self) -> bool:
        """Whether the budget is spent."""
        return self.remaining() <= 0

    def earlier(self, seconds: float) -> "Deadline":
        """The same deadline, `seconds` sooner: room kept for the work after a phase."""
        return Deadline(self.seconds, _at=self.at - seconds, _cut=self.cut)

    def note(self, what: str) -> None:
        """Record a phase that stopped early because the budget ran out."""
        if what not in self.cut:
            self.cut.append(what)
