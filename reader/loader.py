"""Read a local file's bytes, refusing bad input with one clear line; :func:`load_document` converts them.

Decisions (also in the README):
* A missing file, a directory, an unreadable file, an empty file (nothing but white space) and a file over
  :data:`MAX_BYTES` are refused; so is anything that is not a regular file (a device such as ``/dev/zero``, a
  FIFO, a socket), by its type, since its size says nothing about how much it would give. The limit is counted
  in bytes read, not taken from ``stat`` (:mod:`reader.bounded_read`).
* What the bytes are (text, Markdown, HTML, EPUB, a binary format named in the refusal) is decided by
  :mod:`reader.sources`; text decoding and binary detection are in :mod:`reader.sources.decode`.
* Invalid UTF-8 is opened, not refused: each bad byte becomes U+FFFD, and the app says how many were replaced.
"""

from __future__ import annotations

import os

from reader.bounded_read import InputTooLarge, NotRegularFile, read_regular_file
from reader.document import Document
from reader.errors import ReaderError
from reader.sanitize import sanitize
from reader.sources.decode import decode_text, looks_binary

MAX_BYTES = 200 * 1024 * 1024
"""Largest file the reader opens (200 MiB); larger files are refused."""

__all__ = ["MAX_BYTES", "decode_text", "load_document", "looks_binary", "read_file_bytes", "read_text", "show_path"]


_NAME_BREAKS = str.maketrans({"\n": "␊", "\r": "␍", "\t": "␉"})


def visible_breaks(name: str) -> str:
    """``name`` with its line breaks and tabs as ␊ ␍ ␉ (see :func:`show_path`), for a file name that is
    sanitised later or shown in pieces."""
    return name.translate(_NAME_BREAKS)


def show_path(path: str | os.PathLike[str]) -> str:
    """A file name safe to print in a message or show in the app. Line breaks and tabs, which :func:`sanitize`
    shows as spaces in running text, are visible here (␊ ␍ ␉): in a name, ``new\nline.txt`` and ``new line.txt``
    are two different files."""
    return sanitize(os.fsdecode(path).translate(_NAME_BREAKS))


def read_file_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of ``path``. Raises ReaderError.

    Only a regular file is read, and never more than :data:`MAX_BYTES` of it, counted as read (see
    :mod:`reader.bounded_read`): a device, a FIFO or a socket is refused by its type before anything is read."""
    name = show_path(path)
    try:
        return read_regular_file(path, MAX_BYTES)
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
    except ValueError:  # a NUL in the path (a store's or an import's path; argv cannot hold one): no system call
        raise ReaderError(f"no such file: {name} (a file name cannot hold a NUL character)") from None


def read_text(path: str | os.PathLike[str]) -> tuple[str, int]:
    """The decoded text of ``path`` (as plain text, whatever its kind) and the number of bytes replaced by
    U+FFFD. Raises ReaderError."""
    return decode_text(read_file_bytes(path), show_path(path))


def load_document(path: str | os.PathLike[str]) -> Document:
    """Load and convert the file ``path``, whatever its kind (:func:`reader.sources.load_file`). The document
    keeps the absolute path: annotations made on a file are found again (and re-anchored) wherever reader runs.
    Raises ReaderError."""
    from reader.sources import load_file

    return load_file(path)
