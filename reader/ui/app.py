"""The Textual application: screens, global keys, the store and its background writer."""

from __future__ import annotations

import asyncio
import gc
import os
import time
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.driver import Driver
from textual.notifications import SeverityLevel
from textual.screen import ModalScreen, Screen

from reader import gc_pause
from reader.counts import counted
from reader.document import Document
from reader.loader import show_path
from reader.sanitize import sanitize, sanitize_lines
from reader.store import Store
from reader.store.writer import BackgroundWriter
from reader.ui.notices import Notices
from reader.ui.screens.annotating import AnnotatingMixin
from reader.ui.screens.reading import ReadingScreen
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.highlight_list import HighlightList

if TYPE_CHECKING:
    from reader.shutdown import ExitDeadline
    from reader.ui.terminal_driver import ReaderDriver


class ReaderApp(App[None]):
    """Opens one document on a reading screen, or a library list when given several."""

    CSS_PATH = "reader.tcss"
    TITLE = "reader"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", tooltip="Quit (waits for pending saves; asks about changes not saved)"),
        Binding("question_mark", "help", "Keys", tooltip="Show every key"),
    ]

    def __init__(
        self,
        *,
        store: Store,
        paths: Sequence[str | Path] | None = None,
        document: Document | None = None,
        measure: int | None = None,
        gc_paused: bool = False,
        folder: str = "",
    ) -> None:
        super().__init__()
        self.folder = folder
        """The folder the library lists (a directory argument), or ""."""
        self.store = store
        self.paths: list[str] = [os.fspath(path) for path in paths or ()]
        """What the library lists: files and URLs, as given."""
        self.initial_document = document
        self.measure = measure or 80
        self.writer = BackgroundWriter()
        self.notices = Notices(self)
        """Toasts of which one of a kind shows at a time (text width, panel width, copy, export)."""
        self.gc_paused = gc_paused
        """True while the collector pause the CLI took for start-up (:mod:`reader.gc_pause`) is still ours to end."""
        self.exit_deadline: ExitDeadline | None = None
        self.crash_message = ""
        """The one line an unexpected error ended the app with (:meth:`_fatal_error`); the CLI writes it."""
        """Set up with the signal handlers (a real terminal only); started by SIGTERM, SIGHUP or a lost terminal."""
        self._loop_for_signals: asyncio.AbstractEventLoop | None = None

    def get_default_screen(self) -> Screen[object]:
        """The first screen is the document itself (or the library), not a blank screen with one pushed on top:
        that would compose and lay out twice before the first paint."""
        if self.initial_document is not None:
            return ReadingScreen(self.initial_document, measure=self.measure)  # type: ignore[return-value]
        from reader.ui.screens.library import LibraryScreen

        return LibraryScreen(self.paths, folder=self.folder)  # type: ignore[return-value]

    key_at = 0.0
    """``time.perf_counter()`` when the UI thread last took a key or a mouse event from the terminal: background
    work gives way for a moment after it (:func:`reader.ui.worker_manners.ui_busy`)."""
    input_arrived_at = 0.0
    """``time.perf_counter()`` when the terminal's input thread last handed an event over (set from that thread
    by :class:`reader.ui.terminal_driver.ReaderDriver`): background slices end as soon as a key is read, not
    once it is queued (:func:`reader.ui.worker_manners.input_arriving`)."""

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.InputEvent) and not event.is_forwarded:
            self.key_at = time.perf_counter()
        await super().on_event(event)

    def on_mount(self) -> None:
        self._install_signal_handlers()
        if self.gc_paused:
            self.call_after_refresh(self.resume_garbage_collection)

    def resume_garbage_collection(self) -> None:
        """End the CLI's start-up pause of the collector, once (after the first paint). What start-up made
        (modules, the document, the widgets) lives as long as the app, so it is frozen out of every later
        collection first."""
        if self.gc_paused:
            self.gc_paused = False
            gc.freeze()
            gc_pause.resume()

    def get_driver_class(self) -> type[Driver]:
        """On POSIX, Textual's Linux driver made safe for a terminal that goes away
        (:mod:`reader.ui.terminal_driver`); elsewhere, or when ``TEXTUAL_DRIVER`` names one, Textual's choice."""
        import os
        import sys

        if sys.platform == "win32" or os.environ.get("TEXTUAL_DRIVER"):
            return super().get_driver_class()
        from reader.ui.terminal_driver import ReaderDriver

        return ReaderDriver

    def _install_signal_handlers(self) -> None:
        """SIGTERM and SIGHUP quit like `q`: pending writes finish and the terminal is restored (when it is still
        there), and the process ends within about a second even when that orderly path hangs
        (:class:`reader.shutdown.ExitDeadline`). A vanished terminal noticed by the driver (a failed write or
        read) does the same.

        Plain ``signal.signal`` handlers, not the event loop's: those run only when the loop gets to them, and a
        main thread blocked in Textual's shutdown (or painting for seconds) would never see the signal. Only with
        a real terminal: headless test apps share the test runner's process and its signal handlers."""
        import signal

        from reader.ui.terminal_driver import ReaderDriver

        driver = self._driver
        if not isinstance(driver, ReaderDriver):
            return
        from reader.shutdown import ExitDeadline

        self._loop_for_signals = asyncio.get_running_loop()
        self.exit_deadline = ExitDeadline(
            self.writer,
            unsaved=lambda: sum(len(getattr(screen, "unsaved", ())) for screen in list(self.screen_stack)),
            restore_terminal=partial(restore_terminal, driver),
            store_path=str(self.store.path),
        )
        driver.on_terminal_gone = lambda reason: self._quit_soon()
        for signum in (signal.SIGTERM, signal.SIGHUP):
            try:
                signal.signal(signum, self._on_quit_signal)
            except (ValueError, OSError):
                pass  # not the main thread

    def _on_quit_signal(self, signum: int, frame: object) -> None:
        self._quit_soon()

    def _quit_soon(self) -> None:
        """(Any thread, or a signal handler.) Start the exit deadline and ask the event loop to quit. SIGHUP
        does not silence the terminal by itself (``kill -HUP`` leaves it working, and it is restored); a
        terminal that really hung up fails the first write, and the driver stops writing then."""
        deadline, loop = self.exit_deadline, self._loop_for_signals
        if deadline is None or loop is None or deadline.started:
            return
        deadline.start()
        try:
            loop.call_soon_threadsafe(self.call_later, self._quit_keeping_typed)
        except RuntimeError:  # the loop is already closed: the deadline ends the process
            pass

    def open_document(self, source: str | Path, *, at: int | None = None) -> None:
        """Open ``source`` (a file or a URL, from the library) on a new reading screen. Reading and converting it
        (a page goes through trafilatura, a URL may be fetched) runs in a worker, never on the UI thread; an
        error becomes a notification. ``at``: a text offset to put the cursor on instead of the saved reading
        position (a quotation chosen on the People screen)."""
        self.run_worker(partial(self._load_source, os.fspath(source), at), thread=True, group="open-document")

    def _load_source(self, source: str, at: int | None = None) -> None:
        from reader.errors import ReaderError
        from reader.sources import open_source

        try:
            document = open_source(source)
        except ReaderError as error:
            self.call_from_thread(self.notify, str(error), title="Cannot open", severity="error")
            return
        self.call_from_thread(self._show_document, document, at)

    def _show_document(self, document: Document, at: int | None = None) -> None:
        """A document already open on a screen of the stack (the library or a search opened it again) is shown
        there, the screens above it closed: never a second screen of it, whose highlights would go stale when
        the other one changed them (a highlight deleted on one came back from the other's next edit). A screen
        above that holds work (a dialog, another document's unsaved changes) is never closed: it is said instead."""
        stack = self.screen_stack
        shown = next((s for s in reversed(stack) if isinstance(s, ReadingScreen) and s.document.id == document.id),
                     None)
        if isinstance(shown, ReadingScreen):
            above = stack[stack.index(shown) + 1 :]
            # Nothing is closed that holds work: a dialog (a note being typed), or another document's screen
            # whose changes are still being saved (its retries live there). Then the open screen is named.
            if any(isinstance(s, ModalScreen) or (isinstance(s, ReadingScreen) and s.unsaved) for s in above):
                self.notify(f"{document.display_title} is already open; close what is above it to go back to it",
                            title="Already open", severity="warning")
                return
            for screen in reversed(above):
                if isinstance(screen, ReadingScreen):
                    screen.save_position()  # (another document's: as its Esc would)
                self.pop_screen()
            if at is not None and 0 <= at < len(document.text):
                shown.article.jump_when_laid_out(at, center=True)
            return
        screen = ReadingScreen(document, measure=self.measure)
        screen.start_at = at
        self.push_screen(screen)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
        kind: str = "",
    ) -> None:
        """Every notification (``Widget.notify`` and ``Screen.notify`` come here too) as plain, safe text.

        Messages quote file names, store paths, OS errors and titles: each line is sanitised (escape sequences
        and invisible characters become placeholders) and never parsed as markup (``markup`` is ignored; no
        message here uses it), here, so that no call site can forget it. With a ``kind`` (``"width"``,
        ``"copy"``, ``"export"``...), it replaces the toast of that kind still shown (:class:`Notices`); UI
        thread only, as ``call_from_thread`` hands it over.
        """
        if kind:
            self.notices.show(kind, message, title=title, severity=severity, timeout=timeout or 3.0)
            return
        super().notify(
            sanitize_lines(message), title=sanitize(title), severity=severity, timeout=timeout, markup=False
        )

    def help_sections(self) -> list[tuple[str, list[Binding]]]:
        """Bindings grouped for the help screen, read from the classes that define them."""

        def bindings(source: Iterable[BindingType]) -> list[Binding]:
            return [b for b in source if isinstance(b, Binding)]

        from reader.ui.widgets.outline import Outline  # (not imported at start: see PanesMixin._new_outline)

        annotating = bindings(AnnotatingMixin.BINDINGS)
        reading = [b for b in bindings(ReadingScreen.BINDINGS) if b not in annotating]
        return [
            ("Moving (v or shift+arrows select; every motion extends a selection)", bindings(ArticleView.BINDINGS)),
            ("Highlights, notes and quotes", annotating),
            ("Reading", reading),
            (
                "In the highlights panel (Tab to reach it; Enter jumps, Esc clears the filter)",
                bindings(HighlightList.BINDINGS),
            ),
            ("In the outline (o shows it; Tab reaches it)", bindings(Outline.BINDINGS)),
            ("In the library (L, or reader library; / searches every highlight)", _library_bindings()),
            ("Quitting and closing", QUIT_AND_CLOSE),
        ]

    def action_help_quit(self) -> None:
        """ctrl+c (Textual's reminder that it does not quit): its toast said ``Press [b]ctrl+q[/b] to quit the
        app`` with the markup printed, since every notification here is plain text (:meth:`notify`: document
        text and file names are never markup). Said in plain words instead."""
        self.notify("Press ctrl+q to quit (q on a document or in the library)", title="Do you want to quit?")

    def action_people(self) -> None:
        """`P`: the People screen (:mod:`reader.ui.screens.people`), over the current screen."""
        from reader.ui.screens.people import PeopleScreen, PersonScreen

        if not isinstance(self.screen, (PeopleScreen, PersonScreen)):
            self.push_screen(PeopleScreen())

    def action_help(self) -> None:
        from reader.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.help_sections()))

    def _fatal_error(self) -> None:
        """An unexpected error: one safe line on the terminal, the traceback in a file (:mod:`reader.ui.crash`)
        instead of Textual's traceback with local variables."""
        import sys
        import traceback

        from reader.ui.crash import crash_line, write_report

        self.bell()
        error = sys.exc_info()[1] or self._exception  # none active when another thread's error was handed over
        report = "".join(traceback.format_exception(error)) if error is not None else traceback.format_exc()
        self.crash_message = crash_line(error, write_report(report))
        self._close_messages_no_wait()  # nothing for Textual to print: the CLI writes the line (Rich wrapped it)

    def action_command_palette(self) -> None:
        """Textual's command palette, with an input that paints what is pasted into it inert
        (:mod:`reader.ui.widgets.inert_palette`)."""
        from textual.command import CommandPalette

        from reader.ui.widgets.inert_palette import InertCommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]
            self.push_screen(InertCommandPalette(id="--command-palette"))

    async def action_quit(self) -> None:
        """`q`, ctrl+q, the palette's Quit: with a note or tags being typed and not saved, ask first (save, discard,
        keep editing: :mod:`reader.ui.screens.quitting`), once the keys typed before the quit key are in the
        text; else quit (:meth:`_quit`)."""
        from reader.ui.screens.dialogs import EditingDialog

        screen = self.screen
        if isinstance(screen, EditingDialog):
            screen.after_typed_keys(self._quit_unless_asked)
        else:
            await self._quit_unless_asked()

    async def _quit_unless_asked(self) -> None:
        from reader.ui.screens.quitting import ask_before_quitting

        if not ask_before_quitting(self, self._quit):
            await self._quit()

    async def _quit_keeping_typed(self) -> None:
        """SIGTERM, SIGHUP, a lost terminal: nobody to ask, so a note or tags being typed are saved, then quit."""
        from reader.ui.screens.quitting import settle_dialogs

        settle_dialogs(self, save=True)
        await self._quit(ask=False)

    _quitting = False
    """A quit is waiting for the writes (a second `q` meanwhile does nothing more)."""

    async def _quit(self, *, ask: bool = True) -> None:
        """Quit once every pending store write has finished. Each open document's reading position is handed to
        the writer first: it is saved only after the cursor has been still for a second, and a `q` sooner than
        that kept the position before the last moves. With ``ask`` (a key, the palette), changes still not
        saved after :data:`~reader.ui.screens.unsaved_quit.QUIT_WAIT` are asked about instead of dropped
        (:mod:`reader.ui.screens.unsaved_quit`); without (a signal), every write is waited for."""
        from reader.ui.screens.unsaved_quit import QUIT_WAIT, UnsavedQuestion, failure_reason, unsaved_changes

        if ask and (self._quitting or any(isinstance(s, UnsavedQuestion) for s in self.screen_stack)):
            return
        for screen in self.screen_stack:
            if isinstance(screen, ReadingScreen):
                screen.save_position()
        for screen in self.screen_stack:  # writes that failed (disk full...): one last try before exiting
            retry = getattr(screen, "retry_failed_writes", None)
            if retry is not None:
                retry()
        if self.writer.pending:
            self.notify("Saving…", timeout=QUIT_WAIT if ask else 1)
        if ask:
            self._quitting = True
            try:
                await self._drain_writes(QUIT_WAIT)
                unsaved = await self._settled(partial(unsaved_changes, self))
            finally:
                self._quitting = False
            if unsaved:
                self.push_screen(UnsavedQuestion(QUIT_WAIT), self._unsaved_answered)
                return
            self.exit()  # (a reading position still waiting is not worth holding the exit for)
            return
        await self._drain_writes()
        unsaved = unsaved_changes(self)
        if unsaved:  # still failing: do not end as if all were well (the reason: the screen showing it is gone)
            why = failure_reason(self)
            self.exit(
                return_code=1,
                message=f"reader: {counted(unsaved, 'change')} could not be saved to {show_path(self.store.path)}"
                + (f": {sanitize(why)[:300]}" if why else ""),
            )
            return
        self.exit()

    async def _drain_writes(self, timeout: float | None = None) -> None:
        await asyncio.get_running_loop().run_in_executor(None, self.writer.drain, timeout)

    async def _settled(self, count: Callable[[], int]) -> int:
        """``count()`` once the results of the writes that returned have reached the screens (each is posted to
        its screen's queue: :meth:`SavingMixin._write_done`), waiting a moment for them."""
        deadline = time.monotonic() + 0.3
        while (left := count()) and not self.writer.pending and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        return left

    async def _unsaved_answered(self, answer: str | None) -> None:
        """The question about unsaved changes answered: ``saved`` (all saved meanwhile: quit), ``lose`` or
        ``file:PATH`` (quit with a ``reader:`` line, status 1), ``back`` (keep reading)."""
        from reader.ui.screens.unsaved_quit import failure_reason, quit_message, unsaved_changes

        if answer == "saved":
            await self._quit()
        elif answer is not None and (answer == "lose" or answer.startswith("file:")):
            count = unsaved_changes(self)
            if not count:
                self.exit()  # saved just now after all
                return
            self.exit(return_code=1, message=quit_message(answer, count, self.store.path, failure_reason(self)))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The command palette's commands (:mod:`reader.ui.palette_commands`, imported when ctrl+p opens)."""
        from reader.ui.palette_commands import system_commands

        return system_commands(self, screen, super().get_system_commands(screen))


