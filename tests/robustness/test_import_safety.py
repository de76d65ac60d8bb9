"""Issue 12, items 2, 9 and the import half of 7: what ``reader import`` may read and what it may store.

* Item 2: an import file never causes a read of anything but itself (a W3C ``target.source`` naming a secret
  file, ``/dev/zero`` or a FIFO is a name, never opened).
* Item 9: every imported record passes the rules the store reads with (:mod:`reader.annotation_rules`); one
  invalid record refuses the whole file with one ``reader:`` line and exit 2, and the store is unchanged. What is
  imported exports natively and imports again.
* Item 7: notes and tags over the limits of :mod:`reader.annotation` are refused at import, naming the limit.

CLI level: each case runs ``python -m reader import`` in a subprocess (with a memory cap, so a regression that
reads ``/dev/zero`` fails the test instead of exhausting the machine).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from reader.annotation import MAX_NOTE_CHARS, MAX_TAG_CHARS, MAX_TAGS
from reader.formats.w3c import EXTENSION_KEY
from reader.store import Store

ROOT = Path(__file__).resolve().parents[2]
DOC = "sha256:" + "ab" * 32
SECRET = "hunter2-top-secret-credential"


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=timeout,
        preexec_fn=_cap_memory,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], *parts: str) -> None:
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reader: "), result.stderr[-2000:]
    for part in parts:
        assert part in lines[0], lines[0]


def w3c(source: str, **changes: Any) -> dict[str, Any]:
    """One foreign-looking W3C annotation on ``source``; ``changes`` replace or add keys."""
    record: dict[str, Any] = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "urn:uuid:11111111-2222-4333-8444-555555555555",
        "type": "Annotation",
        "created": "2026-01-01T00:00:00Z",
        "bodyValue": "a note",
        "target": {
            "source": source,
            "selector": [
                {"type": "TextQuoteSelector", "exact": "quoted words"},
                {"type": "TextPositionSelector", "start": 3, "end": 15},
            ],
        },
    }
    record.update(changes)
    return record


def native(**changes: Any) -> dict[str, Any]:
    annotation: dict[str, Any] = {
        "id": "00000000-0000-4000-8000-000000000001",
        "text": "quoted words",
        "prefix": "",
        "suffix": "",
        "start": 3,
        "end": 15,
        "color": "green",
        "note": "",
        "tags": [],
        "speaker": None,
        "created": "2026-01-01T00:00:00.000000+00:00",
        "updated": "2026-01-01T00:00:00.000000+00:00",
        "anchor": "exact",
    }
    annotation.update(changes)
    document = {"id": DOC, "title": "Doc", "path": "/nowhere/doc.txt", "annotations": [annotation]}
    return {"format": "reader-annotations", "version": 1, "exported_at": "2026-01-01T00:00:00+00:00",
            "documents": [document]}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A store with one highlight already in it (an import must never lose or change it)."""
    path = tmp_path / "db.json"
    source = tmp_path / "seed-import.json"
    source.write_text(json.dumps(native(id="00000000-0000-4000-8000-0000000000aa")), encoding="utf-8")
    assert run_cli("import", str(source), "--db", str(path)).returncode == 0
    return path


