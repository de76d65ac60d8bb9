"""The hostile article in a real pseudo-terminal: none of its escape sequences or invisible characters reach
the terminal, its markup shows literally, and `q` quits cleanly.

Textual writes escape sequences of its own (CSI for the cursor and colours, OSC for its queries), so the
assertions look for the article's sequences only, and for the article's text around them.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import shared_path
from tests.robustness import PtyApp, clean_env, read_some

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

COLUMNS, LINES = 120, 40
STARTUP_TIMEOUT = 20.0
EXIT_TIMEOUT = 20.0

CSI = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]")
STRING_SEQUENCE = re.compile(rb"\x1b[\]P_^X].*?(?:\x07|\x1b\\)", re.DOTALL)
OTHER_ESCAPE = re.compile(rb"\x1b[()][0-9A-Za-z]|\x1b[=>78cDEHMNOZ]")


def strip_terminal_codes(data: bytes) -> bytes:
    """The printable text the app wrote, with every well-formed escape sequence removed."""
    return OTHER_ESCAPE.sub(b"", CSI.sub(b"", STRING_SEQUENCE.sub(b"", data)))


def run_in_pty(article: Path, db: Path) -> tuple[bytes, int]:
    """Run `python -m reader ARTICLE --db DB` on a 120x40 pty; wait for the article, press q; (output, status)."""
    app = PtyApp(
        [str(article), "--db", str(db)],
        clean_env(TERM="xterm-256color", READER_DB=str(db)),
        columns=COLUMNS,
        lines=LINES,
    )
    try:
        # Wait until the article's body is on screen (the markup paragraph), then a moment more.
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline and b"[bold red]" not in strip_terminal_codes(bytes(app.output)):
            if not read_some(app.master, app.output, 0.1) or app.process.poll() is not None:
                break
        app.settle(1.0)
        app.send(b"q")
        status = app.wait_exit(EXIT_TIMEOUT)
        if status is None:
            pytest.fail(f"the app did not exit within {EXIT_TIMEOUT} s of q; it wrote {len(app.output)} bytes")
        return bytes(app.output), status
    finally:
        app.close()


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, int, Path]:
    article = shared_path("hostile", "hostile-article.txt")
    db = tmp_path_factory.mktemp("pty") / "annotations.json"
    output, status = run_in_pty(article, db)
    return output, status, db


def test_app_starts_and_quits_cleanly(hostile_run: tuple[bytes, int, Path]) -> None:
    output, status, _ = hostile_run
    assert status == 0, strip_terminal_codes(output)[-2000:]
    assert b"Traceback" not in output
    assert b"Hostile article" in strip_terminal_codes(output)


FORBIDDEN = {
    "OSC 0 title": b"\x1b]0;PWNED",
    "OSC 52 clipboard": b"\x1b]52",
    "OSC 8 hyperlink": b"\x1b]8;;file:///etc/passwd",
    "DCS query": b"\x1bP+q",
    "APC": b"\x1b_payload",
    "8-bit CSI": b"\xc2\x9b",
    "clear screen from the text": b"\x1b[2J\x1b[H and",
    "cursor move from the text": b"\x1b[10;10H here",
    "colour from the text": b"\x1b[31;1mred bold",
    "RLO U+202E": "\u202e".encode(),
    "PDF U+202C": "\u202c".encode(),
    "LRI U+2066": "\u2066".encode(),
    "PDI U+2069": "\u2069".encode(),
    "ZWSP U+200B": "\u200b".encode(),
    "ZWJ U+200D": "\u200d".encode(),
    "BOM U+FEFF": "\ufeff".encode(),
}


@pytest.mark.parametrize("sequence", list(FORBIDDEN.values()), ids=list(FORBIDDEN))
def test_article_sequence_does_not_reach_the_terminal(hostile_run: tuple[bytes, int, Path], sequence: bytes) -> None:
    output, _, _ = hostile_run
    assert sequence not in output


def test_no_raw_control_bytes_from_the_text(hostile_run: tuple[bytes, int, Path]) -> None:
    """Once Textual's own well-formed sequences are removed, no ESC, BEL, BS or NUL is left."""
    output, _, _ = hostile_run
    text = strip_terminal_codes(output).decode("utf-8", "replace")
    for char in ("\x1b", "\x07", "\x08", "\x00", "\x7f", "\x9b", "\x9d", "\x90", "\x9f"):
        assert char not in text, (char, text[max(0, text.find(char) - 80) : text.find(char) + 80])
    assert "\ufffd" not in text  # everything written was valid UTF-8


def test_unsafe_characters_show_as_placeholders(hostile_run: tuple[bytes, int, Path]) -> None:
    text = strip_terminal_codes(hostile_run[0]).decode("utf-8", "replace")
    assert "␛[2J" in text  # the ESC is a visible picture, the rest harmless text
    assert "⟨U+202E⟩" in text
    assert "⟨U+200B⟩" in text
    assert "PWNED-TITLE" in text  # the title-setting text is shown, as text


def test_markup_shows_literally(hostile_run: tuple[bytes, int, Path]) -> None:
    text = strip_terminal_codes(hostile_run[0]).decode("utf-8", "replace")
    assert "[bold red]not bold[/]" in text
    assert "[@click=app.quit]" in text


def test_store_untouched_or_valid(hostile_run: tuple[bytes, int, Path]) -> None:
    """Opening the article may remember it in the store; if so the store is valid JSON."""
    import json

    db = hostile_run[2]
    if db.exists():
        json.loads(db.read_text(encoding="utf-8"))
