"""The key bar (the footer): what it shows, that it follows focus, and that a click on a key presses it."""

from __future__ import annotations

from pathlib import Path

from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.library import LibraryScreen
from reader.ui.screens.reading import ReadingScreen
from reader.ui.widgets.highlight_list import HighlightList
from reader.ui.widgets.key_bar import KeyBar
from tests.conftest import SEED
from tests.ui.support import rendered_text, seed_app


def bar_text(app: ReaderApp) -> str:
    return rendered_text(app.screen.query_one(KeyBar))


async def test_reading_screen_keys_are_drawn_with_the_first_screen(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        text = bar_text(app)
        for shown in ("h Highlight", "n Note", "] Next quote", "/ Search", "o Outline", "q Quit", "? Keys"):
            assert shown in text
        assert text.rstrip().endswith("^p palette")
        assert "Line down" not in text  # bindings marked show=False stay out


async def test_keys_follow_focus(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("}", "h", "tab")
        await pilot.pause()
        assert isinstance(app.focused, HighlightList)
        text = bar_text(app)
        assert "Edit note" in text and "Delete" in text and "Filter" in text


async def test_click_on_a_key_presses_it(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        column = bar_text(app).index("? Keys")
        assert bar.key_at(column) == "question_mark"
        assert bar.key_at(bar.size.width - 2) == "ctrl+p"
        await pilot.click(KeyBar, offset=(column + 1, 0))
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)
        gap = len(bar_text(app).split("? Keys")[0]) + len("? Keys ") + 2
        assert bar.key_at(gap) is None  # the blank between the keys and the palette does nothing
        await pilot.click(KeyBar, offset=(gap, 0))
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)


async def test_library_shows_its_keys(tmp_path: Path) -> None:
    second = tmp_path / "second.txt"
    second.write_text("Second\n\nA paragraph.\n", encoding="utf-8")
    app = ReaderApp(store=Store(tmp_path / "a.json"), paths=[SEED, second])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert "Open" in bar_text(app) and "q Quit" in bar_text(app) and "? Keys" in bar_text(app)


async def test_keys_that_do_not_fit_are_left_out_whole_not_cut_not_wrapped_and_not_clickable(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=(70, 24)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        shown = "".join(segment.text for segment in bar.render_line(0)._segments)
        # one row; "q Quit" left out whole, "? Keys" kept (it was drawn "? Key" and clickable, then dropped first)
        assert shown.rstrip() == " h Highlight  n Note  ] Next quote  / Search  o Outline  ? Keys"
        assert bar.key_at(69) is None and bar.key_at(62) == "question_mark"
        assert all(end <= 70 for _, end, _ in bar._keys or ())
        await pilot.press("H", "}", "h", "tab")  # the panel's list has focus: its keys come first
        await pilot.pause()
        shown = "".join(segment.text for segment in bar.render_line(0)._segments)
        assert shown.startswith(" n Edit note  x Delete  / Filter")
        keys_beyond = [key for start, _, key in bar._keys or () if start >= 70]
        assert keys_beyond == []  # keys that did not fit are not clickable in the blank


async def test_at_40_columns_no_key_is_shown_cut_off(tmp_path: Path) -> None:
    """At 40 columns the bar showed `` h Highlight  n Note  ] Next quote  / Se``: now the keys that fit whole, in
    order, and nothing of the next; with a note at the right end (`u`'s "Undid highlight") likewise."""
    app = seed_app(tmp_path)
    async with app.run_test(size=(40, 24)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        shown = "".join(segment.text for segment in bar.render_line(0)._segments)
        assert shown.rstrip() == " h Highlight  n Note  ? Keys"  # the way to learn the others stays
        assert [key for _, _, key in bar._keys or ()] == ["h", "n", "question_mark"]
        assert len(shown) <= 40
        bar.say("Undid highlight")
        await pilot.pause()
        shown = "".join(segment.text for segment in bar.render_line(0)._segments)
        assert shown.rstrip() == " h Highlight  ? Keys   ▏Undid highlight"
        assert [key for _, _, key in bar._keys or ()] == ["h", "question_mark"]


async def test_bar_repaints_only_when_its_keys_change(tmp_path: Path) -> None:
    """The screen says "bindings changed" twice for one change of focus (Textual asks again after the frame):
    the second, with nothing new to show, must not repaint the bar (it cost `/` a second frame, ~30 ms on)."""
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        refreshes: list[object] = []
        refresh = bar.refresh

        def counted(*args: object, **kwargs: object) -> object:
            refreshes.append(args)
            return refresh(*args, **kwargs)  # type: ignore[arg-type]

        bar.refresh = counted  # type: ignore[method-assign,assignment]
        app.screen.refresh_bindings()
        await pilot.pause()
        assert refreshes == []  # nothing changed
        await pilot.press("}", "h", "tab")  # a highlight, then focus to the panel: other keys
        await pilot.pause()
        await pilot.pause()
        assert refreshes
        before = bar_text(app)
        refreshes.clear()
        app.screen.refresh_bindings()
        await pilot.pause()
        assert refreshes == []
        assert bar_text(app) == before


async def test_each_dialog_and_list_shows_its_own_keys(tmp_path: Path) -> None:
    """The bar follows the screen: a dialog's keys over the note or tags being typed (the reading screen's
    `h Highlight  n Note` showed through), the quotation list's and the help's (the bar was empty there)."""
    from reader.ui.screens.dialogs import ConfirmScreen, NoteEditor, TagsEditor
    from reader.ui.screens.quotes import QuotesScreen

    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        expected = [
            (["n"], NoteEditor, ("^s Save note", "esc Cancel", "^e Edit in $EDITOR")),
            (["a", "escape"], ConfirmScreen, ("y Yes", "n No")),
            (["y", "t"], TagsEditor, ("⏎ Save", "esc Cancel")),
            (["escape", "Q"], QuotesScreen, ("⏎ Jump to it", "esc Close")),
            (["escape", "question_mark"], HelpScreen, ("esc Close help", "j k Scroll")),
        ]
        for keys, screen_type, shown in expected:
            await pilot.press(*keys)
            await pilot.pause()
            assert isinstance(app.screen, screen_type)
            text = bar_text(app)
            for words in shown:
                assert words in text, (screen_type.__name__, text)
            for words in ("Highlight", "Quit", "Keys", "palette"):  # not the reading screen's, nor q typed
                assert words not in text, (screen_type.__name__, text)


async def test_a_click_on_the_tags_dialogs_save_key_saves_the_tags(tmp_path: Path) -> None:
    from reader.ui.screens.dialogs import TagsEditor

    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.press("t", "n", "a", "t", "o")
        await pilot.pause()
        assert isinstance(app.screen, TagsEditor)
        await pilot.click(KeyBar, offset=(bar_text(app).index("⏎ Save") + 1, 0))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        assert [a.tags for a in screen.session.annotations.values()] == [("nato",)]
