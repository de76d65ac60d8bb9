"""An HTML element tree to a document's blocks and inline styles, through :class:`DocumentBuilder`.

Shared by the web page source (:mod:`reader.sources.html`: its fallback when no article is found) and the EPUB
source (each chapter's XHTML). It does no boilerplate removal: every visible element is kept, in order. The tree
comes from :mod:`reader.sources.html_parse`; what one element is (hidden, a link's target, a picture's caption,
its text) is :mod:`reader.sources.html_elements`'s answer, shared with the page source. Their public names are
importable from here too.

Decisions:

* The walk is iterative (an explicit stack), never recursive: 100,000 nested elements cost memory, not the
  Python stack. It stops after :data:`MAX_ELEMENTS` elements or :data:`MAX_TEXT` characters with a notice
  paragraph at the end, and :func:`add_html` returns True. Both limits are read from this module when the walk
  runs, so a test (or a caller) may lower them here.
* Blocks: ``h1``-``h6`` headings; ``p``, ``div`` and the other block elements are paragraph breaks, whose text
  takes the kind of the innermost ``blockquote`` (QUOTE, level = quote depth), ``li`` (LIST_ITEM, level = list
  depth; every block of an item, continuation paragraphs too, stays a list item so the list reads as one) or
  heading around it. An ``ol`` item's first block carries its number (``start``, ``reversed`` and an item's
  ``value`` honoured) as :attr:`~reader.blocks.Block.number`, for the view to show in place of the bullet; the
  number is not text, as a bullet is not. ``pre`` is a CODE block; a ``figure`` with a single picture is one
  image placeholder with its caption; ``img`` is ``[image: alt]`` (no placeholder for a picture whose caption
  says nothing of it).
* Tables: a data table becomes a TABLE block (header when its first row is all ``th`` or in ``thead``; a
  ``colspan`` adds empty cells; its ``caption`` is a paragraph before it). A layout table (one holding a nested
  table, headings, lists, quotes, code, or a cell of more than 300 characters, or a single column) is walked as
  paragraphs instead: a page laid out with tables is not a grid of text.
* Inline: ``em``/``i``/``cite``/``dfn`` em, ``strong``/``b`` strong, ``code``/``kbd``/``samp``/``tt`` code,
  ``a[href]`` a link (its target as :func:`link_target` keeps it). ``q`` gets the curly quotation marks a
  browser shows.
* Skipped whole: ``script``, ``style``, ``noscript``, ``template``, ``svg``, ``head``, embedded objects, form
  controls, and what no reader sees (:func:`is_hidden`).
* Styles are handed to the builder one block at a time: the walker re-opens the styles still in force at the
  start of each block and closes them at its end, so a style never spans a block separator.
"""

from __future__ import annotations

import re
from typing import Any, Final

from reader.blocks import BlockKind
from reader.document_meta import StyleName
from reader.sources.builder import DocumentBuilder
from reader.sources.html_elements import (
    BLOCK_TAGS,
    HEADING_LEVELS,
    MAX_TEXT,
    SKIPPED_TAGS,
    gather_text,
    image_caption,
    is_hidden,
    is_pixel,
    link_target,
    tag_name,
)
from reader.sources.html_parse import parse_html, parse_html_text

MAX_ELEMENTS: Final = 1_000_000
"""Elements one :func:`add_html` call visits before it stops."""

TRUNCATED_NOTICE: Final = "[The rest of this document is not shown: it is larger than the reader's limits.]"

