"""markdown-it's token stream to a document's blocks and inline styles, through :class:`DocumentBuilder`.

The walk of :mod:`reader.sources.markdown`, kept apart from it because the two change for different reasons:
that module decides whether and how a file is parsed (limits, pieces, the fallback shown as written); this one
decides what each construct looks like in the reader. The token stream is flat (blocks open and close; each
paragraph's inline children are a flat list too), so the walk is one loop with a few counters: no recursion over
the input's depth.

Decisions:
* Title: the front matter's title is the title block (the author named the document there: static site
  generators show it as the page's title, and a level-1 heading under it that says something else is a heading
  of the text; one that says the same is the title block, shown once); else a level-1 heading that is the
  document's first block becomes the title block; else there is none, and
  :attr:`Document.title` falls back to the first h1 anywhere (``SourceInfo.title``) or the file name. A front
  matter author or date becomes a byline under it.
* Ordered lists: the number is a marker like a bullet, kept out of the text, so a highlight's text is the item's
  words only; the item's first block carries it (:attr:`~reader.blocks.Block.number`, counted from the list's
  first number as CommonMark does) for the view to show in place of the bullet.
* A list item's later paragraphs continue its block on a new line (one bullet per item); block quotes are QUOTE
  blocks at their depth, and headings inside a quote or a list item take the container's kind (they are not
  sections of the document's outline).
* Code (fenced and indented) goes to :meth:`DocumentBuilder.code` as written (lines and indentation kept, tabs
  expanded); inline code is a ``code`` style over its text: quotation finding skips both.
* Images: a paragraph that holds only images becomes image placeholder blocks; an image amid text (a badge in a
  link) is an inline ``[image: alt]``, so the sentence is not cut in two.
* Raw HTML is never shown as markup: an HTML block becomes its text content (comments, scripts and styles
  dropped, block tags separating paragraphs, entities decoded); inline tags are dropped (``<br>`` breaks the
  line). ``---`` rules are dropped; strikethrough keeps its text with no style; table cells are plain text.
* Links: as in the HTML converter, the target is kept for http, https, mailto and relative addresses; any other
  scheme is a link style with an empty target.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.blocks import BlockKind
from reader.document_meta import StyleName
from reader.sources.builder import DocumentBuilder

if TYPE_CHECKING:
    from markdown_it.token import Token

MAX_TARGET = 4096
"""A link target longer than this is dropped (the link's text and style stay)."""

_INLINE_STYLES: dict[str, StyleName] = {"em_open": "em", "strong_open": "strong"}
_SAFE_SCHEMES = ("http:", "https:", "mailto:")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)


