"""The highlights list with entries of mixed heights: row -> entry (clicks, drawing) and entry -> rows (scrolling,
paging) agree with what is drawn, and inserting at 100,000 entries shifts the offsets without re-wrapping."""

from __future__ import annotations

import time

from textual.app import App, ComposeResult

from reader.annotation import Annotation
from reader.ui.widgets.highlight_list import (
    MAX_ENTRY_HEIGHT,
    Entry,
    HighlightList,
    entry_height,
    entry_lines,
    text_columns,
)

TEXT = "The quick brown fox jumps over the lazy dog, and then it runs far away into the hills. " * 4
LONG_NOTE = " ".join(f"word{n}" for n in range(80))


class ListApp(App[None]):
    """Nothing but a highlights list showing ``entries``."""

    CSS = "HighlightList { height: 1fr; }"

    def __init__(self, entries: list[Entry]) -> None:
        super().__init__()
        self.entries = entries
        self.selected: list[int] = []

    def compose(self) -> ComposeResult:
        yield HighlightList(id="list")

    def on_mount(self) -> None:
        self.query_one(HighlightList).set_entries(self.entries)

    def on_highlight_list_option_selected(self, message: HighlightList.OptionSelected) -> None:
        self.selected.append(message.option_index)


def annotation(number: int, *, short: bool = False, note: str = "", tags: tuple[str, ...] = ()) -> Annotation:
    start = number % 10
    return Annotation.create(
        doc_id="doc", path="doc.txt", title="Doc", text_of_document=TEXT,
        start=start, end=start + (5 if short else 200), note=note, tags=tags,
    )


def mixed(count: int) -> list[Entry]:
    """Entries cycling through short, long, noted and tagged highlights."""
    kinds = [
        lambda n: Entry(annotation(n, short=True)),
        lambda n: Entry(annotation(n, note=LONG_NOTE, tags=("tag",))),
        lambda n: Entry(annotation(n)),
        lambda n: Entry(annotation(n, short=True, note="a note")),
    ]
    return [kinds[n % len(kinds)](n) for n in range(count)]


async def test_clicking_a_row_selects_the_entry_drawn_on_it() -> None:
    app = ListApp(mixed(40))
    async with app.run_test(size=(50, 30)) as pilot:
        await pilot.pause()
        entries = app.query_one(HighlightList)
        heights = {entries.entry_rows(i) for i in range(8)}
        assert len(heights) > 2  # mixed heights, not one fixed height
        entries.scroll_to(y=entries.entry_top(9) + 1, animate=False, immediate=True)
        await pilot.pause()
        width = entries.scrollable_content_region.width
        for y in (0, 3, 7, 12, 20):
            row = int(entries.scroll_offset.y) + y  # a click may scroll its entry wholly into view
            index = entries.entry_at_row(row)
            assert index is not None
            assert entries.entry_top(index) <= row < entries.entry_top(index) + entries.entry_rows(index)
            # The row shows that entry's text (or its blank separator).
            line = row - entries.entry_top(index)
            drawn = entries.render_line(y).text[2:].strip()
            if line < entries.entry_rows(index) - 1:
                lines = entry_lines(entries.get_option_at_index(index), text_columns(width))
                assert drawn == lines[line][0].strip()
            else:
                assert not drawn
            await pilot.click(entries, offset=(5, y))
            await pilot.pause()
            assert entries.highlighted == index
            assert app.selected[-1] == index


async def test_scroll_to_highlight_shows_a_tall_entry_whole() -> None:
    entries_list = mixed(60)
    app = ListApp(entries_list)
    async with app.run_test(size=(50, 20)) as pilot:
        await pilot.pause()
        entries = app.query_one(HighlightList)
        tall = 41  # n % 4 == 1: a long quote, tags and three lines of note
        assert entries.entry_rows(tall) == MAX_ENTRY_HEIGHT
        entries.highlighted = tall  # from the top: the entry is below the view
        await pilot.pause()
        height = entries.scrollable_content_region.height
        top, bottom = entries.entry_top(tall), entries.entry_top(tall) + entries.entry_rows(tall)
        assert entries.scroll_y <= top and bottom <= entries.scroll_y + height
        assert bottom == entries.scroll_y + height  # scrolled just enough
        entries.highlighted = 5  # above the view
        await pilot.pause()
        assert entries.scroll_y == entries.entry_top(5)


async def test_page_down_steps_by_the_entries_that_fit() -> None:
    app = ListApp(mixed(60))
    async with app.run_test(size=(50, 20)) as pilot:
        await pilot.pause()
        entries = app.query_one(HighlightList)
        entries.focus()
        await pilot.press("pagedown")
        await pilot.pause()
        index = entries.highlighted
        assert index is not None and index > 1
        height = entries.scrollable_content_region.height
        assert entries.entry_top(index) <= height < entries.entry_top(index + 1)
        await pilot.press("pageup")
        await pilot.pause()
        assert entries.highlighted == 0


async def test_insert_at_100000_entries_shifts_offsets_without_rewrapping() -> None:
    many = mixed(100_000)
    app = ListApp(many)
    async with app.run_test(size=(50, 20)) as pilot:
        await pilot.pause()
        entries = app.query_one(HighlightList)
        width = entries.scrollable_content_region.width
        total = entries.virtual_size.height
        new = Entry(annotation(7, note=LONG_NOTE))
        started = time.perf_counter()
        entries.insert_entry(10, new)
        elapsed = time.perf_counter() - started
        assert entries.virtual_size.height == total + entry_height(new, width)
        assert entries.entry_rows(10) == entry_height(new, width)
        assert entries.entry_top(11) == entries.entry_top(10) + entry_height(new, width)
        assert entries.entry_rows(100_000) == entry_height(many[-1], width)
        assert elapsed < 0.5  # generous for slow machines; about 5 ms here
        entries.remove_entry(10)
        assert entries.virtual_size.height == total
