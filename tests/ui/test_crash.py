"""An unexpected error in the app: one sanitised ``reader: internal error`` line, the traceback in a private file
(reader.ui.crash), not Textual's traceback with local variables on the terminal."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from reader.loader import load_document
from reader.store import Store
from reader.ui.app import ReaderApp
from tests.conftest import SEED


async def test_an_internal_error_is_one_safe_line_and_a_private_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("READER_CACHE_DIR", str(cache))
    app = ReaderApp(store=Store(tmp_path / "db.json"), paths=[SEED], document=load_document(SEED))

    def broken() -> None:
        raise ValueError("bad \x1b]0;pwned\x07 [bold]x[/]\nsecond \u202eline")

    monkeypatch.setattr(app, "action_help", broken)
    with pytest.raises(ValueError, match="bad"):
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            await pilot.press("question_mark")
            await pilot.pause()
    assert app.return_code == 1
    assert app._exit_renderables == []  # Textual prints nothing of its own
    line = app.crash_message
    assert line.startswith("reader: internal error (ValueError: bad ␛]0;pwned␇ [bold]x[/] second ⟨U+202E⟩line")
    assert "\n" not in line and "\x1b" not in line and "\u202e" not in line
    (report,) = cache.glob("crash-*.txt")
    assert f"details in {report}" in line
    assert "Traceback" in report.read_text(encoding="utf-8")
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
