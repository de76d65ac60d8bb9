"""The words of the `e` key's question and notification: file names made safe and fitted to where they show.

A file name comes from the document's path, so it is whatever its author chose: escape sequences, bidi controls
and invisible characters become placeholders (:func:`reader.loader.show_path`), and a name too long for its line
is shortened in the middle with ``…``. A toast wraps at spaces and folds a word that is longer than its line,
so an export path used to break in the middle of a word; here the name is one word that fits the toast's line,
and the folder it was written to has a line of its own (shortened at its start, where a path is least telling).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len

from reader.loader import show_path
from reader.sanitize import sanitize, sanitize_lines

if TYPE_CHECKING:
    from textual.app import App
    from textual.notifications import Notification, SeverityLevel

TOAST_WIDTH = 60
"""Textual's ``Toast`` is 60 cells wide, at most half the screen, with one cell of padding on each side and a
one-cell border on the left: the text has its width less 3."""
TOAST_FRAME = 3
QUESTION_CELLS = 60
"""Room for the file name in the overwrite question (the dialog is 76 cells wide, less its border and padding,
less the question's words)."""


def toast_cells(screen_width: int) -> int:
    """The cells of one line of text in a notification on a screen ``screen_width`` cells wide."""
    return max(10, min(TOAST_WIDTH, screen_width // 2) - TOAST_FRAME)


def fit_middle(text: str, cells: int) -> str:
    """``text`` in at most ``cells`` terminal cells: shortened in the middle with ``…`` when longer."""
    if cell_len(text) <= cells:
        return text
    half = (cells - 1) // 2
    head = take_cells(text, half)
    return f"{head}…{take_end_cells(text, cells - 1 - cell_len(head))}"


def fit_start(text: str, cells: int) -> str:
    """``text`` in at most ``cells`` terminal cells: its end kept, ``…`` for what is cut at its start."""
    if cell_len(text) <= cells:
        return text
    return "…" + take_end_cells(text, cells - 1)


def take_cells(text: str, cells: int) -> str:
    """The longest start of ``text`` that fits in ``cells`` cells (never half of a wide character, nor part of a
    sanitiser's placeholder such as ``⟨U+202E⟩``: a stub like ``⟨U+20`` read as content)."""
    used = 0
    for index, char in enumerate(text):
        used += cell_len(char)
        if used > cells:
            head = text[:index]
            opened = head.rfind("⟨")
            return head[:opened] if opened > head.rfind("⟩") else head
    return text


def take_end_cells(text: str, cells: int) -> str:
    """The longest end of ``text`` that fits in ``cells`` cells (as :func:`take_cells`, from the other side)."""
    tail = take_cells(text[::-1], cells)[::-1]
    if len(tail) == len(text):
        return tail
    closed = tail.find("⟩")
    return tail[closed + 1 :] if closed >= 0 and (tail.find("⟨") < 0 or closed < tail.find("⟨")) else tail


def overwrite_question(target: Path) -> str:
    """The question asked before an export replaces ``target``."""
    return f"{fit_middle(show_path(target.name), QUESTION_CELLS)} exists. Overwrite it?"


def exported_message(count: int, target: Path, screen_width: int) -> str:
    """The notification after ``count`` annotations were exported to ``target``: count, name, folder, a line
    each, none wider than the toast."""
    cells = toast_cells(screen_width)
    noun = "annotation" if count == 1 else "annotations"
    name = fit_middle(show_path(target.name), cells)
    folder = fit_start(show_path(target.parent), cells - 3)
    return f"{count:,} {noun} written to\n{name}\nin {folder}"


class Notices:
    """Toasts of which one of each kind is shown: a new notice of a kind replaces the one before it.

    Eight presses of `-` showed six "Text width N columns" toasts at once. Textual's ``App.notify`` returns
    nothing that could be withdrawn, and it posts its toast as a message: a toast withdrawn before that message
    was handled (keys come in a burst, and each key's toast was queued behind the rest of the keys) was added
    after it had been withdrawn, and stayed. Here a notice is added to the app's notifications at once, in the
    same step as the previous one of its kind is taken away, so there is never more than one of a kind. UI
    thread only (a worker hands its notice over with ``call_from_thread``). Text is plain and made safe, as
    every notification of the app (:meth:`reader.ui.app.ReaderApp.notify`)."""

    def __init__(self, app: App[Any]) -> None:
        self._app = app
        self._shown: dict[str, Notification] = {}

    def show(self, kind: str, message: str, *, title: str = "", severity: SeverityLevel = "information",
             timeout: float = 3.0) -> Notification:
        """Show ``message`` in place of the last notice of ``kind`` (width, panel, copy, export...)."""
        from textual.notifications import Notification

        app = self._app
        old = self._shown.get(kind)
        if old is not None:
            del app._notifications[old]  # (a no-op when it has expired or was dismissed by a click)
        notification = Notification(sanitize_lines(message), sanitize(title), severity, timeout, markup=False)
        self._shown[kind] = notification
        app._notifications.add(notification)
        app._refresh_notifications()
        return notification
