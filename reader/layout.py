"""Wrap a document at a width into display rows, lazily, so the cost of a screen follows the screen.

A row is either text (a block index and a [start, end) range of that block's *display* text), a blank row
between blocks, or the rule under the title. Rows live in compact ``array('i')`` columns: a 20 MB article is a
few hundred thousand rows, and Python objects per row would cost more than the text. No text is kept here:
a row's display text is the block's (:meth:`reader.document.Document.display`, made on demand) sliced.

:meth:`Layout.extend` lays out more blocks; the article view calls it for the first screen at once and for the
rest in short slices on the event loop (``deadline``), so the first paint does not wait for the whole document
and a key never waits long for a slice. Rows only ever get appended, so rows already shown keep their numbers
while the layout grows.

Pure Python: no Textual or Rich import. Cell widths use :mod:`unicodedata` (wide CJK = 2, combining = 0).
"""

from __future__ import annotations

import unicodedata
from array import array
from bisect import bisect_right
from functools import lru_cache
from time import perf_counter
from typing import TYPE_CHECKING

from reader.blocks import PREFORMATTED, Block
from reader.document import BlockKind, Document

if TYPE_CHECKING:
    from collections.abc import Callable

    from reader.sanitize import DisplayText

BLANK = -1
"""``row_block`` value of an empty row between blocks."""
RULE = -2
"""``row_block`` value of the rule under the title."""

INDENT = {BlockKind.QUOTE: 2, BlockKind.LIST_ITEM: 2, BlockKind.CODE: 2}
"""Columns reserved before a block's text per level (the quote bar, the list bullet, the code margin)."""
MAX_DEPTH = 6
"""Deepest nesting that indents further (a hostile page's 1,000-deep list would leave no room for text)."""


def list_marker(block: Block) -> str:
    """An ordered list item's marker, ``"3. "`` (its :attr:`~reader.blocks.Block.number`), drawn where a bullet
    would be; "" for any other block. Never part of the text."""
    number = block.number
    return "" if number is None or block.kind is not BlockKind.LIST_ITEM else f"{number}. "


def depth_of(block: Block) -> int:
    """The nesting level a list item or quote is drawn at (1 to :data:`MAX_DEPTH`)."""
    return min(MAX_DEPTH, max(1, block.level))


def indent_of(block: Block) -> int:
    """Columns before ``block``'s text: 2 per level of a nested list or quote (from level 1), 2 for code; an
    ordered list item's number takes the place of its 2-column bullet (``"10. "`` is 4 columns)."""
    step = INDENT.get(block.kind, 0)
    if step and block.kind in (BlockKind.QUOTE, BlockKind.LIST_ITEM):
        marker = list_marker(block)
        return step * depth_of(block) + (len(marker) - step if marker else 0)
    return step


@lru_cache(maxsize=4096)
def char_width(char: str) -> int:
    """Terminal cells taken by ``char``."""
    if char < "\u0300":
        return 1
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def text_width(text: str) -> int:
    if text.isascii():
        return len(text)
    return sum(char_width(c) for c in text)


_ONE_CELL: set[str] = set(map(chr, range(0x300)))
"""Characters known to take one cell (all below U+0300, as :func:`char_width` says, and those found since:
typographic quotes, dashes), so a paragraph's distinct characters are checked by one C-level set difference,
not a Python call each. Bounded by :data:`_ONE_CELL_LIMIT`; adding to a set is atomic under the GIL."""
_ONE_CELL_LIMIT = 1 << 16


def one_cell_each(text: str) -> bool:
    """True when every character of ``text`` takes exactly one cell: then wrapping is plain index arithmetic.
    Only the distinct characters not seen before are checked (usually none), so it is cheap on any text."""
    if text.isascii():
        return True
    for char in set(text).difference(_ONE_CELL):
        if char_width(char) != 1:
            return False
        if len(_ONE_CELL) < _ONE_CELL_LIMIT:
            _ONE_CELL.add(char)
    return True


def wrap(text: str, width: int, keep_together: tuple[tuple[int, int], ...] = ()) -> list[tuple[int, int]]:
    """Greedy word wrap of ``text`` into (start, end) ranges of at most ``width`` cells.

    A space where a line breaks belongs to no row; a word longer than the width is broken, but never inside a
    ``keep_together`` span (a placeholder such as ``⟨U+202E⟩``), so every display cell maps to one row.
    """
    width = max(1, width)
    if one_cell_each(text):
        return _wrap_ascii(text, width, keep_together)
    return _wrap_cells(text, width, keep_together)


