"""``reader export --format markdown --split DIR``: one Markdown file per document for Obsidian-style vaults.

The front matter is checked with a real YAML parser (PyYAML, a test-only dependency), as a note app reads it.
"""

from __future__ import annotations

import os
import stat
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.annotation import Annotation
from reader.cli import main
from reader.document import document_id
from reader.errors import ReaderError
from reader.formats import ExportDocument
from reader.formats.markdown import display_title, export_markdown
from reader.formats.split import (
    MAX_STEM_BYTES,
    MAX_STEM_CHARS,
    document_file,
    file_stem,
    front_matter,
    plan_names,
    reader_id,
    short_id,
    write_split,
    yaml_string,
)

HOSTILE_TITLES = [
    "../../etc/passwd",
    "/etc/passwd",
    "..",
    ".hidden",
    "CON",
    "con",
    "Com1",
    "LPT9",
    "x" * 300,
    "é" * 300,
    "日本語" * 100,
    "line one\nline two\r\nthree",
    "---",
    "---\ntitle: injected\n---",
    "😀 Emoji 👩\u200d👩\u200d👧 title 🇨🇭",
    "\u202eevil\u202c RTL \u200f mark",
    'a/b\\c:d*e?f"g<h>i|j',
    "nul\x00 and esc\x1b[2J",
    "",
    "   ",
    "#tag: value # comment",
    "\u3164\u115f",  # Hangul fillers: letters that draw nothing
    "\u0301\u0301 marks first",
    "surrogate \udcff escape",
]


def _annotation(
    doc_id: str, start: int, *, note: str = "", tags: tuple[str, ...] = (), speaker: str | None = None
) -> Annotation:
    return Annotation(
        id=f"{doc_id[-6:]}-{start}",
        doc_id=doc_id,
        path="p",
        title="t",
        start=start,
        end=start + 5,
        text=f"highlighted words {start}",
        note=note,
        tags=tags,
        speaker=speaker,
        created="2026-11-25T14:00:00.000000+00:00",
        updated="2026-11-25T14:00:00.000000+00:00",
    )


def _doc(title: str, *notes: str, tags: tuple[str, ...] = (), source: dict[str, str] | None = None) -> ExportDocument:
    doc_id = document_id(f"text of {title!r}")
    annotations = tuple(
        _annotation(doc_id, 10 * i, note=note, tags=tags, speaker="Jens Stoltenberg" if i == 0 else None)
        for i, note in enumerate(notes)
    )
    return ExportDocument(doc_id, title, f"/docs/{len(title)}.txt", annotations, source=source or {})


def _parse(path: Path) -> tuple[dict[str, Any], str]:
    """Front matter (parsed by PyYAML) and body of a written file, split as Obsidian splits them."""
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    end = text.index("\n---\n", 3)
    meta = yaml.safe_load(text[4:end])
    assert isinstance(meta, dict)
    return meta, text[end + 5 :]


def _tree(root: Path) -> set[str]:
    return {str(path.relative_to(root)) for path in root.rglob("*")}


# -- names ------------------------------------------------------------------------------------------------


def _assert_safe_name(stem: str) -> None:
    assert stem and stem == stem.strip(" -_") or stem.endswith("_")
    assert not stem.startswith(".")
    assert len(stem) <= MAX_STEM_CHARS + 1 and len(stem.encode("utf-8")) <= MAX_STEM_BYTES + 1
    assert "  " not in stem
    for char in stem:
        assert char.isalnum() or char in " -_" or unicodedata.category(char).startswith("M"), repr(char)
    assert stem.upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT9"}


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_hostile_titles_give_safe_names(title: str) -> None:
    _assert_safe_name(file_stem(title))


def test_names_from_titles() -> None:
    assert file_stem("The Story: a \"quoted\" title") == "The Story a quoted title"
    assert file_stem("../../etc/passwd") == "etc passwd"
    assert file_stem("CON") == "CON_"
    assert file_stem("---") == file_stem("") == file_stem("😀") == "Untitled"
    assert file_stem("Café au lait — 2026") == "Café au lait 2026"
    assert file_stem("Cafe\u0301") == "Café"  # NFC
    assert file_stem("हिन्दी समाचार") == "हिन्दी समाचार"  # combining vowel signs stay on their letters
    assert file_stem("\u202eevil\u202c") == "evil"
    assert len(file_stem("word " * 100)) <= MAX_STEM_CHARS


