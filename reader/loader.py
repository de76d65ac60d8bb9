"""Read a file from disk into a :class:`~reader.document.Document`, refusing bad input with one clear line.

Decisions (also in the README):
* A missing file, a directory, an unreadable file, an empty file (nothing but white space) and a file over
  :data:`MAX_BYTES` are refused; so is anything that is not a regular file (a device such as ``/dev/zero``, a
  FIFO, a socket), by its type, since its size says nothing about how much it would give. The limit is counted
  in bytes read, not taken from ``stat`` (:mod:`reader.bounded_read`).
* Binary files are refused: a file is binary when it starts with a known binary signature, or when NUL bytes or
  other non-text control bytes are more than 1 % of its first 64 KiB. A stray NUL in a text file (see the hostile
  article) is text, and is shown as a placeholder.
* Invalid UTF-8 is opened, not refused: each bad byte becomes U+FFFD, and the app says how many were replaced.
"""

from __future__ import annotations

import os
from pathlib import Path

from reader.bounded_read import InputTooLarge, NotRegularFile, read_regular_file
from reader.document import Document
from reader.errors import ReaderError
from reader.sanitize import sanitize

MAX_BYTES = 200 * 1024 * 1024
"""Largest file the reader opens (200 MiB); larger files are refused."""

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
_SAMPLE = 64 * 1024
_BINARY_SIGNATURES = (b"%PDF", b"\x89PNG", b"PK\x03\x04", b"\x7fELF", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b")
_BINARY_CONTROLS = bytes(byte for byte in range(0x20) if byte not in b"\t\n\r\f\x0b\x1b")
"""C0 bytes that plain text does not contain (tab, line breaks, form feed and ESC are allowed)."""


def show_path(path: str | os.PathLike[str]) -> str:
    """A file name safe to print in a message or show in the app."""
    return sanitize(os.fsdecode(path))


def read_text(path: str | os.PathLike[str]) -> tuple[str, int]:
    """The decoded text of ``path`` and the number of bytes replaced by U+FFFD. Raises ReaderError.

    Only a regular file is read, and never more than :data:`MAX_BYTES` of it, counted as read (see
    :mod:`reader.bounded_read`): a device, a FIFO or a socket is refused by its type before anything is read."""
    name = show_path(path)
    try:
        data = read_regular_file(path, MAX_BYTES)
    except FileNotFoundError:
        raise ReaderError(f"no such file: {name}") from None
    except IsADirectoryError:
        raise ReaderError(f"{name} is a directory, not a text file") from None
    except NotRegularFile as error:
        raise ReaderError(f"{name} is {error.kind}, not a regular file: the reader reads text files") from None
    except InputTooLarge as error:
        size = f"{error.size / 1024 / 1024:.0f} MB" if error.size is not None else "still growing past the limit"
        raise ReaderError(f"{name} is {size}; the reader opens files up to {MAX_BYTES // 1024 // 1024} MB") from None
    except PermissionError:
        raise ReaderError(f"permission denied: {name}") from None
    except OSError as error:
        raise ReaderError(f"cannot read {name}: {error.strerror or error}") from None
    return decode_text(data, name)


def decode_text(data: bytes, name: str) -> tuple[str, int]:
    """The text of a document's bytes (already read, and bounded, by the caller) and the number of bytes
    replaced by U+FFFD; ``name`` (display-safe) is for the messages. Raises ReaderError for an empty or a binary
    input. Separate from :func:`read_text` so bytes that come from elsewhere (stdin) get the same checks."""
    if not data or data.isspace():  # not data.strip(): that copies the whole file (7 ms for 20 MB) to say no
        raise ReaderError(f"{name} is empty: there is nothing to read")
    if looks_binary(data[:_SAMPLE]):
        raise ReaderError(f"{name} looks like a binary file, not text (NUL or control bytes)")
    text = data.decode("utf-8-sig", errors="replace")
    replaced = 0
    if "\ufffd" in text:
        # Replacement characters that were in the file as real U+FFFD do not count as replaced bytes.
        replaced = text.count("\ufffd") - data.decode("utf-8-sig", errors="surrogateescape").count("\ufffd")
    return text, max(replaced, 0)


def looks_binary(sample: bytes) -> bool:
    if sample.startswith(_BINARY_SIGNATURES):
        return True
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _BINARY_CONTROLS))  # C-speed count
    return controls * 100 > len(sample)


def load_document(path: str | os.PathLike[str]) -> Document:
    """Load and parse ``path``; Markdown by suffix, plain text otherwise. Raises ReaderError."""
    text, replaced = read_text(path)
    markdown = Path(path).suffix.lower() in MARKDOWN_SUFFIXES
    # The absolute path: annotations made on a file are found again (and re-anchored) wherever reader runs.
    absolute = os.fsdecode(Path(path).resolve())
    return Document(text, path=absolute, markdown=markdown, replaced_bytes=replaced)
