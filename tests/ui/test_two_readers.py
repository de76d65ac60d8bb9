"""Two readers on one store: the app's change to a highlight is merged into the record as stored now.

The app holds the copy of a highlight it read on opening; another reader (a second Store on the same file, as a
second process has) then saves a note on it, or deletes it. A recolour in the app must keep that note, and must
not bring the deleted highlight back: the app says it was deleted elsewhere and takes it off the screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reader.annotation import Annotation
from reader.loader import load_document
from reader.store import Store
from reader.ui.app import ReaderApp
from tests.conftest import SEED
from tests.robustness import wait_for
from tests.ui.support import opened_screen

PARAGRAPH_1 = 92  # the first body paragraph of the seed, one sentence (up to 413)


def stored_highlight(db: Path) -> Annotation:
    document = load_document(SEED)
    annotation = Annotation.create(doc_id=document.id, path=str(SEED), title=document.title,
                                   text_of_document=document.text, start=PARAGRAPH_1, end=413, note="original note")
    Store(db).add(annotation)
    return annotation


def app_on(db: Path, notices: list[str]) -> ReaderApp:
    app = ReaderApp(store=Store(db), paths=[SEED], document=load_document(SEED))
    original = app.notify

    def notify(message: str, *args: Any, **kwargs: Any) -> None:
        notices.append(str(message))
        original(message, *args, **kwargs)

    app.notify = notify  # type: ignore[method-assign]
    return app


async def test_a_recolour_keeps_the_note_another_reader_saved_since(tmp_path: Path) -> None:
    db = tmp_path / "s.json"
    original = stored_highlight(db)
    notices: list[str] = []
    app = app_on(db, notices)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened_screen(pilot)
        assert screen.session.annotations[original.id].note == "original note"  # the app's copy
        Store(db).update(original.edited(note="NOTE SAVED IN B"), base=original)  # the other reader
        screen.article.move_to(PARAGRAPH_1)
        await pilot.press("2")
        await wait_for(pilot, lambda: not screen.unsaved)
        app.writer.drain()
    stored = Store(db).get(original.id)
    assert stored is not None and (stored.color, stored.note) == ("green", "NOTE SAVED IN B")
    assert not any("deleted elsewhere" in notice for notice in notices)


async def test_a_recolour_of_a_highlight_deleted_elsewhere_does_not_bring_it_back(tmp_path: Path) -> None:
    db = tmp_path / "s.json"
    original = stored_highlight(db)
    notices: list[str] = []
    app = app_on(db, notices)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened_screen(pilot)
        Store(db).delete(original.id)  # the other reader
        screen.article.move_to(PARAGRAPH_1)
        await pilot.press("3")
        await wait_for(pilot, lambda: original.id not in screen.session.annotations)
        assert not screen.unsaved and not screen.article.highlights.at(PARAGRAPH_1)
        assert original.id not in [a.id for a in screen.panel.annotations]
        assert sum("deleted elsewhere" in notice for notice in notices) == 1
        await pilot.press("u")  # the undo of the dropped recolour has nothing to change either
        app.writer.drain()
        await pilot.pause()
    assert Store(db).all_annotations() == []
