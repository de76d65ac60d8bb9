"""The Textual application: screens, global keys, the store and its background writer."""

from __future__ import annotations

import gc
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from reader import gc_pause
from reader.document import Document
from reader.loader import load_document
from reader.store import Store
from reader.store.writer import BackgroundWriter
from reader.ui.screens.annotating import AnnotatingMixin
from reader.ui.screens.reading import ReadingScreen
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.highlight_list import HighlightList


class ReaderApp(App[None]):
    """Opens one document on a reading screen, or a library list when given several."""

    CSS_PATH = "reader.tcss"
    TITLE = "reader"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", tooltip="Quit (waits for pending saves)"),
        Binding("question_mark", "help", "Keys", tooltip="Show every key"),
    ]

    def __init__(
        self,
        *,
        store: Store,
        paths: list[Path] | None = None,
        document: Document | None = None,
        measure: int | None = None,
        gc_paused: bool = False,
    ) -> None:
        super().__init__()
        self.store = store
        self.paths = paths or []
        self.initial_document = document
        self.measure = measure or 80
        self.writer = BackgroundWriter()
        self.gc_paused = gc_paused
        """True while the collector pause the CLI took for start-up (:mod:`reader.gc_pause`) is still ours to end."""

    def get_default_screen(self) -> Screen[object]:
        """The first screen is the document itself (or the library), not a blank screen with one pushed on top:
        that would compose and lay out twice before the first paint."""
        if self.initial_document is not None:
            return ReadingScreen(self.initial_document, measure=self.measure)  # type: ignore[return-value]
        from reader.ui.screens.library import LibraryScreen

        return LibraryScreen(self.paths)  # type: ignore[return-value]

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

    def _install_signal_handlers(self) -> None:
        """SIGTERM and SIGHUP quit like `q`: pending writes finish and the terminal is restored."""
        import asyncio
        import signal

        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGHUP):
            try:
                loop.add_signal_handler(signum, lambda: self.call_later(self.action_quit))
            except (NotImplementedError, RuntimeError, ValueError):
                pass  # not the main thread (tests) or not supported here

    def open_document(self, path: Path) -> None:
        """Open ``path`` on a new reading screen (from the library); errors become a notification."""
        from reader.errors import ReaderError

        try:
            document = load_document(path)
        except ReaderError as error:
            self.notify(str(error), title="Cannot open", severity="error", markup=False)
            return
        self.push_screen(ReadingScreen(document, measure=self.measure))

    def help_sections(self) -> list[tuple[str, list[Binding]]]:
        """Bindings grouped for the help screen, read from the classes that define them."""

        def bindings(source: Iterable[BindingType]) -> list[Binding]:
            return [b for b in source if isinstance(b, Binding)]

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
            ("Everywhere", bindings(ReaderApp.BINDINGS)),
        ]

    def action_help(self) -> None:
        from reader.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.help_sections()))

    async def action_quit(self) -> None:
        """Quit once every pending store write has finished (they are quick; this never drops one)."""
        for screen in self.screen_stack:  # writes that failed (disk full...): one last try before exiting
            retry = getattr(screen, "retry_failed_writes", None)
            if retry is not None:
                retry()
        if self.writer.pending:
            self.notify("Saving…", timeout=1)
        await self._drain_writes()
        unsaved = sum(len(getattr(screen, "unsaved", ())) for screen in self.screen_stack)
        if unsaved:  # still failing: do not end as if all were well
            self.exit(
                return_code=1,
                message=f"reader: {unsaved} change(s) could not be saved to {self.store.path} (see the error shown)",
            )
            return
        self.exit()

    async def _drain_writes(self) -> None:
        import asyncio

        await asyncio.get_running_loop().run_in_executor(None, self.writer.drain)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Keys", "Show every key binding", self.action_help)
        if isinstance(screen, ReadingScreen):
            yield SystemCommand("Search", "Search the article (/)", screen.action_search)
            yield SystemCommand("Toggle outline", "Show or hide the headings (o)", screen.action_toggle_outline)
            yield SystemCommand(
                "Toggle highlights panel", "Show or hide the side panel (H)", screen.action_toggle_panel
            )
            for fmt, label in (
                ("json", "native JSON"),
                ("w3c", "W3C Web Annotation JSON-LD"),
                ("markdown", "Markdown"),
            ):
                yield SystemCommand(
                    f"Export as {label}",
                    f"Write this document's annotations to <name>{screen.EXPORT_SUFFIXES[fmt]} here",
                    partial(screen.action_export, fmt),
                )
            yield SystemCommand("Wider text", "Widen the reading measure (+)", screen.action_wider)
            yield SystemCommand("Narrower text", "Narrow the reading measure (-)", screen.action_narrower)
