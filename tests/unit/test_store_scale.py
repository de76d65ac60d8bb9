"""A store that scales (issue 14, item 4): reads that parse once, a large store read one document at a time
through its index, folds that leave a file TinyDB opens (in this process and in a child), reading positions
that do not make the journal fold, and a close that does not rewrite a large store."""

from __future__ import annotations

import dataclasses
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tinydb import TinyDB

import reader.store.database as store_module
import reader.store.file as file_module
from reader.annotation import Annotation
from reader.store import Store, StoreError, layout
from reader.store import fold as fold_module

TEXT = "Title\n\n" + "The quick brown fox jumps over the lazy dog. " * 200


def make(doc: int, start: int = 7, *, note: str = "") -> Annotation:
    return Annotation.create(
        doc_id=f"sha256:{doc:064x}", path=f"doc-{doc}.txt", title=f"Doc {doc}", text_of_document=TEXT,
        start=start, end=start + 20, note=note,
    )


@pytest.fixture
def small_index(monkeypatch: pytest.MonkeyPatch) -> None:
    """Index (and fold in a child) from 20 kB on, so a few hundred records make a 'large' store."""
    monkeypatch.setattr(layout, "INDEX_MIN_BYTES", 20_000)
    monkeypatch.setattr(store_module, "BACKGROUND_FOLD_BYTES", 20_000)
    monkeypatch.setattr(store_module, "DIRECT_WRITE_BYTES", 0)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, int]]:
    """How often the whole file was parsed, and how many index runs were read."""
    counts = {"parse": 0, "runs": 0}
    parse, read_records = file_module.AtomicJSONStorage.parse, layout.read_records

    def counting_parse(self: Any, blob: bytes) -> Any:
        counts["parse"] += 1
        return parse(self, blob)

    def counting_read(*args: Any) -> Any:
        counts["runs"] += 1
        return read_records(*args)

    monkeypatch.setattr(file_module.AtomicJSONStorage, "parse", counting_parse)
    monkeypatch.setattr(layout, "read_records", counting_read)
    monkeypatch.setattr("reader.store.lite.read_records", counting_read)
    monkeypatch.setattr("reader.store.database.store_layout.read_records", counting_read)
    yield counts


def big_store(tmp_path: Path, documents: int = 6, per_document: int = 60) -> tuple[Path, list[Annotation]]:
    db = tmp_path / "db" / "annotations.json"
    db.parent.mkdir()
    batch = [make(d, 7 + n, note="n" * (n % 3)) for d in range(documents) for n in range(per_document)]
    Store(db).put_many(batch)  # one large batch: written whole, with its index
    return db, batch


def test_to_dict_is_asdict_with_tags_as_a_list() -> None:
    annotation = make(1, note="x")
    annotation = dataclasses.replace(annotation, tags=("a", "b"), speaker="S")
    expected = dataclasses.asdict(annotation)
    expected["tags"] = ["a", "b"]
    assert annotation.to_dict() == expected and list(annotation.to_dict()) == list(expected)


def test_a_read_after_a_read_parses_nothing(tmp_path: Path, counted: dict[str, int]) -> None:
    db = tmp_path / "annotations.json"
    store = Store(db)
    store.put_many([make(1), make(2)])
    reader = Store(db)
    reader.all_annotations()
    reader.annotations_for(make(1).doc_id)
    after_first = dict(counted)
    for _ in range(3):
        reader.all_annotations()
        reader.annotations_for(make(1).doc_id)
        reader.documents()
        reader.position(make(1).doc_id)
        reader.annotation_counts()
    assert counted == after_first


def test_a_large_store_opens_without_reading_a_record(
    tmp_path: Path, small_index: None, counted: dict[str, int]
) -> None:
    db, _ = big_store(tmp_path)
    assert layout.index_path(db).exists()
    counted.update(parse=0, runs=0)
    store = Store(db)
    assert counted == {"parse": 0, "runs": 1}  # the documents table's run (a few records)
    mine = store.annotations_for(make(3).doc_id)
    assert len(mine) == 60 and {a.doc_id for a in mine} == {make(3).doc_id}
    runs = counted["runs"]
    assert store.annotations_for(make(3).doc_id) == mine and counted["runs"] == runs  # kept
    assert counted["parse"] == 0
    assert store.annotation_counts() == {make(d).doc_id: (60, 40) for d in range(6)}
    assert counted["parse"] == 0
    assert len(store.all_annotations()) == 360 and counted["parse"] == 1  # everything: the whole file, once


