"""`/`, `n` and `N` on the reading screen: search that starts at the cursor and never holds the keys.

The questions go to a pure :class:`reader.text_search.TextSearch` (its module note says what a match is); this
mixin decides when to ask them (issue 14, item 3: typing cost 63-90 ms a character on a 20 MB article, because
every keystroke scanned the whole text from the top).

Decisions:

* **A keystroke answers at once, from the search origin** (the cursor when `/` was pressed): in the keystroke's
  own handler, the first match at or after the origin (round the end) is looked for for at most
  :data:`FIRST_BUDGET`; found, the cursor goes there and the matches around the screen are marked
  (:data:`WINDOW` characters each side, re-marked when the view scrolls past them), all in the frame that echoes
  the character. A common word is found in microseconds. Not found in the budget (a rare or absent word), the
  scan goes on in slices and the top bar says ``searching…``.
* **One frame a keystroke.** The search runs in a watcher of the prompt's value (at once, in the key's handler),
  not on the ``Input.Changed`` message, which reached the screen after the echo could be painted; the article
  repaints only the rows whose marks changed (its strips are keyed by the marks on them); and the prompt's
  virtual size is not a layout reactive here (Input's re-laid out the screen on every keystroke, which repainted
  every scroll bar a frame after the echo).
* **No debounce for the first match, a debounce for the count.** The first match is cheap, so waiting for a pause
  would only make every keystroke feel late; the count reads the whole text, so it starts only once typing has
  paused for :data:`COUNT_DELAY` (a keystroke before that restarts it for the new query: a stale search never
  runs). Typed further, a query goes on from where the last one got (:meth:`TextSearch.first_from`) and skips the
  blocks it counted empty: an absent word is read once, not once a keystroke. A short text (at most
  :data:`EAGER_BLOCKS` blocks, ~1 ms) is counted in the keystroke, so its count shows in the same frame.
* **Slices on the event loop, not a thread**: Python's ``re`` holds the interpreter lock for a whole ``search``
  call, so a thread would not leave the keys alone any better, and it would need locks around the state the
  screen draws. A slice reads blocks of 65,536 characters (~0.5-1 ms each) for at most :data:`SLICE_SECONDS`,
  then yields (the next is queued on the screen by the event loop's ``call_later``: see :meth:`_schedule`); a
  key waits for at most one slice. The count reads ~150-400 ms of CPU on a 20 MB article in all.
* **A long query costs the same per slice** (a hostile review pasted 2,000 words: one block's count held the
  keys 2 s): a block costs at most :data:`reader.text_search.WORK` (positions times query length), so the
  search's blocks shrink as the query grows, down to 512 characters; the prompt holds at most
  :data:`reader.text_search.MAX_QUERY` characters (:mod:`reader.ui.widgets.search_bar`), and the marks cover at
  most :data:`MARK_BLOCKS` blocks' worth of match starts.
* **The count**: ``match 3 of 4,345`` in the top bar; ``match 3 of 1,200+`` while the count has passed the
  current match but not the end, ``counting…`` before it has. `n`/`N` find the next match from the cursor on
  demand (blocks counted empty are skipped), and the index follows: one more or one less than the last, or
  counted from the block counts (at most one block read).
* Enter accepts (the marks and the count stay; Esc or a new `/` clears them; a search with no match goes with
  the prompt, the top bar's ``no match`` too: it stayed, a review's finding), Esc in the prompt restores the
  cursor to the origin. `n` means "next match" while a search has a match, "note" otherwise (check_action).
"""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING, ClassVar

from textual.binding import Binding, BindingType

from reader.document import Document, Span
from reader.text_search import Scan, TextSearch
from reader.ui.timers import call_later
from reader.ui.widgets.search_bar import PLACEHOLDER, SearchBar
from reader.ui.worker_manners import key_queued

if TYPE_CHECKING:
    from collections.abc import Iterator

    from textual.screen import Screen
    from textual.widget import AwaitMount

    from reader.ui.widgets.article_view import ArticleView

    _ScreenBase = Screen[None]
