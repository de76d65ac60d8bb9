"""Writing a whole result to standard output, every byte or an error.

Why: a write of a large result (an export, ``reader text`` of a book) to a pipe whose reader has gone (``| head
-c100``) can be taken in part: the kernel accepts what fits before it notices, the buffered writer returns that
count, and the rest was dropped without an error, so the command ended with status 0 although its output was cut
(a hostile review). Writing again what was not taken meets the closed pipe: ``BrokenPipeError``, which the CLI
turns into status 141 as for any closed pipe (``reader.cli``). Pure, no Textual.
"""

from __future__ import annotations

import errno
import sys


def write_stdout(text: str) -> None:
    """``text`` to standard output as UTF-8 (surrogates as the bytes they stand for), all of it, flushed."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a replaced stdout without bytes (tests): its own write
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    sys.stdout.flush()
    view = memoryview(text.encode("utf-8", "surrogateescape"))
    while view:
        taken = buffer.write(view)
        if not taken:  # nothing taken (a stream set non-blocking): an error, not a loop for ever
            raise OSError(errno.EAGAIN, "standard output took nothing")
        view = view[taken:]
    buffer.flush()
