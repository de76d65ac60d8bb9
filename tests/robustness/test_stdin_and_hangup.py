"""Issue 12, items 14 and 15, on the real process in a pseudo-terminal.

14: bytes piped to stdin never act as keys (the keys come from the controlling terminal); with no file named
    the pipe is the document; with no controlling terminal the app refuses in one line.
15: SIGHUP, SIGTERM, a closed terminal and a terminal nobody reads all end the process within seconds, and a
    highlight made before is in the store.
"""

from __future__ import annotations

import fcntl
import os
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from reader.store import Store
from tests.conftest import ROOT, SEED
from tests.robustness import PtyApp, clean_env, read_some

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX signals and a pseudo-terminal")

EXIT_WITHIN = 5.0
"""Seconds a signalled app may take to exit here: the app's own bound is one second, this is for a loaded CI."""


class PipedPtyApp(PtyApp):
    """``python -m reader ARGS`` with ``stdin_data`` piped to stdin and a pseudo-terminal as stdout, stderr and
    controlling terminal (what ``printf ... | reader`` in a terminal gets)."""

    def __init__(self, args: list[str], stdin_data: bytes, cwd: Path, columns: int = 100, lines: int = 30) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
        env = clean_env(COLUMNS=str(columns), LINES=str(lines), TERM="xterm-256color", PYTHONPATH=str(ROOT))

        def controlling_terminal() -> None:
            fcntl.ioctl(1, termios.TIOCSCTTY, 0)  # stdout: stdin is the pipe

        self.process = subprocess.Popen(
            [sys.executable, "-m", "reader", *args],
            stdin=subprocess.PIPE,
            stdout=slave,
            stderr=slave,
            cwd=cwd,
            env=env,
            start_new_session=True,
            preexec_fn=controlling_terminal,
            close_fds=True,
        )
        os.close(slave)
        self.output = bytearray()
        assert self.process.stdin is not None
        self.process.stdin.write(stdin_data)
        self.process.stdin.close()


def wait_for_store(db: Path, condition: object, timeout: float = 20.0) -> list[object]:
    deadline = time.monotonic() + timeout
    while True:
        annotations = Store(db).all_annotations() if db.exists() else []
        if callable(condition) and condition(annotations) or time.monotonic() > deadline:
            return list(annotations)
        time.sleep(0.1)


