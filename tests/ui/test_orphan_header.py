"""The highlights panel's orphans header is whole at the default panel width and at 80x24: cut to one line it
read ``Orphaned — their text is no long…`` (a new user's review); it wraps instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.annotation import Annotation
from reader.loader import load_document
from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.widgets.highlight_entries import ORPHANED_HEADER, Entry, entry_lines
from reader.ui.widgets.highlight_panel import HighlightList, HighlightPanel
from tests.conftest import SEED
from tests.ui.support import settle


def test_a_header_wraps_to_every_width() -> None:
    for width in (10, 23, 33, 60):
        lines = entry_lines(Entry(None, header=ORPHANED_HEADER), width)
        assert " ".join(text for text, _kind in lines) == ORPHANED_HEADER
        assert all(len(text) <= width and kind == "header" for text, kind in lines)
    assert len(entry_lines(Entry(None, header=ORPHANED_HEADER), 60)) == 1


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_the_orphans_header_is_whole_in_the_panel(tmp_path: Path, size: tuple[int, int]) -> None:
    document = load_document(SEED)
    store = Store(tmp_path / "a.json")
    store.put_many([
        Annotation(id="orphan-1", doc_id=document.id, path=str(SEED), title=document.title, start=0, end=0,
                   text="vanished words", anchor="orphan", color="blue"),
    ])
    app = ReaderApp(store=store, paths=[SEED], document=document)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        panel = app.screen.query_one(HighlightPanel)
        if not panel.display:  # folded below 100 columns: H shows it
            await pilot.press("H")
            await settle(pilot)
        entries = app.screen.query_one(HighlightList)
        drawn = [entries.render_line(y).text.strip() for y in range(entries.size.height)]
        header = [line for line in drawn[:3] if line and "vanished" not in line]
        assert " ".join(header) == ORPHANED_HEADER, drawn[:4]
        assert "…" not in " ".join(header)
