"""Plain text as a Document: decoded by :mod:`reader.sources.decode`, parsed by :mod:`reader.document` (the first
line is the title, blank lines separate paragraphs). Offsets index the decoded text as it is.

A large file (over :data:`SPLIT_BYTES`) is decoded in two steps: its start now, for the first screen, and the
whole when the document is finished (:meth:`Document.finish_parsing`, in the app's start-up worker after the
first paint; the CLI commands finish documents before they use them). Decoding 100 MB took 0.2 s of its first
paint; its start takes a millisecond. Its id, the hash of the whole text, waits for the whole text too (and is
taken from the bytes where they are the text's UTF-8)."""

from __future__ import annotations

from reader.document import Document, utf8_document_id
from reader.document_meta import SourceInfo
from reader.sources import Origin
from reader.sources.decode import bom_encoding, decode_head, decode_text

SPLIT_BYTES = 32 * 1024 * 1024
"""Files larger than this are decoded in two steps. A character is at most 4 bytes (a replaced invalid sequence
at most 3), so such a file's text is over ``LAZY_THRESHOLD`` characters in any encoding: its blocks are parsed in
two steps as well, as they were when it was decoded whole.

Why 32 MiB (it was 4 MiB): decoding is one C call that holds the interpreter lock (~25-40 ms at 20 MB). Before
the first paint it lengthens the paint by that much (20 MB: ~8%, within its 1.5x-the-seed target); after it, in
the start-up worker, a key typed during it waited for all of it (30-60 ms on this machine, the slowest keys of
the first second). Only files so large that the decode would weigh on the paint (100 MB: ~130 ms) wait."""


_SOFT_HYPHEN_UTF8 = b"\xc2\xad"
"""U+00AD in UTF-8: bytes that hold it are not the text's UTF-8, which drops it
(:func:`reader.sanitize.without_soft_hyphens`)."""


def from_bytes(data: bytes, origin: Origin) -> Document:
    """Raises ReaderError for empty or binary input."""
    info = SourceInfo(kind="text", path=origin.path, url=origin.url)
    path = origin.path or origin.url
    head = decode_head(data, origin.name) if len(data) > SPLIT_BYTES else None
    if head is not None:
        return Document(head, path=path, info=info, whole=lambda: decode_whole(data, origin.name))
    text, replaced = decode_text(data, origin.name)
    bom = bom_encoding(data)
    doc_id = None
    if not replaced and (bom is None or bom[0] == "utf-8") and _SOFT_HYPHEN_UTF8 not in data:
        # The id from the bytes (~12 ms at 20 MB, outside the interpreter lock) rather than encoding the text
        # again in the start-up worker (~50 ms at 20 MB, a piece at a time), where a highlight made in the first
        # second waited for it: the id is computed once, under a lock.
        doc_id = utf8_document_id(memoryview(data)[3 if bom is not None else 0 :])
    return Document(text, path=path, replaced_bytes=replaced, info=info, doc_id=doc_id)


def decode_whole(data: bytes, name: str) -> tuple[str, int, str | None]:
    """The whole text of a large file, its count of replaced bytes, and its id when the bytes are the text's UTF-8
    (no BOM of UTF-16/32, nothing replaced): hashed from the bytes, which lets go of the interpreter lock, instead
    of encoding 20 MB of text again in the start-up worker while the user presses keys (issue 14)."""
    text, replaced = decode_text(data, name)
    bom = bom_encoding(data)
    if replaced or (bom is not None and bom[0] != "utf-8") or _SOFT_HYPHEN_UTF8 in data:
        return text, replaced, None  # (the text is not the bytes: hashed from the text)
    return text, replaced, utf8_document_id(memoryview(data)[3 if bom is not None else 0:])
