"""Text into blocks: title, headings, paragraphs, block quotes and list items, as exact original-text segments.

The first step of :mod:`reader.document`, kept apart because it is the part that runs over a whole file (and, for
a large one, in two steps: :func:`first_part_end` bounds what is parsed before the first paint). Chunks of
non-blank lines are found with C-speed regex scans; each becomes one block, or several in Markdown. Plain text:
the first line is the title; a one-line paragraph of 2–16 words that starts with a capital and does not end in
punctuation is a sub-heading; a long run of lines with one longer than :data:`PARAGRAPH_LINE` is text written
one paragraph per line, each line a block (see :data:`PARAGRAPH_LINES`). Markdown: ``#`` headings, ``>``
quotes, ``-``/``*``/``+``/``1.`` list items. No Textual or Rich import here.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from enum import StrEnum

from reader.gc_pause import paused


class BlockKind(StrEnum):
    """What a block is, which decides how it is set."""

    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    QUOTE = "quote"
    LIST_ITEM = "list_item"
    BYLINE = "byline"
    """The author and date line under a title (converted sources)."""
    CODE = "code"
    """Preformatted: one segment per source line, shown line for line (never reflowed)."""
    TABLE = "table"
    """Preformatted: one segment per row, cells padded so columns line up; ``level`` 1 when row 0 is a header."""
    IMAGE = "image"
    """A placeholder such as ``[image: caption]`` where a picture was."""


PREFORMATTED = frozenset({BlockKind.CODE, BlockKind.TABLE})
"""Kinds whose segments are lines to keep as they are, not a paragraph's pieces to reflow."""


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range ``[start, end)`` of offsets into the document text."""

    start: int
    end: int


class Block:
    """A title, heading, paragraph, block quote, list item, byline, code block, table or image placeholder.

    ``segments`` are the original (start, end) pieces of its content, one per source line, without Markdown
    markers and surrounding blanks; ``start``/``end`` span all of them. ``level`` is a heading's level, a list
    item's or block quote's depth (converted sources), or 1 for a table whose first row is a header.

    Stored as ``start``/``end`` slots, and the segments kept (as a flat array of offsets) only when there are
    several: a tuple of (start, end) tuples per block, with their int objects, was ~60% of the blocks' memory
    (at 20 MB, 13 MB of blocks in the app and as much again in the quotation finder's child; issue 14's memory).
    Reading ``start`` and ``end`` is also a slot read instead of two indexings; ``segments`` is built when
    asked (a tuple of a few pairs: layout, display text and motions ask once per block or per move).
    """

    __slots__ = ("end", "kind", "level", "start", "_several")

    number: int | None = None
    """An ordered list item's number (``<ol>``, ``1.`` in Markdown), shown by the view in place of a bullet, never
    part of the text; None for every other block. Only :class:`NumberedBlock` holds one (a slot every block paid
    for would cost the memory issue 14 saved)."""

    def __init__(self, kind: BlockKind, segments: tuple[tuple[int, int], ...], level: int = 0) -> None:
        self.kind = kind
        self.level = level
        self.start = segments[0][0] if segments else 0
        self.end = segments[-1][1] if segments else 0
        self._several = None if len(segments) == 1 else array("q", [offset for pair in segments for offset in pair])

    @property
    def segments(self) -> tuple[tuple[int, int], ...]:
        several = self._several
        if several is None:
            return ((self.start, self.end),)
        return tuple(zip(several[0::2], several[1::2], strict=True))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Block):
            return NotImplemented
        return (self.kind, self.segments, self.level, self.number) == (
            other.kind, other.segments, other.level, other.number
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass it replaces

    def __repr__(self) -> str:
        number = f", number={self.number!r}" if self.number is not None else ""
        return f"Block(kind={self.kind!r}, segments={self.segments!r}, level={self.level!r}{number})"


class NumberedBlock(Block):
    """A list item of an ordered list, with its :attr:`number`."""

    __slots__ = ("number",)

    def __init__(
        self, kind: BlockKind, segments: tuple[tuple[int, int], ...], level: int = 0, *, number: int
    ) -> None:
        super().__init__(kind, segments, level)
        self.number = number


_TITLE_CASE_END = re.compile(r"[.!?,;:\"”’»…]\s*$")
_MD_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$")
_MD_LIST = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_MD_QUOTE = re.compile(r"^[ \t]*>[ \t]?")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line's content, without its line break (see the module note on ``\\r``)."""
    breaks = re.compile(r"\r" if "\n" not in text else r"\r?\n")
    spans: list[tuple[int, int]] = []
    start = 0
    for match in breaks.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


