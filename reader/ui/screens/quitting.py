"""Quitting while a note or tags are being typed: the text is never lost silently.

`ctrl+q` (a priority key: it reaches the app from a text field and over a dialog, where `q` is typed or, the
dialogs being modal, goes nowhere) and the command palette's Quit used to end the app at once, and a note typed
for a minute was gone without a word, while Esc in the same dialog asks "Discard the changes to this note?".
The decision, for every quit the user asks for (`q` on a document or the library quits through the same
check, though no dialog is open there): when a note or tags dialog holds text that differs from what it opened
with, the app asks first, with the question drawn clear of the dialog (:class:`QuitQuestion`):

- `s`: save it and quit (as ctrl+s or Enter would have: the note or tags are written, then the app quits once
  every write is on disk);
- `d`: discard it and quit (as Esc and "yes, discard" would: a highlight made just for the dialog is taken back);
- Esc: keep editing (the question goes, the dialog and its text stay).

Tags that cannot be saved as typed (over the limits) are not saved by `s`: the problem is said and the dialog
stays. A dialog opened and left unchanged is closed as Esc closes it, without a question. The check waits for
the keys typed before the quit key (:meth:`~reader.ui.screens.dialogs.EditingDialog.after_typed_keys`), so the
last characters are part of what is saved.

A quit nobody can be asked about (SIGTERM, SIGHUP, the terminal gone: :meth:`ReaderApp._quit_soon`) saves the
text: nothing typed is thrown away (it can be deleted later; it cannot be typed again).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static

from reader.ui.screens.dialogs import DIALOG_CSS, EditingDialog, OverArticle

if TYPE_CHECKING:
    from textual.app import App


class QuitQuestion(OverArticle[str]):
    """"The note you are writing is not saved": `s` save and quit, `d` discard and quit, Esc keep editing."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "answer('save')", "Save and quit"),
        Binding("d", "answer('discard')", "Discard and quit"),
        Binding("escape", "answer('edit')", "Keep editing"),
    ]
    DEFAULT_CSS = DIALOG_CSS.format(name="QuitQuestion")

    def __init__(self, noun: str, keep_clear: tuple[int, int] | None = None) -> None:
        super().__init__(keep_clear)
        self.noun = noun

    def compose(self) -> ComposeResult:
        yield self.key_bar()
        what = "The tags you are typing are" if self.noun == "tags" else f"The {self.noun} you are writing is"
        with Vertical():
            yield Static(f"Quit? {what} not saved.", classes="dialog-title", markup=False)
            yield Static("s  save and quit    d  discard and quit    Esc  keep editing", classes="dialog-hint",
                         markup=False)

    def action_answer(self, answer: str) -> None:
        self.dismiss(answer)


def editing_dialogs(app: App[Any]) -> list[EditingDialog[Any]]:
    """The note and tags dialogs open on the app's screens, bottom first."""
    return [screen for screen in app.screen_stack if isinstance(screen, EditingDialog)]


def settle_dialogs(app: App[Any], *, save: bool) -> str:
    """Hand each open dialog's answer to its opener now (the typed text with ``save``, else none), top first;
    the first reason one cannot be saved stops there and is returned ("" when all are settled)."""
    for dialog in reversed(editing_dialogs(app)):
        problem: str = dialog.settle_for_quit(save=save)
        if problem:
            return problem
    return ""


def ask_before_quitting(app: App[Any], quit_now: Callable[[], Awaitable[None]]) -> bool:
    """True when the quit must wait for an answer (the question is shown now, or already is); then ``quit_now``
    (a coroutine function) runs once the answer is save or discard. False: nothing typed is at stake (an
    unchanged dialog is closed as Esc closes it), quit at once."""
    if isinstance(app.screen, QuitQuestion):
        return True
    changed = [dialog for dialog in editing_dialogs(app) if dialog.changed]
    if not changed:
        settle_dialogs(app, save=False)
        return False
    dialog = changed[-1]
    box = dialog.query_one(Vertical).region
    clear = (box.y, box.y + box.height - 1) if box.height else dialog.keep_clear

    def answered(answer: str | None) -> None:
        if answer not in ("save", "discard"):
            return
        problem = settle_dialogs(app, save=answer == "save")
        if problem:
            app.notify(f"{problem}: not saved, and the app did not quit", severity="warning")
            return
        app.call_later(quit_now)

    app.push_screen(QuitQuestion(dialog.NOUN, clear), answered)
    return True
