"""The reading screen's start-up worker: what the screen reads after its first paint, step by step.

Kept apart from :mod:`reader.ui.screens.reading` (panes, navigation, keys) because it is one job with its own
rules: everything here runs in one thread (:meth:`LoadingMixin.load_in_background`) after the first screen is
painted, in order of need - the rest of a large document's text, the quotation finder forked while the process
is small, the rest of the blocks, the remembered panel width, the reading position, the highlights
(:meth:`~reader.ui.screens.annotating.AnnotatingMixin.load_annotations`), the quotations
(:meth:`~reader.ui.screens.quoting.QuotingMixin.load_quotations`) - giving way to the user's keys between steps
(:mod:`reader.give_way`), each step's failure reported without ending the others. What a step finds is handed to
the UI thread with ``call_from_thread``. A mixin of :class:`~reader.ui.screens.reading.ReadingScreen`, like
:mod:`~reader.ui.screens.searching` and :mod:`~reader.ui.screens.annotating`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work

from reader.counts import counted
from reader.give_way import give_way, giving_way
from reader.preferences import PANEL_WIDTH_DEFAULT, Preferences, settings_path
from reader.ui.worker_manners import keys_first, short_switch_interval

if TYPE_CHECKING:
    import threading

    from textual.screen import Screen

    from reader.document import Document
    from reader.quotes.background import Child
    from reader.ui.app import ReaderApp
    from reader.ui.widgets.article_view import ArticleView
    from reader.ui.widgets.outline import Outline
    from reader.ui.widgets.search_bar import SearchBar

    _ScreenBase = Screen[None]
else:
    _ScreenBase = object


class LoadingMixin(_ScreenBase):
    """Mixed into ReadingScreen, which provides the state and the other steps declared below."""

    if TYPE_CHECKING:
        document: Document
        painted: threading.Event
        preferences: Preferences
        start_at: int | None
        _stored_position: int | None
        early_finder: Child | None

        @property
        def article(self) -> ArticleView: ...
        @property
        def reader_app(self) -> ReaderApp: ...
        @property
        def outline(self) -> Outline | None: ...
        def load_annotations(self) -> None: ...
        def load_quotations(self) -> None: ...
        def remember_document(self) -> None: ...
        def save_position(self, offset: int | None = None) -> None: ...
        def fit_panes(self, width: int | None = None) -> None: ...
        async def _search_bar(self) -> SearchBar: ...

    def after_first_paint(self) -> None:
        """In a worker thread: wait (briefly, at most a second) until the first screen has been painted."""
        self.painted.wait(1.0)

    @work(thread=True, exclusive=True, group="startup")
    def load_in_background(self) -> None:
        """Everything the screen reads after it is shown, in one thread and in order of need: the rest of a large
        document, the reading position, the highlights (re-anchored if the file changed). The quotations are
        read in a worker of their own, started right after the finder is forked (:meth:`start_finding`).
        A failure in one step is reported and the others still run: reading goes on."""
        self.after_first_paint()
        # The fork is cheapest while the process is small, but after the whole text is decoded: the child then
        # shares the text's pages (one string, never written) instead of decoding a copy of its own (~40 MB at
        # 20 MB), for ~20 MB more to map at the fork.
        steps = [self.decode_rest, self.fork_quotation_finder, self.prepare_search_prompt]
        if not self.document.complete:
            steps.append(self.parse_rest)
        steps += [self.load_preferences, self.load_position, self.load_annotations, self.freeze_loaded]
        try:
            with short_switch_interval(), giving_way(self._keys_first()):
                for step in steps:
                    try:
                        step()
                    except Exception as error:  # noqa: BLE001 - one failed load must not end the reading session
                        self.app.call_from_thread(
                            self.notify, f"{type(error).__name__}: {error}", title="Could not load",
                            severity="error", markup=False,
                        )
        finally:
            if self.early_finder is not None:  # cancelled before load_quotations took it
                self.early_finder.stop()
                self.early_finder = None

    def _keys_first(self) -> Callable[[], None]:
        """The start-up worker's :func:`reader.give_way.give_way` hook: it waits while a key or the article's
        frame is in hand (:func:`reader.ui.worker_manners.keys_first`)."""
        article, app = self.article, self.app
        return keys_first(
            app, lambda: [self, article], lambda: max(getattr(app, "key_at", 0.0), article._paint_asked)
        )

    def fork_quotation_finder(self) -> None:
        """(Second in the start-up worker, after ``decode_rest``.) Fork the quotation finder of a large document
        now, while the process is small: the fork stops every thread of the app for as long as the kernel takes to
        copy the page tables (in proportion to the memory mapped), and before the rest is parsed and the store
        read that is about half (:func:`reader.quotes.background.fork_finder`). The child shares the decoded text
        and parses the rest itself, on the other core, while this worker parses it here; ``load_quotations``
        reads it."""
        from reader.quotes.background import fork_finder

        give_way()  # the fork stops every thread of the app for ~15-30 ms: not in the middle of a key
        self.early_finder = fork_finder(self.document)
        self.app.call_from_thread(self.start_finding)

    def start_finding(self) -> None:
        """Read the finder (``load_quotations``) in a worker of its own, from now on: its first, provisional
        range comes ~50 ms after the fork, and read by this worker after the parse, the position and the store
        it waited ~0.5 s at 20 MB, so `]` had nothing to go to. That worker mostly waits on the pipe."""
        self.run_worker(self.load_quotations, thread=True, exclusive=True, group="quotations",
                        name="quotations")

    def prepare_search_prompt(self) -> None:
        """(In the start-up worker, right after the fork, before the parse of a large document's rest.) Mount the
        search prompt, hidden: kept out of the first paint (an Input costs start-up time), it was mounted by the
        first `/`, whose frame then took two to three times the others' (~40 ms against ~13 at 20 MB: the
        prompt's compose and styles). Mounted last, after the parse (seconds at 20 MB), a `/` in the first
        seconds still paid that mount."""
        self.app.call_from_thread(self.call_later, self._search_bar)

    def freeze_loaded(self) -> None:
        """(In the start-up worker, after the highlights.) Freeze what the worker loaded (the store's records, the
        highlight index) out of the collector, as ``parse_rest`` does with the blocks: they live as long as the
        screen, and a full collection soon after start-up scanned them among the user's keys (~25-45 ms, once,
        ~2.5 s after the first paint at 20 MB)."""
        import gc

        gc.freeze()

    def decode_rest(self) -> None:
        """(First in the start-up worker.) A large file's text was decoded only in part before the paint
        (:mod:`reader.sources.text`): decode the whole, and only then count and report its replaced bytes
        (``on_mount`` saw 0). Nothing to do for any other document."""
        replaced = self.document.replaced_bytes
        give_way()  # decoding is one long call (~25-40 ms at 20 MB): start it while no key is in hand
        self.document.finish_text()
        if self.document.replaced_bytes != replaced:
            self.app.call_from_thread(
                self.notify,
                f"{counted(self.document.replaced_bytes, 'invalid UTF-8 byte')} shown as �",
                title="Not valid UTF-8",
                severity="warning",
            )

    def parse_rest(self) -> None:
        """Parse the rest of a large document off the UI thread (the first part was parsed before the paint).

        The parse is Python code and holds the interpreter lock while the user types (see
        :func:`short_switch_interval`). Afterwards the blocks made here (tens of thousands, alive as long as the
        document) are frozen out of the collector's generations, as start-up's objects are after the first
        paint: a full collection re-scanning them later stalled the UI ~50-80 ms once, among the user's keys.
        It is parsed a part at a time, giving way to keys between parts (:mod:`reader.give_way`)."""
        import gc

        self.document.finish_parsing()
        gc.freeze()
        self.app.call_from_thread(self._parsed)

    def _parsed(self) -> None:
        outline = self.outline
        if outline is not None and outline.filled:
            outline.fill(again=True)

    @property
    def _settings_path(self) -> Path:
        return settings_path(self.reader_app.store.path)

    def load_preferences(self) -> None:
        """(In the start-up worker.) Read the remembered panel width (beside the store; see reader.preferences)."""
        preferences = Preferences.load(self._settings_path)
        self.app.call_from_thread(self._apply_preferences, preferences)

    def _apply_preferences(self, preferences: Preferences) -> None:
        self.preferences = preferences
        if preferences.panel_width != PANEL_WIDTH_DEFAULT:
            self.fit_panes()  # the remembered width, as far as the article keeps its room

    def load_position(self) -> None:
        """(In the start-up worker.) Restore the saved reading position, and record a document the store knows
        as opened now (:meth:`~reader.ui.screens.reading.ReadingScreen.remember_document`); one it does not
        know is remembered with its first change. When this version of a changed file has no position of its
        own, the last version's is carried over and saved for it at once."""
        self.document.finish_parsing()  # the saved position may lie past the first part of a large document
        store, document = self.reader_app.store, self.document
        record = store.document(document.id)
        position = None if record is None else record.position
        carried = None if position is not None else self._carried_position()
        if record is not None:
            # A document the store knows is recorded as opened now (and at its new place, when the file was
            # moved or renamed: the library listed it as gone, exports and search cited the old path): the
            # library's "last opened" changed only once the cursor moved, so a document opened and read
            # without a key stayed below others (a review's finding). The write is the background writer's
            # (this thread hands it over and goes on; the UI thread never waits on the disk), and it creates
            # nothing: the store exists. A document the store does not know is still recorded only with its
            # first change (opening and quitting leaves no trace, issue 13).
            self.app.call_from_thread(self.remember_document)
        self.app.call_from_thread(self._restore, position, carried)

    def _carried_position(self) -> int | None:
        """(In the start-up worker.) The reading position of the version of this file (or URL) opened last that
        has one, carried into this text (:func:`reader.anchoring.carry_position`: it follows that version's
        highlights, read before ``load_annotations`` re-anchors them); None when no other version has one."""
        from reader.anchoring import carry_position

        store, document = self.reader_app.store, self.document
        if not document.path:
            return None
        versions = [r for r in store.documents() if r.path == document.path and r.id != document.id]
        last = next((r for r in versions if r.position is not None), None)  # most recently opened first
        if last is None or last.position is None:
            return None
        return carry_position(document.text, last.position, store.annotations_for(last.id))

    def _restore(self, stored: int | None, carried: int | None) -> None:
        """(On the UI thread.) What the store holds, and where the cursor goes: where it was asked to (People),
        else the saved position, else the one carried from the last version, which is saved now for this version
        (so the library shows where it opens). Set here, with the jump, and not in the worker: a `q` in between
        would have saved the cursor still at the start over the stored position (:meth:`save_position`)."""
        self._stored_position = stored
        position = self.start_at if self.start_at is not None else stored if stored is not None else carried
        if carried is not None and self.start_at is None:
            self.save_position(carried)
        if position is not None and 0 <= position < len(self.document.text):
            self.article.jump_when_laid_out(position, center=True)
