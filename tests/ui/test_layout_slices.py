"""The background layout (issue 14, item 1): short slices that repaint nothing of the article (the rows shown
do not change while rows are added below them; only the scroll bar and the top bar's progress do)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.document import Document
from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.widgets import article_layout
from reader.ui.widgets.article_view import ArticleView


def big_document() -> Document:
    body = "\n\n".join(f"Paragraph {n} of the dispatch: " + "several words here " * (10 + n % 20) for n in range(3000))
    return Document.from_text("A long article\n\n" + body)


async def test_layout_slices_repaint_no_row_of_the_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(article_layout, "SLICE_SECONDS", 0.0005)
    monkeypatch.setattr(article_layout, "WAIT_FOR_FRAME_SECONDS", 0.0)  # slices run by hand, before a frame
    app = ReaderApp(store=Store(tmp_path / "a.json"), paths=[], document=big_document())
    async with app.run_test(size=(120, 40)) as pilot:
        article = app.screen.query_one(ArticleView)  # no pause first: the slices would finish the layout
        layout = article.layout_rows
        assert not layout.complete  # the first screen was laid out at once, the rest waits for the slices
        refreshes: list[tuple[object, ...]] = []
        original = ArticleView.refresh

        def refresh(self: ArticleView, *regions: object, **options: object) -> ArticleView:
            refreshes.append((regions, options))
            return original(self, *regions, **options)  # type: ignore[arg-type]

        monkeypatch.setattr(ArticleView, "refresh", refresh)
        rows_before = len(layout)
        for _ in range(5):
            article._layout_slice()
        assert len(layout) > rows_before
        assert refreshes == []
        monkeypatch.setattr(ArticleView, "refresh", original)
        while not article.layout_rows.complete:
            await pilot.pause(0.01)
        assert article.virtual_size.height == len(article.layout_rows)  # the scroll bar knows every row
        await pilot.press("G")
        await pilot.pause()
        assert article.cursor == article.document.blocks[-1].start


def _slices_by_hand(monkeypatch: pytest.MonkeyPatch) -> None:
    """Layout slices run only when the test calls them (``_layout_slice()``), as the test above does: a pilot's
    key waits for the app to be idle, and the slices would finish a layout this size meanwhile."""
    monkeypatch.setattr(article_layout, "call_later", lambda *args, **kwargs: None)
    monkeypatch.setattr(article_layout, "SLICE_SECONDS", 0.0005)
    monkeypatch.setattr(article_layout, "JUMP_SLICE_SECONDS", 0.0005)
    monkeypatch.setattr(article_layout, "WAIT_FOR_FRAME_SECONDS", 0.0)


async def test_G_before_the_layout_is_done_goes_to_the_end_once_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`G` while the layout runs does not lay out the rest at once (that froze the UI ~1.5 s at 20 MB): the top
    bar says where it is going and the view goes to the end when the layout gets there; a cursor move first
    calls it off."""
    from reader.ui.widgets.top_bar import TopBar

    _slices_by_hand(monkeypatch)
    app = ReaderApp(store=Store(tmp_path / "a.json"), paths=[], document=big_document())
    async with app.run_test(size=(120, 40)) as pilot:
        article = app.screen.query_one(ArticleView)
        await pilot.press("G")
        assert article.pending_jump == (None, False) and not article.layout_rows.complete
        assert article.cursor < article.document.blocks[-1].start  # not there yet
        await pilot.pause()
        assert "to the end: laying out" in app.screen.query_one(TopBar).status
        while not article.layout_rows.complete:
            article._layout_slice()
        await pilot.pause()
        assert article.cursor == article.document.blocks[-1].start and article.pending_jump is None
        assert article.scroll_offset.y == article.max_scroll_y
        assert "to the end" not in app.screen.query_one(TopBar).status


