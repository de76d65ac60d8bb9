"""``reader export`` and ``reader import`` end to end: the CLI, a real store, files on disk."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from reader.annotation import Annotation
from reader.cli import main
from reader.document import document_id
from reader.formats.native import load_schema
from reader.loader import load_document
from reader.store import Store
from reader.transfer import is_newer, plan_merge

ROOT = Path(__file__).resolve().parents[2]

ARTICLE_A = 'Title of A\n\nThe first paragraph says "hello" to everyone.\n\nשלום — a second paragraph 😀.\n'
ARTICLE_B = "# Title of B\n\nSomething else entirely, with more words in it.\n"
NOTES = [
    "quotes \"double\" and 'single' and \\ backslash",
    "new\nlines\r\nand\rreturns",
    "emoji 😀🇨🇭👩‍👩‍👧",
    "RTL שלום عربي \u202eflip\u202c",
    "controls \x00\x07\x1b[2J\x7f\x9b",
]


def _run(*argv: str) -> int:
    return main(list(argv))


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Two articles on disk, a store with annotations on both (one orphaned), cwd in the tmp folder."""
    monkeypatch.chdir(tmp_path)
    a, b = tmp_path / "a.txt", tmp_path / "b.md"
    a.write_text(ARTICLE_A, encoding="utf-8")
    b.write_text(ARTICLE_B, encoding="utf-8")
    db = tmp_path / "db.json"
    store = Store(db)
    text_b = load_document(b).text  # Markdown: the id is of the text the reader shows (no "#")
    id_a, id_b = document_id(ARTICLE_A), document_id(text_b)
    store.remember_document(id_a, path=str(a), title="Title of A")
    store.remember_document(id_b, path="b.md", title="Title of B")
    annotations = [
        Annotation.create(
            doc_id=id_a,
            path=str(a),
            title="Title of A",
            text_of_document=ARTICLE_A,
            start=12 + i,
            end=40 + i,
            note=note,
            tags=("t1", "two words") if i % 2 else (),
            speaker="Someone" if i == 2 else None,
        )
        for i, note in enumerate(NOTES)
    ]
    annotations.append(
        Annotation(
            id="orphan-0001",
            doc_id=id_a,
            path=str(a),
            title="Title of A",
            start=0,
            end=0,
            text="vanished words",
            anchor="orphan",
            color="blue",
        )
    )
    annotations.append(
        Annotation.create(doc_id=id_b, path="b.md", title="Title of B", text_of_document=text_b, start=12, end=21)
    )
    store.put_many(annotations)
    return {"dir": tmp_path, "a": a, "b": b, "db": db, "id_a": id_a, "id_b": id_b, "annotations": annotations}


