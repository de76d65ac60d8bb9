"""The store's write-ahead journal: replay, torn and corrupt lines, compaction (and a crash inside it), caching,
two writers at once, and SIGKILL while writing through the journal."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import reader.store.database as store_module
from reader.annotation import Annotation
from reader.store import Store, StoreError

WRITER = Path(__file__).with_name("store_writer.py")
TEXT = "Title\n\nThe quick brown fox jumps over the lazy dog. A second sentence here. And a third one.\n"
DOC = "sha256:" + "a" * 64


def make(start: int = 7, end: int = 26, *, note: str = "") -> Annotation:
    return Annotation.create(
        doc_id=DOC, path="doc.txt", title="Doc", text_of_document=TEXT, start=start, end=end, note=note
    )


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store whose writes all go through the journal (as on a large store), folded every 1000 operations."""
    monkeypatch.setattr(store_module, "DIRECT_WRITE_BYTES", 0)
    monkeypatch.setattr(store_module, "COMPACT_ENTRIES", 1000)
    folder = tmp_path / "db"
    folder.mkdir()
    return folder / "annotations.json"


def journal(db: Path) -> Path:
    return db.with_name(db.name + ".journal")


def main_ids(db: Path) -> set[str]:
    data = json.loads(db.read_bytes())
    return {record["id"] for record in data.get("annotations", {}).values()}


def journal_lines(db: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in journal(db).read_bytes().splitlines()]


def test_writes_are_journal_lines_and_replayed_by_another_store(db: Path) -> None:
    from tinydb import TinyDB

    store = Store(db)
    first = make()
    store.add(first)  # the store file is created first, directly
    assert main_ids(db) == {first.id} and not journal(db).exists()
    others = [make(27, 30), make(31, 40)]
    store.add(others[0])
    edited = others[0].edited(note="edited")
    store.update(edited)
    store.add(others[1])
    store.delete(first.id)
    store.save_position(DOC, 12, path="doc.txt", title="Doc")
    lines = journal_lines(db)
    assert lines[0]["op"] == "journal" and [line["op"] for line in lines[1:]] == [
        "put", "put", "put", "delete", "document"
    ]  # fmt: skip
    assert main_ids(db) == {first.id}  # not rewritten: a write costs one appended line
    reopened = Store(db)
    assert {a.id: a for a in reopened.all_annotations()} == {
        others[0].id: edited,
        others[1].id: others[1],
    }
    assert reopened.position(DOC) == 12
    tiny = TinyDB(db, access_mode="r")  # the store file stays in TinyDB's layout (as of the last compaction)
    assert [r["id"] for r in tiny.table("annotations").all()] == [first.id]
    tiny.close()
    store.close()  # folds the journal into the store file
    assert main_ids(db) == {a.id for a in others}
    assert [line["op"] for line in journal_lines(db)] == ["journal"]
    assert {a.id for a in Store(db).all_annotations()} == {a.id for a in others}


def test_compaction_after_n_entries(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "COMPACT_ENTRIES", 5)
    store = Store(db)
    added = [make(n, n + 3) for n in range(12)]
    header_ids = set()
    for annotation in added:
        store.add(annotation)
        header_ids.add(journal_lines(db)[0]["id"] if journal(db).exists() else None)
    assert len(journal_lines(db)) - 1 < 5
    assert len(header_ids - {None}) >= 2  # each fold starts a journal with a new id
    assert {a.id for a in Store(db).all_annotations()} == {a.id for a in added}
    assert len(main_ids(db)) >= 10


def test_a_batch_is_one_line_and_a_large_batch_rewrites_the_file(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "COMPACT_ENTRIES", 10)
    store = Store(db)
    store.add(make())
    store.put_many([make(1, 2), make(3, 4)])
    assert [line["op"] for line in journal_lines(db)] == ["journal", "batch"]
    big = [make(n, n + 1) for n in range(10)]
    store.put_many(big)
    assert main_ids(db) >= {a.id for a in big} and len(journal_lines(db)) == 1
    assert len(Store(db).all_annotations()) == 13


def test_torn_last_line_is_ignored_and_folded_before_the_next_append(db: Path) -> None:
    store = Store(db)
    store.add(make())
    kept = make(27, 30)
    store.add(kept)
    torn = b'{"op":"put","annotation":{"id":"half'
    with journal(db).open("ab") as handle:
        handle.write(torn)
    before = journal(db).read_bytes()
    reader = Store(db)
    assert len(reader.all_annotations()) == 2 and reader.warnings == []
    assert journal(db).read_bytes() == before  # reading never changes the journal
    later = make(31, 40)
    store.add(later)  # folds first: nothing is ever appended after a torn line
    assert not journal(db).read_bytes().endswith(torn) and main_ids(db) >= {kept.id, later.id}
    assert {a.id for a in reader.all_annotations()} == {a.id for a in Store(db).all_annotations()}
    assert len(Store(db).all_annotations()) == 3


