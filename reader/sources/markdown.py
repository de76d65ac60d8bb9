"""Markdown as a Document: parsed with markdown-it-py (CommonMark, tables, strikethrough), markers hidden.

The token stream markdown-it gives is flat (blocks open and close; each paragraph's inline children are a flat
list too), so the walk is one loop with a few counters: no recursion over the input's depth. markdown-it itself
caps nesting at 20 levels (``maxNesting``): content nested deeper (a hostile file of 10,000 ``>``) is dropped by
the parser, never a ``RecursionError``.

Decisions:
* Front matter (:mod:`reader.sources.front_matter`) is metadata, not text: title, author, date, language, URL.
* Title: a level-1 heading that is the document's first block becomes the title block; else the front matter's
  title is set as the title block; else there is none, and :attr:`Document.title` falls back to the first h1
  anywhere (``SourceInfo.title``) or the file name. A front matter author or date becomes a byline under it.
* Ordered lists: the number is a marker like a bullet, kept out of the text (the reader shows every list item
  with its bullet), so a highlight's text is the item's words only.
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
* Links: every link is parsed as one (markdown-it's own check, which leaves ``[x](javascript:...)`` as literal
  text, brackets and all, is off: nothing here renders HTML), so its markers are always hidden. As in the HTML
  converter, the target is kept for http, https, mailto and relative addresses; any other scheme is a link style
  with an empty target.
* Bounds: markdown-it is pure Python (about 4 MB a second for prose, 1 MB for markup-dense text) and its tokens
  take about 330 bytes each, up to 2.5 per character. So the file is parsed in pieces of :data:`PIECE`
  characters cut where no construct continues (tokens live only while their piece is walked), and a file over
  :data:`MAX_CONVERTED` characters or :data:`MAX_TOKENS` tokens is shown as written instead (the plain Markdown
  parse of :mod:`reader.blocks`, with a notice): a hostile file costs seconds, never gigabytes.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from markdown_it import MarkdownIt

from reader.blocks import BlockKind
from reader.document import Document
from reader.document_meta import SourceInfo, StyleName
from reader.errors import ReaderError
from reader.sources import Origin
from reader.sources.builder import DocumentBuilder
from reader.sources.decode import decode_text
from reader.sources.front_matter import split_front_matter

if TYPE_CHECKING:
    from markdown_it.token import Token

MAX_TARGET = 4096
"""A link target longer than this is dropped (the link's text and style stay)."""
MAX_CONVERTED = 20_000_000
"""Characters of Markdown converted; a larger file is shown as written (markdown-it is pure Python: about
4 MB a second for prose, 1 MB a second for markup-dense text)."""
MAX_MARKUP = 400_000
"""Markup characters (brackets, emphasis, backticks, pipes...) converted: each costs markdown-it about 20 µs,
whether it makes a token or not (100,000 ``[`` take 1.5 s and make one text token), so past this many the file
is shown as written. An image's ``![`` counts 4 (it costs twice a link's). Real Markdown has 3 to 6 % of
markup characters: a 5 MB README-like file about 160,000."""
MAX_TOKENS = 600_000
"""Tokens markdown-it may make for one file (block and inline; a 5 MB README-like file makes about 370,000):
past it the file is shown as written. A token costs about 10 µs to make and walk, so this bounds the time a
hostile file of tiny table rows or headings takes (about 6 s)."""
PROJECT_AFTER = 256 * 1024
"""Characters after which the tokens made so far project the whole file's: a file that would pass
:data:`MAX_TOKENS` at that rate is shown as written at once, not after seconds spent reaching the limit."""
PIECE = 64 * 1024
"""Characters parsed at a time: markdown-it's tokens (about 330 bytes each, up to 2.5 a character) live only
while their piece is walked. Pieces are cut at a blank line before a line that starts at column 0, outside
code fences and raw HTML blocks: there no Markdown construct continues, so the pieces parse as the whole would
(lists split in two are still the same items)."""
HARD_PIECE = 1024 * 1024
"""A piece with no safe cut is cut at a line break past :data:`PIECE` within this many characters (a code
fence cut so is reopened in the next piece)."""

_INLINE_STYLES: dict[str, StyleName] = {"em_open": "em", "strong_open": "strong"}
_SAFE_SCHEMES = ("http:", "https:", "mailto:")
_MARKUP = "[]!*_`<\\&|~"
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)