def test_the_index_view_agrees_with_the_whole_file(tmp_path: Path, small_index: None) -> None:
    """Random puts (new, edited, moved to another document), deletes and positions through the journal: each
    document's annotations, the counts and the positions read through the index equal a whole-file read."""
    db, batch = big_store(tmp_path)
    writer = Store(db)
    rng = random.Random(5)
    known = list(batch)
    for step in range(150):
        choice = rng.random()
        if choice < 0.3:
            new = make(rng.randrange(8), rng.randrange(0, 500), note=rng.choice(["", "note"]))
            writer.add(new)
            known.append(new)
        elif choice < 0.55:
            old = rng.choice(known)
            doc = rng.randrange(8)
            writer.update(dataclasses.replace(old, doc_id=make(doc).doc_id, path=f"doc-{doc}.txt", note="moved"))
        elif choice < 0.8:
            writer.delete(rng.choice(known).id)
        else:
            writer.save_position(make(rng.randrange(8)).doc_id, step, path="p", title="t")
    lite = Store(db)
    full = Store(db)
    everything = full.all_annotations()
    for doc in range(8):
        doc_id = make(doc).doc_id
        assert lite.annotations_for(doc_id) == [a for a in everything if a.doc_id == doc_id]
        assert lite.annotations_for_path(f"doc-{doc}.txt") == full.annotations_for_path(f"doc-{doc}.txt")
        assert lite.position(doc_id) == full.position(doc_id)
    expected: dict[str, tuple[int, int]] = {}
    for annotation in everything:
        count, notes = expected.get(annotation.doc_id, (0, 0))
        expected[annotation.doc_id] = (count + 1, notes + bool(annotation.note.strip()))
    assert Store(db).annotation_counts() == expected
    assert lite.documents() == full.documents()


def test_folds_leave_a_file_tinydb_reads_whole(tmp_path: Path, small_index: None) -> None:
    db, batch = big_store(tmp_path)
    store = Store(db)
    store.add(make(9))
    store.close()  # folds, in this process
    records = TinyDB(db).table("annotations").all()
    assert len(records) == len(batch) + 1
    assert {r["id"] for r in records} >= {a.id for a in batch}
    assert json.loads(db.read_bytes())["meta"] == {"1": {"schema_version": 1}}


def test_a_fold_in_a_child_process_keeps_everything_and_the_ui_thread_never_folds(
    tmp_path: Path, small_index: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "COMPACT_ENTRIES", 20)
    db, batch = big_store(tmp_path)
    store = Store(db, background_folds=True)
    folded_here: list[int] = []
    monkeypatch.setattr(Store, "_fold", lambda self, cache: folded_here.append(1))
    edited = [a.edited(note=f"edit {n}") for n, a in enumerate(batch[:45])]
    for annotation in edited:
        store.update(annotation)
    assert store.wait_for_fold(60) and not folded_here
    child = store._fold_child.child if store._fold_child else None
    assert child is not None and child.returncode == 0
    for annotation in edited[40:]:  # appended after the fold as well
        store.update(annotation)
    store.wait_for_fold(60)
    reread = {a.id: a for a in Store(db).all_annotations()}
    assert all(reread[a.id] == a for a in edited) and len(reread) == len(batch)
    records = TinyDB(db).table("annotations").all()
    assert len(records) == len(batch)
    folded = {r["id"]: r for r in records}
    assert sum(folded[a.id]["note"] == a.note for a in edited) >= 20  # the child wrote them into the file