_LEADING_BLANKS = " \t\f\v\u00a0\ufeff"
_TRAILING_BLANKS = " \t\f\v\u00a0\r"
_NOT_BLANK = rf"(?![{_LEADING_BLANKS}]*+[{_TRAILING_BLANKS}]*+$)"
_CHUNK = re.compile(rf"(?m)^{_NOT_BLANK}[^\n]*(?:\n{_NOT_BLANK}[^\n]*)*")
"""A run of non-blank lines in a text whose line breaks are ``\\n`` (a trailing ``\\r`` is stripped as a blank).
A line is blank when :func:`_strip` leaves nothing of it: leading blanks, then trailing blanks. The quantifiers
are possessive (Python 3.11): the two classes share the spaces, and backtracking between them made a line of N
blanks before a word cost N² (80,000 spaces: 17 s; a hostile review's finding). Taking the longest run of
leading blanks first loses nothing: what a blank line has after it is trailing blanks all the same."""


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _LEADING_BLANKS:
        start += 1
    while end > start and text[end - 1] in _TRAILING_BLANKS:
        end -= 1
    return start, end


def _chunks(text: str, start: int = 0, end: int | None = None) -> list[list[tuple[int, int]]]:
    """Lines grouped into chunks separated by blank lines; each line stripped of surrounding blanks.

    Texts with ``\\n`` breaks (nearly all) find their chunks with one C-speed regex scan, so a 20 MB article
    costs a Python step per paragraph, not per line; classic-Mac ``\\r`` texts take the line-by-line path."""
    if "\n" not in text:
        return _chunks_by_line(text)  # never lazy: a text without \n is parsed whole
    chunks: list[list[tuple[int, int]]] = []
    append = chunks.append
    find = text.find
    for match in _CHUNK.finditer(text, start, len(text) if end is None else end):
        start, end = match.span()
        if find("\n", start, end) < 0:
            if text[start] in _LEADING_BLANKS or text[end - 1] in _TRAILING_BLANKS:
                append([_strip(text, start, end)])
            else:
                append([(start, end)])
            continue
        lines: list[tuple[int, int]] = []
        while True:
            newline = find("\n", start, end)
            line_end = end if newline < 0 else newline
            s, e = _strip(text, start, line_end)
            if s < e:
                lines.append((s, e))
            if newline < 0:
                break
            start = newline + 1
        append(lines)
    return chunks


def _chunks_by_line(text: str) -> list[list[tuple[int, int]]]:
    """:func:`_chunks` one line at a time (the reference; used for texts without ``\\n``)."""
    chunks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for start, end in _lines(text):
        s, e = _strip(text, start, end)
        if s == e:
            if current:
                chunks.append(current)
                current = []
            continue
        current.append((s, e))
    if current:
        chunks.append(current)
    return chunks


def _looks_like_heading(text: str, lines: list[tuple[int, int]]) -> bool:
    if len(lines) != 1:
        return False
    start, end = lines[0]
    if end - start > 100:
        return False  # cheap test first: a paragraph is not copied and split only to be refused
    line = text[start:end]
    words = line.split()
    return (
        2 <= len(words) <= 16
        and len(line) <= 100
        and line[0].isupper()
        and not _TITLE_CASE_END.search(line)
        and line[0] not in "\"“„«‘'"
    )


LAZY_THRESHOLD = 1_000_000
"""Characters above which a document's blocks are parsed in two steps: the first part at once, the rest later
(see :meth:`Document.finish_parsing`), so a large file's first screen does not wait for all of it."""
FIRST_PART = 200_000
"""Characters parsed at once in a lazy document (cut at the next blank line): many screens' worth."""
_BLANK_LINE = re.compile(r"\n[ \t\f\v\r\u00a0]*\n")


def first_part_end(text: str) -> int:
    return part_end(text, 0)


REST_PART = 32_000
"""Characters of a large plain text's rest parsed per step (:meth:`reader.document.Document.finish_parsing`):
~0.2-1 ms of work, so a worker that gives way between parts (:mod:`reader.give_way`) notices a key within
that."""


def part_end(text: str, start: int, size: int | None = None) -> int:
    """Where a part of a plain text parsed alone from ``start`` ends: after the first blank line at least
    ``size`` (default :data:`FIRST_PART`) characters on (a blank line ends every block of plain text, so the
    parts' blocks are the whole text's), or at the end."""
    match = _BLANK_LINE.search(text, start + (FIRST_PART if size is None else size))
    return match.end() if match else len(text)


def first_part_alone(start: str) -> bool:
    """True when the first part of ``start`` (to :func:`first_part_end`) has the blocks it has in any text that
    begins with ``start`` (a large file's text decoded in two steps): ``start`` has a line break (a text with
    none is split at ``\\r``, which the whole text decides) and a blank line after the first part, before its
    end (a blank line found in ``start`` is the one found in the whole text)."""
    return "\n" in start and first_part_end(start) < len(start)


