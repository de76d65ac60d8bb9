"""`reader search QUERY [--db PATH] [--json]` and `reader library`'s entry: plain lines, JSON, exit statuses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from reader.cli import build_subcommand_parser, main
from tests.ui.library_store import URL, make_library


@pytest.fixture
def library(tmp_path: Path) -> dict[str, Any]:
    return make_library(tmp_path)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_plain_lines_group_by_document(library: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "search", "the", "--db", str(library["store"]))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].startswith("The River Report  (") and lines[0].endswith("— 2 matches")
    river = library["river"]
    start = river.text.index("The gauges were moved")
    end = start + len("The gauges were moved in 2019,")
    assert lines[1] == f"  {start}-{end}  “The gauges were moved in 2019”  — Mayor Holt  #water"  # as y copies
    assert lines[2].startswith("  ") and lines[2].endswith("note: follow up with the farmers' union")
    assert sum(1 for line in lines if not line.startswith("  ")) == 3  # three documents


def test_words_and_filters_are_one_query(library: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "by:holt", "#water", "--db", str(library["store"]))
    assert code == 0 and out.count("\n") == 2 and "Mayor Holt" in out
    code, out, _ = run(capsys, "search", f"doc:{URL.split('/')[2]}", "--db", str(library["store"]))
    assert code == 0 and "A Web Story" in out and "harbour" in out


def test_json(library: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "has:note", "--json", "--db", str(library["store"]))
    assert code == 0
    data = json.loads(out)
    assert data["query"] == "has:note" and data["total"] == 2
    titles = [document["title"] for document in data["documents"]]
    assert sorted(titles) == ["A Vanished Article", "The River Report"]
    match = next(d for d in data["documents"] if d["title"] == "A Vanished Article")["matches"][0]
    assert match["note"] == "check the toll tables" and match["text"].startswith("The bridge toll")
    assert set(match) >= {"id", "doc_id", "start", "end", "text", "note", "tags", "speaker", "color", "score"}


def test_nothing_found_exits_1_and_creates_no_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "none" / "annotations.json"
    db.parent.mkdir()
    code, out, err = run(capsys, "search", "anything", "--db", str(db))
    assert code == 1 and out == "no highlight matches anything\n" and err == ""
    assert list(db.parent.iterdir()) == []  # searching only reads


def test_a_broken_store_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "bad.json"
    db.write_text("{not json", encoding="utf-8")
    code, out, err = run(capsys, "search", "x", "--db", str(db))
    assert code == 2 and out == "" and err.startswith("reader: ") and err.count("\n") == 1


def test_terminal_escapes_in_notes_are_inert(library: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    store = json.loads(library["store"].read_text(encoding="utf-8"))
    store["annotations"]["1"]["note"] = "evil \x1b]52;c;eA==\x07 note"
    library["store"].write_text(json.dumps(store), encoding="utf-8")
    _, out, _ = run(capsys, "search", "evil", "--db", str(library["store"]))
    assert "\x1b" not in out and "\x07" not in out
    _, out, _ = run(capsys, "search", "evil", "--json", "--db", str(library["store"]))
    assert "\x1b" not in out and json.loads(out)["documents"][0]["matches"][0]["note"].startswith("evil \x1b")


def test_search_imports_no_textual() -> None:
    assert build_subcommand_parser("search").parse_args(["a", "b"]).query == ["a", "b"]
    assert build_subcommand_parser("library").parse_args(["--db", "x.json"]).db == "x.json"
    code = (
        "import sys; from reader.cli import main; main(['search', 'x', '--db', sys.argv[1]]); "
        "assert 'textual' not in sys.modules, 'textual imported'"
    )
    done = subprocess.run([sys.executable, "-c", code, "/nonexistent-dir/none.json"], capture_output=True, text=True)
    assert "textual imported" not in done.stderr


def test_a_query_longer_than_the_apps_fields_hold_is_refused(
    library: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    """The same bound as the app's `/`, the library's search and the panel's filter (MAX_QUERY), counted on the
    words joined by one space: at the bound it searches, past it one `reader:` line and status 2, store unread."""
    from reader.text_search import MAX_QUERY

    db = str(library["store"])
    code, out, err = run(capsys, "search", "x" * (MAX_QUERY - 2), "y", "--db", db)
    assert (code, err) == (1, "") and out.startswith("no highlight matches")
    code, out, err = run(capsys, "search", "x" * (MAX_QUERY - 1), "y", "--db", db)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert err == f"reader: a search query holds at most {MAX_QUERY} characters (as the library's / does); " \
        f"this one has {MAX_QUERY + 1}\n"
    code, out, err = run(capsys, "search", "x" * 100_000, "--json", "--db", "/nonexistent-dir/none.json")
    assert code == 2 and out == "" and err.startswith("reader: a search query holds at most")  # before the store


def test_a_query_with_no_words_is_refused(library: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    """`reader search ""` said `no highlight matches ` (nothing after it), status 1, as if it had looked."""
    for words in ([""], ["  ", "\t"]):
        code, out, err = run(capsys, "search", *words, "--db", str(library["store"]))
        assert code == 2 and out == "" and err.startswith("reader: nothing to search for") and err.count("\n") == 1
