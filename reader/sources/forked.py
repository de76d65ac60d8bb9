"""Convert a web page in a forked child while the app's own start-up goes on in the parent.

A saved page's first paint waited for two large imports one after the other: trafilatura (about 150-180 ms with
its dependencies: urllib3, htmldate, courlan...) and then Textual. Neither needs the other, so the CLI forks a
child right after it has read the page's bytes; the child imports trafilatura and converts the page, the parent
opens the store and imports Textual meanwhile, and then reads the converted document from a pipe. On a machine
with a free core the two imports overlap; on a busy one nothing is lost but the fork (about a millisecond).

Decisions:
* Only where it pays and is safe: a POSIX ``fork`` (not Windows), in the CLI before Textual is imported (the
  process has no other threads then, so the child inherits no held lock), and only for kinds whose converter
  loads a heavy library (HTML), and for a URL (httpx and the fetch, then the page's conversion; the child
  writes the page cache as the parent would). A document converted in parts (an EPUB) cannot be sent: a URL
  that turns out to be an EPUB fails to pickle in the child, which then exits, and the parent opens it itself.
* The fork, the pipe and the fallback are :func:`reader.forking.in_child`'s: anything odd (the fork fails, the
  child dies, the pipe breaks, the payload is damaged) falls back to converting in this process, which gives
  the real error (or result) the user would have had without it.
"""

from __future__ import annotations

from collections.abc import Callable

from reader import forking
from reader.document import Document
from reader.document_meta import SourceKind
from reader.sources import Origin, convert

FORKED_KINDS: frozenset[SourceKind] = frozenset({"html"})
"""Kinds converted in a child process (their converter's imports are what the first paint would wait for)."""


def convert_soon(data: bytes, origin: Origin, kind: SourceKind) -> Callable[[], Document]:
    """Start converting ``data`` and return a function that gives the Document (raising ReaderError as
    :func:`reader.sources.convert` would). Forks for :data:`FORKED_KINDS`; otherwise the conversion happens
    when the function is called."""
    if kind not in FORKED_KINDS:
        return lambda: convert(data, origin, kind)
    return in_child(lambda: convert(data, origin, kind))


def in_child(work: Callable[[], Document], fallback: Callable[[], Document] | None = None) -> Callable[[], Document]:
    """Run ``work`` in a forked child now (:func:`reader.forking.in_child`); the returned function waits for its
    Document, or raises its ReaderError. Where a fork is not possible, ``work`` runs in this process when the
    function is called; where the child fails in any other way, ``fallback`` (default ``work``)."""
    return forking.in_child(work, lambda value: isinstance(value, Document), fallback=fallback)
