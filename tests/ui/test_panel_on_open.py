"""The highlights panel when a document opens with highlights: the entry under the restored reading position is
chosen and scrolled into view (the list is mounted only then, so it is sized after the choice is made)."""

from __future__ import annotations

from pathlib import Path

from reader.annotation import Annotation
from reader.loader import load_document
from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.reading import ReadingScreen
from tests.conftest import SEED


async def test_restored_position_on_a_late_highlight_scrolls_the_panel_to_it(tmp_path: Path) -> None:
    document = load_document(SEED)
    spans = [span for index in range(len(document.blocks)) for span in document.sentences(index)]
    assert len(spans) >= 20  # more entries than the panel shows at 120x40
    store = Store(tmp_path / "a.json")
    store.put_many(
        Annotation.create(
            doc_id=document.id, path=str(SEED), title=document.title, text_of_document=document.text,
            start=span.start, end=span.end,
        )
        for span in spans
    )
    target = spans[-2]
    store.save_position(document.id, target.start, path=str(SEED), title=document.title)

    app = ReaderApp(store=Store(tmp_path / "a.json"), paths=[SEED], document=load_document(SEED))
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        for _ in range(3):
            await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        assert screen.article.cursor == target.start
        entries = screen.panel.entries
        assert entries.highlighted == len(spans) - 2
        top = entries.entry_top(entries.highlighted)
        bottom = top + entries.entry_rows(entries.highlighted)
        assert entries.scroll_y <= top and bottom <= entries.scroll_y + entries.size.height
