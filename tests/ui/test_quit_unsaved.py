"""`q` with changes the store has not taken (its lock held by another program): the app asks instead of dropping
them (reader.ui.screens.unsaved_quit). A hostile review's `h` then `q` showed "Saving…" for ~42 s and ended with
"1 change(s) could not be saved": the highlight the app had shown was lost."""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

import reader.store.database as store_module
from reader import cli
from reader.loader import load_document
from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.screens import unsaved_quit
from reader.ui.screens.reading import ReadingScreen
from reader.ui.screens.unsaved_quit import UnsavedQuestion
from tests.conftest import SEED
from tests.robustness import wait_for

PARAGRAPH_1 = 92  # the first body paragraph of the seed, one sentence


class HeldLock:
    """The store's lock (a ``flock`` on its folder) held as another process would hold it."""

    def __init__(self, folder: Path) -> None:
        self.fd = os.open(folder, os.O_RDONLY)
        fcntl.flock(self.fd, fcntl.LOCK_EX)

    def release(self) -> None:
        if self.fd >= 0:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = -1


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    """A write gives up on the lock after 0.3 s (15 s in use), and `q` asks after 0.3 s (1.5 s)."""
    monkeypatch.setattr(store_module, "LOCK_TIMEOUT", 0.3)
    monkeypatch.setattr(unsaved_quit, "QUIT_WAIT", 0.3)
    monkeypatch.setattr(unsaved_quit, "POLL_SECONDS", 0.05)


@pytest.fixture
def exits(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[int | None, str]]]:
    """The (return code, message) of every ``App.exit``."""
    calls: list[tuple[int | None, str]] = []
    real_exit = ReaderApp.exit

    def exit_(self: ReaderApp, result: Any = None, return_code: int = 0, message: Any = None) -> None:
        calls.append((return_code, str(message or "")))
        real_exit(self, result, return_code, message)

    monkeypatch.setattr(ReaderApp, "exit", exit_)
    yield calls


async def highlight_then_quit(pilot: Pilot[None], tmp_path: Path) -> tuple[ReadingScreen, HeldLock, str]:
    """Open the seed, hold the lock, `h`, `q`: the question shows; (screen, lock, highlight id)."""
    app = pilot.app
    await app.workers.wait_for_complete()
    app.writer.drain()  # type: ignore[attr-defined]
    screen = app.screen
    assert isinstance(screen, ReadingScreen)
    lock = HeldLock(tmp_path)
    screen.article.move_to(PARAGRAPH_1)
    await pilot.press("h")
    (highlight,) = screen.session.annotations
    await pilot.press("q")
    await wait_for(pilot, lambda: isinstance(app.screen, UnsavedQuestion), timeout=10)
    assert app.is_running and highlight in screen.unsaved
    return screen, lock, highlight


def make_app(tmp_path: Path) -> ReaderApp:
    return ReaderApp(store=Store(tmp_path / "s.json"), paths=[SEED], document=load_document(SEED))


async def answer_the_question(tmp_path: Path, key: str) -> str:
    """Open the seed, hold the lock, `h`, `q`, then ``key`` on the question: the app ends, and the lock is let go
    after; the highlight's id."""
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        _, lock, highlight = await highlight_then_quit(pilot, tmp_path)
        await pilot.press(key)
        await wait_for(pilot, lambda: not app.is_running, timeout=10)
        lock.release()
    return highlight


async def test_q_asks_and_quits_by_itself_once_the_store_takes_the_change(
    tmp_path: Path, quick: None, exits: list[tuple[int | None, str]]
) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        _, lock, highlight = await highlight_then_quit(pilot, tmp_path)
        question = app.screen
        title = str(question.query_one("#unsaved-title").render())
        assert "1 change is not saved yet" in title
        await wait_for(pilot, lambda: "lock" in str(question.query_one("#unsaved-why").render()), timeout=10)
        await pilot.press("q")  # another q does not drop them, nor ask twice
        assert app.screen is question and app.is_running
        lock.release()  # the other program is done: the retry saves it, and the app quits as asked
        await wait_for(pilot, lambda: not app.is_running, timeout=20)
    assert exits == [(0, "")]
    assert [a.id for a in Store(tmp_path / "s.json").annotations_for(load_document(SEED).id)] == [highlight]


async def test_escape_keeps_reading_with_the_change_kept(tmp_path: Path, quick: None) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen, lock, highlight = await highlight_then_quit(pilot, tmp_path)
        await pilot.press("escape")
        assert app.screen is screen and app.is_running and highlight in screen.session.annotations
        lock.release()
        await wait_for(pilot, lambda: not screen.unsaved, timeout=20)
        await pilot.press("q")
        await wait_for(pilot, lambda: not app.is_running, timeout=10)
    assert app.return_code in (0, None)


async def test_d_quits_and_says_the_change_was_lost(
    tmp_path: Path, quick: None, exits: list[tuple[int | None, str]]
) -> None:
    await answer_the_question(tmp_path, "d")
    ((code, message),) = exits
    assert code == 1 and message.startswith("reader: 1 change was not saved to ") and "without them" in message


async def test_f_saves_them_to_a_file_that_imports(
    tmp_path: Path, quick: None, exits: list[tuple[int | None, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "here"
    folder.mkdir()
    monkeypatch.chdir(folder)
    highlight = await answer_the_question(tmp_path, "f")
    ((code, message),) = exits
    (written,) = folder.glob("belarus-nato-stoltenberg.unsaved-*.annotations.json")
    assert code == 1 and str(written.name) in message and "reader import" in message
    (document,) = json.loads(written.read_text(encoding="utf-8"))["documents"]
    assert [a["id"] for a in document["annotations"]] == [highlight]
    assert cli.main(["import", str(written), "--db", str(tmp_path / "s.json")]) == 0
    assert [a.id for a in Store(tmp_path / "s.json").annotations_for(load_document(SEED).id)] == [highlight]


async def test_a_quick_store_quits_at_once(tmp_path: Path, exits: list[tuple[int | None, str]]) -> None:
    """Nothing held: `h` then `q` quits without a question, the highlight saved (as before)."""
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        app.screen.article.move_to(PARAGRAPH_1)  # type: ignore[attr-defined]
        await pilot.press("h", "q")
        await wait_for(pilot, lambda: not app.is_running, timeout=10)
    assert exits == [(0, "")]
    assert len(Store(tmp_path / "s.json").annotations_for(load_document(SEED).id)) == 1
