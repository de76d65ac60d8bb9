"""The outline of a document with very many headings (reader.ui.widgets.outline): `o` on a Markdown file of
100,000 headings held the keys 1.6 s and the next key 0.8 s (an OptionList measured every label). The outline is
a Line-API list now: `o` makes the labels of the rows on screen only, and every heading is still reachable."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from reader.document import Document
from reader.loader import load_document
from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.reading import ReadingScreen
from reader.ui.widgets.outline import Outline

HEADINGS = 30_000


@pytest.fixture(scope="module")
def headings_document(tmp_path_factory: pytest.TempPathFactory) -> Document:
    path = tmp_path_factory.mktemp("outline") / "heads.md"
    path.write_text("".join(f"# Heading {i}\n\npara {i}.\n\n" for i in range(HEADINGS)), encoding="utf-8")
    return load_document(path)


async def test_o_draws_only_the_rows_on_screen_and_every_heading_is_reachable(
    tmp_path: Path, headings_document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[int] = []
    label = Outline.label

    def counting_label(self: Outline, row: int) -> str:
        made.append(row)
        return label(self, row)

    monkeypatch.setattr(Outline, "label", counting_label)
    document = headings_document
    app = ReaderApp(store=Store(tmp_path / "s.json"), paths=[document.path], document=document)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        started = time.perf_counter()
        await screen.action_toggle_outline()
        toggled = time.perf_counter() - started
        await pilot.pause()
        outline = screen.query_one(Outline)
        assert app.focused is outline and outline.count == len(document.headings) >= HEADINGS
        assert len(set(made)) <= 2 * 40, len(set(made))  # a screenful (and a repaint), not 30,000 labels
        assert toggled < 0.5, toggled  # loose (shared CPUs): the OptionList took ~0.5 s here for 30,000
        await pilot.press("G", "enter")
        await pilot.pause()
        assert screen.article.cursor == document.headings[-1][1].start
        assert app.focused is screen.article
        assert outline.label(outline.count - 1) == f"  Heading {HEADINGS - 1}"  # (the first is the title)


async def test_a_click_on_a_heading_jumps_there(tmp_path: Path) -> None:
    from tests.conftest import SEED

    document = load_document(SEED)
    app = ReaderApp(store=Store(tmp_path / "s.json"), paths=[SEED], document=document)
    async with app.run_test(size=(160, 40)) as pilot:  # wide: the outline is shown from the start
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        await pilot.click(Outline, offset=(3, 1))  # the second row: the first sub-heading
        await pilot.pause()
        assert screen.article.cursor == document.headings[1][1].start
