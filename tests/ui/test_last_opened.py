"""Opening a document the store knows records when it was opened, so the library orders it first, even when
no key moved the cursor (the library's "last opened" changed only after a move, a review found)."""

from __future__ import annotations

import threading
from pathlib import Path

from reader.loader import load_document
from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.library import LibraryScreen
from tests.ui.support import opened_article


def two_documents(tmp_path: Path) -> tuple[Path, Path, Path]:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("First doc\n\nA paragraph.\n\nAnother one.\n", encoding="utf-8")
    second.write_text("Second doc\n\nA paragraph.\n\nAnother one.\n", encoding="utf-8")
    store = tmp_path / "s.json"
    for path in (first, second):  # each read once (the cursor moved): b.txt is the last opened
        document = load_document(path)
        Store(store).save_position(document.id, 12, path=document.path, title=document.title)
    return first, second, store


async def test_opening_a_known_document_puts_it_first_in_the_library(tmp_path: Path) -> None:
    first, second, store = two_documents(tmp_path)
    assert [r.title for r in Store(store).documents()] == ["Second doc", "First doc"]
    app = ReaderApp(store=Store(store), paths=[first], document=load_document(first))
    async with app.run_test(size=(100, 20)) as pilot:
        article = await opened_article(pilot)
        app.writer.drain()
        assert [r.title for r in Store(store).documents()] == ["First doc", "Second doc"]
        assert article.cursor == 12 and Store(store).position(load_document(first).id) == 12  # not moved
        await pilot.press("L")
        await pilot.pause()
        library = app.screen
        assert isinstance(library, LibraryScreen)
        assert [row.title for row in library.rows][:2] == ["First doc", "Second doc"]


async def test_the_opening_is_written_by_the_background_writer(tmp_path: Path) -> None:
    first, _second, store = two_documents(tmp_path)
    app = ReaderApp(store=Store(store), paths=[first], document=load_document(first))
    threads: list[str] = []
    real = app.store.remember_document

    def remember(*args: object, **kwargs: object) -> None:
        threads.append(threading.current_thread().name)
        real(*args, **kwargs)  # type: ignore[arg-type]

    app.store.remember_document = remember  # type: ignore[method-assign]
    async with app.run_test(size=(100, 20)) as pilot:
        await opened_article(pilot)
        app.writer.drain()
    assert threads and threading.main_thread().name not in threads