@pytest.mark.parametrize(
    "bad",
    [b"not json\n", b'{"op":"explode"}\n', b'{"op":"put","annotation":{"id":"x"}}\n', b"[1]\n", b"\n"],
    ids=["not-json", "unknown-op", "missing-fields", "not-object", "empty-line"],
)
def test_corrupt_line_that_is_not_the_last_is_an_error_and_nothing_is_touched(db: Path, bad: bytes) -> None:
    store = Store(db)
    store.add(make())
    store.add(make(27, 30))
    with journal(db).open("ab") as handle:
        handle.write(bad + json.dumps({"op": "delete", "id": "x"}).encode() + b"\n")
    main_before, journal_before = db.read_bytes(), journal(db).read_bytes()
    with pytest.raises(StoreError) as caught:
        Store(db)
    message = str(caught.value)
    assert "annotations.json.journal is not a valid store journal" in message and "left untouched" in message
    assert "\n" not in message
    for operation in (store.all_annotations, lambda: store.add(make()), store.close):
        try:
            operation()
        except StoreError:
            pass
    assert db.read_bytes() == main_before and journal(db).read_bytes() == journal_before


def test_bad_header_empty_journal_and_newer_format_are_refused(db: Path) -> None:
    Store(db).add(make())
    for content, why in [
        (b"", "0 bytes"),
        (b'{"op":"put"}\n', "not a journal header"),
        (b'{"op":"journal","format":9,"id":"x"}\n', "written by a newer reader"),
    ]:
        journal(db).write_bytes(content)
        with pytest.raises(StoreError, match=why):
            Store(db)
        assert journal(db).read_bytes() == content


def test_a_journal_without_its_store_file_is_refused(db: Path) -> None:
    store = Store(db)
    store.add(make())
    store.add(make(27, 30))
    db.unlink()
    with pytest.raises(StoreError, match="belongs to a store file that is gone"):
        Store(db)
    assert journal(db).exists()


