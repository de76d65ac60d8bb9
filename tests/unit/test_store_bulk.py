"""The bulk paths ``reader import`` takes (issue 14: an import of 50,000 within 1.5x of ``json.load`` +
``json.dumps``) make what the record-by-record paths make: the store's tables and keys
(:meth:`Tables.put_records`), the index entries of the file (:func:`reader.store.layout.encode`), the merge
plan, the import's messages; and the command that ends its own process reports and stores all it says."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from reader.errors import ReaderError
from reader.formats.native import parse_native_records
from reader.merge_plan import plan_merge_records
from reader.store import DocumentRecord, Store, layout
from reader.store.tables import Tables

ROOT = Path(__file__).resolve().parents[2]


def record(ident: str, doc: str = "sha256:a", note: str = "") -> dict[str, Any]:
    return {
        "id": ident,
        "doc_id": doc,
        "path": f"{doc[-1]}.txt",
        "title": doc.upper(),
        "start": 1,
        "end": 4,
        "text": "abc",
        "prefix": "",
        "suffix": "",
        "color": "yellow",
        "note": note,
        "tags": [],
        "speaker": None,
        "created": "2026-01-01T10:00:00+00:00",
        "updated": "2026-01-01T10:00:00+00:00",
        "anchor": "exact",
    }


def raw_with(*records: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {"annotations": {str(key): dict(r) for key, r in enumerate(records, start=3)}, "documents": {}}


@pytest.mark.parametrize(
    "before, incoming",
    [
        ((), [record("a"), record("b"), record("c", "sha256:b")]),  # a fresh store: all at once
        ((record("x"), record("y")), [record("a"), record("b")]),  # new ids beside others
        ((record("x"), record("y")), [record("a"), record("x", note="new")]),  # a known id: replaced in place
        ((), [record("a"), record("b"), record("a", note="again")]),  # one id twice: the later one wins
    ],
)
def test_put_records_makes_the_tables_of_one_put_after_another(
    before: tuple[dict[str, Any], ...], incoming: list[dict[str, Any]]
) -> None:
    bulk, one_by_one = Tables(raw_with(*before)), Tables(raw_with(*before))
    bulk.put_records([dict(r) for r in incoming])
    one_by_one.apply_all([{"op": "put", "annotation": dict(r)} for r in incoming])
    assert list(bulk.raw["annotations"].items()) == list(one_by_one.raw["annotations"].items())
    assert (bulk.next_annotation, bulk.version) == (one_by_one.next_annotation, one_by_one.version)
    assert bulk.ids == one_by_one.ids


def test_the_id_index_made_on_first_use_is_the_one_kept_up_to_date() -> None:
    """A fresh store's bulk put leaves the id index to be made from the table when first needed; after more
    operations it equals an index that was kept up to date all along."""
    lazy, eager = Tables({}), Tables({})
    assert eager.ids == {}  # made now, then kept up to date by every operation
    for tables in (lazy, eager):
        tables.put_records([record("a"), record("b"), record("c")])
        tables.apply_all([{"op": "document", "document": {"id": "sha256:a", "path": "a", "title": "A"}}])
    assert lazy._ids is None  # nothing has asked for it yet
    for tables in (lazy, eager):
        tables.apply({"op": "delete", "id": "b"})
        tables.apply({"op": "put", "annotation": record("d")})
        tables.apply({"op": "put", "annotation": record("a", note="changed")})
    assert lazy.ids == eager.ids == {"a": ["1"], "c": ["3"], "d": ["4"]}
    assert lazy.raw == eager.raw


def reference_entries(table: dict[str, Any], run_records: int) -> tuple[list[list[Any]], list[list[Any]]]:
    """The index entries as the record-by-record loop made them before the columns (the reference)."""
    groups: dict[Any, list[str]] = {}
    for key, rec in table.items():
        doc_id = rec.get("doc_id") if isinstance(rec, dict) else None
        groups.setdefault(doc_id if isinstance(doc_id, str) else None, []).append(key)
    entries, all_ids = [], []
    for doc_id, keys in groups.items():
        for i in range(0, len(keys), run_records):
            members = [table[key] for key in keys[i : i + run_records]]
            notes = 0
            paths: dict[str, None] = {}
            ids: list[Any] = []
            for rec in members:
                rec = rec if isinstance(rec, dict) else {}
                note, path, ident = rec.get("note"), rec.get("path"), rec.get("id")
                if isinstance(note, str) and note.strip():
                    notes += 1
                if isinstance(path, str):
                    paths[path] = None
                ids.append(ident if isinstance(ident, str) else None)
            entries.append([doc_id, len(members), notes, list(paths)])
            all_ids.append(ids)
    return entries, all_ids


def test_encode_counts_notes_paths_and_ids_as_a_loop_over_every_record(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(layout, "RUN_RECORDS", 3)
    table: dict[str, Any] = {}
    for n in range(20):  # two documents interleaved, runs of 3 records, some odd records in between
        table[str(n + 1)] = record(f"id{n}", "sha256:a" if n % 3 else "sha256:b", note=["", " ", "n"][n % 3])
    table["30"] = {"id": 7, "doc_id": ["sha256:a"], "note": 5, "path": ["p"]}
    table["31"] = {"note": "  \n", "path": "elsewhere.txt"}
    table["32"] = {**record("z"), "path": None, "note": None}
    table["33"] = {**record("w", "sha256:b"), "path": "moved.txt"}
    encoded = layout.encode({"annotations": table})
    assert json.loads(encoded.data) == {"annotations": table}
    entries, ids = reference_entries(table, 3)
    assert [[g[0], g[3], g[4], g[5]] for g in encoded.groups] == entries
    assert encoded.ids == ids
    assert encoded.size == len(encoded.data)
    for group in encoded.groups:  # each run is its records, as the index says
        run = json.loads(b"{" + encoded.data[group[1] : group[2]] + b"}")
        assert len(run) == group[3]


def test_a_large_store_written_in_pieces_is_the_same_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The store file is written from the encoder's pieces (never joined): the bytes on disk are the
    encoding, and the store reads back what it was given."""
    monkeypatch.setattr(layout, "INDEX_MIN_BYTES", 10_000)
    store = Store(tmp_path / "a.json")
    records = [record(f"{n:032x}", f"sha256:{n % 7}", note="n" * (n % 2)) for n in range(3000)]
    store.put_records([dict(r) for r in records])
    raw = json.loads((tmp_path / "a.json").read_bytes())
    assert list(raw["annotations"].values()) == sorted(records, key=lambda r: (r["doc_id"][-1], r["id"]))
    assert (tmp_path / "a.json.index").exists()
    assert {a.id for a in Store(tmp_path / "a.json").all_annotations()} == {r["id"] for r in records}


