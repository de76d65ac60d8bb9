"""Drawing the highlights list: the rows on screen, each entry's lines cached by what changes how they look.

A mixin of :class:`reader.ui.widgets.highlight_list.HighlightList`, kept apart (like the article's
:mod:`~reader.ui.widgets.article_render`) so the list's file holds its entries, their geometry and its keys, and
this one the painting: :meth:`~HighlightListRendering.render_lines` reads the style, width, scroll position and
geometry once a frame, :meth:`~HighlightListRendering.render_line` finds the entry under a row by bisecting the
entries' top rows and draws the entry's lines (:func:`~reader.ui.widgets.highlight_entries.entry_lines`, the
function that also measures it) behind a colour swatch, or the empty state while there are no entries.
"""

from __future__ import annotations

import re
import textwrap
from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

from reader.ui.widgets.highlight_colors import swatch_color, terminal_color_system
from reader.ui.widgets.highlight_entries import Entry, entry_lines, text_columns

if TYPE_CHECKING:
    from textual.cache import LRUCache
    from textual.geometry import Region
    from textual.scroll_view import ScrollView

    from reader.ui.widgets.row_tops import RowTops

    _ListBase = ScrollView
else:
    _ListBase = object


@lru_cache(maxsize=8)
def wrapped_empty(lines: tuple[str, ...], width: int) -> tuple[str, ...]:
    """The empty state's ``lines`` wrapped to ``width`` cells, a key's description under its own column
    (``h      highlight quote/`` then ``       sentence``). Drawn as written they were cut at the panel's edge
    mid-word with nothing to say so: at its narrowest (beside the outline at 100 columns, 26 cells inside)
    ``h      highlight quote/senten``, and the filter's ``No highlight matches the filter.`` lost its end."""
    if width <= 0:
        return lines
    rows: list[str] = []
    for line in lines:
        if len(line) <= width:
            rows.append(line)
            continue
        gaps = [gap.end() for gap in re.finditer(r"(?<=\S) {2,}(?=\S)", line) if gap.end() <= width // 2]
        indent = gaps[-1] if gaps else 0  # the description's column: after the key's ("]  [" has a gap too)
        head, words = (line[:indent], line[indent:]) if indent else ("", line)
        pieces = textwrap.wrap(words, width - indent, break_on_hyphens=False) or [""]
        rows.extend((head if i == 0 else " " * indent) + piece for i, piece in enumerate(pieces))
    return tuple(rows)


class _Frame(NamedTuple):
    """What every row of one :meth:`HighlightList.render_lines` call reads (read once for all of them)."""

    scroll_y: int
    width: int
    base: Style
    tops: RowTops
    blank: Strip


class HighlightListRendering(_ListBase):
    """render_lines, render_line and an entry's strips; the list provides its entries and their geometry."""

    if TYPE_CHECKING:
        entries: list[Entry]
        highlighted: int | None
        empty_lines: tuple[str, ...]
        _cache: LRUCache[tuple[object, ...], list[Strip]]
        _frame: _Frame | None

        def _sync_geometry(self) -> RowTops: ...

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    def render_lines(self, crop: Region) -> list[Strip]:
        """Draw the rows in ``crop``, reading the style, the width, the scroll position and the geometry once for
        all of them: read per row (``rich_style`` walks the DOM), they were most of this list's share of a frame,
        ~5 ms of each `h` on a loaded machine, although the rows were blank (issue 14)."""
        tops = self._sync_geometry()
        width = self.scrollable_content_region.width
        base = self.rich_style
        self._frame = _Frame(int(self.scroll_offset.y), width, base, tops, Strip.blank(width, base))
        try:
            return super().render_lines(crop)
        finally:
            self._frame = None

    def render_line(self, y: int) -> Strip:
        frame = self._frame
        if frame is None:  # called on its own (tests), not from render_lines
            width, base = self.scrollable_content_region.width, self.rich_style
            frame = _Frame(int(self.scroll_offset.y), width, base, self._sync_geometry(), Strip.blank(width, base))
        row = frame.scroll_y + y
        width, base, tops = frame.width, frame.base, frame.tops
        if row < 0 or row >= tops[-1]:
            empty = wrapped_empty(self.empty_lines, width) if not self.entries else ()
            if 0 <= row < len(empty):
                style = base + self.get_component_rich_style("highlight-list--empty")
                text = Strip([Segment(empty[row], style)])
                return text.crop_extend(0, width, base).apply_offsets(0, row)
            return frame.blank
        index = bisect_right(tops, row) - 1
        line = row - tops[index]
        entry = self.entries[index]
        chosen = index == self.highlighted
        # Not keyed by position: `h` inserts an entry and every one below moves down a row; keyed by index, each
        # was drawn again (focus changes only the chosen entry's look).
        key = (entry, width, chosen, chosen and self.has_focus)
        strips = self._cache.get(key)
        if strips is None:
            strips = self._render_entry(entry, width, chosen, base)
            self._cache[key] = strips
        if line >= len(strips):  # cannot happen: entry_height counts the lines drawn here
            return frame.blank
        return strips[line].crop_extend(0, width, base).apply_offsets(0, row)

    def _render_entry(self, entry: Entry, width: int, chosen: bool, base: Style) -> list[Strip]:
        if chosen and not entry.disabled:
            base = base + self.get_component_rich_style("highlight-list--highlighted")
        swatch = base
        if entry.annotation is not None:
            dark, system = self.app.current_theme.dark, terminal_color_system(self.app)
            hue = swatch_color(entry.annotation.color, dark=dark, system=system)
            swatch = Style(color=hue, bold=True)
        strips: list[Strip] = []
        for text, kind in entry_lines(entry, text_columns(width)):
            style = base + self.get_component_rich_style(f"highlight-list--{kind}", partial=True)
            bar = Segment("▌ " if entry.annotation is not None else "  ", base + swatch)
            strips.append(Strip([bar, Segment(text, style)]).extend_cell_length(width, base))
        strips.append(Strip.blank(width, self.rich_style))
        return strips
