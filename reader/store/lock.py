"""The lock every store write is made under: an exclusive ``flock`` on the directory that holds the store file.

Why the directory and not a lock file: a lock on a file stops being exclusive the moment the file is removed or
replaced - a ``rm annotations.json.lock`` while one reader held it let the next writer create a fresh lock file,
lock that at once, and both wrote; the first then overwrote the other's changes. The directory cannot be removed
while the store file is in it, and nothing else there needs to be deleted, so there is no file whose removal
could cause a loss, and no advice to remove one. The kernel releases the lock when its holder exits, however it
exits (even SIGKILL), so a stale lock cannot exist either.

Details, and why:

* One open file description per acquisition (``os.open`` of the directory, ``flock(LOCK_EX | LOCK_NB)`` polled
  until the timeout, ``close`` to release): two Stores in one process exclude each other as two processes do.
  The lock is re-entrant within one :class:`DirectoryLock` (a count), like the lock file it replaces.
* Stores that share a directory share the lock. Writes are short (one fsync'ed append or one atomic rewrite),
  so the cost is an occasional wait of milliseconds; the gain is that no name in the directory matters.
* Where a directory cannot be locked (``flock`` on a directory fails on some network file systems), the lock
  falls back to ``<store>.lock``, opened and locked, and then checked to be still the file at that path (else it
  is opened again): a lock file replaced while this process waited is never trusted.
* Without ``fcntl`` (Windows), ``filelock`` locks ``<store>.lock``: Windows refuses to delete a file another
  process has open, which is the property the directory gives on POSIX.
"""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path
from typing import Any

POLL_SECONDS = 0.02
"""How often a waiting writer tries the lock again."""

_CONTENDED = frozenset({errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES})

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class LockTimeout(Exception):
    """Another process (or another Store in this one) held the lock for the whole timeout."""


class DirectoryLock:
    """An exclusive, re-entrant lock on the store file ``target``'s directory (see the module note)."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.directory = target.parent
        self.lock_file = target.with_name(target.name + ".lock")
        """Locked instead of the directory only where the directory cannot be locked (see the module note)."""
        self._use_file = False
        self._fd: int | None = None
        self._depth = 0
        self._fallback: Any = None

    @property
    def held(self) -> bool:
        return self._depth > 0

    @property
    def path(self) -> Path:
        """What is locked: the directory, or the lock file where the directory cannot be locked."""
        return self.lock_file if self._use_file or fcntl is None else self.directory

    def acquire(self, timeout: float) -> None:
        """Lock, waiting up to ``timeout`` seconds; :class:`LockTimeout` when it stays held, OSError when the
        directory cannot be opened or locked at all."""
        if self._depth:
            self._depth += 1
            return
        if fcntl is None:  # pragma: no cover - Windows
            self._acquire_filelock(timeout)
        else:
            self._fd = self._acquire_flock(timeout)
        self._depth = 1

    def release(self) -> None:
        if not self._depth:
            return
        self._depth -= 1
        if self._depth:
            return
        if self._fallback is not None:  # pragma: no cover - Windows
            self._fallback.release()
            self._fallback = None
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)  # closing the last descriptor of the open file description releases the flock

    def _acquire_flock(self, timeout: float) -> int:
        deadline = time.monotonic() + timeout
        flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
        while not self._use_file:
            fd = os.open(self.directory, flags)
            try:
                if _wait_for_flock(fd, deadline, self.directory):
                    # Still the directory at that path? One renamed away (``mv notes notes.old; mkdir notes``)
                    # while this process waited is not where the store will be written: lock the one there now,
                    # as a replaced lock file is never trusted either.
                    held, now = os.fstat(fd), _stat(self.directory)
                    if now is not None and (now.st_dev, now.st_ino) == (held.st_dev, held.st_ino):
                        return fd
                    os.close(fd)
                    continue
            except BaseException:
                os.close(fd)
                raise
            os.close(fd)  # the file system cannot lock a directory: lock a file, checked after locking
            self._use_file = True
        return self._acquire_lock_file(deadline)

    def _acquire_lock_file(self, deadline: float) -> int:
        lock_file = self.lock_file
        while True:
            fd = os.open(lock_file, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o666)
            try:
                if not _wait_for_flock(fd, deadline, lock_file):
                    raise OSError(errno.ENOLCK, "the file system supports no locks", str(lock_file))
                held, now = os.fstat(fd), _stat(lock_file)
                if now is not None and (now.st_dev, now.st_ino) == (held.st_dev, held.st_ino):
                    return fd
            except BaseException:
                os.close(fd)
                raise
            os.close(fd)  # locked a file that was removed or replaced meanwhile: lock the one there now

    def _acquire_filelock(self, timeout: float) -> None:  # pragma: no cover - Windows
        from filelock import FileLock, Timeout

        self._fallback = FileLock(str(self.lock_file))
        try:
            self._fallback.acquire(timeout=timeout)
        except Timeout:
            self._fallback = None
            raise LockTimeout(str(self.path)) from None


def _wait_for_flock(fd: int, deadline: float, shown: Path) -> bool:
    """Poll ``flock(LOCK_EX | LOCK_NB)`` until it succeeds (True) or ``deadline`` (LockTimeout); False when this
    file system cannot ``flock`` this file at all."""
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError as error:
            if error.errno not in _CONTENDED:
                if error.errno in (errno.EBADF, errno.EINVAL, errno.ENOLCK, errno.EOPNOTSUPP):
                    return False
                raise
        if time.monotonic() >= deadline:
            raise LockTimeout(str(shown))
        time.sleep(POLL_SECONDS)


def _stat(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None