QUIT_AND_CLOSE = [
    Binding("q", "quit", "Quit (in the help and the Q list q closes them)"),
    Binding("ctrl+q", "quit_anywhere", "Quit from anywhere; asks about unsaved text"),
    Binding("escape", "close", "Close the help, a list or a dialog"),
    Binding("question_mark", "help", "Keys (this list)"),
]
"""The help's last section, written out: what `q`, ctrl+q, Esc and `?` do depends on the screen (`q` quits on a
document, the library and People, closes the help and the quotation list, and is typed in a text field; ctrl+q
quits from anywhere, asking first about a note or tags not saved yet), which the bindings alone do not say."""


def _library_bindings() -> list[Binding]:
    from reader.ui.screens.library import LibraryScreen

    return [b for b in LibraryScreen.BINDINGS if isinstance(b, Binding)]


def restore_terminal(driver: ReaderDriver) -> None:
    """(The exit deadline's thread.) What Textual's orderly exit would write and set, straight to the terminal:
    the saved tty modes, the keyboard protocol off, the main screen back, the cursor shown, mouse and focus
    reports off. Nothing when the terminal is gone."""
    import os
    import termios

    if driver.output.gone:
        return
    if driver.attrs_before is not None:
        try:
            termios.tcsetattr(driver.fileno, termios.TCSANOW, driver.attrs_before)
        except termios.error:
            pass
    leave = "\x1b[<u\x1b[?2004l\x1b[?1000l\x1b[?1003l\x1b[?1015l\x1b[?1006l\x1b[?1004l\x1b[?7h\x1b[?1049l\x1b[?25h"
    os.write(driver.output.fileno(), leave.encode("ascii"))