else:
    _ScreenBase = object

FIRST_BUDGET = 0.004
"""Seconds a keystroke (or `n`/`N`) may scan for its match before the rest goes to slices."""
SLICE_SECONDS = 0.004
"""How long one background slice of the search may hold the event loop."""
SLICE_PAUSE = 0.001
"""The pause between slices, in which keys and repaints run."""
COUNT_DELAY = 0.06
"""Seconds of no typing before the count starts (the debounce)."""
EAGER_BLOCKS = 2
"""A text of at most this many of the search's blocks (~1-4 ms to count) is counted in the keystroke, so its
count shows in the same frame."""
STATUS_INTERVAL = 0.2
"""While counting, the top bar's count is redrawn at most this often."""
WINDOW = 8192
"""Characters marked before and after the screen (a screen of 40 rows of 80 is ~3,200)."""
MARK_BLOCKS = 4
"""The marks cover the match start positions of at most this many of the search's blocks (a long query's blocks
are small: :func:`reader.text_search.block_for`), around the current match or the screen."""


class SearchingMixin(_ScreenBase):
    """Mixed into ReadingScreen, which provides ``document``, ``article``, ``announce``, ``refresh_status`` and
    Screen's API."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Priority: the app runs it as it reads the key, so the prompt has focus before the keys typed just
        # after `/` are handed on (without it, a quick "/nato" gave "n", "a", "t", "o" to the article: the
        # note editor opened, or the letters were lost). Off while a text field has focus (check_action).
        Binding("slash", "search", "Search", tooltip="Search the article; Enter accepts, Esc clears", priority=True),
        # Enter and Esc in the prompt, as priority bindings for the same reason: the keys typed just after them
        # go to the article ("/nato⏎n" searched for "naton": the n reached the prompt before it let go of focus)
        Binding("enter", "accept_search", "In the prompt: keep the marks", show=False, priority=True),
        Binding("escape", "cancel_search", "In the prompt: close it, cursor back", show=False, priority=True),
        Binding("n", "next_match", "Next match", tooltip="Next search match (while search marks show)"),
        Binding("N", "prev_match", "Prev match", show=False),
    ]

    if TYPE_CHECKING:
        document: Document

        @property
        def article(self) -> ArticleView: ...
        def announce(self, kind: str, message: str, *, timeout: float = 1.5) -> None: ...
        def refresh_status(self) -> None: ...

    def init_searching(self) -> None:
        self._prompt: tuple[SearchBar, AwaitMount] | None = None
        """The search prompt and its mount, once asked for (see :meth:`_search_bar`)."""
        self._search_origin: int | None = None
        """Where the cursor was when `/` was pressed, while the prompt is open (Esc goes back there)."""
        self._search: TextSearch | None = None
        """The query being shown (None: no search)."""
        self._scan: Scan | None = None
        """The scan for the current match: the first from the origin while typing, or `n`/`N`'s."""
        self._scan_from: int = 0
        """The cursor when `n`/`N` started their scan."""
        self._current: Span | None = None
        """The match the cursor was put on (None: none yet, or none at all)."""
        self._current_index: int | None = None
        """Its 0-based index among all matches, once known."""
        self._n_is_next = False
        """Whether `n` was last made "next match" (:meth:`check_action`), so the bindings are re-read only when
        that changes."""
        self._current_is_first = False
        """Whether the last scan was the first match from the origin (typing), not `n`/`N`'s."""
        self._counting: Iterator[int] | None = None
        self._count_after = 0.0
        """When the count may start (``time.monotonic``): the debounce."""
        self._search_timer: asyncio.TimerHandle | None = None
        """The next slice's, while one is due."""
        self._slice_token = 0
        self._status_shown_at = 0.0
        self._window = (0, 0)
        """The range of offsets whose matches are marked."""
        self.search_status = ""
        """What the top bar says of the search: ``match 3 of 4,345``, ``searching…``, ``no match``..."""

    @property
    def search_has_match(self) -> bool:
        """Whether a search with at least one match is showing (`n` is then "next match")."""
        return self._search is not None and self._current is not None

    # -- the prompt -------------------------------------------------------------------------------------------

    async def action_search(self) -> None:
        bar = await self._search_bar()
        self._end_search()
        self._search_origin = self.article.cursor
        bar.display = True
        bar.value = ""
        self.set_focus(bar)  # now, not at the next turn as ``focus()`` does: the prompt and the focus's effects
        # (the article's cursor, the key bar) make one frame instead of two

    async def _search_bar(self) -> SearchBar:
        """The search prompt, mounted after the first paint (an Input costs start-up time): by the start-up
        worker's last step (``LoadingMixin.prepare_search_prompt``), or by a `/` that comes first. A `/` while
        the worker's mount is under way waits for that one (never a second prompt)."""
        if self._prompt is None:
            bar = SearchBar(placeholder=PLACEHOLDER, id="search")
            mounted = self.mount(bar, before=0)  # first: placed last, it shifts no other widget's order
            self._prompt = (bar, mounted)
            await mounted
            # Searched in the keystroke's own handler, as the value changes (a watcher runs at once), not when
            # the Input.Changed message reaches the screen: the screen could paint the echo first and the match
            # a frame later.
            self.watch(bar, "value", self.search_typed, init=False)
            return bar
        bar, mounted = self._prompt
        if not bar.is_mounted:
            await mounted  # (only then: awaiting a mount lays out the screen again, a frame of its own)
        return bar

    def search_typed(self, query: str) -> None:
        """The prompt changed: look for the first match from the origin now, the rest in slices."""
        article = self.article
        origin = self._search_origin if self._search_origin is not None else article.cursor
        previous, scan = self._search, self._scan
        search = TextSearch(self.document.text, query)
        if previous is not None and search.narrows(previous):
            search.inherit_empty_blocks(previous)
        broader = scan if scan is not None and previous is not None and self._current_is_first else None
        self._search = search
        self._scan = scan = search.first_from(origin, broader)
        self._scan_from = origin
        self._current_is_first = True
        self._current = None
        self._current_index = None
        self._counting = None
        self._count_after = time.monotonic() + COUNT_DELAY
        if not search.words:
            self._set_marks([], None)
            article.move_to(origin)
            self._show_status()
            return
        self._run_scan(time.perf_counter() + FIRST_BUDGET)  # (may end the search: a late key, see _scan_done)
        if not scan.finished:
            self._set_marks([], None)  # the last query's marks would be wrong for this one
            self._show_status()  # searching…
        elif len(search.text) <= EAGER_BLOCKS * search.block and self._current is not None:
            for _ in search.counting():
                pass
            self._show_status()
        self._schedule()

    def search_left(self) -> None:
        """Close the prompt (Enter, or focus lost: ``SearchBar.on_blur``), keeping the search if it has a match."""
        self.query_one(SearchBar).display = False
        self._search_origin = None
        search, scan = self._search, self._scan
        if search is not None and (not search.words or self._current is None and (scan is None or scan.finished)):
            self._end_search()

    def action_accept_search(self) -> None:
        self.search_accepted()

    def action_cancel_search(self) -> None:
        self.cancel_search()

    def search_accepted(self) -> None:
        """Enter in the prompt: keep the marks and the count, give the keys back to the article."""
        self.search_left()  # (before the focus moves: the prompt's blur then finds it closed)
        self.set_focus(self.article)  # at once (see action_search)

    def cancel_search(self) -> None:
        """Esc in the prompt: no marks, the cursor back where `/` was pressed."""
        self.query_one(SearchBar).display = False
        origin = self._search_origin
        self._end_search()
        if origin is not None:
            self.article.move_to(origin)
        self.set_focus(self.article)  # at once (see action_search)

    def _end_search(self) -> None:
        """Forget the search: marks, count, scans and the top bar's word of it."""
        if self._search_timer is not None:
            self._search_timer.cancel()
            self._search_timer = None
            self._slice_token += 1
        self._search_origin = None
        self._search = None
        self._scan = None
        self._current = None
        self._current_index = None
        self._counting = None
        self._current_is_first = False
        self._set_marks([], None)
        self._show_status()

    def clear_search(self) -> bool:
        """Esc with a search showing (the prompt closed): clear it. False when there was none."""
        if self._search is None:
            return False
        self._end_search()
        return True

    # -- n and N ----------------------------------------------------------------------------------------------

    def _step_match(self, step: int) -> None:
        search = self._search
        if search is None:
            self.notify("No search: press / to search", timeout=2)
            return
        if self._current is None and (self._scan is None or self._scan.finished):
            self.notify("No match", timeout=2)
            return
        if self._scan is not None and not self._scan.finished:
            return  # still looking for the last one: the key is not lost, the match shows when found
        if search.text is not self.document.text:  # the text grew (a document converted in parts): count again
            search = self._search = TextSearch(self.document.text, search.query)
            self._counting = None
            self._current_index = None
            self._count_after = time.monotonic()
        cursor = self.article.cursor
        self._scan_from = cursor
        self._current_is_first = False
        self._scan = search.forward(cursor + 1) if step > 0 else search.backward(cursor)
        self._run_scan(time.perf_counter() + FIRST_BUDGET)
        self._schedule()

    def action_next_match(self) -> None:
        self._step_match(1)

    def action_prev_match(self) -> None:
        self._step_match(-1)

    # -- scanning and counting in slices ----------------------------------------------------------------------

    def _run_scan(self, deadline: float) -> None:
        """Step the current scan until it is done or ``deadline`` (``perf_counter``) has passed."""
        scan = self._scan
        if scan is None:
            return
        for _ in scan:
            if time.perf_counter() >= deadline or key_queued(self.app):
                break
        if scan.finished:
            self._scan_done(scan)

    def _scan_done(self, scan: Scan) -> None:
        """A scan ended: put the cursor on its match (or say there is none) and mark the screen."""
        search = self._search
        article = self.article
        found = scan.found
        previous, index = self._current, self._current_index
        self._current = found
        self._current_index = None
        if found is None:
            if self._search_origin is None:  # the prompt closed (while it looked, or before a late key): search_left
                self._end_search()
                return
            self._set_marks([], None)
            article.move_to(self._search_origin)
            self._show_status()
            return
        if scan.direction > 0 and found.start <= self._scan_from and not self._current_is_first:
            self.announce("search", "Search wrapped to the top")
        elif scan.direction < 0 and found.start >= self._scan_from:
            self.announce("search", "Search wrapped to the bottom")
        if previous is not None and index is not None and previous.start == self._scan_from and search is not None:
            # `n`/`N` from the match the cursor is on: the index is one on, or round to the first or last.
            if scan.direction > 0:
                self._current_index = index + 1 if found.start > previous.start else 0
            elif found.start < previous.start:
                self._current_index = index - 1
            elif search.total is not None:
                self._current_index = search.total - 1
        article.move_to(found.start)
        self._mark_screen()
        self._show_status()

    def _schedule(self, delay: float | None = None) -> None:
        """The next slice, after ``delay`` (default :data:`SLICE_PAUSE`), through the screen's message queue.

        Not ``set_timer``, which can skip its only tick (see :mod:`reader.ui.timers`): the search stopped at
        ``searching…`` for good."""
        if self._search_timer is None:
            self._slice_token += 1
            wait = SLICE_PAUSE if delay is None else delay
            self._search_timer = call_later(self, wait, self._search_slice, self._slice_token)

    def _search_slice(self, token: int) -> None:
        """One slice of background work: the scan for the current match first, then (after the debounce) the
        count; then the timer for the next, if anything is left. (``token``: a slice already queued when the
        search ended is not run.)"""
        if token != self._slice_token:
            return
        self._search_timer = None
        search = self._search
        if search is None:
            return
        deadline = time.perf_counter() + SLICE_SECONDS
        scan = self._scan
        if scan is not None and not scan.finished:
            self._run_scan(deadline)
            if not scan.finished:
                self._schedule()
                return
        if self._current is None or search.total is not None:
            return  # no match anywhere (nothing to count), or counted
        wait = self._count_after - time.monotonic()
        if wait > 0:
            self._schedule(min(wait, 0.05))  # polled: each keystroke moves the debounce on
            return
        if self._counting is None:
            self._counting = search.counting()
        for _ in self._counting:
            if time.perf_counter() >= deadline or key_queued(self.app):
                break
        if search.total is None:
            if time.monotonic() - self._status_shown_at >= STATUS_INTERVAL:
                self._show_status()
            self._schedule()
        else:
            self._show_status()

    # -- what shows -------------------------------------------------------------------------------------------

    def _status_text(self) -> str:
        search, current = self._search, self._current
        if search is None or not search.words:
            return ""
        if current is None:
            return "searching…" if self._scan is not None and not self._scan.finished else "no match"
        if self._current_index is None:
            self._current_index = search.index_of(current.start)
        index, total = self._current_index, search.total
        if index is None:
            return "counting…"
        if total is None:
            return f"match {index + 1:,} of {max(search.counted, index + 1):,}+"
        return f"match {index + 1:,} of {total:,}"

    def _show_status(self) -> None:
        self._status_shown_at = time.monotonic()
        status = self._status_text()
        if status != self.search_status:
            self.search_status = status
            self.refresh_status()

    def _visible_range(self) -> tuple[int, int]:
        """The offsets of the text rows on screen (first row's start, last row's end)."""
        article = self.article
        layout = article.layout_rows
        if not len(layout):
            return 0, 0
        top = int(article.scroll_offset.y)
        bottom = min(len(layout) - 1, top + max(1, article.scrollable_content_region.height) - 1)
        top = min(top, len(layout) - 1)
        first = layout.nearest_text_row(top, 1)
        if first is None:
            first = layout.nearest_text_row(top, -1)
        last = layout.nearest_text_row(bottom, -1)
        if first is None or last is None:
            return 0, 0
        low = layout.offset_at(first, 0)
        high = layout.offset_at(last, layout.width * 2)
        low = 0 if low is None else low
        high = low if high is None else high
        return min(low, high), max(low, high) + 1

    def _mark_screen(self, view: tuple[int, int] | None = None) -> None:
        """Mark the matches around ``view`` (offsets; default: the screen if the current match is on it, else
        the current match's surroundings) and the current one among them."""
        search, current = self._search, self._current
        if search is None or current is None:
            self._set_marks([], None)
            return
        if view is None:
            view = self._visible_range()
            if not view[0] <= current.start < view[1]:
                view = (current.start, current.end)  # not scrolled there yet: mark around the match itself
        low, high = max(0, view[0] - WINDOW), min(view[1], view[0] + 4 * WINDOW) + WINDOW
        room = MARK_BLOCKS * search.block  # a long query: fewer positions, each try reads more (hostile review)
        if high - low > room:
            centre = current.start if low <= current.start < high else view[0]
            low = max(low, centre - room // 4)
            high = low + room
        marks = search.all_in(low, high)
        self._window = (low, high)
        index = next((i for i, span in enumerate(marks) if span == current), None)
        self._set_marks(marks, index)

    def search_scrolled(self) -> None:
        """The view scrolled: mark again if it went past the marked range."""
        if self._search is None or self._current is None:
            return
        view = self._visible_range()
        if view[0] < self._window[0] or view[1] > self._window[1]:
            self._mark_screen(view)

    def _set_marks(self, marks: list[Span], current: int | None) -> None:
        """Show search marks (or none), and re-read which `n` is live when that changed (the key bar redraws)."""
        article = self.article
        if marks or article.matches:
            article.set_matches(marks, current)
        if self.search_has_match != self._n_is_next:
            self._n_is_next = self.search_has_match
            self.refresh_bindings()
