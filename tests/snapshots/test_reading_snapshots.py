"""Snapshots of the reading screen, the help screen, the outline, a search and the library.

Regenerate after an intended visual change with ``pytest tests/snapshots --snapshot-update`` and look at the
SVGs in ``__snapshots__`` before committing them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from reader.loader import load_document
from reader.store import Store
from reader.ui.app import ReaderApp
from tests.conftest import SEED


def reading_app(tmp_path: Path) -> ReaderApp:
    return ReaderApp(store=Store(tmp_path / "a.json"), paths=[SEED], document=load_document(SEED))


async def settle(pilot: Pilot[Any]) -> None:
    """Let the background loads (position, highlights, quotations) finish so every run draws the same."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_reading_120x40(snap_compare: Any, tmp_path: Path) -> None:
    assert snap_compare(reading_app(tmp_path), terminal_size=(120, 40), run_before=settle)


def test_reading_80x24(snap_compare: Any, tmp_path: Path) -> None:
    assert snap_compare(reading_app(tmp_path), terminal_size=(80, 24), run_before=settle)


def test_reading_after_moving(snap_compare: Any, tmp_path: Path) -> None:
    assert snap_compare(
        reading_app(tmp_path), terminal_size=(120, 40), press=["}", "}", "w", "w", "w"], run_before=settle
    )


def test_help_screen(snap_compare: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # the help ends with the store's path, shown as ~/a.json
    assert snap_compare(reading_app(tmp_path), terminal_size=(120, 40), press=["question_mark"], run_before=settle)


def test_outline_shown(snap_compare: Any, tmp_path: Path) -> None:
    assert snap_compare(reading_app(tmp_path), terminal_size=(120, 40), press=["o"], run_before=settle)


def test_outline_wide_terminal(snap_compare: Any, tmp_path: Path) -> None:
    assert snap_compare(reading_app(tmp_path), terminal_size=(160, 40), run_before=settle)


def test_search_with_marks(snap_compare: Any, tmp_path: Path) -> None:
    assert snap_compare(
        reading_app(tmp_path), terminal_size=(120, 40), press=["slash", "n", "a", "t", "o"], run_before=settle
    )


def test_library(snap_compare: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # the source column shows ~/second-article.md on every machine
    other = tmp_path / "second-article.md"
    other.write_text("# Second Article\n\nIts only paragraph.\n", encoding="utf-8")
    app = ReaderApp(store=Store(tmp_path / "a.json"), paths=[SEED, other], document=None)
    assert snap_compare(app, terminal_size=(120, 40), run_before=settle)


async def light_with_highlights(pilot: Pilot[Any]) -> None:
    """Textual's light theme, with highlights of three colours: they must stay readable on a light page."""
    pilot.app.theme = "textual-light"
    await settle(pilot)
    for keys in (["]", "h"], ["]", "2"], ["]", "3"]):
        await pilot.press(*keys)
        await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_reading_light_theme(snap_compare: Any, tmp_path: Path) -> None:
    assert snap_compare(reading_app(tmp_path), terminal_size=(120, 40), run_before=light_with_highlights)


def test_reading_200x60(snap_compare: Any, tmp_path: Path) -> None:
    assert snap_compare(reading_app(tmp_path), terminal_size=(200, 60), run_before=settle)
