"""A subcommand's unexpected error (a bug) is one sanitised ``reader: internal error …`` line naming a crash file,
status 70, never a traceback: `reader quotes` once ended with an IndexError's traceback on a three-word text."""

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
    assert cli.main(["quotes", str(story)]) == cli.EXIT_INTERNAL == 70  # not 1: "nothing found" for search
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


def test_two_errors_in_one_second_keep_both_reports_and_an_unprintable_message_is_named(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A review of part 17: the crash file was named to the second and truncated, so a second error in the same
    second overwrote the first's traceback; and an error whose message itself fails escaped as a traceback."""
    from reader.ui.crash import crash_line, write_report

    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    first, second = write_report("first"), write_report("second")
    assert first is not None and second is not None and first != second
    assert first.read_text(encoding="utf-8") == "first" and second.read_text(encoding="utf-8") == "second"

    class Unprintable(Exception):
        def __str__(self) -> str:
            raise RuntimeError("no")

    assert crash_line(Unprintable(), None) == "reader: internal error (Unprintable)"

