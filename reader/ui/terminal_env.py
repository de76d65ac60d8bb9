"""The environment Textual reads as it starts, made safe before Textual is imported (a hostile review's findings).

Textual and Rich take the terminal's size and a few settings from environment variables, unchecked:

* ``COLUMNS=99999999 LINES=99999999``: ``shutil.get_terminal_size()`` (Textual's driver asks it on start and on
  every resize) prefers them to the terminal's own size, so the app laid out a screen of 10^16 cells: nothing
  drawn, memory growing 250 MB/s until it ran out. (An exported ``COLUMNS`` that is merely stale also made the
  app ignore every resize.)
* ``TEXTUAL_COLOR_SYSTEM=bogus``: a ``KeyError`` traceback from Rich's ``Console``, exit status 1.
* ``TEXTUAL_DRIVER`` naming no importable driver class: an ``ImportError`` traceback.
* ``TEXTUAL_LOG`` naming a file that cannot be appended to: a traceback at the first log line (a FIFO there: the
  open waits for a reader for ever).
* ``TEXTUAL_FPS=100000000``: the screen's refresh timer spins and `q` is never handled.
* ``TEXTUAL_SCREENSHOT=0`` (a screenshot after 0 s, then exit): ``ZeroDivisionError``; a screenshot into a
  folder that does not exist: a traceback.
* ``TEXTUAL_DIM_FACTOR`` past 100 (Textual applies its minimum and forgets its maximum).

Textual checks the others itself (``TEXTUAL_THEME``, ``TEXTUAL_ANIMATIONS``, ``TEXTUAL_FILTERS``, the integer
ones), and ``ESCDELAY`` is read by :mod:`reader.ui.terminal_input`.

Decisions:

* **A value Textual cannot use is dropped from the environment, silently, before Textual is imported**
  (:func:`make_safe`): the app runs as if it were not set. These are developers' and other programs' settings,
  not something asked of the reader: refusing to start over one would be worse, and a message would be noise
  on every start.
* **The terminal's own size wins.** ``COLUMNS`` and ``LINES`` are dropped whenever the terminal reports its
  size (``ioctl``), so resizes are followed too; where it reports none they are kept only as whole numbers
  from 1 to :data:`MAX_COLUMNS` / :data:`MAX_LINES`. The size the driver reads is clamped to those bounds as
  well (:class:`reader.ui.terminal_driver.ReaderDriver`), so a pseudo-terminal set to 65,535 x 65,535 is drawn
  in its top-left 4,000 x 2,000 cells. Measured in a pty: 4,000 x 2,000 starts in ~170 MB; 10,000 x 5,000
  took ~570 MB.

No Textual import here (it would read the variables before they are made safe), except to check a
``TEXTUAL_DRIVER``, last.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import MutableMapping

MAX_COLUMNS = 4000
"""The widest terminal the app draws on (an 8K screen with a tiny font is ~2,000 columns)."""
MAX_LINES = 2000
"""The tallest terminal the app draws on."""
MAX_FPS = 240
"""The highest ``TEXTUAL_FPS`` kept (the fastest displays)."""
COLOR_SYSTEMS = frozenset({"auto", "standard", "256", "truecolor", "windows"})
"""The values of ``TEXTUAL_COLOR_SYSTEM`` Rich knows."""


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


def _appendable(path: str) -> bool:
    """Whether ``path`` can be appended to without waiting or failing: a regular file (or ``/dev/null``), or a
    new name in a folder that exists and can be written."""
    if not path:
        return False
    try:
        info = os.stat(path)
    except FileNotFoundError:
        folder = os.path.dirname(os.path.abspath(path))
        return os.path.isdir(folder) and os.access(folder, os.W_OK | os.X_OK)
    except (OSError, ValueError):
        return False
    if path == os.devnull:
        return True
    return stat.S_ISREG(info.st_mode) and os.access(path, os.W_OK)


def _screenshot_usable(environ: MutableMapping[str, str]) -> bool:
    if not _whole(environ.get("TEXTUAL_SCREENSHOT"), 1, 86_400):
        return False
    folder = environ.get("TEXTUAL_SCREENSHOT_LOCATION") or os.getcwd()
    return os.path.isdir(folder) and os.access(folder, os.W_OK | os.X_OK)


def _driver_usable(name: str) -> bool:
    """Whether ``TEXTUAL_DRIVER`` (``package.module:Class``) names a Textual driver class that imports."""
    import importlib
    import inspect

    module_name, _, symbol = name.partition(":")
    try:
        from textual.driver import Driver

        found = getattr(importlib.import_module(module_name.strip()), symbol.strip())
    except Exception:  # noqa: BLE001 - anything at all: Textual's own import would end the app with it
        return False
    return inspect.isclass(found) and issubclass(found, Driver)


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
    if "TEXTUAL_COLOR_SYSTEM" in environ and environ["TEXTUAL_COLOR_SYSTEM"] not in COLOR_SYSTEMS:
        drop("TEXTUAL_COLOR_SYSTEM")
    if "TEXTUAL_FPS" in environ and not _whole(environ["TEXTUAL_FPS"], 1, MAX_FPS):
        drop("TEXTUAL_FPS")
    if "TEXTUAL_DIM_FACTOR" in environ and not _whole(environ["TEXTUAL_DIM_FACTOR"], 0, 100):
        drop("TEXTUAL_DIM_FACTOR")
    if "TEXTUAL_LOG" in environ and not _appendable(environ["TEXTUAL_LOG"]):
        drop("TEXTUAL_LOG")
    if "TEXTUAL_SCREENSHOT" in environ and not _screenshot_usable(environ):
        drop("TEXTUAL_SCREENSHOT")
    driver = environ.get("TEXTUAL_DRIVER")
    if driver is not None and not _driver_usable(driver):  # last: checking it imports Textual
        drop("TEXTUAL_DRIVER")
        constants = sys.modules.get("textual.constants")
        if constants is not None:
            setattr(constants, "DRIVER", None)  # noqa: B010 - (read as Textual was imported just now)
    return dropped


def make_environment_safe() -> list[str]:
    """:func:`make_safe` on this process's environment, with the terminal's own size."""
    return make_safe(os.environ, terminal_size())


def clamp_size(width: int, height: int) -> tuple[int, int]:
    """A terminal size within :data:`MAX_COLUMNS` x :data:`MAX_LINES` (and at least 1 x 1)."""
    return max(1, min(width, MAX_COLUMNS)), max(1, min(height, MAX_LINES))


def draw_in_utf8() -> None:
    """Standard error, which Textual draws on, encoded as UTF-8 (with ``backslashreplace`` for what cannot be).

    Why: ``PYTHONIOENCODING=latin-1`` (or ``ascii``) made every box-drawing character, curly quote and letter
    outside that encoding reach the terminal as ``\\u2502``: six cells where the layout counted one, so borders,
    panes and text were drawn out of place (a hostile review). Textual's output is UTF-8 by design (its borders and
    bars have no other form), as the CLI's standard output is."""
    stream = sys.__stderr__
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
    reconfigure = getattr(stream, "reconfigure", None)
    if encoding in ("utf-8", "utf8") or reconfigure is None:
        return
    try:
        reconfigure(encoding="utf-8", errors="backslashreplace")
    except (OSError, ValueError):  # a stream that cannot change now: it stays as it is
        pass
