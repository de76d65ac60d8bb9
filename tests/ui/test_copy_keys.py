"""Issue 13 item 5, with the pilot on the seed: `y` and `Y` copy the selection, the highlight, the quotation or
the sentence under the cursor (``app.clipboard`` is what Textual sent as OSC 52), the notification says what was
copied, and a mouse drag selects as `v` does, so `h` and `y` act on it. (The raw OSC 52 bytes:
tests/ui/test_copy_pty.py.)"""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.pilot import Pilot

from reader.document import Document, Span
from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.key_bar import KeyBar
from tests.conftest import SEED
from tests.ui.support import rendered_text
from tests.ui.test_annotating_keys import PARAGRAPH_1, PARAGRAPH_3, Harness, reading

TITLE = "Belarus regime uses bogus NATO threat to justify violence against own people – Stoltenberg"
SOURCE = f"{TITLE} ({SEED})"
FIRST_QUOTE = (
    "There is no military NATO build up in the region. So any attempt by the regime built in Belarus, to use NATO "
    "as an excuse or as a pretext to crack down on the demonstrators in their own country is absolutely wrong, is "
    "absolutely unjustified"
)


def last_note(h: Harness) -> str:
    assert h.notifications, "no notification"
    return h.notifications[-1]


# -- y and Y --------------------------------------------------------------------------------------------------


async def test_y_on_a_quotation_copies_it_with_its_speaker_title_and_file(store_path: Path) -> None:
    async with reading(store_path, quotations=True) as h:
        await h.press("]", "y")
        assert h.app.clipboard == f"“{FIRST_QUOTE}” — Jens Stoltenberg, {SOURCE}"
        assert last_note(h).startswith("Copied the quotation as a citation: “There is no military NATO build up")
        assert last_note(h).endswith("” — Jens Stoltenberg")
        assert h.annotations == {}  # copying makes no highlight


async def test_capital_y_on_a_quotation_is_a_markdown_block_quote(store_path: Path) -> None:
    async with reading(store_path, quotations=True) as h:
        await h.press("]", "Y")
        assert h.app.clipboard == f"> {FIRST_QUOTE}\n>\n> — Jens Stoltenberg, *{TITLE}* (`{SEED}`)\n"
        assert last_note(h).startswith("Copied the quotation as Markdown: “There is no")


async def test_y_and_capital_y_on_a_highlight_bring_its_speaker_note_and_tags(store_path: Path) -> None:
    async with reading(store_path, quotations=True) as h:
        await h.press("]", "h", "n")
        await h.type("A pretext")
        await h.press("ctrl+s", "t")
        await h.type("nato, claim")
        await h.press("enter")
        assert h.only.note == "A pretext" and h.only.tags == ("nato", "claim")
        h.move(h.only.start + 40)  # inside the highlight (and the quotation): the highlight is copied
        await h.press("y")
        assert h.app.clipboard == f"“{FIRST_QUOTE}” — Jens Stoltenberg, {SOURCE}"
        assert last_note(h).startswith("Copied the highlight as a citation: “There is no")
        await h.press("Y")
        assert h.app.clipboard == (
            f"> {FIRST_QUOTE}\n>\n> — Jens Stoltenberg, *{TITLE}* (`{SEED}`)\n\nA pretext\n\n#nato #claim\n"
        )
        assert last_note(h).startswith("Copied the highlight as Markdown with its note: “There is no")


async def test_a_highlight_is_copied_with_its_own_words_not_the_quotation_around_it(store_path: Path) -> None:
    async with reading(store_path, quotations=True) as h:
        quotation = h.screen.quotations[0]
        h.screen.article.select_span(Span(quotation.start, quotation.start + len("There is no military")))
        await h.press("h")
        h.move(quotation.start + 3)
        await h.press("y")
        assert h.app.clipboard == f"“There is no military” — {SOURCE}"


async def test_y_on_a_selection_copies_it_snapped_to_words_and_ends_it(store_path: Path) -> None:
    async with reading(store_path, quotations=True) as h:
        h.move(PARAGRAPH_1 + 1)
        await h.press("v", "w", "w")
        await h.press("y")
        assert h.app.clipboard == f"“The Belarusian authorities” — {SOURCE}"
        assert last_note(h) == "Copied the selection as a citation: “The Belarusian authorities”"
        assert h.screen.article.selection is None  # as h ends it
        assert h.annotations == {}


