"""Snapshots of the library (issue 13): a store of a few documents with fixed times (one read halfway, one
changed, one gone, a web page), its search results, and a gone document's stored highlights.

The clock the screen shows "last opened" against is fixed, and HOME is the test's folder (sources show as
``~/...``), so the pictures are the same on every machine and every day.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.screens import library as library_screen
from tests.conftest import SEED
from tests.ui.library_store import NOW, make_library


async def settle(pilot: Pilot[Any]) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.fixture
def library_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ReaderApp:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(library_screen, "clock", lambda: NOW)
    library = make_library(tmp_path)
    return ReaderApp(store=Store(library["store"]), paths=[SEED], document=None)


def test_library_of_a_store(snap_compare: Any, library_app: ReaderApp) -> None:
    assert snap_compare(library_app, terminal_size=(120, 24), run_before=settle)


def test_library_sorted_by_title_80_columns(snap_compare: Any, library_app: ReaderApp) -> None:
    assert snap_compare(library_app, terminal_size=(80, 24), press=["s"], run_before=settle)


def test_library_search_results(snap_compare: Any, library_app: ReaderApp) -> None:
    async def search(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press("slash", *"the", "enter")
        await settle(pilot)

    assert snap_compare(library_app, terminal_size=(120, 24), run_before=search)


def test_gone_document_highlights(snap_compare: Any, library_app: ReaderApp) -> None:
    async def open_gone(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press("f", *"vanished", "enter", "enter")
        await settle(pilot)

    assert snap_compare(library_app, terminal_size=(100, 20), run_before=open_gone)
