"""A deadline for quitting after SIGTERM, SIGHUP or a vanished terminal (issue 12, item 15).

The orderly way out (the app drains its store writes, Textual restores the terminal and joins its threads) can
block for ever on a terminal that is gone or stuck: a write to a tty nobody reads, a thread waiting on another
that died. A signal must still end the process, so :class:`ExitDeadline` runs beside the orderly path, in a
daemon thread, and when that path has not finished within :data:`GRACE` seconds it:

1. waits for every store write already submitted (:meth:`BackgroundWriter.drain`; each is a short, fsync'ed
   journal append or atomic replace, never waits on the terminal): a highlight the app showed is never lost;
2. restores the terminal (leave the alternate screen, show the cursor, the saved tty modes), best effort and
   bounded: writing to a stuck terminal may block, so it runs in its own thread and is abandoned after
   :data:`RESTORE_WAIT` seconds;
3. ends the process with ``os._exit`` and the status the orderly path would have given (1 with a
   ``reader: ...`` line when writes failed, else 0).

Nothing in the store needs the orderly path: writes are durable when they return, folding the journal into the
store file is optional (a later open replays it) and atomic (a fold cut short leaves the old file and a stale temp
file, which the next open removes), and the kernel releases the file lock with the process. Pure Python, no
Textual (the caller passes the terminal restore as a function).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable

from reader.counts import counted
from reader.sanitize import sanitize
from reader.store.writer import BackgroundWriter

GRACE = 0.8
"""Seconds the orderly shutdown gets before the deadline takes over (the issue's bound is one second)."""

RESTORE_WAIT = 0.15
"""Seconds the terminal restore may take before it is abandoned (a stuck terminal)."""


class ExitDeadline:
    """Started once, when a quit that must not hang begins; ends the process if the quit does not."""

    def __init__(
        self,
        writer: BackgroundWriter,
        *,
        unsaved: Callable[[], int],
        restore_terminal: Callable[[], None],
        store_path: str,
        grace: float = GRACE,
    ) -> None:
        self._writer = writer
        self._unsaved = unsaved
        self._restore_terminal = restore_terminal
        self._store_path = store_path
        self._grace = grace
        self._started = threading.Event()
        self.done = threading.Event()
        """Set by the orderly path when it has finished: the deadline then does nothing."""

    @property
    def started(self) -> bool:
        return self._started.is_set()

    def start(self) -> None:
        """Start the countdown (idempotent; safe from a signal handler or any thread)."""
        if self._started.is_set():
            return
        self._started.set()
        threading.Thread(target=self._run, name="reader-exit-deadline", daemon=True).start()

    def _run(self) -> None:
        if self.done.wait(self._grace):
            return
        self._writer.drain()  # every write the app submitted is on disk before the process ends
        if self.done.is_set():
            return
        unsaved = self._safe_unsaved()
        message = (f"reader: {counted(unsaved, 'change')} could not be saved to {sanitize(self._store_path)}\n"
                   if unsaved else "")
        restorer = threading.Thread(target=self._restore_quietly, args=(message,), name="reader-restore", daemon=True)
        restorer.start()
        restorer.join(RESTORE_WAIT)
        os._exit(1 if unsaved else 0)

    def _restore_quietly(self, message: str) -> None:
        """The terminal restore and the last message: both write to a terminal that may block for ever."""
        try:
            self._restore_terminal()
        except Exception:  # a dead terminal: there is nothing left to restore
            pass
        if message:
            try:
                os.write(2, message.encode("utf-8", "replace"))
            except OSError:
                pass

    def _safe_unsaved(self) -> int:
        try:
            return self._unsaved()
        except Exception:  # read from another thread while the app tears down: assume the worst is unknown
            return 0

