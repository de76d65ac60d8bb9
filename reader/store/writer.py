"""Ordered background writes to the store, so the UI thread never waits on disk.

Every store call the app makes goes through :class:`BackgroundWriter`: one worker thread applies them in the
order they were submitted (an update never overtakes the add it follows). The app shows a change at once,
marks it saved when its future completes, and waits for :meth:`BackgroundWriter.drain` before it quits or
exports, so nothing is reported as done while a write is still pending. Pure Python, no Textual.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

T = TypeVar("T")


class BackgroundWriter:
    """A single worker thread that runs submitted store operations in order."""

    def __init__(self) -> None:
        self._executor_made: ThreadPoolExecutor | None = None
        self._pending: set[Future[Any]] = set()
        self._lock = threading.Lock()

    @property
    def _executor(self) -> ThreadPoolExecutor:
        """The worker thread, started with the first write (nothing is written before the first paint)."""
        with self._lock:
            if self._executor_made is None:
                from concurrent.futures import ThreadPoolExecutor

                self._executor_made = ThreadPoolExecutor(max_workers=1, thread_name_prefix="reader-store")
            return self._executor_made

    def submit(self, operation: Callable[[], T]) -> Future[T]:
        future = self._executor.submit(operation)
        with self._lock:
            self._pending.add(future)
        future.add_done_callback(self._done)
        return future

    def _done(self, future: Future[T]) -> None:
        with self._lock:
            self._pending.discard(future)

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._pending)

    def drain(self, timeout: float | None = None) -> bool:
        """Wait for every submitted write; True when none is left pending."""
        if self._executor_made is None:
            return True
        marker = self._executor.submit(lambda: None)
        try:
            marker.result(timeout=timeout)
        except TimeoutError:
            return False
        return self.pending == 0

    def close(self) -> None:
        if self._executor_made is not None:
            self._executor_made.shutdown(wait=True)
