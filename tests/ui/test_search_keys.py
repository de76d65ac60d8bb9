"""`/`, `n` and `N` on a text of several search blocks (reader.ui.screens.searching): the first match from the
cursor at once, the count after a pause in typing, the index as `n`/`N` move, marks that follow the view."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot

import reader.ui.screens.searching as searching
from reader.document import Document
from reader.store import Store
from reader.text_search import BLOCK, MAX_QUERY, MIN_BLOCK, TextSearch
from reader.ui.app import ReaderApp
from reader.ui.screens.reading import ReadingScreen
from reader.ui.screens.searching import SearchBar
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.search_bar import TOO_LONG
from reader.ui.widgets.top_bar import TopBar
from tests.conftest import SEED
from tests.robustness import wait_for
from tests.ui.support import seed_app

SIZE = (120, 40)
FILLER = "Some words to fill the line and wrap it onto more rows. "


def big_document() -> Document:
    """~370,000 characters (six search blocks): 1,200 paragraphs, "marker" in every 150th from the 75th."""
    paragraphs = []
    for number in range(1200):
        body = f"Paragraph {number} begins here. " + FILLER * 5
        if number % 150 == 75:
            body += "The Marker is here."
        paragraphs.append(body)
    return Document("A Long Generated Article\n\n" + "\n\n".join(paragraphs), path="big.txt")


def starts(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(word), text, re.IGNORECASE)]


def make_app(tmp_path: Path, document: Document) -> ReaderApp:
    return ReaderApp(store=Store(tmp_path / "a.json"), paths=[SEED], document=document)


async def opened(pilot: Pilot[None]) -> tuple[ReadingScreen, ArticleView]:
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ReadingScreen)
    screen.article.finish_layout()
    return screen, screen.article


def paragraph_start(document: Document, number: int) -> int:
    return document.blocks[number + 1].start  # block 0 is the title


async def test_the_first_match_from_the_cursor_then_the_count(tmp_path: Path) -> None:
    document = big_document()
    assert len(document.text) > 5 * BLOCK
    markers = starts(document.text, "marker")
    async with make_app(tmp_path, document).run_test(size=SIZE) as pilot:
        screen, article = await opened(pilot)
        origin = paragraph_start(document, 500)
        article.move_to(origin)
        await pilot.press("slash", *"marker")
        first = next(m for m in markers if m >= origin)
        assert article.cursor == first
        await wait_for(pilot, lambda: "+" not in screen.search_status and "match" in screen.search_status)
        assert screen.search_status == f"match {markers.index(first) + 1} of {len(markers)}"
        assert screen.search_status in str(screen.query_one(TopBar).render())
        # Marked: the matches around the screen, not every one in the text; the current one among them.
        marked = [m.start for m in article.matches]
        assert first in marked and len(marked) < len(markers)
        assert article.current_match is not None and article.matches[article.current_match].start == first


async def test_the_count_waits_for_a_pause_in_typing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(searching, "COUNT_DELAY", 3600.0)
    document = big_document()
    async with make_app(tmp_path, document).run_test(size=SIZE) as pilot:
        screen, article = await opened(pilot)
        article.move_to(paragraph_start(document, 700))
        await pilot.press("slash", *"marker")
        await pilot.pause(0.1)
        assert screen.search_status == "counting…"  # the index of a match past the first block needs the count
        search = screen._search
        assert search is not None and search.total is None and search.counted_to == 0
        assert article.cursor == starts(document.text, "marker")[5]  # paragraph 825
        screen._count_after = 0.0  # as if typing had paused
        await wait_for(pilot, lambda: search.total is not None and screen.search_status == "match 6 of 8")


async def test_n_and_N_move_the_index_and_wrap(tmp_path: Path) -> None:
    document = big_document()
    markers = starts(document.text, "marker")
    async with make_app(tmp_path, document).run_test(size=SIZE) as pilot:
        screen, article = await opened(pilot)
        await pilot.press("slash", *"marker", "enter")
        await wait_for(pilot, lambda: screen.search_status == f"match 1 of {len(markers)}")
        assert article.cursor == markers[0]
        await pilot.press("n")
        assert article.cursor == markers[1] and screen.search_status == f"match 2 of {len(markers)}"
        await pilot.press("N", "N")  # from the first: round to the last
        assert article.cursor == markers[-1] and screen.search_status == f"match 8 of {len(markers)}"
        await pilot.press("n")  # from the last: round to the first
        assert article.cursor == markers[0] and screen.search_status == "match 1 of 8"
        article.move_to(paragraph_start(document, 600))  # moved away: the index is counted again, not stepped
        await pilot.press("n")
        assert article.cursor == markers[4] and screen.search_status == "match 5 of 8"
        await pilot.press("escape")  # the search is cleared: no marks, no count, `n` is a note again
        await pilot.pause()
        assert article.matches == [] and screen.search_status == "" and not screen.search_has_match
        assert "match" not in str(screen.query_one(TopBar).render())


async def test_an_absent_word_searches_in_slices_then_says_no_match(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(searching, "FIRST_BUDGET", 0.0)  # nothing found within the keystroke
    monkeypatch.setattr(searching, "SLICE_SECONDS", 0.0)  # one block a slice
    monkeypatch.setattr(searching, "SLICE_PAUSE", 0.3)
    document = big_document()
    async with make_app(tmp_path, document).run_test(size=SIZE) as pilot:
        screen, article = await opened(pilot)
        origin = paragraph_start(document, 300)
        article.move_to(origin)
        await pilot.press("slash", "z")
        assert screen.search_status == "searching…"
        await wait_for(pilot, lambda: screen.search_status == "no match")
        assert article.cursor == origin and article.matches == []
        await pilot.press("enter", "n")
        assert not screen.search_has_match  # `n` went to the note editor, not to a match
        assert not isinstance(pilot.app.screen, ReadingScreen)


async def test_no_match_goes_when_the_prompt_closes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new user's review: after Enter (or Tab) closed the prompt, the top bar still said ``no match``. A search
    with no match is forgotten as the prompt closes, also when the scan ends after it closed; one with a match
    keeps its count."""
    app = seed_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        top = screen.query_one(TopBar)
        for close in ("enter", "tab"):
            await pilot.press("slash", *"zzqx")
            await pilot.pause()
            assert screen.search_status == "no match" and "no match" in str(top.render())
            await pilot.press(close)
            await pilot.pause()
            assert screen.search_status == "" and "no match" not in str(top.render()), close
            assert not screen.search_has_match
            await pilot.click(ArticleView, offset=(10, 5))
        await pilot.press("slash", *"nato", "enter")
        await pilot.pause()
        assert screen.search_status.startswith("match ")  # a match: kept, with its count
    monkeypatch.setattr(searching, "FIRST_BUDGET", 0.0)  # nothing found within the keystroke
    monkeypatch.setattr(searching, "SLICE_SECONDS", 0.0)  # one block a slice
    monkeypatch.setattr(searching, "SLICE_PAUSE", 0.3)
    async with make_app(tmp_path, big_document()).run_test(size=SIZE) as pilot:
        screen, article = await opened(pilot)
        await pilot.press("slash", "z")
        assert screen.search_status == "searching…"
        await pilot.press("enter")
        assert screen.search_status == "searching…"  # it may still find one: kept while it looks
        await wait_for(pilot, lambda: screen.search_status == "")
        assert not screen.search_has_match


