"""A long Markdown file in pieces that parse as the whole would, and the link references they share.

markdown-it's tokens take about 330 bytes each, up to 2.5 a character: a 20 MB file parsed at once would hold
gigabytes. :mod:`reader.sources.markdown` parses it a piece at a time, so tokens live only while their piece is
walked; this module finds the cuts. Apart from that module because finding a safe cut is its own small parser
(code fences and raw HTML blocks, found in order) with its own tests, and the cutting does not need markdown-it.

Decisions:
* A piece is cut at a blank line before a line that starts at column 0, outside code fences and raw HTML blocks:
  there no Markdown construct continues, so the pieces parse as the whole would (lists split in two are still
  the same items).
* With no such cut within the hard bound, a piece is cut after a blank line, else a line break, else a space,
  else anywhere; a code fence or raw HTML block cut so is reopened at the start of the next piece, so the rest of
  it still reads as code (or as the block's text).
* Link reference definitions are collected from the whole file first (:func:`collect_references`), so
  ``[a]: url`` at the end of a long README still serves ``[a]`` in its first piece.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

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


def collect_references(parser: MarkdownIt, body: str, env: dict[str, Any]) -> None:
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


def split_pieces(body: str, piece: int, hard_piece: int) -> list[str]:
    """``body`` in pieces of about ``piece`` characters that parse as the whole does (see the module notes); a
    piece with no safe cut is cut by force within ``hard_piece`` characters."""
    if len(body) <= piece:
        return [body]
    raw = _RawBlocks(body)
    pieces: list[str] = []
    start, prefix = 0, ""
    while len(body) - start > piece:
        low, high = start + piece - 1, min(len(body), start + hard_piece)
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
