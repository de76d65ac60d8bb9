"""Display preferences remembered across runs (today: the highlights panel's width).

Where they live, and why there: a small JSON file beside the store, ``<store stem>.settings.json``
(``annotations.settings.json`` for ``annotations.json``). A preference is not an annotation, so it stays out of
the store's tables, its journal and its exports (and out of the store's schema, which other tools read); a
file under the user's config directory would need a new dependency (platformdirs) to be found portably, and
would make every test and every store share one setting. Beside the store, a preference follows the store it
was made with, and a test's temporary store gets its own.

The file is input like any other: it is read only if it is a regular file of at most
:data:`MAX_BYTES`, anything malformed or out of range is ignored (the default is used; a preference is not
worth an error), and it is written atomically, never over anything but a regular file that holds settings (or
nothing): a file of that name holding anything else (another store called ``notes.settings.json``) is never
replaced. Reading and writing happen off the UI thread (the reading screen's start-up worker and the store's
background writer).

Nothing is created until a preference changes (issue 13: opening and quitting leaves no file anywhere): loading
a missing file gives the defaults and writes nothing; the file (and, beside the user store, its folder) is made
by the first change.
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from reader.formats.atomic import replace_atomic

MAX_BYTES = 64 * 1024
"""A settings file larger than this is not read."""

PANEL_WIDTH_DEFAULT = 38
MEASURE_MIN, MEASURE_MAX = 20, 400
"""The reading measure's bounds, in columns: ``--width`` and the `-`/`+` keys keep to the same (`-` stopped at
30 where ``--width 20`` was accepted: a review's finding)."""
PANEL_WIDTH_MIN = 28
PANEL_WIDTH_MAX = 120


def settings_path(store_path: str | os.PathLike[str]) -> Path:
    """The settings file that goes with the store at ``store_path``."""
    store = Path(store_path)
    return store.with_name(f"{store.stem}.settings.json")


def clamp_panel_width(width: int) -> int:
    return max(PANEL_WIDTH_MIN, min(PANEL_WIDTH_MAX, width))


@dataclass
class Preferences:
    """What is remembered; every field has a default, so a missing or broken file is simply the defaults."""

    panel_width: int = PANEL_WIDTH_DEFAULT

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Preferences:
        """The preferences in ``path``, or the defaults when it is missing, not a regular file, too large or
        not what this module writes."""
        raw = _read_small_regular_file(Path(path))
        if raw is None:
            return cls()
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        width = data.get("panel_width")
        if not isinstance(width, int) or isinstance(width, bool):
            return cls()
        return cls(panel_width=clamp_panel_width(width))

    def save(self, path: str | os.PathLike[str], *, create_folders: bool = False) -> None:
        """Write the preferences atomically; raises OSError (the caller decides whether that matters). Refuses
        to replace anything but a regular file or a symlink (a device or FIFO at the path is left alone), and
        never opens what is at the path: a symlink is replaced, not followed, so one that points to a FIFO
        cannot block the store's background writer (and every write queued behind this one) for ever.
        ``create_folders``: make the missing folders first, mode 0700 (beside the user store, whose folder the
        store's first write makes: a preference may change before any highlight is made)."""
        target = Path(path)
        if create_folders:
            from reader.store.location import make_folders

            make_folders(target.parent)
        try:
            mode = target.lstat().st_mode
        except FileNotFoundError:
            mode = None
        if mode is not None and not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
            raise OSError(f"not a regular file: {target}")
        if mode is not None and stat.S_ISREG(mode) and not _is_settings_file(target):
            # another file of that name (a store named "notes.settings.json" beside "notes.json" was replaced
            # by {"panel_width": 42}: a hostile review's finding): never replaced by a preference
            raise OSError(f"not replaced: {target} is not a settings file of this reader")
        replace_atomic(target, json.dumps({"panel_width": self.panel_width}) + "\n")


_KEYS = frozenset({"panel_width"})
"""What a settings file holds: a file holding anything else is not one this module wrote."""


def _is_settings_file(path: Path) -> bool:
    """Whether ``path`` holds what :meth:`Preferences.save` writes (a small JSON object of :data:`_KEYS` only),
    or nothing: the only file a preference may replace."""
    raw = _read_small_regular_file(path)
    if raw is None:
        return False
    if not raw.strip():
        return True
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return False
    return isinstance(data, dict) and set(data) <= _KEYS


def _read_small_regular_file(path: Path) -> bytes | None:
    """The bytes of ``path`` if it is a regular file of at most MAX_BYTES (bounded by bytes actually read);
    None otherwise. Opened without blocking, so a FIFO put there cannot hang the reader."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        data = os.read(fd, MAX_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    return data if len(data) <= MAX_BYTES else None
