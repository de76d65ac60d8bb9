"""``reader people`` and ``reader quotes --by NAME``: plain and ``--json`` output, on a store written by the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.sources import load_file
from reader.store import Store

GENEVA = """Talks resume in Geneva

Talks resumed on Monday. “We will keep talking until there is peace,” said Jens Stoltenberg, the secretary general.

“The door is open,” Stoltenberg added.

Anna Berg, a diplomat, said: “Nobody expected this.”
"""
SUMMIT = """Summit ends in Oslo

“We agreed on the plan,” said Jens Stoltenberg on Friday.
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "people.json"
    store = Store(path)
    for name, text in (("geneva.txt", GENEVA), ("summit.txt", SUMMIT)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        document = load_file(tmp_path / name)
        store.remember_document(document.id, path=document.path, title=document.title, source=document.info)
    return path


def test_people_lines(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["people", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["quotes", "docs", "person"]
    assert lines[1].split() == ["3", "2", "Jens", "Stoltenberg"]
    assert lines[2].split() == ["1", "1", "Anna", "Berg"]


def test_people_json(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["people", "--db", str(db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {"name": "Jens Stoltenberg", "quotations": 3, "documents": 2},
        {"name": "Anna Berg", "quotations": 1, "documents": 1},
    ]


def test_people_of_an_empty_store_creates_no_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "none.json"
    assert main(["people", "--db", str(db)]) == 0
    assert "nobody is quoted" in capsys.readouterr().out
    assert not db.exists()
    assert main(["people", "--db", str(db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_quotes_by_lines(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", "--by", "jens stoltenberg", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Jens Stoltenberg: 3 quotations in 2 documents"
    assert "Talks resume in Geneva  (" + str(tmp_path / "geneva.txt") + ")" in out
    assert "“We agreed on the plan”" in out and "“The door is open”" in out  # as y copies them: no comma
    assert "Nobody expected" not in out


def test_quotes_by_short_name_json(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", "--by", "Stoltenberg", "--db", str(db), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 3
    assert set(rows[0]) == {"name", "text", "start", "end", "title", "source", "date", "doc_id"}
    by_title = {row["title"] for row in rows}
    assert by_title == {"Talks resume in Geneva", "Summit ends in Oslo"}
    for row in rows:
        text = Path(row["source"]).read_text(encoding="utf-8")
        assert text[row["start"] : row["end"]] == row["text"]


def test_quotes_by_nobody_exits_1_as_a_search_that_finds_nothing(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A query that finds nothing exits 1, as ``reader search`` does (it was 0: a new user's review)."""
    assert main(["quotes", "--by", "Nobody Here", "--db", str(db)]) == 1
    assert "no quotations by Nobody Here" in capsys.readouterr().out
    assert main(["quotes", "--by", "Nobody Here", "--db", str(db), "--json"]) == 1
    assert json.loads(capsys.readouterr().out) == []
    assert main(["search", "nobody-here-at-all", "--db", str(db)]) == 1
    capsys.readouterr()


def test_quotes_by_a_blank_or_a_huge_name(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", "--by", "  ", "--db", str(db)]) == 2  # no name is a usage error, not "nobody"
    assert capsys.readouterr().err.startswith("reader: --by needs a name")
    assert main(["quotes", "--by", "A" * 100_000, "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("no quotations by A") and len(out) < 300  # the name is not echoed whole


def test_quotes_needs_a_source_or_by(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes"]) == 2
    assert "name a SOURCE" in capsys.readouterr().err
    assert main(["quotes", str(tmp_path / "geneva.txt"), "--by", "Berg"]) == 2
    assert "either a SOURCE or --by" in capsys.readouterr().err


def test_names_are_printed_safely(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "hostile.json"
    path = tmp_path / "hostile.txt"
    text = "Evil \u202etitle\n\n“Hello \u202ethere, friends,” said Jens \u202eStoltenberg.\n"
    path.write_text(text, encoding="utf-8")
    document = load_file(path)
    Store(db).remember_document(document.id, path=document.path, title=document.title, source=document.info)
    assert main(["people", "--db", str(db)]) == 0
    assert main(["quotes", "--by", "Jens", "--db", str(db)]) == 0
    assert main(["quotes", "--by", "Jens", "--db", str(db), "--json"]) == 0
    out = capsys.readouterr().out
    assert "Jens" in out and "Hello" in out and "Evil" in out
    assert "\u202e" not in out
