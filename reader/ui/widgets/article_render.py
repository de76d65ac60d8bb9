"""Painting one row of the article: text, placeholders, highlights, quote under the cursor, search marks,
selection, cursor and note markers, layered in that order. A mixin of :class:`ArticleView`, kept apart so the
widget file holds the state and the keys, and this one the drawing."""

from __future__ import annotations

import time
from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.strip import Strip

from reader.document import Block, BlockKind
from reader.layout import BLANK, RULE, depth_of, list_marker
from reader.ui.widgets.highlight_colors import highlight_background, known_color, terminal_color_system

if TYPE_CHECKING:
    from textual.cache import LRUCache
    from textual.scroll_view import ScrollView

    from reader.document import Document, Span
    from reader.highlight_index import HighlightIndex
    from reader.layout import Layout

    _ViewBase = ScrollView
else:
    _ViewBase = object


_KIND_STYLES = {
    BlockKind.TITLE: "article-view--title",
    BlockKind.HEADING: "article-view--heading",
    BlockKind.BYLINE: "article-view--byline",
    BlockKind.CODE: "article-view--code",
    BlockKind.TABLE: "article-view--table",
    BlockKind.IMAGE: "article-view--image",
}
"""The component class that sets each kind of block's text (paragraphs, quotes and list items take the widget's)."""