class MarkdownWalk:
    """One pass over markdown-it's flat token streams (one per piece) into the builder."""

    def __init__(self, builder: DocumentBuilder, meta: dict[str, str]) -> None:
        self.builder = builder
        self.meta = meta
        self.tokens: Sequence[Token] = ()
        self.started = False
        self.title_at = -1  # the index (in the first piece) of the heading that is the title block
        self.first_h1 = ""
        self.containers: list[str] = []  # "quote" or "item", innermost last
        self.quote_depth = 0
        self.list_depth = 0
        self.counters: list[int | None] = []  # per open list, innermost last: an ordered list's next number
        self.number: int | None = None  # the number of the list item whose first block is not yet open
        self.items: list[int] = []  # serial numbers of the open list items
        self.serial = 0
        self.open_item = -1  # the list item whose block is open in the builder (for its next paragraph)
        self.table: list[list[str]] | None = None
        self.table_header = False
        self.skip = -1  # the inline token of a paragraph of images, already shown

    def feed(self, tokens: Sequence[Token]) -> None:
        """Walk the tokens of the next piece (each piece's tokens are balanced: every container it opens, it
        closes)."""
        self.tokens, self.skip, builder = tokens, -1, self.builder
        if not self.started:
            self.started = True
            self.title_at = self._leading_h1()
            titled = self.meta.get("title", "")
            if titled and self.title_at >= 0 and _comparable(titled) != _comparable(
                    _plain(tokens[self.title_at + 1].children or [])):
                self.title_at = -1  # the front matter's title differs: it titles, the h1 is a heading
            if self.title_at < 0:
                if self.meta.get("title"):
                    builder.title(self.meta["title"])
                self._byline()
        for index, token in enumerate(tokens):
            kind = token.type
            if self.open_item >= 0 and kind not in ("paragraph_open", "paragraph_close", "inline"):
                builder.close_block()  # a nested block ends the item's text; a later paragraph starts anew
                self.open_item = -1
            if kind == "inline":
                if index == self.skip:
                    continue
                if self.table is not None:
                    if self.table:
                        self.table[-1].append(_plain(token.children or []))
                else:
                    self._inline(token.children or [])
            elif kind == "paragraph_open":
                self._paragraph(index)
            elif kind == "paragraph_close":
                if self.open_item < 0:
                    builder.close_block()
            elif kind == "heading_open":
                self._heading(index, token)
            elif kind == "heading_close":
                builder.close_block()
                if index - 2 == self.title_at:
                    self._byline()
            elif kind in ("fence", "code_block"):
                builder.code(token.content, token.info.strip())
            elif kind == "html_block":
                for paragraph in html_text(token.content):
                    self._open_flow(BlockKind.PARAGRAPH, 0)
                    builder.text(paragraph)
                    builder.close_block()
            else:
                self._structure(token)
        self.title_at = -1
        builder.close_block()
        self.open_item = -1

    def finish(self) -> None:
        if not self.started:
            self.feed(())
        self.builder.close_block()

    def _heading(self, index: int, token: Token) -> None:
        tokens = self.tokens
        if index == self.title_at:
            self.builder.open_block(BlockKind.TITLE, 1)
        else:
            self._open_flow(BlockKind.HEADING, int(token.tag[1:]) if token.tag[1:].isdigit() else 2)
        if token.tag == "h1" and not self.first_h1 and index + 1 < len(tokens):
            self.first_h1 = " ".join(_plain(tokens[index + 1].children or []).split())

    def _structure(self, token: Token) -> None:
        """Containers (quotes, lists, items) and tables."""
        kind = token.type
        if kind == "blockquote_open":
            self.builder.close_block()
            self.containers.append("quote")
            self.quote_depth += 1
        elif kind == "blockquote_close":
            self.containers.pop()
            self.quote_depth -= 1
        elif kind in ("bullet_list_open", "ordered_list_open"):
            self.list_depth += 1
            start = token.attrGet("start") if kind == "ordered_list_open" else None
            self.counters.append(None if kind == "bullet_list_open" else start if isinstance(start, int) else 1)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.list_depth -= 1
            if self.counters:
                self.counters.pop()
        elif kind == "list_item_open":
            self.builder.close_block()
            self.number = self.counters[-1] if self.counters else None
            if self.number is not None:
                self.counters[-1] = self.number + 1
            self.serial += 1
            self.items.append(self.serial)
            self.containers.append("item")
        elif kind == "list_item_close":
            self.builder.close_block()
            self.items.pop()
            self.containers.pop()
        elif kind == "table_open":
            self.builder.close_block()
            self.table, self.table_header = [], False
        elif kind == "thead_open":
            self.table_header = True
        elif kind == "tr_open" and self.table is not None:
            self.table.append([])
        elif kind == "table_close" and self.table is not None:
            self.builder.table(self.table, header=self.table_header)
            self.table = None
        # hr, s_open and anything else: nothing to show

    def _leading_h1(self) -> int:
        """The index of the ``heading_open`` of a level-1 heading that is the first thing with text, or -1."""
        for index, token in enumerate(self.tokens):
            if token.type == "html_block" and not html_text(token.content):
                continue  # a leading comment (<!-- badges -->) is not text
            if token.type == "hr":
                continue
            return index if token.type == "heading_open" and token.tag == "h1" else -1
        return -1

    def _byline(self) -> None:
        parts = [self.meta.get("author", ""), self.meta.get("date", "")]
        line = " · ".join(part for part in parts if part)
        if line:
            self.builder.byline(line)

    def _open_flow(self, kind: BlockKind, level: int) -> None:
        """A block of ``kind``, or of its container's kind inside a quote or a list item."""
        if self.containers and self.containers[-1] == "quote":
            self.builder.open_block(BlockKind.QUOTE, self.quote_depth)
        elif self.containers and self.containers[-1] == "item":
            number, self.number = self.number, None
            self.builder.open_block(BlockKind.LIST_ITEM, max(1, self.list_depth), number=number)
        else:
            self.builder.open_block(kind, level)

    def _paragraph(self, index: int) -> None:
        inline = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        children = inline.children or [] if inline is not None and inline.type == "inline" else []
        if _only_images(children):
            self.builder.close_block()
            self.open_item = -1
            for child in children:
                if child.type == "image":
                    self.builder.image(_plain(child.children or []))
            self.skip = index + 1  # the inline token is shown: nothing left of it
            return
        item = self.items[-1] if self.items and self.containers[-1] == "item" else -1
        if item >= 0 and self.open_item == item and self.builder.in_block:
            self.builder.line_break()  # the item's next paragraph, under the same bullet
            return
        self._open_flow(BlockKind.PARAGRAPH, 0)
        self.open_item = item

    def _inline(self, children: Sequence[Token]) -> None:
        builder = self.builder
        for number, child in enumerate(children):
            kind = child.type
            if kind in ("text", "text_special"):
                builder.text(child.content)
            elif kind == "softbreak" and self.containers and self.containers[-1] == "quote" and _signs(
                    children[number + 1 :]):
                # "> The deal is dead.\n> — Maria Lopez": the signature line is a line of its own (a block, as
                # when a "> " line stands between), which reader.quotes reads as the quotation's speaker
                builder.close_block()
                self._open_flow(BlockKind.PARAGRAPH, 0)
            elif kind == "softbreak":
                builder.text(" ")
            elif kind == "hardbreak":
                builder.line_break()
            elif kind == "code_inline":
                builder.push_style("code")
                builder.text(child.content)
                builder.pop_style()
            elif kind in _INLINE_STYLES:
                builder.push_style(_INLINE_STYLES[kind])
            elif kind in ("em_close", "strong_close"):
                builder.pop_style()
            elif kind == "link_open":
                builder.push_style("link", link_target(str(child.attrs.get("href", ""))))
            elif kind == "link_close":
                builder.pop_style()
            elif kind == "image":
                alt = " ".join(_plain(child.children or []).split())
                builder.text(f"[image: {alt}]" if alt else "[image]")
            elif kind == "html_inline" and _BR.fullmatch(child.content.strip()):
                builder.line_break()
            # other html_inline (tags), s_open/s_close: their text, if any, comes as text tokens


