"""A change to a stored annotation is merged into the record as stored now, and never recreates a deleted one.

Two Store objects on one file stand for two processes (each has its own cache and takes the directory's flock);
one test runs ``reader import`` in a real second process. Every case runs on a small store (rewritten whole), a
store that writes to its journal, and a large store read through its index (:mod:`reader.store.lite`).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.annotation import Annotation
from reader.store import Store, layout
from reader.store import database as store_module
from reader.store import lite as store_lite
from reader.store import merge as store_merge
from reader.store.tables import LiteTables

TEXT = "Title\n\nThe quick brown fox jumps over the lazy dog. A second sentence here. And a third one.\n"
DOC = "sha256:" + "a" * 64
OTHER = "sha256:" + "b" * 64
MODES = ["small", "journal", "index"]


def make(start: int = 7, end: int = 26, *, doc_id: str = DOC, note: str = "") -> Annotation:
    return Annotation.create(doc_id=doc_id, path="doc.txt", title="Doc", text_of_document=TEXT, start=start,
                             end=end, note=note)


@pytest.fixture(params=MODES)
def db(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store holding filler highlights (of another document), written in the mode named by the parameter."""
    path = tmp_path / "db" / "annotations.json"
    path.parent.mkdir()
    if request.param != "small":
        monkeypatch.setattr(store_module, "DIRECT_WRITE_BYTES", 0)
    if request.param == "index":
        monkeypatch.setattr(layout, "INDEX_MIN_BYTES", 20_000)
        Store(path).put_many([make(n % 50, 60, doc_id=OTHER, note="x" * 40) for n in range(300)])
        assert layout.index_path(path).exists()
    return path


def files(db: Path) -> dict[str, bytes]:
    """Every file in the store's folder, with its bytes."""
    return {path.name: path.read_bytes() for path in sorted(db.parent.iterdir())}


def mode_of(store: Store) -> str:
    cache = store._refresh()
    return "index" if isinstance(cache.tables, LiteTables) else "tables"


def test_a_recolour_from_an_older_copy_keeps_the_note_another_process_saved(db: Path) -> None:
    Store(db).add(original := make(note="original note"))
    a, b = Store(db), Store(db)
    copy_a = a.annotations_for(DOC)[0]  # A's copy, read before B's change
    assert b.update(original.edited(note="NOTE SAVED IN B"), base=original) is True
    assert a.update(copy_a.edited(color="green"), base=copy_a) is True
    stored = Store(db).get(original.id)
    assert stored is not None and (stored.note, stored.color) == ("NOTE SAVED IN B", "green")
    assert stored.created == original.created and stored.updated > original.updated


def test_a_change_to_a_highlight_deleted_elsewhere_is_dropped_and_said(db: Path) -> None:
    Store(db).add(original := make(note="n"))
    a, b = Store(db), Store(db)
    copy_a = a.annotations_for(DOC)[0]
    if db.parent.joinpath("annotations.json.index").exists():
        assert mode_of(a) == "index"
    b.delete(original.id)
    before = files(db)
    assert a.update(copy_a.edited(color="blue"), base=copy_a) is False  # gone: not recreated
    assert a.update(copy_a.edited(note="later"), base=copy_a) is False
    assert files(db) == before  # nothing written at all
    assert Store(db).get(original.id) is None and a.get(original.id) is None


def test_same_field_changed_in_both_the_later_write_wins_and_the_rest_is_kept(db: Path) -> None:
    Store(db).add(original := make())
    a, b = Store(db), Store(db)
    b.update(tagged := original.edited(tags=("b",), note="from b"), base=original)
    b.update(tagged.edited(color="pink"), base=tagged)
    a.update(original.edited(note="from a"), base=original)
    stored = Store(db).get(original.id)
    assert stored is not None and (stored.note, stored.tags, stored.color) == ("from a", ("b",), "pink")


def test_a_change_that_sets_nothing_new_writes_nothing(db: Path) -> None:
    Store(db).add(original := make(note="same"))
    store = Store(db)
    store.update(original.edited(color="green"), base=original)
    before = files(db)
    other = Store(db)
    assert other.update(original.edited(color="green"), base=original) is True  # already so: nothing to write
    assert files(db) == before


def test_without_a_base_every_field_is_set_but_a_missing_record_is_still_not_created(db: Path) -> None:
    store = Store(db)
    store.add(original := make(note="n"))
    assert store.update(whole := original.edited(note="m", color="purple")) is True
    assert Store(db).get(original.id) == whole
    assert store.update(make(40, 45)) is False and len(Store(db).annotations_for(DOC)) == 1