def _export(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert _run("export", *argv) == 0
    return capsys.readouterr().out


def _without_exported_at(text: str) -> str:
    return re.sub(r'"exported_at": "[^"]*"', '"exported_at": "*"', text)


def _error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert _run(*argv) == 2
    captured = capsys.readouterr()
    err = captured.err
    assert err.startswith("reader: ") and err.count("\n") == 1, err
    return err


# -- export ----------------------------------------------------------------------------------------------


def test_export_all_is_valid_native_json(workspace: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    text = _export(capsys, "--db", str(workspace["db"]))
    data = json.loads(text)
    Draft202012Validator(load_schema()).validate(data)
    assert text.endswith("}\n")
    assert [d["id"] for d in data["documents"]] == sorted(
        [workspace["id_a"], workspace["id_b"]], key=lambda i: str(workspace["a"]) if i == workspace["id_a"] else "b.md"
    )
    assert sum(len(d["annotations"]) for d in data["documents"]) == 7
    assert "\\u001b" in text and "😀" in text


def test_round_trip_native(workspace: dict[str, Any], capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    assert _run("export", "--db", str(workspace["db"]), "-o", str(first)) == 0
    fresh = tmp_path / "fresh.json"
    assert _run("import", str(first), "--db", str(fresh)) == 0
    assert "added 7, updated 0, kept 0" in capsys.readouterr().out
    second = _export(capsys, "--db", str(fresh))
    assert _without_exported_at(second) == _without_exported_at(first.read_text(encoding="utf-8"))
    # importing again changes nothing
    assert _run("import", str(first), "--db", str(fresh)) == 0
    assert "added 0, updated 0, kept 7" in capsys.readouterr().out


def test_round_trip_w3c(workspace: dict[str, Any], capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    w3c = tmp_path / "w3c.jsonld"
    assert _run("export", "--db", str(workspace["db"]), "-f", "w3c", "-o", str(w3c)) == 0
    assert json.loads(w3c.read_text(encoding="utf-8"))["total"] == 7
    fresh = tmp_path / "fresh.json"
    assert _run("import", str(w3c), "--db", str(fresh)) == 0
    capsys.readouterr()
    original = _export(capsys, "--db", str(workspace["db"]))
    again = _export(capsys, "--db", str(fresh))
    assert _without_exported_at(again) == _without_exported_at(original)


@pytest.mark.parametrize("how", ["as given", "absolute", "dotted", "hash id", "moved file"])
def test_export_names_a_document(
    how: str, workspace: dict[str, Any], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    if how == "as given":
        name = "b.md"
    elif how == "absolute":
        name = str(workspace["b"].resolve())
    elif how == "dotted":
        name = "./sub/../b.md"
        (tmp_path / "sub").mkdir()
    elif how == "hash id":
        name = workspace["id_b"]
    else:
        moved = tmp_path / "renamed.md"
        moved.write_text(ARTICLE_B, encoding="utf-8")
        name = str(moved)
    data = json.loads(_export(capsys, name, "--db", str(workspace["db"])))
    assert [d["id"] for d in data["documents"]] == [workspace["id_b"]]
    assert len(data["documents"][0]["annotations"]) == 1


def test_export_of_an_edited_file_finds_its_annotations_by_path(
    workspace: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    workspace["b"].write_text(ARTICLE_B + "\nA new paragraph.\n", encoding="utf-8")
    data = json.loads(_export(capsys, "b.md", "--db", str(workspace["db"])))
    assert [d["id"] for d in data["documents"]] == [workspace["id_b"]]


def test_export_of_documents_without_annotations_says_so(
    workspace: dict[str, Any], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A PATH with no annotations is not exported as an empty document (status 0 and a path as typed read as
    a successful export: a new user's review): alone, one line and status 2, nothing written; among others, a
    warning and the others exported."""
    db = str(workspace["db"])
    plain = tmp_path / "plain.txt"
    plain.write_text("Nothing highlighted here\n\nat all.\n", encoding="utf-8")
    out = tmp_path / "out.json"
    assert _error(capsys, "export", "plain.txt", "--db", db, "-o", str(out)) == "reader: no annotations for plain.txt\n"
    assert not out.exists()
    known = document_id("known text")
    Store(workspace["db"]).remember_document(known, path="gone.txt", title="Known")
    assert _error(capsys, "export", known, "--db", db) == f"reader: no annotations for {known}\n"
    both = _error(capsys, "export", "plain.txt", known, "--db", db)
    assert both == "reader: no annotations for plain.txt (nor for the 1 others named)\n"
    assert _run("export", "plain.txt", "a.txt", "--db", db) == 0
    captured = capsys.readouterr()
    assert captured.err == "reader: warning: no annotations for plain.txt: left out of the export\n"
    assert [d["id"] for d in json.loads(captured.out)["documents"]] == [workspace["id_a"]]
    empty = json.loads(_export(capsys, "--db", str(tmp_path / "empty.json")))
    assert empty["documents"] == []  # no PATH: every annotated document, none here


def test_export_errors_are_one_line(
    workspace: dict[str, Any], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = str(workspace["db"])
    assert _error(capsys, "export", "nope.txt", "--db", db) == "reader: no annotations for nope.txt\n"
    assert "no annotations for sha256:" in _error(capsys, "export", "sha256:" + "0" * 64, "--db", db)
    assert "invalid choice" in _error(capsys, "export", "--format", "pdf", "--db", db)
    assert "cannot write" in _error(capsys, "export", "--db", db, "-o", str(tmp_path / "no" / "dir" / "x.json"))
    assert "is a directory" in _error(capsys, "export", "--db", db, "-o", str(tmp_path))
    assert "refusing to write the export over the store" in _error(capsys, "export", "--db", db, "-o", db)
    for beside in (".journal", ".index", ".lock", ".corrupt-20261203T000000Z"):  # the store's own files
        before = Path(db + beside).read_bytes() if Path(db + beside).exists() else None
        assert "refusing to write the export over the store" in _error(capsys, "export", "--db", db,
                                                                       "-o", db + beside)
        assert (Path(db + beside).read_bytes() if Path(db + beside).exists() else None) == before
    link = tmp_path / "link.json"
    link.symlink_to(db)
    assert "refusing" in _error(capsys, "export", "--db", str(link), "-o", db + ".journal")
    link.unlink()
    assert not (tmp_path / "no").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_failed_export_leaves_existing_file(
    workspace: dict[str, Any], capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.json"
    out.write_text("previous export\n")

    def full_disk(src: Any, dst: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    err = _error(capsys, "export", "--db", str(workspace["db"]), "-o", str(out))
    assert "No space left on device" in err
    assert out.read_text() == "previous export\n"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.json")]


def test_export_markdown(workspace: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    md = _export(capsys, "-f", "markdown", "--db", str(workspace["db"]))
    assert md.startswith("# Title of A\n")
    assert "# Title of B" in md
    assert "— Someone" in md and "#two-words" in md and "orphaned" in md
    assert re.search(r"offset 12–40 · \d+ %", md)
    assert "\x1b" not in md and "\u202e" not in md


def test_lone_surrogates_are_escaped_not_fatal(
    workspace: dict[str, Any], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    odd = workspace["annotations"][0].edited(note="bad \udc80 byte \ud800")
    Store(workspace["db"]).put_many([odd])
    out = tmp_path / "out.json"
    for fmt in ("json", "w3c", "markdown"):
        assert _run("export", "-f", fmt, "--db", str(workspace["db"]), "-o", str(out)) == 0
        text = out.read_text(encoding="utf-8")
        assert "\\udc80" in text or "U+DC80" in text
    assert _run("export", "--db", str(workspace["db"]), "-o", str(out)) == 0
    fresh = tmp_path / "fresh.json"
    assert _run("import", str(out), "--db", str(fresh)) == 0
    again = Store(fresh).get(odd.id)
    assert again is not None and again.note == odd.note


def test_export_writes_utf8_whatever_the_locale(workspace: dict[str, Any], tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "reader", "export", "--db", str(workspace["db"])],
        capture_output=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "😀" in result.stdout.decode("utf-8")


# -- import ----------------------------------------------------------------------------------------------


def _native(annotations: list[dict[str, Any]], doc_id: str, path: str = "elsewhere/a.txt") -> dict[str, Any]:
    return {
        "format": "reader-annotations",
        "version": 1,
        "exported_at": "2026-11-25T14:00:00.000000+00:00",
        "documents": [{"id": doc_id, "title": "Elsewhere", "path": path, "annotations": annotations}],
    }


def _record(annotation: Annotation, **changes: Any) -> dict[str, Any]:
    record = annotation.to_dict()
    for key in ("doc_id", "path", "title"):
        del record[key]
    record.update(changes)
    return record


def test_import_merges_by_id_and_updated(
    workspace: dict[str, Any], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    existing = workspace["annotations"][0]
    soon = (datetime.now(UTC) + timedelta(hours=1)).isoformat(timespec="microseconds")
    newer = _record(existing, note="newer note", updated=soon)
    older = _record(workspace["annotations"][1], note="older note", updated="2000-01-01T00:00:00.000000+00:00")
    brand_new = _record(existing, id="brand-new", note="new")
    source = tmp_path / "in.json"
    source.write_text(json.dumps(_native([newer, older, brand_new], workspace["id_a"])), encoding="utf-8")
    db = workspace["db"]
    before = db.read_bytes()

    assert _run("import", str(source), "--db", str(db), "--dry-run") == 0
    assert capsys.readouterr().out.startswith("would add 1, update 1, keep 1")
    assert db.read_bytes() == before

    assert _run("import", str(source), "--db", str(db)) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "added 1, updated 1, kept 1" in out
    store = Store(db)
    updated = store.get(existing.id)
    assert updated is not None and updated.note == "newer note"
    # the document is matched by hash: the store's path and title win over the file's
    assert (updated.path, updated.title) == (str(workspace["a"]), "Title of A")
    kept = store.get(workspace["annotations"][1].id)
    assert kept is not None and kept.note == NOTES[1]
    new = store.get("brand-new")
    assert new is not None and new.path == str(workspace["a"])


def test_an_import_never_moves_a_highlight_to_another_document(
    workspace: dict[str, Any], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A file that reuses the id of a highlight of document A under document B would move it there, note and
    all (a hostile review): refused, one line, the store unchanged."""
    existing = workspace["annotations"][0]
    soon = (datetime.now(UTC) + timedelta(hours=1)).isoformat(timespec="microseconds")
    taken = _record(existing, note="attacker's note", updated=soon)
    source = tmp_path / "collide.json"
    source.write_text(json.dumps(_native([taken], "sha256:" + "b" * 64)), encoding="utf-8")
    db = workspace["db"]
    before = db.read_bytes()
    message = _error(capsys, "import", str(source), "--db", str(db))
    assert "annotation of another document" in message and "nothing was imported" in message
    assert db.read_bytes() == before
    kept = Store(db).get(existing.id)
    assert kept is not None and kept.doc_id == workspace["id_a"] and kept.note == NOTES[0]


@pytest.mark.parametrize("field_name", ["updated", "created"])
def test_an_import_from_the_future_is_refused(
    workspace: dict[str, Any], capsys: pytest.CaptureFixture[str], tmp_path: Path, field_name: str
) -> None:
    """A version "updated" in 9999 would win every later merge: no real edit could replace it."""
    record = _record(workspace["annotations"][0], id="from-the-future", **{field_name: "9999-12-31T00:00:00+00:00"})
    source = tmp_path / "future.json"
    source.write_text(json.dumps(_native([record], workspace["id_a"])), encoding="utf-8")
    db = workspace["db"]
    before = db.read_bytes()
    message = _error(capsys, "import", str(source), "--db", str(db))
    assert f"{field_name} in 9999" in message and "nothing was imported" in message
    assert db.read_bytes() == before


def test_import_unknown_document_keeps_its_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    annotation = Annotation.create(
        doc_id="sha256:" + "c" * 64, path="x", title="x", text_of_document="some text here", start=0, end=4
    )
    source = tmp_path / "in.json"
    source.write_text(json.dumps(_native([_record(annotation)], annotation.doc_id)), encoding="utf-8")
    db = tmp_path / "new.json"
    assert _run("import", str(source), "--db", str(db), "--dry-run") == 0
    assert "would add 1, update 0, keep 0" in capsys.readouterr().out
    assert not db.exists()
    assert _run("import", str(source), "--db", str(db)) == 0
    (stored,) = Store(db).all_annotations()
    assert (stored.path, stored.title) == ("elsewhere/a.txt", "Elsewhere")


def test_import_foreign_w3c_matches_known_paths_and_never_reads_the_target(
    workspace: dict[str, Any], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    copy = tmp_path / "copy of a.txt"
    copy.write_text(ARTICLE_A, encoding="utf-8")
    foreign = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationPage",
        "items": [
            {
                "id": "https://hypothes.is/a/xyz",
                "type": "Annotation",
                "created": "2026-01-01T00:00:00Z",
                "bodyValue": "from elsewhere",
                "target": {
                    "source": copy.as_uri(),
                    "selector": [{"type": "TextQuoteSelector", "exact": "first paragraph"}],
                },
            },
            {
                "id": "urn:uuid:11111111-2222-4333-8444-555555555555",
                "type": "Annotation",
                "target": {
                    "source": workspace["b"].as_uri(),
                    "selector": {"type": "TextPositionSelector", "start": 0, "end": 5},
                },
            },
        ],
    }
    source = tmp_path / "foreign.jsonld"
    source.write_text(json.dumps(foreign), encoding="utf-8")
    assert _run("import", str(source), "--db", str(workspace["db"])) == 0
    capsys.readouterr()
    store = Store(workspace["db"])
    hyp = store.get("https://hypothes.is/a/xyz")
    # An unknown file is named, not read (issue 12, item 2): its URI is the document id until it is opened.
    assert hyp is not None and hyp.doc_id == copy.as_uri() and hyp.note == "from elsewhere"
    assert (hyp.path, hyp.title, hyp.anchor) == (str(copy), copy.name, "orphan")
    by_record = store.get("11111111-2222-4333-8444-555555555555")
    assert by_record is not None and by_record.doc_id == workspace["id_b"] and by_record.path == "b.md"


BAD_IMPORTS: list[tuple[str, bytes | None, str]] = [
    ("not json", b"this is not json", "is not JSON: only native JSON and W3C JSON(-LD) exports can be imported"),
    ("markdown", b"# Title of A\n\n> quoted\n", "in.json is not JSON: only native JSON and W3C JSON(-LD) exports"),
    ("broken json", b'{"format": "reader-annotations",\n "version": }', "is not JSON: Expecting value at line 2"),
    ("empty", b"  \n", "is empty"),
    ("not utf-8", b'{"format": "\xff"}', "is not UTF-8 text"),
    ("nan", b'{"format": NaN}', "NaN is not allowed"),
    ("wrong shape", b"[1, 2]", "not a reader export or W3C annotations"),
    ("wrong item", b'[{"type": "Annotation", "id": "x", "target": 5}]', "[0].target: no TextQuoteSelector"),
    ("other object", b'{"hello": "world"}', "not a reader export or W3C annotations"),
    ("wrong format", b'{"format": "other", "version": 1}', 'format: expected "reader-annotations", got "other"'),
    ("wrong version", b'{"format": "reader-annotations", "version": 7}', "reads version 2 (and 1), not version 7"),
    ("missing file", None, "no such file"),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD_IMPORTS, ids=[b[0] for b in BAD_IMPORTS])
def test_bad_import_is_one_line_and_changes_nothing(
    name: str,
    content: bytes | None,
    message: str,
    workspace: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    source = tmp_path / "in.json"
    if content is not None:
        source.write_bytes(content)
    before = workspace["db"].read_bytes()
    err = _error(capsys, "import", str(source), "--db", str(workspace["db"]))
    assert message in err
    assert workspace["db"].read_bytes() == before


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("start", -3, "documents[0].annotations[1].start: expected a non-negative integer, got -3"),
        ("start", 500, "documents[0].annotations[1]: start 500 is after end"),
        ("end", "9", 'documents[0].annotations[1].end: expected a non-negative integer, got "9"'),
    ],
)
def test_bad_offsets_name_the_annotation(
    field: str, value: Any, message: str, workspace: dict[str, Any], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good, bad = (_record(a) for a in workspace["annotations"][:2])
    bad[field] = value
    source = tmp_path / "in.json"
    source.write_text(json.dumps(_native([good, bad], workspace["id_a"])), encoding="utf-8")
    before = workspace["db"].read_bytes()
    err = _error(capsys, "import", str(source), "--db", str(workspace["db"]))
    assert message in err and str(source.name) in err
    assert workspace["db"].read_bytes() == before


def test_merge_rules() -> None:
    assert is_newer("2026-01-01T01:00:00+01:00", "2025-12-31T23:30:00+00:00")
    assert not is_newer("2026-01-01T00:30:00+01:00", "2025-12-31T23:30:00+00:00")  # the same instant
    base = Annotation(
        id="x", doc_id="d", path="p", title="t", start=0, end=1, text="a", updated="2026-01-01T00:00:00+00:00"
    )
    plan = plan_merge({"x": base}, [base.edited(note="n"), base])
    assert (len(plan.added), len(plan.updated), plan.kept) == (0, 1, 1)


# -- no Textual, and fast ---------------------------------------------------------------------------------


def test_export_and_import_never_import_textual(workspace: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "x.json"
    db, fresh = str(workspace["db"]), str(tmp_path / "n.json")
    calls = [
        ["export", "--db", db, "-o", str(out)],
        ["export", "-f", "w3c", "--db", db, "-o", f"{out}w"],
        ["export", "-f", "markdown", "--db", db, "-o", f"{out}m"],
        ["import", str(out), "--db", fresh],
        ["import", f"{out}w", "--db", fresh, "--dry-run"],
    ]
    code = (
        "import reader.cli, sys\n"
        + "".join(f"assert reader.cli.main({call!r}) == 0\n" for call in calls)
        + "assert 'textual' not in sys.modules, 'textual was imported'\n"
        "assert 'rich' not in sys.modules, 'rich was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr


def test_importing_a_small_file_is_fast(
    workspace: dict[str, Any], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "x.json"
    assert _run("export", "--db", str(workspace["db"]), "-o", str(out)) == 0
    started = time.perf_counter()
    assert _run("import", str(out), "--db", str(tmp_path / "n.json")) == 0
    assert time.perf_counter() - started < 0.5


def test_a_w3c_collection_with_its_annotations_in_items_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Annotations put in ``items`` instead of an embedded first page were dropped while the import said
    "added 0" (a hostile review): one line, nothing imported."""
    collection = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationCollection",
        "items": [{"type": "Annotation", "target": {"source": "urn:x:doc",
                                                    "selector": {"type": "TextQuoteSelector", "exact": "x"}}}],
    }
    source = tmp_path / "items.json"
    source.write_text(json.dumps(collection), encoding="utf-8")
    db = tmp_path / "db.json"
    assert "no embedded first page" in _error(capsys, "import", str(source), "--db", str(db))
    assert not db.exists()
    empty = tmp_path / "empty.json"
    empty.write_text(json.dumps({"type": "AnnotationCollection", "total": 0}), encoding="utf-8")
    assert _run("import", str(empty), "--db", str(db)) == 0


@pytest.mark.skipif(not Path("/dev/zero").exists() or not Path("/dev/full").exists(), reason="Linux devices")
def test_import_refuses_a_device_on_stdin_and_says_a_report_it_could_not_print(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    with open("/dev/zero", "rb") as zero:
        done = subprocess.run([sys.executable, "-m", "reader", "import", "-", "--db", str(db)], stdin=zero,
                              capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2 and done.stderr.startswith("reader: standard input is a device")
    assert done.stderr.count("\n") == 1 and not db.exists()
    source = tmp_path / "in.json"
    source.write_text("[]", encoding="utf-8")
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "reader", "import", str(source), "--db", str(db)],
                              stdout=full, stderr=subprocess.PIPE, text=True, timeout=60, check=False)
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "imported" in done.stderr and "could not be written to standard output" in done.stderr


def test_an_import_with_an_id_of_a_hundred_thousand_characters_is_refused(
    workspace: dict[str, Any], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    record = _record(workspace["annotations"][0], id="x" * 100_000)
    source = tmp_path / "long-id.json"
    source.write_text(json.dumps(_native([record], workspace["id_a"])), encoding="utf-8")
    db = workspace["db"]
    before = db.read_bytes()
    message = _error(capsys, "import", str(source), "--db", str(db))
    assert "id too long: 100,000 characters (at most 10,000)" in message
    assert db.read_bytes() == before


def test_export_of_a_name_the_system_refuses_is_one_line(
    workspace: dict[str, Any], capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name over 255 bytes or a link loop: "no annotations for …", status 2, not a traceback (a hostile
    review's finding)."""
    db = str(workspace["db"])
    monkeypatch.chdir(tmp_path)
    (tmp_path / "la").symlink_to("lb")
    (tmp_path / "lb").symlink_to("la")
    for name in ("a" * 300, "sha256:" + "a" * 300, "la", "la/x"):
        assert _error(capsys, "export", name, "--db", db).startswith("reader: no annotations for ")


def test_opening_a_name_the_system_refuses_among_several_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`reader FILE LONGNAME`: one line, status 2, not a traceback (a hostile review's finding)."""
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "art.txt"
    article.write_text("Title\n\nWords.\n", encoding="utf-8")
    (tmp_path / "la").symlink_to("lb")
    (tmp_path / "lb").symlink_to("la")
    for name in ("a" * 300, "la"):
        assert _error(capsys, str(article), name, "--db", str(tmp_path / "s.json")).startswith("reader: cannot read ")