def _only_images(children: Sequence[Token]) -> bool:
    images = False
    for child in children:
        if child.type == "image":
            images = True
        elif child.type in ("softbreak", "hardbreak") or child.type == "text" and not child.content.strip():
            continue
        else:
            return False
    return images


def _plain(children: Sequence[Token]) -> str:
    """The text of inline tokens without markup (a table cell, an image's alt text), walked with a stack: an
    image's alt may hold an image whose alt holds another."""
    parts: list[str] = []
    stack: list[tuple[Sequence[Token], int]] = [(children, 0)]
    while stack:
        tokens, position = stack.pop()
        while position < len(tokens):
            token = tokens[position]
            position += 1
            if token.type in ("text", "text_special", "code_inline"):
                parts.append(token.content)
            elif token.type in ("softbreak", "hardbreak"):
                parts.append(" ")
            elif token.type == "image" and token.children:
                stack.append((tokens, position))
                tokens, position = token.children, 0
    return "".join(parts)


def link_target(href: str) -> str:
    """The target a link keeps: http(s), mailto or a relative address; "" for any other scheme."""
    href = href.strip()
    if not href or len(href) > MAX_TARGET or any(ord(c) < 0x20 or c == "\x7f" for c in href):
        return ""
    if _SCHEME.match(href) and not href.lower().startswith(_SAFE_SCHEMES):
        return ""
    return href


