"""Long background work giving way to the user's keys, at points it chooses.

Why: the app parses the rest of a large document, decodes its whole text and reads the store in a worker thread
of its own process (issue 14). Python runs one thread at a time; while the worker computes, every step of a key's
journey through the UI thread (the terminal's input, the key, the binding, the widget's refresh, the screen's
update, the write) waits for the interpreter lock, up to the switch interval each time: a key that takes 5 ms
idle took 15-30 ms in the first second after opening a 20 MB article. So the long loops of the pure core call
:func:`give_way` between pieces of work, and the UI installs a hook (:func:`giving_way`) that, in a worker
thread, sleeps while the UI has a key or a frame in hand. Outside the app (the CLI, tests) nothing is
installed and :func:`give_way` does nothing.

The hook decides; this module only carries it (no Textual here). Only one hook at a time: the app's start-up
worker installs it for its run and puts back what was there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

_hook: Callable[[], None] | None = None


def give_way() -> None:
    """Let the installed hook pause this thread if the UI needs the interpreter now (or do nothing)."""
    hook = _hook
    if hook is not None:
        hook()


@contextmanager
def giving_way(hook: Callable[[], None]) -> Iterator[None]:
    """Install ``hook`` for :func:`give_way` while the block runs."""
    global _hook
    previous, _hook = _hook, hook
    try:
        yield
    finally:
        _hook = previous