async def test_a_selection_over_a_quotation_carries_its_speaker(store_path: Path) -> None:
    async with reading(store_path, quotations=True) as h:
        quotation = h.screen.quotations[2]
        h.screen.article.select_span(Span(quotation.start, quotation.end))
        await h.press("y")
        assert h.app.clipboard is not None
        assert h.app.clipboard.startswith("“In NATO, we are following these developments very closely.")
        assert h.app.clipboard.endswith(f"” — Jens Stoltenberg, {SOURCE}")


async def test_y_on_plain_text_copies_the_sentence_h_would_highlight(store_path: Path) -> None:
    async with reading(store_path, quotations=True) as h:
        h.move(PARAGRAPH_3 + 3)
        sentence = h.screen.document.sentence_at(PARAGRAPH_3 + 3)
        assert sentence is not None
        words = h.screen.document.text[sentence.start : sentence.end]
        await h.press("y")
        assert h.app.clipboard == f"“{words}” — {SOURCE}"
        assert last_note(h).startswith("Copied the sentence as a citation: “According to him")


async def test_y_on_the_title_or_a_heading_says_so_not_sentence(store_path: Path, tmp_path: Path) -> None:
    """The title and a heading are one "sentence" to `h` and `y` (all of it), but the notification named them
    "the sentence"; the outline's words are used instead."""
    async with reading(store_path, quotations=True) as h:
        h.move(3)
        await h.press("y")
        assert h.app.clipboard == f"“{TITLE}” — {SOURCE}"
        assert last_note(h).startswith("Copied the title as a citation: “Belarus regime uses")
    notes = tmp_path / "notes.md"
    notes.write_text("# Field notes\n\nA first line of text.\n\n## The second part\n\nMore text here.\n")
    async with reading(store_path, notes) as h:
        h.move(h.screen.document.text.index("second part"))
        await h.press("Y")
        assert h.app.clipboard == f"> The second part\n>\n> — *Field notes* (`{notes}`)\n"
        assert last_note(h) == "Copied the heading as Markdown: “The second part”"
        h.move(h.screen.document.text.index("first line"))
        await h.press("y")
        assert last_note(h) == "Copied the sentence as a citation: “A first line of text.”"


async def test_y_while_resizing_keeps_the_range_being_edited(store_path: Path) -> None:
    async with reading(store_path, quotations=True) as h:
        h.move(PARAGRAPH_1)
        await h.press("h", "r", "y")
        assert h.app.clipboard is not None and h.app.clipboard.startswith("“The Belarusian authorities are trying")
        assert h.screen.resizing is not None and h.screen.article.selection is not None


