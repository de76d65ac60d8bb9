"""The entries of the highlights list: what one entry shows, line by line, and how many rows it takes.

Kept apart from :mod:`reader.ui.widgets.highlight_list` (the widget: geometry, keys, drawing) so each file has
one job; the list measures an entry with the same function that draws it (:func:`entry_lines`), so geometry and
drawing cannot disagree.
"""

from __future__ import annotations

from typing import NamedTuple

from textual.content import Content

from reader.annotation import Annotation
from reader.citation import shown_quote
from reader.layout import text_width, wrap
from reader.sanitize import sanitize

NOTE_LINES = 3
"""Lines of a note an entry shows (one line was too little to know a note by)."""

MAX_ENTRY_HEIGHT = 4 + NOTE_LINES
"""Rows of the tallest entry: quote, quote, speaker and #tags, NOTE_LINES of note, blank."""

ORPHANED_HEADER = "Orphaned — their text is no longer in the document"


class Entry(NamedTuple):
    """One row group of the list: a highlight, or the (disabled) header of the orphaned section.
    (A NamedTuple, as :class:`reader.session.Put` explains.)"""

    annotation: Annotation | None
    unsaved: bool = False
    header: str = ""

    @property
    def id(self) -> str | None:
        return self.annotation.id if self.annotation is not None else None

    @property
    def disabled(self) -> bool:
        return self.annotation is None

    @property
    def prompt(self) -> Content:
        """The whole entry as text (for tests and screen readers); drawing uses :meth:`lines`."""
        if self.annotation is None:
            return Content(self.header)
        return Content("\n".join(line for line, _ in entry_lines(self, 10_000)))


def _clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` cells with an ellipsis."""
    if text_width(text) <= width:
        return text
    while text and text_width(text) > width - 1:
        text = text[: max(0, min(len(text) - 1, width - 1))]
    return text.rstrip() + "…"


def _wrap_head(text: str, width: int, count: int) -> list[tuple[int, int]]:
    """``wrap(text, width)``, or of a long text only its first ``count`` rows and one or more after them (enough
    to tell there is more): wrapping is greedy and never looks back, so the rows of a head of the text, but its
    last, are the rows of the whole text. An entry shows a few rows; measuring 100,000 entries wraps no more."""
    head = (count + 1) * (width + 1)
    if len(text) > head:
        rows = wrap(text[:head], width)
        if len(rows) > count:
            return rows
    return wrap(text, width)


def entry_lines(entry: Entry, width: int) -> list[tuple[str, str]]:
    """The text lines of an entry with a style name for each: the quote (one or two lines), the speaker and tags
    (only when there are any), then up to NOTE_LINES of the note; a section header is wrapped, every word of it
    shown (cut to one line, the orphans' header read ``Orphaned — their text is no long…`` in a panel of the
    default width: a new user's review). No blank lines: the list adds one blank row after each entry
    (:func:`entry_height`)."""
    annotation = entry.annotation
    if annotation is None:
        return [(entry.header[start:end], "header") for start, end in wrap(entry.header, max(4, width))]
    quote = shown_quote(annotation.text)  # as `y` copies it: no trailing comma
    rows = _wrap_head(quote, max(4, width), 2)
    first = quote[rows[0][0] : rows[0][1]] if rows else quote
    second = ""
    if len(rows) > 1:
        second = quote[rows[1][0] :].strip() if len(rows) == 2 else quote[rows[1][0] : rows[1][1]] + "…"
        second = _clip(second, width)
    meta = []
    if annotation.speaker:
        meta.append("— " + sanitize(annotation.speaker))
    if annotation.tags:
        meta.append(" ".join("#" + sanitize(tag) for tag in annotation.tags))
    if entry.unsaved:
        meta.append("● not saved yet")
    lines = [(first, "quote")]
    if second:
        lines.append((second, "quote"))
    if meta:
        lines.append((_clip("  ".join(meta), width), "meta"))
    lines.extend((line, "note") for line in note_lines(annotation.note, width, NOTE_LINES))
    return lines


def text_columns(width: int) -> int:
    """Cells for an entry's text in a list ``width`` cells wide (the swatch bar takes two)."""
    return max(4, width - 2)


def entry_height(entry: Entry, width: int) -> int:
    """Rows an entry takes in a list ``width`` cells wide: its lines (as drawn) and one blank separator."""
    return len(entry_lines(entry, text_columns(width))) + 1


def note_lines(note: str, width: int, room: int) -> list[str]:
    """A note wrapped to ``width``, at most NOTE_LINES (and ``room``) lines, the last cut with an ellipsis when
    there is more. Only the first few thousand characters are looked at: an entry shows three lines of it."""
    text = " ".join(note[:4000].split())
    if not text or room <= 0:
        return []
    text = "✎ " + sanitize(text)
    shown = min(NOTE_LINES, room)
    rows = _wrap_head(text, max(4, width), shown)
    lines = [text[start:end].rstrip() for start, end in rows[:shown]]
    if len(rows) > shown or len(note) > 4000:
        lines[-1] = _clip(text[rows[shown - 1][0] :], width)
    return lines  # wrapped rows fit the width; the one cut above is clipped
