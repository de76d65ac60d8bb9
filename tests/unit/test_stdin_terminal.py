"""``-`` (standard input) when standard input is a terminal, on the real process in a pseudo-terminal.

``reader import -`` reads what is pasted there, after one line on stderr saying so and how to end it (it waited
without a word); ``reader text -`` refuses a terminal, as ``reader -`` does (a document from standard input is
piped), in one line with status 2.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from reader.annotation import Annotation
from reader.document import document_id
from reader.store import Store
from tests.robustness import PtyApp, clean_env

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")

TEXT = "Pasted\n\nAn export typed or pasted on a terminal is read until ctrl+d.\n"
HINT = b"reader: reading an export from standard input: paste it, then press ctrl+d on a line of its own"


def export_of_one_highlight(tmp_path: Path) -> tuple[str, bytes]:
    """A native export of one highlight (indented: a terminal takes a line of a few thousand bytes at most)."""
    doc_id = document_id(TEXT)
    start = TEXT.index("An export")
    annotation = Annotation.create(doc_id=doc_id, path=str(tmp_path / "pasted.txt"), title="Pasted",
                                   text_of_document=TEXT, start=start, end=start + len("An export"))  # fmt: skip
    record = annotation.to_dict()
    for key in ("doc_id", "path", "title"):
        del record[key]
    export = {
        "format": "reader-annotations",
        "version": 1,
        "exported_at": "2026-11-25T14:00:00.000000+00:00",
        "documents": [{"id": doc_id, "title": "Pasted", "path": str(tmp_path / "pasted.txt"), "annotations": [record]}],
    }
    return annotation.id, json.dumps(export, indent=1).encode()


def test_import_from_a_terminal_says_it_reads_and_how_to_end_then_imports(tmp_path: Path) -> None:
    annotation_id, export = export_of_one_highlight(tmp_path)
    db = tmp_path / "db.json"
    app = PtyApp(["import", "-", "--db", str(db)], clean_env(TERM="xterm-256color"), cwd=str(tmp_path))
    try:
        assert app.wait_output(HINT, timeout=30), bytes(app.output)
        assert app.process.poll() is None and not db.exists()  # waiting for the paste, nothing written
        app.send(export + b"\n")
        app.send(b"\x04")  # ctrl+d at the start of a line: the end of the input
        assert app.wait_exit(30) == 0, bytes(app.output)
    finally:
        app.close()
    output = bytes(app.output).replace(b"\r\n", b"\n")
    assert output.count(HINT) == 1 and b"added 1" in output
    assert Store(db).get(annotation_id) is not None


@pytest.mark.parametrize("command", ["text", "quotes"])
def test_a_document_from_a_terminal_is_refused_in_one_line_naming_the_commands_pipe(tmp_path: Path,
                                                                                   command: str) -> None:
    """`reader text -` and `reader quotes -` refuse a terminal as `reader -` does, each naming its own pipe
    (`reader quotes -` had advised `cmd | reader`, which opens the app instead)."""
    app = PtyApp([command, "-"], clean_env(TERM="xterm-256color"), cwd=str(tmp_path))
    try:
        code = app.wait_exit(30)
    finally:
        app.close()
    lines = bytes(app.output).replace(b"\r\n", b"\n").decode().splitlines()
    assert code == 2 and lines == [f"reader: standard input is a terminal: pipe a document in (cmd | reader "
                                   f"{command} -) or name a file"]  # fmt: skip