def test_the_plan_of_an_import_into_a_fresh_store_is_the_loops_plan() -> None:
    incoming = [record("a", "sha256:b"), record("b", "sha256:a"), record("c", "sha256:b"), record("d", "sha256:c")]
    incoming[2]["path"] = "later.txt"  # a document's first record names its path and title
    sources = {"sha256:a": {"kind": "text"}, "sha256:b": {"kind": "html", "url": "https://x"}}
    plan = plan_merge_records({}, [dict(r) for r in incoming], {}, sources)
    assert plan.added == incoming and plan.updated == [] and plan.kept == 0
    assert plan.documents == [
        DocumentRecord("sha256:b", "b.txt", "SHA256:B", None, "", {"kind": "html", "url": "https://x"}),
        DocumentRecord("sha256:a", "a.txt", "SHA256:A", None, "", {"kind": "text"}),
    ]
    # One known id or document makes it the record-by-record way, whose plan says so.
    known = plan_merge_records({"a": "2026-01-01T11:00:00+00:00"}, [dict(r) for r in incoming], {}, sources)
    assert [r["id"] for r in known.added] == ["b", "c", "d"] and known.kept == 1


def native_file(*documents: list[str]) -> dict[str, Any]:
    """A native export whose document ``d`` has annotations with the ids ``documents[d]``."""

    def exported(ident: str) -> dict[str, Any]:
        return {k: v for k, v in record(ident).items() if k not in ("doc_id", "path", "title")}

    return {
        "format": "reader-annotations",
        "version": 2,
        "exported_at": "2026-01-03T00:00:00+00:00",
        "documents": [
            {
                "id": f"sha256:{d}",
                "title": "T",
                "path": "t.txt",
                "source": {},
                "annotations": [exported(ident) for ident in ids],
            }
            for d, ids in enumerate(documents)
        ],
    }


