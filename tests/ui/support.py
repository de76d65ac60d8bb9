"""Helpers shared by the pilot tests: the seed's app on a temporary store, a widget's text, waiting for workers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.content import Content
from textual.pilot import Pilot
from textual.widget import Widget

from reader.loader import load_document
from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.reading import ReadingScreen
from reader.ui.widgets.article_view import ArticleView
from tests.conftest import SEED


def seed_app(tmp_path: Path, **options: bool) -> ReaderApp:
    """The app on the bundled article, with a store in ``tmp_path`` (never the real annotations.json)."""
    return ReaderApp(store=Store(tmp_path / "a.json"), paths=[SEED], document=load_document(SEED), **options)


def rendered_text(widget: Widget) -> str:
    """What a one-line widget that renders Content (the top bar, the key bar) shows, as plain text."""
    rendered = widget.render()
    assert isinstance(rendered, Content)
    return rendered.plain


async def settle(pilot: Pilot[None]) -> None:
    """Let the app refresh, finish its workers (a screen's list is built in one) and refresh again with what they
    posted, so a test asserts on what the screen shows once its work is done."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def opened_screen(pilot: Pilot[None]) -> ReadingScreen:
    """The reading screen once the start-up worker is done."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ReadingScreen)
    return screen


async def opened_article(pilot: Pilot[None]) -> ArticleView:
    """The reading screen's article once the start-up worker is done."""
    return (await opened_screen(pilot)).article


def record_calls(owner: object, name: str) -> list[Any]:
    """Record the first argument of every call of ``owner.name`` from now on (an instance attribute shadows
    the method, which still runs): what a repaint test counts, the rows or entries drawn."""
    calls: list[Any] = []
    method: Callable[..., Any] = getattr(owner, name)

    def counted(first: Any, *args: Any) -> Any:
        calls.append(first)
        return method(first, *args)

    setattr(owner, name, counted)
    return calls


async def quotations_found(pilot: Pilot[None], screen: ReadingScreen) -> None:
    """Wait (at most ~5 s) until the seed's quotations are found: the reading screen finds them in the background."""
    for _ in range(100):
        if screen.quotations and not screen.finding_quotations:
            return
        await pilot.pause(0.05)


async def quotations_list(pilot: Pilot[None], screen: ReadingScreen) -> Any:
    """`Q` once the quotations are found: the quotations list (a ``QuotesScreen``)."""
    from reader.ui.screens.quotes import QuotesScreen

    await quotations_found(pilot, screen)
    await pilot.press("Q")
    await pilot.pause()
    listed = pilot.app.screen
    assert isinstance(listed, QuotesScreen)
    return listed

