"""Issue 12, the dialogs: stored text shown inert in every editable field and kept exactly (item 1), keys typed
just before ctrl+s or Enter saved (11), a cancelled new note leaves no highlight (12), a huge note neither
freezes the editor nor is cut on save (7), dialogs over the article, clear of the passage (18), and the note
dialog's hint at 40x12 (19)."""

from __future__ import annotations

import time
from pathlib import Path

from textual import events
from textual.pilot import Pilot
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import TextArea

from reader.annotation import MAX_NOTE_CHARS, Annotation
from reader.loader import load_document
from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.dialogs import NoteEditor, TagsEditor
from reader.ui.screens.reading import ReadingScreen
from reader.ui.widgets.inert_text import InertInput
from tests.conftest import SEED
from tests.robustness import RAW_UNSAFE, wait_for

PARAGRAPH_1 = 92  # "The Belarusian authorities are trying ..." (one sentence, up to 413)
HOSTILE_NOTE = "before \x1b]0;PWNED\x1b\\ mid \x1b]52;c;aGVsbG8=\x1b\\ after\r\nline\x0ctwo\u2028\u202eevil\u200b\n"
HOSTILE_TAGS = ("a\u202eb", "z\u200bw", "x\x1cy")


def store_with(path: Path, *, note: str = "", tags: tuple[str, ...] = (), end: int = 132) -> Annotation:
    """A store holding one highlight at the start of the first paragraph, with ``note`` and ``tags``."""
    document = load_document(SEED)
    annotation = Annotation.create(
        doc_id=document.id,
        path=str(SEED),
        title=document.title,
        text_of_document=document.text,
        start=PARAGRAPH_1,
        end=end,
        note=note,
        tags=tags,
    )
    store = Store(path)
    store.add(annotation)
    store.close()
    return annotation


def app_on(path: Path) -> ReaderApp:
    return ReaderApp(store=Store(path), paths=[SEED], document=load_document(SEED))


def reading_screen(app: ReaderApp) -> ReadingScreen:
    (screen,) = [s for s in app.screen_stack if isinstance(s, ReadingScreen)]
    return screen


async def open_on_paragraph(app: ReaderApp, pilot: Pilot[None]) -> ReadingScreen:
    await app.workers.wait_for_complete()
    await pilot.pause()
    screen = reading_screen(app)
    screen.article.move_to(PARAGRAPH_1)
    await pilot.pause()
    return screen


def painted(widget: Widget) -> str:
    """Every character the widget paints, row after row (rows joined by "|", not by a control character)."""
    strips: list[Strip] = [widget.render_line(y) for y in range(widget.size.height)]
    return "|".join("".join(segment.text for segment in strip) for strip in strips)


async def post_keys(app: ReaderApp, pilot: Pilot[None], keys: list[str]) -> None:
    """Queue ``keys`` as a fast typist or a pty with no gap does: all posted before any is handled."""
    named = {"comma": ",", "space": " "}
    for key in keys:
        character = key if len(key) == 1 else named.get(key)
        app.post_message(events.Key(key, character))
    await pilot.pause()


# -- item 1: inert and exact ------------------------------------------------------------------------------------


async def test_the_note_editor_paints_escape_sequences_inert_and_saves_the_note_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    stored = store_with(db, note=HOSTILE_NOTE)
    app = app_on(db)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_on_paragraph(app, pilot)
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, NoteEditor))
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        shown = painted(editor.query_one("#note-text", TextArea))
        assert not RAW_UNSAFE.search(shown), repr(shown)
        assert "␛]0;PWNED␛\\" in shown and "␛]52;c;aGVsbG8=␛\\" in shown
        assert "▯evil▯" in shown and "␍" in shown and "␌" in shown
        assert editor.text == HOSTILE_NOTE  # the document keeps the real text
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.screen is screen)
        assert screen.session.annotations[stored.id].note == HOSTILE_NOTE


async def test_what_the_user_types_and_pastes_is_stored_as_typed(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    stored = store_with(db, note="x\r\ny")
    app = app_on(db)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_on_paragraph(app, pilot)
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, NoteEditor))
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        app.post_message(events.Paste("p\u202eq\rr"))  # as the driver does; a terminal sends line breaks as CR
        await pilot.pause()
        await pilot.press("enter", "z")
        assert "▯" in painted(editor.query_one("#note-text", TextArea))
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.screen is screen)
        assert screen.session.annotations[stored.id].note == "x\r\nyp\u202eq\nr\nz"