def test_piped_bytes_are_not_keys_and_the_terminal_still_is(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    # Every letter here is a key of the app: h highlights, t opens the tags dialog, x deletes, q quits.
    app = PipedPtyApp([str(SEED), "--db", str(db)], b"hjkl h t nato\r x q " * 50, tmp_path)
    try:
        assert app.wait_output(b"Stoltenberg", timeout=30), bytes(app.output[-2000:])
        app.settle(1.5)
        assert app.process.poll() is None, "the piped q quit the app"
        assert not db.exists() or not Store(db).all_annotations(), "a piped h made a highlight"
        assert b"Tags" not in bytes(app.output), "a piped t opened the tags dialog"
        app.send(b"h")  # the terminal's keys work
        assert wait_for_store(db, lambda found: len(found) == 1), "the terminal's h made no highlight"
        app.send(b"q")
        assert app.wait_exit(timeout=20) == 0, bytes(app.output[-2000:])
    finally:
        app.close()
    assert b"Traceback" not in bytes(app.output)
    assert len(Store(db).all_annotations()) == 1


def test_a_piped_document_is_read_and_exported_as_stdin(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    text = "Piped title\n\nThe minister said “we will not move” on Tuesday. hjkl h x q\n"
    app = PipedPtyApp(["--db", str(db)], text.encode("utf-8"), tmp_path)
    try:
        assert app.wait_output(b"on Tuesday", timeout=30), bytes(app.output[-2000:])
        app.settle(1.0)
        assert not db.exists() or not Store(db).all_annotations()
        app.send(b"h")
        assert wait_for_store(db, lambda found: len(found) == 1)
        app.send(b"e")
        deadline = time.monotonic() + 20
        while not (tmp_path / "stdin.annotations.json").exists() and time.monotonic() < deadline:
            app.settle(0.1)
        assert (tmp_path / "stdin.annotations.json").exists(), bytes(app.output[-2000:])
        app.send(b"q")
        assert app.wait_exit(timeout=20) == 0, bytes(app.output[-2000:])
    finally:
        app.close()
    store = Store(db)
    [annotation] = store.all_annotations()
    assert annotation.title == "Piped title" and annotation.path == ""
    assert annotation.text and annotation.text in text


@pytest.mark.parametrize("with_path", [True, False], ids=["file-named", "document-piped"])
def test_no_controlling_terminal_is_one_line_and_status_2(tmp_path: Path, with_path: bool) -> None:
    db = tmp_path / "a.json"
    args = [str(SEED)] if with_path else []
    process = subprocess.run(
        [sys.executable, "-m", "reader", *args, "--db", str(db)],
        input=b"Title\n\nSome text to read. hjkl h q\n",
        capture_output=True,
        cwd=tmp_path,
        env=clean_env(TERM="xterm-256color", PYTHONPATH=str(ROOT)),
        start_new_session=True,  # no controlling terminal
        timeout=60,
    )
    lines = process.stderr.decode("utf-8", "replace").strip().splitlines()
    assert process.returncode == 2, (process.returncode, process.stderr[-2000:])
    assert len(lines) == 1 and lines[0].startswith("reader: ") and "terminal" in lines[0], lines
    assert not db.exists()


def test_dash_reads_stdin_and_a_device_on_stdin_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    with open(os.devnull, "rb") as devnull:
        process = subprocess.run(
            [sys.executable, "-m", "reader", "-", "--db", str(db)],
            stdin=devnull,
            capture_output=True,
            cwd=tmp_path,
            env=clean_env(PYTHONPATH=str(ROOT)),
            start_new_session=True,
            timeout=60,
        )
    lines = process.stderr.decode().strip().splitlines()
    assert process.returncode == 2 and len(lines) == 1 and "device" in lines[0], lines
    process = subprocess.run(
        [sys.executable, "-m", "reader", "-", str(SEED), "--db", str(db)],
        capture_output=True,
        cwd=tmp_path,
        env=clean_env(PYTHONPATH=str(ROOT)),
        timeout=60,
    )
    assert process.returncode == 2 and process.stderr.decode().startswith("reader: "), process.stderr


def _highlight_then(app: PtyApp, db: Path) -> None:
    assert app.wait_output(b"Stoltenberg", timeout=30), "no first paint"
    app.settle(1.0)
    app.send(b"h")
    assert wait_for_store(db, lambda found: len(found) == 1), "the highlight was not saved"
    app.settle(0.3)


def _exit_status_within(process: subprocess.Popen[bytes], seconds: float, master: int | None = None) -> int | None:
    sink = bytearray()
    deadline = time.monotonic() + seconds
    while process.poll() is None and time.monotonic() < deadline:
        if master is None:
            time.sleep(0.02)
        else:
            read_some(master, sink, 0.02)
    return process.poll()


@pytest.mark.parametrize("how", ["SIGHUP", "SIGTERM", "close-terminal", "SIGTERM-terminal-not-read"])
def test_the_app_ends_within_seconds_when_its_terminal_goes_or_a_signal_comes(tmp_path: Path, how: str) -> None:
    db = tmp_path / "a.json"
    app = PtyApp([str(SEED), "--db", str(db)], clean_env(TERM="xterm-256color", READER_DB=str(db)), 80, 24)
    try:
        _highlight_then(app, db)
        if how == "close-terminal":  # what closing the window or `tmux kill-session` does
            os.close(app.master)
            app.master = os.open(os.devnull, os.O_RDONLY)  # for close(); nothing reads the pty any more
            status = _exit_status_within(app.process, EXIT_WITHIN)
        elif how == "SIGTERM-terminal-not-read":  # a stuck terminal: the app's output backs up and blocks
            for _ in range(40):
                app.send(b"GgGg")
                time.sleep(0.02)
            time.sleep(0.5)
            app.process.send_signal(signal.SIGTERM)
            status = _exit_status_within(app.process, EXIT_WITHIN)  # the pty is not read meanwhile
        else:
            app.process.send_signal(signal.SIGHUP if how == "SIGHUP" else signal.SIGTERM)
            status = _exit_status_within(app.process, EXIT_WITHIN, app.master)
        assert status is not None, f"still running {EXIT_WITHIN} s after {how}"
        assert status == 0, status
    finally:
        app.close()
    [annotation] = Store(db).all_annotations()
    assert annotation.text.startswith("Belarus regime uses bogus NATO threat")
