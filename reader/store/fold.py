"""Folding a large store's journal into its file in a child process: ``python -m reader.store.fold STORE``.

Why a process: a fold of a 100,000-annotation store parses ~70 MB of JSON, applies the journal and encodes it
all again - ~3-4 s of CPU, all of it holding the interpreter lock (``json`` does not release it). In the app's
writer thread that froze every key for as long (0.9 s at 50,000, 1.7 s at 100,000, measured). A child process
has its own interpreter: the app's keys are never delayed by it, and on a second core it costs the app nothing
(it runs at a lower priority, ``nice`` 10, so on a busy machine the app is scheduled first).
The app (:attr:`reader.store.Store.background_folds`) starts one when its journal is due to be folded and none
is running; nothing waits for it, and quitting does not (the child is in its own session, and finishes or
dies without harm: until it replaces the journal, the journal holds everything).

The steps, and why they keep every guarantee of the in-process fold:

1. Under the store's lock (:mod:`reader.store.lock`): read the store file's bytes and the journal (checked
   as any reader checks it), and note the journal's id and the offset of its last complete line.
2. Without the lock: parse and check the file (a damaged one: exit 1, nothing touched), apply the journal and
   encode the result (:mod:`reader.store.layout`) - the slow part. Writers go on appending meanwhile.
3. Under the lock again: if the store file is no longer the one read, or the journal is another instance (some
   other process folded), give up - nothing was written. Otherwise replace the store file atomically (with its
   index), then replace the journal by a fresh one (new id) holding the lines appended since step 1, copied
   byte for byte. A crash between the two replacements leaves the old journal, whose operations up to that
   offset are already in the file: replaying them again changes nothing (upserts and removals by id), exactly
   the in-process fold's argument. An incomplete last line (a writer killed mid-append) is not copied: it was
   never reported as saved.

The lock is held only to read and to write the bytes (~0.1-0.5 s at 100,000), so a writer waits at most that.
"""

from __future__ import annotations

import os
import stat
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from reader.bounded_read import open_regular, read_bounded
from reader.store import journal as store_journal
from reader.store.file import AtomicJSONStorage, _migrate, _replace_file
from reader.store.lock import DirectoryLock
from reader.store.tables import Tables

if TYPE_CHECKING:
    import subprocess

LOCK_TIMEOUT = 15.0
SCHEMA_VERSION = 1
"""As :attr:`reader.store.Store.SCHEMA_VERSION` (not imported: this process needs none of the Store's API)."""


def fold(path: str | os.PathLike[str]) -> bool:
    """Fold the journal of the store at ``path`` into its file; False when there was nothing to do or another
    process changed the files first (nothing written). Raises StoreError/OSError/LockTimeout on failure."""
    storage = AtomicJSONStorage(path)
    target = storage.target()
    journal_file = store_journal.journal_path(target)
    lock = DirectoryLock(target)
    lock.acquire(LOCK_TIMEOUT)
    try:
        signature = storage.signature()
        journal = store_journal.read(journal_file)
        if signature is None or journal is None or not journal.ops:
            return False
        blob = storage.read_blob()
        if blob is None:
            return False
    finally:
        lock.release()
    tables = Tables(_migrate(storage.parse(blob), storage.path, SCHEMA_VERSION))
    del blob
    for op in journal.ops:
        tables.apply(op)
    encoded = storage.encode(tables.raw)
    del tables
    lock.acquire(LOCK_TIMEOUT)
    try:
        if storage.signature() != signature:
            return False
        tail = _tail(journal_file, journal.ident, journal.end)
        if tail is None:
            return False
        storage.write_prepared(encoded)
        try:
            mode: int | None = stat.S_IMODE(os.stat(journal_file).st_mode)
        except OSError:
            mode = None
        _replace_file(journal_file, store_journal.header_line() + tail, mode, journal_file)
        return True
    finally:
        lock.release()


def _tail(journal_file: Path, ident: str, end: int) -> bytes | None:
    """The complete lines appended to the journal after ``end``, when it is still instance ``ident``."""
    now = store_journal.read(journal_file, ident=ident, offset=end)  # checks every line appended since
    if now is None or now.ident != ident or now.from_start:
        return None
    with open_regular(journal_file) as handle:
        handle.seek(end)
        data = read_bounded(handle, store_journal.MAX_BYTES)
    return data[: now.end - end]


class FoldProcess:
    """The app's side: at most one fold child per store, started when the journal is due to be folded."""

    def __init__(self) -> None:
        self.child: subprocess.Popen[bytes] | None = None
        self._started = 0.0

    def start(self, path: Path) -> None:
        """Start ``python -m reader.store.fold PATH``, unless one is still running (or one failed in the last
        few seconds: the next write tries again, rather than a loop of failing children)."""
        import subprocess  # only when a fold is due: start-up does not pay for it

        child = self.child
        if child is not None:
            if child.poll() is None:
                return
            if child.returncode != 0 and time.monotonic() - self._started < 5.0:
                return
        self._started = time.monotonic()
        try:
            self.child = subprocess.Popen(
                # -P: the current folder is not put first on the module path, so a reader/ folder where the app was
                # started is never what runs (reader.store.parse_child.child_command: the same)
                [sys.executable, "-P", "-m", "reader.store.fold", os.fspath(path)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,  # its own session: a hangup of the terminal does not stop a fold
                close_fds=True,
            )
        except (OSError, ValueError, TypeError):  # TypeError: sys.executable is None (Python did not find it)
            self.child = None  # nothing lost: the journal stays, and the next write tries again

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the running fold, if any; True when none is left running."""
        if self.child is None:
            return True
        import subprocess

        try:
            self.child.wait(timeout)
        except subprocess.TimeoutExpired:
            return False
        return True


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m reader.store.fold STORE", file=sys.stderr)
        return 2
    try:
        os.nice(10)  # below the app: on a busy machine the reader's keys get the processor first
    except OSError:
        pass
    try:
        fold(args[0])
    except Exception as error:  # any failure leaves both files as they were; the app tries again later
        print(f"reader.store.fold: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
