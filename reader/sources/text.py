"""Plain text as a Document: decoded by :mod:`reader.sources.decode`, parsed by :mod:`reader.document` (the first
line is the title, blank lines separate paragraphs). Offsets index the decoded text as it is."""

from __future__ import annotations

from reader.document import Document
from reader.document_meta import SourceInfo
from reader.sources import Origin
from reader.sources.decode import decode_text


def from_bytes(data: bytes, origin: Origin) -> Document:
    """Raises ReaderError for empty or binary input."""
    text, replaced = decode_text(data, origin.name)
    info = SourceInfo(kind="text", path=origin.path, url=origin.url)
    return Document(text, path=origin.path or origin.url, replaced_bytes=replaced, info=info)
