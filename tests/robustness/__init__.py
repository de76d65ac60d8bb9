"""Robustness tests: disk faults, signals, hostile documents and stores, odd terminals, random edit sequences.

Shared helpers live here so each test file stays about its one subject.
"""

from __future__ import annotations

import asyncio
import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable, Mapping

from textual.pilot import Pilot

from tests.conftest import ROOT

# Characters that must never reach the screen as they are: C0 (the app turns tabs and breaks into spaces),
# DEL and C1, bidi controls and zero-width characters, BOM, lone surrogates.
RAW_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\u2060\u061c\ufeff\ud800-\udfff]")


async def wait_for(pilot: Pilot[None], condition: Callable[[], bool], timeout: float = 20.0) -> None:
    """Let the app run until ``condition()`` holds; AssertionError after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        await pilot.pause(0.02)
        await asyncio.sleep(0)


def clean_env(**extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TEXTUAL", "PYTEST")) and key not in ("NO_COLOR", "COLORTERM")
    }
    env.update(extra)
    return env


def read_some(fd: int, sink: bytearray, timeout: float) -> bool:
    """Append what the pty has within ``timeout``; False at end of file."""
    ready, _, _ = select.select([fd], [], [], timeout)
    if not ready:
        return True
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        return False
    if not chunk:
        return False
    sink.extend(chunk)
    return True


class PtyApp:
    """``python -m reader ARGS`` on a pseudo-terminal of ``columns`` x ``lines``."""

    def __init__(
        self, args: list[str], env: Mapping[str, str], columns: int = 100, lines: int = 30, cwd: str | None = None
    ) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
        env = {**env, "COLUMNS": str(columns), "LINES": str(lines)}

        def controlling_terminal() -> None:
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        self.process = subprocess.Popen(
            [sys.executable, "-m", "reader", *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            cwd=ROOT if cwd is None else cwd,
            env=env,
            start_new_session=True,
            preexec_fn=controlling_terminal,
            close_fds=True,
        )
        os.close(slave)
        self.output = bytearray()

    def wait_output(self, needle: bytes, timeout: float = 30.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if needle in self.output:
                return True
            if not read_some(self.master, self.output, 0.1) and self.process.poll() is not None:
                return needle in self.output
        return needle in self.output

    def settle(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and read_some(self.master, self.output, 0.05):
            pass

    def send(self, data: bytes) -> None:
        os.write(self.master, data)

    def wait_exit(self, timeout: float = 20.0) -> int | None:
        deadline = time.monotonic() + timeout
        while self.process.poll() is None and time.monotonic() < deadline:
            read_some(self.master, self.output, 0.05)
        for _ in range(50):  # whatever is left in the pty
            if not select.select([self.master], [], [], 0.02)[0] or not read_some(self.master, self.output, 0):
                break
        return self.process.poll()

    def close(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(5)
        os.close(self.master)
