"""One frame per key (issue 14, item 2): the top bar's reading progress is updated inside the key's own handler,
with the article's repaint, not by a message handled after it (which went out a frame later). No timing is
asserted: the order is."""

from __future__ import annotations

from pathlib import Path

from reader.ui.screens.reading import ReadingScreen
from reader.ui.widgets.top_bar import TopBar
from tests.ui.support import seed_app


async def test_the_progress_is_set_inside_the_key_handler(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        article, bar = screen.article, screen.query_one(TopBar)
        # Actions called directly: no message is processed between the action and the assertion after it.
        for action in (article.action_cursor_down, article.action_page_down, article.action_word_next):
            action()
            assert bar.progress == article.progress() > 0.0
        article.action_go_end()
        assert bar.progress == article.progress() == 1.0
        article.action_go_start()
        assert bar.progress == article.progress() == 0.0
