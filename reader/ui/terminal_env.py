"""The environment Textual reads as it starts, made safe before Textual is imported (a hostile review's findings).

Textual and Rich take the terminal's size and a few settings from environment variables, unchecked:

* ``COLUMNS=99999999 LINES=99999999``: ``shutil.get_terminal_size()`` (Textual's driver asks it on start and on
  every resize) prefers them to the terminal's own size, so the app laid out a screen of 10^16 cells: nothing
  drawn, memory growing 250 MB/s until it ran out. (An exported ``COLUMNS`` that is merely stale also made the
  app ignore every resize.)

Decisions:

* **The terminal's own size wins.** ``COLUMNS`` and ``LINES`` are dropped whenever the terminal reports its
  size (``ioctl``), so resizes are followed too; where it reports none they are kept only as whole numbers
  from 1 to :data:`MAX_COLUMNS` / :data:`MAX_LINES`. The size the driver reads is clamped to those bounds as
  well (:class:`reader.ui.terminal_driver.ReaderDriver`), so a pseudo-terminal set to 65,535 x 65,535 is drawn
  in its top-left 4,000 x 2,000 cells. Measured in a pty: 4,000 x 2,000 starts in ~170 MB; 10,000 x 5,000
  took ~570 MB.

No Textual import here (it would read the variables before they are made safe).
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping

MAX_COLUMNS = 4000
"""The widest terminal the app draws on (an 8K screen with a tiny font is ~2,000 columns)."""
MAX_LINES = 2000
"""The tallest terminal the app draws on."""


def _whole(value: str | None, low: int, high: int) -> bool:
    """Whether ``value`` is a whole number (ASCII digits) from ``low`` to ``high``."""
    value = (value or "").strip()
    return value.isascii() and value.isdigit() and low <= int(value) <= high


def terminal_size() -> tuple[int, int] | None:
    """The size the terminal on standard output reports, where ``shutil.get_terminal_size`` asks it; None when it
    reports none (not a terminal, or 0 x 0)."""
    stream = sys.__stdout__
    try:
        size = os.get_terminal_size(stream.fileno()) if stream is not None else None
    except (AttributeError, ValueError, OSError):
        return None
    return (size.columns, size.lines) if size is not None and size.columns > 0 and size.lines > 0 else None


def make_safe(environ: MutableMapping[str, str], terminal: tuple[int, int] | None) -> list[str]:
    """Drop from ``environ`` what Textual cannot use (see the module's note); ``terminal``: the size the
    terminal reports (:func:`terminal_size`). Returns the names dropped. Call before Textual is imported."""
    dropped: list[str] = []

    def drop(name: str) -> None:
        if environ.pop(name, None) is not None:
            dropped.append(name)

    for name, largest in (("COLUMNS", MAX_COLUMNS), ("LINES", MAX_LINES)):
        if name in environ and (terminal is not None or not _whole(environ[name], 1, largest)):
            drop(name)
    return dropped


def make_environment_safe() -> list[str]:
    """:func:`make_safe` on this process's environment, with the terminal's own size."""
    return make_safe(os.environ, terminal_size())


def clamp_size(width: int, height: int) -> tuple[int, int]:
    """A terminal size within :data:`MAX_COLUMNS` x :data:`MAX_LINES` (and at least 1 x 1)."""
    return max(1, min(width, MAX_COLUMNS)), max(1, min(height, MAX_LINES))
