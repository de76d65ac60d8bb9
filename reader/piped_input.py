"""Standard input that is not a terminal: the document may come from it, the keys never do (issue 12, item 14).

``printf 'hjkl h' | reader`` used to run the piped letters as keys (a highlight appeared in the user's store),
then spin at full CPU on the pipe's end of file while the keyboard was ignored: Textual reads its keys from
descriptor 0, whatever that is.

Decisions, and why:

* **Keys come from the controlling terminal.** When descriptor 0 is not a terminal, ``/dev/tty`` is opened and
  duplicated onto it before Textual starts, as ``less`` and ``vim -`` do: Textual's driver reads (and sets the
  modes of) descriptor 0, so it then talks to the user's keyboard, and no byte of the pipe can act as a key.
  Without a controlling terminal (cron, a detached job) there is nothing to read keys from: one ``reader:``
  line and exit status 2, before anything is drawn.
* **The pipe is the document when no file is named** (``printf ... | reader``; a pipe, a file or a socket, not a
  device such as ``< /dev/null``, which opens the bundled article as before), or when the only name is ``-``.
  When files are named, the piped bytes are left unread. It is read as a file is (:mod:`reader.bounded_read`:
  at most :data:`reader.loader.MAX_BYTES`, counted as read; empty or binary input refused by
  :func:`reader.loader.decode_text`), and all of it before the terminal is taken over, so bad input is still one
  clean line. A device on stdin (``< /dev/zero``) is refused by its type, like a device named as a file.
* **A document from stdin has no path.** It is known by the hash of its text like any other, so its highlights
  and reading position come back when the same text is piped again; its title is its first line; ``e`` exports
  to ``stdin.annotations.json``.

Pure standard library and the loader (no Textual): the CLI calls it before the app is imported.
"""

from __future__ import annotations

import errno
import os
import stat
import sys

from reader.document import Document
from reader.errors import ReaderError

STDIN_NAME = "stdin"
"""How a document read from standard input is named in messages and export file names."""

_STDIN = 0


def stdin_is_terminal() -> bool:
    try:
        return os.isatty(_STDIN)
    except OSError:
        return False


def refuse_terminal_stdin(pipe: str) -> None:
    """Raise ReaderError when standard input is a terminal: a document from it is piped, as ``pipe`` (the
    command's own shape, "cmd | reader quotes -") shows. Raises ReaderError."""
    if stdin_is_terminal():
        raise ReaderError(f"standard input is a terminal: pipe a document in ({pipe}) or name a file")


def stdin_has_document() -> bool:
    """True when standard input is a pipe, a file or a socket: what ``reader`` with no file name reads. Not for
    a terminal, a device (``< /dev/null`` from cron or an IDE) or a closed stdin: then the bundled article opens."""
    try:
        mode = os.fstat(_STDIN).st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode) or stat.S_ISSOCK(mode)


def read_stdin_document() -> Document:
    """The document piped to standard input, of any kind (plain text unless its content is a web page, an EPUB
    or plainly Markdown: :func:`reader.sources.load_stdin`), bounded and checked as a file is. Raises
    ReaderError."""
    from reader.sources import load_stdin

    return load_stdin()


def refuse_stdin_device(advice: str) -> None:
    """A ReaderError when standard input is closed, or a device or a folder that is not a terminal
    (``< /dev/zero`` would be read until the size limit: 256 MB for an import). ``advice``: what to do instead."""
    if stdin_is_terminal():
        return
    try:
        mode = os.fstat(_STDIN).st_mode
    except OSError:
        raise ReaderError(f"standard input is closed: {advice}") from None
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISDIR(mode):
        raise ReaderError(f"standard input is a device, not a text stream: {advice}")


def read_stdin_bytes() -> bytes:
    """All of standard input, bounded as a file is. Raises ReaderError."""
    from reader.bounded_read import InputTooLarge, read_bounded
    from reader.loader import MAX_BYTES

    refuse_terminal_stdin("cmd | reader")
    refuse_stdin_device("pipe a document in or name a file")
    try:
        with os.fdopen(os.dup(_STDIN), "rb") as stream:
            data = read_bounded(stream, MAX_BYTES, name=STDIN_NAME)
    except InputTooLarge:
        raise ReaderError(
            f"{STDIN_NAME} is more than {MAX_BYTES // 1024 // 1024} MB; the reader opens documents up to that"
        ) from None
    except OSError as error:
        raise ReaderError(f"cannot read {STDIN_NAME}: {error.strerror or error}") from None
    return data


def take_keys_from_terminal() -> None:
    """Make descriptor 0 the controlling terminal, so the app's keys never come from a pipe or a file.

    Raises ReaderError when the process has no controlling terminal."""
    try:
        fd = os.open("/dev/tty", os.O_RDWR | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        if error.errno in (errno.ENXIO, errno.ENOENT, errno.ENODEV, errno.EIO):
            raise ReaderError(
                "standard input is not a terminal and there is no terminal to read keys from"
            ) from None
        raise ReaderError(f"cannot open the terminal for keys: {error.strerror or error}") from None
    try:
        if not os.isatty(fd):
            raise ReaderError("standard input is not a terminal and there is no terminal to read keys from")
        os.dup2(fd, _STDIN)  # dup2 clears close-on-exec on the copy, as stdin should be
    finally:
        os.close(fd)


_STDERR = 2


def draw_on_terminal() -> int | None:
    """Point descriptor 2 at the controlling terminal while the app runs, when it is not one already; the
    descriptor the user gave as standard error, to put back with :func:`restore_stderr` (None: nothing to put
    back).

    Why: Textual draws on standard error. ``reader story.txt 2>/dev/null`` (or ``2>log``) drew the whole app into
    that file while the terminal, in raw mode, showed nothing at all and waited for keys typed blind, and
    ``2>&-`` (no standard error: Python's ``sys.__stderr__`` is None) ended in an internal error with no line
    anyone could see (a hostile review). Messages about bad input are printed before this, to the standard error
    the user chose. A closed one stays the terminal to the end (there is nothing to put back). With no terminal
    to open, nothing changes (the keys' own check has refused that case already)."""
    if os.isatty(_STDERR):
        return None
    try:
        fd = os.open("/dev/tty", os.O_WRONLY | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    saved: int | None = None
    if fd != _STDERR:  # (else standard error was closed and the terminal took its number)
        try:
            if not os.isatty(fd):
                return None
            saved = os.dup(_STDERR) if _descriptor_open(_STDERR) else None
            os.dup2(fd, _STDERR)
        finally:
            os.close(fd)
    if sys.__stderr__ is None:  # Python started without one: a stream for Textual and the last messages
        os.set_inheritable(_STDERR, True)
        stream = open(_STDERR, "w", encoding="utf-8", errors="backslashreplace", closefd=False)
        sys.stderr = stream
        sys.__stderr__ = stream  # type: ignore[misc]  # (Final to type checkers): what Textual draws on
    return saved


def restore_stderr(saved: int | None) -> None:
    """Put back the standard error :func:`draw_on_terminal` replaced."""
    if saved is None:
        return
    try:
        os.dup2(saved, _STDERR)
        os.close(saved)
    except OSError:
        pass


def _descriptor_open(fd: int) -> bool:
    try:
        os.fstat(fd)
    except OSError:
        return False
    return True
