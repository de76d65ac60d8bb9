"""Bytes to text for the text-like sources, and names for the binary formats the reader does not open.

Decisions:
* A byte-order mark decides the encoding: UTF-8, UTF-16 (LE/BE) or UTF-32 (LE/BE); without one, UTF-8, each
  invalid byte becoming U+FFFD (counted, and said by the app). UTF-16 without a BOM is not guessed: it would be
  a guess, and a wrong one turns a file into nonsense.
* Known binary formats are named in the refusal ("PDF is not supported", "this is a ZIP archive"), so a user
  knows what they gave; other binary input (NUL or control bytes over 1 % of the first 64 KiB) is "binary".
  A stray NUL in a text file (see the hostile article) is text, shown as a placeholder.
* Empty input (nothing but white space) is refused: there is nothing to read.
* A large file is decoded in two steps (issue 14: decoding 100 MB took 0.2 s of the first paint, which shows
  its first screen only): :func:`decode_head` makes the checks and decodes about the first MiB, and
  :func:`decode_text` the whole later, in the start-up worker. The start is decoded as a stream decoder
  decodes a first chunk (``codecs.utf_8_decode(..., final=False)``): it stops before a character cut in two,
  so it is exactly the start of the whole text, whatever the bytes (tested with any bytes and any cut). The
  count of replaced bytes is known only with the whole.

Pure standard library.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable

from reader.errors import ReaderError
from reader.sanitize import without_soft_hyphens

SAMPLE = 64 * 1024
HEAD_BYTES = 1024 * 1024
"""Bytes of a large file decoded before the first paint (:func:`decode_head`): over 250,000 characters in any
encoding, more than the first part a large document's blocks are parsed from (``reader.blocks.FIRST_PART``)."""
_BINARY_CONTROLS = bytes(byte for byte in range(0x20) if byte not in b"\t\n\r\f\x0b\x1b")
"""C0 bytes that plain text does not contain (tab, line breaks, form feed and ESC are allowed)."""

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document: PDF is not supported (convert it to text first, e.g. with pdftotext)"),
    (b"\x89PNG", "a PNG image, not text"),
    (b"\xff\xd8\xff", "a JPEG image, not text"),
    (b"GIF8", "a GIF image, not text"),
    (b"RIFF", "a RIFF file (an image, audio or video), not text"),
    (b"\x1f\x8b", "a gzip-compressed file: decompress it first (gunzip)"),
    (b"BZh", "a bzip2-compressed file: decompress it first (bunzip2)"),
    (b"\xfd7zXZ\x00", "an xz-compressed file: decompress it first (unxz)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive, not text"),
    (b"Rar!", "a RAR archive, not text"),
    (b"\x7fELF", "a program (ELF executable), not text"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document: save it as text or HTML first"),
    (b"SQLite format 3\x00", "an SQLite database, not text"),
    (b"{\\rtf", "an RTF document: RTF is not supported (save it as text or HTML first)"),
)


_STREAM_DECODERS: dict[str, Callable[[memoryview, str, bool], tuple[str, int]]] = {
    "utf-8": codecs.utf_8_decode,
    "utf-16-le": codecs.utf_16_le_decode,
    "utf-16-be": codecs.utf_16_be_decode,
    "utf-32-le": codecs.utf_32_le_decode,
    "utf-32-be": codecs.utf_32_be_decode,
}
"""The stream decoders of the encodings :func:`decode_text` decodes: given ``final=False`` they leave a
character cut at the end of the bytes undecoded and say how many bytes they used."""


