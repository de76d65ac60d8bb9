"""The header: the document's title (as data, never markup), reading progress and layout progress."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Label


class TopBar(Horizontal):
    """Title on the left; ``42%`` (and ``laying out 37%`` while a big document is indexed) on the right."""

    DEFAULT_CSS = """
    TopBar { height: 1; background: $panel; color: $foreground; dock: top; }
    TopBar > #title { width: 1fr; text-style: bold; padding: 0 1; color: $accent; }
    TopBar > #status { width: auto; color: $text-muted; padding: 0 1; }
    TopBar > #progress { width: auto; padding: 0 1; text-style: bold; }
    """

    progress: reactive[float] = reactive(0.0)
    """Reading progress, 0.0 to 1.0."""

    status: reactive[str] = reactive("")
    """A short note such as ``laying out 40%``; empty when nothing is going on."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self._title = title

    def compose(self) -> ComposeResult:
        yield Label(Content(self._title), id="title")
        yield Label("", id="status")
        yield Label("0%", id="progress")

    def watch_progress(self, value: float) -> None:
        self.query_one("#progress", Label).update(f"{round(value * 100)}%")

    def watch_status(self, value: str) -> None:
        self.query_one("#status", Label).update(Content(value))