def test_an_id_repeated_in_another_document_is_named_where_it_was_first_seen() -> None:
    data = native_file(["a", "b", "c", "d"], ["e", "c"])
    messages = []
    for consume in (False, True):
        with pytest.raises(ReaderError) as error:
            parse_native_records(copy.deepcopy(data), consume=consume)
        messages.append(str(error.value))
    assert messages[0] == messages[1]
    assert "documents[1].annotations[1].id" in messages[0] and "documents[0].annotations[2]" in messages[0]


def run_reader(*args: str, stdout: int | None = subprocess.PIPE) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], stdout=stdout, stderr=subprocess.PIPE, text=True, env=env, timeout=60
    )


def test_import_and_export_that_end_their_own_process_report_and_keep_everything(tmp_path: Path) -> None:
    """``reader import`` / ``export`` as a process end with ``os._exit`` (:func:`reader.cli.end_process`): the
    report line still arrives, the store holds every record and the export file is whole."""
    source = tmp_path / "in.json"
    source.write_text(json.dumps(native_file(["a", "b"], ["c"])), encoding="utf-8")
    db = tmp_path / "imported" / "annotations.json"
    db.parent.mkdir()
    done = run_reader("import", str(source), "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("imported ") and "added 3" in done.stdout
    assert sorted(a.id for a in Store(db).all_annotations()) == ["a", "b", "c"]
    out = tmp_path / "out.json"
    done = run_reader("export", "--db", str(db), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert sum(len(d["annotations"]) for d in json.loads(out.read_text(encoding="utf-8"))["documents"]) == 3


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_report_that_cannot_be_written_is_still_an_error(tmp_path: Path) -> None:
    """The report's write fails on a full disk: one ``reader:`` line that says the import was made, status 2."""
    source = tmp_path / "in.json"
    source.write_text(json.dumps(native_file(["a"])), encoding="utf-8")
    with open("/dev/full", "w") as full:
        done = run_reader("import", str(source), "--db", str(tmp_path / "a.json"), stdout=full.fileno())
    assert done.returncode == 2 and "could not be written to standard output" in done.stderr
    assert done.stderr.startswith("reader: imported")  # the store has it: the line says so


def test_end_process_leaves_an_orderly_exit_to_whoever_asked_for_one() -> None:
    """With an ``atexit`` handler registered (or another thread alive), :func:`reader.cli.end_process` returns
    and the process ends the ordinary way, running the handler."""
    code = (
        "import atexit; from reader.cli import end_process\n"
        "atexit.register(lambda: print('handler ran'))\n"
        "end_process(0)\n"
        "print('returned')\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0 and done.stdout.split() == ["returned", "handler", "ran"]


@pytest.mark.parametrize(
    "ids",
    [
        [],
        [[]],
        [["a" * 32, "b"], [], [""]],
        [["a", None]],
        [["quote\"d"], ["back\\slash"]],
        [["tab\there"], ["del\x7f"], ["naïve"], ["\ud800"]],
    ],
)
def test_the_index_ids_line_is_the_json_of_the_ids(ids: list[list[Any]]) -> None:
    assert layout.ids_line(ids) == layout._dumps(ids)
    assert json.loads(layout.ids_line(ids)) == ids
