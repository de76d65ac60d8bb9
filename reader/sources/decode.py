"""Bytes to text for the text-like sources, and names for the binary formats the reader does not open.

Decisions:
* A byte-order mark decides the encoding: UTF-8, UTF-16 (LE/BE) or UTF-32 (LE/BE); without one, UTF-8, each
  invalid byte becoming U+FFFD (counted, and said by the app). UTF-16 without a BOM is not guessed: it would be
  a guess, and a wrong one turns a file into nonsense.
* Known binary formats are named in the refusal ("PDF is not supported", "this is a ZIP archive"), so a user
  knows what they gave; other binary input (NUL or control bytes over 1 % of the first 64 KiB) is "binary".
  A stray NUL in a text file (see the hostile article) is text, shown as a placeholder.
* Empty input (nothing but white space) is refused: there is nothing to read.

Pure standard library.
"""

from __future__ import annotations

import codecs

from reader.errors import ReaderError

SAMPLE = 64 * 1024
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
        return text, max(replaced, 0)
    if not data or data.isspace():  # not data.strip(): that copies the whole file (7 ms for 20 MB) to say no
        raise ReaderError(f"{name} is empty: there is nothing to read")
    check_not_binary(data, name)
    text = data.decode("utf-8-sig", errors="replace")
    replaced = 0
    if "\ufffd" in text:
        # Replacement characters that were in the file as real U+FFFD do not count as replaced bytes.
        replaced = text.count("\ufffd") - data.decode("utf-8-sig", errors="surrogateescape").count("\ufffd")
    return text, max(replaced, 0)
