"""The top bar: the title (as data, cut with an ellipsis when long), reading progress, and layout progress."""

from __future__ import annotations

from pathlib import Path

from reader.loader import load_document
from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.reading import ReadingScreen
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.top_bar import TopBar
from tests.ui.support import rendered_text, seed_app


def bar_text(app: ReaderApp) -> str:
    return rendered_text(app.screen.query_one(TopBar))


async def test_reading_progress_follows_the_cursor(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert bar_text(app).rstrip().endswith(" 0%")
        await pilot.press("G")
        await pilot.pause()
        assert bar_text(app).rstrip().endswith(" 100%")


async def test_layout_progress_is_shown_until_the_layout_is_done(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        screen.post_message(ArticleView.LayoutProgress(0.4))
        await pilot.pause()
        assert "laying out 40%  0%" in bar_text(app)
        screen.post_message(ArticleView.LayoutProgress(1.0))
        await pilot.pause()
        assert "laying out" not in bar_text(app)


async def test_long_title_is_cut_and_markup_stays_text(tmp_path: Path) -> None:
    title = "[bold]Not markup[/bold] " + "a very long headline " * 6
    path = tmp_path / "long.txt"
    path.write_text(title + "\n\nA paragraph.\n", encoding="utf-8")
    document = load_document(path)
    app = ReaderApp(store=Store(tmp_path / "a.json"), paths=[], document=document)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one(TopBar).show_title = True  # as when the article's own title is scrolled away
        await pilot.pause()
        text = bar_text(app)
        assert text.startswith("[bold]Not markup[/bold] a very long")
        assert "…" in text and text.rstrip().endswith("0%")
        assert len(text) <= 80 - 2  # within the bar, less its padding
