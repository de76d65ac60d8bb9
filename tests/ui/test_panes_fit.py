"""The article keeps at least ARTICLE_MIN_WIDTH columns beside the outline and the panel (reader.ui.screens.panes):
at 80x24 with both shown it was a 12-column strip. The panel narrows first, then the pane shown first folds; both
come back when the terminal grows."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from reader.preferences import PANEL_WIDTH_DEFAULT, PANEL_WIDTH_MIN, Preferences, settings_path
from reader.ui.app import ReaderApp
from reader.ui.screens.panes import ARTICLE_MIN_WIDTH, OUTLINE_WIDTH
from reader.ui.screens.reading import ReadingScreen
from reader.ui.widgets.highlight_panel import HighlightPanel
from tests.ui.support import opened_article, opened_screen, seed_app


def shown(screen: ReadingScreen) -> set[str]:
    outline, panel = screen.outline, screen.query_one(HighlightPanel)
    return {name for name, pane in (("outline", outline), ("panel", panel)) if pane is not None and pane.display}


async def article_width(pilot: Pilot[None]) -> int:
    await pilot.pause()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ReadingScreen)
    return screen.article.outer_size.width


def toasts(app: ReaderApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_at_80_columns_the_pane_shown_first_folds_and_comes_back(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await opened_screen(pilot)
        await pilot.press("o")
        assert await article_width(pilot) == 80 - OUTLINE_WIDTH
        await pilot.press("H")  # the panel asked for last stays; the outline folds, and a toast says so
        assert shown(screen) == {"panel"} and await article_width(pilot) >= ARTICLE_MIN_WIDTH
        assert any("Outline folded" in t and "o shows it" in t for t in toasts(app))
        await pilot.press("o")  # and the other way round
        assert shown(screen) == {"outline"} and await article_width(pilot) >= ARTICLE_MIN_WIDTH
        assert any("Highlights panel folded" in t and "H shows it" in t for t in toasts(app))
        await pilot.resize_terminal(120, 30)  # room for both: the folded panel comes back
        assert shown(screen) == {"outline", "panel"} and await article_width(pilot) >= ARTICLE_MIN_WIDTH
        await pilot.resize_terminal(100, 30)  # the panel narrows first
        assert shown(screen) == {"outline", "panel"}
        assert await article_width(pilot) == ARTICLE_MIN_WIDTH
        assert screen.query_one(HighlightPanel).outer_size.width == 100 - OUTLINE_WIDTH - ARTICLE_MIN_WIDTH
        assert screen.preferences.panel_width == PANEL_WIDTH_DEFAULT  # remembered as it was
        await pilot.resize_terminal(80, 24)
        assert shown(screen) == {"outline"} and await article_width(pilot) >= ARTICLE_MIN_WIDTH
        await pilot.resize_terminal(150, 30)
        assert await article_width(pilot) == 150 - OUTLINE_WIDTH - PANEL_WIDTH_DEFAULT


async def test_the_words_are_not_broken_at_80x24(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        article = await opened_article(pilot)
        await pilot.press("o", "H")
        await pilot.pause()
        assert article.text_width >= ARTICLE_MIN_WIDTH - 4
        rows = [article.render_line(y).text.strip() for y in range(article.size.height)]
        assert "Stoltenber" not in rows  # the title's last word was cut "Stoltenber" / "g"


async def test_a_remembered_wide_panel_leaves_the_article_its_room(tmp_path: Path) -> None:
    Preferences(panel_width=120).save(settings_path(tmp_path / "a.json"))
    app = seed_app(tmp_path)
    async with app.run_test(size=(150, 30)) as pilot:
        screen = await opened_screen(pilot)
        assert shown(screen) == {"outline", "panel"}
        assert await article_width(pilot) == ARTICLE_MIN_WIDTH
        assert screen.preferences.panel_width == 120
        await pilot.resize_terminal(200, 30)  # its width back as soon as there is room
        await pilot.pause()
        assert screen.query_one(HighlightPanel).outer_size.width == 120


async def test_the_panel_alone_is_narrowed_not_folded(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=(60, 24)) as pilot:
        screen = await opened_screen(pilot)
        await pilot.press("H")
        assert shown(screen) == {"panel"}
        await article_width(pilot)
        assert screen.query_one(HighlightPanel).outer_size.width == PANEL_WIDTH_MIN
