"""Quotations on the reading screen while they are being found: keys never wait for the finder, `]`/`[` and `Q`
work on what is found so far and say how far the finder got, the child process ends with the app, and the top bar
says who said the quotation under the cursor.

No timing assertions: the finder is made slow (or stopped) by patching it, and the tests assert the state.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.pilot import Pilot
from textual.widgets import Static

from reader.document import Document
from reader.loader import load_document
from reader.quotes import Detection, Quotation
from reader.quotes import background as bg
from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.quotes import QuotesScreen
from reader.ui.screens.quoting import QuotingMixin
from reader.ui.screens.reading import ReadingScreen
from reader.ui.widgets.top_bar import SPEAKER_CELLS, QuoteNote, TopBar
from tests.conftest import SEED
from tests.ui.support import rendered_text


def reading_app(tmp_path: Path, path: Path = SEED) -> ReaderApp:
    return ReaderApp(store=Store(tmp_path / "a.json"), paths=[path], document=load_document(path))


def screen_of(app: ReaderApp) -> ReadingScreen:
    screen = next(s for s in app.screen_stack if isinstance(s, ReadingScreen))
    return screen


def announced(screen: ReadingScreen) -> str:
    """What the top bar says in answer to a key (and it is on the bar)."""
    bar = screen.query_one(TopBar)
    assert bar.notice in rendered_text(bar)
    return bar.notice


def bar(app: ReaderApp) -> str:
    return rendered_text(screen_of(app).query_one(TopBar))


async def until(pilot: Pilot[None], condition: object, what: str) -> None:
    """Let the app run until ``condition()`` holds (a bound on the waiting, not a timing assertion)."""
    for _ in range(400):
        if condition():  # type: ignore[operator]
            return
        await pilot.pause(0.05)
    raise AssertionError(f"never: {what}")


def spin_forever_in_the_child(monkeypatch: pytest.MonkeyPatch) -> None:
    """The finder, in the child only, computes for ever (holding its own interpreter, not the app's)."""
    parent = os.getpid()
    original = Detection.__init__

    def spinning(self: Detection, document: Document, collect: object = None) -> None:
        while os.getpid() != parent:
            sum(range(10_000))
        original(self, document)

    monkeypatch.setattr(Detection, "__init__", spinning)


async def test_keys_work_while_a_slow_finder_runs_and_quitting_ends_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bg, "IN_PROCESS_CHARS", 0)  # the seed goes to a child, as a large article does
    spin_forever_in_the_child(monkeypatch)
    app = reading_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: bg._LIVE, "the finder's child started")
        (pid,) = bg._LIVE
        screen = screen_of(app)
        before = screen.article.cursor
        await pilot.press("j")
        assert screen.article.cursor != before
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert announced(screen) == "Finding quotations… 0%"
        assert screen.finding_quotations and not screen.quotations
        await pilot.press("Q")
        await pilot.pause()
        quotes = app.screen
        assert isinstance(quotes, QuotesScreen)
        assert str(quotes.query_one("#quotes-title", Static).render()) == "Finding quotations… 0%"
        await pilot.press("escape")
        await pilot.press("q")
    for _ in range(200):  # the worker is cancelled on quit and kills the child; let it get there
        if pid not in bg._LIVE:
            break
        time.sleep(0.05)
    assert pid not in bg._LIVE
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # reaped already: no zombie


