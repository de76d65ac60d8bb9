"""HTML text or bytes to an lxml element tree, safely: the one parse shared by web pages and EPUB chapters.

Apart from the walk (:mod:`reader.sources.html_blocks`) because it answers a different question - can this text
be trusted to the parser at all - and because :mod:`reader.sources.html` and :mod:`reader.sources.epub` parse
before they decide what to walk (trafilatura's article, a chapter's body).

Decisions:

* lxml's HTML parser (libxml2) with no network, no ``huge_tree`` and comments and processing instructions
  dropped; control characters XML cannot hold are replaced first (:data:`_NOT_XML`).
* HTML has no DTD: a ``<!DOCTYPE ... [ <!ENTITY ...> ]>`` internal subset (an entity-expansion bomb, or an
  XHTML chapter's own entities) is removed before the parse, so no custom entity is ever expanded and its
  declarations do not leak into the text (a reference to one stays as literal text).
* libxml2 stops building the tree at 256 levels of nesting without ``huge_tree``: what lies deeper (and after)
  is dropped, and :func:`parse_html_text` says so (the caller tells the reader).
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


def parse_html_text(text: str) -> tuple[Any, bool]:
    """(root element, True when nesting deeper than the parser's limit was dropped). Raises ReaderError when
    the text holds no element at all."""
    if _NOT_XML.search(text):
        text = _NOT_XML.sub(_xml_safe, text)
    data = _without_internal_subset(text).encode("utf-8", errors="replace")
    parser = lxml_html.HTMLParser(
        encoding="utf-8",
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
        default_doctype=False,
    )
    try:
        root = etree.fromstring(data, parser)
    except (etree.LxmlError, ValueError, RecursionError, MemoryError) as error:
        raise ReaderError(f"this page cannot be read as HTML ({type(error).__name__})") from None
    if root is None:
        raise ReaderError("this page holds no HTML content (it is empty)")
    too_deep = any("depth" in entry.message.lower() for entry in parser.error_log)
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
