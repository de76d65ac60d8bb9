"""No write makes a file the reader refuses to read: the store file and its journal stay within their limits.

The reader refuses a store file (or a journal) over 256 MiB; a write that grew one past it locked every highlight
away (a hostile review: an import of eleven 100,000-character notes into a store just under the limit). Here
the limits are lowered (the read and the write share them), so a few kB stand for 256 MiB: a rewrite, a journal
append, a fold in this process or in a child, an import and the app's own writes are refused, with one line
saying why, and every file stays as it was, readable.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reader.annotation import Annotation
from reader.cli import main
from reader.loader import load_document
from reader.store import Store
from reader.store import database as store_module
from reader.store import file as store_file
from reader.store import fold as store_fold
from reader.store import journal as store_journal
from reader.store.file import StoreTooLarge
from reader.ui.app import ReaderApp
from reader.ui.screens.reading import ReadingScreen
from tests.conftest import SEED
from tests.robustness import wait_for

TEXT = "Title\n\nThe quick brown fox jumps over the lazy dog. A second sentence here. And a third one.\n"
DOC = "sha256:" + "a" * 64
LIMIT = 40_000


def make(note: str = "", start: int = 7) -> Annotation:
    return Annotation.create(doc_id=DOC, path="doc.txt", title="Doc", text_of_document=TEXT, start=start,
                             end=start + 10, note=note)


@pytest.fixture
def limit(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(store_file, "MAX_STORE_BYTES", LIMIT)
    monkeypatch.setattr(store_journal, "MAX_BYTES", LIMIT)
    return LIMIT


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of its own for the store (so a test can compare every file in it)."""
    path = tmp_path / "db"
    path.mkdir()
    return path


def files(db: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(db.parent.iterdir())}


def near_the_limit(db: Path, journal: bool, monkeypatch: pytest.MonkeyPatch) -> list[Annotation]:
    """A store ~4 kB under the limit; ``journal``: later writes are appended to its journal."""
    batch = [make("n" * 3000, n) for n in range(11)]
    Store(db).put_many(batch)
    assert LIMIT - 5000 < db.stat().st_size <= LIMIT
    if journal:
        monkeypatch.setattr(store_module, "DIRECT_WRITE_BYTES", 0)
        Store(db).delete(batch[-1].id)  # a journal now exists
        assert db.with_name(db.name + ".journal").exists()
    return batch


