"""A count with its noun in the right number ("1 change", "3 changes", "12,400 highlights"), for the messages the
reader shows. Messages had written "change(s)" and "highlight(s)": a reader reads "1 change(s) were not saved".
Pure, no Textual."""

from __future__ import annotations


def counted(count: int, noun: str, plural: str = "") -> str:
    """``count`` with thousands separators and ``noun``, or its plural (``plural``, else ``noun`` + "s") when the
    count is not one."""
    return f"{count:,} {noun if count == 1 else plural or noun + 's'}"


def were(count: int) -> str:
    """The verb "be" in the past for ``count`` things: "was" for one, "were" for any other number."""
    return "was" if count == 1 else "were"