def write(tmp_path: Path, data: Any, name: str = "in.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# -- item 2: an import file reads nothing but itself ---------------------------------------------------------


def test_a_target_naming_a_local_file_does_not_read_it(tmp_path: Path, db: Path) -> None:
    credentials = tmp_path / "credentials"
    credentials.write_text(f"{SECRET}\npassword = also secret\n", encoding="utf-8")
    source = write(tmp_path, [w3c(credentials.as_uri())])
    result = run_cli("import", str(source), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert SECRET not in db.read_text(encoding="utf-8")
    (imported,) = [a for a in Store(db).all_annotations() if a.id == "11111111-2222-4333-8444-555555555555"]
    assert imported.title == "credentials" and imported.path == str(credentials)
    for fmt in ("json", "w3c", "markdown"):
        exported = run_cli("export", "--db", str(db), "--format", fmt)
        assert exported.returncode == 0 and SECRET not in exported.stdout


@pytest.mark.parametrize("dry_run", [True, False])
def test_a_target_naming_a_fifo_does_not_hang(tmp_path: Path, db: Path, dry_run: bool) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    source = write(tmp_path, [w3c(fifo.as_uri())])
    before = db.read_bytes()
    result = run_cli("import", str(source), "--db", str(db), *(["--dry-run"] if dry_run else []), timeout=30)
    assert result.returncode == 0, result.stderr
    if dry_run:
        assert "would add 1" in result.stdout and db.read_bytes() == before


def test_a_target_naming_dev_zero_is_not_read(tmp_path: Path, db: Path) -> None:
    other = "urn:uuid:22222222-2222-4222-8222-222222222222"
    source = write(tmp_path, [w3c("file:///dev/zero"), w3c("file:///dev/urandom", id=other)])
    result = run_cli("import", str(source), "--db", str(db), timeout=30)
    assert result.returncode == 0, result.stderr
    assert {a.title for a in Store(db).all_annotations()} >= {"zero", "urandom"}


def test_a_path_that_came_with_an_import_is_not_read_at_export_time(tmp_path: Path, db: Path) -> None:
    """The Markdown export reads a document's file for its length (percents), but only a file the app opened:
    an imported path naming a private file whose hash matches the imported id was read and measured before."""
    import hashlib

    secret = tmp_path / "credentials.txt"
    secret.write_text("token=s3cr3t quoted words and more\n", encoding="utf-8")
    doc_id = "sha256:" + hashlib.sha256(secret.read_text(encoding="utf-8").encode("utf-8")).hexdigest()
    data = native()
    data["documents"][0].update(id=doc_id, path=str(secret))
    assert run_cli("import", str(write(tmp_path, data)), "--db", str(db)).returncode == 0
    result = run_cli("export", "--format", "markdown", "--db", str(db))
    assert result.returncode == 0, result.stderr
    section = result.stdout[result.stdout.index(str(secret)) :]
    assert "offset 3–15" in section and " %" not in section.split("\n#", 1)[0]


def test_a_known_document_is_still_matched_by_its_path(tmp_path: Path, db: Path) -> None:
    """Matching by the paths the store already knows needs no read, and still works."""
    article = tmp_path / "article.txt"
    article.write_text("Hello there, quoted words here.\n", encoding="utf-8")
    Store(db).remember_document("sha256:" + "cd" * 32, path=str(article), title="Known title")
    source = write(tmp_path, [w3c(article.as_uri())])
    assert run_cli("import", str(source), "--db", str(db)).returncode == 0
    imported = Store(db).get("11111111-2222-4333-8444-555555555555")
    assert imported is not None and (imported.doc_id, imported.title) == ("sha256:" + "cd" * 32, "Known title")


# -- item 9: an import stores only what the store reads back ------------------------------------------------

INVALID_W3C: list[tuple[str, dict[str, Any], str]] = [
    ("urn:uuid: id", {"id": "urn:uuid:"}, "[1].id: expected a non-empty string"),
    ("empty extension id", {EXTENSION_KEY: {"id": ""}}, f"[1].{EXTENSION_KEY}.id: expected a non-empty string"),
    (
        "extension created",
        {EXTENSION_KEY: {"created": "garbage"}},
        f'[1].{EXTENSION_KEY}.created: expected an ISO 8601 date-time, got "garbage"',
    ),
    ("extension updated", {EXTENSION_KEY: {"updated": "later"}}, f"[1].{EXTENSION_KEY}.updated: expected an ISO"),
    ("extension document", {EXTENSION_KEY: {"document": ""}}, "expected a non-empty document id"),
    ("empty source", {"target": {"source": "", "selector": {"type": "TextQuoteSelector", "exact": "x"}}},
     "[1].target.source: expected a non-empty string"),
    ("extension color", {EXTENSION_KEY: {"color": "red"}}, f'[1].{EXTENSION_KEY}.color: expected one of yellow'),
    ("extension anchor", {EXTENSION_KEY: {"anchor": "lost"}}, f"[1].{EXTENSION_KEY}.anchor: expected one of"),
]


@pytest.mark.parametrize(("name", "changes", "message"), INVALID_W3C, ids=[case[0] for case in INVALID_W3C])
def test_an_invalid_w3c_record_refuses_the_whole_file(
    name: str, changes: dict[str, Any], message: str, tmp_path: Path, db: Path
) -> None:
    good = w3c("urn:x:doc", id="urn:uuid:99999999-2222-4333-8444-555555555555")
    source = write(tmp_path, [good, w3c("urn:x:doc", **changes)])
    before = db.read_bytes()
    assert_one_line_error(run_cli("import", str(source), "--db", str(db)), "in.json", message)
    assert db.read_bytes() == before  # the good record was not imported either: all or nothing


def test_what_a_w3c_import_stores_reads_back_clean_and_round_trips(tmp_path: Path, db: Path) -> None:
    """Odd but valid W3C input: the store reads every record without a warning, and the native export of the
    store imports into a fresh store giving the same export."""
    items = [
        w3c("urn:x:doc"),
        w3c("https://example.org/page", id="https://hypothes.is/a/xyz", created="2026-01-01T01:00:00+05:00"),
        w3c("urn:x:doc", id="urn:uuid:33333333-2222-4333-8444-555555555555",
            **{EXTENSION_KEY: {"id": "custom id", "created": "2026-02-02T00:00:00", "color": "pink"}}),
        {k: v for k, v in w3c("urn:x:doc", id="urn:uuid:44444444-2222-4333-8444-555555555555").items()
         if k != "created"},
    ]
    source = write(tmp_path, items)
    assert run_cli("import", str(source), "--db", str(db)).returncode == 0
    store = Store(db)
    assert len(store.all_annotations()) == 5 and store.warnings == []
    first = run_cli("export", "--db", str(db))
    assert first.returncode == 0 and first.stderr == ""
    exported = tmp_path / "export.json"
    exported.write_text(first.stdout, encoding="utf-8")
    fresh = tmp_path / "fresh.json"
    again = run_cli("import", str(exported), "--db", str(fresh))
    assert again.returncode == 0, again.stderr
    second = run_cli("export", "--db", str(fresh))
    strip = lambda text: json.loads(text) | {"exported_at": ""}  # noqa: E731
    assert strip(second.stdout) == strip(first.stdout)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"created": "garbage"}, '.created: expected an ISO 8601 date-time, got "garbage"'),
        ({"color": "red"}, ".color: expected one of yellow, green, blue, pink, purple"),
        ({"id": ""}, ".id: expected a non-empty string"),
    ],
)
def test_an_invalid_native_record_refuses_the_whole_file(
    changes: dict[str, Any], message: str, tmp_path: Path, db: Path
) -> None:
    before = db.read_bytes()
    source = write(tmp_path, native(**changes))
    assert_one_line_error(run_cli("import", str(source), "--db", str(db)), "documents[0].annotations[0]", message)
    assert db.read_bytes() == before