class ArticleRendering(_ViewBase):
    """render_line and its helpers, with a strip cache keyed by everything that changes how a row looks."""

    if TYPE_CHECKING:
        document: Document
        layout_rows: Layout
        _cache: LRUCache[tuple[object, ...], Strip]
        _version: int
        _row_stamps: dict[int, int]
        _base_style: Style | None
        _looks: dict[object, Style]
        _paint_asked: float
        cursor: int
        highlights: HighlightIndex
        marked_highlight: str | None
        quotation_spans: list[Span]
        matches: list[Span]
        _match_starts: list[int]
        current_match: int | None

        @property
        def selection(self) -> Span | None: ...
        @property
        def margin(self) -> int: ...
        def margin_in(self, pane_width: int) -> int: ...
        def quotation_at(self, offset: int) -> int | None: ...

    # -- rendering --------------------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        self._paint_asked = 0.0  # the frame asked for is being made (layout slices waited for it)
        scroll_x, scroll_y = self.scroll_offset
        row = scroll_y + y
        width = self.scrollable_content_region.width
        base = self._base_style
        if base is None:
            base = self._base_style = self.rich_style  # cleared on every style change, with the strip cache
        if row >= len(self.layout_rows):
            return Strip.blank(width, base)
        key = self._row_key(row, width)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._cache[key] = self._render_row(row, base, width).crop_extend(0, width, base)
        # No ``apply_offsets``: its per-segment offset styles serve Textual's own text selection, which is off
        # here (ALLOW_SELECT; the mouse is read by text offsets), and cost ~20% of a row's making. The pane never
        # scrolls sideways (its virtual width is its width); if it did, the cached strip is cropped as it was.
        return strip if scroll_x == 0 else strip.crop_extend(scroll_x, scroll_x + width, base)

    def prefetch_rows(self, first: int, last: int, deadline: float) -> bool:
        """Render the rows ``[first, last)`` that are not cached, as they look now, until ``time.perf_counter()``
        reaches ``deadline``; True when every one is cached. A row's look does not depend on where it is on screen
        (``render_line`` places the cached strip), so the page below and the page above, made while the reader
        reads, are what PageDown and PageUp paint next: of the ~38 rows only the cursor's is then new (a row
        costs ~0.1-0.3 ms to make, a whole page ~5-10 ms of a PageDown's frame)."""
        base = self._base_style
        if base is None:  # not painted yet (or restyled since): nothing to match; the next scroll asks again
            return True
        width = self.scrollable_content_region.width
        cache = self._cache
        for row in range(max(0, first), min(last, len(self.layout_rows))):
            key = self._row_key(row, width)
            if key not in cache:
                if time.perf_counter() >= deadline:
                    return False
                cache[key] = self._render_row(row, base, width).crop_extend(0, width, base)
        return True

    def _row_range(self, row: int) -> tuple[int, int]:
        """Original [start, end) offsets covered by a text row (end includes a trailing break space)."""
        layout = self.layout_rows
        display = self.document.display(layout.row_block[row])
        start = display.to_orig(layout.row_start[row])
        end = display.to_orig(layout.row_end[row] + 1)
        return start, max(end, start + 1)

    def _row_key(self, row: int, pane_width: int | None = None) -> tuple[object, ...]:
        """Everything :meth:`_render_row` reads that can change while the row's strip is cached: the version
        (highlights, the marked highlight, the layout), the text and pane widths (the margin), the cursor and the
        selection clipped to the row, the quotation under the cursor if it touches the row, the search marks on
        the row (so a keystroke in `/` redraws only the rows whose marks changed), focus (the cursor's look) and
        the theme (the cache is also cleared on style changes; the key does not rely on it). ``pane_width`` is
        the pane's width when the caller has it (``scrollable_content_region`` costs ~20 µs a call, and a
        PageDown asks for every row)."""
        layout = self.layout_rows
        if pane_width is None:
            pane_width = self.scrollable_content_region.width
        look = (self._version, self._row_stamps.get(row, 0), layout.width, pane_width, self.app.theme)
        if layout.row_block[row] < 0:
            return (row, *look)
        start, end = self._row_range(row)
        cursor = (self.cursor, self.has_focus) if start <= self.cursor < end else None  # focus: the cursor's look
        selection = self.selection
        clipped = None
        if selection is not None and selection.start < end and selection.end > start:
            clipped = (max(start, selection.start), min(end, selection.end))
        quote = self.quotation_at(self.cursor) if self.quotation_spans else None
        quote_here = None
        if quote is not None:
            span = self.quotation_spans[quote]
            if span.start < end and span.end > start:
                quote_here = quote
        return (row, *look, cursor, clipped, quote_here, self._marks_key(start, end))

    def _marks_key(self, start: int, end: int) -> tuple[tuple[int, int, bool], ...]:
        """The search marks :meth:`_render_row` draws on the row ``[start, end)``, and which is the current one
        (the same look-back of 1,000 characters)."""
        if not self.matches:
            return ()
        low = bisect_left(self._match_starts, start - 1000)
        high = bisect_left(self._match_starts, end)
        matches, current = self.matches, self.current_match
        return tuple(
            (match.start, match.end, index == current)
            for index in range(low, high)
            if (match := matches[index]).end > start
        )

    def _render_row(self, row: int, base: Style, pane_width: int | None = None) -> Strip:
        layout = self.layout_rows
        block_index = layout.row_block[row]
        margin = " " * (self.margin if pane_width is None else self.margin_in(pane_width))
        if block_index == BLANK:
            return Strip([Segment(margin, base)])
        if block_index == RULE:
            style = base + self._look("article-view--rule")
            return Strip([Segment(margin, base), Segment("━" * min(layout.width, 40), style)])
        block = self.document.blocks[block_index]
        display = self.document.display(block_index)
        row_start, row_end = layout.row_start[row], layout.row_end[row]
        orig_start, orig_end = self._row_range(row)
        prefix = self._prefix(block, row == layout.block_rows[block_index], base)
        kind_style = base
        component = _KIND_STYLES.get(block.kind)
        if block.kind is BlockKind.TABLE and block.level and orig_start < block.segments[0][1] + 1:
            component = "article-view--table-header"
        if component is not None:
            kind_style = base + self._look(component)
        styles = self.document.styles_over(orig_start, orig_end) if self.document.styles else ()
        if not styles and self._is_plain_row(display.dim_runs, row_start, row_end, orig_start, orig_end):
            # Most rows: one style for the whole row, so one segment, without building a rich Text.
            return Strip([Segment(margin, base), *prefix, Segment(display.text[row_start:row_end], kind_style)])
        text = Text(display.text[row_start:row_end], no_wrap=True, end="")
        text.stylize(kind_style)
        for dim_start, dim_end in display.dim_runs:
            if dim_end > row_start and dim_start < row_end:
                text.stylize(
                    self._look("article-view--placeholder"),
                    max(0, dim_start - row_start),
                    min(row_end, dim_end) - row_start,
                )

        def local(span_start: int, span_end: int) -> tuple[int, int]:
            a = max(display.to_display(span_start), row_start) - row_start
            b = min(display.to_display(span_end), row_end) - row_start
            return a, b

        for inline in styles:  # emphasis, strong, code, links: under every mark laid on the text below
            inline_style = self._look(f"article-view--{inline.style}")
            text.stylize(inline_style, *local(inline.start, inline.end))
        # Only what shows: the topmost highlight per run of characters (HighlightIndex.visible says why).
        runs, note_ends = self.highlights.visible(orig_start, orig_end)
        for run_start, run_end, mark in runs:
            text.stylize(self._highlight_layer(mark.color), *local(run_start, run_end))
        marked = self.highlights.by_id.get(self.marked_highlight) if self.marked_highlight else None
        if marked is not None and marked.start < orig_end and marked.end > orig_start:
            marked_style = self._look("article-view--marked", partial=True)
            text.stylize(marked_style, *local(marked.start, marked.end))
        note_markers = [local(orig_start, end)[1] for end in note_ends]
        quote = self.quotation_at(self.cursor) if self.quotation_spans else None
        if quote is not None:
            span = self.quotation_spans[quote]
            if span.start < orig_end and span.end > orig_start:
                quoted = local(span.start, span.end)
                text.stylize(self._look("article-view--quotation", partial=True), *quoted)
        if self.matches:
            low = bisect_left(self._match_starts, orig_start - 1000)
            high = bisect_left(self._match_starts, orig_end)
            for index in range(low, high):
                match = self.matches[index]
                if match.end > orig_start:
                    name = "article-view--current-match" if index == self.current_match else "article-view--match"
                    text.stylize(self._layer(name), *local(match.start, match.end))
        selection = self.selection
        if selection is not None and selection.start < orig_end and selection.end > orig_start:
            selected = local(selection.start, selection.end)
            text.stylize(self._layer("article-view--selection"), *selected)
        if orig_start <= self.cursor < orig_end:
            position = display.to_display(self.cursor) - row_start
            if position >= len(text):
                text.append(" ")
            cursor_look = "article-view--cursor" if self.has_focus else "article-view--cursor-unfocused"
            text.stylize(self._look(cursor_look, partial=True), position, position + 1)
        for position in sorted(note_markers, reverse=True):
            marker = Text("✎", style=base + self._look("article-view--note-marker", partial=True))
            text = text[:position] + marker + text[position:]
        segments = [Segment(margin, base), *prefix, *text.render(self.app.console)]
        return Strip(segments)

    def _is_plain_row(
        self, dim_runs: Sequence[tuple[int, int]], row_start: int, row_end: int, orig_start: int, orig_end: int
    ) -> bool:
        """True when nothing is drawn over the row's text: no placeholder, highlight, quotation under the
        cursor, search match or selection touches it, and the cursor is elsewhere."""
        if orig_start <= self.cursor < orig_end:
            return False
        if any(end > row_start and start < row_end for start, end in dim_runs):
            return False
        if self.highlights.overlaps(orig_start, orig_end):
            return False
        quote = self.quotation_at(self.cursor) if self.quotation_spans else None
        if quote is not None:
            span = self.quotation_spans[quote]
            if span.start < orig_end and span.end > orig_start:
                return False
        if self.matches:
            # Matches do not overlap one another, so the last one starting before the row's end reaches furthest.
            index = bisect_left(self._match_starts, orig_end) - 1
            if index >= 0 and self.matches[index].end > orig_start:
                return False
        selection = self.selection
        return selection is None or not (selection.start < orig_end and selection.end > orig_start)

    def _look(self, name: str, *, partial: bool = False) -> Style:
        """A component class's style, looked up once per style change (``_looks`` is cleared with the strip
        cache): a row with a dozen search marks asked the stylesheet for the same style a dozen times."""
        key = (name, partial)
        style = self._looks.get(key)
        if style is None:
            style = self._looks[key] = self.get_component_rich_style(name, partial=partial)
        return style

    def _layer(self, name: str) -> Style:
        """A component's style to lay over text: its attributes, with its (translucent) background blended
        over the widget's, so highlights stay readable in dark and light themes alike."""
        key = ("layer", name)
        style = self._looks.get(key)
        if style is None:
            partial = self._look(name, partial=True)
            blended = self._look(name).bgcolor
            style = partial + Style(bgcolor=blended) if blended is not None else partial
            self._looks[key] = style
        return style

    def _highlight_layer(self, color: str) -> Style:
        """A highlight's style: the translucent CSS tint in truecolor; below it, a colour chosen to stay distinct
        after Rich's downgrade (:mod:`reader.ui.widgets.highlight_colors`). An unknown colour (a hand-edited
        store) is drawn as the default one instead of failing the component-class lookup."""
        key = ("highlight", color)
        style = self._looks.get(key)
        if style is None:
            dark = self.app.current_theme.dark
            fixed = highlight_background(color, dark=dark, system=terminal_color_system(self.app))
            style = Style(bgcolor=fixed) if fixed is not None else self._layer(f"article-view--hl-{known_color(color)}")
            self._looks[key] = style
        return style

    def _prefix(self, block: Block, first_row: bool, base: Style) -> list[Segment]:
        """What stands before a row's text: a bar per quote level, a bullet (an ordered list's number, ``3.``)
        indented by list depth, the code margin. As wide as :func:`reader.layout.indent_of` says, so wrapping
        and drawing agree."""
        kind = block.kind
        depth = depth_of(block)
        if kind is BlockKind.QUOTE:
            return [Segment("│ " * depth, base + self._look("article-view--quote-bar"))]
        if kind is BlockKind.LIST_ITEM:
            marker = list_marker(block) or ("• " if depth % 2 else "◦ ")
            bullet = marker if first_row else " " * len(marker)
            return [Segment("  " * (depth - 1) + bullet, base + self._look("article-view--bullet"))]
        if kind is BlockKind.CODE:
            return [Segment("▏ ", base + self._look("article-view--code-bar"))]
        return []