async def test_a_hostile_document_is_copied_as_safe_text(store_path: Path, tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.txt"
    padding = "Plain words to read. " * 40  # a few control bytes in a short file would look binary
    hostile.write_text(
        f"Title\x1b]0;x\x07\n\n{padding}\n\nA sentence \x1b[2J with \u202eevil\u202c text.\n", encoding="utf-8"
    )
    async with reading(store_path, hostile) as h:
        h.move(h.screen.document.text.index("A sentence"))
        await h.press("Y")
        assert h.app.clipboard == (
            f"> A sentence ␛[2J with ⟨U+202E⟩evil⟨U+202C⟩ text.\n>\n> — *Title␛\\]0;x␇* (`{hostile}`)\n"
        )


# -- where they are listed ----------------------------------------------------------------------------------------


async def test_y_and_capital_y_are_in_the_help_but_not_in_the_key_bar(store_path: Path) -> None:
    async with reading(store_path) as h:
        sections = dict(h.app.help_sections())
        keys = {binding.key: binding.description for binding in sections["Highlights, notes and quotes"]}
        assert keys["y"].startswith("Copy") and keys["Y"].startswith("Copy as a Markdown quote")
        shown = rendered_text(h.screen.query_one(KeyBar))
        assert "Copy" not in shown


# -- the mouse ------------------------------------------------------------------------------------------------


def point_of(article: ArticleView, offset: int) -> tuple[int, int]:
    """The screen cell that shows ``offset`` (the article is scrolled so that it is on screen)."""
    row, column = article.layout_rows.column_of(offset)
    region = article.content_region
    x = region.x + article.margin + article._indent_of_row(row) + column
    return x, region.y + row - int(article.scroll_offset.y)


async def mouse(pilot: Pilot[None], kind: type[events.MouseEvent], at: tuple[int, int], button: int = 1) -> None:
    """A mouse report as the terminal driver posts it (so the app makes Click events and mouse capture works)."""
    x, y = at
    pilot.app.post_message(kind(None, x, y, 0, 0, button, False, False, False, screen_x=x, screen_y=y))
    await pilot.pause()


async def drag(h: Harness, start: int, end: int) -> None:
    article = h.screen.article
    await mouse(h.pilot, events.MouseDown, point_of(article, start))
    await mouse(h.pilot, events.MouseMove, point_of(article, (start + end) // 2))
    await mouse(h.pilot, events.MouseMove, point_of(article, end))
    await mouse(h.pilot, events.MouseUp, point_of(article, end))


async def test_dragging_selects_from_the_press_and_h_highlights_it(store_path: Path) -> None:
    async with reading(store_path, quotations=True) as h:
        h.move(PARAGRAPH_1)
        start = PARAGRAPH_1 + 1  # inside "The"
        end = PARAGRAPH_1 + len("The Belarusian autho")  # inside "authorities"
        await drag(h, start, end)
        article = h.screen.article
        assert article.selection_anchor == start and article.cursor == end
        assert article.selection == Span(start, end + 1)
        await h.press("h")
        assert h.only.text == "The Belarusian authorities"
        assert article.selection is None
        await h.check_disk()


async def test_dragging_backwards_then_y_copies_the_selection(store_path: Path) -> None:
    async with reading(store_path, quotations=True) as h:
        h.move(PARAGRAPH_1)
        await drag(h, PARAGRAPH_1 + len("The Belarusian autho"), PARAGRAPH_1 + 1)
        await h.press("y")
        assert h.app.clipboard == f"“The Belarusian authorities” — {SOURCE}"


async def test_a_drag_replaces_an_open_selection(store_path: Path) -> None:
    async with reading(store_path) as h:
        h.move(PARAGRAPH_1 + 40)
        await h.press("v", "w")
        await drag(h, PARAGRAPH_1 + 4, PARAGRAPH_1 + 8)
        assert h.screen.article.selection == Span(PARAGRAPH_1 + 4, PARAGRAPH_1 + 9)


async def test_a_plain_click_moves_the_cursor_and_selects_nothing(store_path: Path) -> None:
    async with reading(store_path) as h:
        h.move(PARAGRAPH_1)
        article = h.screen.article
        at = point_of(article, PARAGRAPH_1 + 10)
        await mouse(h.pilot, events.MouseDown, at)
        await mouse(h.pilot, events.MouseUp, at)
        assert article.cursor == PARAGRAPH_1 + 10
        assert article.selection is None and h.app.mouse_captured is None


async def test_a_move_without_the_button_ends_a_drag_whose_release_was_lost(store_path: Path) -> None:
    async with reading(store_path) as h:
        h.move(PARAGRAPH_1)
        article = h.screen.article
        await mouse(h.pilot, events.MouseDown, point_of(article, PARAGRAPH_1 + 2))
        await mouse(h.pilot, events.MouseMove, point_of(article, PARAGRAPH_1 + 6))
        await mouse(h.pilot, events.MouseMove, point_of(article, PARAGRAPH_1 + 30), button=0)
        assert article.selection == Span(PARAGRAPH_1 + 2, PARAGRAPH_1 + 7)
        assert h.app.mouse_captured is None


async def test_nothing_to_copy_in_an_empty_document(store_path: Path) -> None:
    app = ReaderApp(store=Store(store_path), paths=[], document=Document.from_text(""))
    notes: list[str] = []
    async with app.run_test(size=(100, 30)) as pilot:
        app.notify = lambda message, **kwargs: notes.append(message)  # type: ignore[method-assign]
        await pilot.press("y")
        await pilot.pause()
    assert app.clipboard == "" and notes == ["Nothing to copy here"]
