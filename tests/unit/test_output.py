"""reader.output.write_stdout: every byte, or an error (a write taken in part is written on, never dropped)."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from reader.output import write_stdout


class Stingy(io.RawIOBase):
    """A stream that takes at most ``step`` bytes a write, then breaks after ``limit`` bytes in all."""

    def __init__(self, step: int, limit: int | None = None) -> None:
        self.step, self.limit, self.got = step, limit, bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: object) -> int:
        chunk = bytes(memoryview(data))[: self.step]  # type: ignore[arg-type]
        if self.limit is not None and len(self.got) >= self.limit:
            raise BrokenPipeError(32, "Broken pipe")
        self.got += chunk
        return len(chunk)


class FakeStdout:
    def __init__(self, buffer: object) -> None:
        self.buffer = buffer

    def flush(self) -> None:
        pass


def test_a_write_taken_in_part_is_written_on(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = Stingy(step=1000)
    monkeypatch.setattr(sys, "stdout", FakeStdout(raw))
    write_stdout("é" * 5000)
    assert bytes(raw.got) == ("é" * 5000).encode()


def test_a_pipe_closed_midway_is_an_error_not_a_silent_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", FakeStdout(Stingy(step=1000, limit=3000)))
    with pytest.raises(BrokenPipeError):
        write_stdout("x" * 10_000)


def test_a_stream_that_takes_nothing_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", FakeStdout(Stingy(step=0)))
    with pytest.raises(OSError, match="took nothing"):
        write_stdout("x")


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX pipe and head")
def test_reader_text_into_a_closed_pipe_ends_with_141(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 800_000 + "\n", encoding="utf-8")
    done = subprocess.run(
        f"{sys.executable} -m reader text {big} | head -c 100 > /dev/null; echo ${{PIPESTATUS[0]}}",
        shell=True, executable="/bin/bash", capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.stdout.strip() == "141", done.stderr