async def test_a_key_that_reaches_the_prompt_after_it_closed(tmp_path: Path) -> None:
    """Keys typed fast after `/` can reach the prompt after Enter closed it (the soak found one): a query that
    then matches nothing is forgotten as at Enter, without an error; one that matches is kept."""
    app = seed_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        await pilot.press("slash", *"zzz", "enter")
        await pilot.pause()
        bar = screen.query_one(SearchBar)
        assert not bar.display and screen.search_status == ""
        bar.insert_text_at_cursor("q")  # the late key
        await pilot.pause()
        assert app.is_running and screen.search_status == "" and not screen.search_has_match
        await pilot.press("slash", *"nat", "enter")
        await pilot.pause()
        bar.insert_text_at_cursor("o")
        await pilot.pause()
        assert screen.search_has_match and screen.search_status.startswith("match ")


async def test_typing_on_reads_an_absent_word_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each keystroke goes on from where the last scan got: "zq", "zqj" are not scanned again after "z"."""
    read: list[int] = []
    first_in = TextSearch.first_in

    def counting_first_in(self: TextSearch, start: int, end: int) -> object:
        read.append(end - start)
        return first_in(self, start, end)

    monkeypatch.setattr(TextSearch, "first_in", counting_first_in)
    document = big_document()
    async with make_app(tmp_path, document).run_test(size=SIZE) as pilot:
        screen, article = await opened(pilot)
        article.move_to(paragraph_start(document, 300))
        await pilot.press("slash", *"zqj")
        await wait_for(pilot, lambda: screen.search_status == "no match")
        assert sum(read) <= len(document.text)


async def test_a_newer_keystroke_replaces_the_search(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(searching, "FIRST_BUDGET", 0.0)
    document = big_document()
    async with make_app(tmp_path, document).run_test(size=SIZE) as pilot:
        screen, article = await opened(pilot)
        await pilot.press("slash", *"zz", "backspace", "backspace", *"marker")
        await wait_for(pilot, lambda: screen.search_status == "match 1 of 8")
        search = screen._search
        assert search is not None and search.query == "marker"
        assert article.cursor == starts(document.text, "marker")[0]


async def test_marks_follow_the_view(tmp_path: Path) -> None:
    document = big_document()
    async with make_app(tmp_path, document).run_test(size=SIZE) as pilot:
        screen, article = await opened(pilot)
        await pilot.press("slash", *"paragraph", "enter")
        await pilot.pause()
        near_top = [m.start for m in article.matches]
        assert near_top and max(near_top) < len(document.text) // 2
        await pilot.press("G")
        await wait_for(pilot, lambda: bool(article.matches) and article.matches[-1].start > len(document.text) // 2)
        assert starts(document.text, "paragraph")[-1] in [m.start for m in article.matches]


async def test_escape_in_the_prompt_goes_back_to_the_origin(tmp_path: Path) -> None:
    document = big_document()
    async with make_app(tmp_path, document).run_test(size=SIZE) as pilot:
        screen, article = await opened(pilot)
        origin = paragraph_start(document, 10) + 3
        article.move_to(origin)
        await pilot.press("slash", *"marker")
        assert article.cursor != origin and screen.search_status
        await pilot.press("escape")
        await pilot.pause()
        assert article.cursor == origin and article.matches == [] and screen.search_status == ""


async def test_a_far_match_is_marked_on_the_screen_it_brings(tmp_path: Path) -> None:
    """The first match is far below the origin: the marks are the ones around it (on the new screen)."""
    document = big_document()
    markers = starts(document.text, "marker")
    async with make_app(tmp_path, document).run_test(size=SIZE) as pilot:
        screen, article = await opened(pilot)
        await pilot.press("slash", *"paragraph 1100 ")
        target = document.text.index("Paragraph 1100 ")
        assert article.cursor == target
        assert [m.start for m in article.matches] == [target]
        low, high = screen._visible_range()
        assert low <= target < high  # scrolled there in the same keystroke
        await pilot.press("backspace", *" b")
        assert article.cursor == target
        await pilot.press("escape")
        assert article.cursor == 0 and markers  # back at the origin


async def _burst(pilot: Pilot[None], keys: list[tuple[str, str]]) -> None:
    """Post keys as a fast typist's terminal delivers them: all queued before the first is handled (pilot.press
    waits for each key's handling, which hides the race)."""
    for key, character in keys:
        pilot.app.post_message(events.Key(key, character))
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_a_word_typed_right_after_slash_goes_to_the_prompt(tmp_path: Path) -> None:
    """A quick "/nato": `/` is a priority binding, so the prompt has focus before the letters are handed on
    (they reached the article: the note editor opened on `n`, the rest was lost)."""
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await _burst(pilot, [("slash", "/"), ("n", "n"), ("a", "a"), ("t", "t"), ("o", "o")])
        bar = app.screen.query_one(SearchBar)
        assert bar.value == "nato"
        assert app.focused is bar
        assert isinstance(app.screen, ReadingScreen)


