"""Shared helpers for the benchmarks: a generated large article, programs run in a pseudo-terminal, medians.

Nothing here is timed against a fixed number: every benchmark compares two programs measured in the same run,
interleaved, and prints the ratio of their medians (the machine is shared and noisy; absolute times are not
comparable between runs, ratios mostly are).

The large article is generated deterministically from the seed (same bytes on every machine and every run) into
a temporary folder, never into the repository.
"""

from __future__ import annotations

import compileall
import fcntl
import functools
import os
import pty
import random
import re
import shutil
import signal
import statistics
import struct
import sys
import tempfile
import termios
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = Path(__file__).resolve().parent
SEED = ROOT / "seeds" / "belarus-nato-stoltenberg.txt"

COLUMNS, LINES = 120, 40
"""The pseudo-terminal's size for every run (wide enough for the reader's 80-column measure)."""

FIRST_PARAGRAPH_MARKER = "The Belarusian authorities are trying to shift"
"""Text on the first screen of the seed and of the generated article, in every program: the first paragraph's
opening words (they fit on one row at any width the benchmarks use, with no style change inside them)."""

GENERATOR_VERSION = 1
"""Bump when :func:`generate_article` changes, so a cached file from an older generator is not reused."""

MB = 1024 * 1024


# -- the generated article -------------------------------------------------------------------------------------


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def _seed_parts(text: str) -> tuple[str, str, list[str], list[str]]:
    """(title, first paragraph, sentences of the body, headings of the seed)."""
    chunks = [c.strip() for c in re.split(r"\n\s*\n", text) if c.strip()]
    title, first = chunks[0], chunks[1]
    headings = [c for c in chunks[2:] if "\n" not in c and len(c) < 100 and not re.search(r"[.!?,;:\"”’]$", c)]
    paragraphs = [c for c in chunks[1:] if c not in headings]
    sentence_break = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”\"]))\s+(?=[\"„“‘A-Z])")
    sentences: list[str] = []
    for paragraph in paragraphs:
        sentences.extend(s for s in sentence_break.split(paragraph.replace("\n", " ")) if s)
    return title, first, sentences, headings


def generate_text(size: int, *, seed: int = 20_240_611) -> str:
    """About ``size`` bytes (UTF-8) of article: the seed's title and first paragraph, then paragraphs of 2-7
    sentences drawn from the seed (in a varied order, some with a numbered clause so no two are alike) and a
    sub-heading every 6-18 paragraphs. Deterministic for a given ``size`` and ``seed``."""
    title, first, sentences, headings = _seed_parts(seed_text())
    rng = random.Random(seed)
    parts = [title, "", first, ""]
    total = sum(len(p.encode("utf-8")) + 1 for p in parts)
    number = 0
    until_heading = rng.randint(6, 18)
    while total < size:
        number += 1
        until_heading -= 1
        if until_heading <= 0:
            until_heading = rng.randint(6, 18)
            chunk = f"Part {number} – {rng.choice(headings)}"
        else:
            picked = rng.sample(sentences, rng.randint(2, min(7, len(sentences))))
            if rng.random() < 0.5:
                picked.insert(rng.randrange(len(picked) + 1), f"This is note {number} of the dispatch.")
            # Some paragraphs keep the source's hard line breaks, as real pasted articles do.
            sep = "\n" if rng.random() < 0.2 else " "
            chunk = sep.join(picked)
        parts += [chunk, ""]
        total += len(chunk.encode("utf-8")) + 2
    return "\n".join(parts)


def bench_tmp() -> Path:
    """A folder for generated articles and throwaway stores (outside the repository, reused between runs)."""
    path = Path(tempfile.gettempdir()) / f"reader-bench-{os.getuid()}"
    path.mkdir(parents=True, exist_ok=True)
    return path


def generated_article(size_mb: float) -> Path:
    """The path of a generated article of about ``size_mb`` MiB (written once, then reused)."""
    size = int(size_mb * MB)
    path = bench_tmp() / f"article-{size}-v{GENERATOR_VERSION}.txt"
    if not path.exists() or path.stat().st_size < size:
        tmp = path.with_suffix(".partial")
        tmp.write_text(generate_text(size), encoding="utf-8")
        tmp.replace(path)
    return path


