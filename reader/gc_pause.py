"""Pausing Python's cyclic garbage collector, safely across threads and nested pauses.

Two kinds of work allocate many long-lived objects and free none: start-up (Textual's modules, the parsed
document, the widgets) and parsing a large document (a few objects per paragraph, in the start-up worker).
Collections during either find nothing to free and re-scan a growing heap. Both pause the collector, but they
can overlap in different threads, and toggling ``gc.disable()``/``gc.enable()`` directly from each would race:
one could read "disabled" while the other pauses, and leave the collector off for good. Here pauses are counted
under a lock; the collector runs again when the last pause ends (if it was running when the first began).
Pure Python, no Textual.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


def pause() -> None:
    """Stop collecting until every pause has been matched by :func:`resume`."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1


def resume() -> None:
    """End one pause; the collector runs again after the last one (an unmatched call does nothing)."""
    global _depth
    with _lock:
        if _depth == 0:
            return
        _depth -= 1
        if _depth == 0 and _was_enabled:
            gc.enable()


@contextmanager
def paused() -> Iterator[None]:
    pause()
    try:
        yield
    finally:
        resume()
