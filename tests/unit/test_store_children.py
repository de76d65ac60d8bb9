"""The store's child processes (the fold, :mod:`reader.store.fold`, and the parse, :mod:`reader.store.parse_child`)
run the reader the app runs: never a ``reader/`` folder in the current directory (``python -m`` puts that folder
first on the module path, and the app is started from anywhere: a downloaded project's folder, say)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reader.annotation import Annotation
from reader.store import Store, parse_child
from reader.store.file import AtomicJSONStorage
from reader.store.fold import FoldProcess

TEXT = "Title\n\nThe quick brown fox jumps over the lazy dog.\n"


@pytest.fixture
def hostile_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The current directory holds a ``reader`` package that leaves a mark when it is imported; the mark's path."""
    folder = tmp_path / "project"
    (folder / "reader" / "store").mkdir(parents=True)
    mark = tmp_path / "ran"
    (folder / "reader" / "__init__.py").write_text(f"open({str(mark)!r}, 'w').write('ran')\n")
    (folder / "reader" / "store" / "__init__.py").write_text("")
    monkeypatch.chdir(folder)
    return mark


def test_the_fold_child_runs_the_installed_reader(tmp_path: Path, hostile_folder: Path) -> None:
    db = tmp_path / "annotations.json"
    store = Store(db)
    store.add(Annotation.create(doc_id="sha256:" + "a" * 64, path="d.txt", title="D", text_of_document=TEXT,
                                start=7, end=20))
    store.close()
    fold = FoldProcess()
    fold.start(db)
    assert fold.wait(60)
    assert fold.child is not None and fold.child.returncode == 0
    assert not hostile_folder.exists()


def test_the_parse_child_runs_the_installed_reader(tmp_path: Path, hostile_folder: Path) -> None:
    storage = AtomicJSONStorage(tmp_path / "annotations.json")
    blob = b'{"annotations": {"1": {"id": "a"}}}'
    assert parse_child.parse_in_child(storage.path, blob) == storage.parse(blob)
    assert not hostile_folder.exists()


@pytest.mark.parametrize("executable", [None, ""])
def test_no_interpreter_to_start_means_the_work_is_done_here_or_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, executable: str | None
) -> None:
    """``sys.executable`` is None or empty where Python could not find its own program (an embedded Python): the
    parse is then this process's, and the fold is left for a later write (the journal keeps every change)."""
    monkeypatch.setattr(sys, "executable", executable)
    storage = AtomicJSONStorage(tmp_path / "annotations.json")
    blob = b'{"annotations": {"1": {"id": "a"}}}'
    monkeypatch.setattr(parse_child, "CHILD_PARSE_BYTES", 1)
    assert parse_child.parse_in_child(storage.path, blob) is None
    assert parse_child.parse(storage, blob) == storage.parse(blob)
    fold = FoldProcess()
    fold.start(storage.path)
    assert fold.child is None and fold.wait(0)