def late_finder(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The finder (in this process: the seed is small) waits until the returned event is set (set it in a
    ``finally``: the test must not leave a thread waiting 30 s)."""
    release = threading.Event()
    original = Detection.__init__

    def waiting(self: Detection, document: Document, collect: object = None) -> None:
        release.wait(30)
        original(self, document)

    monkeypatch.setattr(Detection, "__init__", waiting)
    return release


async def test_a_finder_that_is_late_delivers_and_brackets_then_jump(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = late_finder(monkeypatch)
    app = reading_app(tmp_path)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            screen = screen_of(app)
            await pilot.pause()
            await pilot.press("right_square_bracket")
            await pilot.pause()
            assert announced(screen).startswith("Finding quotations…")
            release.set()
            await until(pilot, lambda: not screen.finding_quotations, "quotations found")
            await pilot.pause()
            # the `]` pressed while the finder was late is carried out when the quotation is found
            assert screen.article.cursor == screen.quotations[0].start
            assert not screen.query_one(TopBar).notice
            await pilot.press("right_square_bracket")
            await pilot.pause()
            assert screen.article.cursor == screen.quotations[1].start
    finally:
        release.set()


@pytest.mark.parametrize("keys", [("j", "j"), ("h",)])
async def test_a_waiting_bracket_is_dropped_when_the_reader_moves_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keys: tuple[str, ...]
) -> None:
    """Moving the cursor, or any other key (`h` highlights where the cursor is), calls the waiting `]` off."""
    release = late_finder(monkeypatch)
    app = reading_app(tmp_path)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            screen = screen_of(app)
            await pilot.pause()
            await pilot.press("right_square_bracket")
            await pilot.press(*keys)
            moved = screen.article.cursor
            release.set()
            await until(pilot, lambda: not screen.finding_quotations, "quotations found")
            await pilot.pause()
            assert screen.article.cursor == moved  # the reader went on reading: no jump from under them
    finally:
        release.set()


async def test_brackets_and_the_list_work_on_what_is_found_so_far(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QuotingMixin, "load_quotations", lambda self: None)  # the test delivers the payloads
    app = reading_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = screen_of(app)
        article = screen.article
        first, rest = list(bg.payloads(screen.document, chars=1))  # the seed: two ranges of three quotations
        screen._quotations_arrived(first)
        await pilot.pause()
        known = list(screen.quotations)
        assert len(known) == 3 and screen.finding_quotations
        percent = int(screen.quotes_progress() * 100)  # type: ignore[operator]
        assert 0 < percent < 100
        for quotation in known:
            await pilot.press("right_square_bracket")
            assert article.cursor == quotation.start
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert article.cursor == known[-1].start  # no wrap: the next one may not be found yet
        assert announced(screen) == f"Finding quotations… {percent}%"
        article.move_to(len(screen.document.text) - 1)
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert article.cursor == len(screen.document.text) - 1  # past what is known: [ would skip unfound ones
        await pilot.press("Q")
        await pilot.pause()
        quotes = app.screen
        assert isinstance(quotes, QuotesScreen)
        title = str(quotes.query_one("#quotes-title", Static).render())
        assert title.startswith(f"Quotations found so far (3), finding quotations… {percent}%")
        assert quotes.list.count == 3
        screen._quotations_arrived(rest)  # more found while the list is open: it grows
        await pilot.pause()
        assert quotes.list.count == 6
        assert screen.query_one(TopBar).notice == ""  # the finder is done: "Finding…" goes at once
        assert str(quotes.query_one("#quotes-title", Static).render()).startswith("Quotations (6) —")
        last = quotes.list.render_line(5 - int(quotes.list.scroll_offset.y)).text
        assert str(screen.quotations[5].speaker_full) in last
        await pilot.press("escape")
        assert not screen.finding_quotations
        article.move_to(screen.quotations[-1].start)
        await pilot.press("right_square_bracket")
        assert article.cursor == screen.quotations[0].start  # done: ] wraps again


async def test_the_provisional_first_range_serves_brackets_until_the_real_result_replaces_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large article's first range needs the whole text read (seconds): the finder first sends the start's
    quotations, found as if the article ended there; `]` goes to them, and the real result replaces them."""
    monkeypatch.setattr(QuotingMixin, "load_quotations", lambda self: None)  # the test delivers the payloads
    monkeypatch.setattr(bg, "PROVISIONAL_MIN_CHARS", 0)
    monkeypatch.setattr(bg, "PROVISIONAL_CHARS", 2_500)
    app = reading_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = screen_of(app)
        article = screen.article
        early = bg.provisional_payload(screen.document)
        assert early is not None
        screen._provisional_arrived(early)
        await pilot.pause()
        provisional = list(screen.quotations)
        assert provisional and screen.finding_quotations and screen._provisional
        await pilot.press("right_square_bracket")
        assert article.cursor == provisional[0].start
        for payload in bg.payloads(screen.document, chars=1):
            screen._quotations_arrived(payload)
        await pilot.pause()
        whole = list(screen.quotations)
        assert not screen._provisional and not screen.finding_quotations
        assert len(whole) > len(provisional)
        assert [q.start for q in whole[: len(provisional)]] == [q.start for q in provisional]
        assert [span.start for span in article.quotation_spans] == [q.start for q in whole]  # nothing twice
        screen._provisional_arrived(early)  # late (it never is): ignored
        assert list(screen.quotations) == whole


async def test_a_payload_out_of_order_is_reported_once_and_reading_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The table refuses a range that does not follow the last (a finder's bug): a warning, no traceback, the
    quotations found so far kept, later ranges ignored; a damaged provisional range is only dropped."""
    monkeypatch.setattr(QuotingMixin, "load_quotations", lambda self: None)  # the test delivers the payloads
    app = reading_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = screen_of(app)
        first, rest = list(bg.payloads(screen.document, chars=1))
        screen._provisional_arrived(rest)  # numbered from 3: refused, dropped quietly
        assert not screen.quotations and not screen._quotes_failed
        screen._quotations_arrived(rest)  # out of order: refused
        await pilot.pause()
        assert screen._quotes_failed and not screen.finding_quotations
        screen._quotations_arrived(first)  # ignored from then on
        assert not screen.quotations
        await pilot.press("j")
        assert app.is_running


async def test_the_top_bar_says_who_said_the_quotation_under_the_cursor(tmp_path: Path) -> None:
    app = reading_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = screen_of(app)
        await until(pilot, lambda: not screen.finding_quotations, "quotations found")
        first: Quotation = screen.quotations[0]
        assert "…" not in bar(app)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert f"{first.open}…{first.close} — {first.speaker_full} · {first.kind}" in bar(app)
        await pilot.press("g")  # back to the title: off every quotation
        await pilot.pause()
        assert screen.article.cursor == 0 and "…" not in bar(app) and " · " not in bar(app)


async def test_a_term_has_no_speaker_in_the_top_bar(tmp_path: Path) -> None:
    path = tmp_path / "term.txt"
    path.write_text("A title\n\nThe so-called “peace dividend” is gone, critics say.\n", encoding="utf-8")
    app = reading_app(tmp_path, path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = screen_of(app)
        await until(pilot, lambda: not screen.finding_quotations, "quotations found")
        (term,) = screen.quotations
        assert term.kind == "term"
        screen.article.move_to(term.start + 2)
        await pilot.pause()
        text = bar(app)
        assert "“…” · term" in text and "—" not in text


def test_the_note_is_sanitised_and_bounded() -> None:
    note = QuoteNote.of("«", "»", "Evil", "Evil\x1b]0;pwned\x07 " + "Name" * 20, "speech")
    assert note.marks == "«…»" and note.speaker is not None
    assert "\x1b" not in note.speaker and "\x07" not in note.speaker
    assert len(note.speaker) <= SPEAKER_CELLS and note.speaker.endswith("…")
    assert QuoteNote.of(">", "", None, None, "speech") == QuoteNote("“…”", None, "speech")
    wide = QuoteNote.of("“", "”", None, "習近平國家主席與中華人民共和國國務院總理李強同志", "speech").speaker
    assert wide is not None and wide.endswith("…")
    assert cell_len(wide) <= SPEAKER_CELLS  # counted in cells, not characters (a CJK name is twice as wide)
