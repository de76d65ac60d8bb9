"""Peak memory of the reader, Textual's TextArea and ``less`` on large articles; first paint of 100 MB.

    .venv/bin/python benchmarks/memory.py [--quick] [--sizes 20,100] [--runs N]

(m) Peak memory of each program's **process tree** (the reader may fork helpers: a conversion, quotation
    detection), sampled every SAMPLE seconds from ``/proc``: the sum of each process's proportional set size
    (``Pss`` in ``smaps_rollup``: pages shared by a parent and its forked child count once, split between them),
    and never less than the main process's own high-water mark (``VmHWM``, which catches a peak between two
    samples). Two figures per program: the peak up to the first paint (the first paragraph's opening words on
    the screen), and the peak up to the end of its background work (output quiet for a second and almost no CPU
    for another: the reader's layout and quotation detection, the TextArea's wrapping). Target: the reader's
    peak <= 0.5x the TextArea's (``TextArea(text, read_only=True, soft_wrap=True)``,
    benchmarks/baseline_textarea.py) at each size; for information, the reader's main process alone (its
    ``VmHWM``: the tree's figure without the quotation finder's child) and ``less`` (which reads a file as it
    is shown).
(p) First paint of the 100 MB article against the seed (startup.py's method: from the fork to the output that
    shows the first paragraph's opening words; interleaved rounds, ratio of medians). Target <= 1.5x.

Each program runs in its own 120x40 pty (benchmarks/common.py), the reader with a fresh store. ``--quick``: the
20 MB article only and 3 rounds for (p) on 20 MB instead of 100 MB.
"""

from __future__ import annotations

import argparse
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._options import parse_options  # noqa: E402
from benchmarks._paint import reader_paint, warmed_rounds  # noqa: E402
from benchmarks.common import (  # noqa: E402
    FIRST_PARAGRAPH_MARKER,
    MB,
    SEED,
    Measure,
    PtyProcess,
    bench_app_command,
    cleanup_tmp_dbs,
    fresh_db,
    generated_article,
    reader_command,
    report,
    tree_pids,
)

SAMPLE = 0.02
"""Seconds between two memory samples."""
SETTLE = 1.0


def _kilobytes(path: str, field_name: str) -> int:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(field_name):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def tree_bytes(root: int) -> int:
    """Proportional set size of ``root`` and its descendants, in bytes (at least ``root``'s peak RSS)."""
    total = sum(_kilobytes(f"/proc/{pid}/smaps_rollup", "Pss:") for pid in tree_pids(root))
    return max(total, _kilobytes(f"/proc/{root}/status", "VmHWM:")) * 1024


class MemoryMeasure(Measure):
    """A :class:`Measure` of bytes: printed in MB (the RESULT line keeps bytes)."""

    def line(self) -> str:
        target = "(information, no target)" if self.target is None else f"target <= {self.target:.2f}x"
        verdict = "" if self.target is None else ("  PASS" if self.passed else "  FAIL")
        return (
            f"{self.name:<40} baseline {self.baseline_median / MB:8.0f} MB ({self.baseline_label})"
            f"  ours {self.ours_median / MB:8.0f} MB  ratio {self.ratio:6.3f}x  {target}{verdict}"
        )


@dataclass
class Peaks:
    first_paint: int = 0
    settled: int = 0
    main_settled: int = 0
    """The main process's own peak (``VmHWM``) once idle: what the tree's figure is without its children."""


class MemoryWatch:
    """Samples a process tree's memory in a thread; the running peak is read at the first paint and at the end."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_bytes(self.pid))
            self._stop.wait(SAMPLE)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def peaks(argv: list[str], name: str) -> Peaks:
    process = PtyProcess(argv).start(watch_for=FIRST_PARAGRAPH_MARKER)
    watch = MemoryWatch(process.pid)
    try:
        opened = process.wait_for_marker(600)
        result = Peaks(first_paint=max(watch.peak, tree_bytes(process.pid)))
        if process.wait_idle(SETTLE, 900) is None:
            raise RuntimeError(f"{name} did not settle")
        result.main_settled = _kilobytes(f"/proc/{process.pid}/status", "VmHWM:") * 1024
        result.settled = max(watch.stop(), tree_bytes(process.pid))
    finally:
        watch.stop()
        process.stop()
    print(
        f"  {name}: first paint {opened:.2f} s, peak {result.first_paint / MB:.0f} MB by then, "
        f"{result.settled / MB:.0f} MB once idle (the main process alone: {result.main_settled / MB:.0f} MB)",
        flush=True,
    )
    return result


def memory(size_mb: float) -> list[Measure]:
    big = generated_article(size_mb)
    label = f"{big.stat().st_size / MB:.0f} MB"
    print(f"memory on {label} ({big.name})", flush=True)
    reader = peaks(reader_command(big, fresh_db()), "reader")
    area = peaks(bench_app_command("baseline_textarea.py", str(big)), "TextArea")
    pager = peaks(["/usr/bin/less", str(big)], "less") if Path("/usr/bin/less").exists() else None
    cleanup_tmp_dbs()
    out: list[Measure] = [
        MemoryMeasure(
            f"(m) peak memory at first paint, {label}", "TextArea", [area.first_paint], [reader.first_paint], 0.5
        ),
        MemoryMeasure(f"(m) peak memory once idle, {label}", "TextArea", [area.settled], [reader.settled], 0.5),
    ]
    out.append(
        MemoryMeasure(
            f"    reader's main process, once idle, {label}", "TextArea", [area.settled], [reader.main_settled], None
        )
    )
    if pager is not None:
        out.append(MemoryMeasure(f"    less, once idle, {label}", "TextArea", [area.settled], [pager.settled], None))
    return out


def first_paint(size_mb: float, runs: int) -> list[Measure]:
    big = generated_article(size_mb)
    label = f"{big.stat().st_size / MB:.0f} MB"
    programs = {"reader, seed": reader_paint(SEED), f"reader, {label}": reader_paint(big)}
    samples = warmed_rounds(runs, programs, "first paint", big.name)
    seed, large = samples.values()
    return [Measure(f"(p) first paint, {label} article", "reader on seed", seed, large, 1.5)]


def _own_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sizes", default=None, help="article sizes in MB, comma-separated (default 20,100)")
    parser.add_argument("--only", choices=("memory", "paint"), default=None)


def main(argv: list[str] | None = None) -> int:
    rounds = {"runs": (7, 3, "rounds for (p)")}
    args = parse_options(argv, __doc__, rounds, "20 MB only; (p) on 20 MB with 3 rounds", more=_own_options)
    sizes = [float(s) for s in (args.sizes or ("20" if args.quick else "20,100")).split(",")]
    measures: list[Measure] = []
    if args.only != "paint":
        for size in sizes:
            measures += memory(size)
    if args.only != "memory":
        measures += first_paint(max(sizes), args.runs)
    return report(measures)


if __name__ == "__main__":
    sys.exit(main())
