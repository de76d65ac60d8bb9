"""The library screen (issue 13): L opens it, typing filters, s sorts, Enter opens, a gone file shows its
highlights read-only, / searches every highlight and Enter jumps to one."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from reader.loader import load_document
from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.screens import library as library_screen
from reader.ui.screens.library import LibraryScreen
from reader.ui.screens.library_search import LibrarySearchScreen
from reader.ui.screens.reading import ReadingScreen
from reader.ui.screens.stored_highlights import StoredHighlightsScreen
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.key_bar import KeyBar
from tests.conftest import SEED
from tests.ui.library_store import NOW, URL, make_library
from tests.ui.support import rendered_text, settle

SIZE = (120, 36)


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.setattr(library_screen, "clock", lambda: NOW)
    return make_library(tmp_path)


@asynccontextmanager
async def library_run(library: dict[str, Any]) -> AsyncIterator[tuple[ReaderApp, Pilot[None]]]:
    """The app started with no document, so on the library of the store ``make_library`` wrote, run at SIZE
    until its rows are built."""
    app = ReaderApp(store=Store(library["store"]), paths=[], document=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        yield app, pilot


@asynccontextmanager
async def river_open(library: dict[str, Any]) -> AsyncIterator[tuple[ReaderApp, Pilot[None], ReadingScreen]]:
    """The app started on the library's river document: its reading screen, settled."""
    river = library["river"]
    app = ReaderApp(store=Store(library["store"]), paths=[Path(river.path)], document=river)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen)
        yield app, pilot, app.screen


async def search_for(pilot: Pilot[None], query: str) -> LibrarySearchScreen:
    """``/`` on the library, ``query`` typed, the search done: the search screen with its results."""
    await pilot.press("slash", *query)
    await settle(pilot)
    search = pilot.app.screen
    assert isinstance(search, LibrarySearchScreen) and search.results is not None
    return search


def titles(screen: LibraryScreen) -> list[str]:
    return [row.title for row in screen.rows]


async def test_l_opens_the_library_and_l_comes_back(library: dict[str, Any]) -> None:
    app = ReaderApp(store=Store(library["store"]), paths=[SEED], document=load_document(SEED))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reading = app.screen
        await pilot.press("L")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        # Every document of the store, the seed (given), merged: the seed first (named), then by last opened.
        assert titles(screen)[0] == SEED.name
        assert titles(screen)[1:] == ["A Web Story", "The River Report", "Council minutes", "A Vanished Article"]
        rows = {row.title: row for row in screen.rows}
        assert (rows["The River Report"].highlights, rows["The River Report"].notes) == (2, 1)
        assert rows["The River Report"].progress == pytest.approx(0.5, abs=0.01)
        assert rows["Council minutes"].state == "changed"
        assert rows["A Vanished Article"].state == "gone"
        assert rows["A Web Story"].source == URL
        await pilot.press("L")
        await pilot.pause()
        assert app.screen is reading


async def test_typing_filters_and_s_sorts(library: dict[str, Any]) -> None:
    async with library_run(library) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        assert "esc Back" not in str(screen.query_one("KeyBar").render())  # nothing to go back to
        await pilot.press("f", *"river")
        await pilot.pause()
        assert titles(screen) == ["The River Report"]
        await pilot.press("escape")  # clears the filter
        await pilot.pause()
        assert len(screen.rows) == 5 and screen.focused is screen.list
        await pilot.press("s")
        assert screen.order == "title"
        assert titles(screen) == sorted(titles(screen), key=str.casefold)
        await pilot.press("s")
        assert screen.order == "highlights"
        assert titles(screen)[0] == "The River Report"
        await pilot.press("s")
        assert screen.order == "recent"


async def test_enter_opens_a_document_and_esc_comes_back(library: dict[str, Any]) -> None:
    async with library_run(library) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        await pilot.press("f", *"river", "enter")  # Enter in the filter opens the document it leaves
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen)
        assert app.screen.document.id == library["river"].id
        article = app.screen.query_one(ArticleView)
        assert article.cursor == len(library["river"].text) // 2  # the stored position
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen_stack[-1] is screen


