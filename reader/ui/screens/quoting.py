"""Quotations on the reading screen: found in the background as the reader reads, `]`/`[` and `Q` on what is found
so far, and who said the quotation under the cursor, in the top bar.

A mixin of :class:`reader.ui.screens.reading.ReadingScreen` (through :class:`AnnotatingMixin`, whose `h` and
`y` take a quotation's speaker from here). The finding itself is pure and lives in :mod:`reader.quotes.background`
(a forked child for a large document, range by range); the results are kept compact in a
:class:`reader.quotes.table.QuotationTable`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.document import Document, Span
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.top_bar import QuoteNote, TopBar
from reader.ui.worker_manners import short_switch_interval

if TYPE_CHECKING:
    from textual.screen import Screen
    from textual.timer import Timer
    from textual.worker import Worker

    from reader.quotes import Quotation
    from reader.quotes.background import Child
    from reader.quotes.table import Payload, QuotationTable

    _ScreenBase = Screen[None]
else:
    _ScreenBase = object


NOTICE_SECONDS = 2.0
"""How long the top bar says "Finding quotations… 40%" after `]` or `[`."""


class QuotingMixin(_ScreenBase):
    """Mixed into ReadingScreen (which provides ``document``, ``article`` and Screen's API)."""

    document: Document
    _quote_table: QuotationTable | None
    """The quotations found so far (None until the finder's first payload), compact: see reader.quotes.table."""
    """Their spans, as the article view takes them (extended as payloads arrive)."""
    _quotes_failed: bool
    _provisional: bool
    """True while the table holds the finder's provisional first range (replaced by the first real payload)."""
    _notice_timer: Timer | None
    _pending_quote: tuple[int, int, float] | None
    """(step, cursor, the app's ``key_at``) of a `]`/`[` pressed before the quotation it wants was found: it is
    carried out when the finder delivers it, unless the cursor moved or another key came meanwhile (see
    :meth:`_wait_for_quote`)."""
    early_finder: Child | None
    """The finder forked at the start of the start-up worker (``ReadingScreen.fork_quotation_finder``), until
    ``load_quotations`` reads it."""

    if TYPE_CHECKING:

        @property
        def article(self) -> ArticleView: ...

    def init_quoting(self) -> None:
        self._quote_table = None
        self._quotes_failed = False
        self._provisional = False
        self._notice_timer = None
        self._pending_quote = None
        self.early_finder = None

    # -- loading --------------------------------------------------------------------------------------------

    def load_quotations(self) -> None:
        """(In a worker of its own, from the fork on: ``start_finding``.) Find quotations where they cannot delay a
        key: in a forked child process for a large document (:mod:`reader.quotes.background`), delivered range by
        range as they are found, so `]` works on what is found so far. When the screen closes or the app quits,
        Textual cancels this worker and the child is killed at once."""
        from textual.worker import get_current_worker

        worker = get_current_worker()
        child, self.early_finder = self.early_finder, None
        try:
            with short_switch_interval():  # see _find
                self._find(worker, child)
        except Exception as error:  # noqa: BLE001 - reading must go on without quote navigation
            if not worker.is_cancelled:
                self.app.call_from_thread(self._quotations_failed, error)

    def _find(self, worker: Worker[None], child: Child | None) -> None:
        """``load_quotations``' finding, with threads switching every millisecond: waiting on the child's pipe
        with the default 5 ms interval, keys typed in the first seconds reached the app 50-100 ms late (the
        terminal's input thread waited for the interpreter lock behind the UI thread's layout and search slices,
        once per step of reading a key); inside the start-up worker's interval they did not."""
        from reader.quotes.background import find_progressively

        find_progressively(
            self.document,
            lambda payload: self.app.call_from_thread(self._quotations_arrived, payload),
            lambda: worker.is_cancelled,
            child=child,
            provisional=lambda payload: self.app.call_from_thread(self._provisional_arrived, payload),
        )

    @property
    def quotations(self) -> Sequence[Quotation]:
        """The quotations found so far, in document order (all of them once the finder is done)."""
        return self._quote_table if self._quote_table is not None else ()

    @property
    def finding_quotations(self) -> bool:
        """Whether the finder is still at work (the quotations known are only those before some offset)."""
        table = self._quote_table
        return not self._quotes_failed and (table is None or not table.done)

    def _provisional_arrived(self, payload: Payload) -> None:
        """The finder's provisional first range (a large article's start, found before the whole-document step
        is done: see :func:`reader.quotes.background.provisional_payload`): shown until the first real payload."""
        if self._quote_table is None and not self._quotes_failed:
            self._provisional = True
            self._quotations_arrived(payload)

    def _quotations_arrived(self, payload: Payload) -> None:
        from reader.quotes.table import QuotationTable

        if self._quotes_failed:
            return
        replaced = None
        if self._provisional and payload[0] == 0 and self._quote_table is not None:
            # the real result begins: it replaces the provisional one (same spans, speakers may differ)
            self._provisional = False
            replaced, self._quote_table = self._quote_table, None
            self.article.clear_quotations()
        table = self._quote_table
        if table is None:
            table = self._quote_table = QuotationTable(self.document.text)
        try:
            lo, hi = table.add(payload)
        except ValueError as error:  # a payload out of order or damaged
            if self._provisional:  # only a head start, in a table of its own: drop it, the real ranges come
                self._provisional, self._quote_table = False, None
            else:  # say so once, keep what was found
                self._quotations_failed(error)
            return
        if hi > lo:
            starts, ends = table.starts, table.ends
            self.article.add_quotations([Span(starts[i], ends[i]) for i in range(lo, hi)])
        if self._pending_quote is not None:
            if self._quote_still_wanted():
                self._jump_quote(self._pending_quote[0])  # lands when the quotation is found now; else waits on
            else:
                self._pending_quote = None  # the reader moved on: the key no longer stands
        self.show_quotation_under_cursor()
        if self.query_one(TopBar).notice:
            self._show_finding(again=True)
        if len(self.app.screen_stack) > 1:  # the list (Q) may be open over this screen: its title counts them
            from reader.ui.screens.quotes import QuotesScreen

            for screen in self.app.screen_stack:
                if isinstance(screen, QuotesScreen) and screen.quotations in (table, replaced):
                    screen.quotations = table
                    screen.grown(self.quotes_progress())

    def _quotations_failed(self, error: Exception) -> None:
        self._quotes_failed = True
        self._pending_quote = None
        self.notify(f"Quotation detection failed: {error!r}", severity="warning", markup=False)

    def quotes_progress(self) -> float | None:
        """How far the finder got (0.0 to 1.0), or None once it is done (or failed)."""
        if not self.finding_quotations:
            return None
        return self._quote_table.progress if self._quote_table is not None else 0.0

    def _show_finding(self, *, again: bool = False) -> None:
        """`]`/`[` while the one wanted may not be found yet: "Finding quotations… 40%" in the top bar for
        :data:`NOTICE_SECONDS` (``again``: a new range arrived while it shows: the share moves on, or the note
        goes once the finder is done). Rounded down: "100%" only once every quotation is known."""
        bar = self.query_one(TopBar)
        progress = self.quotes_progress()
        if again and progress is None:
            self._clear_notice()
            return
        bar.notice = f"Finding quotations… {int((progress or 0.0) * 100)}%"
        if not again:
            if self._notice_timer is not None:
                self._notice_timer.stop()
            self._notice_timer = self.set_timer(NOTICE_SECONDS, self._clear_notice)

    def _quote_still_wanted(self) -> bool:
        """Whether the waiting `]`/`[` still stands: the cursor where it was and no other key (or mouse event)
        since; a jump after the reader went on (even a key that does not move, such as `h`) would surprise."""
        pending = self._pending_quote
        return (pending is not None and pending[1] == self.article.cursor
                and pending[2] == getattr(self.app, "key_at", 0.0))

    def _clear_notice(self) -> None:
        if self._quote_still_wanted() and self.finding_quotations:
            self._notice_timer = self.set_timer(NOTICE_SECONDS, self._clear_notice)  # still waiting: say so
            return
        self._pending_quote = None
        self.query_one(TopBar).notice = ""

    def _wait_for_quote(self, step: int) -> None:
        """`]`/`[` before the finder got as far as the quotation wanted (a large article's first seconds: its
        first range needs the whole text read): say how far it got, and carry the key out when that range
        arrives, as a far jump waits for the layout (``ArticleLayout.jump_when_laid_out``); another key (or a
        mouse event) meanwhile cancels it. Pressing the key again waits again."""
        self._pending_quote = (step, self.article.cursor, getattr(self.app, "key_at", 0.0))
        self._show_finding()

    def show_quotation_under_cursor(self) -> None:
        """The top bar's note on the quotation under the cursor (``“…” — Lukashenka · speech``), or none: the
        speaker where the reader looks, without opening anything (issue 11, item 4). From the table's parts, so
        a long quotation's text is not copied on every cursor move."""
        table = self._quote_table
        index = self.article.quotation_at(self.article.cursor) if table else None
        note: QuoteNote | None = None
        if table is not None and index is not None and index < len(table):
            speaker, speaker_full = table.speaker(index)
            opening, closing = table.marks(index)
            note = QuoteNote.of(opening, closing, speaker, speaker_full, table.kind(index))
        self.query_one(TopBar).quote = note

    # -- the quotation under the cursor -------------------------------------------------------------------

    def quotation_under_cursor(self) -> Quotation | None:
        quotations = self.quotations
        index = self.article.quotation_at(self.article.cursor) if quotations else None
        return quotations[index] if index is not None and index < len(quotations) else None

    # -- quotations -------------------------------------------------------------------------------------------

    def _jump_quote(self, step: int) -> None:
        """`]` / `[`: the next / previous quotation, on what is found so far. While the finder is at work and the
        one wanted may not be found yet (none after the cursor; or the cursor past where every quotation is
        known), say how far it got instead of wrapping or saying there are none, and go there once it is found
        (:meth:`_wait_for_quote`)."""
        self._pending_quote = None
        table = self._quote_table
        finding = self.finding_quotations
        cursor = self.article.cursor
        if table is None or not table:
            if finding:
                self._wait_for_quote(step)
            else:
                self.notify("No quotations found in this document", timeout=2)
            return
        if step > 0:
            index = bisect_right(table.starts, cursor)
            if index >= len(table):
                if finding:
                    self._wait_for_quote(step)
                    return
                index = 0
                self.notify("Wrapped to the first quotation", timeout=1.5)
        else:
            if finding and cursor > table.known_until:
                self._wait_for_quote(step)
                return
            index = bisect_left(table.starts, cursor) - 1
            if index < 0:
                if finding:
                    self._wait_for_quote(step)
                    return
                index = len(table) - 1
                self.notify("Wrapped to the last quotation", timeout=1.5)
        if self.query_one(TopBar).notice.startswith("Finding quotations"):
            self._clear_notice()  # found: the note has done its job
        self.article.move_to(table.starts[index])

    def action_next_quote(self) -> None:
        self._jump_quote(1)

    def action_prev_quote(self) -> None:
        self._jump_quote(-1)

    def action_quotes(self) -> None:
        """`Q`: every quotation found so far with its speaker (while the finder works, its title counts the new)."""
        quotations = self.quotations
        current = self.article.quotation_at(self.article.cursor) if quotations else None

        def chosen(offset: int | None) -> None:
            if offset is not None:
                self.article.jump_when_laid_out(offset, center=True)

        from reader.ui.screens.quotes import QuotesScreen

        self.app.push_screen(QuotesScreen(quotations, current, progress=self.quotes_progress()), chosen)