_LISTS = frozenset({"ul", "ol", "menu", "dir"})
_STYLES: dict[str, StyleName] = {"em": "em", "i": "em", "cite": "em", "dfn": "em", "strong": "strong", "b": "strong"}
_STYLES.update({"code": "code", "kbd": "code", "samp": "code", "tt": "code"})
_LAYOUT_SIGNS = frozenset({"table", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre"})
_LAYOUT_CELL = 300
_LANGUAGE = re.compile(r"\blang(?:uage)?-([\w+#.\-]{1,30})")

_MAX_OPEN_STYLES = 16
"""Distinct inline styles in force at once (each block re-opens them: a bound keeps that cheap)."""
_MAX_LEVEL = 10
"""Deepest list or quote level given to a block (deeper nesting is shown at this level)."""
_MAX_NUMBER = 10**9
"""The largest list item number taken from ``start`` or ``value`` (a bigger one is ignored)."""

# Undo flags of an element's exit marker on the walk stack.
_CLOSE = 1  # a block boundary: close the open block
_CONTEXT = 2  # it pushed a block context (heading, list item, quote)
_STYLE = 4  # it pushed an inline style
_LIST = 8  # it deepened list nesting
_QUOTE = 16  # it deepened quote nesting
_Q = 32  # an inline quotation: close it with a quotation mark
_BOUNDARY = 64  # a block element (p, div...): a new block, or a new line within a list item


# -- tables and code ----------------------------------------------------------------------------------------------


def _language(pre: Any) -> str:
    for element in (pre, pre[0] if len(pre) else None):
        if element is not None:
            found = _LANGUAGE.search(element.get("class", "") or "")
            if found:
                return found.group(1)
    return ""


def _own_rows(table: Any) -> list[tuple[Any, bool]]:
    """(tr, in thead) for the rows of ``table`` itself (not those of a nested table)."""
    rows: list[tuple[Any, bool]] = []
    for child in table:
        tag = tag_name(child)
        if tag == "tr":
            rows.append((child, False))
        elif tag in ("thead", "tbody", "tfoot"):
            rows.extend((row, tag == "thead") for row in child if tag_name(row) == "tr")
    return rows


def _is_layout_table(table: Any, rows: list[tuple[Any, bool]]) -> bool:
    for element in table.iterdescendants():
        if tag_name(element) in _LAYOUT_SIGNS:
            return True
    widest = 0
    for row, _ in rows:
        cells = [cell for cell in row if tag_name(cell) in ("td", "th")]
        widest = max(widest, len(cells))
        if any(len(gather_text(cell, limit=_LAYOUT_CELL + 1)) > _LAYOUT_CELL for cell in cells):
            return True
    return widest < 2


def _span(cell: Any) -> int:
    try:
        return max(1, min(int(cell.get("colspan", "1").strip() or 1), 50))
    except ValueError:
        return 1


def _number(value: str | None) -> int | None:
    """A list number attribute's value (``start``, ``value``), or None when it is not a sensible integer."""
    try:
        number = int((value or "").strip())
    except ValueError:
        return None
    return number if abs(number) <= _MAX_NUMBER else None


def _counter(ol: Any) -> tuple[int, int]:
    """The first number of an ``ol`` and its step (``reversed`` counts down from the number of its items)."""
    start = _number(ol.get("start"))
    if ol.get("reversed") is None:
        return (1 if start is None else start), 1
    if start is None:
        start = sum(1 for child in ol if tag_name(child) == "li")
    return start, -1


# -- the walk -----------------------------------------------------------------------------------------------------


class _Walker:
    def __init__(self, builder: DocumentBuilder, base_url: str) -> None:
        self.builder = builder
        self.base_url = base_url
        self.start = len(builder)
        self.contexts: list[tuple[BlockKind, int]] = [(BlockKind.PARAGRAPH, 0)]
        self.styles: list[tuple[StyleName, str]] = []
        self.list_depth = 0
        self.counters: list[tuple[int, int] | None] = []
        """Per open list, innermost last: an ``ol``'s (next number, step: 1, or -1 when ``reversed``); None for
        a bulleted list."""
        self.numbers: dict[int, int] = {}
        """The number of the list item at each level whose first block is not yet open."""
        self.quote_depth = 0
        self.elements = 0
        self.stopped = False
        self.pending_break = False
        """A ``<br>`` (or a list item's paragraph end) not yet written: written when more text follows in the
        block, so no line break ends a block and no style covers one there."""

    # blocks and text

    def ensure_block(self) -> None:
        if not self.builder.in_block:
            kind, level = self.contexts[-1]
            number = self.numbers.pop(level, None) if kind is BlockKind.LIST_ITEM else None
            self.builder.open_block(kind, level, number=number)
            for style, target in self.styles:
                self.builder.push_style(style, target)

    def close(self) -> None:
        self.pending_break = False
        if self.builder.in_block:
            self.builder.close_block()
            for _ in self.styles:
                self.builder.pop_style()

    def boundary(self) -> None:
        """Where a block element starts or ends: a new block, except inside a list item, whose paragraphs go on
        new lines of the item's one block (one bullet per item, as the Markdown source does)."""
        if self.contexts[-1][0] is BlockKind.LIST_ITEM:
            self.pending_break = self.builder.in_block
        else:
            self.close()

    def room(self) -> int:
        return MAX_TEXT - (len(self.builder) - self.start)

    def emit(self, text: str | None) -> None:
        if not text or (not self.builder.in_block and text.isspace()):
            return
        room = self.room()
        if len(text) > room:
            text = text[: max(room, 0)]
            self.stopped = True
        self.ensure_block()
        if self.pending_break and not text.isspace():
            self.builder.line_break()
            self.pending_break = False
        self.builder.text(text)

    # whole elements

    def image(self, caption: str) -> None:
        self.close()
        self.builder.image(caption)

    def figure(self, figure: Any) -> bool:
        """One picture with its caption as one placeholder; False when the figure holds more than that."""
        images = [e for e in figure.iter() if tag_name(e) == "img" and not is_pixel(e)]
        if len(images) != 1:
            return False
        captions = [e for e in figure.iter() if tag_name(e) == "figcaption"]
        caption = " ".join(" ".join(gather_text(c, limit=2000).split()) for c in captions)
        if " ".join(gather_text(figure, limit=4000).split()) != caption:
            return False  # more than a picture and its caption: walk it
        caption = caption or image_caption(images[0])
        if caption:
            self.image(caption)
        return True

    def table(self, table: Any) -> bool:
        """A data table as a TABLE block; False for a layout table (walked as paragraphs)."""
        rows = _own_rows(table)
        if not rows or _is_layout_table(table, rows):
            return False
        self.close()
        for child in table:
            if tag_name(child) == "caption":
                self.builder.block(BlockKind.PARAGRAPH, gather_text(child, limit=2000))
        cells: list[list[str]] = []
        header = False
        budget = self.room()
        for number, (row, in_head) in enumerate(rows):
            own = [cell for cell in row if tag_name(cell) in ("td", "th")]
            line: list[str] = []
            for cell in own:
                line.append(gather_text(cell, limit=2000))
                line.extend("" for _ in range(_span(cell) - 1))
            if number == 0:
                header = in_head or (bool(own) and all(tag_name(cell) == "th" for cell in own))
            while line and not line[-1].strip():
                line.pop()  # trailing empty cells (a colspan's padding) add nothing but a separator
            cells.append(line)
            budget -= sum(len(cell) + 3 for cell in line)
            self.elements += len(own)
            if budget <= 0 or self.elements > MAX_ELEMENTS:
                self.stopped = True
                break
        self.builder.table(cells, header=header)
        return True

    def code(self, pre: Any) -> None:
        self.close()
        room = self.room()
        text = gather_text(pre, preformatted=True, limit=max(room, 0))
        if len(text) >= room:
            self.stopped = True
        self.builder.code(text, _language(pre))

    # the walk

    def run(self, root: Any) -> bool:
        stack: list[tuple[Any, int]] = [(root, -1)]
        while stack and not self.stopped:
            element, undo = stack.pop()
            if undo >= 0:
                self.leave(undo)
                self.emit(element.tail)
                continue
            self.elements += 1
            if self.elements > MAX_ELEMENTS or self.room() <= 0:
                self.stopped = True
                break
            if not self.visit(element, stack):
                self.emit(element.tail)
        self.close()
        if self.stopped:
            self.builder.block(BlockKind.PARAGRAPH, TRUNCATED_NOTICE)
        return self.stopped

    def visit(self, element: Any, stack: list[tuple[Any, int]]) -> bool:
        """Handle entering ``element``; True when its children and exit were pushed on ``stack`` (its tail is
        then emitted on exit), False when it was handled whole (the caller emits its tail)."""
        tag = tag_name(element)
        if tag is None or tag in SKIPPED_TAGS or is_hidden(element):
            return False
        if tag == "br":
            self.pending_break = self.builder.in_block
            return False
        if tag == "hr":
            self.close()
            return False
        if tag == "img":
            caption = "" if is_pixel(element) else image_caption(element)
            if caption:
                self.image(caption)
            return False
        if tag == "pre":
            self.code(element)
            return False
        if tag == "table" and self.table(element):
            return False
        if tag == "figure" and self.figure(element):
            return False
        undo = self.enter(tag, element)
        self.emit(element.text)
        stack.append((element, undo))
        stack.extend((child, -1) for child in reversed(element))
        return True

    def enter(self, tag: str, element: Any) -> int:
        level = HEADING_LEVELS.get(tag)
        if level is not None:
            self.close()
            self.contexts.append((BlockKind.HEADING, level))
            return _CLOSE | _CONTEXT
        if tag in _LISTS:
            self.close()
            self.list_depth += 1
            self.counters.append(_counter(element) if tag == "ol" else None)
            return _CLOSE | _LIST
        if tag in BLOCK_TAGS:
            self.boundary()
            return _BOUNDARY
        if tag == "li":
            self.close()
            level = min(max(self.list_depth, 1), _MAX_LEVEL)
            self.contexts.append((BlockKind.LIST_ITEM, level))
            for deeper in [key for key in self.numbers if key >= level]:
                del self.numbers[deeper]  # an earlier item that never showed text keeps no number for this one
            counter = self.counters[-1] if self.counters else None
            if counter is not None:
                number = _number(element.get("value"))
                number = counter[0] if number is None else number
                self.counters[-1] = (number + counter[1], counter[1])
                self.numbers[level] = number
            return _CLOSE | _CONTEXT
        if tag == "blockquote":
            self.close()
            self.quote_depth += 1
            self.contexts.append((BlockKind.QUOTE, min(self.quote_depth, _MAX_LEVEL)))
            return _CLOSE | _CONTEXT | _QUOTE
        style = _STYLES.get(tag)
        if style is None and tag == "a" and element.get("href") is not None:
            style = "link"
        if style is not None:
            target = link_target(element.get("href", ""), self.base_url) if style == "link" else ""
            if (style, target) in self.styles or len(self.styles) >= _MAX_OPEN_STYLES:
                return 0  # already in force (an <em> in an <em>), or a hostile pile of nested styles
            self.styles.append((style, target))
            if self.builder.in_block:
                if self.pending_break:
                    self.builder.line_break()
                    self.pending_break = False
                self.builder.push_style(style, target)
            return _STYLE
        if tag == "q":
            self.emit("\u201c")
            return _Q
        return 0

    def leave(self, undo: int) -> None:
        if undo & _Q:
            if self.builder.in_block:
                self.builder.text("\u201d")
        if undo & _STYLE:
            self.styles.pop()
            if self.builder.in_block:
                self.builder.pop_style()
        if undo & _CLOSE:
            self.close()
        if undo & _BOUNDARY:
            self.boundary()
        if undo & _CONTEXT:
            self.contexts.pop()
        if undo & _LIST:
            self.list_depth -= 1
            if self.counters:
                self.counters.pop()
        if undo & _QUOTE:
            self.quote_depth -= 1


def add_html(root: Any, builder: DocumentBuilder, *, base_url: str = "") -> bool:
    """Emit the blocks and inline styles of an HTML element tree (a page, a chapter's ``<body>``, any element)
    into ``builder``. Returns True when the walk stopped at :data:`MAX_TEXT` or :data:`MAX_ELEMENTS` (a notice
    paragraph then ends what was emitted). ``base_url`` resolves relative link targets (see
    :func:`link_target`)."""
    return _Walker(builder, base_url).run(root)


__all__ = [
    "MAX_ELEMENTS",
    "MAX_TEXT",
    "TRUNCATED_NOTICE",
    "add_html",
    "gather_text",
    "image_caption",
    "is_hidden",
    "link_target",
    "parse_html",
    "parse_html_text",
]