async def test_keys_right_after_enter_go_to_the_article(tmp_path: Path) -> None:
    """A quick "/nato⏎n": the `n` is "next match" (it reached the prompt before Enter let go of focus, and the
    search became "naton"). Esc likewise."""
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        word = [("n", "n"), ("a", "a"), ("t", "t"), ("o", "o")]
        await _burst(pilot, [("slash", "/"), *word, ("enter", "\r"), ("n", "n")])
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        bar = screen.query_one(SearchBar)
        assert bar.value == "nato"
        assert app.focused is screen.article
        assert screen._current_index == 1  # the second match: `n` moved on from the first
        origin = screen.article.cursor
        await _burst(pilot, [("slash", "/"), ("x", "x"), ("escape", "\x1b"), ("j", "j")])
        assert app.focused is screen.article
        assert bar.value == "x"
        rows = screen.article.layout_rows
        assert rows.row_of(screen.article.cursor) > rows.row_of(origin)  # `j` moved the cursor, from the origin


async def test_the_prompt_closes_when_focus_leaves_it_and_keeps_the_search(tmp_path: Path) -> None:
    """Tab (or a click on the article) with the prompt open: the prompt closes, as Enter would, so the key bar
    it covers comes back; Esc in the article then clears the marks. (It stayed open over the key bar.)"""
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("h")  # an entry, so Tab has the panel to go to
        await pilot.pause()
        await pilot.press("slash", *"nato")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        bar = screen.query_one(SearchBar)
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is not bar
        assert not bar.display
        assert screen.search_has_match  # kept, as Enter keeps it
        bottom = 39
        assert app.screen.get_widget_at(2, bottom)[0] is not bar
        await pilot.click(ArticleView, offset=(10, 5))
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.search_has_match


