"""A journal line holding a number out of a float's range (``1e400``) is refused as the store file refuses it,
naming the line; nothing is written (a hostile review's finding: the journal read it as infinity, skipped the
record and kept it, and then no fold could ever write the store again: "Out of range float values are not JSON
compliant", naming no line)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import reader.store.database as store_module
from reader.annotation import Annotation
from reader.store import Store, StoreError
from reader.store import journal as store_journal

TEXT = "Title\n\nThe quick brown fox jumps over the lazy dog. A second sentence here. And a third one.\n"
DOC = "sha256:" + "b" * 64


def make(start: int = 7, end: int = 26) -> Annotation:
    return Annotation.create(doc_id=DOC, path="doc.txt", title="Doc", text_of_document=TEXT, start=start, end=end)


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store whose writes all go through the journal, folded every 5 operations."""
    monkeypatch.setattr(store_module, "DIRECT_WRITE_BYTES", 0)
    monkeypatch.setattr(store_module, "COMPACT_ENTRIES", 5)
    folder = tmp_path / "db"
    folder.mkdir()
    return folder / "annotations.json"


BAD_LINES = [
    b'{"op":"put","annotation":{"id":"x","doc_id":"d","start":1e400,"end":1,"text":""}}',
    b'{"op":"put","annotation":{"id":"x","doc_id":"d","start":1,"end":2,"text":"","extra":-1e400}}',
    b'{"op":"document","document":{"id":"d","position":1.5e3089}}',
    b'{"op":"batch","ops":[{"op":"delete","id":"y"},{"op":"put","annotation":'
    b'{"id":"x","doc_id":"d","start":1,"end":2e999,"text":""}}]}',
]


@pytest.mark.parametrize("bad", BAD_LINES, ids=["start", "extra-field", "document", "in-a-batch"])
def test_a_journal_number_out_of_range_is_refused_naming_its_line(db: Path, bad: bytes) -> None:
    store = Store(db)
    store.add(make())
    store.add(make(27, 30))
    journal = db.with_name(db.name + ".journal")
    lines = journal.read_bytes().count(b"\n")
    with journal.open("ab") as handle:
        handle.write(bad + b"\n")
    before = db.read_bytes(), journal.read_bytes()
    with pytest.raises(StoreError) as caught:
        Store(db)
    message = str(caught.value)
    assert f"line {lines + 1} " in message and "number out of range" in message and "\n" not in message
    assert "not a valid store journal" in message and "left untouched" in message
    for _ in range(12):  # enough changes for several folds: none may write anything
        with pytest.raises(StoreError):
            store.add(make(27, 30))
    assert (db.read_bytes(), journal.read_bytes()) == before


def test_the_store_file_and_the_journal_read_numbers_by_the_same_rules() -> None:
    for text in ("1e400", "-1e400", "NaN", "Infinity", "-Infinity"):
        with pytest.raises(ValueError):
            store_journal.loads(f'{{"n": {text}}}')
    assert store_journal.loads('{"n": 1.5e308, "m": 12345678901234567890}') == {
        "n": 1.5e308,
        "m": 12345678901234567890,
    }
    assert json.dumps(store_journal.loads(b'[1e-400, 0.5]'), allow_nan=False) == "[0.0, 0.5]"
