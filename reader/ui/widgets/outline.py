"""The outline pane: the title and sub-headings; Enter jumps the article there."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.document import BlockKind, Document

OUTLINE_TEXT_WIDTH = 24


class Outline(OptionList):
    """Headings of the document, as data (sanitized, never markup). The option id is the block's offset."""

    DEFAULT_CSS = """
    Outline { width: 28; border: none; border-right: solid $panel-lighten-2; background: $surface; padding: 0 1; }
    Outline { height: 1fr; }
    Outline:focus { border: none; border-right: solid $accent; }
    """

    def __init__(self, document: Document, *, id: str | None = None) -> None:
        options = []
        for index, block in document.headings:
            text = document.display(index).text
            if len(text) > OUTLINE_TEXT_WIDTH:
                # A plain slice: Content.truncate costs ~70 µs a label, too much for thousands of headings.
                text = text[: OUTLINE_TEXT_WIDTH - 1] + "…"
            label = Content(text) if block.kind is BlockKind.TITLE else Content("  " + text)
            options.append(Option(label, id=str(block.start)))
        super().__init__(*options, id=id)
        self.document = document
