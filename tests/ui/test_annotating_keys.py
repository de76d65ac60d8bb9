"""Every key of the reading screen that makes, changes or shows highlights, notes, tags and quotations.

Each test drives the real app with the pilot on the seed article, and after each edit drains the background
writer and re-opens the store file, so what is on disk is checked against what the session holds.
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static, TextArea

from reader.annotation import COLORS, Annotation
from reader.document import Span
from reader.loader import load_document
from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.dialogs import ConfirmScreen, NoteEditor, TagsEditor
from reader.ui.screens.quotes import QuotesScreen
from reader.ui.screens.reading import ReadingScreen
from reader.ui.widgets.highlight_panel import HighlightList
from reader.ui.widgets.key_bar import KeyBar
from tests.conftest import SEED

# Offsets in the seed: the title is block 0; the first paragraphs start at these offsets (`}` steps them).
PARAGRAPH_1 = 92  # "The Belarusian authorities are trying ..." (one sentence, up to 413)
PARAGRAPH_2 = 415  # „There is no military NATO build up ... ” he said.
PARAGRAPH_3 = 669  # "According to him, NATO has major concerns ..."
FIRST_QUOTE = "There is no military NATO build up in the region."


# -- helpers --------------------------------------------------------------------------------------------------


class Harness:
    """The running app, its reading screen and the notifications it showed."""

    def __init__(self, app: ReaderApp, pilot: Pilot[None], notes: list[str]) -> None:
        self.app = app
        self.pilot = pilot
        self.notifications = notes

    @property
    def screen(self) -> ReadingScreen:
        screens = [s for s in self.app.screen_stack if isinstance(s, ReadingScreen)]
        assert screens, "no reading screen"
        return screens[0]

    @property
    def annotations(self) -> dict[str, Annotation]:
        return self.screen.session.annotations

    @property
    def only(self) -> Annotation:
        (annotation,) = self.annotations.values()
        return annotation

    async def press(self, *keys: str) -> None:
        await self.pilot.press(*keys)
        await self.pilot.pause()

    async def type(self, text: str) -> None:
        await self.press(*text)

    async def settle(self) -> None:
        await self.app.workers.wait_for_complete()
        await self.pilot.pause()

    def move(self, offset: int) -> None:
        self.screen.article.move_to(offset)

    def disk(self) -> dict[str, Annotation]:
        self.app.writer.drain()
        store = Store(self.app.store.path)
        return {a.id: a for a in store.annotations_for(self.screen.document.id)}

    async def check_disk(self) -> None:
        """The store file, read afresh, holds exactly what the session holds."""
        await self.pilot.pause()
        assert self.disk() == self.annotations

    def panel_title(self) -> str:
        return self.screen.panel.heading

    async def wait_quotations(self) -> None:
        for _ in range(100):
            await self.settle()
            if self.screen.quotations:
                return
        raise AssertionError(f"quotations never loaded; notifications: {self.notifications}")


@asynccontextmanager
async def reading(store: Path, path: Path = SEED, *, quotations: bool = False) -> AsyncIterator[Harness]:
    app = ReaderApp(store=Store(store), paths=[path], document=load_document(path))
    notes: list[str] = []
    original = app.notify

    def notify(message: str, *args: Any, **kwargs: Any) -> None:
        notes.append(str(message))
        original(message, *args, **kwargs)

    app.notify = notify  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        harness = Harness(app, pilot, notes)
        await harness.settle()
        if quotations:
            await harness.wait_quotations()
        yield harness
        app.writer.drain()


def snapshot(harness: Harness) -> dict[str, Annotation]:
    return dict(harness.annotations)


# -- selection --------------------------------------------------------------------------------------------------


async def test_v_then_motions_extend_the_selection_and_escape_cancels(store_path: Path) -> None:
    async with reading(store_path) as h:
        article = h.screen.article
        document = h.screen.document
        await h.press("}")
        assert article.cursor == PARAGRAPH_1
        await h.press("v")
        assert article.selection_anchor == PARAGRAPH_1
        assert article.selection == Span(PARAGRAPH_1, PARAGRAPH_1 + 1)
        last = article.cursor
        for key in ("w", "w", ")", "}", "j", "shift+right", "right"):
            await h.press(key)
            assert article.cursor > last, key
            last = article.cursor
            assert article.selection == Span(PARAGRAPH_1, document.char_end(article.cursor)), key
        assert article.selection_anchor == PARAGRAPH_1
        await h.press("b")  # back a word: the selection shrinks but stays anchored
        assert article.selection is not None and article.selection.start == PARAGRAPH_1
        assert article.cursor < last
        await h.press("escape")
        assert article.selection is None and article.selection_anchor is None
        assert h.annotations == {}


async def test_v_twice_cancels_and_shift_arrows_start_a_selection(store_path: Path) -> None:
    async with reading(store_path) as h:
        article = h.screen.article
        h.move(PARAGRAPH_1)
        await h.press("v", "w")
        assert article.selection is not None
        await h.press("v")
        assert article.selection is None
        at = article.cursor
        await h.press("shift+right", "shift+right")
        assert article.selection_anchor == at
        assert article.selection == Span(at, at + 3)
        await h.press("escape")
        assert article.selection is None


async def test_s_selects_the_sentence_and_p_the_paragraph(store_path: Path) -> None:
    async with reading(store_path) as h:
        article, document = h.screen.article, h.screen.document
        h.move(PARAGRAPH_2 + 5)
        await h.press("s")
        sentence = document.sentence_at(PARAGRAPH_2 + 5)
        assert sentence is not None and article.selection == sentence
        assert document.text[sentence.start : sentence.end] == "„" + FIRST_QUOTE
        await h.press("escape")
        h.move(PARAGRAPH_2 + 5)
        await h.press("p")
        selection = article.selection
        assert selection is not None and selection.start == PARAGRAPH_2
        assert selection == document.paragraph_at(PARAGRAPH_2)  # to the paragraph's end, not the next block's start
        await h.press("h")
        assert (h.only.start, h.only.end) == (PARAGRAPH_2, 667)
        assert h.only.text == document.block_text(2)
        await h.check_disk()


# -- h: what gets highlighted --------------------------------------------------------------------------------


async def test_h_highlights_the_selection_snapped_to_whole_words(store_path: Path) -> None:
    async with reading(store_path) as h:
        h.move(PARAGRAPH_1 + 1)  # inside "The"
        await h.press("v", "w")  # ends on the first letter of "Belarusian"
        await h.press("h")
        annotation = h.only
        assert annotation.text == "The Belarusian"
        assert (annotation.start, annotation.end) == (PARAGRAPH_1, PARAGRAPH_1 + len("The Belarusian"))
        assert annotation.color == "yellow" and annotation.speaker is None and annotation.note == ""
        assert annotation.anchor == "exact"
        assert h.screen.document.text.endswith(annotation.prefix, 0, annotation.start)
        assert h.screen.document.text.startswith(annotation.suffix, annotation.end)
        assert h.screen.article.selection is None
        assert "Highlights (1)" in h.panel_title()
        await h.check_disk()


async def test_h_without_a_selection_outside_quotes_highlights_the_sentence(store_path: Path) -> None:
    async with reading(store_path, quotations=True) as h:
        h.move(PARAGRAPH_3 + 3)  # "According to him, NATO has major concerns ..."
        await h.press("h")
        sentence = h.screen.document.sentence_at(PARAGRAPH_3 + 3)
        assert sentence is not None
        assert (h.only.start, h.only.end) == (sentence.start, sentence.end)
        assert h.only.text.startswith("According to him")
        await h.check_disk()


async def test_h_on_the_title_highlights_the_title(store_path: Path) -> None:
    async with reading(store_path) as h:
        h.screen.article.move_to(0)
        await h.press("h")  # a title is one sentence
        assert len(h.annotations) == 1
        assert h.only.text.startswith("Belarus regime uses bogus NATO threat")


async def test_right_bracket_then_h_highlights_the_first_quote_with_its_speaker(store_path: Path) -> None:
    async with reading(store_path, quotations=True) as h:
        first = h.screen.quotations[0]
        assert first.text.startswith(FIRST_QUOTE)
        assert first.speaker is not None and "Stoltenberg" in first.speaker
        await h.press("]")
        assert h.screen.article.cursor == first.start
        await h.press("h")
        annotation = h.only
        assert (annotation.start, annotation.end) == (first.start, first.end)
        assert annotation.text == first.text
        assert annotation.text.startswith("There is no") and annotation.text.endswith("absolutely unjustified,")
        assert not annotation.text.startswith("„") and "”" not in annotation.text  # without the marks
        assert annotation.speaker == first.speaker_full == "Jens Stoltenberg"
        await h.check_disk()


async def test_h_again_on_a_highlighted_quote_or_selection_makes_no_second_record(store_path: Path) -> None:
    """``h`` twice on a quotation (or ``]`` wrapping back to it) made two identical records (a hostile review)."""
    async with reading(store_path, quotations=True) as h:
        first = h.screen.quotations[0]
        await h.press("]", "h")
        await h.press("h")
        assert len(h.annotations) == 1
        assert any("Already highlighted" in n for n in h.notifications)
        h.screen.article.select_span(Span(first.start, first.end))
        await h.press("h")
        assert len(h.annotations) == 1 and h.screen.article.selection is None
        await h.press("n")  # a note on exactly that selection edits the highlight there
        editor = h.app.screen
        assert isinstance(editor, NoteEditor)
        await h.press("escape")
        assert len(h.annotations) == 1
        await h.check_disk()


async def test_a_selection_exactly_over_a_quote_records_its_speaker(store_path: Path) -> None:
    async with reading(store_path, quotations=True) as h:
        quotation = h.screen.quotations[2]
        h.screen.article.select_span(Span(quotation.start, quotation.end))
        await h.press("h")
        assert h.only.text == quotation.text
        assert h.only.speaker == quotation.speaker_full is not None


async def test_brackets_step_through_quotations_and_wrap(store_path: Path) -> None:
    async with reading(store_path, quotations=True) as h:
        article = h.screen.article
        starts = [q.start for q in h.screen.quotations]
        assert len(starts) >= 3
        for start in starts:
            await h.press("]")
            assert article.cursor == start
        assert not any("Wrapped" in n for n in h.notifications)
        await h.press("]")
        assert article.cursor == starts[0]
        assert "Wrapped to the first quotation" in h.notifications
        await h.press("[")
        assert article.cursor == starts[-1]
        assert "Wrapped to the last quotation" in h.notifications
        for start in reversed(starts[:-1]):
            await h.press("left_square_bracket")
            assert article.cursor == start
        h.move(starts[1] + 3)  # inside the second quote: [ goes to its own start
        await h.press("[")
        assert article.cursor == starts[1]


# -- colours --------------------------------------------------------------------------------------------------


async def test_number_keys_highlight_in_a_colour_then_recolour_and_h_reuses_the_last(store_path: Path) -> None:
    async with reading(store_path) as h:
        h.move(PARAGRAPH_1)
        await h.press("2")
        annotation = h.only
        assert annotation.color == "green"
        for index, color in enumerate(COLORS):
            await h.press(str(index + 1))
            assert len(h.annotations) == 1
            assert h.only.id == annotation.id and h.only.created == annotation.created
            assert h.only.color == color
            await h.check_disk()
        assert h.screen.last_color == "purple"
        h.move(PARAGRAPH_3)
        await h.press("h")
        assert len(h.annotations) == 2
        assert {a.color for a in h.annotations.values()} == {"purple"}
        # With a selection a number key makes a new highlight in that colour rather than recolouring.
        h.move(PARAGRAPH_1)
        await h.press("v", "w", "3")
        blue = [a for a in h.annotations.values() if a.color == "blue"]
        assert len(blue) == 1 and blue[0].text == "The Belarusian"
        await h.press("h")  # h reuses blue (now the last colour)
        await h.check_disk()


async def test_x_deletes_the_innermost_highlight_under_the_cursor(store_path: Path) -> None:
    async with reading(store_path) as h:
        h.move(PARAGRAPH_1)
        await h.press("x")
        assert "No highlight under the cursor" in h.notifications
        await h.press("h")  # the whole sentence
        outer = h.only
        await h.press("v", "w", "4")  # "The Belarusian" inside it, pink
        inner = next(a for a in h.annotations.values() if a.id != outer.id)
        h.move(PARAGRAPH_1)
        await h.press("x")
        assert list(h.annotations) == [outer.id]
        assert inner.id not in h.disk()
        await h.press("x")
        assert h.annotations == {}
        await h.check_disk()
        assert "Highlight deleted — u undoes" in h.notifications


# -- undo / redo ------------------------------------------------------------------------------------------------


async def test_undo_and_redo_chain_over_every_kind_of_edit(store_path: Path) -> None:
    async with reading(store_path) as h:
        states = [snapshot(h)]
        h.move(PARAGRAPH_1)
        await h.press("h")  # create
        states.append(snapshot(h))
        await h.press("2")  # recolour
        states.append(snapshot(h))
        await h.press("n")  # note
        assert isinstance(h.app.screen, NoteEditor)
        await h.type("why now")
        await h.press("ctrl+s")
        assert h.only.note == "why now"
        states.append(snapshot(h))
        await h.press("t")  # tags
        assert isinstance(h.app.screen, TagsEditor)
        await h.type("nato, claim")
        await h.press("enter")
        assert h.only.tags == ("nato", "claim")
        states.append(snapshot(h))
        await h.press("r", "b", "b", "enter")  # resize: two words shorter
        assert h.only.end < 413
        states.append(snapshot(h))
        await h.press("x")  # delete
        states.append(snapshot(h))
        assert len(states) == 7 and all(states[i] != states[i + 1] for i in range(6))
        await h.check_disk()

        labels = []  # said in the key bar, in the key's own frame (not a toast)
        for expected in reversed(states[:-1]):
            await h.press("u")
            assert snapshot(h) == expected
            labels.append(h.screen.query_one(KeyBar).note)
            await h.check_disk()
        await h.press("u")
        assert h.screen.query_one(KeyBar).note == "Nothing to undo"
        for expected in states[1:]:
            await h.press("ctrl+r")
            assert snapshot(h) == expected
            await h.check_disk()
        await h.press("ctrl+r")
        assert h.screen.query_one(KeyBar).note == "Nothing to redo"
        assert labels == ["Undid delete", "Undid resize", "Undid tags", "Undid note", "Undid recolour",
                          "Undid highlight"]


async def test_a_new_edit_after_undo_clears_redo(store_path: Path) -> None:
    async with reading(store_path) as h:
        h.move(PARAGRAPH_1)
        await h.press("h", "3", "u")
        assert h.only.color == "yellow"
        await h.press("5")
        await h.press("ctrl+r")
        assert h.screen.query_one(KeyBar).note == "Nothing to redo"
        assert h.only.color == "purple"
        await h.check_disk()


# -- r: resize -----------------------------------------------------------------------------------------------


async def test_r_reopens_the_range_and_h_or_enter_update_it_keeping_the_rest(store_path: Path) -> None:
    async with reading(store_path) as h:
        article, text = h.screen.article, h.screen.document.text
        h.move(PARAGRAPH_1)
        await h.press("v", "w", "w", "w", "4")  # "The Belarusian authorities are", pink
        await h.press("n")
        await h.type("kept")
        await h.press("ctrl+s")
        await h.press("t")
        await h.type("x y")
        await h.press("enter")
        before = h.only
        assert before.text == "The Belarusian authorities are"

        h.move(PARAGRAPH_1 + 5)
        await h.press("r")
        assert h.screen.resizing == before.id
        assert article.selection is not None and article.selection.start == before.start
        assert text[article.selection.start : article.selection.end].rstrip() == before.text
        await h.press("w", "w")  # extend by two words
        await h.press("h")
        after = h.only
        assert after.text == "The Belarusian authorities are trying to"
        assert (after.id, after.color, after.note, after.tags, after.created) == (
            before.id, "pink", "kept", ("x", "y"), before.created,
        )
        assert after.prefix == before.prefix and after.suffix == text[after.end : after.end + len(after.suffix)]
        assert h.screen.resizing is None and article.selection is None
        await h.check_disk()

        # Shrink with Enter: the cursor starts on the last letter; five words back lands on "Belarusian",
        # whose first letter the selection then ends on (snapped to the whole word).
        await h.press("r", "b", "b", "b", "b", "b", "enter")
        assert h.only.text == "The Belarusian"
        assert h.only.id == before.id and h.only.note == "kept"
        await h.check_disk()

        await h.press("r", "enter")  # no motion: nothing changes, no undo step
        assert h.only.text == "The Belarusian"
        undo_depth = len(h.screen.session.undo_stack)
        await h.press("r", "w", "escape")  # Esc cancels a resize
        assert h.only.text == "The Belarusian" and h.screen.resizing is None
        assert len(h.screen.session.undo_stack) == undo_depth


async def test_r_then_enter_on_a_whole_paragraph_keeps_it(store_path: Path) -> None:
    async with reading(store_path) as h:
        h.move(PARAGRAPH_1)
        await h.press("h")  # the paragraph's only sentence, ending at the block's end
        before = h.only
        await h.press("r", "enter")
        assert h.only == before  # the paragraph break after it is not pulled in
        await h.press("r", "h")
        assert h.only == before
        assert len(h.screen.session.undo_stack) == 1


async def test_r_with_no_highlight_under_the_cursor_says_so(store_path: Path) -> None:
    async with reading(store_path) as h:
        h.move(PARAGRAPH_1)
        await h.press("r")
        assert "No highlight under the cursor" in h.notifications
        assert h.screen.resizing is None and h.screen.article.selection is None


# -- n: notes ----------------------------------------------------------------------------------------------------


async def test_n_creates_the_highlight_and_ctrl_s_saves_the_note(store_path: Path) -> None:
    async with reading(store_path) as h:
        h.move(PARAGRAPH_1)
        await h.press("n")
        editor = h.app.screen
        assert isinstance(editor, NoteEditor)
        assert len(h.annotations) == 1 and h.only.note == ""  # created first
        await h.type("Check this")
        await h.press("enter")
        await h.type("second line")
        await h.press("ctrl+s")
        assert isinstance(h.app.screen, ReadingScreen)
        assert h.only.note == "Check this\nsecond line"
        await h.check_disk()
        # n on the same highlight opens it with the note; the panel shows the note.
        await h.press("n")
        editor = h.app.screen
        assert isinstance(editor, NoteEditor)
        assert editor.query_one(TextArea).text == "Check this\nsecond line"
        await h.press("escape")  # unchanged: closes at once
        assert isinstance(h.app.screen, ReadingScreen)
        assert len(h.annotations) == 1


async def test_escape_with_a_changed_note_asks_first(store_path: Path) -> None:
    async with reading(store_path) as h:
        h.move(PARAGRAPH_1)
        await h.press("h", "n")
        await h.type("draft")
        await h.press("escape")
        assert isinstance(h.app.screen, ConfirmScreen)
        await h.press("n")  # keep editing
        editor = h.app.screen
        assert isinstance(editor, NoteEditor)
        assert editor.text == "draft"
        await h.type(" more")
        await h.press("escape")
        assert isinstance(h.app.screen, ConfirmScreen)
        await h.press("y")  # discard
        assert isinstance(h.app.screen, ReadingScreen)
        assert h.only.note == ""
        assert len(h.screen.session.undo_stack) == 1  # only the highlight
        await h.check_disk()


async def test_n_with_search_matches_goes_to_the_next_match(store_path: Path) -> None:
    """Documented decision: while a search has matches, `n` is "next match" (as in vim), not "note"."""
    async with reading(store_path) as h:
        article = h.screen.article
        await h.press("slash")
        await h.type("NATO")
        await h.press("enter")
        matches = [m.start for m in article.matches]
        assert len(matches) > 3
        assert article.cursor == matches[0]
        await h.press("n")
        assert isinstance(h.app.screen, ReadingScreen)
        assert article.cursor == matches[1]
        await h.press("N")
        assert article.cursor == matches[0]
        assert h.annotations == {}
        await h.press("escape")  # clears the matches: n is a note again
        assert article.matches == []
        await h.press("n")
        assert isinstance(h.app.screen, NoteEditor)
        await h.press("escape")


# -- t: tags -------------------------------------------------------------------------------------------------


async def test_t_edits_tags(store_path: Path) -> None:
    async with reading(store_path) as h:
        h.move(PARAGRAPH_1)
        await h.press("t")  # creates the highlight first
        assert isinstance(h.app.screen, TagsEditor)
        assert len(h.annotations) == 1
        await h.type("a, b #c")
        await h.press("enter")
        assert h.only.tags == ("a", "b", "c")
        await h.check_disk()
        await h.press("t")
        box = h.app.screen.query_one("#tags-input", Input)
        assert box.value == "a b c"
        await h.press("escape")  # cancel: unchanged
        assert h.only.tags == ("a", "b", "c")
        await h.press("t")
        h.app.screen.query_one("#tags-input", Input).value = ""
        await h.type("#d d,, e")
        await h.press("enter")
        assert h.only.tags == ("d", "e")
        await h.check_disk()


# -- Q: quotes screen ----------------------------------------------------------------------------------------------


async def test_q_lists_quotations_with_speakers_and_enter_jumps(store_path: Path) -> None:
    async with reading(store_path, quotations=True) as h:
        quotations = h.screen.quotations
        await h.press("Q")
        screen = h.app.screen
        assert isinstance(screen, QuotesScreen)
        rows = screen.list
        assert rows.count == len(quotations)
        first = rows.render_line(0).text
        assert FIRST_QUOTE in first and "Stoltenberg" in first
        for index, quotation in enumerate(quotations):
            prompt = rows.render_line(index).text
            assert (quotation.speaker or "unattributed") in prompt
        assert f"Quotations ({len(quotations)})" in str(screen.query_one("#quotes-title", Static).render())
        await h.press("down", "down", "enter")
        assert isinstance(h.app.screen, ReadingScreen)
        assert h.screen.article.cursor == quotations[2].start
        await h.press("Q")  # opens on the quotation under the cursor; Esc closes without moving
        assert isinstance(h.app.screen, QuotesScreen)
        assert h.app.screen.list.cursor == 2
        await h.press("escape")
        assert isinstance(h.app.screen, ReadingScreen)
        assert h.screen.article.cursor == quotations[2].start


# -- the panel ---------------------------------------------------------------------------------------------------


async def make_three(h: Harness) -> list[Annotation]:
    """Three highlights: the first quote (green, note, #nato), the first paragraph, the third (blue, #claim)."""
    await h.press("]", "2", "n")
    await h.type("a pretext")
    await h.press("ctrl+s", "t")
    await h.type("nato")
    await h.press("enter")
    h.move(PARAGRAPH_1)
    await h.press("1")
    h.move(PARAGRAPH_3)
    await h.press("3", "t")
    await h.type("claim")
    await h.press("enter")
    await h.check_disk()
    ordered = h.screen.session.ordered()
    assert [a.color for a in ordered] == ["yellow", "green", "blue"]
    return ordered


async def test_tab_moves_focus_to_the_panel_and_back(store_path: Path) -> None:
    async with reading(store_path, quotations=True) as h:
        await make_three(h)
        assert h.app.focused is h.screen.article
        await h.press("tab")
        assert isinstance(h.app.focused, HighlightList)
        await h.press("tab")
        assert h.app.focused is h.screen.article


async def test_panel_up_down_mark_enter_jumps_and_cursor_selects_the_entry(store_path: Path) -> None:
    async with reading(store_path, quotations=True) as h:
        first, quote, third = await make_three(h)
        article, entries = h.screen.article, h.screen.panel.entries
        h.move(quote.start + 3)
        await h.pilot.pause()
        assert entries.highlighted == 1  # the highlight under the article cursor is the panel's entry
        h.move(third.start + 1)
        await h.pilot.pause()
        assert entries.highlighted == 2
        await h.press("tab")
        await h.press("up")
        assert entries.highlighted == 1
        assert article.marked_highlight == quote.id
        await h.press("up")
        assert article.marked_highlight == first.id
        await h.press("down", "down")
        assert article.marked_highlight == third.id
        await h.press("up", "enter")
        assert article.cursor == quote.start
        assert h.app.focused is article


async def test_panel_n_x_edit_and_delete_the_selected_entry(store_path: Path) -> None:
    async with reading(store_path, quotations=True) as h:
        first, quote, third = await make_three(h)
        h.move(third.start)
        await h.press("tab", "up")  # the quote's entry, while the article cursor is on the third
        await h.press("n")
        editor = h.app.screen
        assert isinstance(editor, NoteEditor) and editor.text == "a pretext"
        await h.type(" indeed")
        await h.press("ctrl+s")
        assert h.annotations[quote.id].note == "a pretext indeed"
        assert h.annotations[third.id].note == ""
        await h.check_disk()
        h.screen.panel.entries.focus()
        await h.pilot.pause()
        h.screen.panel.select(first.id)
        await h.press("x")
        assert set(h.annotations) == {quote.id, third.id}
        await h.check_disk()
        assert "Highlights (2)" in h.panel_title()


FILTERS = [
    ("pretext", ["quote"]),  # free text: the note
    ("belarusian", ["first"]),  # free text: the quoted text
    ("#nato", ["quote"]),
    ("#claim", ["third"]),
    ("color:green", ["quote"]),
    ("color:yellow", ["first"]),
    ("has:note", ["quote"]),
    ("by:Stoltenberg", ["quote"]),
    ("nato color:blue", ["third"]),  # "NATO has major concerns": free text and colour together
    ("#nato #claim", []),
]


async def test_panel_filter(store_path: Path) -> None:
    async with reading(store_path, quotations=True) as h:
        first, quote, third = await make_three(h)
        names = {first.id: "first", quote.id: "quote", third.id: "third"}
        entries = h.screen.panel.entries
        await h.press("tab")
        for query, expected in FILTERS:
            await h.press("slash")
            assert h.app.focused is not None and h.app.focused.id == "panel-filter"
            await h.type(query)
            shown = [names[entries.get_option_at_index(i).id or ""] for i in range(entries.option_count)]
            assert shown == expected, query
            assert h.panel_title() == f"Highlights ({len(expected)} of 3)", query
            # a filter that leaves nothing says so (an empty list said nothing: a review's finding)
            assert bool(entries.empty_lines) == (not expected), query
            if not expected:
                assert "No highlight matches the filter." in entries.empty_lines
            await h.press("escape")  # Esc in the filter clears it and goes back to the list
            assert h.panel_title() == "Highlights (3)"
            assert entries.option_count == 3
            assert isinstance(h.app.focused, HighlightList)
        await h.press("slash")
        await h.type("#nato")
        await h.press("enter")  # accept: the list gets focus, the filter stays
        assert isinstance(h.app.focused, HighlightList)
        assert entries.option_count == 1
        assert h.panel_title() == "Highlights (1 of 3)"
        await h.press("n")  # n edits the filtered entry
        editor = h.app.screen
        assert isinstance(editor, NoteEditor) and editor.text == "a pretext"
        await h.press("escape")
        await h.settle()
        assert isinstance(h.app.focused, HighlightList)
        await h.press("escape")  # Esc in the filtered list clears the filter too
        assert h.panel_title() == "Highlights (3)" and entries.option_count == 3


# -- e: export --------------------------------------------------------------------------------------------------


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty current directory for `e` to export into."""
    folder = tmp_path / "cwd"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


async def test_e_exports_to_the_current_directory_and_asks_before_overwriting(store_path: Path, workdir: Path) -> None:
    target = workdir / "belarus-nato-stoltenberg.annotations.json"
    async with reading(store_path) as h:
        h.move(PARAGRAPH_1)
        await h.press("h", "n")
        await h.type("exported note")
        await h.press("ctrl+s", "e")
        await h.settle()
        assert target.exists()
        data = json.loads(target.read_text(encoding="utf-8"))
        (document,) = data["documents"]
        assert document["id"] == h.screen.document.id
        assert [a["id"] for a in document["annotations"]] == [h.only.id]
        assert document["annotations"][0]["note"] == "exported note"
        assert any("1 annotation written to" in n for n in h.notifications)

        h.move(PARAGRAPH_3)
        await h.press("h", "e")
        assert isinstance(h.app.screen, ConfirmScreen)
        await h.press("n")  # keep the old file
        await h.settle()
        assert isinstance(h.app.screen, ReadingScreen)
        assert len(json.loads(target.read_text(encoding="utf-8"))["documents"][0]["annotations"]) == 1
        await h.press("e")
        assert isinstance(h.app.screen, ConfirmScreen)
        await h.press("y")
        await h.settle()
        assert len(json.loads(target.read_text(encoding="utf-8"))["documents"][0]["annotations"]) == 2
        assert not any("Export failed" in n for n in h.notifications)
    assert not (Path(__file__).parent / "belarus-nato-stoltenberg.annotations.json").exists()


async def test_e_with_a_very_long_document_name_exports_under_a_shorter_one(
    store_path: Path, tmp_path: Path, workdir: Path
) -> None:
    """A document named with 250 characters: its export's name is cut to fit the file system (it failed with
    "File name too long" and ended the app)."""
    long_name = tmp_path / ("L" * 250 + ".txt")
    long_name.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    async with reading(store_path, long_name) as h:
        h.move(PARAGRAPH_1)
        await h.press("h", "e")
        await h.settle()
        (written,) = workdir.iterdir()
        assert written.name.endswith(".annotations.json") and len(os.fsencode(written.name)) <= 255
        assert any("1 annotation written to" in n for n in h.notifications)


async def test_e_when_the_current_folder_is_gone_says_so(
    store_path: Path, tmp_path: Path, workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with reading(store_path) as h:
        h.move(PARAGRAPH_1)
        await h.press("h")
        workdir.rmdir()
        await h.press("e")
        await h.settle()
        assert any("Export failed" in n and "current folder" in n for n in h.notifications), h.notifications
        assert h.app.is_running and h.app.return_code is None
    monkeypatch.chdir(tmp_path)


# -- persistence --------------------------------------------------------------------------------------------------


async def test_everything_is_there_after_quitting_and_reopening(store_path: Path) -> None:
    async with reading(store_path, quotations=True) as h:
        await h.press("]", "h", "]", "2", "]", "3")
        await h.press("n")
        await h.type("third quote")
        await h.press("ctrl+s")
        before = dict(h.annotations)
        assert len(before) == 3
        await h.press("q")
        assert h.app._exit
    async with reading(store_path) as h:
        assert h.annotations == before
        assert "Highlights (3)" in h.panel_title()
        assert h.screen.panel.entries.option_count == 3
        assert [a.note for a in h.screen.session.ordered()] == ["", "", "third quote"]