def _wrap_ascii(text: str, width: int, keep_together: tuple[tuple[int, int], ...] = ()) -> list[tuple[int, int]]:
    """Wrap text whose characters take one cell each (see :func:`one_cell_each`)."""
    rows: list[tuple[int, int]] = []
    pos, size = 0, len(text)
    while pos < size:
        if size - pos <= width:
            rows.append((pos, size))
            break
        cut = text.rfind(" ", pos, pos + width + 1)
        if cut <= pos:
            cut = pos + width
            for run_start, run_end in keep_together:
                if run_start < cut < run_end and run_start > pos:
                    cut = run_start
                    break
            rows.append((pos, cut))
            pos = cut
        else:
            rows.append((pos, cut))
            pos = cut + 1
    return rows or [(0, 0)]


def _wrap_cells(text: str, width: int, keep_together: tuple[tuple[int, int], ...] = ()) -> list[tuple[int, int]]:
    rows: list[tuple[int, int]] = []
    start = 0
    used = 0
    last_space = -1
    index = 0
    size = len(text)
    while index < size:
        char = text[index]
        cells = char_width(char)
        if char == " ":
            last_space = index
        if used + cells > width and index > start:
            if last_space > start:
                rows.append((start, last_space))
                start = last_space + 1
            else:
                cut = index
                for run_start, run_end in keep_together:
                    if run_start < cut < run_end and run_start > start:
                        cut = run_start
                        break
                rows.append((start, cut))
                start = cut
            used = text_width(text[start:index])
            last_space = -1
            continue
        used += cells
        index += 1
    if start < size or not rows:
        rows.append((start, size))
    return rows