async def test_the_tags_editor_paints_bidi_and_zero_width_inert_and_keeps_tags_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    stored = store_with(db, tags=HOSTILE_TAGS)
    app = app_on(db)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_on_paragraph(app, pilot)
        await pilot.press("t")
        await wait_for(pilot, lambda: isinstance(app.screen, TagsEditor))
        field = app.screen.query_one(InertInput)
        shown = painted(field)
        assert not RAW_UNSAFE.search(shown), repr(shown)
        assert "a▯b z▯w x␜y" in shown
        await pilot.press("enter")  # saved without a change: the very same tags (x\x1cy is not split)
        await wait_for(pilot, lambda: app.screen is screen)
        assert screen.session.annotations[stored.id].tags == HOSTILE_TAGS


async def test_the_search_bar_and_the_panel_filter_paint_their_text_inert(tmp_path: Path) -> None:
    app = app_on(tmp_path / "a.json")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_on_paragraph(app, pilot)
        await pilot.press("slash")
        await pilot.pause()
        bar = screen.query_one("#search", InertInput)
        bar.post_message(events.Paste("NATO\x1b]0;PWNED\x07\u202e"))
        await pilot.pause()
        assert bar.value == "NATO\x1b]0;PWNED\x07\u202e"  # searched for as typed
        shown = painted(bar)
        assert not RAW_UNSAFE.search(shown) and "NATO␛]0;PWNED␇▯" in shown
        await pilot.press("escape")
        await screen.panel.open_filter()
        await pilot.pause()
        box = screen.query_one("#panel-filter", InertInput)
        box.value = "#x\u200b\x1b[2J"
        await pilot.pause()
        shown = painted(box)
        assert not RAW_UNSAFE.search(shown) and "#x▯␛[2J" in shown


# -- item 11: keys queued before ctrl+s / Enter -----------------------------------------------------------------


async def test_keys_queued_before_ctrl_s_are_all_saved(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    stored = store_with(db)
    app = app_on(db)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_on_paragraph(app, pilot)
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, NoteEditor))
        typed = "every key counts"
        await post_keys(app, pilot, [*typed.replace(" ", "_"), "ctrl+s"])
        await wait_for(pilot, lambda: app.screen is screen)
        assert screen.session.annotations[stored.id].note == typed.replace(" ", "_")


async def test_keys_queued_before_escape_ask_before_discarding(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    store_with(db)
    app = app_on(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_on_paragraph(app, pilot)
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, NoteEditor))
        await post_keys(app, pilot, ["a", "b", "escape"])
        await wait_for(pilot, lambda: type(app.screen).__name__ == "ConfirmScreen")


async def test_keys_queued_before_enter_in_the_tags_line_are_all_saved(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    stored = store_with(db)
    app = app_on(db)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_on_paragraph(app, pilot)
        await pilot.press("t")
        await wait_for(pilot, lambda: isinstance(app.screen, TagsEditor))
        await post_keys(app, pilot, [*"nato", "comma", *"claim", "enter"])
        await wait_for(pilot, lambda: app.screen is screen)
        assert screen.session.annotations[stored.id].tags == ("nato", "claim")


# -- item 12: a cancelled new note leaves nothing ---------------------------------------------------------------


async def test_cancelling_a_new_note_or_new_tags_removes_the_highlight_it_made(tmp_path: Path) -> None:
    app = app_on(tmp_path / "a.json")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_on_paragraph(app, pilot)
        for key, dialog in (("n", NoteEditor), ("t", TagsEditor)):
            await pilot.press(key)
            await wait_for(pilot, lambda dialog=dialog: isinstance(app.screen, dialog))  # type: ignore[misc]
            assert len(screen.session.annotations) == 1  # made to hold the note / the tags
            await pilot.press("escape")
            await wait_for(pilot, lambda: app.screen is screen)
            assert screen.session.annotations == {}
            assert screen.session.undo_stack == [] and screen.session.redo_stack == []
        app.writer.drain()
        assert Store(tmp_path / "a.json").annotations_for(screen.document.id) == []


async def test_cancelling_a_note_on_an_existing_highlight_keeps_it(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    stored = store_with(db, note="kept")
    app = app_on(db)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_on_paragraph(app, pilot)
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, NoteEditor))
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen)
        assert screen.session.annotations[stored.id].note == "kept"


# -- item 7: huge notes -----------------------------------------------------------------------------------------


