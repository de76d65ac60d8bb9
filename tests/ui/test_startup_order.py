"""The start-up worker's order (issue 14, item 1): the quotation finder is forked first, before the rest of a large
document is parsed (a fork costs in proportion to the memory mapped), and what the worker loaded is frozen out
of the collector before the quotations are read."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from reader import blocks
from reader.document import Document
from reader.quotes import background
from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.reading import ReadingScreen


async def test_the_finder_is_forked_before_the_rest_is_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(blocks, "FIRST_PART", 2_000)
    monkeypatch.setattr(background, "IN_PROCESS_CHARS", 10**9)  # the finding itself in this process
    body = "\n\n".join(f"“Paragraph {n} of the dispatch,” she said. " + "Several words here. " * 20 for n in range(400))
    document = Document("A long article\n\n" + body, lazy=True)
    assert not document.complete
    order: list[str] = []

    def fork_finder(doc: Document) -> None:
        order.append("fork, parsed whole" if doc.complete else "fork")

    original_parse = ReadingScreen.parse_rest
    original_freeze = gc.freeze

    def parse_rest(self: ReadingScreen) -> None:
        order.append("parse")
        original_parse(self)

    def freeze() -> None:
        order.append("freeze")
        original_freeze()

    monkeypatch.setattr(background, "fork_finder", fork_finder)
    monkeypatch.setattr(ReadingScreen, "parse_rest", parse_rest)
    monkeypatch.setattr(gc, "freeze", freeze)
    app = ReaderApp(store=Store(tmp_path / "a.json"), paths=[], document=document)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        assert screen.early_finder is None
        assert len(screen.quotations) > 0  # found in this process, the early child being None
    assert order[:2] == ["fork", "parse"]
    assert order.count("freeze") >= 2  # the blocks (parse_rest), then the store's records (freeze_loaded)