# -- item 7 (import half): size limits ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["native", "w3c"])
@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("note", f"note too long: {MAX_NOTE_CHARS + 1:,} characters (at most {MAX_NOTE_CHARS:,})"),
        ("tags", f"too many tags: {MAX_TAGS + 1} (at most {MAX_TAGS})"),
        ("tag", f"tag too long: {MAX_TAG_CHARS + 1} characters (at most {MAX_TAG_CHARS})"),
    ],
)
def test_notes_and_tags_over_the_limits_are_refused(
    fmt: str, case: str, message: str, tmp_path: Path, db: Path
) -> None:
    note = "n" * (MAX_NOTE_CHARS + 1) if case == "note" else ""
    tags = {"tags": [f"t{i}" for i in range(MAX_TAGS + 1)], "tag": ["x" * (MAX_TAG_CHARS + 1)]}.get(case, [])
    if fmt == "native":
        data: Any = native(note=note, tags=tags)
    else:
        bodies = [{"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in tags]
        data = [w3c("urn:x:doc", bodyValue=note, body=bodies)]
    before = db.read_bytes()
    assert_one_line_error(run_cli("import", str(source := write(tmp_path, data)), "--db", str(db)), message)
    assert source.exists() and db.read_bytes() == before


def test_notes_and_tags_at_the_limits_are_imported(tmp_path: Path, db: Path) -> None:
    tags = [f"{i:03d}" + "x" * (MAX_TAG_CHARS - 3) for i in range(MAX_TAGS)]
    source = write(tmp_path, native(note="n" * MAX_NOTE_CHARS, tags=tags))
    result = run_cli("import", str(source), "--db", str(db))
    assert result.returncode == 0, result.stderr
    imported = Store(db).get("00000000-0000-4000-8000-000000000001")
    assert imported is not None and len(imported.note) == MAX_NOTE_CHARS and len(imported.tags) == MAX_TAGS
