"""Issue 12 item 1 in a real pseudo-terminal: `n` on a highlight whose note came in with OSC sequences
(``ESC ] 52`` writes the clipboard, ``ESC ] 0`` sets the window title) opens the note editor without writing
either to the terminal; the sequences show as placeholders."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.robustness import PtyApp, clean_env
from tests.ui.test_dialogs_hardening import store_with
from tests.ui.test_hostile_pty import strip_terminal_codes

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

NOTE = "before \x1b]0;PWNED\x1b\\ mid \x1b]52;c;aGVsbG8=\x1b\\ after"


def test_opening_a_hostile_note_writes_no_escape_sequence_of_it(tmp_path: Path) -> None:
    db = tmp_path / "annotations.json"
    store_with(db, note=NOTE)
    app = PtyApp(["--db", str(db), str(Path("seeds") / "belarus-nato-stoltenberg.txt")],
                 clean_env(TERM="xterm-256color", READER_DB=str(db)), columns=120, lines=40)
    try:
        assert app.wait_output(b"Stoltenberg", 30.0), "the app did not start"
        app.settle(1.5)
        app.send(b"}")
        app.settle(0.5)
        start = len(app.output)
        app.send(b"n")
        app.settle(3.0)  # the editor's first paint (a condition would need the new dialog's own text)
        opened = bytes(app.output[start:])
        assert b"Note" in strip_terminal_codes(opened), strip_terminal_codes(bytes(app.output))[-2000:]
        app.send(b"\x1b")
        app.settle(0.5)
        app.send(b"q")
        app.wait_exit(20.0)
    finally:
        app.close()
    assert b"\x1b]52" not in opened and b"\x1b]0;PWNED" not in opened
    text = strip_terminal_codes(opened).decode("utf-8", "replace")
    assert "␛]0;PWNED␛\\" in text and "␛]52;c;aGVsbG8=␛\\" in text
