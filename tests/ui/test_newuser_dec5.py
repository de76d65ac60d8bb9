"""A new user's session in a real terminal (Dec 5): what was missing, cut or confusing, reproduced with the pilot.

* ctrl+p, the README's way to find what the app can do, knew nothing of the library, the quotation list,
  People, undo or copying: typing "library" or "undo" there listed nothing; its Quit said "as soon as possible".
"""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot

from reader.ui.app import ReaderApp
from reader.ui.screens.library import LibraryScreen
from reader.ui.screens.quotes import QuotesScreen
from reader.ui.screens.reading import ReadingScreen
from tests.ui.support import opened_screen, seed_app


async def run_from_palette(pilot: Pilot[None], typed: str) -> None:
    """Open the palette, type ``typed``, wait for its first match to be the command and run it."""
    app = pilot.app
    await pilot.press("ctrl+p")
    await pilot.pause()
    assert isinstance(app.screen, CommandPalette)
    await pilot.press(*typed)
    commands = app.screen.query_one(CommandList)
    for _ in range(100):  # the palette searches its providers in the background
        if commands.option_count and typed.lower() in str(commands.get_option_at_index(0).prompt).lower():
            break
        await pilot.pause(0.02)
    assert commands.option_count, f"the palette found nothing for {typed!r}"
    assert typed.lower() in str(commands.get_option_at_index(0).prompt).lower()
    await pilot.press("down", "enter") if commands.highlighted is None else await pilot.press("enter")
    await pilot.pause()


def palette_titles(app: ReaderApp) -> dict[str, str]:
    return {command.title: command.help for command in app.get_system_commands(app.screen)}


async def test_the_palette_offers_what_a_new_user_looks_for(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await opened_screen(pilot)
        commands = palette_titles(app)
        for title in ("Library", "Quotations", "People", "Undo", "Redo", "Copy as a citation",
                      "Copy as a Markdown quote", "Search", "Keys", "Quit"):
            assert title in commands, title
        assert list(commands).count("Keys") == 1 and list(commands).count("Quit") == 1
        assert "as soon as possible" not in commands["Quit"]  # ours waits for pending saves, and asks
        assert "(L)" in commands["Library"] and "(u)" in commands["Undo"]  # the palette teaches the keys too


async def test_library_and_quotations_open_from_the_palette(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await opened_screen(pilot)
        await run_from_palette(pilot, "library")
        assert isinstance(app.screen, LibraryScreen)
        assert "People" in palette_titles(app) and "Search all highlights" in palette_titles(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)
        await run_from_palette(pilot, "quotations")
        assert isinstance(app.screen, QuotesScreen)


async def test_undo_from_the_palette_takes_a_highlight_back(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened_screen(pilot)
        await pilot.press("}", "h")
        await pilot.pause()
        assert len(screen.session.annotations) == 1
        await run_from_palette(pilot, "undo")
        assert isinstance(app.screen, ReadingScreen)
        assert len(screen.session.annotations) == 0
