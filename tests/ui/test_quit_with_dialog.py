"""Quitting while a note or tags are typed never loses them silently (reader.ui.screens.quitting): ctrl+q, `q`
and the palette's Quit ask "save / discard / keep editing"; a quit nobody can answer (a signal) saves."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import TextArea

from reader.annotation import MAX_TAGS
from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.dialogs import ConfirmScreen, NoteEditor, TagsEditor
from reader.ui.screens.quitting import QuitQuestion
from reader.ui.screens.reading import ReadingScreen
from tests.robustness import wait_for
from tests.ui.test_dialogs_hardening import app_on, open_on_paragraph, post_keys, store_with

NOTE = "an important thought I typed for a minute"


def stored(db: Path) -> list[tuple[str, tuple[str, ...]]]:
    return [(a.note, a.tags) for a in Store(db).all_annotations()]


async def open_new_note(app: ReaderApp, pilot: object, text: str = NOTE) -> NoteEditor:
    await open_on_paragraph(app, pilot)  # type: ignore[arg-type]
    await pilot.press("n")  # type: ignore[attr-defined]
    await wait_for(pilot, lambda: isinstance(app.screen, NoteEditor))  # type: ignore[arg-type]
    editor = app.screen
    assert isinstance(editor, NoteEditor)
    editor.query_one(TextArea).insert(text)
    return editor


async def asked(app: ReaderApp, pilot: Pilot[None], *keys: str) -> None:
    """Press ``keys`` (ctrl+q when none) and wait for the quit question."""
    await pilot.press(*(keys or ("ctrl+q",)))
    await wait_for(pilot, lambda: isinstance(app.screen, QuitQuestion))


async def quits(app: ReaderApp, pilot: Pilot[None], key: str) -> None:
    """Press ``key`` and wait for the app to exit."""
    await pilot.press(key)
    await wait_for(pilot, lambda: app._exit)


async def test_ctrl_q_with_a_note_typed_asks_and_s_saves_it(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    app = app_on(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_new_note(app, pilot)
        await asked(app, pilot)
        assert not app._exit
        question = str(app.screen.query_one(".dialog-title").render())
        assert "note" in question and "not saved" in question
        await quits(app, pilot, "s")
    assert stored(db) == [(NOTE, ())]


async def test_d_discards_the_note_and_the_highlight_made_for_it(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    app = app_on(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_new_note(app, pilot)
        await asked(app, pilot)
        await quits(app, pilot, "d")
    assert stored(db) == []  # as Esc and "discard" do: nothing was made


async def test_esc_keeps_editing_with_the_text_intact(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    app = app_on(db)
    async with app.run_test(size=(120, 40)) as pilot:
        editor = await open_new_note(app, pilot)
        await asked(app, pilot)
        await pilot.press("ctrl+q")  # asked already: a second ctrl+q does not quit over the question
        await pilot.pause()
        assert isinstance(app.screen, QuitQuestion) and not app._exit
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is editor)
        assert editor.text == NOTE and not app._exit
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, ReadingScreen))
        await quits(app, pilot, "q")  # saved: q quits at once
    assert stored(db) == [(NOTE, ())]


async def test_keys_typed_just_before_ctrl_q_are_in_the_saved_note(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    app = app_on(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_new_note(app, pilot, "")
        await post_keys(app, pilot, [*"fast_typist", "ctrl+q"])
        await wait_for(pilot, lambda: isinstance(app.screen, QuitQuestion))
        await quits(app, pilot, "s")
    assert stored(db) == [("fast_typist", ())]


async def test_over_the_discard_question_q_does_nothing_and_ctrl_q_asks(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    app = app_on(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_new_note(app, pilot)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("q")  # a dialog is modal: the app's q does not reach it (only ctrl+q, a priority key)
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and not app._exit
        await asked(app, pilot)
        await quits(app, pilot, "s")
    assert stored(db) == [(NOTE, ())]


async def test_tags_typed_are_asked_about_and_saved(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    store_with(db)
    app = app_on(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_on_paragraph(app, pilot)
        await asked(app, pilot, "t", *"nato", "comma", "N", "A", "T", "O", "ctrl+q")
        assert "tags" in str(app.screen.query_one(".dialog-title").render())
        await quits(app, pilot, "s")
    assert stored(db) == [("", ("nato",))]


async def test_tags_that_cannot_be_saved_are_said_and_the_app_stays(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    store_with(db)
    app = app_on(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_on_paragraph(app, pilot)
        await pilot.press("t")
        await wait_for(pilot, lambda: isinstance(app.screen, TagsEditor))
        editor = app.screen
        assert isinstance(editor, TagsEditor)
        editor.line.value = " ".join(f"t{i}" for i in range(MAX_TAGS + 1))
        await asked(app, pilot)
        await pilot.press("s")
        await wait_for(pilot, lambda: app.screen is editor)
        assert not app._exit
        assert any("Too many tags" in str(n.message) for n in app._notifications)


async def test_an_unchanged_dialog_quits_at_once_as_esc_would(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    app = app_on(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_new_note(app, pilot, "")
        await quits(app, pilot, "ctrl+q")
    assert stored(db) == []  # the highlight made for the note is taken back, as Esc does


async def test_a_quit_nobody_can_answer_saves_what_was_typed(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    app = app_on(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_new_note(app, pilot)
        app.call_later(app._quit_keeping_typed)  # what SIGTERM, SIGHUP or a lost terminal run
        await wait_for(pilot, lambda: app._exit)
    assert stored(db) == [(NOTE, ())]


async def test_the_palettes_quit_asks_too(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    app = app_on(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_new_note(app, pilot)
        await app.run_action("quit")  # the command palette's Quit runs the same action
        await wait_for(pilot, lambda: isinstance(app.screen, QuitQuestion))
        assert not app._exit