@pytest.mark.parametrize("journal", [False, True])
def test_a_write_past_the_limit_is_refused_and_changes_nothing(
    folder: Path, limit: int, journal: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = folder / "annotations.json"
    batch = near_the_limit(db, journal, monkeypatch)
    before = files(db)
    store = Store(db)
    with pytest.raises(StoreTooLarge) as refused:
        store.add(make("m" * 6000, 20))
    message = str(refused.value)
    assert "\n" not in message and f"past the {LIMIT:,} bytes that reader reads" in message
    assert "nothing was changed" in message and str(db) in message
    with pytest.raises(StoreTooLarge):
        store.update(batch[0].edited(note="x" * 6000), base=batch[0])
    assert files(db) == before
    kept = Store(db).all_annotations()  # still readable, all of it
    assert len(kept) == len(batch) - journal
    store.add(small := make("fits", 30))  # what fits is still saved
    store.delete(batch[1].id)  # and a delete always shrinks it
    assert {a.id for a in Store(db).all_annotations()} == {a.id for a in kept} - {batch[1].id} | {small.id}


def test_a_full_journal_refuses_every_append(folder: Path, limit: int, monkeypatch: pytest.MonkeyPatch) -> None:
    db = folder / "annotations.json"
    Store(db).add(first := make())
    monkeypatch.setattr(store_module, "DIRECT_WRITE_BYTES", 0)
    monkeypatch.setattr(store_module, "COMPACT_BYTES", 10 * LIMIT)  # never folded: the journal fills up
    monkeypatch.setattr(store_file, "MAX_STORE_BYTES", 10 * LIMIT)  # (only the journal's own limit matters here)
    store = Store(db)
    with pytest.raises(StoreTooLarge):
        for n in range(100):
            store.update(first.edited(note=str(n) * 1000), base=first)
    journal = db.with_name(db.name + ".journal")
    assert LIMIT - 1500 < journal.stat().st_size <= LIMIT
    monkeypatch.setattr(store_journal, "MAX_BYTES", journal.stat().st_size + 10)  # not even a delete's line fits
    before = files(db)
    with pytest.raises(StoreTooLarge) as refused:
        store.delete(first.id)
    assert ".journal" in str(refused.value)
    assert files(db) == before and len(Store(db).all_annotations()) == 1


def test_a_fold_that_would_be_too_large_writes_nothing(
    folder: Path, limit: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In the fold child (its function, here) and in this process (a rewrite of the whole file): refused, both
    files untouched."""
    db = folder / "annotations.json"
    batch = near_the_limit(db, True, monkeypatch)
    monkeypatch.setattr(store_file, "MAX_STORE_BYTES", LIMIT * 2)
    Store(db).add(big := make("m" * 9000, 20))  # appended: within twice the limit
    monkeypatch.setattr(store_file, "MAX_STORE_BYTES", LIMIT)
    before = files(db)
    with pytest.raises(StoreTooLarge):
        store_fold.fold(db)
    with pytest.raises(StoreTooLarge):
        Store(db).replace_all_for(DOC, [*batch, big])
    assert files(db) == before


def test_reader_import_past_the_limit_is_one_line_and_exit_2(
    folder: Path, limit: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = folder / "s.json"
    near_the_limit(db, False, monkeypatch)
    before = files(db)
    extra = [make("i" * 3000, 40 + n) for n in range(3)]
    document: dict[str, Any] = {"id": DOC, "title": "Doc", "path": "doc.txt", "annotations": [
        {k: v for k, v in a.to_dict().items() if k not in ("doc_id", "path", "title")} for a in extra]}
    export = {"format": "reader-annotations", "version": 2, "exported_at": extra[0].created, "documents": [document]}
    (folder.parent / "more.json").write_text(json.dumps(export))
    assert main(["import", str(folder.parent / "more.json"), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("reader: cannot save to ") and err.count("\n") == 1 and "Traceback" not in err
    assert files(db) == before
    assert main(["search", "nnn", "--db", str(db)]) == 0  # every highlight still there to find


async def test_the_app_says_why_a_highlight_cannot_be_saved(folder: Path, limit: int) -> None:
    db = folder / "a.json"
    document = load_document(SEED)
    filler = [Annotation.create(doc_id="sha256:" + "f" * 64, path="f.txt", title="F", text_of_document=TEXT,
                                start=7, end=17, note="n" * 3000) for _ in range(11)]
    Store(db).put_many(filler)
    last = filler[-1]  # the store 300 bytes under the limit: no highlight fits
    Store(db).update(last.edited(note=last.note + "n" * (LIMIT - 300 - db.stat().st_size)), base=last)
    assert LIMIT - 400 < db.stat().st_size <= LIMIT - 300
    before = files(db)
    notices: list[str] = []
    app = ReaderApp(store=Store(db), paths=[SEED], document=document)
    original = app.notify

    def notify(message: str, *args: Any, **kwargs: Any) -> None:
        notices.append(str(message))
        original(message, *args, **kwargs)

    app.notify = notify  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        screen.article.move_to(92)
        await pilot.press("h")
        await wait_for(pilot, lambda: any("Could not save" in notice for notice in notices))
        assert screen.unsaved  # kept, shown as not saved yet, retried
    notice = next(notice for notice in notices if "Could not save" in notice)
    assert f"past the {LIMIT:,} bytes that reader reads" in notice
    # The disk is not what refused it: the notice says the store is full and what to do, not "when the disk allows"
    assert "disk allows" not in notice
    assert "The store is full" in notice and "quit with q and press f" in notice
    assert {name: data for name, data in files(db).items() if "settings" not in name} == before
