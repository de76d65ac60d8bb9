"""`h` and `u` within one frame (issue 14): the article's mark, the panel's entry and its title (and for `u` the key
bar's "Undid ...") go to the terminal in the same refresh, and with entries already listed neither key costs a
layout pass of the whole screen.

Counted, not timed: the screen's layout passes (``_refresh_layout`` other than a scroll-only reflow) and its
refreshes (``_compositor_refresh``, one per frame written), with the widgets each refresh drew. The "not saved
yet" mark is drawn only for a write slower than ``MARK_UNSAVED_AFTER``; the tests raise it, so a slow test
machine does not turn a quick write into a second frame.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from textual.content import Content
from textual.pilot import Pilot
from textual.widgets import Static

from reader.ui.screens import saving
from reader.ui.screens.reading import ReadingScreen
from reader.ui.widgets.highlight_panel import HighlightPanel
from reader.ui.widgets.key_bar import KeyBar
from tests.ui.support import seed_app

PARAGRAPHS = (92, 415, 669)
"""Offsets of the seed's first three paragraphs (see tests/ui/test_annotating_keys.py)."""


@dataclass
class Frames:
    """What the screen did since the last :meth:`clear`: layout passes, and the widgets each refresh drew."""

    layouts: int = 0
    drawn: list[set[str]] = field(default_factory=list)

    def clear(self) -> None:
        self.layouts = 0
        self.drawn.clear()


def watch(screen: ReadingScreen) -> Frames:
    """Count ``screen``'s layout passes and refreshes (instance attributes shadow the methods Textual calls)."""
    frames = Frames()
    refresh_layout, compositor_refresh = screen._refresh_layout, screen._compositor_refresh

    def counted_layout(size: object = None, scroll: bool = False) -> None:
        if not (scroll and not screen._layout_widgets):  # what Screen._refresh_layout reflows in full
            frames.layouts += 1
        refresh_layout(size, scroll)  # type: ignore[arg-type]

    def counted_refresh() -> None:
        drawn = {widget.id or type(widget).__name__ for widget in screen._dirty_widgets}
        frames.drawn.append(drawn | ({"layout"} if screen._layout_widgets or frames.layouts else set()))
        compositor_refresh()

    screen._refresh_layout = counted_layout  # type: ignore[method-assign]
    screen._compositor_refresh = counted_refresh  # type: ignore[method-assign]
    return frames


def drawn_title(panel: HighlightPanel) -> str:
    """The text the panel's title widget draws (not only the heading it was given)."""
    rendered = panel.query_one("#panel-title", Static).render()
    assert isinstance(rendered, Content)
    return rendered.plain


def drawn_list(panel: HighlightPanel) -> list[str]:
    """The rows the list draws, as text without trailing blanks."""
    entries = panel.entries
    return [entries.render_line(y).text.rstrip() for y in range(entries.scrollable_content_region.height)]


async def settle(pilot: Pilot[None]) -> None:
    """Let the key's messages, the write's return and any late refresh run."""
    await pilot.pause()
    pilot.app.writer.drain()  # type: ignore[attr-defined]
    await pilot.pause(0.2)
    await pilot.pause()


async def start(pilot: Pilot[None]) -> ReadingScreen:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ReadingScreen)
    return screen


@pytest.fixture(autouse=True)
def quick_writes_unmarked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(saving, "MARK_UNSAVED_AFTER", 60.0)


async def test_h_and_u_with_entries_listed_cost_no_layout_and_one_frame(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start(pilot)
        panel, article = screen.query_one(HighlightPanel), screen.article
        article.move_to(PARAGRAPHS[0])
        await pilot.press("h")
        await settle(pilot)
        article.move_to(PARAGRAPHS[1])
        await settle(pilot)
        frames = watch(screen)

        await pilot.press("h")
        await settle(pilot)
        assert frames.layouts == 0
        assert len(frames.drawn) == 1, frames.drawn  # the write's return draws nothing
        (drawn,) = frames.drawn
        assert {"article", "panel-list", "panel-title"} <= drawn
        assert panel.entries.option_count == 2 and drawn_title(panel) == "Highlights (2)"
        assert {entry.id for entry in panel.entries.entries} == set(screen.session.annotations)

        frames.clear()
        await pilot.press("u")
        await settle(pilot)
        assert frames.layouts == 0
        assert len(frames.drawn) == 1, frames.drawn  # "Undid highlight" is in the key bar, not a toast after it
        assert {"article", "panel-list", "panel-title", "KeyBar"} <= frames.drawn[0]
        assert screen.query_one(KeyBar).note == "Undid highlight"
        assert panel.entries.option_count == 1 and drawn_title(panel) == "Highlights (1)"
        assert [entry.id for entry in panel.entries.entries] == list(screen.session.annotations)


async def test_the_first_h_and_its_undo_cost_no_layout_and_one_frame(tmp_path: Path) -> None:
    """The empty state gives way to the first entry, and comes back with `u`, without a layout pass: the title
    stays one line, and the list, mounted with the panel, draws the empty state itself."""
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start(pilot)
        panel, article = screen.query_one(HighlightPanel), screen.article
        assert not panel.has_entries and drawn_list(panel)[:3] == ["", "No highlights yet.", ""]
        assert not panel.entries.focusable
        article.move_to(PARAGRAPHS[0])
        await settle(pilot)
        frames = watch(screen)

        await pilot.press("h")
        await settle(pilot)
        assert frames.layouts == 0
        assert len(frames.drawn) == 1, frames.drawn
        assert {"article", "panel-list", "panel-title"} <= frames.drawn[0]
        assert panel.has_entries and panel.entries.focusable and drawn_title(panel) == "Highlights (1)"
        assert drawn_list(panel)[0].startswith("▌ “The Belarusian authorities")

        frames.clear()
        await pilot.press("u")
        await settle(pilot)
        assert frames.layouts == 0
        assert len(frames.drawn) == 1, frames.drawn
        assert {"article", "panel-list", "panel-title", "KeyBar"} <= frames.drawn[0]
        assert not panel.has_entries and drawn_title(panel) == "Highlights (0)"
        assert drawn_list(panel)[1] == "No highlights yet."


async def test_a_slow_write_is_marked_until_it_returns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A write that has not returned within MARK_UNSAVED_AFTER shows "not saved yet" until it returns."""
    monkeypatch.setattr(saving, "MARK_UNSAVED_AFTER", 0.05)
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start(pilot)
        panel = screen.query_one(HighlightPanel)
        screen.article.move_to(PARAGRAPHS[0])
        writer, disk = app.writer, threading.Event()
        submit = writer.submit

        def slow(job: Callable[[], None]) -> Future[None]:
            def later() -> None:
                disk.wait(10)
                job()

            return submit(later)

        monkeypatch.setattr(writer, "submit", slow)
        await pilot.press("h")
        await pilot.pause(0.3)
        (annotation_id,) = screen.session.annotations
        assert annotation_id in screen.marked_unsaved
        assert panel.entries.entries[0].unsaved
        disk.set()
        await settle(pilot)
        assert annotation_id not in screen.unsaved and annotation_id not in screen.marked_unsaved
        assert not panel.entries.entries[0].unsaved
