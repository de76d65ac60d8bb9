"""Where ``reader export`` may not write: over a document it exports, or any document the store knows.

Why: ``reader export a.txt -o a.txt`` replaced the annotated document with its own export (a hostile review):
the text the highlights are anchored to was gone, and with it every highlight's place. The store's own files
were already refused (:func:`reader.transfer.write_output`); a document is refused the same way, with one
``reader: ...`` line (exit status 2) before anything is written.

Decisions:

* A target is a document when, after resolving symbolic links and ``..`` (names only, nothing opened), it is
  the same path as one, or - when both exist - the same file (device and inode: a hard link, or a path written
  another way, as a case-insensitive file system allows).
* The documents: the paths named on the command line (the ones being exported), the path of every document
  exported, and every path the store knows - each document record's path and its source's, and each
  annotation's. A relative path the store holds is taken from the current folder, as the export's own matching
  takes it (:func:`reader.transfer.collect_documents`).
* ``--split DIR`` writes new files under names nothing has, and rewrites only notes it wrote itself (their
  ``reader-id``); such a note that has become a document (opened and annotated) is refused as ``-o`` is, before
  any file of the run is written (:func:`reader.formats.split.write_split`'s ``refuse``).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from reader.errors import ReaderError
from reader.loader import show_path

if TYPE_CHECKING:
    from reader.formats import ExportDocument
    from reader.store import Store

_Identity = tuple[Path | None, tuple[int, int] | None]


def _identity(path: str | os.PathLike[str]) -> _Identity:
    """``path`` resolved (symbolic links and ``..``), and the device and inode of the regular file there, if any."""
    try:
        resolved: Path | None = Path(path).resolve()
    except (OSError, RuntimeError, ValueError):
        resolved = None
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return resolved, None
    return resolved, ((info.st_dev, info.st_ino) if stat.S_ISREG(info.st_mode) else None)


class Documents:
    """Paths of documents that an export must not overwrite (see the module note)."""

    def __init__(self, paths: Iterable[str], *, exported: bool) -> None:
        self.paths = [path for path in dict.fromkeys(paths) if path and path != "-" and "\0" not in path]
        self.exported = exported
        """True: these are the documents being exported; False: the documents the store knows."""
        self._known: dict[object, str] | None = None

    def named_by(self, target: str | os.PathLike[str]) -> str | None:
        """The document ``target`` names (the path as the store or the command line has it), or None."""
        if self._known is None:  # each path resolved and stat'ed once, whatever the number of targets
            self._known = {}
            for path in reversed(self.paths):
                for key in _identity(path):
                    if key is not None:
                        self._known[key] = path
        return next((self._known[key] for key in _identity(target) if key is not None and key in self._known), None)

    def refuse(self, target: str | os.PathLike[str], choose: str = "choose another -o FILE") -> None:
        """A ReaderError when ``target`` is one of these documents."""
        found = self.named_by(target)
        if found is None:
            return
        what = "a document being exported" if self.exported else "a document the store knows"
        same = "" if os.fspath(target) == found else f" ({show_path(found)})"
        raise ReaderError(f"refusing to write the export over {show_path(target)}: it is {what}{same}, whose "
                          f"highlights are anchored to its text; {choose}")


def given_documents(paths: Iterable[str]) -> Documents:
    """The documents named on the command line (not ``sha256:`` ids, which name no file)."""
    return Documents((path for path in paths if not (path.startswith("sha256:") and not os.path.exists(path))),
                     exported=True)


def known_documents(store: Store, exported: Iterable[ExportDocument] = (), *, annotations: bool = True) -> Documents:
    """Every document the store knows, and every document exported. ``annotations``: the paths the annotations
    record too (every record read: the CLI's export has read them all already; the app's `e` has not)."""
    paths: list[str] = []
    for doc in exported:
        paths += [doc.path, doc.source.get("path", "")]
    for record in store.documents():
        paths += [record.path, record.source.get("path", "")]
    if annotations:
        paths += {annotation.path for annotation in store.all_annotations()}
    return Documents(paths, exported=False)