def from_bytes(data: bytes, origin: Origin) -> Document:
    """Raises ReaderError for empty or binary input, or Markdown that leaves no text to read."""
    text, replaced = decode_text(data, origin.name)
    meta, body = split_front_matter(text)
    if len(body) > MAX_CONVERTED:
        return _as_written(text, replaced, meta, origin, f"too large to format (over {MAX_CONVERTED // 1_000_000} MB)")
    if sum(body.count(mark) for mark in _MARKUP) + 2 * body.count("![") > MAX_MARKUP:
        return _as_written(text, replaced, meta, origin, "too intricate to format")
    parser = _Parser("commonmark").enable(["table", "strikethrough"])
    pieces = split_pieces(body)
    env: dict[str, Any] = {}
    if len(pieces) > 1:
        _collect_references(parser, body, env)
    builder = DocumentBuilder()
    walk = _Walk(builder, meta)
    made = done = 0
    for piece in pieces:
        try:
            tokens = parser.parse(piece, env)
        except RecursionError:  # markdown-it bounds its nesting; this is a last guard, not an expected path
            raise ReaderError(f"{origin.name} is nested too deeply to read as Markdown") from None
        made += len(tokens) + sum(len(token.children or ()) for token in tokens)
        done += len(piece)
        if made > MAX_TOKENS or done >= PROJECT_AFTER and made * len(body) > MAX_TOKENS * done:
            return _as_written(text, replaced, meta, origin, "too intricate to format")
        walk.feed(tokens)
    walk.finish()
    if all(block.kind is BlockKind.BYLINE for block in builder.blocks):  # nothing, or front matter's author
        raise ReaderError(f"{origin.name} is empty: there is nothing to read")
    return builder.document(_info(meta, origin, walk.first_h1), replaced_bytes=replaced)


def _info(meta: dict[str, str], origin: Origin, first_h1: str = "", notice: str = "") -> SourceInfo:
    return SourceInfo(
        kind="markdown",
        title=meta.get("title", "") or first_h1,
        author=meta.get("author", ""),
        date=meta.get("date", ""),
        language=meta.get("language", ""),
        url=origin.url or meta.get("url", ""),
        path=origin.path,
        notice=notice,
    )


def _as_written(text: str, replaced: int, meta: dict[str, str], origin: Origin, why: str) -> Document:
    """The file as written (block markers hidden by the plain parse, inline markers shown), for Markdown too
    large or too intricate to convert in reasonable time and memory."""
    notice = f"This Markdown file is {why}: it is shown as written"
    info = _info(meta, origin, notice=notice)
    return Document(text, path=origin.path or origin.url, markdown=True, replaced_bytes=replaced, info=info)


def _collect_references(parser: MarkdownIt, body: str, env: dict[str, Any]) -> None:
    """Link reference definitions of the whole file, for a file parsed in pieces: ``[a]: url`` at the end of a
    long README still serves ``[a]`` in its first piece. One-line definitions after a blank line or another
    definition only (the common form)."""
    from markdown_it.common.utils import normalizeReference, unescapeAll

    references: dict[str, dict[str, Any]] = env.setdefault("references", {})
    for found in _REFERENCE.finditer(body):
        start = found.start()
        previous = body[body.rfind("\n", 0, max(0, start - 1)) + 1 : max(0, start - 1)]
        if start and previous.strip() and not _REFERENCE.match(previous):
            continue  # a definition cannot interrupt a paragraph: this line is the paragraph's text
        label = normalizeReference(found.group(1))
        if label and label not in references:
            href = found.group(2) if found.group(2) is not None else found.group(3)
            references[label] = {"title": "", "href": parser.normalizeLink(unescapeAll(href)), "map": None}


class _Parser(MarkdownIt):
    """Every link is parsed as a link, so its markers are hidden; :func:`link_target` keeps the safe targets."""

    def validateLink(self, url: str) -> bool:  # noqa: N802 (markdown-it's name)
        del url
        return True


# -- the token walk -------------------------------------------------------------------------------------------


class _Walk:
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
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.list_depth -= 1
        elif kind == "list_item_open":
            self.builder.close_block()
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
            self.builder.open_block(BlockKind.LIST_ITEM, max(1, self.list_depth))
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
        for child in children:
            kind = child.type
            if kind in ("text", "text_special"):
                builder.text(child.content)
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


# -- pieces -------------------------------------------------------------------------------------------------

