"""A new user's session in a real terminal (Dec 5): what was missing, cut or confusing, reproduced with the pilot.

* ctrl+p, the README's way to find what the app can do, knew nothing of the library, the quotation list,
  People, undo or copying: typing "library" or "undo" there listed nothing; its Quit said "as soon as possible".
* The quotation list (`Q`) cropped each quotation at its edge, mid-word and without its closing mark or any
  sign of more ("So any att"); at 60 columns the speaker column left the quotations 18 cells.
* The library's search (`/`) cut its status after one row ("…then tags; newest"), a document's header at the
  edge ("… Stoltenberg  2 hi") and a note mid-word, with no sign of more.
* The tags dialog (`t`, which highlights first when nothing is) did not say what it tags, as the note dialog
  does; and on a small terminal it was given a question's 5 rows and lost its line to type in.
* The empty panel's hints ("h      highlight quote/senten") and the filter's "no match" lines were cut at the
  panel's edge when it is narrow (beside the outline at 100 columns).
* A selection (`v`, shift+arrows, `s`, `p`, a drag, `r`) changed nothing in the key bar: nothing said how to
  leave it; `esc Cancel selection` is shown while there is one.
* The People screen's key bar said only `esc Back` while its filter has the keys, although Enter lists the
  highlighted person's quotations.
* With the highlights panel focused the key bar said `n Edit note  x Delete  / Filter`: nothing of Enter (jump
  to the highlight) or `t`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot

from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.screens import library as library_screen
from reader.ui.screens.dialogs import TagsEditor
from reader.ui.screens.library import LibraryScreen
from reader.ui.screens.library_search import LibrarySearchScreen
from reader.ui.screens.people import PersonScreen
from reader.ui.screens.quotes import SPEAKER_CELLS, QuotesScreen
from reader.ui.screens.reading import ReadingScreen
from reader.ui.widgets.highlight_list_render import wrapped_empty
from reader.ui.widgets.highlight_panel import EMPTY_LINES, NO_MATCH_LINES, HighlightPanel
from reader.ui.widgets.key_bar import KeyBar
from tests.conftest import SEED
from tests.ui.library_store import NOW, make_library
from tests.ui.support import opened_screen, quotations_found, quotations_list, rendered_text, seed_app, settle


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


async def quotes_list_rows(tmp_path: Path, size: tuple[int, int]) -> list[str]:
    """The rows the `Q` list draws on the seed at ``size``, once every quotation is found."""
    app = seed_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        listed = await quotations_list(pilot, await opened_screen(pilot))
        return [listed.list.render_line(y).text for y in range(listed.list.count)]


async def test_a_long_quotation_in_the_list_ends_with_an_ellipsis_and_its_closing_mark(tmp_path: Path) -> None:
    rows = await quotes_list_rows(tmp_path, (120, 40))
    first = rows[0].rstrip()
    assert first.startswith(" Jens Stoltenberg") and "„There is no military NATO" in first
    assert first.endswith("…”"), first  # was "... So any att": cut mid-word, the mark lost, no sign of more
    assert not first.endswith(" …”") and not first.endswith(",…”")
    assert rows[1].rstrip().endswith("‘the regime and the President’")  # a short one is whole


async def test_at_60_columns_the_quotations_keep_most_of_the_row(tmp_path: Path) -> None:
    rows = await quotes_list_rows(tmp_path, (60, 20))
    first = rows[0].rstrip()
    assert first.endswith("…”"), first
    quote_starts = {row.index(mark) for row in rows for mark in "„“‘" if mark in row[:40]}
    assert len(quote_starts) == 1  # still one column
    assert quote_starts.pop() < SPEAKER_CELLS + 10  # the names gave up room, the quotations got it
    assert len(first) - first.index("„") >= 26
    assert any(row.startswith(" Alyaksandr Luka") and "…  " in row for row in rows)  # a cut name says so
    assert all("speech" not in row for row in rows)  # the kind column gave its room to the words


async def test_library_search_says_all_of_its_status_and_keeps_each_count_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(library_screen, "clock", lambda: NOW)
    library = make_library(tmp_path)
    app = ReaderApp(store=Store(library["store"]), paths=[SEED], document=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"the", "enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibrarySearchScreen)
        status = screen.query_one("#search-status")
        assert status.size.height >= 2  # both of its rows are shown (the box cut the second one)
        shown = " ".join(status.render_line(y).text.strip() for y in range(status.size.height))
        assert "newest first." in shown, shown
        rows = [screen.list.render_line(y).text.rstrip() for y in range(screen.list.count)]
        headers = [row for row in rows if not row.startswith("   ")]
        assert headers and all(" highlight" in row for row in headers), rows  # the count is never cut
        for row in rows:
            assert len(row) <= 80
            if len(row) >= 78:  # it reached the edge: it says so
                assert "…" in row, row


async def test_the_tags_dialog_says_what_it_tags(tmp_path: Path) -> None:
    """`t` on a quotation highlights it and asks for tags: the dialog showed only "Tags" and the line, while the
    note dialog shows the words it is about; now both do."""
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened_screen(pilot)
        await quotations_found(pilot, screen)
        await pilot.press("]", "t")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, TagsEditor)
        shown = dialog.query_one(".dialog-quote").render_line(0).text
        assert shown.startswith("“There is no military NATO build up"), shown
        await pilot.press(*"nato", "enter")
        await pilot.pause()
        (annotation,) = screen.session.annotations.values()
        assert annotation.tags == ("nato",) and annotation.speaker == "Jens Stoltenberg"


async def test_a_small_terminal_never_squeezes_the_tags_line_out(tmp_path: Path) -> None:
    """At 40x12 the dialog was given the 5 rows beside the passage that a question needs, and drew its title and
    hint with no line to type in; it covers the passage now when the room beside it is too small."""
    for size in ((40, 12), (50, 14), (60, 20)):
        folder = tmp_path / f"{size[0]}"
        folder.mkdir()
        app = seed_app(folder)
        async with app.run_test(size=size) as pilot:
            await opened_screen(pilot)
            await pilot.press("}", "t")
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, TagsEditor)
            line = dialog.line
            assert line.region.height == 3, size  # the line with its border, whole
            assert line.region.y + 3 <= size[1] - 1, size  # above the key bar
            assert dialog.query_one(".dialog-quote").region.height == 1


async def test_the_empty_panel_wraps_its_hints_instead_of_cutting_them(tmp_path: Path) -> None:
    """With the outline shown at 100 columns the panel is at its narrowest, and its "no highlights yet" hints were
    cut at its edge: ``h      highlight quote/senten``. They wrap now, each description under its column."""
    app = seed_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await opened_screen(pilot)
        await pilot.press("o")
        await pilot.pause()
        panel = screen.query_one(HighlightPanel)
        width = panel.entries.scrollable_content_region.width
        assert width < max(len(line) for line in EMPTY_LINES)  # narrow enough to have cut a hint
        rows = [panel.entries.render_line(y).text.rstrip() for y in range(panel.entries.size.height)]
        assert all(len(row) <= width for row in rows)
        drawn = " ".join(row.strip() for row in rows).split()
        assert drawn == " ".join(EMPTY_LINES).split(), rows  # every word whole, none lost, in order
        assert "       quote/sentence" in rows  # under its description's column


def test_the_filters_no_match_lines_wrap_too() -> None:
    rows = wrapped_empty(NO_MATCH_LINES, 26)
    assert all(len(row) <= 26 for row in rows)
    assert " ".join(rows).split() == " ".join(NO_MATCH_LINES).split()


async def test_the_key_bar_says_how_to_leave_a_selection(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened_screen(pilot)
        bar = screen.query_one(KeyBar)
        assert "Cancel selection" not in rendered_text(bar)
        for start in (("v", "w"), ("shift+right",), ("s",), ("p",)):
            await pilot.press(*start)
            await pilot.pause()
            assert screen.article.selection is not None
            assert "esc Cancel selection" in rendered_text(bar), start
            await pilot.press("escape")
            await pilot.pause()
            assert screen.article.selection is None
            assert "Cancel selection" not in rendered_text(bar), start
        await pilot.press("s", "h")  # highlighting ends the selection: the key goes too
        await pilot.pause()
        assert screen.article.selection is None and "Cancel selection" not in rendered_text(bar)
        (made,) = screen.session.annotations.values()
        await pilot.press("r")  # a resize is a selection too; Esc keeps the highlight as it was
        await pilot.pause()
        assert "esc Cancel selection" in rendered_text(bar)
        await pilot.press("shift+right", "escape")
        await pilot.pause()
        assert screen.resizing is None and screen.article.selection is None
        assert screen.session.annotations[made.id].end == made.end
        assert "Cancel selection" not in rendered_text(bar)


async def test_at_80_columns_the_selection_key_bar_keeps_the_way_to_the_help(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await opened_screen(pilot)
        await pilot.press("v")
        await pilot.pause()
        shown = rendered_text(screen.query_one(KeyBar))
        assert shown.startswith(" h Highlight  esc Cancel selection ") and "? Keys" in shown


async def test_the_people_screen_says_what_enter_does(tmp_path: Path) -> None:
    from tests.ui.test_people_screen import open_people, people_app

    app = people_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_people(pilot)
        shown = rendered_text(screen.query_one(KeyBar))
        assert shown.startswith(" ⏎ Their quotations  esc Back"), shown
        assert "q Quit" not in shown  # `q` is typed into the filter here
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, PersonScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)


async def test_the_panels_key_bar_names_enter_and_tags(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened_screen(pilot)
        await pilot.press("}", "h", "tab")
        await pilot.pause()
        shown = rendered_text(screen.query_one(KeyBar))
        assert shown.startswith(" n Edit note  x Delete  / Filter  t Edit tags  ⏎ Jump to it  q Quit  ? Keys"), shown
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TagsEditor)