_MADE_DBS: list[Path] = []
"""The store folders this process made (cleanup removes only these: other benchmark runs share bench_tmp())."""


def fresh_db() -> str:
    """A path for an annotation store nobody else uses (an absent file is an empty store)."""
    folder = Path(tempfile.mkdtemp(prefix="db-", dir=bench_tmp()))
    _MADE_DBS.append(folder)
    return str(folder / "annotations.json")


def cleanup_tmp_dbs() -> None:
    """Remove the store folders this process made (never another run's, which may be in use right now)."""
    while _MADE_DBS:
        shutil.rmtree(_MADE_DBS.pop(), ignore_errors=True)


# -- commands -------------------------------------------------------------------------------------------------


def python() -> str:
    return sys.executable


@functools.cache
def compile_bytecode() -> None:
    """Compile the reader package's bytecode once, before anything is timed.

    Every program measured here should start the way it starts for a user on their second run: Textual and the
    other installed packages were compiled by pip at install time, and an editable install writes the reader's
    ``__pycache__`` on its first run. Where ``PYTHONDONTWRITEBYTECODE`` is set (this machine sets it), that
    first-run write never happens, and every sample would include compiling the reader's ~40 modules from
    source (about 20 ms) while the baseline's Textual loads from bytecode: an unfair comparison."""
    compileall.compile_dir(str(ROOT / "reader"), quiet=1)


def reader_command(path: Path | str, db: str) -> list[str]:
    """The installed ``reader`` command (the console script beside this Python), as a user runs it."""
    compile_bytecode()
    script = Path(sys.executable).with_name("reader")
    base = [str(script)] if script.exists() else [sys.executable, "-m", "reader"]
    return [*base, str(path), "--db", db]


def bench_app_command(script: str, *args: str) -> list[str]:
    return [sys.executable, str(BENCH_DIR / script), *args]


# -- programs in a pseudo-terminal ------------------------------------------------------------------------------

_ESCAPES = re.compile(
    rb"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    rb"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC
    rb"|\x1bP[^\x1b]*\x1b\\"  # DCS
    rb"|\x1b[()][0-9A-Za-z]"  # charset
    rb"|\x1b[=>78DEHMNOcZ\\]"  # two-byte escapes
)


def visible_text(data: bytes) -> str:
    """What a pty's output shows, roughly: escape sequences dropped (text of one row stays contiguous)."""
    return _ESCAPES.sub(b"", data).decode("utf-8", errors="replace")


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    for name in ("TEXTUAL", "TEXTUAL_DEVTOOLS_PORT", "TEXTUAL_DEBUG", "TEXTUAL_LOG", "READER_DB", "NO_COLOR"):
        env.pop(name, None)
    env.update(TERM="xterm-256color", COLORTERM="truecolor", COLUMNS=str(COLUMNS), LINES=str(LINES))
    env.setdefault("LANG", "C.UTF-8")
    return env