def test_update_many_merges_a_re_anchoring_in_one_write_and_recreates_nothing(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A re-anchoring (new offsets and document id for every highlight of a changed file) merged in one write: a
    highlight another reader deleted after this one read them stays deleted, a note it saved is kept."""
    new_doc = "sha256:" + "c" * 64
    Store(db).put_many([gone := make(7, 12), noted := make(13, 18, note="old"), plain := make(19, 24)])
    mine, other = Store(db), Store(db)
    read = mine.annotations_for(DOC)
    other.delete(gone.id)
    assert other.update(noted.edited(note="saved by the other reader"), base=noted)
    moved = [a.edited(start=a.start + 2, end=a.end + 2, doc_id=new_doc, anchor="moved") for a in read]
    writes: list[int] = []
    commit = Store._commit
    monkeypatch.setattr(Store, "_commit", lambda self, *args, **kw: writes.append(1) or commit(self, *args, **kw))
    stored = mine.update_many([(after, before) for after, before in zip(moved, read, strict=True)])
    assert len(writes) == 1  # one locked write for all of them
    assert set(stored) == {noted.id, plain.id}  # the deleted one is not among them, nor recreated
    on_disk = {a.id: a for a in Store(db).annotations_for(new_doc)}
    assert set(on_disk) == {noted.id, plain.id} and Store(db).annotations_for(DOC) == []
    assert Store(db).get(gone.id) is None
    assert on_disk[noted.id].note == "saved by the other reader"  # not reverted to "old"
    assert (on_disk[noted.id].start, on_disk[noted.id].anchor) == (noted.start + 2, "moved")
    assert {ident: Annotation.from_dict(record) for ident, record in stored.items()} == on_disk
    assert mine.update_many([]) == {}


@pytest.mark.parametrize("journal", [False, True])
def test_an_unknown_field_of_the_stored_record_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, journal: bool
) -> None:
    db = tmp_path / "annotations.json"
    Store(db).add(original := make())
    if journal:
        monkeypatch.setattr(store_module, "DIRECT_WRITE_BYTES", 0)
    data = json.loads(db.read_bytes())
    key = next(k for k, r in data["annotations"].items() if r["id"] == original.id)
    data["annotations"][key]["x-later-reader"] = 1
    db.write_text(json.dumps(data))
    Store(db).update(original.edited(color="green"), base=original)
    records = json.loads(db.read_bytes())["annotations"]
    merged = next(r for r in records.values() if r["id"] == original.id)
    journal = db.with_name(db.name + ".journal")
    if journal.exists():  # the put carries the whole merged record
        merged = json.loads(journal.read_text().splitlines()[-1])["annotation"]
    assert merged["x-later-reader"] == 1 and merged["color"] == "green"


def test_index_mode_finds_a_record_moved_to_another_document_and_folded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(layout, "INDEX_MIN_BYTES", 20_000)
    monkeypatch.setattr(store_module, "DIRECT_WRITE_BYTES", 0)
    db = tmp_path / "annotations.json"
    filler = [make(n % 50, 60, doc_id=OTHER, note="x" * 40) for n in range(300)]
    original, staying = make(note="kept"), make(30, 40, note="stays")
    Store(db).put_many([*filler, original, staying])
    moved = original.edited(doc_id="sha256:" + "c" * 64)  # re-anchored elsewhere, then folded into the file
    Store(db).put_many([moved, *filler])
    a = Store(db)
    assert mode_of(a) == "index"
    assert a.update(staying.edited(color="blue"), base=staying) is True  # in the run of its document
    assert a.update(original.edited(color="green"), base=original) is True  # base names the old document
    assert Store(db).get(staying.id) == a.get(staying.id) != staying
    stored = Store(db).get(original.id)
    assert stored is not None and (stored.doc_id, stored.color, stored.note) == (moved.doc_id, "green", "kept")


def test_index_mode_reads_every_record_when_a_run_cannot_be_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(layout, "INDEX_MIN_BYTES", 20_000)
    monkeypatch.setattr(store_module, "DIRECT_WRITE_BYTES", 0)
    db = tmp_path / "annotations.json"
    original = make(note="kept")
    Store(db).put_many([*(make(n % 50, 60, doc_id=OTHER, note="x" * 40) for n in range(300)), original])
    a = Store(db)
    assert mode_of(a) == "index"

    def unreadable(*args: object, **kwargs: object) -> object:
        raise ValueError("the store file changed")

    monkeypatch.setattr(store_merge, "file_records", unreadable)
    assert a.update(original.edited(color="pink"), base=original) is True
    monkeypatch.setattr(store_merge, "file_records", store_lite.file_records)
    stored = Store(db).get(original.id)
    assert stored is not None and (stored.color, stored.note) == ("pink", "kept")


def test_index_mode_update_many_reads_each_run_of_the_file_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Re-anchoring a document with more highlights than a run kept (KEEP_RECORDS) in a large store: each run of
    the file is read once for the whole batch, not once per highlight (6,000 highlights held the lock 109 s)."""
    monkeypatch.setattr(layout, "INDEX_MIN_BYTES", 20_000)
    monkeypatch.setattr(store_module, "DIRECT_WRITE_BYTES", 0)
    monkeypatch.setattr(store_lite, "KEEP_RECORDS", 10)
    db = tmp_path / "annotations.json"
    Store(db).put_many([make(n % 50, 60, note="x" * 40) for n in range(300)])
    app = Store(db, background_folds=True)
    read = app.annotations_for(DOC)
    assert mode_of(app) == "index" and len(read) == 300
    runs: list[object] = []
    read_records = store_lite.read_records
    monkeypatch.setattr(store_lite, "read_records", lambda *args: runs.append(args) or read_records(*args))
    new_doc = "sha256:" + "c" * 64
    moved = [(a.edited(start=a.start + 1, end=61, doc_id=new_doc, anchor="moved"), a) for a in read]
    stored = app.update_many(moved)
    assert len(runs) <= 2  # DOC's run (a write may ask twice), not 300 reads of it
    assert set(stored) == {a.id for a in read}
    on_disk = Store(db).annotations_for(new_doc)
    assert sorted(a.id for a in on_disk) == sorted(a.id for a in read) and Store(db).annotations_for(DOC) == []


def test_reader_import_in_another_process_then_an_older_copy_recolours(tmp_path: Path) -> None:
    """The repro's shape: ``reader import`` (process B) saves a newer note; the app's store (A) then recolours
    the copy it read before: the note stays."""
    db = tmp_path / "s.json"
    store = Store(db)
    store.add(original := make(note="original note"))
    copy_a = store.annotations_for(DOC)[0]
    newer = original.edited(note="NOTE FROM THE IMPORT")
    export = {"format": "reader-annotations", "version": 2, "exported_at": newer.updated,
              "documents": [{"id": DOC, "title": "Doc", "path": "doc.txt", "annotations": [
                  {k: v for k, v in newer.to_dict().items() if k not in ("doc_id", "path", "title")}]}]}
    (tmp_path / "imp.json").write_text(json.dumps(export))
    done = subprocess.run([sys.executable, "-m", "reader", "import", str(tmp_path / "imp.json"), "--db", str(db)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert store.update(copy_a.edited(color="green"), base=copy_a) is True
    stored = Store(db).get(original.id)
    assert stored is not None and (stored.note, stored.color) == ("NOTE FROM THE IMPORT", "green")


@pytest.mark.parametrize("meanwhile", ["deleted", "changed later"])
def test_an_import_planned_before_another_change_never_undoes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], meanwhile: str
) -> None:
    """``reader import`` plans against a read made without the lock; what another reader did between its read
    and its write (a delete, a later change) stands: the update is left out, and the report says so."""
    import reader.transfer as transfer
    from reader.cli import main

    db = tmp_path / "s.json"
    Store(db).add(original := make(note="original"))
    newer = original.edited(note="from the import")
    added = make(30, 40, note="new")
    records = [{k: v for k, v in a.to_dict().items() if k not in ("doc_id", "path", "title")} for a in (newer, added)]
    export = {"format": "reader-annotations", "version": 2, "exported_at": newer.updated,
              "documents": [{"id": DOC, "title": "Doc", "path": "doc.txt", "annotations": records}]}
    (tmp_path / "imp.json").write_text(json.dumps(export))
    plan = transfer.plan_merge_records
    later = newer.edited(note="saved by the other reader, later")

    def plan_then_another_reader_writes(*args: object, **kwargs: object) -> object:
        planned = plan(*args, **kwargs)  # type: ignore[arg-type]
        if meanwhile == "deleted":
            Store(db).delete(original.id)
        else:
            Store(db).update(later, base=original)
        return planned

    monkeypatch.setattr(transfer, "plan_merge_records", plan_then_another_reader_writes)
    assert main(["import", str(tmp_path / "imp.json"), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "added 1, updated 0 (1 changed or deleted meanwhile: left as they are), kept 0" in out
    stored = {a.id: a for a in Store(db).all_annotations()}
    assert added.id in stored
    assert stored.get(original.id) == (None if meanwhile == "deleted" else later)


# -- property: the store behaves like a dict --------------------------------------------------------

OPERATIONS = st.lists(
    st.tuples(st.sampled_from(["add", "update", "delete"]), st.integers(0, 5), st.text(max_size=8)),
    max_size=25,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(OPERATIONS)
def test_store_matches_a_dict_model(operations: list[tuple[str, int, str]]) -> None:
    ids = [f"id-{n}" for n in range(6)]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "annotations.json"
        store = Store(path)
        model: dict[str, Annotation] = {}
        for kind, index, note in operations:
            ident = ids[index]
            if kind == "delete":
                store.delete(ident)
                model.pop(ident, None)
                continue
            annotation = Annotation(
                id=ident, doc_id=DOC, path="doc.txt", title="Doc", start=index, end=index + 3, text="abc", note=note
            )
            if kind == "add":
                store.add(annotation)
                model[ident] = annotation
            else:  # an update (without a base: every field) of a record that is gone writes nothing
                assert store.update(annotation) is (ident in model)
                if ident in model:
                    model[ident] = annotation
        reopened = Store(path)
        assert {a.id: a for a in reopened.all_annotations()} == model
        assert reopened.warnings == []
