"""An interval index of highlights: which highlights overlap a span, in O(log n + k).

The article view asks it for every row it paints, so it must not scan all highlights (10,000 of them on a large
document). Sorted starts plus the longest length bound the candidates for bisection. Pure Python.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class HighlightMark:
    """What the view needs to draw one highlight."""

    id: str
    start: int
    end: int
    color: str
    has_note: bool


class HighlightIndex:
    """Highlights sorted by start, with the longest length, so a row finds its overlaps by bisection."""

    def __init__(self, marks: list[HighlightMark]) -> None:
        self.marks = sorted(marks, key=lambda m: (m.start, -m.end))
        self.starts = [m.start for m in self.marks]
        self.longest = max((m.end - m.start for m in self.marks), default=0)

    def overlapping(self, start: int, end: int) -> list[HighlightMark]:
        """Highlights that overlap [start, end), longest first (so shorter ones are drawn on top)."""
        low = bisect_left(self.starts, start - self.longest)
        high = bisect_left(self.starts, end)
        found = [m for m in self.marks[low:high] if m.end > start]
        found.sort(key=lambda m: m.start - m.end)
        return found

    def at(self, offset: int) -> list[HighlightMark]:
        """Highlights containing ``offset``, shortest (innermost) first."""
        return sorted(self.overlapping(offset, offset + 1), key=lambda m: m.end - m.start)
