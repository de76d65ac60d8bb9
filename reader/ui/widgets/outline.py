"""The outline pane: the title and sub-headings; Enter (or a click) jumps the article there.

Decision: **a Line-API list, its rows drawn as they show** (:class:`~reader.ui.widgets.line_list.LineList`), not an
``OptionList``. An OptionList measures every option (wraps and formats its label) whenever it lays out: `o` on a
Markdown file of 100,000 headings held the keys 1.6 s and the next key 0.8 s (a hostile review), and a list
built progressively would still be measured whole at each step. Here `o` finds the headings (one pass over the
blocks, no text read) and a row's label is made when the row is drawn, so 100,000 headings cost what a screenful
costs. Labels are data: the heading's sanitised display text, never markup, cut to the pane by cells.
"""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from textual import events
from textual.binding import Binding, BindingType
from textual.strip import Strip

from reader.document import BlockKind, Document
from reader.layout import text_width
from reader.ui.notices import take_cells
from reader.ui.widgets.line_list import LineList

OUTLINE_TEXT_WIDTH = 22
"""Cells of a label, indent included: the pane is 28 wide less padding, border and a scrollbar."""

LABELS_KEPT = 2048
"""Labels kept once made (the rows on screen and around them); more are made again when drawn."""


class Outline(LineList):
    """Headings of the document, as data (sanitized, never markup). Row ``i`` is the ``i``-th heading.

    The rows are found on first display, not at start: a long report has thousands of headings, and the outline
    starts folded away on terminals narrower than 150 columns."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # The same moving keys as the article and the highlights panel (a keyboard-first reader: `G` here did
        # nothing, and Enter with no heading highlighted went nowhere).
        Binding("up,k", "move(-1)", "Previous", show=False),
        Binding("down,j", "move(1)", "Next", show=False),
        Binding("home,g", "edge(0)", "First", show=False),
        Binding("end,G", "edge(1)", "Last", show=False),
        Binding("enter", "choose", "Go to heading", tooltip="Move the article to this heading"),
    ]

    DEFAULT_CSS = """
    Outline { width: 28; border: none; border-right: solid $panel-lighten-2; background: $surface; padding: 0 1; }
    Outline { height: 1fr; scrollbar-gutter: auto; }
    Outline:focus { border: none; border-right: solid $accent; }
    """

    def __init__(self, document: Document, *, id: str | None = None) -> None:
        super().__init__(self._draw_heading, id=id)
        self.document = document
        self.filled = False
        self.headings: list[int] = []
        """The block index of each row's heading."""
        self._labels: dict[int, str] = {}

    def fill(self, *, again: bool = False) -> None:
        """Find the headings (once; ``again`` finds them again, when a large document finished parsing: the
        cursor stays on its heading)."""
        if self.filled and not again:
            return
        self.filled = True
        kept = self.headings[self.cursor] if self.headings and 0 <= self.cursor < len(self.headings) else None
        self.headings = [index for index, _ in self.document.headings]
        self._labels.clear()
        cursor = 0
        if kept is not None:
            from bisect import bisect_left

            cursor = min(bisect_left(self.headings, kept), max(0, len(self.headings) - 1))
        self.set_count(len(self.headings), cursor=cursor)

    def offset_of(self, row: int) -> int:
        """Where row ``row``'s heading starts in the text."""
        return self.document.blocks[self.headings[row]].start

    def label(self, row: int) -> str:
        """Row ``row``'s label: the heading's display text (indented under the title), cut to the pane."""
        label = self._labels.get(row)
        if label is None:
            index = self.headings[row]
            block = self.document.blocks[index]
            indent = "" if block.kind is BlockKind.TITLE else "  "
            label = indent + self.document.display(index, keep=False).text
            if text_width(label) > OUTLINE_TEXT_WIDTH:
                label = take_cells(label, OUTLINE_TEXT_WIDTH - 1) + "…"  # by cells: a CJK title cut by characters
                # took two rows
            if len(self._labels) >= LABELS_KEPT:
                self._labels.clear()
            self._labels[row] = label
        return label

    def _draw_heading(self, row: int, width: int, selected: bool) -> Strip:
        """Row ``row``; the cursor shows while the outline has the keys (unfocused, no heading looks current)."""
        base = self.style("cursor") if selected and self.has_focus else self.rich_style
        text = self.label(row)
        if text_width(text) > width:
            text = take_cells(text, max(0, width - 1)) + "…" if width > 0 else ""
        return Strip([Segment(text, base)]).crop_extend(0, width, base)

    def on_click(self, event: events.Click) -> None:
        """A click on a heading jumps there (as the OptionList it was did), not only selects it."""
        event.prevent_default()
        row = event.y + self.scroll_offset.y
        if 0 <= row < self.count:
            self.cursor = row
            self.post_message(self.Chosen(self, row))
