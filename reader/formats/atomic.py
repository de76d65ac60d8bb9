"""Write a file all at once or not at all.

The text goes to a temporary file in the destination's directory (so the final rename stays on one file
system), is flushed and fsynced, takes the permissions the destination has (or would get from the umask), and
then replaces the destination with :func:`os.replace`, which is atomic on POSIX and Windows. On any failure
the temporary file is removed and the destination is untouched. A symlink at the destination is replaced, not
followed.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``text`` (UTF-8, line endings as given). Raises OSError; never half-writes."""
    target = Path(path)
    data = text.encode(encoding)
    if target.is_dir():
        raise IsADirectoryError(21, "Is a directory", str(target))
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
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