async def test_a_cursor_move_calls_off_a_waiting_G(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _slices_by_hand(monkeypatch)
    app = ReaderApp(store=Store(tmp_path / "a.json"), paths=[], document=big_document())
    async with app.run_test(size=(120, 40)) as pilot:
        article = app.screen.query_one(ArticleView)
        await pilot.press("G")
        assert article.pending_jump is not None
        await pilot.press("j")
        assert article.pending_jump is None
        while not article.layout_rows.complete:
            article._layout_slice()
        await pilot.pause()
        assert article.cursor < article.document.blocks[2].start  # still near the top


async def test_a_far_jump_waits_for_the_layout_then_lands_centred(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The outline, the panel's Enter, the quotations list and a restored position jump with
    ``jump_when_laid_out``: a target not laid out yet is reached when the layout gets there."""
    from reader.ui.widgets.top_bar import TopBar

    _slices_by_hand(monkeypatch)
    app = ReaderApp(store=Store(tmp_path / "a.json"), paths=[], document=big_document())
    async with app.run_test(size=(120, 40)) as pilot:
        article = app.screen.query_one(ArticleView)
        target = article.document.blocks[2500].start + 5
        article.jump_when_laid_out(target, center=True)
        assert article.pending_jump == (target, True) and article.cursor != target
        await pilot.pause()
        assert "going there: laying out" in app.screen.query_one(TopBar).status
        while article.pending_jump is not None:
            article._layout_slice()
        await pilot.pause()
        assert article.cursor == target
        row = article.layout_rows.row_of(target)
        top = int(article.scroll_offset.y)
        assert top <= row < top + article.scrollable_content_region.height  # in view
        near = article.document.blocks[1].start
        article.jump_when_laid_out(near)  # laid out already: at once
        assert article.cursor == near and article.pending_jump is None


def test_quotation_at_finds_what_a_scan_finds() -> None:
    """The quotation under an offset, with the reach index, against a plain scan: nested, overlapping, touching
    and far-apart spans; the one starting last wins when several hold the offset."""
    import random

    from reader.document import Span

    rng = random.Random(14)
    spans = sorted(
        (Span(start, start + rng.choice((1, 5, 40, 300, 5000))) for start in rng.sample(range(20_000), 400)),
        key=lambda span: (span.start, span.end),
    )
    view = ArticleView(big_document())
    for lo, hi in ((0, 1), (1, 150), (150, 151), (151, 400)):  # delivered range by range, as the finder does
        view.add_quotations(spans[lo:hi])
    assert view.quotation_spans == spans

    def scan(offset: int) -> int | None:
        found = [i for i, span in enumerate(spans) if span.start - 1 <= offset <= span.end]
        return max(found, key=lambda i: (spans[i].start, i)) if found else None

    for offset in [*range(0, 25_000, 7), *(s.start - 2 for s in spans), *(s.end + 1 for s in spans)]:
        assert view.quotation_at(offset) == scan(offset), offset


def test_overlapping_workers_give_the_switch_interval_back() -> None:
    """Two documents' start-up workers can overlap: the interval from before the first returns after the last."""
    import sys

    from reader.ui.worker_manners import WORKER_SWITCH_INTERVAL, short_switch_interval

    before = sys.getswitchinterval()
    first = short_switch_interval()
    second = short_switch_interval()
    first.__enter__()
    assert sys.getswitchinterval() == min(before, WORKER_SWITCH_INTERVAL)
    second.__enter__()
    first.__exit__(None, None, None)  # the first worker ends while the second still runs
    assert sys.getswitchinterval() == min(before, WORKER_SWITCH_INTERVAL)
    second.__exit__(None, None, None)
    assert sys.getswitchinterval() == before


async def test_a_slice_gives_way_to_a_frame_not_made_yet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A key's frame comes before the next layout slice: while the article has asked for a paint (a key moved the
    cursor) or the app has input queued, a slice due lays out nothing; once the rows are painted it goes on."""
    monkeypatch.setattr(article_layout, "SLICE_SECONDS", 0.0005)
    input_waiting = [False]
    monkeypatch.setattr(ArticleView, "_input_waiting", lambda self: input_waiting[0])
    app = ReaderApp(store=Store(tmp_path / "a.json"), paths=[], document=big_document())
    async with app.run_test(size=(120, 40)):
        article = app.screen.query_one(ArticleView)  # no pause: the slices would finish the layout
        layout = article.layout_rows
        assert not layout.complete
        article.render_line(0)  # what was asked for so far is painted
        article.refresh_lines(3)  # a key's repaint, asked for and not made yet
        rows = len(layout)
        article._layout_slice()
        assert len(layout) == rows
        article.render_line(3)  # the frame is made
        input_waiting[0] = True  # ... and another key is waiting
        article._layout_slice()
        assert len(layout) == rows
        input_waiting[0] = False
        article._layout_slice()
        assert len(layout) > rows


async def test_a_slice_ends_as_soon_as_the_terminal_reads_a_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A key read by the terminal's input thread is not in the app's queue until the event loop is free: a slice
    due gives way to it, and a running slice stops after the block it is on (it ran its whole 4 ms before)."""
    import time

    _slices_by_hand(monkeypatch)
    monkeypatch.setattr(article_layout, "SLICE_SECONDS", 10.0)  # only the key can end it
    monkeypatch.setattr(article_layout, "WAIT_FOR_FRAME_SECONDS", 0.05)  # a due slice gives way (briefly)
    app = ReaderApp(store=Store(tmp_path / "a.json"), paths=[], document=big_document())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()  # the app idle (slices run by hand only)
        article = app.screen.query_one(ArticleView)
        layout = article.layout_rows
        blocks = layout.laid_blocks
        app.input_arrived_at = time.perf_counter()  # read, not taken
        article._layout_slice()
        assert layout.laid_blocks == blocks  # gave way before starting
        app.input_arrived_at = 0.0
        arrive_after = blocks + 40
        original = layout.extend

        def extend(**options: object) -> int:
            interrupted = options["interrupted"]

            def key_at_block() -> bool:
                if layout.laid_blocks >= arrive_after:
                    app.input_arrived_at = time.perf_counter()
                return interrupted()  # type: ignore[operator, no-any-return]

            return original(**{**options, "interrupted": key_at_block})  # type: ignore[arg-type]

        monkeypatch.setattr(layout, "extend", extend)
        article._layout_slice()
        assert layout.laid_blocks == arrive_after  # stopped at the block the key came in
        assert not layout.complete


async def test_layout_progress_waits_for_a_pause_in_the_keys_and_is_one_frame(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The background layout's report (the scroll bar's growth and the top bar's "laying out 40%") waits while
    keys come (at most PROGRESS_SECONDS_MAX), and the scroll bar grows only as the screen takes the report,
    with the top bar, in one frame."""
    import time

    from reader.ui.widgets.top_bar import TopBar

    _slices_by_hand(monkeypatch)
    app = ReaderApp(store=Store(tmp_path / "a.json"), paths=[], document=big_document())
    async with app.run_test(size=(120, 40)) as pilot:
        article = app.screen.query_one(ArticleView)
        now = time.perf_counter()
        article._reported = now - article_layout.PROGRESS_SECONDS - 0.01
        app.key_at = now  # a key a moment ago
        assert not article._progress_due(now)
        app.key_at = now - article_layout.KEYS_QUIET_SECONDS - 0.01
        assert article._progress_due(now)
        app.key_at = now
        article._reported = now - article_layout.PROGRESS_SECONDS_MAX - 0.01
        assert article._progress_due(now)  # keys held down: not for ever
        article._reported = now

        article._layout_slice()
        article._layout_slice()
        rows_shown = article.virtual_size.height
        assert rows_shown < len(article.layout_rows)
        article._report_layout(time.perf_counter())
        assert article.virtual_size.height == rows_shown  # not yet: with the top bar, as the screen takes it
        await pilot.pause()
        assert article.virtual_size.height == len(article.layout_rows)
        assert "laying out" in app.screen.query_one(TopBar).status
