"""Global options before a subcommand (``reader --db S library``) run the subcommand with them; a file named
like a subcommand still opens as ``./library`` or after ``--`` (a new user's review: every such command said
``reader: no such file: library``)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from reader import cli
from reader.cli import main
from reader.cli_parsers import SUBCOMMANDS, subcommand_first
from tests.unit.test_cli import fresh_python


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--db", "S", "library"], ["library", "--db", "S"]),
        (["--db=S", "search", "a", "b"], ["search", "--db=S", "a", "b"]),
        (["--width", "60", "--db", "S", "export", "x.txt"], ["export", "--db", "S", "x.txt"]),  # --width unused
        (["--refresh", "--db", "S", "text", "u"], ["text", "--refresh", "u"]),  # text reads no store
        (["--db", "S", "where", "--db", "T"], ["where", "--db", "S", "--db", "T"]),  # the last one wins
        (["--db", "S", "story.txt"], None),
        (["--db", "S", "./library"], None),
        (["--db", "S", "--", "library"], None),
        (["--help", "library"], None),
        (["library"], None),  # no option first: main() runs it as it always did
        (["--db"], None),
        ([], None),
    ],
)
def test_subcommand_first(argv: list[str], expected: list[str] | None) -> None:
    assert subcommand_first(argv) == expected


def test_every_subcommand_after_global_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "s.json"
    assert main(["--db", str(db), "where"]) == 0
    assert capsys.readouterr().out.strip() == str(db)
    assert main([f"--db={db}", "--width", "70", "where"]) == 0
    assert capsys.readouterr().out.strip() == str(db)
    assert main(["--db", str(db), "export"]) == 0
    assert json.loads(capsys.readouterr().out)["documents"] == []
    assert main(["--db", str(db), "search", "nothing"]) == 1
    assert "no highlight matches" in capsys.readouterr().out
    assert main(["--db", str(db), "people", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["--db", str(db), "quotes", "--by", "Nobody"]) in (0, 1)
    assert "no quotations by Nobody" in capsys.readouterr().out
    seed = Path(__file__).resolve().parents[2] / "seeds" / "belarus-nato-stoltenberg.txt"
    assert main(["--db", str(db), "--refresh", "text", str(seed)]) == 0
    assert capsys.readouterr().out.startswith("Belarus regime")
    export = tmp_path / "e.json"
    header = {"format": "reader-annotations", "version": 2, "exported_at": "2026-01-01T00:00:00+00:00"}
    export.write_text(json.dumps({**header, "documents": []}), encoding="utf-8")
    assert main(["--db", str(db), "import", str(export), "--dry-run"]) == 0
    opened: list[argparse.Namespace] = []
    monkeypatch.setattr(cli, "_open_app", lambda args: opened.append(args) or 0)
    assert main(["--db", str(db), "library"]) == 0
    assert opened[-1].library and opened[-1].db == str(db)
    err = capsys.readouterr().err
    assert "no such file" not in err
    assert set(SUBCOMMANDS) == {"text", "quotes", "export", "import", "where", "people", "library", "search"}


def test_a_file_named_like_a_subcommand_still_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "library").write_text("A file called library\n", encoding="utf-8")
    opened: list[argparse.Namespace] = []
    monkeypatch.setattr(cli, "_open_app", lambda args: opened.append(args) or 0)
    db = str(tmp_path / "s.json")
    assert main(["--db", db, "./library"]) == 0
    assert main(["--db", db, "--", "library"]) == 0
    assert main(["--db", db, "--width", "60", "./library"]) == 0
    assert [args.paths for args in opened] == [["./library"], ["library"], ["./library"]]
    assert opened[-1].width == 60 and not getattr(opened[-1], "library", False)


def test_global_options_before_a_subcommand_load_no_textual(tmp_path: Path) -> None:
    result = fresh_python(
        f"""
        import sys
        from reader.cli import main
        assert main(["--db", {str(tmp_path / 's.json')!r}, "where"]) == 0
        try:
            main(["--db", "x.json", "--help"])
        except SystemExit as exit:
            assert exit.code in (0, None), exit.code
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "rich"))
        assert not loaded, loaded
        print("clean")
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("clean")
