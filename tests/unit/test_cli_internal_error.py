"""A subcommand's unexpected error (a bug) is one sanitised ``reader: internal error …`` line naming a crash file,
status 1, never a traceback: `reader quotes` once ended with an IndexError's traceback on a three-word text."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader import cli


def test_a_bug_in_a_subcommand_is_one_line_and_a_crash_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    import reader.quotes.cli as quotes_cli

    def broken(args: object) -> int:
        raise IndexError("list index out of range \x1b[31mred\x1b[0m")

    monkeypatch.setattr(quotes_cli, "run_quotes", broken)
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    story = tmp_path / "story.txt"
    story.write_text("Title\n\nsaid Trump um “No", encoding="utf-8")
    assert cli.main(["quotes", str(story)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("reader: internal error (IndexError: list index out of range")
    assert "\x1b" not in err and "Traceback" not in err
    (report,) = (tmp_path / "cache").glob("crash-*.txt")
    assert str(report) in err and "Traceback" in report.read_text(encoding="utf-8")
    assert report.stat().st_mode & 0o777 == 0o600


def test_bad_input_is_still_a_usage_error_not_an_internal_one(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["quotes", str(tmp_path / "missing.txt")]) == 2
    assert "internal error" not in capsys.readouterr().err


def test_an_abbreviated_option_is_refused_not_read_as_another(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """``reader --d S where`` read ``--d`` as ``--db`` and opened a file named "where": now one line, status 2."""
    assert cli.main(["--d", str(tmp_path / "s.json"), "where"]) == 2
    assert capsys.readouterr().err == "reader: unrecognized arguments: --d\n"
    assert cli.main(["export", "--form", "json", "--db", str(tmp_path / "s.json")]) == 2
