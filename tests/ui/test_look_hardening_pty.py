"""Issue 12, item 16, in a real pseudo-terminal: with TERM=xterm-256color and no COLORTERM (macOS Terminal.app,
default tmux) the five highlight colours reach the terminal as five different 256-colour backgrounds, not one
grey (``48;5;59`` for all five before)."""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import pytest

from reader.annotation import COLORS
from reader.ui.widgets.highlight_colors import CUBE_DARK, downgraded_number
from tests.robustness import PtyApp, clean_env, read_some
from tests.ui.test_look_hardening import store_with

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

BACKGROUND_256 = re.compile(rb"48;5;(\d+)")
TIMEOUT = 30.0


def test_five_highlight_colours_are_five_backgrounds_in_256_colours(tmp_path: Path) -> None:
    from rich.color import ColorSystem

    from tests.conftest import SEED

    store, _ = store_with(tmp_path, list(COLORS))
    store.close()
    db = tmp_path / "a.json"
    expected = {downgraded_number(CUBE_DARK[color], ColorSystem.EIGHT_BIT) for color in COLORS}
    assert len(expected) == len(COLORS)
    env = clean_env(TERM="xterm-256color", READER_DB=str(db))  # clean_env drops COLORTERM
    app = PtyApp([str(SEED), "--db", str(db)], env, columns=120, lines=40)
    try:
        deadline = time.monotonic() + TIMEOUT
        seen: set[int] = set()
        while time.monotonic() < deadline and not expected <= seen:
            if not read_some(app.master, app.output, 0.1) and app.process.poll() is not None:
                break
            seen = {int(n) for n in BACKGROUND_256.findall(bytes(app.output))}
        assert expected <= seen, f"256-colour backgrounds written: {sorted(seen)}"
        app.send(b"q")
        assert app.wait_exit(TIMEOUT) == 0
    finally:
        app.close()
