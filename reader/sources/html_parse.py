"""HTML text or bytes to an lxml element tree, safely: the one parse shared by web pages and EPUB chapters.

Apart from the walk (:mod:`reader.sources.html_blocks`) because it answers a different question - can this text
be trusted to the parser at all - and because :mod:`reader.sources.html` and :mod:`reader.sources.epub` parse
before they decide what to walk (trafilatura's article, a chapter's body).

Decisions:

* lxml's HTML parser (libxml2) with no network, and comments and processing instructions dropped; control
  characters XML cannot hold are replaced first (:data:`_NOT_XML`).
* Nothing is cut at libxml2's size limit. Without ``huge_tree`` libxml2 refuses any one piece of a page over
  10 MB (a comment, ``<script>``, ``<style>``, an attribute value, a paragraph's text) and silently drops that
  piece and everything after it ("Buffer size limit exceeded"). The page is parsed without ``huge_tree``
  first; when that limit was hit it is parsed again with ``huge_tree``, whose limits (1 GB) are far above what
  reaches the parser (pages are refused over 50 MB, ``reader.sources.html.MAX_HTML_BYTES``; EPUB members over
  32 MB), so the whole page is read. ``huge_tree`` does not open the door to entity bombs here: HTML declares no
  entities, and a DOCTYPE's internal subset is removed first (below). Only the first parse stays limited, so an
  ordinary page costs what it did; a page with one huge piece costs a short failed parse more.
* HTML has no DTD: a ``<!DOCTYPE ... [ <!ENTITY ...> ]>`` internal subset (an entity-expansion bomb, or an
  XHTML chapter's own entities) is removed before the parse, so no custom entity is ever expanded and its
  declarations do not leak into the text (a reference to one stays as literal text).
* libxml2 stops building the tree at 256 levels of nesting without ``huge_tree``: what lies deeper (and after)
  is dropped, and :func:`parse_html_text` says so (the caller tells the reader). With ``huge_tree`` it builds
  2,048 levels, so after that parse the elements below :data:`MAX_DEPTH` levels are cut off here (their tail
  text kept) and reported the same way: one page reads the same whichever parse read it.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from reader.errors import ReaderError

_INTERNAL_SUBSET = re.compile(
    r"\s*(?:<\?xml[^>]{0,500}>\s*)?(?:<!--.{0,2000}?-->\s*){0,20}<!DOCTYPE\b[^\[>]{0,500}\[", re.I | re.S
)
MAX_DEPTH = 256
"""Levels of elements kept (libxml2's own limit without ``huge_tree``): deeper elements are dropped."""
_NOT_XML = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
"""Characters an lxml tree cannot hold (its text could not be set back): a form feed becomes a space (it is
white space in HTML), the others U+FFFD, as a browser shows a NUL."""


def _without_internal_subset(text: str) -> str:
    """``text`` with a leading DOCTYPE's internal subset (entity declarations) removed."""
    found = _INTERNAL_SUBSET.match(text, 0, 70_000)
    if found is None:
        return text
    end = text.find("]", found.end())
    close = text.find(">", end) if end >= 0 else -1
    if close < 0:
        return text[: found.start()]  # an unterminated subset: nothing after it is a page
    return text[: found.start()] + "<!DOCTYPE html>" + text[close + 1 :]


def _xml_safe(match: re.Match[str]) -> str:
    return " " if match.group() == "\x0c" else "\ufffd"


def _parse(data: bytes, huge: bool) -> tuple[Any, bool, bool]:
    """(root or None, True when the nesting limit cut the tree, True when the size limit cut it)."""
    parser = lxml_html.HTMLParser(
        encoding="utf-8",
        no_network=True,
        huge_tree=huge,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
        default_doctype=False,
    )
    root = etree.fromstring(data, parser)
    too_deep = too_big = False
    for entry in parser.error_log:
        if entry.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT:
            if "depth" in entry.message.lower():
                too_deep = True
            elif "XML_PARSE_HUGE" in entry.message:
                too_big = True
    return root, too_deep, too_big


def _cut_below(root: Any, depth: int) -> bool:
    """Drop every element with ``depth`` element ancestors (and all below it), keeping its tail text; True when
    one was dropped. One XPath of ``depth`` child steps, evaluated in C."""
    deepest = root.xpath("/*" + "/*" * depth)
    for element in deepest:
        element.drop_tree()
    return bool(deepest)


def parse_html_text(text: str) -> tuple[Any, bool]:
    """(root element, True when nesting deeper than :data:`MAX_DEPTH` levels was dropped). A piece of the page
    over libxml2's 10 MB limit is read whole (see the module notes). Raises ReaderError when the text holds no
    element at all."""
    if _NOT_XML.search(text):
        text = _NOT_XML.sub(_xml_safe, text)
    data = _without_internal_subset(text).encode("utf-8", errors="replace")
    try:
        root, too_deep, too_big = _parse(data, huge=False)
        if too_big:
            root, too_deep, _ = _parse(data, huge=True)
            if root is not None:
                too_deep = _cut_below(root, MAX_DEPTH) or too_deep
    except (etree.LxmlError, ValueError, RecursionError, MemoryError) as error:
        raise ReaderError(f"this page cannot be read as HTML ({type(error).__name__})") from None
    if root is None:
        raise ReaderError("this page holds no HTML content (it is empty)")
    return root, too_deep


def parse_html(data: bytes | str, encoding: str | None = None) -> Any:
    """A safe lxml.html parse of a page or an XHTML chapter (see the module notes). Bytes are decoded with
    ``encoding`` when given (a charset label), else as :func:`reader.sources.charset.decode_html` decides.
    Raises ReaderError when lxml finds nothing to parse."""
    from reader.sources.charset import codec_for, decode_html

    if isinstance(data, str):
        text = data
    else:
        codec = codec_for(encoding) if encoding else None
        text = data.decode(codec, errors="replace") if codec else decode_html(data)[0]
    return parse_html_text(text)[0]
