"""The article's layout on the event loop: the first screen at once, the rest in short slices (a mixin of
:class:`reader.ui.widgets.article_view.ArticleView`, kept apart so the widget file holds the state and the keys,
:mod:`reader.ui.widgets.article_render` the painting, and this one when rows are made).

Why slices on the event loop and not a thread: rows are only ever appended, by one writer, so ``render_line``
reads the row arrays without locks; a slice ends on a deadline (:data:`SLICE_SECONDS`) checked after each block,
so a key typed meanwhile waits at most that. The slices change nothing drawn: the scroll bar learns the new row
count every :data:`PROGRESS_SECONDS` (see :meth:`ArticleLayout._update_virtual_size`).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Self

from textual import events
from textual.geometry import Region, Size
from textual.widget import Widget

from reader.document import BlockKind
from reader.layout import Layout, indent_of, text_width
from reader.ui.timers import call_later
from reader.ui.worker_manners import key_queued, ui_busy

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.message import Message
    from textual.scroll_view import ScrollView

    from reader.document import Document

    _ViewBase = ScrollView
else:
    _ViewBase = object

SLICE_SECONDS = 0.004
"""How long one background layout slice may hold the event loop. A key typed during a slice waits for the rest
of it, then for its own handling and the paint: all three must fit in a frame (16.7 ms). (It was 12 ms, checked
every 200 blocks, so a slice ran up to ~25 ms.)"""
JUMP_SLICE_SECONDS = 0.05
"""A layout slice while `G` waits for the layout to reach the end (:meth:`ArticleLayout.jump_when_laid_out`): the
user is waiting for that, so slices are long (a key typed meanwhile waits at most one; the top bar's progress
still moves). At 20 MB, `G` half a second after opening reached the end in ~1.4 s (12 ms slices: ~3.5 s; laying
out the rest at once: a 1.5 s freeze)."""
PROGRESS_SECONDS = 0.5
"""How often the background layout grows the scroll bar and reports its progress: each report repaints the top
bar and the scroll bar (once per slice that was a frame per slice). Each such frame also costs the next key: a
key typed within a frame's time after it waits for Textual's next 60 Hz update (in the first seconds at 20 MB,
a background frame took 7-15 ms and a key's paint waited up to ~16 ms behind one); twice a second is enough
for a percentage and a scroll bar (it was four times)."""
KEYS_QUIET_SECONDS = 0.3
"""A progress report waits until no key has come for this long (:meth:`ArticleLayout._progress_due`)..."""
PROGRESS_SECONDS_MAX = 2.0
"""... but no longer than this since the last report (a held key must not freeze the scroll bar)."""
WAIT_FOR_FRAME_SECONDS = 0.05
"""The longest a layout slice waits for a key's frame (see :meth:`ArticleLayout._key_first`): a paint asked for
but never made (a region off screen) must not stop the layout for good."""
YIELD_SECONDS = 0.002
"""How soon a slice that gave way to a key looks again."""
PREFETCH_DELAY = 0.03
"""How long after a scroll the rows a page away are made (:meth:`ArticleLayout._prefetch_slice`): after the
scroll's own frame, and not between two keys of a held PageDown."""
PREFETCH_SECONDS = 0.002
"""How long one slice of that making may hold the event loop."""


class ArticleLayout(_ViewBase):
    """Wrapping at the pane's width (again on a resize or a new measure) and the background layout's slices."""

    if TYPE_CHECKING:
        document: Document
        layout_rows: Layout
        measure: int
        cursor: int
        _layout_timer_active: bool
        _reported: float

        def _invalidate(self) -> None: ...
        def prefetch_rows(self, first: int, last: int, deadline: float) -> bool: ...
        def scroll_to_cursor(self, *, center: bool = False, animate: bool = False) -> None: ...

        def move_to(self, offset: int, *, keep_goal: bool = False, center: bool = False) -> None: ...

        LayoutProgress: Callable[..., Message]

    _paint_asked = 0.0
    """When the article last asked for a frame not made yet (``time.perf_counter()``; 0.0: none pending)."""
    _slice_waiting_since = 0.0
    """When a due layout slice first gave way to a key (0.0: it did not)."""
    _prefetch_due = False
    """A prefetch slice is scheduled (:meth:`schedule_prefetch`)."""
    pending_jump: tuple[int | None, bool] | None = None
    """A jump asked for before the layout reached its target (:meth:`jump_when_laid_out`): (the offset, or None
    for the end; whether to centre it). The view goes there once the layout does; a cursor move first calls it
    off."""

    @property
    def text_width(self) -> int:
        """Columns of text: the measure, or less in a narrow pane."""
        return self.text_width_in(self.scrollable_content_region.width)

    def text_width_in(self, pane_width: int) -> int:
        """:attr:`text_width` in a pane ``pane_width`` wide."""
        return max(8, min(self.measure, pane_width - 2))

    @property
    def margin(self) -> int:
        return self.margin_in(self.scrollable_content_region.width)

    def margin_in(self, pane_width: int) -> int:
        """Columns left of the text in a pane ``pane_width`` wide (:attr:`margin` for the pane as it is; a
        caller that has the width saves asking Textual for the region, ~20 µs a call)."""
        return max(0, (pane_width - self.text_width_in(pane_width)) // 2)

    @property
    def widest_text(self) -> int:
        """The most columns of text this pane can show, whatever the measure."""
        return max(8, self.scrollable_content_region.width - 2)

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        """Wrap the text for the new width right here, in the layout pass, before the frame is rendered.

        The Resize event reaches ``on_resize`` only after the compositor has drawn the frame, so waiting for it
        would paint the first screen (and every resized screen) with an empty pane, and the text one refresh
        tick later (about 25 ms at start-up).

        The compositor's ``virtual_size`` (the region's size) is not the view's (its rows): ScrollView only compares
        the two, and their difference redrew the scroll bar a frame after every layout pass (issue 14); the view's
        own is passed, so only a new size or container counts."""
        changed = super()._size_updated(size, self.virtual_size, container_size, layout)
        if self.text_width != self.layout_rows.width or not len(self.layout_rows):
            self._relayout()
        return changed

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()

    def watch_measure(self) -> None:
        self._relayout()

    def _relayout(self) -> None:
        width = self.text_width
        if width != self.layout_rows.width or not len(self.layout_rows):
            self.layout_rows = Layout(self.document, width)
            self._invalidate()
            height = max(self.scrollable_content_region.height, 24)
            self.layout_rows.extend(until_offset=self.cursor)
            self.layout_rows.extend(rows=len(self.layout_rows) + height * 2)
            self._update_virtual_size()
            self.scroll_to_cursor(center=True, animate=False)
            self.schedule_prefetch()
        self._schedule_layout()

    def _update_virtual_size(self) -> None:
        """Tell the scroll bar how many rows there are now, without a layout pass.

        ``virtual_size`` is a layout reactive: assigning it refreshed the whole pane (every row re-rendered and
        written) each time the rows grew - on every layout slice and on every key while the layout ran. Growing
        rows change nothing drawn but the scroll bar, so only the scroll bar is updated (``_scroll_update`` is
        what Textual's own ``_size_updated`` calls for this); a new width relays out and repaints anyway."""
        size = Size(self.scrollable_content_region.width, len(self.layout_rows))
        if size != self.virtual_size:
            self.set_reactive(Widget.virtual_size, size)
            self._scroll_update(size)

    def _schedule_layout(self) -> None:
        layout = self.layout_rows
        if not layout.complete and not self._layout_timer_active:
            self._layout_timer_active = True
            # Caught up with a document whose blocks are still being parsed (in a worker): check back shortly.
            waiting = layout.laid_blocks >= len(self.document.blocks)
            call_later(self, 0.05 if waiting else 0.001, self._layout_slice)  # (see reader.ui.timers)

    def _layout_slice(self) -> None:
        """Lay out blocks for at most SLICE_SECONDS, then yield to the event loop; report progress (the scroll
        bar, the top bar) every PROGRESS_SECONDS and at the end."""
        self._layout_timer_active = False
        if self._key_first():
            self._layout_timer_active = True
            call_later(self, YIELD_SECONDS, self._layout_slice)
            return
        self._slice_waiting_since = 0.0
        layout = self.layout_rows
        jump = self.pending_jump
        app = self.app
        layout.extend(
            deadline=time.perf_counter() + (JUMP_SLICE_SECONDS if jump else SLICE_SECONDS),
            interrupted=lambda: key_queued(app),  # a key typed during the slice ends it after the block
        )
        if jump is not None and self._laid_out_to(jump[0]):
            self.pending_jump = None
            self._jump_now(*jump)
        now = time.perf_counter()
        if layout.complete or jump is not None or self._progress_due(now):
            self._report_layout(now)
        self._schedule_layout()

    def _progress_due(self, now: float) -> bool:
        """Whether the background layout should report its progress now: every :data:`PROGRESS_SECONDS`, but
        not while the reader is pressing keys (within :data:`KEYS_QUIET_SECONDS` of the last), unless
        :data:`PROGRESS_SECONDS_MAX` have passed. A report is a frame nobody asked for, and a key that comes
        within a frame's time after one waits for Textual's next 60 Hz update: while keys come, they come first."""
        since = now - self._reported
        if since < PROGRESS_SECONDS:
            return False
        return since >= PROGRESS_SECONDS_MAX or now - getattr(self.app, "key_at", 0.0) >= KEYS_QUIET_SECONDS

    def _report_layout(self, now: float) -> None:
        """Tell the screen how far the layout got (``LayoutProgress``). The scroll bar grows when the screen
        takes the message (:meth:`show_rows_laid_out`), in the same turn as the top bar's "laying out 40%": one
        frame per report, not two ~30 ms apart. A jump or the end of the layout updates it at once: the jump
        scrolls to rows the scroll bar must already count."""
        self._reported = now
        jump = self.pending_jump
        if jump is not None or self.layout_rows.complete:
            self._update_virtual_size()
        going = None if jump is None else "to the end" if jump[0] is None else "going there"
        self.post_message(self.LayoutProgress(self.layout_rows.progress, going=going))

    def show_rows_laid_out(self) -> None:
        """Let the scroll bar count every row laid out so far (the screen calls it as it takes
        ``LayoutProgress``; see :meth:`_report_layout`)."""
        self._update_virtual_size()

    def jump_when_laid_out(self, offset: int | None, *, center: bool = False) -> None:
        """Put the cursor on ``offset`` (None: the last block, the view at the end: `G`) now if the layout has
        reached it; else once the background layout gets there, in longer slices, with "going there: laying out
        40%" (or "to the end: …") in the top bar meanwhile. For the far jumps (`G`, the outline, the panel's
        Enter, the quotations list, the restored reading position): laying out everything before the target at
        once froze the UI ~1.5 s at 20 MB, a key typed meanwhile waiting for all of it; now keys still work, and
        a cursor move calls the jump off."""
        if self._laid_out_to(offset):
            self.pending_jump = None
            self._jump_now(offset, center)
            return
        self.pending_jump = (offset, center)
        self._report_layout(time.perf_counter())
        self._schedule_layout()

    def _laid_out_to(self, offset: int | None) -> bool:
        """Whether the rows of ``offset`` (None: every row) are laid out, so a jump there costs a frame."""
        layout, document = self.layout_rows, self.document
        if offset is None or layout.complete:
            return layout.complete
        blocks = document.blocks
        if not blocks or (not document.complete and offset >= blocks[-1].end):
            return False
        return document.block_at(offset) < layout.laid_blocks

    def _jump_now(self, offset: int | None, center: bool) -> None:
        if offset is None:
            self.go_end_now()
        else:
            self.move_to(offset, center=center)

    def go_end_now(self) -> None:
        """Lay out everything now and put the cursor on the last block, the view at the end."""
        blocks = self.document.blocks
        if not blocks:
            return
        self.finish_layout()
        self.move_to(blocks[-1].start)
        self.scroll_end(animate=False, immediate=True)

    def _key_first(self) -> bool:
        """Whether a slice due now should give way: a key is waiting in the app's queue, or the article asked for
        a paint (a key moved the cursor or scrolled) that has not been made yet.

        A key's frame takes several turns of the event loop (the key, the binding's action, the widget's refresh
        prompt, the screen's update, the screen's update timer), and a slice that ran between two of them (4 ms
        each, due every millisecond) came before the frame: keys in the first seconds after opening a 20 MB
        article, while the layout ran, waited 10-20 ms between their action and their paint (~2 ms idle). Giving
        way at most :data:`WAIT_FOR_FRAME_SECONDS` at a time keeps the layout going under a held key."""
        now = time.perf_counter()
        if not self._slice_waiting_since:
            self._slice_waiting_since = now
        if now - self._slice_waiting_since >= WAIT_FOR_FRAME_SECONDS:
            return False
        if self._paint_asked and now - self._paint_asked < WAIT_FOR_FRAME_SECONDS:
            return True
        return self._input_waiting()

    def _input_waiting(self) -> bool:
        """Whether the UI has a key in hand: queued in the app (the terminal's keys arrive there first, from the
        driver's thread), forwarded to the screen or to this view, or taken less than a moment ago
        (:func:`reader.ui.worker_manners.ui_busy`)."""
        return ui_busy(self.app, [self.screen, self], getattr(self.app, "key_at", 0.0))

    def schedule_prefetch(self, delay: float = PREFETCH_DELAY) -> None:
        """Make the rows of the page below and the page above the view soon, in slices (see
        :meth:`reader.ui.widgets.article_render.ArticleRendering.prefetch_rows`): PageDown at rest then paints
        strips already made."""
        if not self._prefetch_due:
            self._prefetch_due = True
            call_later(self, delay, self._prefetch_slice)

    def _prefetch_slice(self) -> None:
        self._prefetch_due = False
        now = time.perf_counter()
        if (self._paint_asked and now - self._paint_asked < WAIT_FOR_FRAME_SECONDS) or self._input_waiting():
            self.schedule_prefetch()  # a key first
            return
        top = int(self.scroll_offset.y)
        height = self.scrollable_content_region.height
        deadline = now + PREFETCH_SECONDS
        for first in (top + height, top - height):
            if not self.prefetch_rows(first, first + height, deadline):
                self.schedule_prefetch(YIELD_SECONDS)
                return

    def paint_asked(self) -> None:
        """Note that the article wants a frame (``refresh``, a scroll): layout slices wait for it (see
        :meth:`_key_first`); ``render_line`` clears it."""
        self._paint_asked = time.perf_counter()

    def refresh(self, *regions: Region, repaint: bool = True, layout: bool = False, recompose: bool = False) -> Self:
        self.paint_asked()
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)

    def finish_layout(self) -> None:
        """Lay out everything now (used by tests and by jumps to the end)."""
        self.document.finish_parsing()
        self.layout_rows.extend()
        self._update_virtual_size()

    # -- rows and geometry ----------------------------------------------------------------------------------

    @property
    def title_in_view(self) -> bool:
        """Whether the document's title (its first block, when that is a title) is on screen."""
        blocks = self.document.blocks
        if not blocks or blocks[0].kind is not BlockKind.TITLE:
            return False
        row = self.layout_rows.row_of(blocks[0].start)
        top = int(self.scroll_offset.y)
        return top <= row < top + max(1, self.scrollable_content_region.height)

    def _indent_of_row(self, row: int) -> int:
        if not 0 <= row < len(self.layout_rows):
            return 0
        block = self.layout_rows.row_block[row]
        return indent_of(self.document.blocks[block]) if block >= 0 else 0  # (a nested or numbered item's too)

    def row_text_width(self, row: int) -> int:
        layout = self.layout_rows
        block = layout.row_block[row]
        if block < 0:
            return 0
        return text_width(self.document.display(block).text[layout.row_start[row] : layout.row_end[row]])
