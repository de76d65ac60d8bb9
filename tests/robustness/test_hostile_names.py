"""Issue 12, items 4 and 5 where they happened: in a real terminal (raw bytes from a pty) and on the command line.

Item 4: the `e` notification and its overwrite question showed the document's file name raw (a name holding
``ESC ] 0 ; …`` retitled the window), and CLI messages printed store paths, ``$READER_DB`` and argparse errors
raw. Item 5: floods of combining marks outside the old ranges and invisible format characters reached the
terminal, and ``reader export`` / ``quotes --json`` wrote raw C1 and bidi characters to a terminal.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.annotation import Annotation
from reader.sanitize import MAX_COMBINING
from reader.store import Store
from tests.robustness import PtyApp, clean_env, read_some
from tests.robustness.test_display_safety import terminal_problems
from tests.ui.test_hostile_pty import strip_terminal_codes

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

TIMEOUT = 60.0
HOSTILE_NAME = "doc\x1b]0;PWNED-NAME\x07\u202eeman"
"""A file name that retitles the window and reverses the rest of the line, if written raw."""
FLOOD_MARKS = ["\u0e49", "\u302a", "\U0001d167"]
INVISIBLE = ["\U0001bca0", "\U0001d173", "\uffa0", "\U00013430", "\U000110bd", "\u0890"]
ARTICLE = (
    "Hostile names and marks\n\n"
    + "Floods: "
    + " ".join(f"{letter}{mark * 10_000}" for letter, mark in zip("abc", FLOOD_MARKS, strict=True))
    + " end of floods.\n\n"
    + "Invisible: "
    + "".join(f"[{char}]" for char in INVISIBLE)
    + " end of invisible.\n"
)


def forbidden_bytes() -> dict[str, bytes]:
    found = {
        "OSC 0 from the file name": b"\x1b]0;PWNED-NAME",
        "BEL from the file name": b"PWNED-NAME\x07",
        "RLO from the file name": "\u202e".encode(),
    }
    found.update({f"U+{ord(char):04X}": char.encode() for char in INVISIBLE})
    found.update({f"flood of U+{ord(m):04X}": (m * (MAX_COMBINING + 1)).encode() for m in FLOOD_MARKS})
    return found


def wait_text(app: PtyApp, needle: str, timeout: float = TIMEOUT) -> None:
    """Read the pty until ``needle`` is in what it shows (escape sequences removed)."""
    deadline = time.monotonic() + timeout
    while needle not in strip_terminal_codes(bytes(app.output)).decode("utf-8", "replace"):
        if time.monotonic() > deadline or app.process.poll() is not None:
            pytest.fail(f"{needle!r} not shown within {timeout} s (exit status {app.process.poll()})")
        read_some(app.master, app.output, 0.1)


@pytest.fixture(scope="module")
def export_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, int, Path]:
    """The app on the hostile article: `e` (the toast names the file), `e` again (the overwrite question names
    it), `n`, `q`. Runs in a temporary folder, where `e` writes."""
    folder = tmp_path_factory.mktemp("names")
    article = folder / f"{HOSTILE_NAME}.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = folder / "annotations.json"
    app = PtyApp(
        [str(article), "--db", str(db)],
        clean_env(TERM="xterm-256color", READER_DB=str(db)),
        columns=120,
        lines=40,
        cwd=str(folder),
    )
    try:
        wait_text(app, "end of invisible")
        app.settle(0.5)
        app.send(b"e")
        wait_text(app, "Exported")
        app.settle(0.5)
        app.send(b"e")
        wait_text(app, "Overwrite it?")
        app.settle(0.5)
        app.send(b"n")
        app.settle(0.5)
        app.send(b"q")
        status = app.wait_exit(TIMEOUT)
        if status is None:
            pytest.fail("the app did not exit after q")
        return bytes(app.output), status, folder
    finally:
        app.close()


@pytest.mark.parametrize("name", list(forbidden_bytes()))
def test_file_name_and_text_do_not_reach_the_terminal_raw(export_run: tuple[bytes, int, Path], name: str) -> None:
    output = export_run[0]
    assert forbidden_bytes()[name] not in output


def test_everything_shown_is_safe_and_the_name_is_readable(export_run: tuple[bytes, int, Path]) -> None:
    output, status, folder = export_run
    assert status == 0
    text = strip_terminal_codes(output).decode("utf-8", "replace")
    assert not terminal_problems(text.replace("\r", ""), line_breaks=True)
    assert "PWNED-NAME" in text and "⟨U+202E⟩" in text  # the name is shown, as inert text
    assert "written to" in text
    assert (folder / f"{HOSTILE_NAME}.annotations.json").is_file()


# -- the command line -------------------------------------------------------------------------------------


def run_reader(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    environment = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", **(env or {})}
    environment.setdefault("READER_DB", str(cwd / "default.json"))
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        cwd=cwd,
        env=environment,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT,
    )


def assert_one_safe_error_line(result: subprocess.CompletedProcess[bytes]) -> str:
    assert result.returncode == 2, result.stderr
    stderr = result.stderr.decode("utf-8")
    assert stderr.startswith("reader: ") and stderr.endswith("\n") and stderr.count("\n") == 1, stderr
    assert b"Traceback" not in result.stderr
    assert not terminal_problems(stderr[:-1]), stderr
    return stderr


@pytest.mark.parametrize(
    "args",
    [
        ["quotes", "a.txt", "b\x1b]0;PWNED\x07\u202e"],
        ["export", "--bogus\x1b]0;PWNED\x07"],
        ["--x\x1b]0;PWNED\x07\u2066"],
        ["--width", "\x1b]0;PWNED\x07"],
        ["export", "--format", "\x9b31m\u202e"],
    ],
    ids=["quotes extra", "export option", "main option", "width value", "format choice"],
)
def test_argparse_errors_are_one_safe_line(tmp_path: Path, args: list[str]) -> None:
    assert_one_safe_error_line(run_reader(*args, cwd=tmp_path))


HOSTILE_STORE = "store\x1b]0;PWNED\x07\u202e\nsecond line.json"


@pytest.mark.parametrize("via", ["--db", "READER_DB"])
def test_store_paths_in_messages_are_one_safe_line(tmp_path: Path, via: str) -> None:
    store = tmp_path / HOSTILE_STORE
    store.write_bytes(b"not json at all")
    if via == "--db":
        result = run_reader("export", "--db", str(store), cwd=tmp_path)
    else:
        result = run_reader("export", cwd=tmp_path, env={"READER_DB": str(store)})
    stderr = assert_one_safe_error_line(result)
    assert "PWNED" in stderr and "⟨U+202E⟩" in stderr
    assert store.read_bytes() == b"not json at all"


def test_missing_hostile_file_is_one_safe_line(tmp_path: Path) -> None:
    assert_one_safe_error_line(run_reader("quotes", "gone\x1b]0;PWNED\x07\u202e.txt", cwd=tmp_path))


HOSTILE_NOTE = "C1 \x9b2J, bidi \u202eevil\u202c, \u2066iso\u2069, zero\u200bwidth, \U0001bca0, " + "e" + "\u0e49" * 30


def _store_with_hostile_note(tmp_path: Path) -> Path:
    db = tmp_path / "store.json"
    text = "Title\n\nA sentence to highlight here.\n"
    Store(db).put_many(
        [
            Annotation.create(
                doc_id="a" * 64, path=str(tmp_path / "doc.txt"), title="T\u202eitle", text_of_document=text,
                start=7, end=17, note=HOSTILE_NOTE, tags=("t\u200bag",),
            )
        ]
    )  # fmt: skip
    return db


@pytest.mark.parametrize("fmt", ["json", "w3c"])
def test_export_to_a_terminal_escapes_c1_bidi_and_floods(tmp_path: Path, fmt: str) -> None:
    db = _store_with_hostile_note(tmp_path)
    result = run_reader("export", "--format", fmt, "--db", str(db), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert "\x9b" not in out and "\u202e" not in out and "\\u009b" in out and "\\u202e" in out
    assert not terminal_problems(out, line_breaks=True)
    assert HOSTILE_NOTE in _all_strings(json.loads(out))  # the same data, only spelled differently


def _all_strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _all_strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _all_strings(item)]
    return []


def test_quotes_json_escapes_c1_and_bidi(tmp_path: Path) -> None:
    quoted = "we will \x9b2J \u202eexpand\u202c \U0001d173 " + "o" + "\u302a" * 12
    article = tmp_path / "article.txt"
    article.write_text(f"Title\n\n“{quoted},” said Jens Stoltenberg.\n", encoding="utf-8")
    result = run_reader("quotes", "--json", str(article), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert not terminal_problems(out, line_breaks=True)
    assert any(quoted in row["text"] for row in json.loads(out))
    plain = run_reader("quotes", str(article), cwd=tmp_path)
    assert plain.returncode == 0 and not terminal_problems(plain.stdout.decode("utf-8"), line_breaks=True)