@given(st.text(max_size=400))
@settings(max_examples=300, deadline=None)
def test_any_title_gives_a_safe_name(title: str) -> None:
    _assert_safe_name(file_stem(title))


def test_collisions_are_resolved_deterministically() -> None:
    a, b, c = _doc("Same"), _doc("same"), _doc("Other")
    planned = dict((doc.id, name) for doc, name in plan_names([a, b, c], {}))
    assert planned == {a.id: "Same.md", b.id: f"same {short_id(b.id)}.md", c.id: "Other.md"}
    assert dict((d.id, n) for d, n in plan_names([a, b, c], {})) == planned  # same input, same names


def test_existing_files_are_respected() -> None:
    a, b = _doc("Alpha"), _doc("Beta")
    existing: dict[str, str | None] = {
        "alpha.md": None,  # someone else's file (case-insensitive clash)
        "My renamed beta.md": b.id,  # the reader's file for b, renamed in the vault
    }
    planned = dict((doc.id, name) for doc, name in plan_names([a, b], existing))
    assert planned == {a.id: f"Alpha {short_id(a.id)}.md", b.id: "My renamed beta.md"}
    # Every candidate taken by foreign files: refused.
    full: dict[str, str | None] = {
        "Alpha.md": None,
        f"Alpha {short_id(a.id)}.md": None,
        f"Alpha {short_id(a.id, 16)}.md": None,
    }
    assert plan_names([a], full) == [(a, None)]


# -- front matter -----------------------------------------------------------------------------------------


@given(st.text(max_size=200))
@settings(max_examples=300, deadline=None)
def test_yaml_string_round_trips_and_stays_on_one_safe_line(text: str) -> None:
    quoted = yaml_string(text)
    assert yaml.safe_load(f"key: {quoted}") == {"key": text}
    assert "\n" not in quoted and all(char.isprintable() for char in quoted)


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_hostile_front_matter_parses(title: str) -> None:
    source = {"author": title, "date": "2026: #1 ---", "url": "https://example.com/a b?x=\"y\""}
    doc = _doc(title, "note", tags=(title, "two words", "---"), source=source)
    meta = yaml.safe_load(front_matter(doc).removeprefix("---\n").removesuffix("---\n"))
    assert set(meta) <= {"reader-id", "title", "author", "source", "date", "tags"}
    assert meta["reader-id"] == doc.id
    assert meta["title"] == display_title(doc)
    assert meta["date"] == "2026: #1 ---"
    assert meta["source"] == "https://example.com/a%20b?x=%22y%22"
    assert isinstance(meta["tags"], list) and all(isinstance(tag, str) for tag in meta["tags"])
    assert "two-words" in meta["tags"]
    assert reader_id(document_file(doc).encode()) == doc.id


@given(st.text(min_size=1, max_size=100))
@settings(max_examples=200, deadline=None)
def test_reader_id_reads_back_any_id(doc_id: str) -> None:
    doc = ExportDocument(doc_id, "t", "p")
    assert reader_id(document_file(doc).encode("utf-8")) == doc_id


def test_reader_id_as_an_editor_may_rewrite_it() -> None:
    doc_id = "sha256:" + "ab" * 32
    for value in (doc_id, f"'{doc_id}'", f'"{doc_id}"', f"{doc_id}  # kept by reader"):
        assert reader_id(f"---\ntitle: x\nreader-id: {value}\n---\nbody".encode()) == doc_id
    assert reader_id(b"no front matter\nreader-id: x\n") is None
    assert reader_id(b"---\ntitle: x\n---\nreader-id: x\n") is None  # after the front matter: not ours
    assert reader_id(b"---\nreader-id: \"bad \\q escape\"\n---\n") is None


