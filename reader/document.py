"""The document model: text → title, headings, paragraphs, sentences and words, with exact offsets.

Every offset is a Python string index into :attr:`Document.text`, the file's text as decoded (UTF-8; a leading
BOM is dropped; invalid bytes become U+FFFD and :attr:`Document.replaced_bytes` says how many). Annotations anchor
to these offsets, so they are never shifted by display concerns: CRLF, tabs, markers and unsafe characters are
handled by :mod:`reader.sanitize` through a mapping, not by changing the text.

Blocks are found eagerly with C-speed regexes (cheap even for 20 MB); sentences and words are computed per block
on demand (by the rules of :mod:`reader.sentences`) and cached, so opening a large file does not wait for them. The
motions over them (next word, previous sentence...) are :mod:`reader.document_motions`'s.

Decisions:
* Converted sources (HTML, EPUB, Markdown: :mod:`reader.sources`) bring their own blocks and inline styles over
  a plain text they made, and :class:`~reader.document_meta.SourceInfo`; nothing here parses their formats.
* Plain text: the first line is the title; a paragraph of one short line with no closing punctuation is a
  sub-heading. Markdown (``.md``/``.markdown``): ``#`` headings, ``>`` block quotes, ``-``/``*``/``+``/``1.`` list
  items, other chunks are paragraphs; inline emphasis is shown as written.
* Line breaks are ``\\n`` and ``\\r\\n``; a lone ``\\r`` is a line break only in a file that has no ``\\n`` at all
  (classic Mac text); elsewhere it is shown as a placeholder ``␍``.
* No Textual or Rich import here.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from functools import cached_property

from reader.blocks import (
    LAZY_THRESHOLD,
    REST_PART,
    Block,
    BlockKind,
    Span,
    first_part_alone,
    first_part_end,
    parse_quietly,
    part_end,
)
from reader.document_meta import DocumentPart, InlineStyle, SourceInfo
from reader.document_motions import DocumentMotions
from reader.give_way import give_way
from reader.sanitize import DisplayText, display_text, sanitize, without_soft_hyphens
from reader.sentences import sentence_spans, word_spans

__all__ = ["Block", "BlockKind", "Document", "DocumentPart", "InlineStyle", "SourceInfo", "Span", "document_id"]

DISPLAY_CACHE = 4096
"""Blocks whose display text :meth:`Document.display` keeps (a screen shows a few dozen; moving back and forth
and the highlights panel reuse them)."""


ID_PIECE = 1 << 20
"""Characters encoded per step by :func:`document_id`."""


def document_id(text: str) -> str:
    """A document's identity: ``sha256:`` and the hex digest of its text (UTF-8, surrogates kept).

    The text is encoded a piece at a time: encoding 20 MB in one call held the interpreter lock ~20-35 ms in the
    start-up worker, among the user's first keys (issue 14); the hash itself lets go of the lock. A character is
    encoded alone, so the pieces' bytes are the whole text's."""
    import hashlib  # here, not at the top: the first screen never needs it (the store lookup runs after it)

    for errors in ("surrogateescape", "surrogatepass"):  # surrogatepass: a lone surrogate outside U+DC80-U+DCFF
        digest = hashlib.sha256()
        try:
            for start in range(0, len(text), ID_PIECE):
                digest.update(text[start:start + ID_PIECE].encode("utf-8", errors))
        except UnicodeEncodeError:
            continue
        break
    return "sha256:" + digest.hexdigest()


def utf8_document_id(data: bytes | memoryview) -> str:
    """:func:`document_id` of the text whose UTF-8 is ``data``, hashed from the bytes (nothing is encoded, and
    the hash lets go of the interpreter lock): for a large UTF-8 file decoded with nothing replaced."""
    import hashlib

    return "sha256:" + hashlib.sha256(data).hexdigest()


class Document(DocumentMotions):
    """A parsed article. Build one with :func:`reader.loader.load_document` or :meth:`from_text`."""

    def __init__(
        self,
        text: str,
        *,
        path: str = "",
        markdown: bool = False,
        replaced_bytes: int = 0,
        lazy: bool | None = None,
        blocks: list[Block] | None = None,
        styles: Sequence[InlineStyle] = (),
        info: SourceInfo | None = None,
        doc_id: str | None = None,
        rest: Callable[[], DocumentPart | None] | None = None,
        whole: Callable[[], tuple[str, int, str | None]] | None = None,
    ) -> None:
        """``text`` alone is parsed as plain text (or old-style Markdown with ``markdown``). A converted source
        (:mod:`reader.sources`) passes its own ``blocks`` and ``styles`` over ``text`` instead, its ``info``, and,
        when it converts in parts (an EPUB), ``rest``: called by :meth:`finish_parsing` until it returns None,
        each part appended to the text. Such a document needs ``doc_id`` (its text is not whole at first).

        ``whole`` (plain text): ``text`` is the start of a large file's text (:mod:`reader.sources.text`) and
        ``whole()`` gives the whole text (as :func:`reader.sources.decode.decode_text` reads it: soft hyphens
        dropped), its count of replaced bytes and its id when the source knows it without
        encoding the text (None: :attr:`id` hashes the text), called by :meth:`finish_parsing` or
        :attr:`id`. Until then ``replaced_bytes`` is 0 and the document is not :attr:`complete`; then the text
        grows, as an EPUB's does (the start is its prefix: offsets stay right). A start whose first part cannot be
        parsed apart (:func:`reader.blocks.first_part_alone`) is made whole at once."""
        if blocks is None:  # plain text (a converted source's builder drops them itself, before the offsets)
            text = without_soft_hyphens(text)
        if whole is not None and blocks is None and not first_part_alone(text):
            text, replaced_bytes, doc_id = whole()
            whole = None
        self.text = text
        self.info = info if info is not None else SourceInfo(kind="markdown" if markdown else "text", path=path)
        self.path = path or self.info.path or self.info.url
        self.markdown = markdown or blocks is not None
        """True when the blocks are the source's own structure (Markdown, HTML, EPUB), not guessed from lines."""
        self.replaced_bytes = replaced_bytes
        self._parse_lock = threading.Lock()
        self._rest = rest
        self._whole = whole
        if doc_id is not None:
            self.__dict__["id"] = doc_id
        elif rest is not None:
            raise ValueError("a document converted in parts needs doc_id")
        self.styles: list[InlineStyle] = sorted(styles)
        self._style_index()
        if blocks is not None:
            self._parsed_to = len(text)
            self.blocks = blocks
        else:
            if whole is not None:
                lazy = True  # only a large file's text is decoded in two steps: its blocks are parsed so too
            elif lazy is None:
                lazy = len(text) > LAZY_THRESHOLD and "\n" in text
            self._parsed_to = first_part_end(text) if lazy else len(text)
            self.blocks = parse_quietly(text, markdown, 0, self._parsed_to, first=True)
        self._block_starts = [block.start for block in self.blocks]
        self._sentences: dict[int, list[Span]] = {}
        self._displays: dict[int, DisplayText] = {}
        self._words: dict[int, list[Span]] = {}

    def __getstate__(self) -> dict[str, object]:
        """What a pickle of a document holds (:mod:`reader.sources.forked` sends one from a child process): not
        its lock or its caches; a document still being converted in parts cannot be sent."""
        if self._rest is not None:
            raise TypeError("a document converted in parts cannot be pickled")
        self.finish_text()  # a pickle holds the whole text (and not the bytes it is decoded from)
        state = dict(self.__dict__)
        del state["_parse_lock"]
        state["_sentences"], state["_words"], state["_displays"] = {}, {}, {}
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._parse_lock = threading.Lock()

    @classmethod
    def from_text(cls, text: str, *, path: str = "", markdown: bool = False) -> Document:
        return cls(text, path=path, markdown=markdown, lazy=False)

    @property
    def kind(self) -> str:
        """The source kind: text, markdown, html or epub."""
        return self.info.kind

    @property
    def complete(self) -> bool:
        """True once every block is parsed (always, except for a large document opened lazily or a document
        converted in parts)."""
        return self._rest is None and self._whole is None and self._parsed_to >= len(self.text)

    @property
    def text_is_whole(self) -> bool:
        """True once the text is all there (a large file's start is decoded first; an EPUB's parts come later)."""
        return self._rest is None and self._whole is None

    def finish_text(self) -> None:
        """Decode the whole text of a large file opened with its start only (see ``whole`` in the constructor),
        without parsing its blocks (idempotent; safe from a worker thread)."""
        if self._whole is not None:
            with self._parse_lock:
                self._finish_text()

    def _finish_text(self) -> None:
        """(With the parse lock held.) One assignment: another thread sees the start or the whole."""
        if self._whole is not None:
            self.text, self.replaced_bytes, doc_id = self._whole()
            if doc_id is not None:
                self.__dict__.setdefault("id", doc_id)
            self._whole = None  # and with it the file's bytes

    def finish_parsing(self) -> None:
        """Parse the blocks after the first part of a large document, or convert the remaining parts of one
        converted in parts (idempotent; safe from a worker thread).

        Blocks are appended before their starts, so a reader on another thread that bisects ``_block_starts``
        never indexes past ``blocks``; the text grows before the blocks that index it. Plain text is parsed a
        part at a time, each cut at a blank line as the first part is (so the blocks are the same). The lock is
        taken for one part at a time, and between parts :func:`reader.give_way.give_way` lets the app's keys
        come first; a thread that needs the rest at once (the UI, for a far jump) takes the lock at the next
        part and parses the rest itself, never waiting on a worker that is giving way."""
        while self._parse_part():
            give_way()

    def _parse_part(self) -> bool:
        """Decode the whole text or parse (or convert) the next part, with the lock held; False once complete."""
        with self._parse_lock:
            if self.complete:
                return False
            if self._whole is not None:
                self._finish_text()
                return True
            if self._rest is not None:
                part = self._rest()
                if part is None:
                    self._rest = None
                    return True
                self.text = self.text + part.text
                self._parsed_to = len(self.text)
                if part.styles:
                    self.styles = sorted([*self.styles, *part.styles])
                    self._style_index()
                self.blocks.extend(part.blocks)
                self._block_starts.extend(block.start for block in part.blocks)
                return True
            end = len(self.text) if self.markdown else part_end(self.text, self._parsed_to, REST_PART)
            more = parse_quietly(self.text, self.markdown, self._parsed_to, end, first=not self.blocks)
            self.blocks.extend(more)
            self._block_starts.extend(block.start for block in more)
            self._parsed_to = end
            return True

    def _style_index(self) -> None:
        starts = [style.start for style in self.styles]
        reach: list[int] = []
        furthest = -1
        for style in self.styles:
            furthest = max(furthest, style.end)
            reach.append(furthest)
        self._style_starts, self._style_reach = starts, reach

    def styles_over(self, start: int, end: int) -> list[InlineStyle]:
        """The inline styles that overlap ``[start, end)`` (in text order)."""
        found: list[InlineStyle] = []
        index = bisect_left(self._style_starts, end) - 1
        while index >= 0 and self._style_reach[index] > start:
            style = self.styles[index]
            if style.end > start:
                found.append(style)
            index -= 1
        found.reverse()
        return found

    def code_spans(self) -> list[Span]:
        """Where the text is code (code blocks and inline code), in order: quotation marks there are not
        quotations."""
        spans = [Span(b.start, b.end) for b in self.blocks if b.kind is BlockKind.CODE]
        spans.extend(Span(s.start, s.end) for s in self.styles if s.style == "code")
        return sorted(spans, key=lambda span: (span.start, span.end))

    @cached_property
    def id(self) -> str:
        """``sha256:`` and the hash of the whole text (a large file's text is decoded whole first: the first
        screen does not ask for it; the highlights and the position are looked up by it after the paint)."""
        self.finish_text()
        known = self.__dict__.get("id")  # finishing the text may have given it (from the file's bytes)
        return known if isinstance(known, str) else document_id(self.text)

    @property
    def title(self) -> str:
        """The raw title text (sanitize before showing it: see :attr:`display_title`): the title block, else the
        source's own title, else the file name."""
        for block in self.blocks:
            if block.kind is BlockKind.TITLE:
                return " ".join(self.text[s:e] for s, e in block.segments)
        if self.info.title.strip():
            return " ".join(self.info.title.split())
        name = self.path.rstrip("/").rsplit("/", 1)[-1]
        return name or "Untitled"

    @property
    def body_start(self) -> int:
        """Where the text after the title and byline begins (``reader text --json``'s ``body``)."""
        for block in self.blocks:
            if block.kind not in (BlockKind.TITLE, BlockKind.BYLINE):
                return block.start
        return len(self.text)

    @property
    def display_title(self) -> str:
        return sanitize(self.title)

    @property
    def headings(self) -> list[tuple[int, Block]]:
        """(block index, block) of the title and every heading, in order: the outline."""
        return [(i, b) for i, b in enumerate(self.blocks) if b.kind in (BlockKind.TITLE, BlockKind.HEADING)]

    # -- lookups -------------------------------------------------------------------------------------------

    def display(self, index: int, *, keep: bool = True) -> DisplayText:
        """The safe display text of block ``index``, made on demand and kept for the :data:`DISPLAY_CACHE`
        blocks used last (those on screen and around it), not for every block: kept for all, they were a second
        copy of the whole text (~60 MB at 20 MB, issue 14). The layout keeps only row offsets into it, and lays
        out with ``keep=False`` (made and dropped at once): passing every block through the cache made each
        survive long enough to reach the collector's oldest generation, and full collections followed."""
        cache = self._displays
        found = cache.pop(index, None)  # re-inserted below: the dict's order is the order of use
        if found is None:
            block = self.blocks[index]
            found = display_text(self.text, block.segments)
            if not keep:
                return found
            if len(cache) >= DISPLAY_CACHE:
                del cache[next(iter(cache))]
        cache[index] = found
        return found

    def block_at(self, offset: int) -> int:
        """Index of the block containing ``offset``, or the nearest block before it (0 when none)."""
        return max(0, bisect_right(self._block_starts, offset) - 1)

    def block_text(self, index: int) -> str:
        block = self.blocks[index]
        return self.text[block.start : block.end]

    def sentences(self, index: int) -> list[Span]:
        """Sentences of block ``index`` (cached). A heading or title is one sentence."""
        cached = self._sentences.get(index)
        if cached is None:
            cached = self._sentences[index] = sentence_spans(self.text, self.blocks[index])
        return cached

    def words(self, index: int) -> list[Span]:
        cached = self._words.get(index)
        if cached is None:
            cached = self._words[index] = word_spans(self.text, self.blocks[index])
        return cached

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence containing ``offset`` (or starting after it within the block)."""
        if not self.blocks:
            return None
        index = self.block_at(offset)
        spans = self.sentences(index)
        for span in spans:
            if offset < span.end:
                return span
        return spans[-1] if spans else None

    def snap_to_words(self, start: int, end: int) -> Span:
        """Widen [start, end) so it neither starts nor ends inside a word (as e-readers select), then trim
        surrounding white space. A selection made with word motions ends on the first letter of the next
        word; snapping makes it end at the end of that word, which is what a reader means."""
        text = self.text
        while start > 0 and start < len(text) and text[start].isalnum() and text[start - 1].isalnum():
            start -= 1
        while 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
            end += 1
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return Span(start, end)

    def paragraph_at(self, offset: int) -> Span | None:
        if not self.blocks:
            return None
        block = self.blocks[self.block_at(offset)]
        return Span(block.start, block.end)

    def search(self, query: str, *, limit: int = 10_000) -> list[Span]:
        """Case-insensitive matches of ``query`` (white space matches any run of white space), at most ``limit``,
        scanned from the top, those that do not overlap.

        The reading screen's `/` no longer calls this on every keystroke (a 20 MB text took 42-183 ms a call): it
        asks :class:`reader.text_search.TextSearch` for the match after the cursor and the matches on screen,
        and counts in the background. Kept for callers that want every match at once, and as the baseline of
        ``benchmarks/search_typing.py``."""
        words = query.split()
        if not words:
            return []
        pattern = re.compile(r"\s+".join(re.escape(word) for word in words), re.IGNORECASE)
        found: list[Span] = []
        for match in pattern.finditer(self.text):
            found.append(Span(match.start(), match.end()))
            if len(found) >= limit:
                break
        return found
