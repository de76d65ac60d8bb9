"""A small library for the library and search tests and snapshots: a store written with fixed times.

Four documents: a Markdown file read halfway with two highlights (a quotation with a speaker and a tag, and one
with a note), a text file whose size changed since it was opened, a file that is gone (its highlight keeps its
context), and a web page (a URL). The store is written as JSON in the store's layout, so "last opened" is fixed
(the app would write the time now); :data:`NOW` is the clock the screen is given.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reader.annotation import Annotation
from reader.document import Document
from reader.loader import load_document

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)

RIVER = """# The River Report

The council met on Tuesday to discuss the flood gauges.

"The gauges were moved in 2019," said Mayor Holt, who chairs the water board.

Farmers asked why nobody had told them. The answer came a week later.
"""

COUNCIL = "Council minutes\n\nThe budget table was shown twice.\n"
GONE_TEXT = "A Vanished Article\n\nThe bridge toll rises again next spring, the operator said.\n"
URL = "https://example.org/news/story.html"


def _annotation(document: Document, phrase: str, **fields: Any) -> dict[str, Any]:
    start = document.text.index(phrase)
    annotation = Annotation.create(
        doc_id=document.id,
        path=document.path,
        title=document.title,
        text_of_document=document.text,
        start=start,
        end=start + len(phrase),
        **fields,
    )
    stamp = "2026-11-20T09:05:00.000000+00:00"
    return {**annotation.to_dict(), "created": stamp, "updated": stamp}


def make_library(folder: Path) -> dict[str, Any]:
    """Write the documents and the store into ``folder``; returns the store path and the documents."""
    river_path = folder / "river.md"
    river_path.write_text(RIVER, encoding="utf-8")
    council_path = folder / "council.txt"
    council_path.write_text(COUNCIL, encoding="utf-8")
    river, council = load_document(river_path), load_document(council_path)
    gone = Document(GONE_TEXT, path=str(folder / "vanished.txt"))
    page = Document("A Web Story\n\nThe harbour reopens on Monday.\n", path=URL)
    annotations = [
        _annotation(river, "The gauges were moved in 2019,", speaker="Mayor Holt", tags=("water",), color="green"),
        _annotation(river, "Farmers asked why nobody had told them.", note="follow up with the farmers' union"),
        _annotation(gone, "The bridge toll rises again next spring", note="check the toll tables"),
        _annotation(page, "The harbour reopens on Monday.", tags=("harbour",)),
    ]
    documents = [
        dict(id=river.id, path=river.path, title=river.title, position=len(river.text) // 2,
             opened="2026-11-24T08:30:00.000000+00:00", source={"kind": "markdown", "path": river.path},
             length=len(river.text), size=river_path.stat().st_size),
        dict(id=council.id, path=council.path, title=council.title, position=0,
             opened="2026-11-20T16:00:00.000000+00:00", source={"kind": "text", "path": council.path},
             length=len(council.text), size=council_path.stat().st_size + 10),
        dict(id=gone.id, path=gone.path, title=gone.title, position=10,
             opened="2026-10-01T10:00:00.000000+00:00", source={"kind": "text", "path": gone.path},
             length=len(gone.text), size=len(GONE_TEXT)),
        dict(id=page.id, path=URL, title="A Web Story", position=None,
             opened="2026-11-25T07:15:00.000000+00:00", source={"kind": "html", "url": URL, "title": "A Web Story"}),
    ]  # fmt: skip
    raw = {
        "meta": {"1": {"schema_version": 1}},
        "annotations": {str(i + 1): record for i, record in enumerate(annotations)},
        "documents": {str(i + 1): record for i, record in enumerate(documents)},
    }
    store = folder / "library.json"
    store.write_text(json.dumps(raw), encoding="utf-8")
    return {"store": store, "river": river, "council": council, "gone": gone, "page": page, "annotations": annotations}
