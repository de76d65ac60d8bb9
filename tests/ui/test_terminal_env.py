"""The environment Textual reads at start, made safe first (reader.ui.terminal_env; a hostile review's findings):
``COLUMNS=99999999 LINES=99999999`` drew nothing and grew 250 MB/s, ``TEXTUAL_COLOR_SYSTEM=bogus`` printed a
traceback; other ``TEXTUAL_*`` values that ended the app the same way are dropped too. In a pty, bounded in
memory (1.5 GB address space) and time."""

from __future__ import annotations

import fcntl
import os
import resource
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from reader.ui.terminal_env import MAX_COLUMNS, MAX_LINES, clamp_size, make_safe
from tests.conftest import ROOT, SEED
from tests.robustness import clean_env, read_some
from tests.ui.test_hostile_pty import strip_terminal_codes

ADDRESS_SPACE = 1_500_000_000
"""The app's memory bound in the pty tests (it needs ~50 MB; the fault grew without bound)."""


def test_columns_and_lines_give_way_to_the_terminal_and_are_bounded() -> None:
    env = {"COLUMNS": "99999999", "LINES": "99999999", "HOME": "/h"}
    assert make_safe(env, (100, 30)) == ["COLUMNS", "LINES"] and env == {"HOME": "/h"}
    env = {"COLUMNS": "120", "LINES": "40"}
    assert make_safe(env, (100, 30)) == ["COLUMNS", "LINES"]  # stale: the terminal's own size wins, resizes too
    for columns, lines, kept in (("120", "40", True), ("99999999", "99999999", False), ("abc", "-5", False),
                                 ("0", "0", False), ("١٢٠", "40", False), (str(MAX_COLUMNS), str(MAX_LINES), True)):
        env = {"COLUMNS": columns, "LINES": lines}
        make_safe(env, None)  # no size from the terminal: sane values are all there is
        assert ("COLUMNS" in env) is kept and ("LINES" in env) is (kept or lines == "40")
    assert clamp_size(99_999_999, 99_999_999) == (MAX_COLUMNS, MAX_LINES)
    assert clamp_size(120, 40) == (120, 40) and clamp_size(0, -3) == (1, 1)


def test_textual_values_it_cannot_use_are_dropped(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    bad = {
        "TEXTUAL_COLOR_SYSTEM": "bogus",
        "TEXTUAL_DRIVER": "no.such.module:Driver",
        "TEXTUAL_LOG": str(tmp_path / "missing" / "log"),
        "TEXTUAL_FPS": "100000000",
        "TEXTUAL_DIM_FACTOR": "1000",
        "TEXTUAL_SCREENSHOT": "0",
    }
    env = dict(bad, TEXTUAL_THEME="bogus", ESCDELAY="abc")  # Textual and the reader check these two themselves
    assert sorted(make_safe(env, (80, 24))) == sorted(bad)
    assert env == {"TEXTUAL_THEME": "bogus", "ESCDELAY": "abc"}
    assert make_safe({"TEXTUAL_LOG": str(fifo)}, None) == ["TEXTUAL_LOG"]  # its open would wait for ever
    assert make_safe({"TEXTUAL_DRIVER": "reader.errors:ReaderError"}, None) == ["TEXTUAL_DRIVER"]  # not a driver
    good = {
        "TEXTUAL_COLOR_SYSTEM": "256",
        "TEXTUAL_DRIVER": "textual.drivers.linux_driver:LinuxDriver",
        "TEXTUAL_LOG": str(tmp_path / "log"),
        "TEXTUAL_FPS": "120",
        "TEXTUAL_DIM_FACTOR": "50",
        "TEXTUAL_SCREENSHOT": "5",
        "TEXTUAL_SCREENSHOT_LOCATION": str(tmp_path),
    }
    env = dict(good)
    assert make_safe(env, (80, 24)) == [] and env == good


def run_in_pty(tmp_path: Path, **variables: str) -> tuple[bytes, int | None, float]:
    """`python -m reader SEED` on a 100x30 pty with ``variables`` in its environment (over the pty's size):
    (output, exit status after q, seconds to the first paint of the title)."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    env = clean_env(TERM="xterm-256color", PYTHONPATH=str(ROOT), HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path))
    env.update(variables)

    def child_setup() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    process = subprocess.Popen(
        [sys.executable, "-m", "reader", str(SEED), "--db", str(tmp_path / "s.json")],
        stdin=slave, stdout=slave, stderr=slave, cwd=tmp_path, env=env, start_new_session=True,
        preexec_fn=child_setup, close_fds=True,
    )
    os.close(slave)
    output = bytearray()
    started = time.monotonic()
    painted = float("inf")
    try:
        while time.monotonic() - started < 30 and process.poll() is None:
            read_some(master, output, 0.1)
            if b"Stoltenberg" in strip_terminal_codes(bytes(output)):
                painted = time.monotonic() - started
                break
        if process.poll() is None:
            time.sleep(0.5)
            os.write(master, b"q")
        deadline = time.monotonic() + 20
        while process.poll() is None and time.monotonic() < deadline:
            read_some(master, output, 0.05)
        return bytes(output), process.poll(), painted
    finally:
        if process.poll() is None:
            os.killpg(process.pid, 9)
            process.wait(5)
        os.close(master)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_absurd_columns_and_lines_draw_at_the_terminals_size(tmp_path: Path) -> None:
    output, status, painted = run_in_pty(tmp_path, COLUMNS="99999999", LINES="99999999")
    assert status == 0 and painted < 30, strip_terminal_codes(output)[-500:]
    assert b"Traceback" not in output and b"internal error" not in output
    assert b"q Quit" in strip_terminal_codes(output)  # the key bar on the pty's last row: its size, 100 x 30


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_textual_variables_it_cannot_use_change_nothing(tmp_path: Path) -> None:
    output, status, painted = run_in_pty(
        tmp_path,
        TEXTUAL_COLOR_SYSTEM="bogus",
        TEXTUAL_DRIVER="bogus",
        TEXTUAL_LOG=str(tmp_path / "missing" / "log"),
        TEXTUAL_FPS="100000000",
        TEXTUAL_SCREENSHOT="0",
    )
    assert status == 0 and painted < 30, strip_terminal_codes(output)[-500:]
    assert b"Traceback" not in output and b"internal error" not in output and b"reader:" not in output
