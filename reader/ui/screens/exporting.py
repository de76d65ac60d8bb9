"""`e` on the reading screen: this document's annotations exported to a file in the current directory.

Kept apart from :mod:`reader.ui.screens.annotating` (the keys that make and change highlights) because exporting
is its own job with its own rules: the file is named after the document (:func:`export_stem`, safe for a URL's
odd path), only a regular file (or none) is replaced and an existing one only after a question
(:func:`_not_a_file_to_export_to`), and the export waits for the pending writes and reads the store in a worker,
so what is exported is what is on disk. A mixin of :class:`~reader.ui.screens.reading.ReadingScreen` through
:class:`~reader.ui.screens.annotating.AnnotatingMixin`, which keeps the `e` binding.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import work

from reader.errors import ReaderError

if TYPE_CHECKING:
    from textual.screen import Screen

    from reader.document import Document
    from reader.ui.app import ReaderApp

    _ScreenBase = Screen[None]
else:
    _ScreenBase = object


class ExportingMixin(_ScreenBase):
    """The export action and its worker; the screen provides ``document`` and ``reader_app``."""

    if TYPE_CHECKING:
        document: Document

        @property
        def reader_app(self) -> ReaderApp: ...

    EXPORT_SUFFIXES: ClassVar[dict[str, str]] = {
        "json": ".annotations.json",
        "w3c": ".annotations.w3c.json",
        "markdown": ".annotations.md",
    }

    def action_export(self, fmt: str = "json") -> None:
        """Export to ``<document-stem><suffix>`` in the current directory, asking before overwriting. The
        checks (the current folder, what is at the target) touch the disk, so they run in the worker too."""
        self._export_checked(fmt)

    @work(thread=True, exclusive=True, group="export")
    def _export_checked(self, fmt: str) -> None:
        try:
            target = Path.cwd() / f"{export_stem(self.document.path)}{self.EXPORT_SUFFIXES[fmt]}"
        except OSError as error:  # the folder the reader was started in was deleted meanwhile
            self._export_failed(f"the current folder cannot be used ({error.strerror or error}): nothing was exported")
            return
        try:
            refused = _not_a_file_to_export_to(target)
            exists = target.exists()
        except OSError as error:  # a name the file system refuses, a folder that cannot be read
            self._export_failed(f"{error.strerror or error}: nothing was exported")
            return
        if refused:
            self.app.call_from_thread(self.reader_app.notify, refused, kind="export", title="Export",
                                      severity="warning", timeout=6)
        elif exists:
            self.app.call_from_thread(self._ask_to_overwrite, target, fmt)
        else:
            self._export_now(target, fmt)

    def _ask_to_overwrite(self, target: Path, fmt: str) -> None:
        def answered(yes: bool | None) -> None:
            if yes:
                self.export_to(target, fmt)
            else:  # a "no" is an answer the screen confirms too: nothing happens silently
                self.reader_app.notify(f"{target.name} was kept as it is: nothing was exported", kind="export",
                                       title="Export")

        from reader.ui.notices import overwrite_question
        from reader.ui.screens.dialogs import ConfirmScreen

        self.app.push_screen(ConfirmScreen(overwrite_question(target)), answered)

    def _export_failed(self, why: str) -> None:
        self.app.call_from_thread(self.reader_app.notify, f"Export failed: {why}", kind="export", title="Export",
                                  severity="error", timeout=10)

    @work(thread=True, exclusive=True, group="export")
    def export_to(self, target: Path, fmt: str = "json") -> None:
        """Wait for pending writes, then export this document from the store (what is on disk is exported)."""
        self._export_now(target, fmt)

    def _export_now(self, target: Path, fmt: str) -> None:
        from reader.annotation import utc_now
        from reader.formats import ExportDocument
        from reader.transfer import render, write_output
        from reader.ui.notices import exported_message

        self.reader_app.writer.drain()
        store, document = self.reader_app.store, self.document
        try:
            annotations = tuple(store.annotations_for(document.id))
            exported = ExportDocument(
                document.id, document.title, document.path, annotations, len(document.text), document.info.provenance()
            )
            write_output(str(target), render([exported], fmt, utc_now()), db=str(store.path))
            count = len(annotations)
        except (ReaderError, OSError) as error:
            self._export_failed(str(error))
            return
        message = exported_message(count, target, self.app.size.width)
        # one export toast at a time: `e` pressed again replaces it (reader.ui.notices.Notices)
        self.app.call_from_thread(self.reader_app.notify, message, kind="export", title="Exported", timeout=6)


STEM_BYTES = 180
"""The most bytes of an export file's name before its suffix: a file name has at most 255 bytes on most file
systems, and a document named with 250 characters made ``e`` fail ("File name too long")."""


def export_stem(path: str) -> str:
    """The export file's name before its suffix: the document file's stem, or for a URL the last part of its
    path (else its host) kept to letters, digits, ``.``, ``_`` and ``-`` and 80 characters (a page's address
    may hold anything); ``stdin`` for a piped document. At most :data:`STEM_BYTES` bytes either way."""
    import re

    from reader.sources import is_url

    if not path:
        return "stdin"
    if not is_url(path):
        stem = Path(path).stem or "document"
        while len(os.fsencode(stem)) > STEM_BYTES:  # cut by bytes, a character at a time (never mid-character)
            stem = stem[: max(1, len(stem) - max(1, (len(os.fsencode(stem)) - STEM_BYTES) // 4))]
        return stem
    address = path.split("#", 1)[0].split("?", 1)[0]
    parts = [part for part in address.split("/")[2:] if part]
    name = parts[-1] if parts else "page"
    name = name.rsplit(".", 1)[0] if "." in name and len(parts) > 1 else name
    name = re.sub(r"[^\w.-]+", "-", name).strip(".-")[:80]
    return name or "page"


def _not_a_file_to_export_to(target: Path) -> str | None:
    """Why ``e`` will not export to ``target`` (None: it may). Only a regular file (or none) is replaced: a FIFO
    there would block the export thread until something reads it, and then ``q`` never ended (the thread keeps
    the process alive); a symlink to ``/dev/tty`` would write the export over the screen. The CLI's ``-o`` still
    writes into devices and FIFOs, as a shell's ``>`` does: there the user named the file."""
    import stat

    from reader.bounded_read import file_kind
    from reader.loader import show_path

    try:
        mode = target.stat().st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    kind = file_kind(mode) or "not a regular file"
    return f"{show_path(target.name)} is {kind}, not a regular file: nothing was exported"
