"""Snapshots of what the second hardening round changed on screen (issue 12, items 1, 10, 12, 18, 19).

Dialogs are drawn over the article (the passage stays in view), the tags editor and the "discard?" question
included; stored notes with escape sequences, bidi and zero-width characters show as placeholders in the note
editor; the panel can be widened and shows three lines of a note; the note dialog keeps its save hint at 40x12;
a hand-edited unknown colour is drawn as the default. Regenerate with ``pytest tests/snapshots
--snapshot-update`` and look at every changed SVG before keeping it.
"""

from __future__ import annotations

import json
from pathlib import Path

from textual.pilot import Pilot

from reader.annotation import Annotation
from reader.loader import load_document
from reader.store import Store
from reader.ui.app import ReaderApp
from tests.conftest import SEED
from tests.snapshots.test_annotating_snapshots import SIZE, make_app, settle

HOSTILE_NOTE = "Copied \x1b]52;c;cHduZWQ=\x1b\\ and \x1b]0;PWNED\x1b\\ from a shared file \u202eabc\u200b end"
LONG_NOTE = (
    "Check against the troop figures Lithuania and Poland published in August before quoting this; "
    "the ministry's own numbers say otherwise, and the claim repeats one from 2014."
)


def test_tags_editor_over_the_article(snap_compare, store_path: Path) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot, "There is no military")
        await pilot.press("t")
        await pilot.pause()

    assert snap_compare(make_app(store_path), terminal_size=SIZE, run_before=run_before)


def test_discard_question_over_the_article(snap_compare, store_path: Path) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot, "fundamental values")
        await pilot.press("n", *" and which rights", "escape")
        await pilot.pause()

    assert snap_compare(make_app(store_path), terminal_size=SIZE, run_before=run_before)


def test_wide_panel_shows_three_note_lines(snap_compare, store_path: Path) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot, "NATO Secretary General")
        await pilot.press("n")
        pilot.app.screen.focused.insert(LONG_NOTE)  # type: ignore[union-attr]
        await pilot.press("ctrl+s", "greater_than_sign", "greater_than_sign", "greater_than_sign")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(make_app(store_path), terminal_size=SIZE, run_before=run_before)


def test_note_dialog_keeps_its_save_hint_at_40x12(snap_compare, store_path: Path) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot, "fundamental values")
        await pilot.press("n")
        await pilot.pause()

    assert snap_compare(make_app(store_path), terminal_size=(40, 12), run_before=run_before)


def _single_highlight_app(store_path: Path, *, note: str = "", color: str = "yellow") -> ReaderApp:
    """The seed with one highlight on "NATO Secretary General"; ``color`` is written into the file as it is
    (a hand edit), after the store wrote the record."""
    document = load_document(SEED)
    start = document.text.index("NATO Secretary General")
    annotation = Annotation.create(
        doc_id=document.id, path=document.path, title=document.title, text_of_document=document.text,
        start=start, end=start + len("NATO Secretary General"), color="green", note=note,
    )
    Store(store_path).put_many([annotation])
    if color != "green":
        data = json.loads(store_path.read_text(encoding="utf-8"))
        for record in data["annotations"].values():
            record["color"] = color
        store_path.write_text(json.dumps(data), encoding="utf-8")
    return ReaderApp(store=Store(store_path), paths=[SEED], document=document)


async def _settled_on_highlight(pilot: Pilot[None]) -> None:
    app = pilot.app
    for _ in range(100):
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        if getattr(screen, "quotations", None) and getattr(screen, "session", None) and screen.session.annotations:
            break
    screen = app.screen
    screen.article.move_to(screen.document.text.index("NATO Secretary General"))  # type: ignore[attr-defined]
    await pilot.pause()


def test_hostile_note_is_inert_in_the_editor(snap_compare, store_path: Path) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await _settled_on_highlight(pilot)
        await pilot.press("n")
        await pilot.pause()

    app = _single_highlight_app(store_path, note=HOSTILE_NOTE)
    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_unknown_colour_is_drawn_as_the_default(snap_compare, store_path: Path) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await _settled_on_highlight(pilot)

    app = _single_highlight_app(store_path, color="red")
    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
