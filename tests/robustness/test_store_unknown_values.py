"""Issue 12, item 10: an unknown colour (and its relatives: an unknown anchor status, a timestamp that is not
one) in a hand-edited store is shown with a default and a warning line, in the store's own reading, so every
consumer - the app, ``export`` - gets a valid record; the file keeps the record as it was.

The fault: ``"color": "red"`` crashed the app (KeyError in the article's component classes, exit 1) while
``reader export`` of the same store worked, and its native export was then refused by ``reader import``.
"""

from __future__ import annotations

import json
from pathlib import Path

from reader.annotation import COLORS, DEFAULT_COLOR, Annotation
from reader.annotation_rules import EPOCH
from reader.cli import main
from reader.loader import load_document
from reader.store import Store
from reader.ui.app import ReaderApp
from tests.conftest import SEED
from tests.robustness import wait_for


def hand_edited_store(db: Path, doc_id: str, text: str, **fields: object) -> dict[str, object]:
    """A store with one good highlight and one whose ``fields`` were edited by hand (as JSON)."""
    good = Annotation.create(doc_id=doc_id, path=str(SEED), title="T", text_of_document=text, start=0, end=5)
    edited = Annotation.create(doc_id=doc_id, path=str(SEED), title="T", text_of_document=text, start=10, end=20)
    record = {**edited.to_dict(), **fields}
    db.write_text(json.dumps({"annotations": {"1": good.to_dict(), "2": record}}), encoding="utf-8")
    return record


def test_an_unknown_colour_is_read_as_the_default_with_a_warning(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    record = hand_edited_store(db, "sha256:x", "0123456789abcdefghijklmnop", color="red")
    before = db.read_bytes()
    store = Store(db)
    shown = store.get(str(record["id"]))
    assert shown is not None and shown.color == DEFAULT_COLOR
    assert all(a.color in COLORS for a in store.all_annotations())
    (warning,) = store.warnings
    assert 'color: expected one of' in warning and '"red"' in warning and "shown as" in warning
    assert "\n" not in warning
    assert db.read_bytes() == before  # reading never rewrites


def test_other_unknown_values_get_defaults_too(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    record = hand_edited_store(
        db, "sha256:x", "0123456789abcdefghijklmnop", anchor="lost", created="garbage", updated=""
    )
    store = Store(db)
    shown = store.get(str(record["id"]))
    assert shown is not None
    assert (shown.anchor, shown.created, shown.updated) == ("exact", EPOCH, EPOCH)
    assert len(store.warnings) == 1 and all(name in store.warnings[0] for name in ("anchor", "created", "updated"))


def test_an_edit_writes_the_record_as_shown(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    record = hand_edited_store(db, "sha256:x", "0123456789abcdefghijklmnop", color="red")
    store = Store(db)
    shown = store.get(str(record["id"]))
    assert shown is not None
    store.update(shown.edited(note="now noted"))
    reopened = Store(db)
    assert reopened.warnings == []
    again = reopened.get(str(record["id"]))
    assert again is not None and again.color == DEFAULT_COLOR and again.note == "now noted"


def test_export_warns_and_its_output_imports_again(tmp_path: Path, capsys: object) -> None:
    db = tmp_path / "a.json"
    hand_edited_store(db, "sha256:x", "0123456789abcdefghijklmnop", color="red", created="garbage")
    out = tmp_path / "out.json"
    assert main(["export", "--db", str(db), "-o", str(out)]) == 0
    fresh = tmp_path / "fresh.json"
    assert main(["import", str(out), "--db", str(fresh)]) == 0  # was refused: "color ... got red"
    assert {a.color for a in Store(fresh).all_annotations()} == {DEFAULT_COLOR}


async def test_the_app_opens_a_store_with_an_unknown_colour(tmp_path: Path) -> None:
    document = load_document(SEED)
    db = tmp_path / "a.json"
    record = hand_edited_store(db, document.id, document.text, color="red")
    app = ReaderApp(store=Store(db), paths=[SEED], document=document)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: len(app.screen.session.annotations) == 2)  # type: ignore[attr-defined]
        screen = app.screen
        shown = screen.session.annotations[str(record["id"])]  # type: ignore[attr-defined]
        assert shown.color == DEFAULT_COLOR
        for y in range(screen.article.size.height):  # type: ignore[attr-defined]
            screen.article.render_line(y)  # type: ignore[attr-defined]
        await pilot.press("j", "j")
        await pilot.pause()
    assert app.return_code in (None, 0)