def bom_encoding(data: bytes) -> tuple[str, str, int] | None:
    """(codec, name, BOM length) when ``data`` starts with a byte-order mark."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return codec, name, len(bom)
    return None


def describe_binary(data: bytes) -> str | None:
    """What a known binary format is, as the end of a sentence ("a PDF document: PDF is not supported"), or
    None. A ZIP archive is named by what it holds (an EPUB is not binary to the reader: it is opened)."""
    for signature, description in _SIGNATURES:
        if data.startswith(signature):
            return description
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        head = data[:4096]
        if b"word/" in head:
            return "a Word document (.docx): save it as text or HTML first"
        if b"ppt/" in head or b"xl/" in head:
            return "an Office document: it is not supported"
        if b"META-INF/" in head or b"mimetype" in head and b"opendocument" in head:
            return "an OpenDocument file: save it as text or HTML first"
        return "a ZIP archive, not a document"
    return None


def is_epub(data: bytes) -> bool:
    """An EPUB starts as a ZIP whose first entry is ``mimetype`` holding ``application/epub+zip``."""
    return data.startswith(b"PK\x03\x04") and b"mimetypeapplication/epub+zip" in data[:200]


def looks_binary(sample: bytes) -> bool:
    """Control bytes (NUL and other C0 that text does not use) over 1 % of the sample."""
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _BINARY_CONTROLS))  # C-speed count
    return controls * 100 > len(sample)


def check_not_binary(data: bytes, name: str) -> None:
    """Raise ReaderError naming a known binary format, or saying ``name`` is binary."""
    known = describe_binary(data[:SAMPLE])
    if known is not None:
        raise ReaderError(f"{name} is {known}")
    if looks_binary(data[:SAMPLE]):
        raise ReaderError(f"{name} looks like a binary file, not text (NUL or control bytes)")


def decode_text(data: bytes, name: str) -> tuple[str, int]:
    """The text of a document's bytes and the number of bytes replaced by U+FFFD; ``name`` (display-safe) is
    for the messages. Raises ReaderError for empty or binary input."""
    bom = bom_encoding(data)
    if bom is not None and bom[0] != "utf-8":
        codec, label, size = bom
        text = data[size:].decode(codec, errors="replace")
        if not text.strip():
            raise ReaderError(f"{name} is empty: there is nothing to read")
        replaced = text.count("\ufffd") - data[size:].decode(codec, errors="ignore").count("\ufffd")
        return without_soft_hyphens(text), max(replaced, 0)
    _check_utf8(data, name)
    # One call, though it holds the interpreter lock ~25-40 ms for 20 MB: decoding in pieces and joining them
    # held it ~20 ms for the join alone and doubled the peak memory; the app starts it when no key is in hand
    # (reader.give_way).
    text = data.decode("utf-8-sig", errors="replace")
    replaced = 0
    if "\ufffd" in text:
        # Replacement characters that were in the file as real U+FFFD do not count as replaced bytes. Their bytes
        # (EF BF BD) always decode to one: EF is never a continuation byte, so no bad sequence before it takes it
        # in (the count is tested against decoding with surrogateescape, which it replaces: a second decode).
        replaced = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    return without_soft_hyphens(text), max(replaced, 0)


def _check_utf8(data: bytes, name: str) -> None:
    """Refuse empty or binary input that has no byte-order mark of UTF-16 or UTF-32."""
    if not data or data.isspace():  # not data.strip(): that copies the whole file (7 ms for 20 MB) to say no
        raise ReaderError(f"{name} is empty: there is nothing to read")
    check_not_binary(data, name)


def decode_head(data: bytes, name: str, size: int = HEAD_BYTES) -> str | None:
    """The start of the text :func:`decode_text` makes of ``data``: about ``size`` bytes decoded, ended before a
    character the cut would split, so it is exactly a prefix of the whole text. None when ``data`` is no longer
    than ``size``, or its start is only white space in UTF-16/32 (decode it whole: that says whether it is
    empty). Raises the ReaderError :func:`decode_text` would for empty or binary input (the checks need only the
    start of the bytes); the count of replaced bytes waits for the whole text."""
    if len(data) <= size:
        return None
    bom = bom_encoding(data)
    codec, skip = ("utf-8", 0) if bom is None else (bom[0], bom[2])
    if codec == "utf-8":
        _check_utf8(data, name)
    text, _ = _STREAM_DECODERS[codec](memoryview(data)[skip:size], "replace", False)
    if codec != "utf-8" and (not text or text.isspace()):
        return None
    return without_soft_hyphens(text)
