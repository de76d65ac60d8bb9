"""The first frame is complete: the article's text is in it (not one refresh later), and the collector the CLI
paused for start-up is running again once the first screen is painted."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from textual.strip import Strip

from reader import gc_pause
from reader.ui.widgets.article_view import ArticleView
from tests.ui.support import seed_app


async def test_article_rows_exist_before_its_first_render(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first_render: list[tuple[int, str]] = []
    original = ArticleView.render_line

    def render_line(self: ArticleView, y: int) -> Strip:
        strip = original(self, y)
        if not first_render:
            first_render.append((len(self.layout_rows), strip.text))
        return strip

    monkeypatch.setattr(ArticleView, "render_line", render_line)
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
    rows, text = first_render[0]
    assert rows > 0
    assert "Belarus regime uses bogus NATO threat" in text  # row 0 is the title's first row


async def test_collector_resumes_after_the_first_paint(tmp_path: Path) -> None:
    assert gc.isenabled()
    gc_pause.pause()  # as the CLI does before it loads anything
    app = seed_app(tmp_path, gc_paused=True)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert gc.isenabled() and not app.gc_paused
    finally:
        if app.gc_paused:
            gc_pause.resume()
        gc.unfreeze()
    assert gc.isenabled()


async def test_an_app_not_told_of_a_pause_leaves_the_collector_alone(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    with gc_pause.paused():
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert not gc.isenabled()  # someone else's pause: not ended by the app
    assert gc.isenabled()
