"""Snapshots of the reading screen with highlights: every colour, an overlap, a note, the note editor, a filter.

The highlights are stored before the app starts (ids and times never reach the screen). Each ``run_before``
waits for the annotation and quotation workers and puts the cursor at a fixed place, so the pictures are stable.
Regenerate with ``pytest tests/snapshots --snapshot-update`` and look at the SVGs.
"""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from reader.annotation import Annotation
from reader.loader import load_document
from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.reading import ReadingScreen
from tests.conftest import SEED

SIZE = (120, 40)
NOTE = "Which values, exactly?"

# (colour, text to highlight, note, tags); "NATO build up in the region. So any attempt" overlaps the blue one.
HIGHLIGHTS = [
    ("yellow", "The Belarusian authorities", "", ()),
    ("green", "NATO Secretary General Jens Stoltenberg", "", ("nato",)),
    ("blue", "There is no military NATO build up in the region.", "", ("claim",)),
    ("pink", "NATO build up in the region. So any attempt", "", ()),
    ("purple", "fundamental values, fundamental rights", NOTE, ("values",)),
]


def make_app(store_path: Path) -> ReaderApp:
    document = load_document(SEED)
    store = Store(store_path)
    annotations = []
    for color, needle, note, tags in HIGHLIGHTS:
        start = document.text.index(needle)
        annotations.append(
            Annotation.create(
                doc_id=document.id, path=document.path, title=document.title, text_of_document=document.text,
                start=start, end=start + len(needle), color=color, note=note, tags=tags,
            )
        )
    store.put_many(annotations)
    return ReaderApp(store=store, paths=[SEED], document=document)


async def settle(pilot: Pilot[None], cursor_at: str | None = None) -> ReadingScreen:
    """Wait for the workers (annotations, quotations) and put the cursor at the start of ``cursor_at``."""
    app = pilot.app
    for _ in range(100):
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        if isinstance(screen, ReadingScreen) and screen.quotations and screen.session.annotations:
            break
    screen = app.screen
    assert isinstance(screen, ReadingScreen)
    assert len(screen.session.annotations) == len(HIGHLIGHTS)
    if cursor_at is not None:
        screen.article.move_to(screen.document.text.index(cursor_at))
    await pilot.pause()
    return screen


def test_reading_screen_with_every_colour_an_overlap_and_a_note(snap_compare, store_path: Path) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot, "According to him")

    assert snap_compare(make_app(store_path), terminal_size=SIZE, run_before=run_before)


def test_cursor_in_a_quote_underlines_it_and_marks_the_panel_entry(snap_compare, store_path: Path) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        screen = await settle(pilot, "region. So any attempt")
        assert screen.panel.entries.highlighted is not None

    assert snap_compare(make_app(store_path), terminal_size=SIZE, run_before=run_before)


def test_note_editor_open(snap_compare, store_path: Path) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot, "fundamental values")
        await pilot.press("n")
        await pilot.pause()

    assert snap_compare(make_app(store_path), terminal_size=SIZE, run_before=run_before)


def test_panel_filtered(snap_compare, store_path: Path) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot, "According to him")
        await pilot.press("tab", "slash", *"#nato")
        await pilot.pause()

    assert snap_compare(make_app(store_path), terminal_size=SIZE, run_before=run_before)
