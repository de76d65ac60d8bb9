"""Read a file that reader was given - a document, an import file, the store, its journal - safely and bounded.

Every input goes through here, because each one is a file name that someone else may have chosen. The class of
fault this module exists to close is "a read bounded by ``st_size``": ``st_size`` is 0 for ``/dev/zero``, a FIFO
or a terminal, so a size check before an unbounded read let ``reader quotes /dev/zero`` read until memory ran
out, and a plain ``open()`` of a FIFO blocked until a writer appeared (for ever).

Decisions, and why:

* Only regular files are read. A character or block device, a FIFO or a socket is refused by its type
  (:class:`NotRegularFile`; a directory with the IsADirectoryError that ``open`` would give), before a single
  byte is read. The path is ``stat``'ed first, so an obvious device is never even opened (opening some devices
  has effects of its own), and then the *opened descriptor* is ``fstat``'ed and checked again: what is read is
  what was checked, whatever is renamed onto the path in between (no time-of-check to time-of-use gap).
* The file is opened with ``O_NONBLOCK`` (a FIFO's open returns at once instead of waiting for a writer) and
  ``O_NOCTTY`` (a terminal never becomes our controlling terminal), and stays non-blocking while it is read:
  for a regular file that changes nothing, and a special file that claims to be regular but has no data yet
  (``/proc/kmsg``) is refused instead of waited for.
* Every read is bounded by the bytes actually read, never by what ``stat`` said: a file that grows while it is
  read stops at ``limit`` + 1 bytes and is refused (:class:`InputTooLarge`), and a ``/proc`` file whose size
  says 0 is read to its real end. A regular file whose size is already over the limit is refused unread.
* Both refusals are :class:`OSError` subclasses carrying a readable ``strerror`` ("it is a FIFO (named pipe),
  not a regular file"), so any caller's existing ``except OSError`` turns them into a clean one-line message;
  callers that want their own wording catch them first.

Pure standard library: the store, the loader and the importer all use it, and none of them may import more.
"""

from __future__ import annotations

import errno
import os
import stat
from typing import BinaryIO

_CHUNK = 1024 * 1024
"""Bytes asked for per read when the size is not known in advance (a stream, a file that grew)."""

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
)


class InputRefused(OSError):
    """A file reader will not read; ``strerror`` is a phrase to put after the file's name ("it is ...")."""


class NotRegularFile(InputRefused):
    """The path names a device, a FIFO or a socket: only regular files are read."""

    def __init__(self, kind: str, filename: str | None = None) -> None:
        super().__init__(errno.EINVAL, f"it is {kind}, not a regular file", filename)
        self.kind = kind
        """What it is instead, with its article: "a FIFO (named pipe)", "a character device", ..."""


class InputTooLarge(InputRefused):
    """More than the limit: ``size`` is the size stat reported when that was already too large, else None
    (the file grew while it was read, or it is a stream: then only "more than ``limit``" is known)."""

    def __init__(self, limit: int, size: int | None = None, filename: str | None = None) -> None:
        shown = f"{size / 1024 / 1024:.0f} MB" if size is not None else f"more than {_megabytes(limit)}"
        super().__init__(errno.EFBIG, f"it is {shown}; the limit is {_megabytes(limit)}", filename)
        self.limit = limit
        self.size = size


def _megabytes(count: int) -> str:
    return f"{count // 1024 // 1024} MB"


def file_kind(mode: int) -> str | None:
    """What a ``st_mode`` names when it is not a regular file ("a FIFO (named pipe)", ...); None for one."""
    for test, kind in _KINDS:
        if test(mode):
            return kind
    return None if stat.S_ISREG(mode) else "not a regular file"


def _refuse(mode: int, name: str) -> None:
    if stat.S_ISDIR(mode):  # what open() itself says of a directory, so callers' handling of it still applies
        raise IsADirectoryError(errno.EISDIR, "Is a directory", name)
    kind = file_kind(mode)
    if kind is not None:
        raise NotRegularFile(kind, name)


def open_regular(path: str | os.PathLike[str], *, follow: bool = True) -> BinaryIO:
    """``path`` opened for reading (binary, buffered) after checking, on the open descriptor, that it is a
    regular file. Raises :class:`NotRegularFile`, or the OSError of the failed ``stat``/``open``
    (FileNotFoundError, PermissionError, ...). ``follow=False``: a symbolic link is refused (the reader's own
    files, such as the page cache's entries, are never links; one there was put by someone else)."""
    name = os.fsdecode(path)
    _refuse((os.stat if follow else os.lstat)(path).st_mode, name)  # never open what is plainly not a regular file
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.ENXIO:  # a socket (or a device without its driver) swapped in since the stat
            raise NotRegularFile("a socket", name) from None
        raise
    try:
        _refuse(os.fstat(fd).st_mode, name)  # the descriptor we read is what counts
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bounded(stream: BinaryIO, limit: int, *, name: str | None = None) -> bytes:
    """Everything from ``stream``'s position to its end, refusing more than ``limit`` bytes by counting what is
    read (:class:`InputTooLarge`). Works on files from :func:`open_regular` and on pipes (stdin)."""
    hint = _remaining(stream)
    if hint is not None and hint > limit:
        raise InputTooLarge(limit, hint, name)
    chunks: list[bytes] = []
    total = 0
    # One read of the whole size for a regular file (one allocation, as Path.read_bytes does), then reads until
    # the end; never more than limit + 1 bytes in all, which is how "too large" is known without a size.
    want = _CHUNK if hint is None else hint + 1
    while True:
        try:
            chunk = stream.read(max(1, min(want, limit + 1 - total)))
        except BlockingIOError:
            chunk = None
        if chunk is None:  # a non-blocking descriptor with nothing to read now: not a regular file's data
            raise NotRegularFile("a special file with no data ready", name)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise InputTooLarge(limit, None, name)
        want = _CHUNK
    return b"".join(chunks)


def _remaining(stream: BinaryIO) -> int | None:
    """Bytes left in a regular file (its size minus the position), None for a stream."""
    try:
        info = os.fstat(stream.fileno())
        if not stat.S_ISREG(info.st_mode):
            return None
        return max(info.st_size - stream.tell(), 0)
    except (OSError, ValueError, AttributeError):  # no descriptor (a BytesIO in a test), unseekable, closed
        return None


def read_regular_file(path: str | os.PathLike[str], limit: int, *, follow: bool = True) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them: :func:`open_regular` +
    :func:`read_bounded`. Raises :class:`NotRegularFile`, :class:`InputTooLarge` or the OSError of the read."""
    with open_regular(path, follow=follow) as stream:
        return read_bounded(stream, limit, name=os.fsdecode(path))
