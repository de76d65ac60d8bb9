"""The library: a list of documents to choose from (several PATHs, or several bundled seeds)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.loader import show_path
from reader.ui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from reader.ui.app import ReaderApp


def label(source: str) -> str:
    """How the library names a document: a file by its name, a URL whole (both made safe to show)."""
    from reader.sources import is_url

    return show_path(source if is_url(source) else os.path.basename(source.rstrip("/")) or source)


class DocumentList(OptionList):
    """The documents to choose from: an OptionList whose Enter is shown in the key bar as "Open"."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "select", "Open")]


class LibraryScreen(Screen[None]):
    """Choose a document; Enter opens it, and Esc on its reading screen (with nothing to cancel) comes back here."""

    DEFAULT_CSS = """
    LibraryScreen { align: center top; }
    LibraryScreen > #library-title { text-style: bold; color: $accent; padding: 1 2 0 2; width: 100%; }
    LibraryScreen > OptionList { margin: 1 2; height: 1fr; }
    """

    def __init__(self, paths: Sequence[str | Path], *, folder: str = "") -> None:
        super().__init__()
        self.paths = [os.fspath(path) for path in paths]
        self.folder = folder
        """The folder the list was made from (a directory argument), shown in the title."""

    def compose(self) -> ComposeResult:
        where = f" in {show_path(self.folder)}" if self.folder else ""
        yield Static(f"Library — {len(self.paths)} documents{where}", id="library-title", markup=False)
        yield DocumentList(*[Option(Content(label(p)), id=str(i)) for i, p in enumerate(self.paths)])
        yield KeyBar()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            app: ReaderApp = self.app  # type: ignore[assignment]
            app.open_document(self.paths[int(event.option.id)])