def test_the_fold_copies_what_was_appended_while_it_encoded(tmp_path: Path, small_index: None,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    db, batch = big_store(tmp_path)
    first, late = batch[0].edited(note="before the fold"), batch[1].edited(note="during the fold")
    Store(db).update(first)
    encode = file_module.AtomicJSONStorage.encode

    def encode_then_append(self: Any, data: Any) -> Any:
        result = encode(self, data)
        Store(db).update(late)  # another writer, while the fold holds no lock
        return result

    monkeypatch.setattr(file_module.AtomicJSONStorage, "encode", encode_then_append)
    assert fold_module.fold(db)
    monkeypatch.undo()
    lines = db.with_name(db.name + ".journal").read_bytes().splitlines()
    assert len(lines) == 2 and json.loads(lines[1])["annotation"]["note"] == "during the fold"
    file_notes = {r["id"]: r["note"] for r in TinyDB(db).table("annotations").all()}
    assert file_notes[first.id] == "before the fold" and file_notes[late.id] == batch[1].note
    assert {a.id: a.note for a in Store(db).all_annotations()}[late.id] == "during the fold"


def test_a_fold_gives_up_when_another_process_folded_first(tmp_path: Path, small_index: None,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    db, batch = big_store(tmp_path)
    Store(db).update(batch[0].edited(note="x"))
    encode = file_module.AtomicJSONStorage.encode

    def encode_and_race(self: Any, data: Any) -> Any:
        result = encode(self, data)
        Store(db).close()  # folds in this process meanwhile
        return result

    monkeypatch.setattr(file_module.AtomicJSONStorage, "encode", encode_and_race)
    assert fold_module.fold(db) is False  # the file it read was replaced meanwhile: nothing written
    assert {a.id: a.note for a in Store(db).all_annotations()}[batch[0].id] == "x"


def test_reading_positions_do_not_make_the_journal_fold(tmp_path: Path, small_index: None,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "COMPACT_ENTRIES", 5)
    db, _ = big_store(tmp_path)
    store = Store(db)
    inode = db.stat().st_ino
    for offset in range(1, 30):
        store.save_position(make(1).doc_id, offset, path="doc-1.txt", title="Doc 1")
    assert db.stat().st_ino == inode  # not rewritten
    assert Store(db).position(make(1).doc_id) == 29
    for n in range(5):
        store.add(make(2, 100 + n))
    assert db.stat().st_ino != inode  # five changes: folded


def test_close_with_background_folds_leaves_a_large_store_as_it_is(tmp_path: Path, small_index: None) -> None:
    db, _ = big_store(tmp_path)
    store = Store(db, background_folds=True)
    added = make(7)
    store.add(added)
    inode = db.stat().st_ino
    store.close()
    assert db.stat().st_ino == inode and db.with_name(db.name + ".journal").exists()
    assert added.id in {a.id for a in Store(db).all_annotations()}  # replayed from the journal


def test_a_store_changed_by_another_program_is_read_whole_and_a_damaged_one_refused(
    tmp_path: Path, small_index: None, counted: dict[str, int]
) -> None:
    db, batch = big_store(tmp_path)
    data = json.loads(db.read_bytes())
    data["annotations"]["1"]["note"] = "edited by hand"
    db.write_text(json.dumps(data, indent=2), encoding="utf-8")  # the index now names another file
    counted.update(parse=0)
    store = Store(db)
    assert counted["parse"] == 1
    assert "edited by hand" in {a.note for a in store.all_annotations()}
    index = layout.index_path(db).read_bytes()
    db.write_bytes(db.read_bytes()[:-50])  # cut short
    with pytest.raises(StoreError, match="not a valid store"):
        Store(db)
    assert layout.index_path(db).read_bytes() == index


def test_an_index_that_lies_about_its_file_falls_back_to_the_whole_file(tmp_path: Path, small_index: None) -> None:
    db, batch = big_store(tmp_path)
    index = layout.index_path(db)
    head, groups, ids = index.read_bytes().split(b"\n")[:3]
    bogus = json.loads(groups)
    for group in bogus:
        group[1], group[2] = 3, 40  # runs that are not records
    index.write_bytes(b"\n".join([head, json.dumps(bogus).encode(), ids]) + b"\n")
    store = Store(db)
    assert len(store.annotations_for(make(2).doc_id)) == 60
    assert sum(count for count, _ in store.annotation_counts().values()) == len(batch)


def test_encode_writes_tinydb_layout_with_runs_by_document() -> None:
    raw: dict[str, dict[str, Any]] = {
        "meta": {"1": {"schema_version": 1}},
        "annotations": {"1": make(1).to_dict(), "2": make(2).to_dict(), "3": make(1, 30).to_dict(), "4": {"x": 1}},
        "documents": {"1": {"id": "d", "path": "p", "title": "t", "position": None, "opened": ""}},
        "other": {"1": {"kept": "\ud800"}},
    }
    encoded = layout.encode(raw)
    assert json.loads(encoded.data) == raw
    groups = {group[0]: group for group in encoded.groups}
    assert set(groups) == {make(1).doc_id, make(2).doc_id, None} and groups[make(1).doc_id][3] == 2
    start, end = groups[make(1).doc_id][1:3]
    assert set(json.loads(b"{" + encoded.data[start:end] + b"}")) == {"1", "3"}
    start, end = encoded.documents
    assert json.loads(b"{" + encoded.data[start:end] + b"}") == raw["documents"]
