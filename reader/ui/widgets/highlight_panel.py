"""The side panel of highlights and notes, beside the article."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

EMPTY_TEXT = (
    "No highlights yet.\n\n"
    "Move to a quote with ] and press h to highlight it; v starts a selection, n adds a note."
)


class HighlightPanel(Vertical, can_focus=True):
    """Highlights of the document in text order, with their notes and tags."""

    DEFAULT_CSS = """
    HighlightPanel { width: 36; border-left: solid $panel-lighten-2; background: $surface; padding: 0 1; }
    HighlightPanel:focus-within { border-left: solid $accent; }
    HighlightPanel > #panel-title { text-style: bold; color: $accent; height: 1; }
    HighlightPanel > #panel-empty { color: $text-muted; }
    """

    def compose(self) -> ComposeResult:
        yield Static("Highlights (0)", id="panel-title", markup=False)
        yield Static(EMPTY_TEXT, id="panel-empty", markup=False)
