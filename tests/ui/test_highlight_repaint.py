"""`h`, `u` and the panel's marked entry redraw only the rows of the passage they change (issue 14: a highlight
within one frame), and what they draw is what a full redraw would draw.

Counted, not timed: the article's ``_render_row`` calls during the key's frame."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from reader.ui.screens import saving
from reader.ui.widgets.article_view import ArticleView
from tests.ui.support import opened_article, record_calls, seed_app

PARAGRAPHS = (92, 415, 669)
"""Offsets of the seed's first three paragraphs (see tests/ui/test_annotating_keys.py)."""


@pytest.fixture(autouse=True)
def quick_writes_unmarked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(saving, "MARK_UNSAVED_AFTER", 60.0)


def count_rows(article: ArticleView) -> list[int]:
    """Record the rows the article renders from now on."""
    return record_calls(article, "_render_row")


def screen_lines(article: ArticleView) -> list[list[tuple[str, str]]]:
    """The rows on screen as (text, style) segments: a highlight changes styles, not text."""
    return [
        [(segment.text, str(segment.style)) for segment in article.render_line(y)]
        for y in range(article.scrollable_content_region.height)
    ]


def fully_redrawn(article: ArticleView) -> list[list[tuple[str, str]]]:
    article._invalidate()
    return screen_lines(article)


opened = opened_article


async def settle(pilot: Pilot[None]) -> None:
    await pilot.pause()
    pilot.app.writer.drain()  # type: ignore[attr-defined]
    await pilot.pause(0.2)
    await pilot.pause()


async def test_h_and_u_redraw_only_the_rows_of_the_passage(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        article = await opened(pilot)
        article.move_to(PARAGRAPHS[1])
        await settle(pilot)
        rows = article.layout_rows
        first, last = rows.row_of(PARAGRAPHS[1]), rows.row_of(PARAGRAPHS[2] - 1)
        rendered = count_rows(article)

        await pilot.press("h")
        await settle(pilot)
        assert rendered, "the highlight was drawn"
        assert set(rendered) <= set(range(first, last + 2)), (rendered, first, last)
        with_highlight = screen_lines(article)
        assert with_highlight == fully_redrawn(article)

        rendered.clear()
        await pilot.press("u")
        await settle(pilot)
        assert rendered and set(rendered) <= set(range(first, last + 2)), (rendered, first, last)
        assert screen_lines(article) == fully_redrawn(article)
        assert screen_lines(article) != with_highlight


async def test_a_change_over_many_rows_redraws_everything(tmp_path: Path) -> None:
    """Past REPAINT_ROWS_MAX rows, stamping rows one by one costs more than a new version: the cache is cleared."""
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        article = await opened(pilot)
        version = article._version
        article.REPAINT_ROWS_MAX = 1
        article._repaint_spans([(PARAGRAPHS[1], PARAGRAPHS[2])])
        assert article._version == version + 1 and not article._row_stamps
        article.REPAINT_ROWS_MAX = 400
        article._repaint_spans([(PARAGRAPHS[1], PARAGRAPHS[1] + 5)])
        assert article._version == version + 1 and article._row_stamps


async def test_h_draws_only_the_new_entry_and_the_one_that_was_chosen(tmp_path: Path) -> None:
    """The panel's entries are cached by value, not by position: `h` before the others moves them down a row
    without drawing them again (only the new entry, and the previously chosen one, which loses its mark)."""
    from reader.ui.widgets.highlight_list import HighlightList

    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        article = await opened(pilot)
        for offset in (PARAGRAPHS[2], PARAGRAPHS[1]):
            article.move_to(offset)
            await pilot.press("h")
            await settle(pilot)
        panel_list = app.screen.query_one(HighlightList)
        drawn = record_calls(panel_list, "_render_entry")
        article.move_to(PARAGRAPHS[0])
        await pilot.press("h")
        await settle(pilot)
        assert len(panel_list.entries) == 3
        assert 1 <= len(drawn) <= 2, drawn
        starts = [entry.annotation.start for entry in drawn if entry.annotation is not None]  # type: ignore[attr-defined]
        assert PARAGRAPHS[0] in starts  # the new entry is one of those drawn
