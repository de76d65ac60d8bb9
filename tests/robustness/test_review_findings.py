"""Faults found by a review of the issue 12 hardening: relatives of the issue's items in places it missed.

Each test fails without its fix."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from reader.annotation import MAX_TAG_CHARS, MAX_TAGS
from reader.preferences import Preferences, settings_path
from reader.store import lock as store_lock
from reader.store.lock import DirectoryLock
from reader.ui.screens.dialogs import TagsEditor
from tests.robustness import wait_for
from tests.ui.test_dialogs_hardening import app_on, open_on_paragraph, store_with

# -- the settings file: a symlink to a FIFO must not block the store's writer ------------------------------------


def test_saving_preferences_over_a_symlink_to_a_fifo_neither_blocks_nor_writes_into_it(tmp_path: Path) -> None:
    """A symlink at ``annotations.settings.json`` to a FIFO made ``>`` block the background writer for ever:
    every later store write (highlights) queued behind it was lost, ``q`` never ended, SIGTERM was ignored
    (the exit deadline waits for the writer). The settings are replaced, never written into."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    settings = settings_path(tmp_path / "annotations.json")
    settings.symlink_to(fifo)
    errors: list[BaseException] = []

    def save() -> None:
        try:
            Preferences(panel_width=50).save(settings)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    thread = threading.Thread(target=save, daemon=True)
    thread.start()
    thread.join(5)
    if thread.is_alive():  # unblock the writer so the test process can end
        fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
        thread.join(2)
        os.close(fd)
        pytest.fail("saving the preferences blocked on the FIFO a symlink pointed to")
    assert not errors, errors
    assert fifo.is_fifo()  # left alone
    assert not settings.is_symlink() and json.loads(settings.read_text()) == {"panel_width": 50}
    assert Preferences.load(settings).panel_width == 50


# -- the directory lock: a directory replaced while it was being locked is not trusted ---------------------------


def test_the_directory_lock_is_on_the_directory_at_the_path_after_a_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``mv notes notes.old; mkdir notes`` between the open and the flock: the lock was on notes.old, while the
    store is written in the new notes, which another writer can lock at the same time."""
    notes = tmp_path / "notes"
    notes.mkdir()
    real_wait = store_lock._wait_for_flock
    swapped: list[bool] = []

    def wait_then_swap(fd: int, deadline: float, shown: Path) -> bool:
        locked = real_wait(fd, deadline, shown)
        if not swapped:
            swapped.append(True)
            notes.rename(tmp_path / "notes.old")
            notes.mkdir()
        return locked

    monkeypatch.setattr(store_lock, "_wait_for_flock", wait_then_swap)
    lock = DirectoryLock(notes / "annotations.json")
    lock.acquire(2.0)
    try:
        assert lock._fd is not None
        held, now = os.fstat(lock._fd), os.stat(notes)
        assert (held.st_dev, held.st_ino) == (now.st_dev, now.st_ino)
    finally:
        lock.release()


# -- the tags editor stores only what an export of the store can import again ---------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        " ".join(f"t{number}" for number in range(MAX_TAGS + 1)),
        "x" * (MAX_TAG_CHARS + 1),
    ],
    ids=["too-many-tags", "tag-too-long"],
)
async def test_the_tags_editor_refuses_tags_that_import_would_refuse(tmp_path: Path, typed: str) -> None:
    """Typed (or pasted) in the tags line, 101 tags or a 201-character tag were stored, and the native export
    of that store was then refused by ``reader import`` ("too many tags"): the promised round trip broke."""
    db = tmp_path / "a.json"
    stored = store_with(db, tags=("kept",))
    app = app_on(db)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_on_paragraph(app, pilot)
        await pilot.press("t")
        await wait_for(pilot, lambda: isinstance(app.screen, TagsEditor))
        field = app.screen.query_one("#tags-input")
        field.value = typed  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, TagsEditor)  # still open, with a message: nothing was saved
        assert screen.session.annotations[stored.id].tags == ("kept",)


# -- `e` never exports into a FIFO or a device -----------------------------------------------------------------


async def test_export_key_refuses_a_fifo_in_place_of_the_export_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A FIFO named like the export file: ``e``, ``y`` (overwrite) blocked the export thread on the FIFO's open,
    and ``q`` then left a process that never ended (the thread kept it alive) until a signal."""
    from reader.ui.screens.dialogs import ConfirmScreen
    from tests.conftest import SEED

    monkeypatch.chdir(tmp_path)
    fifo = tmp_path / f"{SEED.stem}.annotations.json"
    os.mkfifo(fifo)
    db = tmp_path / "a.json"
    store_with(db)
    app = app_on(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_on_paragraph(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen)
        messages = [notification.message for notification in app._notifications]
        assert any("FIFO" in message and "nothing was exported" in message for message in messages), messages
        assert not app.workers._workers or all(w.group != "export" for w in app.workers._workers)
    assert fifo.is_fifo()
