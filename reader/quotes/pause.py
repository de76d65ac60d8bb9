"""Pausing the cyclic garbage collector while quotation detection builds its many small objects.

Detection on 20 MB keeps millions of tuples and lists alive at once (name candidates, tokens, mentions, options);
CPython's collector walks every live container each time the heap has grown by a quarter: about a fifth of the
CPU time on 20 MB (benchmarks/README.md). Detection makes no reference cycles worth collecting meanwhile, so the
collector is paused for its heavy phases and resumed after. Pure Python, no Textual.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic collector for the ``with`` block; resume it after only if it was running on entry
    (nested or concurrent uses never leave it paused: whoever paused it resumes it). Reference counting still
    frees everything that is not in a cycle, and a cycle made meanwhile is collected once it resumes."""
    running = gc.isenabled()
    if running:
        gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()
