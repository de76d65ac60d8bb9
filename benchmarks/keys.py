"""Per-key latency on a large article, as ratios against Textual's TextArea measured in the same run.

    .venv/bin/python benchmarks/keys.py [--presses N] [--quick] [--size-mb MB]

(c) PageDown and ``j`` (line down) in ``reader BIG`` (a generated 20 MB article; 5 MB with --quick) against
    ``TextArea(text, read_only=True, soft_wrap=True)`` (benchmarks/baseline_textarea.py) on the same file.
    Target: <= 1.0x for each key.

Both programs run as real processes, each in its own pseudo-terminal (120x40), at the same time. Each is first
left to settle: the benchmark waits until its output has been quiet for a second and it used almost no CPU in
the next second (the TextArea has wrapped the whole file; the reader has finished its background layout and its
background workers). Then the keys are typed
alternately into one and the other: a sample is the time from writing the key's bytes to the pty to the arrival
of the last byte of the repaint it caused (the output is considered finished after QUIET seconds of silence;
the silence itself is not counted). ``j`` is the reader's line-down key; the TextArea gets Down, its own
line-down key. The TextArea's cursor does not blink (that would repaint every 0.5 s; a read-only TextArea draws
its cursor the same either way).

With ``--during-layout`` the reader is also measured right after its first paint, while the background layout
is still running (informational: no target, the TextArea has no such phase - it wraps everything before it
paints).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import (  # noqa: E402
    FIRST_PARAGRAPH_MARKER,
    Measure,
    PtyProcess,
    bench_app_command,
    cleanup_tmp_dbs,
    fmt,
    fresh_db,
    generated_article,
    reader_command,
    report,
)

QUIET = 0.25
"""Seconds of silence after which a repaint is taken as finished."""
SETTLE = 1.0
"""Seconds of silence after which a program is taken as idle (opened, laid out)."""

PAGE_DOWN = b"\x1b[6~"
DOWN = b"\x1b[B"


def press(process: PtyProcess, key: bytes, *, timeout: float = 60.0) -> float:
    """Seconds from typing ``key`` to the last byte of the repaint it caused."""
    process.wait_quiet(QUIET, timeout, after=0)
    before = process.output_count()
    sent = process.send(key)
    last = process.wait_quiet(QUIET, timeout, after=before)
    if last is None:
        raise RuntimeError(f"{process.argv!r}: no repaint within {timeout} s of {key!r}")
    return last - sent


def settle(process: PtyProcess, name: str, timeout: float) -> None:
    opened = process.wait_for_marker(timeout)
    last = process.wait_idle(SETTLE, timeout)
    if last is None:
        raise RuntimeError(f"{name} did not settle within {timeout} s")
    print(f"  {name}: first paint {fmt(opened)}, idle after {fmt(last - process.started)}", flush=True)


def alternate_keys(reader: PtyProcess, area: PtyProcess, presses: int) -> dict[str, list[float]]:
    """Start both programs, let them settle, then time PageDown and line-down alternately in each.
    Returns samples keyed rp/ap (PageDown in the reader / the TextArea) and rj/aj (j / Down)."""
    area.start(watch_for=FIRST_PARAGRAPH_MARKER)
    reader.start(watch_for=FIRST_PARAGRAPH_MARKER)
    settle(reader, "reader", 300)
    settle(area, "TextArea", 300)
    samples: dict[str, list[float]] = {"rp": [], "ap": [], "rj": [], "aj": []}
    for number in range(presses):
        pairs = [("rp", reader, PAGE_DOWN), ("ap", area, PAGE_DOWN), ("rj", reader, b"j"), ("aj", area, DOWN)]
        if number % 2:
            pairs = [pairs[1], pairs[0], pairs[3], pairs[2]]
        for key, process, data in pairs:
            samples[key].append(press(process, data))
        print(
            f"  press {number + 1}/{presses}: PageDown reader {fmt(samples['rp'][-1])} / TextArea "
            f"{fmt(samples['ap'][-1])};  j reader {fmt(samples['rj'][-1])} / Down TextArea "
            f"{fmt(samples['aj'][-1])}",
            flush=True,
        )
    return samples


def run(presses: int, size_mb: float, during_layout: bool) -> list[Measure]:
    big = generated_article(size_mb)
    size_label = f"{big.stat().st_size / 1024 / 1024:.0f} MB"
    print(f"keys: {presses} presses of each key in each program, alternating ({big.name})", flush=True)
    extra: list[Measure] = []
    reader = PtyProcess(reader_command(big, fresh_db()))
    area = PtyProcess(bench_app_command("baseline_textarea.py", str(big)))
    try:
        if during_layout:
            extra = _during_layout(big, presses)
        samples = alternate_keys(reader, area, presses)
    finally:
        reader.stop()
        area.stop()
        cleanup_tmp_dbs()
    return [
        Measure(f"(c) PageDown, {size_label}", "TextArea", samples["ap"], samples["rp"], 1.0),
        Measure(f"(c) j (line down), {size_label}", "TextArea Down", samples["aj"], samples["rj"], 1.0),
        *extra,
    ]


def _during_layout(big: Path, presses: int) -> list[Measure]:
    """The reader's PageDown while its background layout is still running, against PageDown in the same process
    once it is idle (informational). The reader repaints its progress on its own while it lays out, so here a
    key's repaint is timed to the output that brings the bytes since the key to PAGE_BYTES (a page of text; a
    progress update is a few dozen bytes), in both phases alike."""
    busy: list[float] = []
    idle: list[float] = []
    process = PtyProcess(reader_command(big, fresh_db())).start(watch_for=FIRST_PARAGRAPH_MARKER)
    try:
        process.wait_for_marker(120)
        for _ in range(presses):
            busy.append(_press_until_bytes(process, PAGE_DOWN))
        if process.wait_idle(SETTLE, 300) is None:
            raise RuntimeError("the reader did not settle")
        for _ in range(presses):
            idle.append(_press_until_bytes(process, PAGE_DOWN))
    finally:
        process.stop()
    return [Measure("    PageDown during layout", "reader idle", idle, busy, None)]


PAGE_BYTES = 2000


def _press_until_bytes(process: PtyProcess, key: bytes, *, timeout: float = 30.0) -> float:
    before = process.output_count()
    sent = process.send(key)
    deadline = sent + timeout
    while True:
        reached: float | None = None
        with process._lock:
            total = 0
            for arrived, data in process.chunks[before:]:
                total += len(data)
                if total >= PAGE_BYTES:
                    reached = arrived
                    break
        if reached is not None:
            time.sleep(QUIET)
            return reached - sent
        if time.perf_counter() > deadline:
            raise RuntimeError("no page repaint")
        time.sleep(0.002)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--presses", type=int, default=9, help="presses of each key in each program (default 9)")
    parser.add_argument("--quick", action="store_true", help="a 5 MB article and 5 presses")
    parser.add_argument("--size-mb", type=float, default=None, help="size of the generated article (default 20)")
    parser.add_argument("--during-layout", action="store_true", help="also time the reader's keys during layout")
    args = parser.parse_args(argv)
    size = args.size_mb or (5.0 if args.quick else 20.0)
    presses = 5 if args.quick and args.presses == 9 else args.presses
    return report(run(presses, size, args.during_layout))


if __name__ == "__main__":
    sys.exit(main())
