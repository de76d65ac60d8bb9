"""Keys while the quotations are being found, on the 20 MB article: the finder in a forked child process (the
reader as it is) against the finder in a thread of the app (as it was), both measured in the same run.

    .venv/bin/python benchmarks/quotes_keys.py [--quick] [--runs N] [--window SECONDS]

Each run starts ``reader FILE`` in a 120x40 pseudo-terminal twice, once as it is and once with the finder forced
into the app's process (``IN_PROCESS_CHARS`` raised: the small-document route, a thread holding the interpreter
lock, which is what every document got before), in alternating order. From the first paint on, for ``--window``
seconds (8; 3 with ``--quick``, on 5 MB), ``j``, Down, PageDown and ``]`` are typed in rotation, each timed to the
last chunk of output that changed what the screen shows (benchmarks/keys.py's ``Watched.press``; the layout
runs during that time too, in both). The finder needs well over the window on these sizes, so every key falls
while it works; the script checks that the child was still there when the window closed.

RESULT lines: the keys with the child against the keys with the thread (target 1.0: no worse), and against
one frame (16.7 ms; information: the layout's slices share the same seconds, see benchmarks/keys.py).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import (  # noqa: E402
    FIRST_PARAGRAPH_MARKER,
    Measure,
    PtyProcess,
    cleanup_tmp_dbs,
    compile_bytecode,
    fresh_db,
    generated_article,
    python,
    reader_command,
    report,
)
from benchmarks.keys import DOWN, FRAME, PAGE_DOWN, Watched  # noqa: E402

KEYS = {"j": b"j", "Down": DOWN, "PageDown": PAGE_DOWN, "]": b"]"}

IN_PROCESS = (
    "import sys; import reader.quotes.background as finder; finder.IN_PROCESS_CHARS = 1 << 62; "
    "from reader.cli import main; sys.exit(main(sys.argv[1:]))"
)
"""The reader with its quotation finder in a thread of its own process, whatever the document's size."""


def children_of(pid: int) -> list[int]:
    found = []
    for name in os.listdir("/proc") if os.path.isdir("/proc") else []:
        if name.isdigit():
            try:
                fields = Path(f"/proc/{name}/stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if int(fields[1]) == pid:
                found.append(int(name))
    return found


def keys_while_finding(argv: list[str], window: float, by_key: dict[str, list[float]]) -> tuple[list[float], bool]:
    """Seconds per key (to the last visible change) typed during ``window`` seconds after the first paint (also
    added to ``by_key``), and whether a child of the reader (the finder) was still running when the window
    closed."""
    program = Watched(PtyProcess(argv).start(watch_for=FIRST_PARAGRAPH_MARKER))
    samples: list[float] = []
    try:
        opened = program.process.wait_for_marker(120) + program.process.started
        turn = 0
        while time.perf_counter() - opened < window:
            name = list(KEYS)[turn % len(KEYS)]
            pressed = program.press(KEYS[name])
            if pressed is not None:
                samples.append(pressed.visible)
                by_key.setdefault(name, []).append(pressed.visible)
            turn += 1
        return samples, bool(children_of(program.process.pid))
    finally:
        program.process.stop()
        cleanup_tmp_dbs()


def run(size_mb: float, runs: int, window: float) -> list[Measure]:
    compile_bytecode()
    path = generated_article(size_mb)
    label = f"{path.stat().st_size / 1024 / 1024:.0f} MB"
    child: list[float] = []
    thread: list[float] = []
    keys: dict[str, dict[str, list[float]]] = {"child": {}, "thread": {}}
    for number in range(runs):
        order = ["child", "thread"] if number % 2 == 0 else ["thread", "child"]
        for variant in order:
            if variant == "child":
                samples, alive = keys_while_finding(reader_command(path, fresh_db()), window, keys["child"])
                child += samples
                note = "finder still running at the end" if alive else "WARNING: the finder had finished"
            else:
                argv = [python(), "-c", IN_PROCESS, str(path), "--db", fresh_db()]
                samples, _ = keys_while_finding(argv, window, keys["thread"])
                thread += samples
                note = "finder in the app's thread"
            print(
                f"  run {number + 1}/{runs} {variant:<6} {len(samples)} keys, median "
                f"{statistics.median(samples) * 1000:.1f} ms, max {max(samples) * 1000:.1f} ms ({note})",
                flush=True,
            )
    for variant, per_key in keys.items():
        print(f"  {variant:<6} " + ", ".join(
            f"{name} {statistics.median(values) * 1000:.1f} ms (max {max(values) * 1000:.0f})"
            for name, values in per_key.items()
        ))
    return [
        Measure(f"keys while finding quotations, {label}", "finder in a thread", thread, child, 1.0),
        Measure(f"keys while finding quotations, {label}, frame", "one frame", [FRAME], child, None),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="5 MB, a 3 s window, one run")
    parser.add_argument("--runs", type=int, default=None)
    parser.add_argument("--window", type=float, default=None)
    args = parser.parse_args(argv)
    size = 5.0 if args.quick else 20.0
    runs = args.runs or (1 if args.quick else 2)
    window = args.window or (3.0 if args.quick else 8.0)
    print(f"keys while finding quotations: {size:.0f} MB, {runs} run(s) of each, {window:.0f} s after first paint")
    return report(run(size, runs, window))


if __name__ == "__main__":
    raise SystemExit(main())