async def test_a_huge_stored_note_opens_at_once_read_only_and_is_never_saved_cut(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    huge = "word " * 2_000_000  # 10 MB on one line
    stored = store_with(db, note=huge)
    app = app_on(db)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_on_paragraph(app, pilot)
        started = time.monotonic()
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, NoteEditor))
        await pilot.pause()
        assert time.monotonic() - started < 5.0  # was ~8 s of frozen UI on a quiet machine, 30 s here
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        area = editor.query_one("#note-text", TextArea)
        assert area.read_only and len(area.text) == MAX_NOTE_CHARS
        assert "read only" in painted(editor.query_one(".dialog-warning"))
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)  # refused, with a notification
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen)
        assert screen.session.annotations[stored.id].note == huge


async def test_typing_past_the_note_limit_is_refused_with_a_message(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    stored = store_with(db, note="x" * MAX_NOTE_CHARS)
    app = app_on(db)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_on_paragraph(app, pilot)
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, NoteEditor))
        await pilot.press("y")
        await pilot.pause()
        assert any("at most" in str(n.message) for n in app._notifications)
        await pilot.press("backspace", "z", "ctrl+s")
        await wait_for(pilot, lambda: app.screen is screen)
        assert screen.session.annotations[stored.id].note == "x" * (MAX_NOTE_CHARS - 1) + "z"


# -- items 18 and 19: over the article, clear of the passage; the hint at 40x12 ---------------------------------


async def test_dialogs_leave_the_article_and_the_passage_visible(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    store_with(db, end=413)
    app = app_on(db)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_on_paragraph(app, pilot)
        article = screen.article
        top = int(article.scroll_offset.y)
        y = article.scrollable_content_region.y
        rows = range(y + article.layout_rows.row_of(PARAGRAPH_1) - top, y + article.layout_rows.row_of(412) - top + 1)
        for key in ("n", "t"):
            await pilot.press(key)
            await wait_for(pilot, lambda: app.screen is not screen)
            await pilot.pause()
            dialog = app.screen
            assert dialog.styles.background.a < 1  # the article shows through around the dialog
            box = dialog.query_one("Vertical").region
            assert not any(box.y <= row < box.bottom for row in rows), (box, rows)
            await pilot.press("escape")
            await wait_for(pilot, lambda: app.screen is screen)
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: app.screen is not screen)
        assert app.screen.styles.background.a < 1


async def test_the_note_dialog_keeps_its_save_hint_at_40x12(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    store_with(db, note="a long note\n" * 40)
    app = app_on(db)
    async with app.run_test(size=(40, 12)) as pilot:
        await open_on_paragraph(app, pilot)
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, NoteEditor))
        await pilot.pause()
        dialog = app.screen
        hint = dialog.query_one(".dialog-hint")
        box = dialog.query_one("Vertical").region
        assert hint.region.height >= 1 and box.contains_region(hint.region)
        assert "ctrl+s save" in painted(hint)
        area = dialog.query_one("#note-text").region
        assert area.height >= 3 and box.contains_region(area)


async def test_what_is_pasted_into_the_command_palette_is_painted_inert(tmp_path: Path) -> None:
    """A hostile review: Textual's palette input painted a pasted U+202E, U+200B and U+3164 raw; it is an inert
    input now, and the palette still finds commands."""
    from textual.command import CommandInput, CommandPalette

    app = app_on(tmp_path / "a.json")
    async with app.run_test(size=(120, 40)) as pilot:
        await open_on_paragraph(app, pilot)
        await pilot.press("ctrl+p")
        await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette) and bool(app.screen.query(CommandInput)))
        field = app.screen.query_one(CommandInput)
        assert isinstance(field, InertInput)
        app.post_message(events.Paste("a\u202eb\u200bc\u3164d"))
        await pilot.pause()
        shown = painted(field)
        assert not RAW_UNSAFE.search(shown) and "\u3164" not in shown and "▯" in shown
        assert field.value == "a\u202eb\u200bc\u3164d"  # the value itself is as pasted


async def test_the_panel_filter_holds_at_most_a_query_s_bound(tmp_path: Path) -> None:
    """The side panel's filter is read on the UI thread as typed, like the library's search: a pasted filter of
    thousands of words is cut to MAX_QUERY characters, with a toast."""
    from reader.text_search import MAX_QUERY

    app = app_on(tmp_path / "a.json")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_on_paragraph(app, pilot)
        await screen.panel.open_filter()
        await pilot.pause()
        box = screen.query_one("#panel-filter", InertInput)
        box.post_message(events.Paste("#t color:yellow has:note by:john " * 3_000))
        await pilot.pause()
        assert len(box.value) == MAX_QUERY
        assert any("At most 500 characters" in str(n.message) for n in app._notifications)  # type: ignore[attr-defined]
