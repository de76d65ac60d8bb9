"""Where an exported document came from: the rules for a document's *source* (its provenance), shared by the
store (which keeps it in the document's record), the exports (which write it) and the importers (which read it
back).

A source is a flat ``dict[str, str]`` of the non-empty fields of :meth:`reader.document_meta.SourceInfo.provenance`
(:data:`SOURCE_KEYS`, in that order): ``kind`` (text, markdown, html, epub), ``path`` (the absolute local file),
``url`` (the page's address, or the canonical URL a saved page names), ``title``, ``author``, ``date``, ``site``,
``language``. Every value is the source's raw text: it is sanitised where it is shown (the Markdown export, the
terminal-safe JSON writer), never here.

Decisions, and why:

* **Two readers of the same rules.** :func:`clean_source` never raises: the store reads whatever its file holds
  with it (a hand-edited or hostile record must not lock anyone out), and it is the last step of every export.
  :func:`parse_source` is the importers' strict front: an object whose known keys hold strings, or one error line
  naming the place (``documents[0].source.title: expected a string, got 3``), like every other import error; it
  then applies :func:`clean_source`.
* **Unknown keys are dropped, not refused** (unlike the native format's other objects): a later reader may
  record more about a source (a publisher, an ISBN), and its exports should still import here.
* **Bounds.** Each value is at most :data:`MAX_SOURCE_CHARS` characters. A longer title, author, date, site or
  language is cut there (it is descriptive text); a longer path or URL is dropped, because a cut address names
  something else.
* **Only web addresses.** A ``url`` must be ``http:`` or ``https:`` with a host and no user name or password
  (as :mod:`reader.sources.url` refuses them); anything else (``javascript:``, ``file:``, ``data:``) is dropped,
  so no export ever turns a stored value into a link to something else.
* **Unknown kinds become "text"**: the kind only says how the document's text was made, and plain text is what
  every reader can open.
* Nothing here reads a file or fetches a URL a source names: a source is provenance text, never a pointer the
  reader follows.

Pure: no I/O, no tinydb, no Textual; it imports nothing of :mod:`reader.formats`, so the store can use it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from reader.annotation_rules import describe
from reader.document_meta import SOURCE_KINDS, SourceInfo
from reader.errors import ReaderError

SOURCE_KEYS: tuple[str, ...] = ("kind", "path", "url", "title", "author", "date", "site", "language")
"""The fields of a document's source, in the order every export writes them."""
MAX_SOURCE_CHARS = 2_000
"""The longest value of a source field kept (see the module note: text is cut, a path or URL is dropped)."""
_ADDRESSES = frozenset({"path", "url"})

Source = dict[str, str]


def is_web_url(value: str) -> bool:
    """True for an ``http:``/``https:`` URL with a host and no user name or password (no I/O, no DNS)."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:  # an invalid IPv6 literal, a bad port
        return False
    return parts.scheme.lower() in ("http", "https") and bool(host) and "@" not in parts.netloc


_NOT_IN_URI = re.compile(r"%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@/?#\[\]%]")


def uri_text(url: str) -> str:
    """``url`` with every character a URI may not hold percent-encoded as UTF-8 (a space, non-ASCII, a
    control, ``<``, ``"``, a ``%`` that starts no escape); a valid URI stays as it is. For the exports: the W3C
    target's ``source`` and the Markdown citation's link."""
    return _NOT_IN_URI.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8", "surrogatepass")), url)


def clean_source(value: object) -> Source:
    """``value`` (a mapping, a :class:`SourceInfo`, or anything at all) as a source: known keys only, in
    :data:`SOURCE_KEYS` order, non-empty strings within the bounds. Never raises."""
    if isinstance(value, SourceInfo):
        value = value.provenance()
    if not isinstance(value, Mapping):
        return {}
    cleaned: Source = {}
    for key in SOURCE_KEYS:
        try:
            raw = value.get(key)
        except Exception:  # a hostile Mapping (JSON only ever gives dicts)
            return {}
        if not isinstance(raw, str) or not raw.strip():
            continue
        if key == "kind":
            cleaned[key] = raw if raw in SOURCE_KINDS else "text"
        elif key in _ADDRESSES:
            if len(raw) <= MAX_SOURCE_CHARS and (key != "url" or is_web_url(raw)):
                cleaned[key] = raw
        else:
            cleaned[key] = raw[:MAX_SOURCE_CHARS]
    return cleaned


def parse_source(value: Any, where: str) -> Source:
    """An imported ``source`` object, checked (an object; each known key a string), unknown keys dropped and the
    rest cleaned by :func:`clean_source`; ReaderError naming ``where`` otherwise. ``None`` is no source."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ReaderError(f"{where}: expected an object, got {describe(value)}")
    for key in SOURCE_KEYS:
        if key in value and not isinstance(value[key], str):
            raise ReaderError(f"{where}.{key}: expected a string, got {describe(value[key])}")
    return clean_source(value)


__all__ = ["MAX_SOURCE_CHARS", "SOURCE_KEYS", "Source", "clean_source", "is_web_url", "parse_source", "uri_text"]