async def test_enter_in_the_filter_opens_the_document_under_the_cursor(library: dict[str, Any]) -> None:
    """A new user's review: with the filter focused (its key bar says ``⏎ Open``), Enter gave the list the focus
    and nothing else. It opens the first match, or the row the cursor was moved to; with no match it does
    nothing and the filter keeps the keys."""
    async with library_run(library) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        await pilot.press("f", *"zzz", "enter")
        await settle(pilot)
        assert app.screen is screen and not screen.rows
        assert screen.focused is screen.query_one("#library-filter")
        await pilot.press(*["backspace"] * 3, *"river")
        await pilot.pause()
        assert titles(screen) == ["The River Report"]
        assert "⏎ Open" in rendered_text(screen.query_one(KeyBar))
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen)
        assert app.screen.document.id == library["river"].id


async def test_a_gone_file_shows_its_highlights_read_only(library: dict[str, Any]) -> None:
    async with library_run(library) as (app, pilot):
        await pilot.press("f", *"vanished", "enter", "enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, StoredHighlightsScreen)
        assert len(screen.annotations) == 1
        prompt = str(screen.query_one("#stored-list").get_option_at_index(0).prompt)  # type: ignore[attr-defined]
        assert "The bridge toll rises again next spring" in prompt
        assert "Note: check the toll tables" in prompt
        assert "A Vanished Article" in prompt  # the stored prefix: the context before the highlight
        await pilot.press("h", "x")  # nothing to edit here: the keys do nothing
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_slash_searches_and_enter_jumps_to_the_highlight(library: dict[str, Any]) -> None:
    async with library_run(library) as (app, pilot):
        search = await search_for(pilot, "by:holt gauges")
        assert search.results is not None and search.results.total == 1
        assert [row.hit is None for row in search.rows] == [True, False]  # the document, then its highlight
        await pilot.press("enter")  # from the query to the results (the first highlight)
        assert search.list.cursor == 1
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen)
        river = library["river"]
        assert app.screen.document.id == river.id
        assert app.screen.query_one(ArticleView).cursor == river.text.index("The gauges were moved")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("slash")  # the last query is kept
        await settle(pilot)
        assert isinstance(app.screen, LibrarySearchScreen) and app.screen.results is not None


async def test_search_finds_notes_and_tags_across_documents(library: dict[str, Any]) -> None:
    async with library_run(library) as (app, pilot):
        search = await search_for(pilot, "has:note")
        assert search.results is not None and search.results.total == 2 and len(search.results) == 2
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


def test_a_line_break_in_a_file_name_is_visible_in_the_library() -> None:
    # the source column, the search's group lines and the stored-highlights view all go through display_source
    from reader.ui.screens.library import display_source, label

    assert display_source("/tmp/nl/new\nline\t.txt") == "/tmp/nl/new␊line␉.txt"
    assert label("/tmp/nl/new\nline.txt") == "new␊line.txt"
    assert display_source("https://example.org/a") == "https://example.org/a"


async def test_a_huge_stored_title_and_path_leave_the_highlights_on_screen(library: dict[str, Any]) -> None:
    """A stored path of 10,000 characters filled 37 of 40 rows of the read-only view: both are cut."""
    async with library_run(library) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        (row,) = [r for r in screen.rows if "Vanished" in r.title]
        await app.push_screen(StoredHighlightsScreen(row._replace(title="T" * 5000, source="/gone/" + "p" * 10_000)))
        await settle(pilot)
        stored = app.screen
        assert isinstance(stored, StoredHighlightsScreen)
        assert stored.query_one("#stored-title").size.height <= 3
        assert stored.query_one("#stored-note").size.height <= 4
        assert stored.query_one("#stored-list").size.height >= SIZE[1] - 12


async def test_opening_an_open_document_again_goes_back_to_its_screen(library: dict[str, Any]) -> None:
    """A review's finding: a document open on a reading screen, opened again from the library's search, got a
    second screen; a highlight deleted there came back when the first screen's next edit wrote it. Now the
    search goes back to the screen already open, and a deletion there is final."""
    river = library["river"]
    async with river_open(library) as (app, pilot, first):
        await pilot.press("L")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        await search_for(pilot, "by:holt gauges")
        await pilot.press("enter", "enter")
        await settle(pilot)
        assert app.screen is first  # the same screen, not a second one of the same document
        assert [s for s in app.screen_stack if isinstance(s, ReadingScreen)] == [first]
        assert first.article.cursor == river.text.index("The gauges were moved")
        held = first.under_cursor()
        assert held is not None
        await pilot.press("x")
        await settle(pilot)
        await pilot.press("2")  # a colour key highlights anew (a new id): the deleted one does not come back
        await settle(pilot)
        app.writer.drain()
        assert held.id not in {a.id for a in Store(library["store"]).annotations_for(river.id)}