def parse_quietly(text: str, markdown: bool, start: int, end: int, *, first: bool) -> list[Block]:
    """:func:`_parse_blocks` with the cyclic GC paused: the parse allocates a few objects per paragraph and
    frees none, and collections re-scanning the growing heap were about half the time of a 20 MB parse."""
    with paused():  # counted, so the start-up worker and the UI thread's own pause cannot race
        return _parse_blocks(text, markdown, start, end, first=first)


def _parse_blocks(
    text: str, markdown: bool, start: int = 0, end: int | None = None, *, first: bool = True
) -> list[Block]:
    """Blocks of ``text[start:end]`` (a slice that starts and ends at line boundaries); ``first`` when it is the
    beginning of the document (where the title is)."""
    blocks: list[Block] = []
    chunks = _chunks(text, start, len(text) if end is None else end)
    if markdown:
        for chunk in chunks:
            blocks.extend(_markdown_blocks(text, chunk, first=first and not blocks))
        return blocks
    for number, chunk in enumerate(chunks):
        if number == 0 and first:
            blocks.append(Block(BlockKind.TITLE, (chunk[0],)))
            chunk = chunk[1:]
            if not chunk:
                continue
            if not _lines_are_paragraphs(text, chunk):
                blocks.append(Block(BlockKind.PARAGRAPH, tuple(chunk)))
                continue
        if len(chunk) > 1 and _lines_are_paragraphs(text, chunk):
            for line in chunk:
                kind = BlockKind.HEADING if _looks_like_heading(text, [line]) else BlockKind.PARAGRAPH
                blocks.append(Block(kind, (line,), level=2 if kind is BlockKind.HEADING else 0))
        elif _looks_like_heading(text, chunk):
            blocks.append(Block(BlockKind.HEADING, tuple(chunk), level=2))
        else:
            blocks.append(Block(BlockKind.PARAGRAPH, tuple(chunk)))
    return blocks


PARAGRAPH_LINE = 160
"""A line longer than this in a run of lines may make each of its lines a paragraph of its own: text written one
paragraph per line (as many exports and news archives are, with no blank line between paragraphs), never
hard-wrapped prose, whose lines stay under ~100 characters. Without it such an article was one paragraph."""

PARAGRAPH_LINES = 10
"""With a line over :data:`PARAGRAPH_LINE`, a run of at least this many lines is paragraphs, one per line. A
shorter run is too, when most of its long lines hold more than one sentence; otherwise it is one paragraph
written a sentence per line (2-7 lines, each one sentence), which is read as one paragraph as before."""

_INNER_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+[\"“‘(]*[A-Z]")


def _lines_are_paragraphs(text: str, chunk: list[tuple[int, int]]) -> bool:
    long = [(start, end) for start, end in chunk if end - start > PARAGRAPH_LINE]
    if not long:
        return False
    if len(chunk) >= PARAGRAPH_LINES:
        return True
    several = sum(1 for start, end in long if _INNER_SENTENCE_END.search(text, start, end - 1))
    return several * 2 > len(long)


def _markdown_blocks(text: str, chunk: list[tuple[int, int]], *, first: bool) -> list[Block]:
    blocks: list[Block] = []
    pending: list[tuple[int, int]] = []
    pending_kind = BlockKind.PARAGRAPH

    def flush() -> None:
        nonlocal pending, pending_kind
        if pending:
            blocks.append(Block(pending_kind, tuple(pending)))
        pending = []
        pending_kind = BlockKind.PARAGRAPH

    for start, end in chunk:
        line = text[start:end]
        heading = _MD_HEADING.match(line)
        if heading:
            flush()
            s, e = _strip(text, start + heading.start(2), start + heading.end(2))
            if s < e:
                level = len(heading.group(1))
                kind = BlockKind.TITLE if level == 1 and first and not blocks else BlockKind.HEADING
                blocks.append(Block(kind, ((s, e),), level=level))
            continue
        quote = _MD_QUOTE.match(line)
        if quote:
            if pending_kind is not BlockKind.QUOTE:
                flush()
                pending_kind = BlockKind.QUOTE
            s, e = _strip(text, start + quote.end(), end)
            if s < e:
                pending.append((s, e))
            continue
        item = _MD_LIST.match(line)
        if item:
            flush()
            pending_kind = BlockKind.LIST_ITEM
            s, e = _strip(text, start + item.end(), end)
            if s < e:  # "- " followed only by blanks (a BOM, a no-break space) is an empty item so far
                pending.append((s, e))
            continue
        pending.append((start, end))
    flush()
    return [b for b in blocks if b.segments and b.segments[0][0] < b.segments[-1][1]]
