"""Quitting: what ctrl+c says, what the help says about `q`, ctrl+q and Esc, and that it is true."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from reader.ui.screens.help import HelpScreen
from reader.ui.screens.quotes import QuotesScreen
from reader.ui.screens.reading import ReadingScreen
from tests.conftest import ROOT
from tests.ui.support import opened_article, seed_app

SIZE = (120, 40)


async def test_ctrl_c_says_how_to_quit_in_plain_words(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await opened_article(pilot)
        await pilot.press("ctrl+c")
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("ctrl+q" in message for message in messages), messages
        assert not any("[b]" in message or "[/b]" in message for message in messages), messages
        assert not app._exit


async def test_the_help_says_what_q_ctrl_q_and_esc_do(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await opened_article(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        body = str(app.screen.query_one("#help-body", Static).render())
        assert "Everywhere" not in body
        assert "Ctrl+q" in body and "Quit from anywhere" in body
        assert "q closes them" in body
        assert "Esc or q closes" in str(app.screen.query_one("#help-title", Static).render())
        await pilot.press("q")  # as the help says: q closes it, the app goes on
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen) and not app._exit
        await pilot.press("Q")
        await pilot.pause()
        assert isinstance(app.screen, QuotesScreen)
        await pilot.press("q")  # and the quotation list
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen) and not app._exit
        await pilot.press("q")  # on the document, q quits
        await pilot.pause()
        assert app._exit


async def test_ctrl_q_quits_from_the_help(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await opened_article(pilot)
        await pilot.press("question_mark", "ctrl+q")
        await pilot.pause()
        assert app._exit


def test_the_readme_lists_ctrl_q() -> None:
    keys = (ROOT / "README.md").read_text(encoding="utf-8").split("## Keys", 1)[1].split("\n## ", 1)[0]
    assert "| `ctrl+q` | quit from anywhere" in keys
