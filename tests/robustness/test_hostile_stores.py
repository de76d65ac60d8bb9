"""Hostile stores and import files: huge numbers, deep nesting, wrong types in every field, offsets outside the
document, duplicate ids, a 200 MB file. Each gives one clear error (StoreError / ReaderError; on the command
line one ``reader: ...`` line and exit 2) or a skipped record with a warning: never a traceback, and never a
lost annotation (the store file is unchanged after a refused import).
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from reader.annotation import Annotation
from reader.errors import ReaderError
from reader.formats import ExportDocument
from reader.formats.native import export_native
from reader.formats.w3c import export_w3c, parse_w3c
from reader.loader import load_document
from reader.store import Store, StoreError
from reader.ui.app import ReaderApp
from tests.conftest import ROOT, SEED
from tests.robustness import wait_for

TEXT = "Title\n\nThe quick brown fox jumps over the lazy dog. It ran away.\n"
FIELDS = (
    "id",
    "doc_id",
    "path",
    "title",
    "start",
    "end",
    "text",
    "prefix",
    "suffix",
    "color",
    "note",
    "tags",
    "speaker",
    "created",
    "updated",
    "anchor",
)
WRONG_VALUES: list[Any] = [None, True, 1.5, -1, 10**400, "x", [], {}, [[[]]], "\ud800"]


def annotation(doc: str = "sha256:doc", start: int = 7, end: int = 26) -> Annotation:
    return Annotation.create(
        doc_id=doc, path="/tmp/doc.txt", title="Title", text_of_document=TEXT, start=start, end=end
    )


def good_store(path: Path) -> tuple[Store, Annotation]:
    store = Store(path)
    kept = annotation()
    store.add(kept)
    return store, kept


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], capture_output=True, text=True, cwd=ROOT, timeout=120
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reader: "), result.stderr[-2000:]


# -- the store file ------------------------------------------------------------------------------------------

STORE_BLOBS = {
    "float_overflow": b'{"annotations": {"1": {"id": "a", "doc_id": "d", "start": 1e400, "end": 2, "text": "x"}}}',
    "huge_int_digits": b'{"annotations": {"1": {"id": "a", "doc_id": "d", "start": 1' + b"0" * 5000 + b', "end": 2}}}',
    "deep_nesting": b'{"annotations": ' + b"[" * 10_000 + b"]" * 10_000 + b"}",
    "deep_object": b'{"x": ' + b'{"a": ' * 10_000 + b"1" + b"}" * 10_000 + b"}",
    "nan": b'{"annotations": {"1": {"id": "a", "doc_id": "d", "start": NaN, "end": 2, "text": "x"}}}',
    "record_is_list": b'{"annotations": {"1": []}}',
    "missing_required": b'{"annotations": {"1": {"id": "a"}}}',
    "key_not_a_number": b'{"annotations": {"one": {"id": "a", "doc_id": "d", "start": 1, "end": 2, "text": "x"}}}',
}


@pytest.mark.parametrize("case", sorted(STORE_BLOBS))
def test_unusable_store_is_one_error_and_left_untouched(tmp_path: Path, case: str) -> None:
    db = tmp_path / "a.json"
    db.write_bytes(STORE_BLOBS[case])
    with pytest.raises(StoreError) as caught:
        Store(db)
    assert "\n" not in str(caught.value) and len(str(caught.value)) < 400
    assert db.read_bytes() == STORE_BLOBS[case]
    result = run_cli("export", "--db", str(db))
    assert_one_line_error(result)
    assert db.read_bytes() == STORE_BLOBS[case]


def test_wrong_types_in_every_field_skip_that_record_only_and_keep_it_in_the_file(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    _, kept = good_store(db)
    data = json.loads(db.read_text(encoding="utf-8"))
    base = kept.to_dict()
    key = 100
    bad_ids = []
    for name in FIELDS:
        for value in WRONG_VALUES:
            record = {**base, "id": f"bad-{key}", name: value}
            if name in (
                "id",
                "path",
                "title",
                "text",
                "prefix",
                "suffix",
                "note",
                "color",
                "created",
                "updated",
                "anchor",
                "speaker",
                "doc_id",
            ) and isinstance(value, str):
                continue  # a string in a string field is a valid record
            if name == "tags" and value == []:
                continue
            if name == "speaker" and value is None:
                continue
            data["annotations"][str(key)] = record
            bad_ids.append(f"bad-{key}")
            key += 1
    data["annotations"][str(key)] = {**base, "start": 10, "end": 5, "id": "backwards"}
    data["annotations"][str(key + 1)] = {**base}  # a duplicate id of the good record
    raw = json.dumps(data).encode()
    db.write_bytes(raw)
    store = Store(db)
    assert [a.id for a in store.all_annotations()] == [kept.id]
    assert len(store.warnings) >= len(bad_ids)
    assert all("\n" not in w for w in store.warnings)
    # A write keeps every skipped record in the file.
    other = annotation(start=27, end=30)
    store.add(other)
    after = json.loads(db.read_text(encoding="utf-8"))["annotations"]
    assert len(after) == len(data["annotations"]) + 1
    kept_records = [json.dumps(r, sort_keys=True) for r in after.values()]
    for record in data["annotations"].values():
        assert json.dumps(record, sort_keys=True) in kept_records
    # The CLI export works and says which records it left out, one line each.
    result = run_cli("export", "--db", str(db))
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    warnings = result.stderr.strip().splitlines()
    assert len(warnings) == len(store.warnings)
    assert all(line.startswith("reader: warning: ") and "skipped" in line for line in warnings)
    assert json.loads(result.stdout)["documents"][0]["annotations"][0]["id"] in (kept.id, other.id)


async def test_app_says_when_store_records_were_skipped(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    document = load_document(SEED)
    store = Store(db)
    good = Annotation.create(
        doc_id=document.id, path=document.path, title=document.title, text_of_document=document.text, start=92, end=100
    )
    store.add(good)
    data = json.loads(db.read_text(encoding="utf-8"))
    data["annotations"]["99"] = {**good.to_dict(), "id": "bad", "start": "ten"}
    db.write_text(json.dumps(data), encoding="utf-8")
    app = ReaderApp(store=Store(db), paths=[SEED], document=document)
    shown: list[str] = []
    real_notify = app.notify

    def notify(message: str, *args: Any, **kwargs: Any) -> None:
        shown.append(message)
        real_notify(message, *args, **kwargs)

    app.notify = notify  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await wait_for(pilot, lambda: bool(app.screen.session.annotations))
        await pilot.pause()
        assert list(app.screen.session.annotations) == [good.id]
    assert any("1 record in the store could not be read as it is" in m and "skipped" in m for m in shown), shown
    assert "bad" in json.dumps(json.loads(db.read_text(encoding="utf-8")))


async def test_app_opens_with_offsets_outside_the_document(tmp_path: Path) -> None:
    """Records pointing past the end of the text (or at an edited document) must not crash the reading screen."""
    db = tmp_path / "a.json"
    document = load_document(SEED)
    store = Store(db)
    n = len(document.text)
    spans = [(n - 3, n + 50), (n + 10, n + 20), (0, 2**52), (n, n), (5, 5)]
    for start, end in spans:
        store.add(
            Annotation(
                id=f"out-{start}-{end}",
                doc_id=document.id,
                path=document.path,
                title=document.title,
                start=start,
                end=end,
                text="zzz",
            )
        )
    app = ReaderApp(store=store, paths=[SEED], document=document)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await wait_for(pilot, lambda: len(app.screen.session.annotations) == len(spans))
        await pilot.press("G", "g", "G", "j", "k", "n", "escape", "x", "u")
        await pilot.pause()
        for y in range(10):
            app.screen.article.render_line(y)
    app.writer.drain()
    ids = {a.id for a in Store(db).annotations_for(document.id)}
    assert ids == {f"out-{s}-{e}" for s, e in spans}


def test_two_hundred_megabyte_store_is_refused_cleanly(tmp_path: Path) -> None:
    """A 200 MB store of NUL bytes (a sparse file: what a crashed file system can leave)."""
    db = tmp_path / "a.json"
    with db.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    with pytest.raises(StoreError):
        Store(db)
    assert db.stat().st_size == 200 * 1024 * 1024


@pytest.mark.slow
def test_fifty_megabyte_valid_store_opens_and_a_write_keeps_everything(tmp_path: Path) -> None:
    """50 MB of real records (200 MB of JSON takes minutes to write and parse; 50 MB shows the same path)."""
    db = tmp_path / "a.json"
    base = annotation().to_dict()
    base["note"] = "n" * 5000
    records = {str(i): {**base, "id": f"id-{i}"} for i in range(1, 10_001)}
    db.write_text(json.dumps({"annotations": records}), encoding="utf-8")
    assert db.stat().st_size > 50 * 1000 * 1000
    store = Store(db)
    extra = annotation()
    store.add(extra)
    assert len(Store(db).all_annotations()) == 10_001


# -- import files --------------------------------------------------------------------------------------------


def native_export(tmp_doc: Path) -> dict[str, Any]:
    document = load_document(tmp_doc)
    first = Annotation.create(
        doc_id=document.id, path=document.path, title=document.title, text_of_document=document.text, start=7, end=26
    )
    return export_native([ExportDocument(document.id, document.title, document.path, (first,))], first.created)


def hostile_imports(doc_path: Path) -> dict[str, bytes]:
    good = native_export(doc_path)
    record = good["documents"][0]["annotations"][0]
    cases: dict[str, bytes] = {
        "float_overflow": json.dumps(good).replace('"start": 7', '"start": 1e400').encode(),
        "huge_int": json.dumps(good).replace('"start": 7', '"start": 1' + "0" * 400).encode(),
        "huge_int_digits": json.dumps(good).replace('"start": 7', '"start": 1' + "0" * 5000).encode(),
        "deep_nesting": b'{"format": "reader-annotations", "documents": ' + b"[" * 10_000 + b"]" * 10_000 + b"}",
        "deep_w3c": b'{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", "target": '
        + b'{"a": ' * 10_000
        + b"1"
        + b"}" * 10_000
        + b"}",
        "nan": json.dumps(good).replace('"start": 7', '"start": NaN').encode(),
        "not_utf8": b'{"format": "\xff"}',
        "empty": b"",
        "array_of_numbers": b"[1, 2, 3]",
    }
    for key in record:
        for i, value in enumerate([None, True, 2.5, -1, {}, [1]]):
            broken = copy.deepcopy(good)
            broken["documents"][0]["annotations"][0][key] = value
            if key == "speaker" and value is None:
                continue
            cases[f"field_{key}_{i}"] = json.dumps(broken).encode()
    duplicate = copy.deepcopy(good)
    duplicate["documents"][0]["annotations"].append(copy.deepcopy(record))
    cases["duplicate_ids"] = json.dumps(duplicate).encode()
    too_large = copy.deepcopy(good)  # beyond the store's 2**53 limit: it would be stored, then hidden
    too_large["documents"][0]["annotations"][0].update(start=2**60, end=2**60 + 1)
    cases["offsets_beyond_2_53"] = json.dumps(too_large).encode()
    backwards = copy.deepcopy(good)
    backwards["documents"][0]["annotations"][0].update(start=30, end=10)
    cases["backwards"] = json.dumps(backwards).encode()
    return cases


@pytest.fixture(scope="module")
def doc_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("doc") / "doc.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_every_hostile_import_is_refused_in_process(doc_path: Path) -> None:
    from reader.transfer import parse_import

    for name, blob in hostile_imports(doc_path).items():
        try:
            data = json.loads(blob)
        except (ValueError, RecursionError, UnicodeDecodeError):
            continue  # the file reader refuses it (checked through the CLI below)
        with pytest.raises(ReaderError) as caught:
            parse_import(data, {})
        assert "\n" not in str(caught.value), name


def test_every_hostile_import_is_one_line_exit_2_and_the_store_is_unchanged(tmp_path: Path, doc_path: Path) -> None:
    db = tmp_path / "a.json"
    good_store(db)
    before = db.read_bytes()
    cases = hostile_imports(doc_path)
    # One process per case would take long: the CLI entry point in-process, with stderr captured per case.
    script = (
        "import io, json, sys, contextlib\n"
        "from reader.cli import main\n"
        "out = {}\n"
        "for name, path in json.loads(sys.argv[1]).items():\n"
        "    err = io.StringIO()\n"
        "    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):\n"
        "        code = main(['import', path, '--db', sys.argv[2]])\n"
        "    out[name] = [code, err.getvalue()]\n"
        "print(json.dumps(out))\n"
    )
    files = {}
    for name, blob in cases.items():
        path = tmp_path / f"{name}.json"
        path.write_bytes(blob)
        files[name] = str(path)
    result = subprocess.run(
        [sys.executable, "-c", script, json.dumps(files), str(db)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    outcomes = json.loads(result.stdout)
    bad = {
        name: out
        for name, out in outcomes.items()
        if out[0] != 2 or len(out[1].strip().splitlines()) != 1 or not out[1].startswith("reader: ")
    }
    assert not bad, bad
    assert db.read_bytes() == before
    # One real process too: the traceback guard of the actual command.
    assert_one_line_error(run_cli("import", files["deep_nesting"], "--db", str(db)))
    assert db.read_bytes() == before


def test_two_hundred_megabyte_import_is_refused_cleanly(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    good_store(db)
    before = db.read_bytes()
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    assert_one_line_error(run_cli("import", str(big), "--db", str(db)))
    assert db.read_bytes() == before


def test_w3c_with_wrong_types_is_an_error_not_a_traceback(doc_path: Path) -> None:
    document = load_document(doc_path)
    first = Annotation.create(
        doc_id=document.id, path=document.path, title=document.title, text_of_document=document.text, start=7, end=26
    )
    good = export_w3c([ExportDocument(document.id, document.title, document.path, (first,))], first.created)
    assert parse_w3c(good, lambda source: (document.id, document.path, document.title))
    item = good["items"][0] if "items" in good else good["first"]["items"][0]

    def walk(node: Any, trail: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        found = [trail] if trail else []
        if isinstance(node, dict):
            for k, v in node.items():
                found += walk(v, (*trail, k))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                found += walk(v, (*trail, i))
        return found

    for trail in walk(item):
        for value in (None, 1e308, -1, 10**400, [], {}, True):
            broken = copy.deepcopy(good)
            target = broken["items"][0] if "items" in broken else broken["first"]["items"][0]
            for step in trail[:-1]:
                target = target[step]
            target[trail[-1]] = value
            try:
                parse_w3c(broken, lambda source: (document.id, document.path, document.title))
            except ReaderError as error:
                assert "\n" not in str(error)