def test_front_matter_keys_and_tags() -> None:
    source = {"kind": "html", "url": "https://example.com/story", "author": "A. Writer", "date": "2026-11-25"}
    doc = _doc("The Story", "n1", "n2", tags=("b tag", "A", "a"), source=source)
    meta = yaml.safe_load(front_matter(doc).strip("-\n"))
    assert meta == {
        "reader-id": doc.id,
        "title": "The Story",
        "author": "A. Writer",
        "source": "https://example.com/story",
        "date": "2026-11-25",
        "tags": ["A", "a", "b-tag"],
    }
    bare = yaml.safe_load(front_matter(ExportDocument("x", "", "/docs/a.txt")).strip("-\n"))
    assert bare == {"reader-id": "x", "title": "Untitled", "source": "/docs/a.txt", "tags": []}


def test_body_is_the_digest_section() -> None:
    doc = _doc("Title", "a note", tags=("t",))
    assert document_file(doc).endswith(export_markdown([doc]))


# -- the folder -------------------------------------------------------------------------------------------

NOTES = ["plain note", 'quotes "double" and \'single\' \\ back', "a: colon # hash", "emoji 😀 and שלום", "---"]


def test_one_file_per_document_round_trip(tmp_path: Path) -> None:
    docs = [_doc("First: story", *NOTES, tags=("t1",)), _doc("Second/story", "other note")]
    out = tmp_path / "vault"
    result = write_split(out, docs)
    assert sorted(result.written) == ["First story.md", "Second story.md"] and not result.refused
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    for doc, name in zip(docs, ["First story.md", "Second story.md"], strict=True):
        meta, body = _parse(out / name)
        assert meta["title"] == doc.title and meta["reader-id"] == doc.id
        for annotation in doc.annotations:
            assert annotation.note in body
            assert f"> {annotation.text}" in body
    meta, body = _parse(out / "First story.md")
    assert meta["tags"] == ["t1"] and "#t1" in body and "— Jens Stoltenberg" in body


def test_rerun_updates_in_place_and_leaves_foreign_files(tmp_path: Path) -> None:
    out = tmp_path / "vault"
    out.mkdir()
    foreign = out / "Notes.md"
    foreign.write_text("my own notes\n", encoding="utf-8")
    first = _doc("Story", "old note")
    notes_doc = _doc("Notes", "n")
    write_split(out, [first, notes_doc])
    assert foreign.read_text(encoding="utf-8") == "my own notes\n"
    notes_name = f"Notes {short_id(notes_doc.id)}.md"
    assert (out / notes_name).exists()
    before = sorted(os.listdir(out))
    mtime = (out / "Story.md").stat().st_mtime_ns

    again = write_split(out, [first, notes_doc])
    assert again.written == [] and sorted(again.unchanged) == sorted(["Story.md", notes_name])
    assert (out / "Story.md").stat().st_mtime_ns == mtime

    changed = ExportDocument(first.id, "Story renamed", first.path, (_annotation(first.id, 3, note="new note"),))
    (out / "Story.md").rename(out / "Kept name.md")  # renamed in the vault: still found by its reader-id
    result = write_split(out, [changed, notes_doc])
    assert result.written == ["Kept name.md"]
    assert sorted(os.listdir(out)) == sorted(["Kept name.md" if n == "Story.md" else n for n in before])
    meta, body = _parse(out / "Kept name.md")
    assert meta["title"] == "Story renamed" and "new note" in body and "old note" not in body
    assert foreign.read_text(encoding="utf-8") == "my own notes\n"


def test_refused_document_is_a_warning(tmp_path: Path) -> None:
    doc = _doc("Taken")
    for stem in ("Taken", f"Taken {short_id(doc.id)}", f"Taken {short_id(doc.id, 16)}"):
        (tmp_path / f"{stem}.md").write_text("not the reader's\n", encoding="utf-8")
    result = write_split(tmp_path, [doc, _doc("Free")])
    assert result.written == ["Free.md"] and len(result.refused) == 1 and "Taken" in result.refused[0]
    assert all(p.read_text(encoding="utf-8") == "not the reader's\n" for p in tmp_path.glob("Taken*.md"))


def test_symlinks_in_dir_are_never_followed(tmp_path: Path) -> None:
    out, outside = tmp_path / "vault", tmp_path / "outside.md"
    out.mkdir()
    doc = _doc("Linked")
    outside.write_text(document_file(doc), encoding="utf-8")  # even a reader file: never read through a link
    (out / "Linked.md").symlink_to(outside)
    result = write_split(out, [doc])
    assert result.written == [f"Linked {short_id(doc.id)}.md"]
    assert (out / "Linked.md").is_symlink() and outside.read_text(encoding="utf-8") == document_file(doc)