def test_crash_between_compaction_replace_and_journal_reset_replays_idempotently(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(db)
    a, b, c = make(), make(27, 30), make(31, 40)
    store.add(a)
    store.add(b)
    store.update(b.edited(note="one"))
    store.delete(a.id)
    store.add(a.edited(note="back"))  # deleted, then put again: order matters on replay
    store.add(c)
    store.delete(c.id)
    store.save_position(DOC, 9, path="doc.txt", title="Doc")
    expected = {x.id: x for x in Store(db).all_annotations()}
    real_replace = store_module._replace_file

    def crash_on_journal(target: Path, encoded: bytes, mode: int | None, shown: Path) -> None:
        if target.name.endswith(".journal"):
            raise KeyboardInterrupt("killed between the two steps")  # not an OSError: nothing catches it
        real_replace(target, encoded, mode, shown)

    old_journal = journal(db).read_bytes()
    monkeypatch.setattr(store_module, "_replace_file", crash_on_journal)
    with pytest.raises(KeyboardInterrupt):
        with store._locked() as cache:
            store._fold(cache)
    monkeypatch.setattr(store_module, "_replace_file", real_replace)
    assert journal(db).read_bytes() == old_journal  # the old journal is still there...
    assert main_ids(db) == set(expected)  # ...and its operations are already in the store file
    reopened = Store(db)
    assert {x.id: x for x in reopened.all_annotations()} == expected
    assert reopened.position(DOC) == 9 and reopened.warnings == []
    assert len(json.loads(db.read_bytes())["annotations"]) == len(expected)
    d = make(41, 50)
    reopened.add(d)  # appended after the replayed-again operations
    reopened.close()
    assert {x.id for x in Store(db).all_annotations()} == set(expected) | {d.id}
    data = json.loads(db.read_bytes())
    assert len(data["annotations"]) == len(expected) + 1  # no duplicates from replaying twice


def test_reads_are_cached_and_follow_appends(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(db)
    store.add(make())
    other = Store(db)
    parses: list[int] = []
    real_parse = store_module.AtomicJSONStorage.parse

    def counting(self: store_module.AtomicJSONStorage, blob: bytes) -> store_module.Raw:
        parses.append(len(blob))
        return real_parse(self, blob)

    monkeypatch.setattr(store_module.AtomicJSONStorage, "parse", counting)
    for n in range(5):
        store.add(make(n, n + 2))
        assert len(other.all_annotations()) == n + 2  # sees the other's appends
    assert parses == []  # the store file was parsed once, at open
    store.close()  # folded: the other re-reads the new store file once
    assert len(other.all_annotations()) == 6 and len(parses) == 1


def test_lockless_reader_never_sees_a_state_go_back_while_another_folds(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "COMPACT_ENTRIES", 3)
    writer, reader = Store(db), Store(db)
    writer.add(make())
    done = threading.Event()
    errors: list[str] = []

    def read() -> None:
        seen = 0
        while not done.is_set():
            count = len(reader.all_annotations())
            if count < seen:
                errors.append(f"{count} after {seen}")
            seen = count

    thread = threading.Thread(target=read)
    thread.start()
    try:
        for n in range(60):
            writer.add(make(n, n + 1))
    finally:
        done.set()
        thread.join()
    assert errors == []
    assert len(reader.all_annotations()) == 61


def test_two_store_objects_append_in_turn(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "COMPACT_ENTRIES", 7)
    one, two = Store(db), Store(db)
    added = []
    for n in range(20):
        for store in (one, two):
            added.append(make(n, n + 1))
            store.add(added[-1])
    one.delete(added[0].id)
    edited = added[1].edited(note="two")
    two.update(edited)
    assert one.get(added[1].id) == edited and two.get(added[0].id) is None
    assert {a.id for a in Store(db).all_annotations()} == {a.id for a in added[1:]}


def _writer_env(compact_every: int) -> dict[str, str]:
    return {**os.environ, "STORE_WRITER_JOURNAL": str(compact_every)}


@pytest.mark.slow
def test_two_processes_appending_at_once_lose_nothing(db: Path) -> None:
    processes = [
        subprocess.Popen(
            [sys.executable, str(WRITER), str(db), name, "150"], stdout=subprocess.PIPE, text=True, env=_writer_env(23)
        )
        for name in ("one", "two")
    ]
    Store(db).add(make())  # the store file exists before the writers start appending
    reported = set()
    for process in processes:
        out, _ = process.communicate(timeout=120)
        assert process.returncode == 0
        reported |= {line.split()[1] for line in out.splitlines()}
    store = Store(db)
    assert len(reported) == 300
    assert reported <= {a.id for a in store.all_annotations()}
    assert len(store.annotations_for("sha256:one")) == len(store.annotations_for("sha256:two")) == 150


@pytest.mark.slow
def test_sigkill_while_writing_through_the_journal_never_loses_a_reported_write(db: Path) -> None:
    rng = random.Random(99)
    Store(db).add(make())
    added: set[str] = set()
    deleting: set[str] = set()
    deleted: set[str] = set()
    notes: dict[str, int] = {}
    for rounds in range(40):
        process = subprocess.Popen(
            [sys.executable, str(WRITER), str(db), "churn", str(rounds)],
            stdout=subprocess.PIPE,
            text=True,
            env=_writer_env(rng.choice([5, 17, 50])),
        )
        time.sleep(rng.uniform(0.05, 0.3))
        process.send_signal(signal.SIGKILL)
        out, _ = process.communicate()
        for line in out.splitlines():
            parts = line.split()
            if len(parts) < 2 or (parts[0] == "u" and len(parts) < 3):
                continue
            kind, ident = parts[0], parts[1]
            if kind == "a":
                added.add(ident)
            elif kind == "D":
                deleting.add(ident)
            elif kind == "d":
                deleted.add(ident)
            elif kind == "u":
                notes[ident] = max(notes.get(ident, 0), int(parts[2]))
        present = {a.id: a for a in Store(db).all_annotations()}  # parses, or StoreError fails the test
        assert not (deleted & present.keys())
        missing = (added - deleting) - present.keys()
        assert not missing, f"round {rounds}: reported writes lost: {missing}"
        for ident, note in notes.items():
            if ident in present:
                assert int(present[ident].note) >= note
    assert added, "the writer was killed before it did anything"
    assert not [p for p in db.parent.iterdir() if ".tmp-" in p.name]


def test_small_store_stays_one_file(tmp_path: Path) -> None:
    (tmp_path / "small").mkdir()
    db = tmp_path / "small" / "annotations.json"
    store = Store(db)
    for n in range(20):
        store.add(make(n, n + 1))
    store.close()
    assert sorted(p.name for p in db.parent.iterdir()) == ["annotations.json"]


def test_move_aside_takes_the_journal_along(db: Path) -> None:
    store = Store(db)
    store.add(make())
    store.add(make(27, 30))
    aside = Store.move_aside(db)
    assert not journal(db).exists() and aside.with_name(aside.name + ".journal").exists()
    assert Store(db).all_annotations() == []
