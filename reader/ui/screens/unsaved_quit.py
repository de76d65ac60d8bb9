"""Quitting while changes are not saved yet: the app asks instead of throwing away what it showed.

A hostile review held the store's lock from another process (a disk that is full does the same): `h` showed
"● not saved yet", and `q` showed "Saving…" for ~42 s (each write waits up to 15 s for the lock) and then ended
with "1 change(s) could not be saved": the highlight the app had shown was gone.

The decision (for `q`, ctrl+q and the palette's Quit; a signal or a lost terminal has nobody to ask and keeps the
old way: every write waited for, then a ``reader:`` line):

* Quitting waits :data:`QUIT_WAIT` seconds for the pending writes (a write takes milliseconds: a slow disk still
  gets its time), showing "Saving…". All saved: the app quits, as before. Only a reading position still
  waiting: the app quits without it (not worth holding the exit for).
* Highlights, notes or tags still not saved: :class:`UnsavedQuestion` says how many and why (the store's own
  words once a write has failed: "locked by another process", "No space left on device"; before that, how long
  the store has not answered), and offers

  - Esc, **keep reading**: the question goes, the app keeps retrying (every 5 s), nothing is lost;
  - `f`, **save them to a file and quit**: the documents' highlights as the app shows them, in the reader's
    own export format, in ``<name>.unsaved-<time>.annotations.json`` in the current folder (else the system's
    temporary folder: the current one may be on the full disk); ``reader import FILE`` adds them to the store
    later (a highlight changed there keeps the later version; a deletion not saved cannot be carried by a
    file: that highlight stays in the store). The app ends with a ``reader:`` line naming the file;
  - `d`, **quit and lose them**: the app ends with a ``reader:`` line saying how many were lost, status 1.

  While the question is shown the app goes on trying: once every change is saved it closes and the app quits,
  as asked. `q` and ctrl+q there do nothing more (`d` is the way to lose changes, never a second `q`).

Asking the writes' state takes what the reading screens' :class:`~reader.ui.screens.saving.SavingMixin` keeps:
``unsaved`` (ids whose last write has not returned or failed) and ``last_failure``.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from reader.counts import counted, were
from reader.errors import ReaderError
from reader.loader import show_path
from reader.sanitize import sanitize
from reader.ui.screens.dialogs import DIALOG_CSS, OverArticle

if TYPE_CHECKING:
    from textual.app import App

    from reader.formats import ExportDocument
    from reader.ui.app import ReaderApp

QUIT_WAIT = 1.5
"""Seconds `q` waits for pending writes before it asks (a write takes milliseconds; a slow disk gets its time)."""

POLL_SECONDS = 0.5
"""How often the question looks at the writes again (the count, the reason, all saved)."""


def unsaved_changes(app: App[Any]) -> int:
    """Highlights, notes and tags whose write has not returned or has failed, on every screen of the app."""
    return sum(len(getattr(screen, "unsaved", ())) for screen in list(app.screen_stack))


def failure_reason(app: App[Any]) -> str:
    """Why the latest write failed, as the store said it ("" while none has failed yet)."""
    return next((str(why) for screen in app.screen_stack if (why := getattr(screen, "last_failure", ""))), "")


def unsaved_documents(app: App[Any]) -> list[ExportDocument]:
    """The documents with changes not saved, each with all its highlights as the app shows them (an import
    merges them: what the store has already is unchanged, a later edit wins)."""
    from reader.formats import ExportDocument
    from reader.ui.screens.reading import ReadingScreen

    documents = []
    for screen in app.screen_stack:
        if isinstance(screen, ReadingScreen) and screen.unsaved:
            document = screen.document
            annotations = tuple(sorted(screen.session.annotations.values(), key=lambda a: (a.start, a.end, a.id)))
            documents.append(ExportDocument(document.id, document.title, document.path, annotations,
                                            len(document.text), document.info.provenance()))
    return documents


def write_unsaved(documents: list[ExportDocument], store_path: str, folders: list[Path]) -> Path:
    """(A worker thread.) ``documents`` as a native export in the first of ``folders`` that takes the file;
    the ReaderError of the last one when none does."""
    from reader.annotation import utc_now
    from reader.transfer import render, write_output
    from reader.ui.screens.exporting import export_stem

    text = render(documents, "json", utc_now())
    name = f"{export_stem(documents[0].path if documents else '')}.unsaved-{time.strftime('%Y%m%d-%H%M%S')}"
    problem = ReaderError("no folder to write the file to")
    for folder in folders:
        target = folder / f"{name}.annotations.json"
        try:
            write_output(str(target), text, db=store_path)
        except (ReaderError, OSError) as error:
            problem = error if isinstance(error, ReaderError) else ReaderError(f"{show_path(target)}: {error}")
            continue
        return target
    raise problem


class UnsavedQuestion(OverArticle[str]):
    """"N changes are not saved yet (why)": Esc keep reading, `f` save them to a file and quit, `d` quit and
    lose them; it answers ``"saved"`` by itself once they are all saved. (See the module's note.)"""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "answer('back')", "Keep reading"),
        Binding("f", "to_file", "Save to a file and quit"),
        Binding("d", "answer('lose')", "Quit and lose them"),
    ]
    DEFAULT_CSS = DIALOG_CSS.format(name="UnsavedQuestion")

    def __init__(self, waited: float = QUIT_WAIT) -> None:
        super().__init__()
        self.started = time.monotonic() - waited
        """When the quit began (the store "has not answered" since)."""
        self.writing = False
        """A file is being written (`f`): the keys wait for it."""

    @property
    def reader_app(self) -> ReaderApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield self.key_bar()
        with Vertical():
            yield Static("", classes="dialog-title", id="unsaved-title")
            yield Static("", id="unsaved-why")
            yield Static("Esc  keep reading (saving goes on)    f  save them to a file and quit    "
                         "d  quit and lose them", classes="dialog-hint", markup=False)

    def on_mount(self) -> None:
        super().on_mount()
        self.show_state()
        self.set_interval(POLL_SECONDS, self.show_state)

    def show_state(self) -> None:
        """Say how many changes wait and why; all saved: answer ``"saved"`` (the app then quits)."""
        count = unsaved_changes(self.app)
        if count == 0 and not self.writing:
            self.dismiss("saved")
            return
        why = failure_reason(self.app)
        if not why:
            why = f"the store has not answered for {time.monotonic() - self.started:.0f} s (another program may " \
                  "hold its lock, or the disk is slow); still trying"
        else:
            why = f"{why}; still trying"
        plural = "change is" if count == 1 else "changes are"
        self.query_one("#unsaved-title", Static).update(Content(f"Quit? {count:,} {plural} not saved yet."))
        self.query_one("#unsaved-why", Static).update(Content(sanitize(why)[:400]))

    def action_answer(self, answer: str) -> None:
        if not self.writing:
            self.dismiss(answer)

    def action_to_file(self) -> None:
        if self.writing:
            return
        documents = unsaved_documents(self.app)
        if not documents:
            return
        self.writing = True
        self.query_one("#unsaved-why", Static).update(Content("Writing the file…"))
        self._write(documents)

    @work(thread=True, exclusive=True, group="unsaved-file")
    def _write(self, documents: list[ExportDocument]) -> None:
        import tempfile

        try:
            folders = [Path.cwd(), Path(tempfile.gettempdir())]
        except OSError:  # the current folder was deleted
            folders = [Path(tempfile.gettempdir())]
        try:
            target = write_unsaved(documents, str(self.reader_app.store.path), folders)
        except ReaderError as error:
            self.app.call_from_thread(self._not_written, str(error))
            return
        self.app.call_from_thread(self.dismiss, f"file:{target}")

    def _not_written(self, why: str) -> None:
        self.writing = False
        self.notify(f"The file could not be written ({why}); nothing was lost: choose again.", title="Not saved",
                    severity="error", timeout=10)
        self.show_state()


def quit_message(answer: str, count: int, store_path: Path, why: str) -> str:
    """The ``reader:`` line the app ends with after the question's ``answer`` (``"lose"`` or ``"file:PATH"``)."""
    reason = f" ({sanitize(why)[:300]})" if why else ""
    if answer.startswith("file:"):
        path = show_path(answer[len("file:") :])
        return (f"reader: {counted(count, 'change')} could not be saved to {show_path(store_path)}{reason}; the "
                "highlights "
                f"as shown are in {path}: `reader import {path}` adds them to the store")
    return (f"reader: {counted(count, 'change')} {were(count)} not saved to {show_path(store_path)}{reason}: quit "
            "without them")