def test_hostile_titles_stay_inside_dir(tmp_path: Path) -> None:
    out = tmp_path / "deep" / "vault"
    out.parent.mkdir()
    docs = [_doc(title, f"note for {title!r}") for title in HOSTILE_TITLES]
    result = write_split(out, docs)
    assert len(result.written) == len(docs) and not result.refused
    assert _tree(tmp_path / "deep") == {"vault"} | {f"vault/{name}" for name in result.written}
    for path in out.iterdir():
        assert path.is_file() and not path.name.startswith(".")
        meta, _ = _parse(path)
        assert meta["reader-id"] in {doc.id for doc in docs}
    assert write_split(out, docs).unchanged  # and again: all recognised, nothing new
    assert len(list(out.iterdir())) == len(docs)


@given(st.lists(st.text(max_size=120), min_size=1, max_size=6))
@settings(max_examples=60, deadline=None)
def test_any_titles_stay_inside_dir_and_rerun_in_place(titles: list[str]) -> None:
    import tempfile

    docs = list({doc.id: doc for doc in (_doc(title, title) for title in titles)}.values())
    with tempfile.TemporaryDirectory() as root:
        out = Path(root) / "vault"
        first = write_split(out, docs)
        assert len(first.written) == len(docs) and _tree(Path(root)) == {"vault"} | {
            f"vault/{name}" for name in first.written
        }
        for name in first.written:
            text = (out / name).read_text(encoding="utf-8")
            # nothing raw reaches a terminal (visible spaces such as U+00A0 are fine)
            assert all(char.isprintable() or char == "\n" or unicodedata.category(char) == "Zs" for char in text)
            meta, _ = _parse(out / name)
            assert isinstance(meta["title"], str) and isinstance(meta["tags"], list)
        again = write_split(out, docs)
        assert sorted(again.unchanged) == sorted(first.written) and not again.written


def test_dir_must_be_a_folder(tmp_path: Path) -> None:
    file = tmp_path / "file"
    file.write_text("x", encoding="utf-8")
    with pytest.raises(ReaderError, match="needs a folder"):
        write_split(file, [_doc("A")])
    with pytest.raises(ReaderError, match="parent folder does not exist"):
        write_split(tmp_path / "no" / "such", [_doc("A")])


# -- the command ------------------------------------------------------------------------------------------


@pytest.fixture
def store_with_notes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from reader.store import Store

    monkeypatch.chdir(tmp_path)
    text = 'A title line\n\nHe said "we will stay" to everyone there.\n'
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "db.json"
    store = Store(db)
    doc_id = document_id(text)
    store.remember_document(doc_id, path=str(tmp_path / "a.txt"), title='A "title": line')
    store.put_many(
        [
            Annotation.create(
                doc_id=doc_id,
                path=str(tmp_path / "a.txt"),
                title='A "title": line',
                text_of_document=text,
                start=22,
                end=36,
                note="my note",
                tags=("politics",),
                speaker="He",
            )
        ]
    )
    return db


def test_cli_split(store_with_notes: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(store_with_notes)
    assert main(["export", "--db", db, "-f", "markdown", "--split", "vault"]) == 0
    out = capsys.readouterr()
    assert "1 file: 1 written, 0 unchanged in vault" in out.out
    meta, body = _parse(tmp_path / "vault" / "A title line.md")
    assert meta["title"] == 'A "title": line' and meta["tags"] == ["politics"] and "my note" in body
    assert main(["export", "--db", db, "-f", "markdown", "--split", "vault"]) == 0
    assert "1 unchanged" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--split", "vault"], "--split writes one Markdown file per document: add --format markdown"),
        (["-f", "json", "--split", "vault"], "add --format markdown"),
        (["-f", "markdown", "--split", "vault", "-o", "x.md"], "not allowed with"),
        (["-f", "markdown", "--split", ""], "--split needs a folder"),
        (["-f", "markdown", "--split", "db.json"], "--split needs a folder: db.json is not one"),
    ],
)
def test_cli_refusals(
    store_with_notes: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main(["export", "--db", str(store_with_notes), *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("reader: ") and message in err and err.count("\n") == 1
    assert not (tmp_path / "vault").exists()
