"""The annotation store: round trips, corrupt and hostile files, atomic writes, crashes and two processes."""

from __future__ import annotations

import json
import os
import random
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from reader.annotation import Annotation
from reader.errors import ReaderError
from reader.store import DocumentRecord, Store, StoreError

WRITER = Path(__file__).with_name("store_writer.py")
TEXT = "Title\n\nThe quick brown fox jumps over the lazy dog. A second sentence here. And a third one.\n"
DOC = "sha256:" + "a" * 64


def make(start: int = 7, end: int = 26, *, doc_id: str = DOC, path: str = "doc.txt", note: str = "") -> Annotation:
    return Annotation.create(
        doc_id=doc_id, path=path, title="Doc", text_of_document=TEXT, start=start, end=end, note=note
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A store path in a folder of its own (so a test can list the folder)."""
    folder = tmp_path / "db"
    folder.mkdir()
    return folder / "annotations.json"


def raw(path: Path) -> dict[str, dict[str, dict[str, object]]]:
    data: dict[str, dict[str, dict[str, object]]] = json.loads(path.read_bytes())
    return data


# -- round trips ------------------------------------------------------------------------------------


def test_absent_file_is_an_empty_store_created_on_first_write(db: Path) -> None:
    store = Store(db)
    assert store.all_annotations() == [] and store.documents() == [] and store.position(DOC) is None
    assert not db.exists()
    store.add(make())
    assert db.exists()


def test_add_get_update_delete(db: Path) -> None:
    store = Store(db)
    first, second = make(7, 26), make(27, 30)
    store.add(second)
    store.add(first)
    assert store.get(first.id) == first
    assert store.annotations_for(DOC) == [first, second]  # reading order, not insertion order
    edited = first.edited(note="a note", tags=("x", "y"), speaker="Ann")
    store.update(edited)
    assert Store(db).get(first.id) == edited
    assert len(Store(db).all_annotations()) == 2
    store.delete(first.id)
    assert store.get(first.id) is None and store.all_annotations() == [second]
    store.delete("no-such-id")  # deleting twice is fine
    missing = make(40, 45)
    assert store.update(missing) is False  # a change to a record that is gone never recreates it
    assert store.get(missing.id) is None


def test_put_many_upserts_in_one_write(db: Path) -> None:
    store = Store(db)
    old = make(7, 26)
    store.add(old)
    batch = [old.edited(note="changed"), make(27, 30), make(31, 40, doc_id="sha256:other", path="doc.txt")]
    store.put_many(batch)
    assert sorted(a.id for a in store.all_annotations()) == sorted(a.id for a in batch)
    assert store.get(old.id) == batch[0]
    assert [a.id for a in store.annotations_for_path("doc.txt")] == [a.id for a in batch]
    assert store.annotations_for("sha256:other") == [batch[2]]
    store.put_many([])


def test_replace_all_for(db: Path) -> None:
    store = Store(db)
    a, b, other = make(7, 26), make(27, 30), make(7, 26, doc_id="sha256:other")
    store.put_many([a, b, other])
    store.replace_all_for(DOC, [b.edited(start=28)])
    assert [x.id for x in store.annotations_for(DOC)] == [b.id] and store.get(other.id) == other


def test_positions_and_documents(db: Path) -> None:
    store = Store(db)
    store.remember_document(DOC, path="doc.txt", title="Doc")
    assert store.position(DOC) is None
    store.save_position(DOC, 42, path="doc.txt", title="Doc")
    store.save_position("sha256:b", 7, path="b.txt", title="B")
    store.remember_document(DOC, path="moved.txt", title="Doc 2")  # reopening keeps the position
    reopened = Store(db)
    assert reopened.position(DOC) == 42 and reopened.position("sha256:b") == 7
    records = reopened.documents()
    assert [r.id for r in records] == [DOC, "sha256:b"]  # most recently opened first
    assert records[0] == DocumentRecord(DOC, "moved.txt", "Doc 2", 42, records[0].opened)
    with pytest.raises(ValueError):
        store.save_position(DOC, -1, path="doc.txt", title="Doc")


def test_layout_schema_version_and_tinydb_can_read_it(db: Path) -> None:
    from tinydb import TinyDB

    store = Store(db)
    annotation = make(note="naïve “quotes” 日本")
    store.add(annotation)
    store.save_position(DOC, 3, path="doc.txt", title="Doc")
    data = raw(db)
    assert list(data["meta"].values()) == [{"schema_version": Store.SCHEMA_VERSION}]
    assert "naïve “quotes” 日本".encode() in db.read_bytes()  # ensure_ascii=False, UTF-8
    tiny = TinyDB(db, access_mode="r")
    assert tiny.table("annotations").all() == [annotation.to_dict()]
    assert tiny.table("documents").all()[0]["position"] == 3
    tiny.close()


def test_lone_surrogate_is_escaped_not_written_as_invalid_utf8(db: Path) -> None:
    store = Store(db)
    annotation = make(note="bad \udc80 byte")
    store.add(annotation)
    db.read_bytes().decode("utf-8")
    assert Store(db).get(annotation.id) == annotation


def test_empty_object_store_as_shipped_in_a_clone(db: Path) -> None:
    db.write_text("{}\n")
    store = Store(db)
    assert store.all_annotations() == []
    store.add(make())
    assert len(Store(db).all_annotations()) == 1


def test_two_store_objects_never_share_keys(db: Path) -> None:
    """Each object stands for a process: TinyDB's per-process id cache would hand out the same key twice."""
    one, two = Store(db), Store(db)
    added = []
    for _ in range(5):
        for store in (one, two):
            added.append(make())
            store.add(added[-1])
    assert {a.id for a in one.all_annotations()} == {a.id for a in added}
    assert len(raw(db)["annotations"]) == 10


def test_threads(db: Path) -> None:
    store = Store(db)
    added: list[str] = []

    def work() -> None:
        for _ in range(15):
            annotation = make()
            store.add(annotation)
            added.append(annotation.id)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(a.id for a in store.all_annotations()) == sorted(added) and len(added) == 90


def test_close(db: Path) -> None:
    with Store(db) as store:
        store.add(make())
    with pytest.raises(StoreError):
        store.all_annotations()


# -- unreadable stores ------------------------------------------------------------------------------

GOOD = json.dumps({"meta": {"1": {"schema_version": 1}}, "annotations": {"1": make().to_dict()}}, indent=1)
CORRUPT = {
    "truncated": (GOOD[:-40].encode(), "truncated JSON"),
    "trailing garbage": (GOOD.encode() + b"\n}garbage", "unexpected data after the JSON"),
    "list": (b"[1, 2]", "the top level is an array"),
    "null": (b"null", "the top level is null"),
    "table not an object": (b'{"annotations": [1]}', "table 'annotations' is not an object of records"),
    "record not an object": (
        b'{"annotations": {"1": 5}}',
        "record 1 in table 'annotations' is not an object",
    ),
    "key not a number": (b'{"annotations": {"x": {}}}', "record key 'x'"),
    "missing fields": (
        b'{"annotations": {"1": {"id": "x"}}}',
        "annotation record 1 has no doc_id, start, end, text",
    ),
    "invalid utf-8": (GOOD.encode().replace(b"Doc", b"D\xffc", 1), "invalid UTF-8 at byte"),
    "zero bytes": (b"", "the file is empty, 0 bytes"),
    "not json": (b"hello", "invalid JSON"),
    "huge integer": (b'{"annotations": {"1": {"start": ' + b"9" * 5000 + b"}}}", "not a valid store"),
    "huge float": (b'{"a": {"1": {"x": 1e400}}}', "number out of range"),
    "NaN": (b'{"a": {"1": {"x": NaN}}}', "non-standard JSON constant NaN"),
    "deep nesting": (b'{"a": {"1": {"x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}}}", "nested too deeply"),
    "bad schema version": (b'{"meta": {"1": {"schema_version": "one"}}}', "schema_version 'one'"),
}


def _assert_one_line_error(error: StoreError, *expected: str) -> None:
    """One line, short but for the store's path (named whole, up to three times: the problem and a ``mv``
    command to paste)."""
    message = str(error)
    longest = max((len(word) for word in message.split()), default=0)
    assert isinstance(error, ReaderError) and "\n" not in message and len(message) < 300 + 3 * longest
    for part in expected:
        assert part in message, message


@pytest.mark.parametrize("case", sorted(CORRUPT))
def test_corrupt_store_raises_and_is_left_untouched(db: Path, case: str) -> None:
    content, why = CORRUPT[case]
    db.write_bytes(content)
    with pytest.raises(StoreError) as caught:
        Store(db)
    _assert_one_line_error(caught.value, f"{db} is not a valid store", why, "left untouched", "--db",
                           f"mv {db} {db}.bak")  # (a command to paste from any folder)
    assert db.read_bytes() == content
    assert [p.name for p in db.parent.iterdir()] == ["annotations.json"]


@pytest.mark.parametrize("case", ["truncated", "zero bytes", "list"])
def test_corruption_after_opening_is_caught_on_the_next_operation(db: Path, case: str) -> None:
    store = Store(db)
    store.add(make())
    content = CORRUPT[case][0]
    db.write_bytes(content)
    for operation in (lambda: store.add(make()), store.all_annotations, lambda: store.delete("x")):
        with pytest.raises(StoreError):
            operation()
    assert db.read_bytes() == content


def test_directory_is_an_error(db: Path) -> None:
    db.mkdir()
    with pytest.raises(StoreError) as caught:
        Store(db)
    _assert_one_line_error(caught.value, "it is a directory")
    assert db.is_dir() and list(db.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_permission_denied(db: Path) -> None:
    db.write_text(GOOD)
    db.chmod(0)
    try:
        with pytest.raises(StoreError) as caught:
            Store(db)
        _assert_one_line_error(caught.value, "Permission denied")
    finally:
        db.chmod(0o600)
    assert db.read_text() == GOOD


def test_unreadable_file_simulated(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Permission denied, also when the tests run as root (who may read anything)."""
    db.write_text(GOOD)

    real_open = os.open

    def denied(path: str | os.PathLike[str], flags: int, *args: int, **kwargs: int) -> int:
        if os.fspath(path) == str(db):  # the store file's open, as for another user's file
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(StoreError) as caught:
        Store(db)
    _assert_one_line_error(caught.value, f"cannot read {db}: Permission denied", "--db")
    monkeypatch.undo()
    assert db.read_text() == GOOD


def test_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as caught:
        Store(tmp_path / "nowhere" / "annotations.json")
    where = tmp_path / "nowhere" / "annotations.json"
    _assert_one_line_error(caught.value, f"cannot create {where}", "nowhere does not exist", "--db")


def test_newer_schema_is_refused(db: Path) -> None:
    content = json.dumps({"meta": {"1": {"schema_version": 2}}, "annotations": {}}).encode()
    db.write_bytes(content)
    with pytest.raises(StoreError) as caught:
        Store(db)
    _assert_one_line_error(caught.value, "written by a newer reader", "upgrade")
    assert db.read_bytes() == content


def test_bad_records_are_skipped_with_warnings_and_kept_on_rewrite(db: Path) -> None:
    good = make()
    records = {
        "1": good.to_dict(),
        "2": {**make().to_dict(), "start": "seven"},
        "3": {**make().to_dict(), "tags": "notalist"},
        "4": {**good.to_dict(), "note": "a duplicate id"},
        "5": {**make().to_dict(), "start": 10**30, "end": 10**30 + 1},
        "6": {**make().to_dict(), "start": 9, "end": 3},
        "7": {**make().to_dict(), "text": {"deep": [1, 2]}},
    }
    documents = {"1": {"id": DOC, "path": 5}, "2": {"id": "d", "path": "p", "title": "t", "position": True}}
    db.write_text(json.dumps({"annotations": records, "documents": documents}))
    store = Store(db)
    assert store.all_annotations() == [good]
    assert len(store.warnings) == 8 and all("\n" not in w for w in store.warnings)
    assert any("duplicate id" in w and "until the highlight of that id is deleted" in w for w in store.warnings)
    added = make(27, 30)
    store.add(added)
    store.save_position(DOC, 5, path="doc.txt", title="Doc")
    after = raw(db)
    for key, record in records.items():
        assert after["annotations"][key] == record  # bad records survive the rewrite untouched
    assert after["documents"]["2"] == documents["2"]
    assert {a.id for a in store.all_annotations()} == {good.id, added.id}
    store.delete(good.id)  # deleting removes the duplicate too, so it cannot come back
    assert "4" not in raw(db)["annotations"] and store.get(good.id) is None


# -- atomic writes ----------------------------------------------------------------------------------


def test_symlink_stays_a_symlink_and_file_mode_is_kept(tmp_path: Path) -> None:
    real = tmp_path / "real" / "store.json"
    real.parent.mkdir()
    real.write_text("{}")
    real.chmod(0o640)
    link = tmp_path / "annotations.json"
    link.symlink_to(real)
    store = Store(link)
    store.add(make())
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert len(raw(real)["annotations"]) == 1
    assert sorted(p.name for p in real.parent.iterdir()) == ["store.json"]  # the lock is the directory's


def test_new_store_gets_the_usual_file_mode(db: Path) -> None:
    Store(db).add(make())
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(db.stat().st_mode) == 0o666 & ~umask


def test_stale_temp_files_are_removed_at_open(db: Path) -> None:
    Store(db).add(make())
    stale = [db.with_name(".annotations.json.tmp-0123456789ab"), db.with_name(".annotations.json.tmp-x")]
    for path in stale:
        path.write_text('{"half": ')
    unrelated = db.with_name(".other.json.tmp-1")
    unrelated.write_text("keep")
    Store(db)
    assert not any(path.exists() for path in stale) and unrelated.exists()


def test_move_aside(db: Path) -> None:
    db.write_bytes(b"{broken")
    aside = Store.move_aside(db)
    assert not db.exists() and aside.read_bytes() == b"{broken"
    assert aside.parent == db.parent and aside.name.startswith("annotations.json.corrupt-")
    assert aside.name.endswith("Z") and len(aside.name) == len("annotations.json.corrupt-20260101T000000Z")
    db.write_bytes(b"{again")
    second = Store.move_aside(db)
    assert second != aside and second.read_bytes() == b"{again"
    Store(db).add(make())
    with pytest.raises(StoreError):
        Store.move_aside(db.with_name("absent.json"))


# -- crashes and processes --------------------------------------------------------------------------


@pytest.mark.slow
def test_sigkill_at_random_moments_never_loses_a_reported_write(db: Path) -> None:
    rng = random.Random(1234)
    added: set[str] = set()
    deleting: set[str] = set()
    deleted: set[str] = set()
    notes: dict[str, int] = {}
    rounds = 0
    while rounds < 120:
        if rounds % 25 == 0 and rounds:
            db.unlink(missing_ok=True)  # a fresh store now and then keeps each round fast (absent when every round
            # since the last was killed before its first write: a loaded machine starts Python slowly)
            added, deleting, deleted, notes = set(), set(), set(), {}
        process = subprocess.Popen(
            [sys.executable, str(WRITER), str(db), "churn", str(rounds)], stdout=subprocess.PIPE, text=True
        )
        time.sleep(rng.uniform(0.05, 0.3))
        process.send_signal(signal.SIGKILL)
        out, _ = process.communicate()
        rounds += 1
        for line in out.splitlines():
            parts = line.split()
            if len(parts) < 2 or (parts[0] == "u" and len(parts) < 3):
                continue  # a line cut short by the kill: its call had not been reported yet
            kind, ident = parts[0], parts[1]
            if kind == "a":
                added.add(ident)
            elif kind == "D":
                deleting.add(ident)
            elif kind == "d":
                deleted.add(ident)
            elif kind == "u":
                notes[ident] = max(notes.get(ident, 0), int(parts[2]))
        # Opened even when the file is absent (a kill during the very first write leaves only a temp file):
        # opening parses (or the test fails with StoreError) and sweeps stale temp files in both cases.
        store = Store(db)
        present = {a.id: a for a in store.all_annotations()}
        assert not (deleted & present.keys())
        missing = (added - deleting) - present.keys()
        assert not missing, f"round {rounds}: reported writes lost: {missing}"
        for ident, note in notes.items():
            if ident in present:
                assert int(present[ident].note) >= note
        assert not [p for p in db.parent.iterdir() if ".tmp-" in p.name]  # cleaned at open


def test_a_lock_held_too_long_is_a_store_error(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(db)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, os, sys, time; fd = os.open(sys.argv[1], os.O_RDONLY); fcntl.flock(fd, fcntl.LOCK_EX); "
            "print('held', flush=True); time.sleep(30)",
            str(db.parent),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        monkeypatch.setattr("reader.store.database.LOCK_TIMEOUT", 0.3)
        with pytest.raises(StoreError) as caught:
            store.add(make())
        _assert_one_line_error(caught.value, "being saved by another reader")
        assert store.all_annotations() == []  # reading needs no lock: writes are atomic renames
    finally:
        holder.kill()
        holder.wait()
    store.add(make())


@pytest.mark.slow
def test_two_processes_adding_at_once_lose_nothing(db: Path) -> None:
    processes = [
        subprocess.Popen([sys.executable, str(WRITER), str(db), name, "200"], stdout=subprocess.PIPE, text=True)
        for name in ("one", "two")
    ]
    reported = set()
    for process in processes:
        out, _ = process.communicate(timeout=120)
        assert process.returncode == 0
        reported |= {line.split()[1] for line in out.splitlines()}
    store = Store(db)
    assert len(reported) == 400
    assert {a.id for a in store.all_annotations()} == reported
    assert len(store.annotations_for("sha256:one")) == len(store.annotations_for("sha256:two")) == 200
