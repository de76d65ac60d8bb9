"""Build a converted document's plain text, blocks and inline styles in one pass (HTML, EPUB, Markdown).

Every converter walks its source (an element tree, a token stream) and tells the builder what it meets: a block
opens, inline text arrives with the styles around it, a code block or a table comes whole. The builder decides
what the reader's plain text is, so all converters agree on it:

* Blocks are separated by a blank line (``\\n\\n``), consecutive list items by one line break, so
  ``reader text`` prints a readable article and offsets are the same whoever converted it.
* Flowing text (paragraphs, headings, list items, quotes) has its white space collapsed, as a browser shows it:
  any run of spaces, tabs and line breaks is one space, none at a block's start or end. A ``<br>`` is a new
  segment of the block (:meth:`line_break`).
* Code keeps its lines exactly, tabs expanded to 4 columns (the terminal has no tab stops of ours); a table's
  cells are padded to their column's width and joined by ``" | "``, so its columns line up in the text itself
  and an exported highlight reads as the reader saw it.
* Markers never enter the text: emphasis, strong, code and links become :class:`InlineStyle` spans; an ordered
  list item's number is its block's :attr:`~reader.blocks.Block.number`, shown by the view as a bullet is.
* An empty block (an empty ``<p>``) is dropped with its styles.

Pure Python (the cell-width helper of :mod:`reader.layout` is the only other import).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from reader.blocks import Block, BlockKind, NumberedBlock
from reader.document import Document
from reader.document_meta import DocumentPart, InlineStyle, SourceInfo, StyleName
from reader.sanitize import without_soft_hyphens

_SPACES = re.compile(r"\s+")
"""White space in flowing text, no-break spaces included: an exported quote should hold plain spaces."""
_FLOW_KINDS = frozenset(
    {BlockKind.TITLE, BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM, BlockKind.BYLINE}
)
TAB_WIDTH = 4
CELL_SEPARATOR = " | "
MAX_TABLE_COLUMNS = 50
"""Columns kept of a table row (a hostile page's 10,000-cell row would be one unreadable line anyway)."""


class DocumentBuilder:
    """Accumulates text, blocks and styles; :meth:`document` makes the :class:`Document`, :meth:`take_part` the
    next :class:`DocumentPart` of a document converted in parts."""

    def __init__(self) -> None:
        self._parts: list[str] = []  # the text since the last document() or take_part()
        self._length = 0  # the whole text's length so far (offsets count from the document's start)
        self._last_kind: BlockKind | None = None
        self.blocks: list[Block] = []
        self.styles: list[InlineStyle] = []
        self._kind: BlockKind | None = None
        self._level = 0
        self._number: int | None = None
        self._segments: list[tuple[int, int]] = []
        self._segment_start = 0
        self._pending_space = False
        self._block_styles: list[InlineStyle] = []
        self._open_styles: list[tuple[StyleName, str, int]] = []

    # -- text ---------------------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return self._length

    @property
    def has_text(self) -> bool:
        return bool(self.blocks) or bool(self._segments) or self._in_block_text()

    def _append(self, text: str) -> None:
        if text:
            self._parts.append(text)
            self._length += len(text)

    def _separate(self, kind: BlockKind) -> None:
        """The break before a new block: none at the start, one line between list items, else a blank line."""
        if self._length == 0:
            return
        previous = self._last_kind
        self._append("\n" if kind is BlockKind.LIST_ITEM and previous is BlockKind.LIST_ITEM else "\n\n")

    def _in_block_text(self) -> bool:
        return self._kind is not None and self._length > self._segment_start

    # -- flowing blocks ---------------------------------------------------------------------------------------

    @property
    def in_block(self) -> bool:
        return self._kind is not None

    def open_block(self, kind: BlockKind, level: int = 0, *, number: int | None = None) -> None:
        """Start a flowing block (closing the one that is open, if any); ``number``: an ordered list item's."""
        if kind not in _FLOW_KINDS:
            raise ValueError(f"{kind} is not a flowing block")
        self.close_block()
        self._separate(kind)
        # A style still open from the block before (an <a> around two paragraphs) starts here, not on the break.
        self._open_styles = [(style, target, self._length) for style, target, _ in self._open_styles]
        self._kind = kind
        self._level = level
        self._number = number if kind is BlockKind.LIST_ITEM else None
        self._segments = []
        self._segment_start = self._length
        self._pending_space = False
        self._block_styles = []

    def text(self, text: str) -> None:
        """Inline text of the open block (a paragraph is opened when none is), white space collapsed, soft
        hyphens dropped (:func:`reader.sanitize.without_soft_hyphens`)."""
        text = without_soft_hyphens(text)
        if not text:
            return
        if self._kind is None:
            self.open_block(BlockKind.PARAGRAPH)
        collapsed = _SPACES.sub(" ", text)
        core = collapsed.strip(" ")
        if collapsed[0] == " ":
            self._pending_space = True
        if core:
            if self._pending_space and self._length > self._segment_start:
                self._append(" ")
            self._pending_space = False
            self._append(core)
            if collapsed[-1] == " ":
                self._pending_space = True

    def line_break(self) -> None:
        """A forced line break inside a flowing block (``<br>``, two trailing spaces in Markdown)."""
        if self._kind is None or self._length == self._segment_start:
            return
        self._segments.append((self._segment_start, self._length))
        self._append("\n")
        self._segment_start = self._length
        self._pending_space = False

    def push_style(self, style: StyleName, target: str = "") -> None:
        """Styles the text that follows until :meth:`pop_style` (nesting allowed)."""
        start = self._length + (1 if self._pending_space and self._length > self._segment_start else 0)
        self._open_styles.append((style, target, start))

    def pop_style(self) -> None:
        if not self._open_styles:
            return
        style, target, start = self._open_styles.pop()
        if self._kind is None or self._length <= start:
            return
        self._block_styles.append(InlineStyle(start, self._length, style, target))

    def close_block(self) -> None:
        """End the open flowing block; an empty one leaves nothing behind (its separator is taken back)."""
        kind = self._kind
        if kind is None:
            return
        if self._length > self._segment_start:
            self._segments.append((self._segment_start, self._length))
        elif self._segments and self._parts and self._parts[-1] == "\n":
            self._parts.pop()  # a trailing <br>
            self._length -= 1
        for style, target, start in reversed(self._open_styles):  # styles still open end with the block
            if self._length > start:
                self._block_styles.append(InlineStyle(start, self._length, style, target))
        self._open_styles = [(style, target, self._length) for style, target, _ in self._open_styles]
        self._kind = None
        self._pending_space = False
        if not self._segments:
            self._take_back_separator()
            return
        segments = tuple(self._segments)
        number, level = self._number, self._level
        block = Block(kind, segments, level) if number is None else NumberedBlock(kind, segments, level, number=number)
        self.blocks.append(block)
        self._last_kind = kind
        end = self._length  # a style that ended after a trailing break taken back above ends with the text
        self.styles.extend(
            s._replace(end=min(s.end, end)) for s in self._block_styles if min(s.end, end) > s.start
        )
        self._segments = []
        self._block_styles = []

    def _take_back_separator(self) -> None:
        while self._parts and self._parts[-1] in ("\n", "\n\n"):
            self._length -= len(self._parts.pop())

    # -- whole blocks -------------------------------------------------------------------------------------------

    def title(self, text: str) -> None:
        self.block(BlockKind.TITLE, text, level=1)

    def byline(self, text: str) -> None:
        self.block(BlockKind.BYLINE, text)

    def block(self, kind: BlockKind, text: str, level: int = 0) -> None:
        """A whole flowing block of plain text."""
        self.open_block(kind, level)
        self.text(text)
        self.close_block()

    def image(self, caption: str = "") -> None:
        """A placeholder for a picture: ``[image: caption]``, or ``[image]`` when it has none."""
        caption = " ".join(caption.split())
        self._lines(BlockKind.IMAGE, [f"[image: {caption}]" if caption else "[image]"], 0)

    def code(self, text: str, language: str = "") -> None:
        """A code block: its lines as they are (tabs expanded, trailing blanks and blank edges dropped)."""
        del language  # accepted for the converters' sake; not shown yet
        lines = [line.expandtabs(TAB_WIDTH).rstrip() for line in text.replace("\r\n", "\n").split("\n")]
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        self._lines(BlockKind.CODE, lines, 0)

    def table(self, rows: Sequence[Sequence[str]], *, header: bool = False) -> None:
        """A table: each cell's text on one line, padded to its column's width, cells joined by ``" | "``."""
        from reader.layout import text_width

        cells = [[" ".join(without_soft_hyphens(cell).split()) for cell in row[:MAX_TABLE_COLUMNS]] for row in rows]
        cells = [row for row in cells if any(row)]
        if not cells:
            return
        columns = max(len(row) for row in cells)
        widths = [0] * columns
        for row in cells:
            for number, cell in enumerate(row):
                widths[number] = max(widths[number], text_width(cell))
        lines = []
        for row in cells:
            while len(row) > 1 and not row[-1]:
                row = row[:-1]  # a short row ends with its last cell, not with separators of absent ones
            padded = [cell + " " * (widths[n] - text_width(cell)) for n, cell in enumerate(row)]
            lines.append(CELL_SEPARATOR.join(padded).rstrip())
        self._lines(BlockKind.TABLE, lines, 1 if header and len(lines) > 1 else 0)

    def _lines(self, kind: BlockKind, lines: list[str], level: int) -> None:
        self.close_block()
        lines = [without_soft_hyphens(line) for line in lines]
        if not any(line.strip() for line in lines):
            return
        self._separate(kind)
        segments = []
        for number, line in enumerate(lines):
            if number:
                self._append("\n")
            segments.append((self._length, self._length + len(line)))
            self._append(line)
        self.blocks.append(Block(kind, tuple(segments), level=level))
        self._last_kind = kind

    # -- results ------------------------------------------------------------------------------------------------

    def _take_text(self) -> str:
        self.close_block()
        text = "".join(self._parts)
        self._parts = []
        return text

    def document(
        self,
        info: SourceInfo,
        *,
        replaced_bytes: int = 0,
        doc_id: str | None = None,
        rest: Callable[[], DocumentPart | None] | None = None,
    ) -> Document:
        """The document built so far (the builder may go on, for ``rest``, with :meth:`take_part`). Call it once,
        before any :meth:`take_part`: the document's text starts at offset 0."""
        text = self._take_text()
        blocks, styles = self.blocks, self.styles
        self.blocks, self.styles = [], []
        return Document(
            text,
            blocks=blocks,
            styles=styles,
            info=info,
            path=info.path or info.url,
            replaced_bytes=replaced_bytes,
            doc_id=doc_id,
            rest=rest,
        )

    def take_part(self) -> DocumentPart:
        """What was built since the last :meth:`document` or :meth:`take_part`, as a part to append."""
        part = DocumentPart(self._take_text(), self.blocks, self.styles)
        self.blocks, self.styles = [], []
        return part
