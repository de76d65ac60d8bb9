"""An unexpected error in the app (a bug): one line on the terminal, the details in a file.

Textual ends the app on an unhandled exception and prints a traceback with local variables (``_fatal_error``).
That is many lines where the reader promises one, and its text can hold what a document or the store put in a
variable or an exception's message: Rich strips only some control characters, so an escape sequence could reach
the terminal (a hostile review). So :class:`~reader.ui.app.ReaderApp` replaces it: the traceback is written to
``crash-<UTC time>.txt`` in the reader's cache folder (``$READER_CACHE_DIR`` or the platform's; folder 0700, file
0600), and the terminal gets one sanitised ``reader: internal error …`` line naming that file. The exit status
stays Textual's (1): an internal error, not bad input (2).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from reader.sanitize import sanitize

SUMMARY_CHARS = 120
"""At most this much of the error's own message is shown on the line (the file has all of it)."""


def write_report(details: str) -> Path | None:
    """``details`` in a new crash file; None when it cannot be written (the line then names no file)."""
    try:
        from reader.sources.page_cache import cache_root

        folder = cache_root()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        stamp = time.strftime("crash-%Y%m%dT%H%M%SZ", time.gmtime())
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        for number in range(1, 100):  # a new file each time: two errors in one second keep both reports
            path = folder / (f"{stamp}.txt" if number == 1 else f"{stamp}-{number}.txt")
            try:
                fd = os.open(path, flags, 0o600)
                break
            except FileExistsError:
                continue
        else:
            return None
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as stream:
            stream.write(details)
    except Exception:  # noqa: BLE001 - no file: the line says what happened without it
        return None
    return path


def crash_line(error: BaseException | None, report: Path | None) -> str:
    """The one line the terminal gets: the error's kind and the start of its message, made safe."""
    try:
        message = f"{type(error).__name__}: {error}" if error is not None else "unknown error"
    except Exception:  # noqa: BLE001 - an error whose message itself fails: its kind alone
        message = type(error).__name__
    shown = sanitize(" ".join(message.split()))
    if len(shown) > SUMMARY_CHARS:
        shown = shown[: SUMMARY_CHARS - 1] + "…"
    where = f"; details in {sanitize(str(report))}" if report is not None else ""
    return f"reader: internal error ({shown}){where}"
