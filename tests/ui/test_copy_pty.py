"""Issue 13 item 5 in a real pseudo-terminal: `y` on a quotation writes the clipboard as an OSC 52 sequence
(``ESC ] 52 ; c ; <base64> BEL``, or ST for a terminator), and the decoded text holds the quotation and its
speaker. This is what reaches the terminal (and, through it, the system clipboard over SSH or in tmux)."""

from __future__ import annotations

import base64
import re
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED
from tests.robustness import PtyApp, clean_env

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

OSC_52 = re.compile(rb"\x1b\]52;c;([A-Za-z0-9+/=]*)(?:\x07|\x1b\\)")
TIMEOUT = 30.0


def clipboards(output: bytes) -> list[str]:
    """Every text the app put on the clipboard, in order."""
    return [base64.b64decode(payload, validate=True).decode("utf-8") for payload in OSC_52.findall(output)]


def test_y_on_a_quotation_writes_it_with_its_speaker_as_osc_52(tmp_path: Path) -> None:
    db = tmp_path / "annotations.json"
    app = PtyApp([str(SEED), "--db", str(db)], clean_env(TERM="xterm-256color", READER_DB=str(db)), 120, 40)
    copied: list[str] = []
    try:
        assert app.wait_output(b"Stoltenberg", TIMEOUT), "the app did not start"
        # The quotations are found in a worker after the first paint: until then `]` finds none (and `y` copies
        # the title). Try again until the copy is the first quotation's.
        for _attempt in range(20):
            app.send(b"g]y")
            app.settle(0.5)
            copied = clipboards(bytes(app.output))
            if copied and copied[-1].startswith("“There is no military"):
                break
        app.send(b"q")
        assert app.wait_exit(TIMEOUT) == 0
    finally:
        app.close()
    assert copied, "no OSC 52 sequence was written"
    text = copied[-1]
    assert text.startswith("“There is no military NATO build up in the region. So any attempt")
    assert "is absolutely unjustified” — Jens Stoltenberg, Belarus regime uses bogus NATO threat" in text
    assert text.endswith(f"({SEED})")


def sgr_mouse(button: int, column: int, row: int, *, release: bool = False) -> bytes:
    """An SGR mouse report (1-based cell), as xterm sends it: 0 press, 32 motion with the button held."""
    return f"\x1b[<{button};{column};{row}{'m' if release else 'M'}".encode()


def test_a_mouse_drag_from_the_terminal_selects_and_y_copies_it(tmp_path: Path) -> None:
    """The drag as a terminal reports it (press, motion with the button held, release), through the real driver:
    at 120x40 the first paragraph begins on row 6 (as in the snapshots)."""
    db = tmp_path / "annotations.json"
    app = PtyApp([str(SEED), "--db", str(db)], clean_env(TERM="xterm-256color", READER_DB=str(db)), 120, 40)
    try:
        assert app.wait_output(b"Stoltenberg", TIMEOUT), "the app did not start"
        app.settle(1.0)
        for report in (
            sgr_mouse(0, 3, 6),
            sgr_mouse(32, 10, 6),
            sgr_mouse(32, 20, 7),
            sgr_mouse(0, 20, 7, release=True),
        ):
            app.send(report)
            app.settle(0.2)
        app.send(b"y")
        deadline = 20
        while not clipboards(bytes(app.output)) and deadline:
            app.settle(0.5)
            deadline -= 1
        app.send(b"q")
        assert app.wait_exit(TIMEOUT) == 0
    finally:
        app.close()
    copied = clipboards(bytes(app.output))
    assert copied, "no OSC 52 sequence was written"
    assert copied[-1].startswith("“The Belarusian authorities are trying to shift the focus")
    assert copied[-1].endswith(
        f"” — Belarus regime uses bogus NATO threat to justify violence against own people – Stoltenberg ({SEED})"
    )
