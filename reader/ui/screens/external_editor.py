"""The note dialog's ctrl+e: the note written in $VISUAL or $EDITOR, the terminal handed over and taken back.

Kept apart from :mod:`reader.ui.screens.dialogs` (the dialogs themselves): running another program on the
terminal has its own rules. The copy is written and read as bytes (no newline translation: a ``\\r\\n`` stays),
lone surrogates pass through, the one line break an editor adds at the end is dropped, and the read is bounded:
a result over the limit is refused, the note stays as it was, and the file is left where it is (its path said),
so that nothing typed is lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reader.annotation import MAX_NOTE_CHARS
from reader.sanitize import sanitize

if TYPE_CHECKING:
    from textual.screen import Screen


def text_from_editor(dialog: Screen[Any], before: str) -> str | None:
    """The note as the editor left it, or None when it is unchanged for any reason (no editor set, it could
    not start or failed, its file is gone or too long): each said in a notification on ``dialog``."""
    import os
    import shlex
    import tempfile

    from textual.app import SuspendNotSupported

    from reader.bounded_read import open_regular

    command = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not command:
        dialog.notify("Set $EDITOR (or $VISUAL) to write notes in your own editor", severity="warning")
        return None
    kept = ""
    handle, name = tempfile.mkstemp(prefix="reader-note-", suffix=".md")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(before.encode("utf-8", "surrogatepass"))
        try:
            with dialog.app.suspend():
                returncode = _run_editor([*shlex.split(command), name])
        except SuspendNotSupported:
            dialog.notify("This terminal cannot hand over to an editor", severity="warning")
            return None
        except (OSError, ValueError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            dialog.notify(sanitize(f"Could not start {command}: {reason}"), severity="error", markup=False)
            return None
        if returncode != 0:
            how = "was interrupted" if returncode < 0 else f"exited with status {returncode}"
            dialog.notify(sanitize(f"{command} {how}; the note is unchanged"), markup=False)
            return None
        try:
            # Only a regular file, never through a link: the editor may have left a FIFO (the read would
            # block the UI for good), a directory, a link to /dev/tty, or nothing at all
            with open_regular(name, follow=False) as file:
                data = file.read(MAX_NOTE_CHARS * 4 + 2)  # UTF-8 takes at most 4 bytes a character
        except OSError as error:
            reason = error.strerror if error.strerror else str(error)
            dialog.notify(sanitize(f"{command} left no file to read ({reason}); the note is unchanged"),
                          severity="warning", markup=False)
            return None
        try:
            text = data.decode("utf-8", "surrogatepass")
        except UnicodeDecodeError:
            text = data.decode("utf-8", "replace")
        if text.endswith("\n") and not before.endswith("\n"):
            text = text[:-1]
        if len(text) > MAX_NOTE_CHARS:
            # what was written is never thrown away: the file stays, and the message says where
            kept = name
            dialog.notify(
                sanitize(f"The text from the editor is longer than the {MAX_NOTE_CHARS:,} characters a note "
                         f"holds; the note is unchanged, and the text is kept in {kept}"),
                severity="warning", timeout=30, markup=False,
            )
            return None
    finally:
        if not kept:
            _remove_left_over(name)
    return text


def _run_editor(argv: list[str]) -> int:
    """Run the editor and wait for it; its exit status (negative: ended by a signal). ctrl+c (and ctrl+\\) while
    it runs is the editor's: the terminal sends SIGINT (SIGQUIT) to both, and it ended the reader at once (the
    note being typed lost), so this process ignores them until the editor is gone, as git does. The editor itself starts
    with the usual handling (the signal is ignored here only once it runs)."""
    import signal
    import subprocess

    process = subprocess.Popen(argv)
    ignored = [signal.SIGINT, *([signal.SIGQUIT] if hasattr(signal, "SIGQUIT") else [])]  # ctrl+c, ctrl+\
    previous = [signal.signal(number, signal.SIG_IGN) for number in ignored]
    try:
        return process.wait()
    finally:
        for number, handler in zip(ignored, previous, strict=True):
            signal.signal(number, handler)


def _remove_left_over(path: str) -> None:
    """Remove the note's temporary file, or whatever the editor left in its place (an empty directory too)."""
    import os

    try:
        os.unlink(path)
    except IsADirectoryError:
        try:
            os.rmdir(path)
        except OSError:
            pass
    except OSError:
        pass
