"""Markdown as a Document: parsed with markdown-it-py (CommonMark, tables, strikethrough), markers hidden.

This module decides whether and how a file is parsed - its front matter, the bounds, the pieces it is parsed in -
and hands each piece's tokens to the walk (:mod:`reader.sources.markdown_walk`, which holds the decisions about
how each construct is shown); the cuts between pieces are :mod:`reader.sources.markdown_pieces`'s.
markdown-it itself caps nesting at 20 levels (``maxNesting``), never a ``RecursionError``; at the cap it stops
the whole parse (what follows is dropped), so a file that reaches it (a list 10 levels deep, 20 nested ``>``)
is shown as written, with a notice, instead of losing its end.

Decisions:
* Front matter (:mod:`reader.sources.front_matter`) is metadata, not text: title, author, date, language, URL.
* Links: every link is parsed as one (markdown-it's own check, which leaves ``[x](javascript:...)`` as literal
  text, brackets and all, is off: nothing here renders HTML), so its markers are always hidden; the walk keeps
  only the safe targets.
* Bounds: markdown-it is pure Python (about 4 MB a second for prose, 1 MB for markup-dense text) and its tokens
  take about 330 bytes each, up to 2.5 per character. So the file is parsed in pieces of :data:`PIECE`
  characters cut where no construct continues (tokens live only while their piece is walked), and a file over
  :data:`MAX_CONVERTED` characters or :data:`MAX_TOKENS` tokens is shown as written instead (the plain Markdown
  parse of :mod:`reader.blocks`, with a notice): a hostile file costs seconds, never gigabytes. The limits live
  here, read when a file is converted, so a test may lower them on this module.
"""

from __future__ import annotations

from typing import Any

from markdown_it import MarkdownIt

from reader.blocks import BlockKind
from reader.document import Document
from reader.document_meta import SourceInfo
from reader.errors import ReaderError
from reader.sources import Origin, own_address
from reader.sources.builder import DocumentBuilder
from reader.sources.decode import decode_text
from reader.sources.front_matter import split_front_matter
from reader.sources.markdown_pieces import collect_references
from reader.sources.markdown_pieces import split_pieces as _split_pieces
from reader.sources.markdown_walk import MarkdownWalk

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

_MARKUP = "[]!*_`<\\&|~"


def from_bytes(data: bytes, origin: Origin) -> Document:
    """Raises ReaderError for empty or binary input, or Markdown that leaves no text to read."""
    text, replaced = decode_text(data, origin.name)
    meta, body = split_front_matter(text)
    if len(body) > MAX_CONVERTED:
        return _as_written(text, replaced, meta, origin, f"too large to format (over {MAX_CONVERTED // 1_000_000} MB)")
    if sum(body.count(mark) for mark in _MARKUP) + 2 * body.count("![") > MAX_MARKUP:
        return _as_written(text, replaced, meta, origin, "too intricate to format")
    parser = _Parser("commonmark").enable(["table", "strikethrough"])
    deepest = int(parser.options.get("maxNesting", 20)) - 1
    pieces = split_pieces(body)
    env: dict[str, Any] = {}
    if len(pieces) > 1:
        collect_references(parser, body, env)
    builder = DocumentBuilder()
    walk = MarkdownWalk(builder, meta)
    made = done = 0
    for piece in pieces:
        try:
            tokens = parser.parse(piece, env)
        except RecursionError:  # markdown-it bounds its nesting; this is a last guard, not an expected path
            raise ReaderError(f"{origin.name} is nested too deeply to read as Markdown") from None
        if any(token.level >= deepest for token in tokens):
            # markdown-it stops the whole parse at its nesting limit (a list 10 levels deep dropped the rest of
            # the file, silently): the file is shown as written instead, all of it
            return _as_written(text, replaced, meta, origin, "nested too deeply to format")
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
        url=origin.url or own_address(meta.get("url", "")),
        path=origin.path,
        notice=notice,
    )


def _as_written(text: str, replaced: int, meta: dict[str, str], origin: Origin, why: str) -> Document:
    """The file as written (block markers hidden by the plain parse, inline markers shown), for Markdown too
    large or too intricate to convert in reasonable time and memory."""
    notice = f"This Markdown file is {why}: it is shown as written"
    info = _info(meta, origin, notice=notice)
    return Document(text, path=origin.path or origin.url, markdown=True, replaced_bytes=replaced, info=info)


class _Parser(MarkdownIt):
    """Every link is parsed as a link, so its markers are hidden; :func:`~reader.sources.markdown_walk.link_target`
    keeps the safe targets."""

    def validateLink(self, url: str) -> bool:  # noqa: N802 (markdown-it's name)
        del url
        return True


def split_pieces(body: str) -> list[str]:
    """``body`` in pieces of about :data:`PIECE` characters (at most :data:`HARD_PIECE` where no cut is safe)
    that parse as the whole does (:func:`reader.sources.markdown_pieces.split_pieces`)."""
    return _split_pieces(body, PIECE, HARD_PIECE)
