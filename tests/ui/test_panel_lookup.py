"""The highlights list at 100,000 entries without a rebuild per change (issue 14: `h` cost ~60 ms in the id ->
index map and ~5-30 ms shifting every entry's top row): after any mix of inserts, removals and replacements,
every lookup by id gives the entry's true index (a removed id is a KeyError), and the blocked prefix sums of
the entries' heights agree with a plain one."""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right
from itertools import accumulate

import pytest
from textual.app import App, ComposeResult

import reader.ui.widgets.highlight_list as highlight_list
import reader.ui.widgets.row_tops as row_tops
from reader.annotation import Annotation
from reader.ui.widgets.highlight_list import Entry, HighlightList

TEXT = "The quick brown fox jumps over the lazy dog. " * 10


class ListApp(App[None]):
    CSS = "HighlightList { height: 1fr; }"

    def compose(self) -> ComposeResult:
        yield HighlightList(id="list")


def entry(number: int) -> Entry:
    start = number % 50
    return Entry(
        Annotation.create(doc_id="doc", path="d.txt", title="D", text_of_document=TEXT, start=start, end=start + 9)
    )


@pytest.mark.parametrize("max_drift", [3, 2048])
async def test_lookups_stay_right_through_inserts_removals_and_replacements(
    monkeypatch: pytest.MonkeyPatch, max_drift: int
) -> None:
    monkeypatch.setattr(highlight_list, "MAX_DRIFT", max_drift)
    rng = random.Random(max_drift)
    app = ListApp()
    async with app.run_test(size=(80, 24)) as pilot:
        listed = app.query_one(HighlightList)
        listed.set_entries([entry(n) for n in range(300)])
        removed: list[str] = []
        for step in range(400):
            choice = rng.random()
            if choice < 0.45:
                listed.insert_entry(rng.randrange(listed.option_count + 1), entry(1000 + step))
            elif choice < 0.8 and listed.option_count:
                index = rng.randrange(listed.option_count)
                removed.append(listed.get_option_at_index(index).id or "")
                listed.remove_entry(index)
            elif listed.option_count:
                index = rng.randrange(listed.option_count)
                old = listed.get_option_at_index(index)
                listed.replace_entry(index, Entry(old.annotation, not old.unsaved))
            for index in rng.sample(range(listed.option_count), min(5, listed.option_count)):
                assert listed.get_option_index(listed.get_option_at_index(index).id or "") == index
            if removed:
                with pytest.raises(KeyError):
                    listed.get_option_index(rng.choice(removed))
        await pilot.pause()
        for index in range(listed.option_count):
            assert listed.get_option_index(listed.get_option_at_index(index).id or "") == index


@pytest.mark.parametrize("block", [1, 2, 4, 512])
def test_row_tops_agree_with_a_plain_prefix_sum(monkeypatch: pytest.MonkeyPatch, block: int) -> None:
    """RowTops (the list's geometry) against ``accumulate`` after random inserts, removals and changes, as
    ``tops[i]``, ``height(i)`` and through ``bisect`` (how the list finds the entry on a row)."""
    monkeypatch.setattr(row_tops, "BLOCK", block)
    rng = random.Random(block)
    for _ in range(60):
        heights = [rng.randint(1, 7) for _ in range(rng.randint(0, 40))]
        tops = row_tops.RowTops(heights)
        for _ in range(40):
            choice = rng.random()
            if choice < 0.4:
                index, height = rng.randint(0, len(heights)), rng.randint(1, 7)
                heights.insert(index, height)
                tops.insert(index, height)
            elif choice < 0.7 and heights:
                index = rng.randrange(len(heights))
                del heights[index]
                tops.delete(index)
            elif heights:
                index, height = rng.randrange(len(heights)), rng.randint(1, 7)
                heights[index] = height
                tops.set(index, height)
            expected = list(accumulate(heights, initial=0))
            assert [tops[i] for i in range(len(tops))] == expected and tops[-1] == expected[-1]
            assert [tops.height(i) for i in range(len(heights))] == heights
            for row in range(-1, expected[-1] + 2):
                assert bisect_right(tops, row) == bisect_right(expected, row)
                assert bisect_left(tops, row) == bisect_left(expected, row)