class Layout:
    """Display rows of ``document`` wrapped at ``width`` columns (grown by :meth:`extend`)."""

    def __init__(self, document: Document, width: int) -> None:
        self.document = document
        self.width = max(8, width)
        self.row_block = array("i")
        self.row_start = array("i")
        self.row_end = array("i")
        self.block_rows = array("i")
        """First row of each block laid out so far."""
        self.laid_blocks = 0

    @property
    def complete(self) -> bool:
        return self.laid_blocks >= len(self.document.blocks) and self.document.complete

    @property
    def progress(self) -> float:
        document = self.document
        if self.complete or not document.blocks:
            return 1.0
        if not document.complete:  # blocks still being parsed: measure by text laid out
            return document.blocks[self.laid_blocks - 1].end / len(document.text) if self.laid_blocks else 0.0
        return self.laid_blocks / len(document.blocks)

    def __len__(self) -> int:
        return len(self.row_block)

    def block_width(self, index: int) -> int:
        return max(8, self.width - indent_of(self.document.blocks[index]))

    def extend(
        self,
        *,
        blocks: int | None = None,
        until_offset: int | None = None,
        rows: int | None = None,
        deadline: float | None = None,
        interrupted: Callable[[], bool] | None = None,
    ) -> int:
        """Lay out more blocks: ``blocks`` more, or up to the one holding ``until_offset``, or until ``rows``
        rows exist, or until ``time.perf_counter()`` passes ``deadline`` or ``interrupted()`` says so (both
        checked after each block, so a slice overruns by one block at most: ~50-100 µs for a paragraph; the app
        passes "a key is waiting"); with no limit, all of them. Returns the number of blocks laid out by this
        call."""
        document = self.document
        total = len(document.blocks)
        stop = total
        if blocks is not None:
            stop = min(total, self.laid_blocks + blocks)
        if until_offset is not None:
            stop = min(total, max(self.laid_blocks, document.block_at(until_offset) + 1))
        done = 0
        row_block, row_start, row_end = self.row_block, self.row_start, self.row_end
        while self.laid_blocks < stop:
            if rows is not None and len(row_block) >= rows:
                break
            if deadline is not None and done and (perf_counter() > deadline or (interrupted and interrupted())):
                break
            index = self.laid_blocks
            block = document.blocks[index]
            if index and not (block.kind is BlockKind.LIST_ITEM and document.blocks[index - 1].kind is block.kind):
                row_block.append(BLANK)  # between blocks; a list's items follow one another
                row_start.append(0)
                row_end.append(0)
            self.block_rows.append(len(row_block))
            display = document.display(index, keep=False)
            if block.kind in PREFORMATTED:
                rows_of = self._line_rows(index, display)
            else:
                rows_of = wrap(display.text, self.block_width(index), display.dim_runs)
            for start, end in rows_of:
                row_block.append(index)
                row_start.append(start)
                row_end.append(end)
            if block.kind is BlockKind.TITLE:
                row_block.append(RULE)
                row_start.append(0)
                row_end.append(0)
            self.laid_blocks += 1
            done += 1
        return done

    def _line_rows(self, index: int, display: DisplayText) -> list[tuple[int, int]]:
        """Rows of a preformatted block (code, a table): each of its lines on rows of its own, never joined
        with the next; a line wider than the measure is wrapped, its indentation kept on the first row."""
        width = self.block_width(index)
        rows: list[tuple[int, int]] = []
        for seg_start, seg_end in self.document.blocks[index].segments:
            begin, end = display.to_display(seg_start), display.to_display(seg_end)
            if seg_end <= seg_start or end <= begin:
                rows.append((begin, begin))
                continue
            runs = tuple((a - begin, b - begin) for a, b in display.dim_runs if a < end and b > begin)
            line = display.text[begin:end]
            if text_width(line) <= width:
                rows.append((begin, end))
                continue
            rows.extend((begin + a, begin + b) for a, b in wrap(line, width, runs))
        return rows

    # -- mapping between offsets and (row, column) ----------------------------------------------------------

    def row_of(self, offset: int) -> int:
        """The row showing original ``offset`` (laying out blocks up to it if needed)."""
        document = self.document
        if not document.blocks:
            return 0
        index = document.block_at(offset)
        if index >= self.laid_blocks:
            self.extend(until_offset=offset)
        display = document.display(index).to_display(offset)
        first = self.block_rows[index]
        last = self._last_row_of_block(index)
        return max(first, bisect_right(self.row_start, display, first, last + 1) - 1)

    def _last_row_of_block(self, index: int) -> int:
        if index + 1 < self.laid_blocks:
            row = self.block_rows[index + 1] - 1  # the blank row between blocks, if any, is skipped below
        else:
            row = len(self.row_block) - 1
        while row > self.block_rows[index] and self.row_block[row] != index:
            row -= 1
        return row

    def column_of(self, offset: int) -> tuple[int, int]:
        """(row, cell column within the row's text) of ``offset``."""
        row = self.row_of(offset)
        index = self.row_block[row]
        display = self.document.display(index)
        position = display.to_display(offset)
        return row, text_width(display.text[self.row_start[row] : position])

    def offset_at(self, row: int, column: int) -> int | None:
        """The original offset shown at ``column`` of ``row`` (None on a blank or rule row)."""
        if not 0 <= row < len(self.row_block):
            return None
        index = self.row_block[row]
        if index < 0:
            return None
        display = self.document.display(index)
        start, end = self.row_start[row], self.row_end[row]
        position = start
        used = 0
        text = display.text
        while position < end:
            cells = char_width(text[position])
            if used + cells > column:
                break
            used += cells
            position += 1
        position = min(position, max(start, end - 1)) if end > start else start
        offset = display.to_orig(position)
        if display.to_display(offset) < start:
            # The tail of a placeholder wider than a row, begun on an earlier row: the offset after it (the
            # break space, or the next character) is the one this row shows.
            after = display.to_orig(end)
            if display.to_display(after) >= start:
                return after
        return offset

    def nearest_text_row(self, row: int, direction: int) -> int | None:
        """The first text row at or after (direction 1) / before (-1) ``row``, if any."""
        size = len(self.row_block)
        while 0 <= row < size:
            if self.row_block[row] >= 0:
                return row
            row += direction
        return None

    def heading_rows(self) -> list[int]:
        return [self.block_rows[i] for i, _ in self.document.headings if i < self.laid_blocks]

    def block_of_row(self, row: int) -> int:
        """The block a row belongs to (blank and rule rows belong to the block before them)."""
        return max(0, bisect_right(self.block_rows, row) - 1)
