"""Write a file all at once or not at all - or, for a device or a FIFO, straight into it.

A regular file (or a name that does not exist yet): the text goes to a temporary file in the destination's
directory (so the final rename stays on one file system), is flushed and fsynced, takes the permissions the
destination has (or would get from the umask), and then replaces the destination with :func:`os.replace`, which
is atomic on POSIX and Windows. On any failure the temporary file is removed and the destination is untouched. A
symlink to a regular file is replaced, not followed.

A character device or a FIFO (``-o /dev/null``, ``-o /dev/stdout`` on a terminal, a named pipe another program
reads) is not a file to replace: renaming over it replaced the device node itself (as root, ``-o /dev/null``
left a regular file where ``/dev/null`` was; as anyone else it failed). Atomic replacement only means something
for regular files, so those are written directly, as a shell's ``>`` would: opened without creating or
truncating, checked on the opened descriptor to be what the path said (no time-of-check to time-of-use gap), and
written whole. A FIFO's open waits for its reader, as ``>`` does. A block device, a socket or a directory is
refused: writing an export over a disk is never what was meant.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path


class StreamWriteError(OSError):
    """A write into a device or a FIFO failed part-way: unlike a regular file, some of the text may have gone."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _is_stream(mode: int) -> bool:
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


def write_atomic(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``text`` (UTF-8, line endings as given); a device or FIFO is written into
    instead (see the module note). Raises OSError; never half-writes a regular file."""
    target = Path(path)
    data = text.encode(encoding)
    try:
        info: os.stat_result | None = target.stat()  # follows a symlink: a link to /dev/null writes to it
    except FileNotFoundError:
        info = None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "Is a directory", str(target))
        if _is_stream(info.st_mode):
            if _write_stream(target, data):
                return
        elif not stat.S_ISREG(info.st_mode):
            kind = "a block device" if stat.S_ISBLK(info.st_mode) else "a socket"
            raise OSError(errno.EINVAL, f"it is {kind}, not a file to write an export to", str(target))
    _replace(target, data, None if info is None or not stat.S_ISREG(info.st_mode) else stat.S_IMODE(info.st_mode))


def replace_atomic(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``text`` atomically, never opening what is there: a symlink is replaced, not
    followed, and a device or FIFO (also one a symlink points to) is never written into. For files the reader
    owns (its settings), where writing into whatever the path names - a FIFO would block for ever - is never
    what was meant. Raises OSError."""
    target = Path(path)
    try:
        info: os.stat_result | None = target.lstat()
    except FileNotFoundError:
        info = None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "Is a directory", str(target))
    _replace(target, text.encode(encoding), stat.S_IMODE(info.st_mode) if info and stat.S_ISREG(info.st_mode) else None)


def _write_stream(target: Path, data: bytes) -> bool:
    """Write ``data`` into the device or FIFO at ``target``; False when what was opened turned out to be a
    regular file after all (it was swapped in since the stat: the caller replaces it atomically instead)."""
    fd = os.open(target, os.O_WRONLY | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))  # no O_CREAT, no O_TRUNC
    try:
        mode = os.fstat(fd).st_mode
        if not _is_stream(mode):
            if stat.S_ISREG(mode):
                return False
            raise OSError(errno.EINVAL, "it is not a file to write an export to", str(target))
        view = memoryview(data)
        try:
            while view:
                view = view[os.write(fd, view) :]
        except OSError as error:
            raise StreamWriteError(error.errno, error.strerror, str(target)) from None
        return True
    finally:
        os.close(fd)


def _replace(target: Path, data: bytes, mode: int | None) -> None:
    """Temp file beside ``target``, fsync, ``os.replace``, fsync of the directory. ``mode`` None: the umask's."""
    if mode is None:
        mode = 0o666 & ~_umask()
    fd, temp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            os.chmod(temp_name, mode)
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    # Make the rename itself durable (best effort: not every platform can open a directory).
    with contextlib.suppress(OSError):
        dir_fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