# -- raw HTML -------------------------------------------------------------------------------------------------

_HTML_DROP = re.compile(
    r"<!--.*?(?:-->|\Z)|<(script|style|textarea|template)\b.*?(?:</\1\s*>|\Z)|<!\[CDATA\[.*?(?:\]\]>|\Z)",
    re.IGNORECASE | re.DOTALL,
)
_ATTRIBUTES = r"""(?:[^<>"']|"[^"]{0,2000}"|'[^']{0,2000}'){0,2000}"""
"""A tag's inside: quoted values may hold ``>``; at most 2,000 pieces and no ``<`` outside quotes, so a run
of unclosed ``<p <p <p`` costs a bounded scan each (an unbounded ``[^>]*`` would scan to the end from every
one of them: quadratic). The alternatives start with different characters: no backtracking blow-up."""
_HTML_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|blockquote|pre|section|article|details|summary|dl|dt|dd|hr|"
    rf"figure|figcaption|header|footer|nav|aside|main)\b{_ATTRIBUTES}>",
    re.IGNORECASE,
)
_HTML_TAG = re.compile(rf"</?[A-Za-z]{_ATTRIBUTES}>|<[!?][^<>]{{0,2000}}>")
_BROKEN_TAG = re.compile(r"</?[A-Za-z!?][^\s<>]*")
"""What is left of a tag that never closes (``<p <p``): removed too, as a browser would hide it."""


def html_text(markup: str) -> list[str]:
    """The paragraphs of text in a block of raw HTML: tags removed (block tags separate paragraphs), comments,
    scripts and styles dropped, entities decoded. Regexes that each consume to the end when unclosed: linear."""
    markup = _HTML_DROP.sub(" ", markup)
    markup = _HTML_BLOCK_TAG.sub("\n\n", markup)
    markup = _BROKEN_TAG.sub("", _HTML_TAG.sub("", markup))
    paragraphs = re.split(r"\n[ \t\r\f\v]*\n", markup)
    return [text for text in (html.unescape(p).strip() for p in paragraphs) if text]


def _comparable(title: str) -> str:
    """A title as words alone, to tell whether the front matter's and the first heading's say the same: inline
    markup, quote and apostrophe forms, Unicode forms, case and spacing aside ("Using `async`" is "Using async",
    "Don't" is "Don’t", a decomposed "Café" is "Café")."""
    import unicodedata

    return " ".join(unicodedata.normalize("NFKC", title).translate(_TITLE_FORMS).split()).casefold()


_TITLE_FORMS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "`": None, "*": None, "_": None, "~": None})
"""Quote forms made one, and inline markup taken out, for :func:`_comparable`."""


_SIGNATURE_LINE = re.compile(r"\s*(?:[—–]|--?)\s*(?P<first>[^\W\d_])")
"""A line that opens with a dash and a capitalised word: a block quotation's signature ("— Maria Lopez"), not a
wrapped sentence's dash ("… and we¶— all forty members —")."""


def _signs(rest: Sequence[Token]) -> bool:
    """Whether the inline tokens after a soft break are one last line of plain text that signs the quotation."""
    signed = _SIGNATURE_LINE.match("".join(token.content for token in rest)) if rest else None
    return all(token.type == "text" for token in rest) and signed is not None and signed.group("first").isupper()
