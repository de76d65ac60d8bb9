"""The article: one Line-API widget that renders only the rows on screen.

``render_line(y)`` maps ``y + scroll_y`` to a row of :class:`reader.layout.Layout` and returns a cached
:class:`Strip` (:mod:`reader.ui.widgets.article_render`). The layout grows in short slices on the event loop
(first the screen, then the rest: :mod:`reader.ui.widgets.article_layout`), so a 20 MB article paints its first
screen at once; the rows already shown never move while the rest is laid out.

The cursor, the selection, search matches, highlights and the quotation under the cursor are all kept as
original-text offsets and drawn per row; highlights for a row come from an interval index, not a scan.

The mouse: a click puts the cursor on the character clicked (with a selection open, that extends it, like any
motion). Pressing and dragging selects, as ``v`` then motions would: the selection is anchored at the character
pressed and follows the pointer (a drag replaces a selection already open); dragging above or below the pane
scrolls a row per pointer report. Textual's own screen selection is off here (:attr:`ALLOW_SELECT`): the
article draws its selection itself, by text offsets, so ``h`` and ``y`` act on it. Where the motion keys and the
pointer take the cursor: :mod:`reader.ui.widgets.article_motions`.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import ClassVar, Self

from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.dom import NoScreen
from textual.geometry import Region
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.annotation import COLORS
from reader.document import Document, Span
from reader.highlight_index import HighlightIndex, HighlightMark
from reader.layout import Layout
from reader.ui.widgets.article_layout import ArticleLayout
from reader.ui.widgets.article_motions import ArticleMotions
from reader.ui.widgets.article_render import ArticleRendering


class ArticleView(ArticleMotions, ArticleLayout, ArticleRendering, ScrollView, can_focus=True):
    """The article pane: wrapped text at a reading measure, a cursor, search marks and highlights."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-view--title",
        "article-view--heading",
        "article-view--quote-bar",
        "article-view--bullet",
        "article-view--rule",
        "article-view--placeholder",
        "article-view--cursor",
        "article-view--cursor-unfocused",
        "article-view--selection",
        "article-view--match",
        "article-view--current-match",
        "article-view--quotation",
        "article-view--note-marker",
        "article-view--marked",
        "article-view--byline",
        "article-view--code",
        "article-view--code-bar",
        "article-view--table",
        "article-view--table-header",
        "article-view--image",
        "article-view--em",
        "article-view--strong",
        "article-view--link",
        *(f"article-view--hl-{color}" for color in COLORS),
    }

    DEFAULT_CSS = """
    ArticleView {
        background: $surface;
        color: $foreground;
        scrollbar-gutter: stable;
    }
    ArticleView > .article-view--title { text-style: bold; color: $accent; }
    ArticleView > .article-view--heading { text-style: bold; color: $primary; }
    ArticleView > .article-view--quote-bar { color: $secondary; }
    ArticleView > .article-view--bullet { color: $secondary; }
    ArticleView > .article-view--rule { color: $accent 60%; }
    ArticleView > .article-view--byline { color: $foreground-muted; text-style: italic; }
    ArticleView > .article-view--code { color: $text-success; }
    ArticleView > .article-view--code-bar { color: $foreground-muted; }
    ArticleView > .article-view--table { }
    ArticleView > .article-view--table-header { text-style: bold; }
    ArticleView > .article-view--image { color: $foreground-muted; text-style: italic; }
    ArticleView > .article-view--em { text-style: italic; }
    ArticleView > .article-view--strong { text-style: bold; }
    ArticleView > .article-view--link { text-style: underline; color: $text-primary; }
    ArticleView > .article-view--placeholder { color: $foreground-muted; text-style: dim; }
    ArticleView > .article-view--cursor { text-style: reverse bold; background: $foreground 0%; }
    ArticleView > .article-view--cursor-unfocused { background: $foreground 20%; text-style: reverse; }
    ArticleView > .article-view--selection { background: $primary 45%; }
    ArticleView > .article-view--match { background: $warning 30%; text-style: underline; }
    ArticleView > .article-view--current-match { background: $warning 70%; color: $background; }
    ArticleView > .article-view--quotation { text-style: underline; }
    ArticleView > .article-view--note-marker { color: $accent; text-style: bold; }
    ArticleView > .article-view--marked { text-style: bold underline; }
    ArticleView > .article-view--hl-yellow { background: #e5c07b 35%; }
    ArticleView > .article-view--hl-green { background: #98c379 35%; }
    ArticleView > .article-view--hl-blue { background: #61afef 35%; }
    ArticleView > .article-view--hl-pink { background: #ff79c6 35%; }
    ArticleView > .article-view--hl-purple { background: #a48bf0 40%; }
    """

    ALLOW_SELECT = False
    """No Textual text selection: a drag makes the article's own selection (see the module note)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Line down", show=False),
        Binding("k,up", "cursor_up", "Line up", show=False),
        Binding("left", "cursor_left", "Char left", show=False),
        Binding("right", "cursor_right", "Char right", show=False),
        Binding("w", "word_next", "Next word", show=False),
        Binding("b", "word_prev", "Prev word", show=False),
        Binding(")", "sentence_next", "Next sentence", show=False),
        Binding("(", "sentence_prev", "Prev sentence", show=False),
        Binding("}", "paragraph_next", "Next paragraph", show=False),
        Binding("{", "paragraph_prev", "Prev paragraph", show=False),
        Binding("space,pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("ctrl+d", "half_page_down", "Half page down", show=False),
        Binding("ctrl+u", "half_page_up", "Half page up", show=False),
        Binding("g,home", "go_start", "Start", show=False),
        Binding("G,end", "go_end", "End", show=False),
        Binding("shift+down", "extend('cursor_down')", "Extend down", show=False),
        Binding("shift+up", "extend('cursor_up')", "Extend up", show=False),
        Binding("shift+left", "extend('cursor_left')", "Extend left", show=False),
        Binding("shift+right", "extend('cursor_right')", "Extend right", show=False),
    ]

    cursor: reactive[int] = reactive(0, init=False, always_update=False, repaint=False)
    """The reading position: an offset into the document text (the character under the block cursor)."""

    measure: reactive[int] = reactive(80, init=False)
    """The widest the text is set, in columns; the text is centred in the pane."""

    class CursorMoved(Message):
        """The cursor moved; floods merge (only the latest position matters)."""

        def __init__(self, view: ArticleView, offset: int) -> None:
            super().__init__()
            self.view = view
            self.offset = offset

        @property
        def control(self) -> ArticleView:
            return self.view

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ArticleView.CursorMoved)

    class LayoutProgress(Message):
        """Background layout advanced; ``fraction`` is 1.0 when every block is laid out."""

        def __init__(self, fraction: float, *, going: str | None = None) -> None:
            super().__init__()
            self.fraction = fraction
            self.going = going
            """A jump waits for the layout ("to the end", "going there"), or None."""

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ArticleView.LayoutProgress)

    class Scrolled(Message):
        """The view scrolled (the top bar shows the title only while the article's own title is out of view);
        floods merge."""

        def __init__(self, view: ArticleView) -> None:
            super().__init__()
            self.view = view

        @property
        def control(self) -> ArticleView:
            return self.view

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ArticleView.Scrolled)

    def __init__(
        self, document: Document, *, measure: int = 80, name: str | None = None, id: str | None = None
    ) -> None:
        super().__init__(name=name, id=id)
        self.document = document
        self.set_reactive(ArticleView.measure, measure)
        self.layout_rows: Layout = Layout(document, measure)
        self._cache: LRUCache[tuple[object, ...], Strip] = LRUCache(1024)
        self._base_style: Style | None = None
        """The widget's own style (``rich_style``, which walks the ancestors), kept until the styles change."""
        self._looks: dict[object, Style] = {}
        """Component styles and layers looked up since the last style change (``ArticleRendering._look``)."""
        self._version = 0
        self._row_stamps: dict[int, int] = {}
        """Rows redrawn by a change that touched only them (a highlight added, removed, marked): each row's stamp
        is part of its strip's cache key (:meth:`_repaint_spans`); cleared with the whole cache."""
        self._stamp = 0
        self._goal_column: int | None = None
        self.selection_anchor: int | None = None
        self.matches: list[Span] = []
        self._match_starts: list[int] = []
        self.current_match: int | None = None
        self.highlights = HighlightIndex([])
        self.marked_highlight: str | None = None
        self.quotation_spans: list[Span] = []
        self._quote_starts: list[int] = []
        self._quote_reach: list[int] = []
        """The furthest end of the quotations up to each one (:meth:`quotation_at`)."""
        self._layout_timer_active = False
        self._reported = 0.0
        """When the background layout last reported progress (``time.perf_counter()``)."""
        self._press: int | None = None
        """The offset the mouse button went down on, while it is held (a drag selects from there)."""
        if document.blocks:
            self.set_reactive(ArticleView.cursor, document.blocks[0].start)

    # -- scrolling ------------------------------------------------------------------------------------------

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self.paint_asked()
        self.schedule_prefetch()
        if round(old_value) != round(new_value):
            self.post_message(self.Scrolled(self))

    # -- state setters used by the screen -------------------------------------------------------------------

    def _invalidate(self) -> None:
        self._version += 1
        self._row_stamps.clear()
        self._cache.clear()
        self.refresh()

    REPAINT_ROWS_MAX = 400
    """A change touching more rows than this repaints everything (a new version) instead of stamping rows."""

    def _repaint_spans(self, spans: list[tuple[int, int]]) -> None:
        """Redraw only the rows showing ``spans`` (original offsets): they get a new stamp, so their cached strips
        no longer match, and only those of them on screen are refreshed. ``h`` in a pane of 38 rows redraws the
        two or three rows of the passage, not the pane (which cost ~10-15 ms of the key's frame). Rows not laid
        out yet are drawn fresh when they are; spans over :data:`REPAINT_ROWS_MAX` rows fall back to
        :meth:`_invalidate`."""
        layout = self.layout_rows
        document = self.document
        if not document.blocks or not layout.laid_blocks:
            return
        rows: list[tuple[int, int]] = []
        for start, end in spans:
            if document.block_at(start) >= layout.laid_blocks:
                continue  # not laid out yet: nothing of it is cached or on screen
            first = layout.row_of(start)
            # the row of ``end`` too: a note marker is drawn just after the highlight's last character
            last = layout.row_of(end) if document.block_at(end) < layout.laid_blocks else len(layout) - 1
            rows.append((first, max(first, last)))
        if sum(last - first + 1 for first, last in rows) > self.REPAINT_ROWS_MAX:
            self._invalidate()
            return
        self._stamp += 1
        top = int(self.scroll_offset.y)
        for first, last in rows:
            for row in range(first, last + 1):
                self._row_stamps[row] = self._stamp
            self.refresh_lines(first - top, last - first + 1)

    def focus(self, scroll_visible: bool = True) -> Self:
        """As Widget's, without the whole-pane repaint it asks for first (see :meth:`_on_focus`)."""

        def set_focus() -> None:
            try:
                self.screen.set_focus(self, scroll_visible=scroll_visible)
            except NoScreen:  # gone before the call came round
                pass

        self.app.call_later(set_focus)
        return self

    def watch_has_focus(self, _has_focus: bool) -> None:
        """Widget's re-applies the stylesheet for ``:focus``: to the article and each of its ~30 component
        classes, 4.4 ms of every `/`, Esc and Tab. No rule for the article depends on focus (the cursor's look
        is chosen as the row is drawn; a test keeps it so), so there is nothing to re-apply."""

    def _on_focus(self, event: events.Focus) -> None:
        """Only the cursor's row looks different with focus (``--cursor`` or ``--cursor-unfocused``, chosen when
        the row is drawn, not by a ``:focus`` rule, so no component style changes either): Widget's handler,
        kept from running by ``prevent_default``, repainted the whole pane, and `/` (the prompt takes focus), Esc
        and Tab each re-rendered every row on screen (~10-15 ms of their frame at 20 MB)."""
        self._focus_moved(event, True)

    def _on_blur(self, event: events.Blur) -> None:
        """See :meth:`_on_focus`."""
        self._focus_moved(event, False)

    def _focus_moved(self, event: events.Focus | events.Blur, focused: bool) -> None:
        event.prevent_default()
        self.has_focus = focused
        self._refresh_offset(self.cursor)
        if self.parent is not None:
            self.parent.post_message(events.DescendantFocus(self) if focused else events.DescendantBlur(self))

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()
        self._base_style = None
        self._looks = {}

    def set_matches(self, matches: list[Span], current: int | None) -> None:
        """Show search marks, repainting only the rows on screen whose marks changed: a keystroke in `/` that
        leaves most rows alone writes only the others (a whole-pane refresh wrote every row and, a frame later,
        the scroll bar). The strips are keyed by the marks on them (``_row_key``), so the cache stays."""
        layout = self.layout_rows
        top = int(self.scroll_offset.y)
        rows = range(top, min(len(layout), top + self.scrollable_content_region.height))
        before = [self._row_marks(row) for row in rows]
        self.matches = matches
        self._match_starts = [m.start for m in matches]
        self.current_match = current
        run_start: int | None = None  # rows whose marks changed, refreshed a run at a time (one region each)
        for row, old in zip(rows, before, strict=True):
            if self._row_marks(row) != old:
                if run_start is None:
                    run_start = row
            elif run_start is not None:
                self.refresh_lines(run_start - top, row - run_start)
                run_start = None
        if run_start is not None:
            self.refresh_lines(run_start - top, rows.stop - run_start)

    def _row_marks(self, row: int) -> tuple[object, ...]:
        return self._marks_key(*self._row_range(row)) if self.layout_rows.row_block[row] >= 0 else ()

    def set_highlights(self, marks: list[HighlightMark]) -> None:
        self.highlights = HighlightIndex(marks)
        self._invalidate()

    def change_highlights(self, puts: list[HighlightMark], removed: list[str]) -> None:
        """Add, replace or remove a few highlights without rebuilding the index; redraw only their rows (where
        they were and where they are)."""
        spans = [(mark.start, mark.end) for mark in puts]
        for mark_id in removed:
            if (old := self.highlights.remove(mark_id)) is not None:
                spans.append((old.start, old.end))
        for mark in puts:
            if (old := self.highlights.by_id.get(mark.id)) is not None:
                spans.append((old.start, old.end))
            self.highlights.add(mark)
        self._repaint_spans(spans)

    def set_marked_highlight(self, highlight_id: str | None) -> None:
        if highlight_id != self.marked_highlight:
            marks = self.highlights.by_id
            spans = [(mark.start, mark.end) for key in (self.marked_highlight, highlight_id)
                     if key is not None and (mark := marks.get(key)) is not None]
            self.marked_highlight = highlight_id
            self._repaint_spans(spans)

    def add_quotations(self, spans: list[Span]) -> None:
        """Take in the quotations found next (after every one known, in order of start), as the finder delivers
        them. Only the quotation under the cursor is drawn (its underline), and a quotation keeps its number, so
        no cached row changes unless the cursor now lies in a new one: those rows alone are redrawn. (Replacing
        the list redrew the whole pane and rebuilt the indexes for every delivery: ~40 ms per range at 20 MB,
        among the user's first keys.)"""
        if not spans:
            return
        before = self.quotation_at(self.cursor) if self.quotation_spans else None
        reach = self._quote_reach[-1] if self._quote_reach else -1
        self.quotation_spans.extend(spans)
        self._quote_starts.extend(span.start for span in spans)
        for span in spans:
            reach = max(reach, span.end)
            self._quote_reach.append(reach)
        after = self.quotation_at(self.cursor)
        if after != before:
            self._repaint_spans([(self.quotation_spans[index].start, self.quotation_spans[index].end)
                                 for index in (before, after) if index is not None])

    def clear_quotations(self) -> None:
        """Forget every quotation taken in: the finder's provisional first range
        (:func:`reader.quotes.background.provisional_payload`) gives way to the real result."""
        index = self.quotation_at(self.cursor) if self.quotation_spans else None
        spans = [(self.quotation_spans[index].start, self.quotation_spans[index].end)] if index is not None else []
        self.quotation_spans.clear()
        self._quote_starts.clear()
        self._quote_reach.clear()
        self._repaint_spans(spans)

    def quotation_at(self, offset: int) -> int | None:
        """Index of the quotation whose span (marks included, one char either side) holds ``offset`` (the one
        starting last, if several do).

        Asked for every row painted (the underline of the quotation under the cursor). It walks back from the
        last quotation starting at ``offset`` only while some quotation that far back still reaches ``offset``
        (``_quote_reach``: the furthest end so far), so it looks at one or two; it used to walk back 100,000
        characters' worth - hundreds of quotations in a 20 MB article, ~0.2 ms a row, half of a PageDown."""
        index = bisect_right(self._quote_starts, offset + 1) - 1
        reach = self._quote_reach
        while index >= 0 and reach[index] >= offset:
            span = self.quotation_spans[index]
            if span.start - 1 <= offset <= span.end:
                return index
            index -= 1
        return None

    @property
    def selection(self) -> Span | None:
        """The selected span (inclusive of the character under the cursor), or None."""
        anchor = self.selection_anchor
        return None if anchor is None else self.document.selected(anchor, self.cursor)

    def start_selection(self, offset: int | None = None) -> None:
        self._anchor(self.cursor if offset is None else offset)

    def clear_selection(self) -> None:
        if self.selection_anchor is not None:
            self._anchor(None)

    def select_span(self, span: Span) -> None:
        """Select ``span`` (cursor on its last character)."""
        self._anchor(span.start)
        self.move_to(self.document.last_char(span))

    def _anchor(self, anchor: int | None) -> None:
        """Start a selection at ``anchor`` or end it (None); the key bar then shows or drops `esc Cancel`."""
        self.selection_anchor = anchor
        self.set_class(anchor is not None, "-selecting")
        self._invalidate()
        self.refresh_bindings()

    # -- cursor -----------------------------------------------------------------------------------------------

    def move_to(self, offset: int, *, keep_goal: bool = False, center: bool = False) -> None:
        """Put the cursor on ``offset`` and scroll it into view (a jump still waiting for the layout is called
        off: the user went elsewhere)."""
        self.pending_jump = None
        document = self.document
        if not document.blocks:
            return
        if not document.complete and offset >= document.blocks[-1].end:
            document.finish_parsing()  # a jump past what is parsed so far (search, restore): parse the rest now
        offset = document.clamp(offset)
        if not keep_goal:
            self._goal_column = None
        old = self.cursor
        self.cursor = offset
        if self.selection_anchor is not None:
            self._invalidate()
        elif old != offset:
            self._refresh_offset(old)
            self._refresh_offset(offset)
            self._refresh_quotations(old, offset)
        self.scroll_to_cursor(center=center)
        self.post_message(self.CursorMoved(self, offset))

    def _refresh_quotations(self, old: int, new: int) -> None:
        """Repaint every row of the quotation the cursor left and of the one it entered: the underline of the
        quotation under the cursor spans all its rows, not only the cursor's (the strips are cached by a key
        that includes the quotation, but a row is only asked for again when it is refreshed)."""
        if not self.quotation_spans:
            return
        before, after = self.quotation_at(old), self.quotation_at(new)
        if before == after:
            return
        top = int(self.scroll_offset.y)
        for index in (before, after):
            if index is None:
                continue
            span = self.quotation_spans[index]
            first = self.layout_rows.row_of(span.start)
            last = self.layout_rows.row_of(max(span.start, span.end - 1))
            self.refresh_lines(first - top, last - first + 1)

    def _refresh_offset(self, offset: int) -> None:
        row = self.layout_rows.row_of(offset)
        self.refresh_lines(row - int(self.scroll_offset.y), 1)

    def refresh_lines(self, y_start: int, line_count: int = 1) -> None:
        width = self.scrollable_content_region.width
        self.refresh(Region(0, y_start, width, line_count))

    def scroll_to_cursor(self, *, center: bool = False, animate: bool = False) -> None:
        row = self.layout_rows.row_of(self.cursor)
        self._update_virtual_size()
        height = self.scrollable_content_region.height
        top = int(self.scroll_offset.y)
        if center:
            self.scroll_to(y=max(0, row - height // 3), animate=animate, immediate=True)
        elif row < top:
            self.scroll_to(y=row, animate=animate, immediate=True)
        elif row >= top + height:
            self.scroll_to(y=row - height + 1, animate=animate, immediate=True)

    # -- helpers for the screen ------------------------------------------------------------------------------

    def progress(self) -> float:
        """Reading progress: how far down the cursor is, 0.0 to 1.0 (by text offset)."""
        size = len(self.document.text)
        return 1.0 if size <= 1 else min(1.0, self.cursor / max(1, self.document.blocks[-1].start or 1))
