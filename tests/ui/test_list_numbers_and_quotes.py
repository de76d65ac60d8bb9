"""Two leftovers of a review: an ordered list's items are drawn with their numbers (``1.``, ``10.``), not ``•``,
with the text indented past the number (reader.layout.indent_of, article_render._prefix); and the panel, the note
dialog and the library's search show a highlight as `y` copies it (reader.citation.shown_quote), without the
trailing comma its sentence goes on with."""

from __future__ import annotations

from pathlib import Path

from reader.annotation import Annotation
from reader.document import BlockKind
from reader.layout import indent_of
from reader.loader import load_document
from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.dialogs import NoteEditor
from reader.ui.screens.library import LibraryScreen
from reader.ui.screens.library_search import LibrarySearchScreen
from reader.ui.screens.reading import ReadingScreen
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.highlight_entries import entry_lines
from reader.ui.widgets.highlight_list import HighlightList
from tests.ui.support import settle

STEPS = "# Steps\n\n" + "".join(f"{n}. Step number {n} of the plan\n" for n in range(1, 10)) + (
    "10. The tenth step is a long one that goes on and on so that it has to wrap onto a second row of the pane\n"
)
PLAN = "Plan\n\n“It's a plan on paper,” said Ann Cole, a transit advocate.\n"


def rows_of(article: ArticleView) -> list[str]:
    return [article.render_line(y).text.rstrip() for y in range(article.size.height)]


async def test_an_ordered_list_shows_its_numbers_and_its_text_past_them(tmp_path: Path) -> None:
    path = tmp_path / "steps.md"
    path.write_text(STEPS, encoding="utf-8")
    document = load_document(path)
    items = [block for block in document.blocks if block.kind is BlockKind.LIST_ITEM]
    assert [block.number for block in items] == list(range(1, 11))
    assert indent_of(items[0]) == 3 and indent_of(items[-1]) == 4  # "1. ", "10. "
    app = ReaderApp(store=Store(tmp_path / "s.json"), paths=[path], document=document)
    async with app.run_test(size=(90, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        article = screen.article
        rows = rows_of(article)
        assert not any("•" in row or "◦" in row for row in rows)
        first = next(row for row in rows if "Step number 1 " in row)
        assert first.lstrip().startswith("1. Step number 1 ")
        tenth = next(i for i, row in enumerate(rows) if "The tenth step" in row)
        column = rows[tenth].index("The tenth step")
        assert rows[tenth][column - 4 : column] == "10. "
        after = rows[tenth + 1]
        assert after[:column].strip() == "" and after[column] != " "  # the wrapped row starts under the text
        # A click on the text of the tenth item puts the cursor on the character drawn there.
        await pilot.click(ArticleView, offset=(column + 4, tenth))
        await pilot.pause()
        assert article.cursor == document.text.index("The tenth step") + 4


async def test_the_panel_the_note_dialog_and_the_search_show_a_highlight_as_y_copies_it(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    document = load_document(path)
    start, end = document.text.index("It's"), document.text.index("” said")
    annotation = Annotation.create(
        doc_id=document.id, path=document.path, title=document.title, text_of_document=document.text,
        start=start, end=end, speaker="Ann Cole",
    )
    assert annotation.text == "It's a plan on paper,"
    store = Store(tmp_path / "s.json")
    store.add(annotation)
    app = ReaderApp(store=store, paths=[path], document=document)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        entries = screen.query_one(HighlightList)
        entry = next(e for e in entries.entries if e.annotation is not None)
        lines = [text for text, _style in entry_lines(entry, 40)]
        assert lines[0] == "“It's a plan on paper”", lines
        screen.article.move_to(start + 2)
        await pilot.press("n")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, NoteEditor)
        assert str(dialog.query_one(".dialog-quote").render()) == "“It's a plan on paper”"
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("L")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("slash", *"plan")
        await settle(pilot)
        search = app.screen
        assert isinstance(search, LibrarySearchScreen)
        drawn = [search._draw_row(i, 100, False).text for i in range(len(search.rows))]
        assert any("“It's a plan on paper”  — Ann Cole" in row for row in drawn), drawn
        assert not any("paper,”" in row for row in drawn)
