"""``reader export`` never writes over a document: one it exports, or any the store knows (``-o`` and ``--split``).

``reader export a.txt -o a.txt`` replaced the annotated document with its export (a hostile review). Every way of
naming the same file is refused with one ``reader: ...`` line and exit status 2, and nothing is written.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest

from reader.annotation import Annotation
from reader.cli import main
from reader.document import document_id
from reader.errors import ReaderError
from reader.export_target import Documents
from reader.loader import load_document
from reader.store import Store
from reader.transfer import export_document_to

ARTICLE = "Title of A\n\nThe first paragraph says hello to everyone, and then some more.\n"
OTHER = "Title of B\n\nSomething else entirely, with more words in it.\n"


def annotate(store: Store, path: Path, text: str, *, remember: bool = True) -> str:
    doc = document_id(text)
    if remember:
        store.remember_document(doc, path=str(path), title=text.splitlines()[0])
    store.add(Annotation.create(doc_id=doc, path=str(path), title="T", text_of_document=text, start=12, end=30,
                                note="a note"))
    return doc


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.chdir(tmp_path)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    b.write_text(OTHER, encoding="utf-8")
    db = tmp_path / "db.json"
    store = Store(db)
    annotate(store, a, ARTICLE)
    annotate(store, b, OTHER, remember=False)  # known by its annotations' path only
    return {"dir": tmp_path, "a": a, "b": b, "db": db}


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 2
    err = capsys.readouterr().err
    assert err.startswith("reader: refusing to write") and err.count("\n") == 1, err
    return err


@pytest.mark.parametrize("how", ["same", "dotdot", "absolute", "symlink", "hardlink"])
def test_export_over_the_document_being_exported_is_refused(
    work: dict[str, Any], capsys: pytest.CaptureFixture[str], how: str
) -> None:
    folder: Path = work["dir"]
    (folder / "sub").mkdir()
    target = {"same": "a.txt", "dotdot": "sub/../a.txt", "absolute": str(work["a"]), "symlink": "link.txt",
              "hardlink": "hard.txt"}[how]
    if how == "symlink":
        os.symlink("a.txt", folder / "link.txt")
    if how == "hardlink":
        os.link(folder / "a.txt", folder / "hard.txt")
    before = digests(folder)
    err = refused(capsys, "export", "a.txt", "--db", str(work["db"]), "-o", target)
    assert "a document being exported" in err or "a document the store knows" in err
    assert digests(folder) == before


@pytest.mark.parametrize("target", ["a.txt", "b.txt", "./b.txt"])
def test_export_over_any_document_the_store_knows_is_refused(
    work: dict[str, Any], capsys: pytest.CaptureFixture[str], target: str
) -> None:
    """Not named on the command line: the store's document records and its annotations' paths."""
    before = digests(work["dir"])
    err = refused(capsys, "export", "--db", str(work["db"]), "-o", target)
    assert "a document the store knows" in err and "choose another -o FILE" in err
    assert digests(work["dir"]) == before
    err = refused(capsys, "export", "b.txt", "--db", str(work["db"]), "--format", "markdown", "-o", "a.txt")
    assert digests(work["dir"]) == before


def test_a_document_named_but_unknown_to_the_store_is_refused_before_the_store_is_read(
    work: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    (work["dir"] / "c.txt").write_text("Title\n\nNever opened.\n", encoding="utf-8")
    before = digests(work["dir"])
    err = refused(capsys, "export", "c.txt", "--db", str(work["dir"] / "absent" / "s.json"), "-o", "c.txt")
    assert "a document being exported" in err
    assert digests(work["dir"]) == before


def test_other_files_stdout_and_devices_are_still_written(
    work: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "a.txt", "--db", str(work["db"]), "-o", "out.json"]) == 0
    assert "a note" in (work["dir"] / "out.json").read_text(encoding="utf-8")
    assert main(["export", "--db", str(work["db"]), "-o", os.devnull]) == 0
    assert main(["export", "--db", str(work["db"])]) == 0 and "a note" in capsys.readouterr().out


def test_split_never_rewrites_a_note_that_became_a_document(
    work: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    vault = work["dir"] / "vault"
    db = str(work["db"])
    assert main(["export", "--db", db, "--format", "markdown", "--split", str(vault)]) == 0
    (note,) = [p for p in vault.iterdir() if "Title of A" in p.name]
    store = Store(work["db"])
    opened = load_document(note)  # the note, opened in the reader and annotated
    annotate(store, note, opened.text)
    store.add(Annotation.create(doc_id=document_id(ARTICLE), path=str(work["a"]), title="T",
                                text_of_document=ARTICLE, start=40, end=50))  # so the note would change
    before = digests(work["dir"])
    err = refused(capsys, "export", "--db", db, "--format", "markdown", "--split", str(vault))
    assert "a document the store knows" in err and "nothing was written" in err
    assert digests(work["dir"]) == before
    assert main(["export", "a.txt", "--db", db, "--format", "markdown", "--split", str(work["dir"] / "v2")]) == 0


def test_the_apps_export_key_never_writes_over_a_document(work: dict[str, Any]) -> None:
    store = Store(work["db"])
    document = load_document(work["a"])
    for target in (work["a"], work["dir"] / "sub" / ".." / "a.txt"):
        with pytest.raises(ReaderError, match="refusing to write the export over"):
            export_document_to(store, document, target)
    assert work["a"].read_text(encoding="utf-8") == ARTICLE
    assert export_document_to(store, document, work["dir"] / "a.annotations.json") == 1


def test_documents_resolve_each_path_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    resolve = Path.resolve

    def counted(self: Path, strict: bool = False) -> Path:
        calls.append(self)
        return resolve(self, strict)

    monkeypatch.setattr(Path, "resolve", counted)
    documents = Documents([str(tmp_path / f"{n}.txt") for n in range(50)], exported=False)
    for n in range(20):
        documents.named_by(tmp_path / f"x{n}.md")
    assert len(calls) == 50 + 20
