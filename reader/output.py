"""Writing a whole result to standard output, every byte or an error.

Why: a write of a large result (an export, ``reader text`` of a book) to a pipe whose reader has gone (``| head
-c100``) can be taken in part: the kernel accepts what fits before it notices, the buffered writer returns that
count, and the rest was dropped without an error, so the command ended with status 0 although its output was cut
(a hostile review). Writing again what was not taken meets the closed pipe: ``BrokenPipeError``, which the CLI
turns into status 141 as for any closed pipe (``reader.cli``). Pure, no Textual.
"""

from __future__ import annotations

import errno
import io
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer


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


class _WholeWrites(io.RawIOBase):
    """A descriptor whose ``write`` takes all it is given or raises (:func:`whole_writes_on_stdout`).

    After the first failure the stream is dead: later writes (the buffered rest, flushed again as Python exits)
    are dropped, as Python's own standard output drops its buffer, so the one error already reported (a full
    disk: ``reader: imported …, but this report could not be written``) is not followed by "Exception ignored"
    and exit status 120."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd
        self._failed = False

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def isatty(self) -> bool:
        return os.isatty(self._fd)

    def write(self, data: ReadableBuffer, /) -> int:
        view = memoryview(data).cast("B")
        if self._failed:
            return len(view)
        done = 0
        try:
            while done < len(view):
                taken = os.write(self._fd, view[done:])  # a reader gone: BrokenPipeError, never a short count
                if not taken:
                    raise OSError(errno.EAGAIN, "standard output took nothing")
                done += taken
        except BaseException:
            self._failed = True
            raise
        return done


_replaced: list[object] = []
"""The standard output :func:`whole_writes_on_stdout` replaced: kept, so collecting it never closes descriptor 1."""


def whole_writes_on_stdout() -> None:
    """Make ``sys.stdout`` write every byte of each ``write`` or raise, for a subcommand's ``print`` and ``write``.

    Why: a buffered writer given more than a pipe holds returns the count the kernel took when the pipe's reader
    leaves part way (``reader quotes FILE --json | head -1``), and a text stream drops that count: the rest was
    lost without an error and the command ended with status 0 (a hostile review). Here the raw layer loops itself,
    so the first write after the reader left raises ``BrokenPipeError``, which the CLI turns into status 141.
    Same encoding, error handler and line buffering as before; a stdout without a descriptor is left as it is."""
    stdout = sys.stdout
    try:
        fd = stdout.fileno()
        stdout.flush()
    except (AttributeError, OSError, ValueError):
        return
    wrapper = io.TextIOWrapper(
        io.BufferedWriter(_WholeWrites(fd)),
        encoding=stdout.encoding,
        errors=stdout.errors,
        line_buffering=bool(getattr(stdout, "line_buffering", False)),
    )
    _replaced.append(stdout)
    sys.stdout = wrapper
