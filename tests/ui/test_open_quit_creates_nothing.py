"""Opening a document and quitting without a change creates no file anywhere (issue 13): no store, journal, lock,
settings file or user data folder. The first change creates what it needs: a highlight or a moved reading position
makes the store (and the user store's folder, mode 0700) and records the document; a changed panel width makes the
settings file. A position that did not change is not written again.

Pilot tests drive the app on a store chosen by :func:`reader.store.location.choose` with HOME, XDG_DATA_HOME and the
current folder in the test's tmp folder; one pty test runs the real command the same way.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
from textual.pilot import Pilot

from reader.loader import load_document
from reader.preferences import settings_path
from reader.store import Store
from reader.store.location import USER, choose
from reader.ui.app import ReaderApp
from reader.ui.screens.reading import POSITION_SAVE_DELAY, ReadingScreen
from tests.conftest import SEED

SIZE = (120, 40)

linux_only = pytest.mark.skipif(sys.platform != "linux", reason="platformdirs follows XDG_DATA_HOME on Linux")



EMPTY_TMP = ["home", "store", "work"]
"""What the test's tmp folder holds before the app runs: the fixture's two folders and conftest's (empty) store
folder for READER_DB, which these tests unset."""


def files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.name != "__pycache__")


def user_app() -> ReaderApp:
    chosen = choose()
    assert chosen.rule == USER
    return ReaderApp(store=Store(chosen.path), paths=[SEED], document=load_document(SEED))


async def opened(pilot: Pilot[None], *, still: bool = False) -> ReadingScreen:
    """Wait until the start-up workers (position, highlights, quotations) are done; ``still``: and until a
    position save could have fired (its timer waits POSITION_SAVE_DELAY of stillness)."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause(POSITION_SAVE_DELAY + 0.3 if still else None)
    screen = pilot.app.screen
    assert isinstance(screen, ReadingScreen)
    return screen


async def quit_app(app: ReaderApp, pilot: Pilot[None]) -> None:
    await pilot.press("q")
    app.writer.drain()


@linux_only
async def test_open_and_quit_creates_nothing_anywhere(places: dict[str, Path]) -> None:
    app = user_app()
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot, still=True)
        await pilot.press("question_mark", "escape")  # the help names the store: still nothing written
        await quit_app(app, pilot)
    app.store.close()
    assert files_under(places["tmp"]) == EMPTY_TMP
    assert not places["data"].exists()


async def test_open_and_quit_on_a_db_in_an_existing_folder_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    folder.mkdir(exist_ok=True)
    app = ReaderApp(store=Store(folder / "a.json"), paths=[SEED], document=load_document(SEED))
    async with app.run_test(size=SIZE) as pilot:
        screen = await opened(pilot)
        await pilot.press("j")
        assert screen.article.cursor > 0
        await pilot.press("k")  # moved and back: the position is where it was
        await pilot.pause(POSITION_SAVE_DELAY + 0.3)
        await quit_app(app, pilot)
    assert files_under(folder) == []


@linux_only
async def test_the_first_highlight_creates_the_user_store_and_its_folder(places: dict[str, Path]) -> None:
    app = user_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await opened(pilot)
        await pilot.press("h")
        await quit_app(app, pilot)
    store_file = places["folder"] / "annotations.json"
    assert store_file.is_file()
    for folder in (places["data"], places["folder"]):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert files_under(places["data"]) == ["reader", "reader/annotations.json"]  # no journal, lock or settings
    store = Store(store_file)
    assert [a.doc_id for a in store.all_annotations()] == [screen.document.id]
    (record,) = store.documents()  # remembered with its first change
    assert (record.id, record.title, record.opened_here) == (screen.document.id, screen.document.title, True)


@linux_only
async def test_a_moved_position_creates_the_store_and_remembers_the_document(places: dict[str, Path]) -> None:
    app = user_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await opened(pilot)
        await pilot.press("}", "}")
        await pilot.pause(POSITION_SAVE_DELAY + 0.3)
        moved = screen.article.cursor
        await quit_app(app, pilot)
    assert moved > 0
    store = Store(places["folder"] / "annotations.json")
    assert store.position(screen.document.id) == moved
    assert [d.id for d in store.documents()] == [screen.document.id]


async def test_reopening_at_the_saved_position_records_only_the_opening(tmp_path: Path) -> None:
    """A document the store knows is recorded as opened (the library orders it by that), but its position is
    not written again, and nothing is created beside the store."""
    path = tmp_path / "store" / "a.json"
    document = load_document(SEED)
    Store(path).save_position(document.id, 400, path=document.path, title=document.title)
    record = Store(path).document(document.id)
    assert record is not None
    app = ReaderApp(store=Store(path), paths=[SEED], document=load_document(SEED))
    async with app.run_test(size=SIZE) as pilot:
        screen = await opened(pilot, still=True)
        assert screen.article.cursor == 400
        app.writer.drain()
        writes = path.stat().st_mtime_ns
        screen.save_position()  # as Esc to the library does: unchanged, so skipped
        await quit_app(app, pilot)
    assert path.stat().st_mtime_ns == writes  # the opening only: no position write after it
    after = Store(path).document(document.id)
    assert after is not None and after.position == 400 and after.opened > record.opened
    assert files_under(path.parent) == ["a.json"]


@linux_only
async def test_a_changed_panel_width_creates_only_the_settings_file(places: dict[str, Path]) -> None:
    app = user_app()
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot)
        await pilot.press("greater_than_sign")
        await quit_app(app, pilot)
    assert files_under(places["data"]) == ["reader", "reader/annotations.settings.json"]
    assert settings_path(places["folder"] / "annotations.json").is_file()
    assert stat.S_IMODE(places["folder"].stat().st_mode) == 0o700


@linux_only
@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_the_real_command_opens_and_quits_without_creating_anything(places: dict[str, Path]) -> None:
    from tests.robustness import PtyApp, clean_env

    env = {k: v for k, v in clean_env(TERM="xterm-256color").items() if k != "READER_DB"}
    env |= {"HOME": str(places["home"]), "XDG_DATA_HOME": str(places["data"])}

    def run(*keys: bytes) -> None:
        app = PtyApp([str(SEED)], env, cwd=str(places["work"]))
        try:
            assert app.wait_output(b"Stoltenberg", timeout=30), "no first paint"
            app.settle(1.0)
            for key in keys:
                app.send(key)
                app.settle(0.3)
            app.send(b"q")
            assert app.wait_exit(timeout=15) == 0, bytes(app.output[-2000:])
        finally:
            app.close()

    run()
    assert files_under(places["tmp"]) == EMPTY_TMP
    run(b"h")
    assert files_under(places["data"]) == ["reader", "reader/annotations.json"]
    assert len(Store(places["folder"] / "annotations.json").all_annotations()) == 1
    assert files_under(places["work"]) == [] and files_under(places["home"]) == []