_CUT = re.compile(r"\n[ \t]*\n(?=[^ \t\r\n])")
"""A blank line, then a line that starts at column 0: a cut there ends no construct that goes on after it."""
_BLANK = re.compile(r"\n[ \t]*\n")
_REFERENCE = re.compile(
    r"^ {0,3}\[([^\]\n]{1,999})\]:[ \t]*(?:<([^>\n]*)>|([^\s<]\S*))"
    r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$",
    re.MULTILINE,
)
"""A one-line link reference definition: ``[label]: destination "optional title"``."""
_RAW_OPENER = re.compile(
    r"^ {0,3}(?:(`{3,})(?=[^`\n]*$)|(~{3,})|"
    r"<(?:(pre|script|style|textarea)(?=[\s>]|$)|(!--)|(\?)|(!\[CDATA\[)|(![A-Za-z])))",
    re.MULTILINE | re.IGNORECASE,
)
"""The first line of a block that may hold blank lines and unindented lines: a code fence or an HTML block of
CommonMark's types 1-5 (pre/script/style/textarea, comment, processing instruction, CDATA, declaration)."""
_RAW_CLOSER = {3: r"</(?:pre|script|style|textarea)>", 4: r"-->", 5: r"\?>", 6: r"\]\]>", 7: r">"}
_RAW_REOPEN = {4: "<!--", 5: "<?", 6: "<![CDATA[", 7: ""}
"""What starts a raw block again in the next piece when a piece had to be cut inside it (a fence reopens with
its own marker, ``<pre>`` and the like with their tag)."""


class _RawBlocks:
    """The code fences and raw HTML blocks of a text, found in order as later offsets are asked about."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[tuple[int, int, str]] = []  # (start, end, what reopens it), in order
        self.position = 0

    def around(self, offset: int) -> tuple[int, int, str] | None:
        """(start, end, what reopens it) of the raw block strictly containing ``offset``, else None."""
        while (not self.found or offset >= self.found[-1][1]) and self.position < len(self.text):
            self._next()
        for start, end, fence in reversed(self.found):
            if end <= offset:
                break
            if start < offset:
                return start, end, fence
        return None

    def _next(self) -> None:
        text = self.text
        opener = _RAW_OPENER.search(text, self.position)
        if opener is None:
            self.position = len(text)
            return
        group = opener.lastindex or 1
        fence = opener.group(group) if group <= 2 else ""
        if fence:
            closer = re.compile(rf"^ {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", re.MULTILINE)
        else:
            closer = re.compile(_RAW_CLOSER[group], re.IGNORECASE)
        reopen = fence or _RAW_REOPEN.get(group, f"<{opener.group(group).lower()}>")
        found = closer.search(text, opener.end())
        line_end = text.find("\n", found.end()) if found is not None else -1
        self.position = len(text) if line_end < 0 else line_end + 1
        self.found.append((opener.start(), self.position, reopen))


def split_pieces(body: str) -> list[str]:
    """``body`` in pieces of about :data:`PIECE` characters that parse as the whole does (see there)."""
    if len(body) <= PIECE:
        return [body]
    raw = _RawBlocks(body)
    pieces: list[str] = []
    start, prefix = 0, ""
    while len(body) - start > PIECE:
        low, high = start + PIECE - 1, min(len(body), start + HARD_PIECE)
        cut = _find_cut(body, raw, _CUT, low, high)
        reopen = ""
        if cut < 0:  # no safe cut: after a blank line, else (inside a raw block) after a blank line or a line
            cut = _find_cut(body, raw, _BLANK, low, high)  # break, else at a space, else anywhere
        if cut < 0:
            found = _BLANK.search(body, low, high)
            cut = found.end() if found else body.find("\n", low + 1, high) + 1
            cut = cut or body.find(" ", low + 1, high) + 1 or low + 1
            block = raw.around(cut)
            if block is not None and block[2]:
                reopen = block[2] + "\n"  # the rest of the fence or raw HTML block goes on as one
        pieces.append(prefix + body[start:cut])
        start, prefix = cut, reopen
    if start < len(body):
        pieces.append(prefix + body[start:])
    return pieces


def _find_cut(body: str, raw: _RawBlocks, pattern: re.Pattern[str], low: int, high: int) -> int:
    """The end of the first match of ``pattern`` in ``body[low:high]`` outside raw blocks, or -1."""
    while True:
        found = pattern.search(body, low, high)
        if found is None:
            return -1
        block = raw.around(found.end())
        if block is None:
            return found.end()
        low = block[1] - 1  # past the fence or HTML block