async def test_opening_an_open_document_never_closes_a_dialog_or_loses_a_position(
    library: dict[str, Any], tmp_path: Path
) -> None:
    """A review's findings on the first version: a load that finished while a note was being typed closed the
    note editor, its text lost; another document's screen above was closed without saving its position."""
    from reader.ui.screens.dialogs import NoteEditor

    river, council = library["river"], library["council"]
    async with river_open(library) as (app, pilot, first):
        await pilot.press("n")
        await settle(pilot)
        await pilot.press(*"careful")
        assert isinstance(app.screen, NoteEditor)
        app._show_document(river, at=10)  # a load started earlier ends now
        await settle(pilot)
        assert isinstance(app.screen, NoteEditor) and app.screen.text == "careful"  # kept, and said
        await pilot.press("escape")
        await settle(pilot)
        if not isinstance(app.screen, ReadingScreen):  # "Discard the changes?"
            await pilot.press("y")
            await settle(pilot)
        app._show_document(council)
        await settle(pilot)
        second = app.screen
        assert isinstance(second, ReadingScreen) and second.document.id == council.id
        for _ in range(50):  # (its article is composed after the push)
            if second.query(ArticleView):
                break
            await pilot.pause(0.02)
        await settle(pilot)
        second.article.move_to(len(council.text) // 2)
        await settle(pilot)
        cursor = second.article.cursor
        assert cursor > 0
        app._show_document(river)  # back to the first: the second's position is saved as it closes
        await settle(pilot)
        assert app.screen is first
        app.writer.drain()
        assert Store(library["store"]).position(council.id) == cursor


async def test_the_rows_are_read_in_a_worker_and_the_old_ones_stay_until_then(
    library: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Coming back to the library re-reads the store and stats every path: for a 135 MB store another program
    touched, 2-3 s of the UI thread (a hostile review's finding). Now a worker reads them: keys go on (`s`
    sorts the rows shown), the rows stay until the new ones arrive, and a slow read says so in the title."""
    monkeypatch.setattr(library_screen, "READING_NOTICE", 0.05)
    threads: list[str] = []
    release = threading.Event()
    documents = Store.documents

    def slow_documents(self: Store) -> object:
        threads.append(threading.current_thread().name)
        if threading.current_thread() is not threading.main_thread():
            release.wait(10)
        return documents(self)

    build_rows = library_screen.build_rows

    def noting_build_rows(*args: Any, **kwargs: Any) -> object:  # stats every path
        threads.append(threading.current_thread().name)
        return build_rows(*args, **kwargs)

    monkeypatch.setattr(library_screen, "build_rows", noting_build_rows)
    async with library_run(library) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, LibraryScreen) and len(screen.rows) == 5
        shown = titles(screen)
        monkeypatch.setattr(Store, "documents", slow_documents)
        threads.clear()
        await pilot.press("question_mark")  # the help over it, then back: the rows are read again
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause(0.2)
        assert app.screen is screen and titles(screen) == shown  # kept while the read waits
        assert "reading the store…" in rendered_text(screen.query_one("#library-title"))
        await pilot.press("s")  # the key is not held by the read
        await pilot.pause()
        assert screen.order != "recent" and sorted(titles(screen)) == sorted(shown)
        release.set()
        await settle(pilot)
        assert "reading the store" not in rendered_text(screen.query_one("#library-title"))
        assert len(screen.rows) == 5 and threads and threading.main_thread().name not in threads


async def test_the_columns_stay_aligned_with_300000_highlights(
    library: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counts as wide as ``300,000`` (and ``12,345`` notes) end under their headings with a gap before them, and the
    columns after them stay put; before, a count wider than its six columns ran into the source and the notes."""

    def large_counts(self: Store) -> dict[str, tuple[int, int]]:
        ids = sorted(record.id for record in self.documents())
        return {doc_id: ((300_000 + n, 12_345) if n % 2 == 0 else (7, 0)) for n, doc_id in enumerate(ids)}

    monkeypatch.setattr(Store, "annotation_counts", large_counts)
    async with library_run(library) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        width = screen.list.scrollable_content_region.width
        header = screen._header()
        ends = {name: header.index(name) + len(name) for name in ("Hl", "Notes", "Read")}
        assert header[ends["Hl"] - 3] == " " and header[ends["Notes"] - 6] == " "
        counted = [row for row in screen.rows if row.highlights]
        assert max(row.highlights for row in counted) >= 300_000 and len(counted) >= 2
        for index, row in enumerate(screen.rows):
            line = "".join(segment.text for segment in screen._draw_row(index, width, False))
            assert len(line) == width
            for name, count in (("Hl", row.highlights), ("Notes", row.notes)):
                shown = f"{count:,}" if count else ""
                end = ends[name]
                assert line[end - len(shown) : end] == shown, (name, line)
                assert line[end - len(shown) - 1] == " ", (name, line)  # a gap before every count
            if row.progress is not None:
                assert line[: ends["Read"]].endswith(f"{round(row.progress * 100)}%"), line


async def test_a_pasted_huge_query_is_cut_to_the_bound_with_a_toast(library: dict[str, Any]) -> None:
    """A hostile review pasted "#t " × 50,000 into the library's search: read on the UI thread as it is typed,
    it held the keys 4.5 s. The field holds at most MAX_QUERY characters; the rest is left out, and a toast says
    so (the screen's search then runs on what is kept)."""
    from textual import events

    from reader.text_search import MAX_QUERY
    from reader.ui.widgets.inert_text import BoundedInput

    async with library_run(library) as (app, pilot):
        search = await search_for(pilot, "x")
        field = search.query_one("#search-query", BoundedInput)
        field.post_message(events.Paste("#t " * 50_000))
        await settle(pilot)
        assert len(field.value) == MAX_QUERY and field.value.startswith("x#t #t")
        assert any("At most 500 characters" in str(n.message) for n in app._notifications)  # type: ignore[attr-defined]


async def test_a_copy_of_the_seed_that_is_open_is_one_row_with_the_seed(tmp_path: Path) -> None:
    """The bundled article and a copy of it are one document (the store knows a document by its text's hash):
    one row, before the copy is recorded (it is open) and after (a highlight made on it), never the seed
    beside it as a second document."""
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SEED.read_bytes())
    app = ReaderApp(store=Store(tmp_path / "db.json"), paths=[copy], document=load_document(copy))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for highlights in (0, 1):
            if highlights:
                await pilot.press("j", "h")  # the copy is recorded in the store now
                await settle(pilot)
            await pilot.press("L")
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, LibraryScreen)
            assert [(row.source, row.highlights) for row in screen.all_rows] == [(str(copy), highlights)]
            assert rendered_text(screen.query_one("#library-title")).startswith("Library — 1 document ·")
            await pilot.press("enter")  # back to the copy (its own screen)
            await settle(pilot)
            assert isinstance(app.screen, ReadingScreen) and app.screen.document.path == str(copy)
        app.writer.drain()


async def test_a_pasted_huge_filter_is_cut_to_the_bound_with_a_toast(library: dict[str, Any]) -> None:
    """The library's `f` filter was the one query field left unbounded: every word of it is looked for in every
    row on the UI thread as it is typed (3.2 s for "a " × 50,000 over 2,000 rows). It holds MAX_QUERY characters
    now, as the search, the `/` prompt and the panel's filter do."""
    from textual import events

    from reader.text_search import MAX_QUERY
    from reader.ui.screens.library import LibraryFilter

    async with library_run(library) as (app, pilot):
        await pilot.press("f")
        field = app.screen.query_one("#library-filter", LibraryFilter)
        field.post_message(events.Paste("a " * 50_000))
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen) and len(screen.rows) == len(screen.all_rows)  # each has an "a"
        assert len(field.value) == MAX_QUERY
        assert any("At most 500 characters" in str(n.message) for n in app._notifications)  # type: ignore[attr-defined]
