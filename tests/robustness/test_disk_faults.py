"""Disk faults while the app saves a highlight: the disk is full (ENOSPC) or the store's directory is read-only.

The faults are injected into the store module's view of ``os`` only (root ignores chmod, and Textual must keep
its own I/O): ``write`` stores half the bytes and then fails with ENOSPC, or ``open`` of a new file fails with
EACCES/EROFS. The highlight must stay in memory and be listed as unsaved, the user is told once (not once per
retry), the write is retried, and once the disk allows it is saved; the store file is whole JSON throughout,
with no temp file left behind. (Store-level symlink, mode and stale-temp-file handling: tests/unit/test_store.py.)
"""

from __future__ import annotations

import errno
import json
import os
import types
from pathlib import Path
from typing import Any

import pytest

import reader.store.database as store_module
import reader.store.file as store_file
from reader.loader import load_document
from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.screens import saving
from reader.ui.screens.unsaved_quit import UnsavedQuestion, failure_reason
from tests.conftest import SEED
from tests.robustness import wait_for

PARAGRAPH_1 = 92  # the first body paragraph of the seed, one sentence


class FaultyOS(types.SimpleNamespace):
    """The ``os`` module as reader.store sees it, with switchable faults."""

    def __init__(self) -> None:
        super().__init__()
        self.full = False
        self.read_only = False
        self.failures = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    def write(self, fd: int, data: Any) -> int:
        if self.full:
            self.failures += 1
            os.write(fd, bytes(data[: max(1, len(data) // 2)]))  # half of it fits, then the disk is full
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return os.write(fd, data)

    def open(self, path: Any, flags: int, *args: Any) -> int:
        if self.read_only and flags & os.O_CREAT:
            self.failures += 1
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        return os.open(path, flags, *args)


@pytest.fixture
def faulty_os(monkeypatch: pytest.MonkeyPatch) -> FaultyOS:
    fake = FaultyOS()
    for module in (store_module, store_file):  # the journal's appends and the store file's atomic writes
        monkeypatch.setattr(module, "os", fake)
    monkeypatch.setattr(saving, "RETRY_SECONDS", 0.2)
    return fake


def parse_store(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def temp_files(path: Path) -> list[str]:
    return [p.name for p in path.parent.iterdir() if ".tmp-" in p.name]


@pytest.mark.parametrize("fault", ["full", "read_only"])
async def test_failed_save_is_kept_reported_once_retried_and_saved(
    tmp_path: Path, faulty_os: FaultyOS, fault: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "a.json"
    document = load_document(SEED)
    store = Store(db)
    store.remember_document(document.id, path=document.path, title=document.title)  # a store with content
    app = ReaderApp(store=store, paths=[SEED], document=document)
    errors: list[str] = []
    real_notify = app.notify

    def notify(message: str, *args: Any, **kwargs: Any) -> None:
        if kwargs.get("severity") == "error":
            errors.append(message)
        real_notify(message, *args, **kwargs)

    monkeypatch.setattr(app, "notify", notify)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        app.writer.drain()
        before = db.read_bytes()
        screen = app.screen
        screen.article.move_to(PARAGRAPH_1)
        setattr(faulty_os, fault, True)
        await pilot.press("h")
        (annotation,) = screen.session.annotations.values()
        # Several retries fail while the disk is full / read-only.
        await wait_for(pilot, lambda: faulty_os.failures >= 3)
        app.writer.drain()
        await pilot.pause()
        assert annotation.id in screen.unsaved
        assert screen.session.annotations == {annotation.id: annotation}
        assert len(errors) == 1, errors  # told once, not once per retry
        assert "Not saved" not in errors[0] and "kept" in errors[0]
        assert "when the disk allows" in errors[0] and "store is full" not in errors[0]  # it passes: retried
        assert db.read_bytes() == before, "the store file changed while writes were failing"
        assert temp_files(db) == []
        # The disk allows again: the next retry saves it.
        setattr(faulty_os, fault, False)
        await wait_for(pilot, lambda: annotation.id not in screen.unsaved)
        assert len(errors) == 1
    saved = Store(db).annotations_for(document.id)
    assert [a.id for a in saved] == [annotation.id]
    assert saved[0] == annotation
    parse_store(db)
    assert temp_files(db) == []


async def test_a_fault_during_quit_does_not_hang_and_leaves_the_store_whole(
    tmp_path: Path, faulty_os: FaultyOS
) -> None:
    """Quitting while the disk is full: q waits a moment for the write, then asks (reader.ui.screens.unsaved_quit);
    `d` (quit and lose them) exits, saying so, and the store is left whole."""
    db = tmp_path / "a.json"
    document = load_document(SEED)
    app = ReaderApp(store=Store(db), paths=[SEED], document=document)
    lines: list[str] = []
    real_exit = app.exit

    def exit_(*args: Any, **kwargs: Any) -> None:
        lines.append(str(kwargs.get("message") or ""))
        real_exit(*args, **kwargs)

    app.exit = exit_  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        app.writer.drain()
        app.screen.article.move_to(PARAGRAPH_1)
        faulty_os.full = True
        await pilot.press("h")
        await pilot.press("q")
        await wait_for(pilot, lambda: isinstance(app.screen, UnsavedQuestion), timeout=10)
        await wait_for(pilot, lambda: bool(failure_reason(app)), timeout=10)
        await pilot.press("d")
        await wait_for(pilot, lambda: not app.is_running, timeout=10)
    assert app.return_code == 1  # not a silent success: one change was lost
    (line,) = lines
    # the reason is in the line itself: the notice that showed it went with the screen
    assert line.startswith("reader: 1 change was not saved to ") and "space" in line.lower(), line
    if db.exists():
        data = parse_store(db)
        assert not data.get("annotations")
    assert temp_files(db) == []


async def test_quit_retries_failed_writes_at_once(
    tmp_path: Path, faulty_os: FaultyOS, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk frees up before the next retry is due and the user quits: q saves the highlight now."""
    monkeypatch.setattr(saving, "RETRY_SECONDS", 600.0)
    db = tmp_path / "a.json"
    document = load_document(SEED)
    app = ReaderApp(store=Store(db), paths=[SEED], document=document)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        app.writer.drain()
        screen = app.screen
        screen.article.move_to(PARAGRAPH_1)
        faulty_os.full = True
        await pilot.press("h")
        await wait_for(pilot, lambda: bool(screen._failed_ops))
        (annotation,) = screen.session.annotations.values()
        faulty_os.full = False
        await pilot.press("q")
        await wait_for(pilot, lambda: not app.is_running, timeout=10)
    assert app.return_code in (0, None)
    assert [a.id for a in Store(db).annotations_for(document.id)] == [annotation.id]


async def test_deletes_and_note_edits_survive_a_full_disk_in_order(tmp_path: Path, faulty_os: FaultyOS) -> None:
    """Highlight, then with the disk full delete it and undo the delete: once the disk frees up, the store
    ends with what the session shows (the retries keep the original order)."""
    db = tmp_path / "a.json"
    document = load_document(SEED)
    app = ReaderApp(store=Store(db), paths=[SEED], document=document)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        screen = app.screen
        screen.article.move_to(PARAGRAPH_1)
        await pilot.press("h")
        await wait_for(pilot, lambda: not screen.unsaved)
        faulty_os.full = True
        await pilot.press("x", "u", "2")  # delete, undo (re-add), recolour green
        await wait_for(pilot, lambda: faulty_os.failures >= 4)
        expected = dict(screen.session.annotations)
        assert len(expected) == 1 and next(iter(expected.values())).color == "green"
        faulty_os.full = False
        await wait_for(pilot, lambda: not screen.unsaved)
        app.writer.drain()
    on_disk = {a.id: a for a in Store(db).annotations_for(document.id)}
    assert on_disk == expected


async def test_a_retry_never_overwrites_a_later_saved_edit(
    tmp_path: Path, faulty_os: FaultyOS, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Highlight (yellow) fails; the disk frees up and the recolour to green is saved; then the retry runs. It
    must not replay the old yellow Put over the newer green one."""
    monkeypatch.setattr(saving, "RETRY_SECONDS", 60.0)  # the retry is run by hand below
    db = tmp_path / "a.json"
    document = load_document(SEED)
    app = ReaderApp(store=Store(db), paths=[SEED], document=document)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        app.writer.drain()
        screen = app.screen
        screen.article.move_to(PARAGRAPH_1)
        faulty_os.full = True
        await pilot.press("h")
        await wait_for(pilot, lambda: faulty_os.failures >= 1 and bool(screen._failed_ops))
        faulty_os.full = False
        await pilot.press("2")
        app.writer.drain()
        await pilot.pause()
        screen._retry()
        await wait_for(pilot, lambda: not screen.unsaved)
        app.writer.drain()
        (annotation,) = screen.session.annotations.values()
        assert annotation.color == "green"
    assert [(a.id, a.color) for a in Store(db).annotations_for(document.id)] == [(annotation.id, "green")]
