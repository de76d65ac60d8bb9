"""An annotation imported from another tool by its quote alone (a W3C TextQuoteSelector, no position) on a
document the store already knows is anchored by its words when the document opens (a review found it orphaned
for ever: "Highlights (2) · 1 orphaned", its words in plain sight)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from reader.annotation import Annotation
from reader.cli import main
from reader.loader import load_document
from reader.store import Store
from reader.ui.screens.reading import ReadingScreen
from tests.conftest import SEED
from tests.ui.test_reanchor_app import opened

QUOTE = "There is no military NATO build up in the region."


async def test_a_quote_only_import_on_a_known_document_is_anchored_on_open(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    shutil.copyfile(SEED, path)
    store_path = tmp_path / "store.json"
    document = load_document(path)
    start = document.text.index("Stoltenberg")
    store = Store(store_path)
    store.put_many([Annotation.create(doc_id=document.id, path=document.path, title=document.title,
                                      text_of_document=document.text, start=start, end=start + 11)])
    store.remember_document(document.id, path=document.path, title=document.title)
    foreign = {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://example.org/anno/1", "type": "Annotation",
               "body": {"type": "TextualBody", "value": "From another tool", "purpose": "commenting"},
               "target": {"source": path.resolve().as_uri(),
                          "selector": {"type": "TextQuoteSelector", "exact": QUOTE}}}
    imported = tmp_path / "foreign.jsonld"
    imported.write_text(json.dumps(foreign), encoding="utf-8")
    assert main(["import", str(imported), "--db", str(store_path)]) == 0

    async with opened(store_path, path) as (app, _pilot, messages):
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        found = [a for a in screen.session.annotations.values() if a.note == "From another tool"]
        assert len(found) == 1 and found[0].anchor != "orphan"
        assert document.text[found[0].start : found[0].end] == QUOTE
        assert any("found in the text by their words" in m for m in messages)
        assert not any("changed since it was annotated" in m for m in messages)
    stored = {a.note: a for a in Store(store_path).all_annotations()}
    assert stored["From another tool"].anchor != "orphan"  # and kept so: not anchored again on every opening