async def test_the_prompt_stays_open_when_the_terminal_loses_focus(tmp_path: Path) -> None:
    """The terminal's window losing focus takes focus from every widget (Textual gives it back on return): the
    prompt stays open for the word being typed."""
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"nat")
        await pilot.pause()
        bar = app.screen.query_one(SearchBar)
        app.post_message(events.AppBlur())
        await pilot.pause()
        await pilot.pause()
        assert bar.display
        app.post_message(events.AppFocus())
        await pilot.pause()
        await pilot.pause()
        assert app.focused is bar and bar.display
        await pilot.press("o")
        assert bar.value == "nato"


async def test_the_prompt_is_mounted_after_start_up_once_whoever_asks_first(tmp_path: Path) -> None:
    """The start-up worker mounts the prompt, hidden (right after the fork, before a large document's parse),
    so the first `/` is as quick as the others; a `/` pressed before that (or during it) gets the same prompt,
    never a second."""
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        bars = app.screen.query(SearchBar)
        assert len(bars) == 1 and not bars.first().display
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        bars = app.screen.query(SearchBar)
        assert len(bars) == 1 and app.focused is bars.first()


async def test_a_pasted_long_query_is_cut_and_never_holds_the_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hostile review pasted 2,000 words ("a a a …") into `/` over a text of "a a a …": each 65,536-character
    block's count held the event loop ~2 s, so keys waited 2-11 s. The prompt keeps the first MAX_QUERY
    characters and says so; the search's blocks shrink with the query, so no slice (nor the keystroke's own
    search) holds the loop for long. (Loose bound for shared CPUs: the old slice took 2 s.)"""
    held: list[float] = []

    def timed(method_name: str) -> None:
        original = getattr(searching.SearchingMixin, method_name)

        def wrapper(self: searching.SearchingMixin, *args: object) -> object:
            started = time.perf_counter()
            try:
                return original(self, *args)
            finally:
                held.append(time.perf_counter() - started)

        monkeypatch.setattr(searching.SearchingMixin, method_name, wrapper)

    timed("_search_slice")
    timed("search_typed")
    document = Document("Repetition\n\n" + "a " * 200_000 + "\n\nEnd paragraph here.\n", path="rep.txt")
    async with make_app(tmp_path, document).run_test(size=SIZE, notifications=True) as pilot:
        screen, article = await opened(pilot)
        await pilot.press("slash")
        bar = screen.query_one(SearchBar)
        bar.post_message(events.Paste(" ".join(["a"] * 2000)))
        await wait_for(pilot, lambda: screen.search_status.startswith("match 1 of"))
        assert len(bar.value) == MAX_QUERY and bar.value == ("a " * MAX_QUERY)[:MAX_QUERY]
        assert any(TOO_LONG in str(n.message) for n in pilot.app._notifications)  # type: ignore[attr-defined]
        search = screen._search
        assert search is not None and search.block == MIN_BLOCK
        await wait_for(pilot, lambda: search.counted_to > 40 * MIN_BLOCK)
        await pilot.press("enter", "G")
        assert article.cursor > len(document.text) // 2  # the key went through while the count goes on
        assert len(held) > 20 and max(held) < 0.1, max(held)
        bar.insert_text_at_cursor("b")  # typing past the cap: nothing added
        assert len(bar.value) == MAX_QUERY
