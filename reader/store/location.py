"""Where the annotation store lives: one rule, used by every command, the app, ``reader where`` and the help.

The rule, first match wins:

1. ``--db PATH``: the store the user named on the command line;
2. ``$READER_DB`` (when set and not empty);
3. ``./annotations.json`` when that file exists in the current folder: a project's own store (this repository
   ships one), so a folder that has a store keeps using it;
4. else one store per user: ``annotations.json`` in the user data directory
   (``platformdirs.user_data_dir("reader")``: ``~/.local/share/reader`` on Linux, or ``$XDG_DATA_HOME/reader``).

Decisions, and why:

* Rule 3 needs the file to exist: before, every folder ``reader`` was started from got a new
  ``annotations.json`` (highlights seemed to vanish when starting elsewhere). Now a new user's highlights all go
  to the one user store, wherever ``reader`` is started, and a project that wants its own store keeps one by
  having the file (``echo '{}' > annotations.json`` makes one). A directory of that name is not a store file
  and does not count; a symlink does (the store writes through it).
* ``--db`` and ``$READER_DB`` are used as given (relative to the current folder), as before, so the messages
  that name them say what the user typed; rules 3 and 4 give absolute paths. :func:`shown` is what ``reader
  where`` and the help screen print: always absolute, so it can be pasted anywhere.
* ``platformdirs`` is imported only when rule 4 is reached: ``reader --help``, or ``reader export`` with
  ``--db``/``$READER_DB``/a project store, never load it (Textual imports it anyway, so the app pays nothing).
* Nothing here creates anything. The user data directory is created by the store's first write (mode 0700,
  as the XDG base directory spec asks, and each missing parent too): :func:`make_folders`. Only the folder of
  a store chosen by rule 4 is created that way (:func:`creates_folders`); a ``--db`` in a folder that does not
  exist stays an error at once, as before (a typo must not make a folder tree).
* Pure apart from reading the environment, the current folder and one ``lstat``: every input can be passed in,
  so the tests check each rule with a temporary HOME/XDG_DATA_HOME and a temporary current folder.
"""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader.errors import ReaderError

if TYPE_CHECKING:
    from argparse import Namespace

ENV_VAR = "READER_DB"
PROJECT_STORE = "annotations.json"
"""The file name of a project's store (rule 3) and of the user store (rule 4)."""
APP_NAME = "reader"
FOLDER_MODE = 0o700

DB_OPTION, ENVIRONMENT, PROJECT, USER = "--db", "READER_DB", "project", "user"
"""The rules, as :attr:`StoreLocation.rule` names them."""

_user_stores: set[str] = set()
"""Absolute paths :func:`choose` gave by rule 4 in this process: the stores whose folders a write may make. Kept
here, not passed along, so every command that opens ``Store(args.db)`` gets the behaviour without a new argument."""
_user_stores_lock = threading.Lock()


@dataclass(frozen=True)
class StoreLocation:
    """The chosen store: its ``path`` (as the rule gives it) and which ``rule`` chose it."""

    path: str
    rule: str

    @property
    def shown(self) -> str:
        return shown(self.path)

    def describe(self) -> str:
        """Why this store, in a few words: for the help screen."""
        why = {
            DB_OPTION: "given with --db",
            ENVIRONMENT: f"from ${ENV_VAR}",
            PROJECT: "the project store in the current folder",
            USER: "the user store",
        }[self.rule]
        return f"{self.shown} ({why})"


def shown(path: str | os.PathLike[str]) -> str:
    """``path`` made absolute (symlinks are not resolved: it is the name the user knows)."""
    return os.path.abspath(os.fspath(path))


def shown_short(path: str | os.PathLike[str]) -> str:
    """:func:`shown`, with the home folder written ``~`` (``~/.local/share/reader/annotations.json``): for the
    help screen, where it is read, not pasted into a script."""
    full = shown(path)
    home = os.path.expanduser("~")
    if home not in ("~", os.sep) and full.startswith(home.rstrip(os.sep) + os.sep):
        return "~" + full[len(home.rstrip(os.sep)) :]
    return full


def check_db_option(db: str) -> str:
    """``--db`` as given, or a ReaderError: ``--db ''`` names no file at all, and a path ending in a slash names
    a folder. Both are refused before anything is opened."""
    if not db:
        raise ReaderError("--db needs a file name: an empty path names no store")
    if db.endswith(("/", os.sep)):
        from reader.loader import show_path

        raise ReaderError(f"--db needs a file name: {show_path(db)} names a folder")
    return db


def choose(
    db: str | None = None, *, environ: Mapping[str, str] | None = None, cwd: str | os.PathLike[str] | None = None
) -> StoreLocation:
    """The store the rule (see the module note) chooses, given ``--db`` (None: not given), the environment for
    ``$READER_DB`` (default ``os.environ``) and the current folder (default the process's)."""
    if db is not None:
        return StoreLocation(check_db_option(db), DB_OPTION)
    env = os.environ if environ is None else environ
    from_env = env.get(ENV_VAR)
    if from_env:
        return StoreLocation(from_env, ENVIRONMENT)
    here = Path(os.getcwd() if cwd is None else cwd)
    project = here / PROJECT_STORE
    if _is_store_file(project):
        return StoreLocation(shown(project), PROJECT)
    user = shown(user_store_path())
    with _user_stores_lock:
        _user_stores.add(user)
    return StoreLocation(user, USER)


def user_store_path() -> Path:
    """``annotations.json`` in the user data directory (platformdirs reads ``XDG_DATA_HOME`` and ``HOME`` from
    the environment of the process: the tests set them with ``monkeypatch.setenv``)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / PROJECT_STORE


def creates_folders(path: str | os.PathLike[str]) -> bool:
    """True for a store the rule chose as the user store (rule 4): its missing folders are made on the first
    write; any other store's folder must exist already."""
    with _user_stores_lock:
        return shown(path) in _user_stores


def make_folders(folder: str | os.PathLike[str]) -> None:
    """Create ``folder`` and each missing parent with mode 0700 (the umask may only remove bits). Nothing is
    done when it exists; a file in the way, or no permission, is an OSError for the caller to report."""
    target = Path(os.path.abspath(os.fspath(folder)))
    missing: list[Path] = []
    while not target.is_dir():
        missing.append(target)
        if target.parent == target:
            break
        target = target.parent
    for level in reversed(missing):
        try:
            os.mkdir(level, FOLDER_MODE)
        except FileExistsError:
            if not level.is_dir():
                raise


def _is_store_file(path: Path) -> bool:
    """Something that can be a store file is at ``path``: a file, a symlink (even a dangling one: the store
    writes through it), anything but a folder (a FIFO or a device is refused by the store with a message)."""
    try:
        mode = path.lstat().st_mode
    except OSError:
        return False
    if stat.S_ISLNK(mode):
        return not path.is_dir()
    return not stat.S_ISDIR(mode)


def run_where(args: Namespace) -> int:
    """``reader where [--db PATH]``: print the store's path (``args.db``, already chosen by the rule), absolute,
    one line; exit 0. Whether the file exists yet does not matter: it is where the first write will go.

    On a terminal the path is sanitised (a folder name could hold escape sequences); into a pipe it is printed as
    it is, so ``cat "$(reader where)"`` works for any name (as ``ls`` does)."""
    import sys

    path = shown(args.db)
    if sys.stdout.isatty():
        from reader.sanitize import sanitize

        path = sanitize(path)
    print(path)
    return 0
