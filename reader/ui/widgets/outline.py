"""The outline pane: the title and sub-headings; Enter jumps the article there."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.document import BlockKind, Document
from reader.layout import text_width
from reader.ui.notices import take_cells

OUTLINE_TEXT_WIDTH = 22
"""Cells of a label, indent included: the pane is 28 wide less padding, border and a scrollbar."""


class Outline(OptionList):
    """Headings of the document, as data (sanitized, never markup). The option id is the block's offset.

    The options are built on first display, not at start: a long report has thousands of headings, and the
    outline starts folded away on terminals narrower than 150 columns.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        # The same moving keys as the article and the highlights panel (a keyboard-first reader: `G` here did
        # nothing, and Enter with no heading highlighted went nowhere).
        Binding("up,k", "cursor_up", "Previous", show=False),
        Binding("down,j", "cursor_down", "Next", show=False),
        Binding("home,g", "first", "First", show=False),
        Binding("end,G", "last", "Last", show=False),
        Binding("enter", "select", "Go to heading", tooltip="Move the article to this heading"),
    ]

    DEFAULT_CSS = """
    Outline { width: 28; border: none; border-right: solid $panel-lighten-2; background: $surface; padding: 0 1; }
    Outline { height: 1fr; }
    Outline:focus { border: none; border-right: solid $accent; }
    """

    def __init__(self, document: Document, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.document = document
        self.filled = False

    def fill(self, *, again: bool = False) -> None:
        """Build the heading options (once; ``again`` rebuilds them, when a large document finished parsing)."""
        if self.filled and not again:
            return
        self.filled = True
        self.clear_options()
        document = self.document
        options = []
        for index, block in document.headings:
            indent = "" if block.kind is BlockKind.TITLE else "  "
            text = indent + document.display(index).text
            if text_width(text) > OUTLINE_TEXT_WIDTH:
                # Cut by cells (a CJK title cut by characters took two rows); not Content.truncate, which costs
                # ~70 µs a label, too much for thousands of headings: this reads only the label's first cells.
                text = take_cells(text, OUTLINE_TEXT_WIDTH - 1) + "…"
            label = Content(text)
            options.append(Option(label, id=str(block.start)))
        self.add_options(options)
