"""Every key of the reading screen, driven through Textual's pilot."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandList, CommandPalette
from textual.events import MouseScrollDown, MouseScrollUp
from textual.pilot import Pilot
from textual.widgets import Static

from reader.document import BlockKind, Document
from reader.layout import BLANK, RULE
from reader.loader import load_document
from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.library import LibraryScreen
from reader.ui.screens.reading import ReadingScreen, SearchBar
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.highlight_panel import HighlightList, HighlightPanel
from reader.ui.widgets.key_bar import KeyBar
from reader.ui.widgets.outline import Outline
from tests.conftest import SEED

SIZE = (120, 40)


def make_app(tmp_path: Path, document: Document | None = None, *, paths: list[Path] | None = None) -> ReaderApp:
    if document is None and paths is None:
        document = load_document(SEED)
    return ReaderApp(store=Store(tmp_path / "a.json"), paths=paths or [SEED], document=document)


def article_of(app: ReaderApp) -> ArticleView:
    return app.screen.query_one(ArticleView)


def row_col(article: ArticleView) -> tuple[int, int]:
    return article.layout_rows.column_of(article.cursor)


def on_text_row(article: ArticleView) -> bool:
    row, _ = row_col(article)
    return article.layout_rows.row_block[row] >= 0


def long_document(paragraphs: int = 200) -> Document:
    body = "\n\n".join(
        f"Paragraph {n} begins here. " + "Some words to fill the line and wrap it onto more rows. " * 4
        for n in range(paragraphs)
    )
    return Document("A Long Generated Article\n\n" + body, path="long.txt")


async def ready(pilot: Pilot[None]) -> ArticleView:
    await pilot.pause()
    article = article_of(pilot.app)  # type: ignore[arg-type]
    assert isinstance(pilot.app.screen, ReadingScreen)
    assert pilot.app.focused is article
    return article


# -- line, character, word, sentence and paragraph motions ---------------------------------------------------------


@pytest.mark.parametrize(("down", "up"), [("j", "k"), ("down", "up")])
async def test_rows_down_and_up(tmp_path: Path, down: str, up: str) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        article = await ready(pilot)
        assert article.cursor == 0
        rows = [row_col(article)[0]]
        for _ in range(6):
            await pilot.press(down)
            rows.append(row_col(article)[0])
            assert on_text_row(article)
        assert rows == sorted(rows) and len(set(rows)) == len(rows)
        layout = article.layout_rows
        for before, after in zip(rows, rows[1:], strict=False):
            # one row on, skipping only blank rows and the rule under the title
            assert all(layout.row_block[r] in (BLANK, RULE) for r in range(before + 1, after))
        for expected in reversed(rows[:-1]):
            await pilot.press(up)
            assert row_col(article)[0] == expected
            assert on_text_row(article)
        await pilot.press(up)
        assert article.cursor == 0


async def test_down_keeps_goal_column(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        article = await ready(pilot)
        await pilot.press("j", "j")
        for _ in range(10):
            await pilot.press("right")
        row, column = row_col(article)
        assert column == 10
        await pilot.press("j")
        assert row_col(article) == (row + 1, 10)
        await pilot.press("k")
        assert row_col(article) == (row, 10)


async def test_left_and_right(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        article = await ready(pilot)
        await pilot.press("right", "right", "right")
        assert article.cursor == 3
        await pilot.press("left")
        assert article.cursor == 2
        await pilot.press("left", "left", "left")
        assert article.cursor == 0
        title_end = article.document.blocks[0].end
        article.move_to(title_end - 1)
        await pilot.press("right")
        assert article.cursor == article.document.blocks[1].start


async def test_words(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        article = await ready(pilot)
        text = article.document.text
        await pilot.press("w")
        assert text[article.cursor :].startswith("regime ")
        await pilot.press("w", "w")
        assert text[article.cursor :].startswith("bogus ")
        await pilot.press("b")
        assert text[article.cursor :].startswith("uses ")


async def test_sentences(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        article = await ready(pilot)
        doc = article.document
        article.move_to(doc.blocks[2].start)
        await pilot.press("right_parenthesis")
        assert doc.text[article.cursor :].startswith("So any attempt")
        await pilot.press(")")
        assert doc.text[article.cursor :].startswith("According to him")
        await pilot.press("(")
        assert doc.text[article.cursor :].startswith("So any attempt")
        await pilot.press("left_parenthesis")
        assert doc.text[article.cursor :].startswith("„There is no")


async def test_paragraphs(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        article = await ready(pilot)
        starts = [b.start for b in article.document.blocks]
        for expected in starts[1:4]:
            await pilot.press("}")
            assert article.cursor == expected
        await pilot.press("right", "{")
        assert article.cursor == starts[3]
        await pilot.press("{")
        assert article.cursor == starts[2]


# -- pages and ends -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("down", "up"), [("space", "pageup"), ("pagedown", "pageup"), ("ctrl+d", "ctrl+u")])
async def test_pages(tmp_path: Path, down: str, up: str) -> None:
    app = make_app(tmp_path, long_document())
    async with app.run_test(size=SIZE) as pilot:
        article = await ready(pilot)
        height = article.scrollable_content_region.height
        step = article.page_rows if down != "ctrl+d" else height // 2
        await pilot.press(down)
        row, _ = row_col(article)
        assert step - 2 <= row <= step + 2
        assert on_text_row(article)
        assert article.scroll_offset.y > 0
        top = article.scroll_offset.y
        assert top <= row < top + height  # the cursor is on screen
        await pilot.press(down)
        assert row_col(article)[0] > row
        await pilot.press(up, up)
        assert row_col(article)[0] <= 2
        assert article.scroll_offset.y == 0


@pytest.mark.parametrize(("end", "start"), [("G", "g"), ("end", "home")])
async def test_start_and_end(tmp_path: Path, end: str, start: str) -> None:
    app = make_app(tmp_path, long_document())
    async with app.run_test(size=SIZE) as pilot:
        article = await ready(pilot)
        await pilot.press(end)
        await pilot.pause()
        assert article.cursor == article.document.blocks[-1].start
        assert article.layout_rows.complete
        assert article.scroll_offset.y == article.max_scroll_y > 0
        await pilot.press(start)
        await pilot.pause()
        assert article.cursor == 0
        assert article.scroll_offset.y == 0


# -- search -------------------------------------------------------------------------------------------------------


async def start_search(pilot: Pilot[None], query: str) -> SearchBar:
    await pilot.press("slash")
    bar = pilot.app.screen.query_one(SearchBar)
    assert bar.has_focus and bar.display
    await pilot.press(*query)
    await pilot.pause()
    return bar


async def test_incremental_search_marks_and_moves(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        article = await ready(pilot)
        doc = article.document
        origin = doc.blocks[3].start
        article.move_to(origin)
        await start_search(pilot, "nato")
        expected = doc.search("nato")
        assert len(expected) > 5
        assert article.matches == expected
        first = next(m for m in expected if m.start >= origin)
        assert article.cursor == first.start
        assert article.current_match == expected.index(first)
        await pilot.press("enter")
        await pilot.pause()
        bar = app.screen.query_one(SearchBar)
        assert not bar.display
        assert app.focused is article
        assert article.matches == expected
        assert article.cursor == first.start


async def test_search_narrows_as_you_type(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        article = await ready(pilot)
        await start_search(pilot, "hybrid")
        assert [article.document.text[m.start : m.end] for m in article.matches] == ["hybrid"]
        await pilot.press("x")
        await pilot.pause()
        assert article.matches == []
        assert article.cursor == 0  # no match: back at the origin


async def test_search_escape_clears_and_restores(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        article = await ready(pilot)
        origin = article.document.blocks[1].start + 4
        article.move_to(origin)
        await start_search(pilot, "lukashenka")
        assert article.matches and article.cursor != origin
        await pilot.press("escape")
        await pilot.pause()
        assert article.matches == []
        assert article.cursor == origin
        assert not app.screen.query_one(SearchBar).display
        assert app.focused is article


async def test_search_prompt_is_drawn_over_the_key_bar_and_moves_nothing(tmp_path: Path) -> None:
    """The prompt takes the screen's last row, over the key bar (as less and vim do), so opening and closing it
    resizes no pane; the key bar is back once it closes."""
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        article = await ready(pilot)
        pane = article.region
        bar = await start_search(pilot, "nato")
        bottom = SIZE[1] - 1
        assert app.screen.get_widget_at(2, bottom)[0] is bar
        assert bar.region.y == bottom
        assert article.region == pane
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert isinstance(app.screen.get_widget_at(2, bottom)[0], KeyBar)
        assert article.region == pane


async def test_next_and_previous_match_wrap(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        article = await ready(pilot)
        await start_search(pilot, "belarusian")
        await pilot.press("enter")
        matches = article.matches
        assert len(matches) >= 3
        assert article.cursor == matches[0].start
        for index in range(1, len(matches)):
            await pilot.press("n")
            assert article.cursor == matches[index].start
            assert article.current_match == index
        await pilot.press("n")
        assert article.cursor == matches[0].start  # wrapped to the top
        await pilot.press("N")
        assert article.cursor == matches[-1].start  # wrapped to the bottom
        await pilot.press("N")
        assert article.cursor == matches[-2].start
        await pilot.press("escape")
        assert article.matches == []


async def test_next_match_without_search(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        article = await ready(pilot)
        await pilot.press("n", "N")
        assert article.cursor == 0


# -- panes --------------------------------------------------------------------------------------------------------


async def test_outline_toggle_and_jump(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        article = await ready(pilot)
        assert not app.screen.query(Outline)  # 120 columns: folded away, so not even built at start
        await pilot.press("o")
        await pilot.pause()
        outline = app.screen.query_one(Outline)
        assert not outline.has_class("-hidden") and outline.display
        assert app.focused is outline
        headings = article.document.headings
        assert outline.count == len(headings) == 3
        outline.cursor = 2
        await pilot.press("enter")
        await pilot.pause()
        target = headings[2][1]
        assert target.kind is BlockKind.HEADING
        assert article.cursor == target.start
        assert app.focused is article
        await pilot.press("o")
        assert outline.has_class("-hidden")
        await pilot.press("o")  # shown again: the same pane, not a second one
        assert len(app.screen.query(Outline)) == 1 and not outline.has_class("-hidden")


async def test_outline_built_at_start_on_a_wide_terminal_and_on_widening(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 40)) as pilot:
        await ready(pilot)
        outline = app.screen.query_one(Outline)
        assert outline.display and not outline.has_class("-hidden")
        assert outline.count == 3
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert not app.screen.query(Outline)
        await pilot.resize_terminal(160, 40)
        await pilot.pause()
        await pilot.pause()
        outline = app.screen.query_one(Outline)
        assert outline.display and not outline.has_class("-hidden") and outline.count == 3


async def test_outline_keyboard_only(tmp_path: Path) -> None:
    """Arrows or j/k/g/G move in the outline as in the article and the panel; Enter jumps to the heading."""
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        article = await ready(pilot)
        await pilot.press("o")
        await pilot.pause()
        outline = app.screen.query_one(Outline)
        assert app.focused is outline and outline.count >= 2
        await pilot.press("G")
        assert outline.cursor == outline.count - 1
        await pilot.press("k")
        assert outline.cursor == outline.count - 2
        await pilot.press("g")
        assert outline.cursor == 0
        await pilot.press("down", "enter")
        await pilot.pause()
        assert article.cursor == article.document.headings[1][1].start
        await pilot.press("tab", "tab", "tab")  # back round to the outline
        assert app.focused is outline
        await pilot.press("up", "enter")
        await pilot.pause()
        assert article.cursor == article.document.headings[0][1].start


async def test_panel_toggle(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        article = await ready(pilot)
        panel = app.screen.query_one(HighlightPanel)
        assert not panel.has_class("-hidden")
        width = article.size.width
        await pilot.press("H")
        await pilot.pause()
        assert panel.has_class("-hidden")
        assert article.size.width > width
        await pilot.press("H")
        await pilot.pause()
        assert not panel.has_class("-hidden")
        assert article.size.width == width


async def test_tab_cycles_focus(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        article = await ready(pilot)
        await pilot.press("}", "h")  # one highlight, so the panel has a list to focus
        await pilot.pause()
        entries = app.screen.query_one(HighlightList)
        assert entries.display and entries.option_count == 1
        await pilot.press("tab")
        assert app.focused is entries
        await pilot.press("tab")
        assert app.focused is article
        await pilot.press("o")  # now three panes
        outline = app.screen.query_one(Outline)
        assert app.focused is outline
        seen = []
        for _ in range(3):
            await pilot.press("tab")
            seen.append(app.focused)
        assert seen == [article, entries, outline]


async def test_tab_reaches_outline_without_highlights(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        article = await ready(pilot)
        await pilot.press("o", "tab")
        assert app.focused is article
        await pilot.press("tab")
        assert app.focused is app.screen.query_one(Outline)


async def test_measure_keys(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(200, 40)) as pilot:
        article = await ready(pilot)
        assert article.measure == 80
        assert article.text_width == 80
        await pilot.press("plus")
        await pilot.pause()
        assert article.measure == 84 and article.layout_rows.width == 84
        await pilot.press("equals_sign")
        assert article.measure == 88
        await pilot.press("minus", "minus", "minus")
        await pilot.pause()
        assert article.measure == 76 and article.layout_rows.width == 76
        for _ in range(30):
            await pilot.press("minus")
        assert article.measure == 20  # the narrowest --width allows too
        await pilot.pause()
        assert article.cursor == 0 and on_text_row(article)


# -- help, quit, command palette ---------------------------------------------------------------------------------


async def test_help_screen(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        body = str(app.screen.query_one("#help-body", Static).render())
        for description in ("Line down", "Next sentence", "Prev paragraph", "Page down", "Search", "Outline",
                            "Quit", "Keys", "Half page down", "Prev match", "Highlight"):
            assert description in body, description
        for key in ("Space / PgDn", "PgUp", "g / Home", "G / End", "/", "?", "Esc", "Tab"):
            assert key in body, key
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)


def test_help_key_names_are_readable(tmp_path: Path) -> None:
    from reader.ui.screens.help import binding_rows

    app = ReaderApp(store=Store(tmp_path / "a.json"))
    body = binding_rows(app.help_sections()).plain
    for raw in ("right_square_bracket", "left_square_bracket", "equals_sign", "minus"):
        assert raw not in body, raw


async def test_quit(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert app._exit  # exiting; the context manager then waits for the app to finish
    assert app.return_code == 0
    assert not app.is_running


async def test_command_palette(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"outline")
        commands = app.screen.query_one(CommandList)
        for _ in range(100):  # the palette searches its providers in the background
            if commands.option_count and "outline" in str(commands.get_option_at_index(0).prompt).lower():
                break
            await pilot.pause(0.02)
        await pilot.press("down", "enter") if commands.highlighted is None else await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)
        assert not app.screen.query_one(Outline).has_class("-hidden")


# -- mouse --------------------------------------------------------------------------------------------------------


async def test_click_moves_cursor(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        article = await ready(pilot)
        layout = article.layout_rows
        row = layout.block_rows[1] + 1
        column = 7
        x = article.margin + column
        assert await pilot.click(ArticleView, offset=(x, row))
        await pilot.pause()
        assert article.cursor == layout.offset_at(row, column)
        assert row_col(article) == (row, column)


async def test_click_on_blank_row_does_nothing(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        article = await ready(pilot)
        blank = article.layout_rows.block_rows[2] - 1
        assert article.layout_rows.row_block[blank] == BLANK
        await pilot.click(ArticleView, offset=(article.margin + 3, blank))
        assert article.cursor == 0


async def test_mouse_wheel_scrolls(tmp_path: Path) -> None:
    app = make_app(tmp_path, long_document())
    async with app.run_test(size=SIZE) as pilot:
        article = await ready(pilot)
        assert article.scroll_offset.y == 0
        await pilot._post_mouse_events([MouseScrollDown], article, offset=(10, 10))
        await pilot._post_mouse_events([MouseScrollDown], article, offset=(10, 10))
        await pilot.pause()
        await pilot.wait_for_scheduled_animations()
        down = article.scroll_offset.y
        assert down > 0
        await pilot._post_mouse_events([MouseScrollUp], article, offset=(10, 10))
        await pilot.pause()
        await pilot.wait_for_scheduled_animations()
        assert article.scroll_offset.y < down


# -- reading position -----------------------------------------------------------------------------------------------


async def test_position_restored(tmp_path: Path) -> None:
    document = load_document(SEED)
    store_path = tmp_path / "a.json"
    app = ReaderApp(store=Store(store_path), paths=[SEED], document=document)
    async with app.run_test(size=SIZE) as pilot:
        article = await ready(pilot)
        await pilot.press("}", "}", "}", "w", "w")
        moved = article.cursor
        assert moved > 0
        assert isinstance(app.screen, ReadingScreen)
        app.screen.save_position()
        await pilot.press("q")
    app.writer.drain()
    assert Store(store_path).position(document.id) == moved

    again = ReaderApp(store=Store(store_path), paths=[SEED], document=load_document(SEED))
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await again.workers.wait_for_complete()
        await pilot.pause()
        article = article_of(again)
        assert article.cursor == moved
        row = article.layout_rows.row_of(moved)
        top = article.scroll_offset.y
        assert top <= row < top + article.scrollable_content_region.height


async def test_position_saved_after_stillness(tmp_path: Path) -> None:
    document = load_document(SEED)
    store_path = tmp_path / "a.json"
    app = ReaderApp(store=Store(store_path), paths=[SEED], document=document)
    async with app.run_test(size=SIZE) as pilot:
        article = await ready(pilot)
        await pilot.press("}", "}")
        await pilot.pause(1.3)  # POSITION_SAVE_DELAY is 1 s
        await pilot.press("q")
    app.writer.drain()
    assert Store(store_path).position(document.id) == article.cursor


@pytest.mark.parametrize("keys", [("}", "}", "}", "}"), ("G",)])
async def test_q_right_after_moving_saves_the_position(tmp_path: Path, keys: tuple[str, ...]) -> None:
    """`q` before the second of stillness that saves the position (a review's finding: the store kept the old
    one, and the document reopened there)."""
    document = load_document(SEED)
    store_path = tmp_path / "a.json"
    app = ReaderApp(store=Store(store_path), paths=[SEED], document=document)
    async with app.run_test(size=SIZE) as pilot:
        article = await ready(pilot)
        await pilot.press(*keys)
        moved = article.cursor
        assert moved > 0 and not store_path.exists()  # not saved yet: the cursor has not been still for 1 s
        await pilot.press("q")
    assert Store(store_path).position(document.id) == moved


async def test_q_while_the_restored_position_waits_for_the_layout_keeps_it(tmp_path: Path) -> None:
    """The cursor is still at the start while the restored position waits for the layout (a large document):
    `q` then saves where the jump goes, never the start over the stored position."""
    document = load_document(SEED)
    store_path = tmp_path / "a.json"
    Store(store_path).save_position(document.id, 920, path=document.path, title=document.title)
    app = ReaderApp(store=Store(store_path), paths=[SEED], document=document)
    async with app.run_test(size=SIZE) as pilot:
        article = await ready(pilot)
        assert article.cursor == 920
        article.cursor = 0  # as before the jump lands (set as the layout would leave it: no move, no timer)
        article.pending_jump = (920, True)
        await pilot.press("q")
    assert Store(store_path).position(document.id) == 920


# -- library ------------------------------------------------------------------------------------------------------


async def test_library_opens_chosen_document(tmp_path: Path) -> None:
    other = tmp_path / "other.md"
    other.write_text("# Second Article\n\nIts only paragraph.\n", encoding="utf-8")
    app = make_app(tmp_path, paths=[SEED, other])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        # The sources named come first, in order, each by its file name until it is opened (not read to list it).
        labels = [row.title for row in app.screen.rows]
        assert labels == [SEED.name, "other.md"]
        await pilot.press("down")
        assert app.screen.list.cursor == 1
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)
        assert app.screen.document.title == "Second Article"
        assert article_of(app).document.path == str(other)


async def test_escape_goes_back_to_the_library_and_keeps_the_position(tmp_path: Path) -> None:
    app = make_app(tmp_path, paths=[SEED, SEED])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        article = await ready(pilot)
        await pilot.press("}", "}", "/", *"nato", "enter")
        await pilot.pause()
        assert article.matches
        await pilot.press("escape")  # first Esc: clears the search, stays
        assert isinstance(app.screen, ReadingScreen) and not article.matches
        position = article.cursor
        await pilot.press("escape")  # nothing left to cancel: back to the list
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await pilot.pause()
        app.writer.drain()
        assert app.store.position(article.document.id) == position
        await pilot.press("enter")  # and the document opens where it was left
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)
        assert article_of(app).cursor == position


async def test_escape_without_a_library_stays(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)


async def test_library_bad_file_notifies(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    app = make_app(tmp_path, paths=[empty, SEED])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        app.screen.list.cursor = 0
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert any("empty" in str(n.message) for n in app._notifications)


# -- a big article ------------------------------------------------------------------------------------------------


async def test_two_megabyte_article(tmp_path: Path) -> None:
    paragraph = "The committee met again on Tuesday. " * 12
    count = 2_000_000 // (len(paragraph) + 2) + 1
    text = "A Very Long Report\n\n" + "\n\n".join(f"{n}. {paragraph}" for n in range(count))
    assert len(text) >= 2_000_000
    document = Document(text, path="big.txt")
    app = make_app(tmp_path, document)
    async with app.run_test(size=SIZE) as pilot:
        article = await ready(pilot)
        # the first screen is there without waiting for the whole layout
        first = article.render_line(0).text
        assert "A Very Long Report" in first
        assert len(article.layout_rows) >= article.scrollable_content_region.height
        await pilot.press("G")
        await pilot.pause()
        assert article.cursor == document.blocks[-1].start
        assert article.layout_rows.complete
        last_row = article.layout_rows.row_of(article.cursor)
        top = article.scroll_offset.y
        assert top <= last_row < top + article.scrollable_content_region.height
        screen_text = "\n".join(article.render_line(y).text for y in range(article.size.height))
        assert f"{count - 1}. The committee" in screen_text
        await pilot.press("g")
        assert article.cursor == 0