@dataclass
class PtyProcess:
    """A program running in its own pseudo-terminal; a thread drains its output and timestamps each chunk.

    ``started`` is taken just before the fork, so a time measured from it covers the process start, the
    interpreter, the imports, the program's own work and its first write to the terminal.
    """

    argv: Sequence[str]
    started: float = 0.0
    pid: int = 0
    fd: int = -1
    chunks: list[tuple[float, bytes]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _changed: threading.Condition = field(init=False)
    _marker: bytes | None = None
    _marker_at: float | None = None
    _marker_cpu: float | None = None
    _buffer: bytearray = field(default_factory=bytearray)
    _closed: bool = False

    def __post_init__(self) -> None:
        self._changed = threading.Condition(self._lock)

    def start(self, *, watch_for: str | None = None) -> PtyProcess:
        """Fork and exec ``argv`` on a new pty of COLUMNS x LINES; optionally watch the output for a string."""
        self._marker = watch_for.encode("utf-8") if watch_for else None
        env = child_env()
        argv = list(self.argv)
        self.started = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:  # the child: size its terminal before anything reads it, then become the program
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        threading.Thread(target=self._drain, name=f"pty-{pid}", daemon=True).start()
        return self

    def _drain(self) -> None:
        while True:
            try:
                data = os.read(self.fd, 65536)
            except OSError:
                data = b""
            now = time.perf_counter()
            with self._changed:
                if not data:
                    self._closed = True
                    self._changed.notify_all()
                    return
                self.chunks.append((now, data))
                if self._marker is not None and self._marker_at is None:
                    self._buffer += data
                    if self._marker in _ESCAPES.sub(b"", bytes(self._buffer)):
                        self._marker_at = now
                        self._marker_cpu = self.cpu_seconds()
                        self._buffer.clear()
                self._changed.notify_all()

    def wait_for_marker(self, timeout: float) -> float:
        """Seconds from the fork to the arrival of the output that made the watched string visible."""
        deadline = time.perf_counter() + timeout
        with self._changed:
            while self._marker_at is None:
                left = deadline - time.perf_counter()
                if left <= 0 or self._closed:
                    tail = visible_text(b"".join(c for _, c in self.chunks[-20:]))[-2000:]
                    raise RuntimeError(f"{self.argv!r}: {self._marker!r} not seen (closed={self._closed}): {tail!r}")
                self._changed.wait(left)
            return self._marker_at - self.started

    def marker_cpu(self) -> float | None:
        """CPU seconds the process had used when the watched string became visible (read from /proc right after
        that output arrived, so a little of what the program did next may be in it); None before, or where /proc
        is absent."""
        with self._lock:
            return self._marker_cpu

    def last_output(self) -> float:
        with self._lock:
            return self.chunks[-1][0] if self.chunks else self.started

    def output_count(self) -> int:
        with self._lock:
            return len(self.chunks)

    def wait_quiet(self, quiet: float, timeout: float, *, after: int = 0) -> float | None:
        """Wait until at least one chunk beyond index ``after`` has arrived and then nothing for ``quiet``
        seconds; return the arrival time of the last chunk, or None on timeout."""
        deadline = time.perf_counter() + timeout
        while True:
            now = time.perf_counter()
            with self._lock:
                count = len(self.chunks)
                last = self.chunks[-1][0] if self.chunks else self.started
                closed = self._closed
            if closed:
                raise RuntimeError(f"{self.argv!r} exited")
            if count > after and now - last >= quiet:
                return last
            if now >= deadline:
                return None
            time.sleep(min(0.005, quiet / 4))

    def cpu_seconds(self) -> float | None:
        """CPU time the process has used so far (user + system, all threads), or None where /proc is absent."""
        try:
            fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def wait_idle(self, quiet: float, timeout: float) -> float | None:
        """Wait until the output has been quiet for ``quiet`` seconds *and* the process and its children used
        almost no CPU over that time (background work - layout, a worker thread, quotation detection in a child
        process - that does not write would still compete with the keys); returns the time of the last output,
        or None on timeout."""
        deadline = time.perf_counter() + timeout
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                return None
            last = self.wait_quiet(quiet, left)
            if last is None:
                return None
            used = tree_cpu_seconds(self.pid)
            time.sleep(quiet)
            now_used = tree_cpu_seconds(self.pid)
            if used is None or now_used is None or now_used - used <= 0.05 * quiet:
                if self.last_output() == last:
                    return last

    def send(self, data: bytes) -> float:
        """Write ``data`` as typed keys; returns the time just before the write."""
        now = time.perf_counter()
        os.write(self.fd, data)
        return now

    def exit_time(self, key: bytes, timeout: float) -> float:
        """Send ``key`` (``q``) and wait for the process to exit: the seconds from the key to its exit."""
        sent = self.send(key)
        while True:
            pid, _ = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.pid = 0
                return time.perf_counter() - sent
            if time.perf_counter() - sent > timeout:
                raise RuntimeError(f"the reader did not exit within {timeout:.0f} s of {key!r}")
            time.sleep(0.002)

    def stop(self) -> None:
        if self.pid:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            try:
                os.waitpid(self.pid, 0)
            except ChildProcessError:
                pass
            self.pid = 0
        if self.fd >= 0:
            try:
                os.close(self.fd)
            except OSError:
                pass
            self.fd = -1


def time_to_marker(argv: Sequence[str], marker: str, *, timeout: float = 120.0) -> float:
    """Seconds from exec of ``argv`` in a fresh pty to the first output showing ``marker``; the program is
    killed afterwards."""
    process = PtyProcess(argv).start(watch_for=marker)
    try:
        return process.wait_for_marker(timeout)
    finally:
        process.stop()


def time_and_cpu_to_marker(argv: Sequence[str], marker: str, *, timeout: float = 120.0) -> tuple[float, float | None]:
    """As :func:`time_to_marker`, with the CPU seconds the program had used by then (None where /proc is absent):
    on a loaded machine the wall time mostly measures the wait for a CPU, the CPU time what the program did."""
    process = PtyProcess(argv).start(watch_for=marker)
    try:
        return process.wait_for_marker(timeout), process.marker_cpu()
    finally:
        process.stop()


# -- statistics and printing ---------------------------------------------------------------------------------


@dataclass
class Measure:
    """One benchmark line: the baseline's and our medians, the ratio and its target."""

    name: str
    baseline_label: str
    baseline: list[float]
    ours: list[float]
    target: float | None
    """The highest acceptable ratio; None for an informational line."""

    @property
    def baseline_median(self) -> float:
        return statistics.median(self.baseline)

    @property
    def ours_median(self) -> float:
        return statistics.median(self.ours)

    @property
    def ratio(self) -> float:
        return self.ours_median / self.baseline_median

    @property
    def passed(self) -> bool:
        return self.target is None or self.ratio <= self.target

    def line(self) -> str:
        verdict = "PASS" if self.passed else "FAIL"
        target = "(information, no target)" if self.target is None else f"target <= {self.target:.2f}x  {verdict}"
        return (
            f"{self.name:<34} baseline {fmt(self.baseline_median):>9} ({self.baseline_label}, n={len(self.baseline)})"
            f"  ours {fmt(self.ours_median):>9} (n={len(self.ours)})  ratio {self.ratio:6.3f}x  {target}"
        )


def verdict(measure: Measure) -> str:
    return "INFO" if measure.target is None else "PASS" if measure.passed else "FAIL"


def fmt(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.2f} s"


RESULT_PREFIX = "RESULT "
"""Lines that :mod:`benchmarks.run_all` collects from each script's output."""


def report(measures: list[Measure]) -> int:
    """Print the measures (and machine-readable RESULT lines); exit status 1 when a target fails."""
    print()
    for measure in measures:
        print(measure.line())
    for measure in measures:
        print(
            f"{RESULT_PREFIX}{measure.name}|{measure.baseline_median:.6f}|{measure.ours_median:.6f}|"
            f"{measure.ratio:.4f}|{measure.target or ''}|{verdict(measure)}"
        )
    return 0 if all(m.passed for m in measures) else 1


def interleaved(runs: int, programs: dict[str, Callable[[], float]], *, verbose: bool = True) -> dict[str, list[float]]:
    """Run each program once per round, in an order that alternates between rounds; samples per program."""
    samples: dict[str, list[float]] = {name: [] for name in programs}
    names = list(programs)
    for round_number in range(runs):
        order = names if round_number % 2 == 0 else names[::-1]
        for name in order:
            value = programs[name]()
            samples[name].append(value)
            if verbose:
                print(f"  round {round_number + 1}/{runs} {name:<28} {fmt(value)}", flush=True)
    return samples


# -- process trees (the reader forks helpers: a page's conversion, quotation detection) ---------------------------


def tree_pids(root: int) -> list[int]:
    """``root`` and every process descended from it (from the parent pids in ``/proc``; empty where absent)."""
    children: dict[int, list[int]] = {}
    try:
        entries = os.listdir("/proc")
    except OSError:
        return []
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, ()))
    return found


def tree_cpu_seconds(root: int) -> float | None:
    """CPU seconds used so far by ``root`` and its live descendants (None where /proc is absent). A child that
    has exited and been reaped is counted in its parent's ``cutime``/``cstime``."""
    total = 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    for pid in tree_pids(root):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            if pid == root:
                return None
            continue
        total += (int(fields[11]) + int(fields[12]) + (int(fields[13]) + int(fields[14]) if pid == root else 0)) / ticks
    return total
