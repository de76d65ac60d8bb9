"""Per-key latency, to the last byte written, in three phases, against one frame and against Textual's TextArea.

    .venv/bin/python benchmarks/keys.py [--presses N] [--runs N] [--quick] [--size-mb MB] [--only seed|big]

A person sees a key's effect when the screen stops changing. So a sample is the time from writing the key's
bytes to the pty to the **last output chunk of the burst it caused** (the burst ends after QUIET seconds without
output), for the reader (``reader FILE`` with a fresh store) and for ``TextArea(text, read_only=True,
soft_wrap=True)`` (benchmarks/baseline_textarea.py), both real processes in their own 120x40 pseudo-terminal.

Keys: ``j``, Down, PageDown, ``]`` (next quotation), ``h`` (highlight the sentence; each ``h`` is followed by
``u``, undo, so the store stays small: ``u`` is timed too), and typing in the search prompt (``/`` opens it and is
timed as "/ open", one sample per character typed, the Esc that closes it is timed as "Esc close"). The
TextArea has only Down and PageDown: its Down is the baseline of
every key but PageDown (its own "next" key; it has no quotations, highlights or search); every other sample is
Up / PageUp instead, so it never sits at the end of a short text, where Down draws nothing. The reader gets an
untimed ``g`` (to the top) before each round of keys for the same reason.

Phases of the reader, on the seed and on a generated 20 MB article (5 MB with ``--quick``):

* **first 2 s** - keys typed from the first paint on, for two seconds (the start-up worker, layout and quotation
  detection are starting); ``--runs`` fresh starts, the keys in rotation;
* **busy** - after those 2 s, until the reader is idle (layout, quotation detection: up to ~15 s at 20 MB);
* **idle** - once output has been quiet for a second and the process used almost no CPU for another.

While background work runs, the reader repaints on its own (layout progress in the top bar, the scroll bar
growing): there the burst never ends, so a sample in the first two phases is timed to the last chunk that
**changed what the screen shows** (benchmarks/_screen.py replays the output on a grid; the top bar's
"laying out N%" and the article's scroll bar columns are left out of the comparison), and the next key waits until
nothing visible has changed for QUIET seconds. In the idle phase both are measured; the table shows the last
byte (it also counts a repaint that rewrites cells unchanged, such as the top bar a frame late) and the frames
(groups of chunks less than 4 ms apart) each key took. "first change" is the time to the first visible change:
while quotations are being found, each range found changes the screen (an underline, the top bar's quotation
note), and one that falls within a key's burst extends that key's last change without being its doing.

Each line is a median against one frame (16.7 ms: the goal, ``<= 1.0x``) and against the TextArea's key
(idle; information). RESULT lines: each reader line against one frame (target 1.0).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._screen import Screen  # noqa: E402
from benchmarks.common import (  # noqa: E402
    COLUMNS,
    FIRST_PARAGRAPH_MARKER,
    LINES,
    SEED,
    Measure,
    PtyProcess,
    bench_app_command,
    cleanup_tmp_dbs,
    fmt,
    fresh_db,
    generated_article,
    reader_command,
    report,
    tree_cpu_seconds,
)

QUIET = 0.1
"""Seconds of silence after which a burst of output (a key's repaint) is taken as finished."""
SETTLE = 1.0
"""Seconds of silence after which a program is taken as idle (opened, laid out)."""
FRAME = 1 / 60
"""One frame at 60 Hz: the goal for every key."""
NOTE_AFTER_U = 2.2
"""Seconds until the key bar's note after `u` is gone (reader.ui.widgets.key_bar.NOTE_SECONDS, 2 s, and a margin)."""
FIRST_PHASE = 2.0
"""Seconds after the first paint that make the "first 2 s" phase."""
FRAME_GAP = 0.004
"""Chunks closer than this are one frame (a frame of 40 rows is written in several 4 kB chunks)."""
SCROLLBAR_COLUMNS = (80, 81)
"""0-based columns of the article's scroll bar at 120x40 with the side panel shown (left out of comparisons)."""

PAGE_DOWN = b"\x1b[6~"
PAGE_UP = b"\x1b[5~"
DOWN = b"\x1b[B"
UP = b"\x1b[A"
ESCAPE = b"\x1b"
SEARCH_WORD = b"nato"

READER_KEYS = ("j", "Down", "PageDown", "]", "h", "u", "/ typing", "/ open", "Esc close")
"""The keys timed. "/ open" is the `/` that opens the prompt and "Esc close" the Esc that closes it (with the
word typed), timed with the typing: every key, as the issue asks, not only those that move or write."""
BASELINE_KEY = {"PageDown": "PageDown"}
"""The TextArea key each reader key is compared with (Down when not listed)."""


@dataclass
class Press:
    last_byte: float
    """Seconds from the key to the last chunk of its burst (chunks less than QUIET apart)."""
    visible: float
    """Seconds from the key to the last chunk that changed what the screen shows."""
    frames: int
    """Frames (groups of chunks less than FRAME_GAP apart) in the burst."""
    first_visible: float
    """Seconds from the key to the first chunk that changed what the screen shows: the key's own effect, where
    the last visible change may be background work's (a quotation underlined as it is found) that happened to
    fall within the key's burst."""


@dataclass
class Watched:
    """A program in a pty whose output is replayed on a :class:`Screen` as it is read."""

    process: PtyProcess
    screen: Screen = field(default_factory=lambda: Screen(LINES, COLUMNS))
    fed: int = 0

    def catch_up(self) -> list[tuple[float, bool]]:
        """Feed the chunks not fed yet; (arrival, changed what shows) for each."""
        with self.process._lock:
            new = self.process.chunks[self.fed :]
        if not new:
            return []
        self.fed += len(new)
        out: list[tuple[float, bool]] = []
        before = self.screen.snapshot(mask_columns=SCROLLBAR_COLUMNS)
        for arrived, data in new:
            self.screen.feed(data)
            after = self.screen.snapshot(mask_columns=SCROLLBAR_COLUMNS)
            out.append((arrived, after != before))
            before = after
        return out

    def press(self, key: bytes, *, timeout: float = 60.0, no_effect_after: float = 1.0) -> Press | None:
        """Type ``key``; wait until nothing visible has changed for QUIET seconds and the output has been quiet
        for QUIET seconds (or, while background work repaints on its own, 1 s after the last visible change)."""
        self.catch_up()
        sent = self.process.send(key)
        chunks: list[tuple[float, bool]] = []
        deadline = sent + timeout
        while True:
            time.sleep(0.003)
            chunks += self.catch_up()
            now = time.perf_counter()
            changed = [at for at, visible in chunks if visible]
            last_change = changed[-1] if changed else sent
            last_any = chunks[-1][0] if chunks else sent
            if changed and now - last_change >= QUIET and (now - last_any >= QUIET or now - last_change >= 1.0):
                break
            if not changed and now - last_any >= QUIET and now - sent >= no_effect_after:
                if not chunks:
                    return None  # no output at all: the key had nothing to do here (PageDown at the end)
                break  # output, but nothing visible changed
            if now > deadline:
                raise RuntimeError(f"{self.process.argv!r}: no repaint within {timeout} s of {key!r}")
        burst_end, frames, previous = sent, 0, None
        for at, _visible in chunks:
            if at - burst_end >= QUIET and burst_end > sent:
                break
            if previous is None or at - previous >= FRAME_GAP:
                frames += 1
            previous = burst_end = at
        changed = [at for at, visible in chunks if visible]
        visible = (changed[-1] if changed else burst_end) - sent
        return Press(burst_end - sent, visible, frames, (changed[0] if changed else burst_end) - sent)

    def cpu_rate(self, seconds: float) -> float:
        """CPU seconds per second the process and its children (quotation detection runs in one) use over the
        next ``seconds`` (1.0 when /proc is absent)."""
        before = tree_cpu_seconds(self.process.pid)
        time.sleep(seconds)
        after = tree_cpu_seconds(self.process.pid)
        return 1.0 if before is None or after is None else (after - before) / seconds


def key_sequence(name: str) -> list[bytes]:
    """The bytes of one use of a key; for typing, the characters timed one by one."""
    return {"j": [b"j"], "Down": [DOWN], "PageDown": [PAGE_DOWN], "]": [b"]"], "h": [b"h"], "u": [b"u"]}.get(
        name, [bytes([c]) for c in SEARCH_WORD]
    )


def use_key(program: Watched, name: str, samples: dict[str, list[Press]]) -> None:
    """Press one reader key (opening and closing the search prompt around a typed word) and record it."""
    if name in ("/ open", "Esc close"):
        return  # timed with "/ typing"
    if name == "/ typing":
        record(samples["/ open"], program.press(b"/"))
        for char in key_sequence(name):
            record(samples[name], program.press(char))
        record(samples["Esc close"], program.press(ESCAPE))  # closes the prompt, the cursor back where `/` was
        program.press(ESCAPE)  # clears what is left of the search (nothing to draw when nothing is)
        return
    if name == "g":
        program.press(b"g")  # back to the top (not timed), so the keys that go down have somewhere to go
        return
    record(samples[name], program.press(key_sequence(name)[0]))


def record(samples: list[Press], pressed: Press | None) -> None:
    if pressed is not None:
        samples.append(pressed)


def reader_phases(path: Path, runs: int, presses: int, phase: str | None = None) -> dict[str, dict[str, list[Press]]]:
    """The reader's samples per phase and key: ``runs`` fresh starts for the first two phases, then the idle
    phase in the last one. ``phase`` "first": that phase alone, each start stopped after it, with only the keys
    that move the cursor; "first-edit": the same with `h`, `u` and typing; "idle": one start, left to settle,
    then the idle presses alone."""
    first_only = phase in ("first", "first-edit")
    if phase == "idle":
        runs = 1
    phases: dict[str, dict[str, list[Press]]] = {p: {k: [] for k in READER_KEYS} for p in ("first", "busy", "idle")}
    rotation = ["j", "Down", "PageDown", "]", "h", "u", "/ typing", "g"]
    if phase == "first":  # the moving keys alone: ~10 samples a start instead of 1-5 per key in 5 starts
        rotation = ["j", "Down", "PageDown", "]"]
    elif phase == "first-edit":  # the same for the keys that write (h, then u) and the search prompt
        rotation = ["h", "u", "/ typing"]
    for run in range(runs):
        program = Watched(PtyProcess(reader_command(path, fresh_db())).start(watch_for=FIRST_PARAGRAPH_MARKER))
        try:
            opened = program.process.wait_for_marker(120) + program.process.started
            turn = run  # each run starts the rotation one key later
            while phase != "idle" and time.perf_counter() - opened < FIRST_PHASE:
                use_key(program, rotation[turn % len(rotation)], phases["first"])
                turn += 1
            if first_only:
                print(f"  run {run + 1}/{runs}: first paint {fmt(opened - program.process.started)}", flush=True)
                continue
            busy_keys = 0
            while phase != "idle" and program.cpu_rate(0.15) > 0.15 and time.perf_counter() - opened < 120:
                use_key(program, rotation[turn % len(rotation)], phases["busy"])
                turn += 1
                busy_keys += 1
            print(
                f"  run {run + 1}/{runs}: first paint {fmt(opened - program.process.started)}, "
                f"busy until {fmt(time.perf_counter() - opened)} after it ({busy_keys} keys)",
                flush=True,
            )
            if run == runs - 1:
                if program.process.wait_idle(SETTLE, 300) is None:
                    raise RuntimeError("the reader did not settle")
                for _ in range(presses):
                    use_key(program, "g", phases["idle"])
                    for name in READER_KEYS:
                        if name != "u":
                            use_key(program, name, phases["idle"])
                            if name == "h":
                                use_key(program, "u", phases["idle"])
                                # "Undid highlight" leaves the key bar NOTE_AFTER_U seconds later: a repaint of
                                # its own, not to be counted in whichever key is pressed then
                                time.sleep(NOTE_AFTER_U)
        finally:
            program.process.stop()
            cleanup_tmp_dbs()
    return phases


def textarea_keys(path: Path, presses: int) -> dict[str, list[Press]]:
    program = Watched(
        PtyProcess(bench_app_command("baseline_textarea.py", str(path))).start(watch_for=FIRST_PARAGRAPH_MARKER)
    )
    try:
        settle(program.process, "TextArea", 300)
        samples: dict[str, list[Press]] = {"Down": [], "PageDown": []}
        for number in range(presses):
            # The TextArea takes over a second per key on a large file: "no effect" only after a long wait. Up
            # and PageUp every other time keep it off the end of a short text (where Down does nothing).
            back = number % 2 == 1
            record(samples["Down"], program.press(UP if back else DOWN, no_effect_after=30.0))
            record(samples["PageDown"], program.press(PAGE_UP if back else PAGE_DOWN, no_effect_after=30.0))
        return samples
    finally:
        program.process.stop()


def measures(label: str, phases: dict[str, dict[str, list[Press]]], area: dict[str, list[Press]]) -> list[Measure]:
    out: list[Measure] = []
    print(f"\n{label}: median (max) per key, ms; x = ratio of medians to one frame / to the TextArea's key (idle)")
    for phase, samples in phases.items():
        for key in READER_KEYS:
            presses = samples[key]
            if not presses:
                continue
            values = [p.last_byte if phase == "idle" else p.visible for p in presses]
            baseline = [p.last_byte for p in area[BASELINE_KEY.get(key, "Down")]] or [float("nan")]
            frames = statistics.median(p.frames for p in presses)
            ours = statistics.median(values)
            print(
                f"  {phase:<5} {key:<9} {ours * 1000:7.1f} ({max(values) * 1000:6.1f})  n={len(values):<3}"
                f" frames {frames:3.1f}  {ours / FRAME:6.2f}x frame"
                f"  {ours / statistics.median(baseline):6.3f}x TextArea"
                + (f"  visible {statistics.median(p.visible for p in presses) * 1000:.1f}" if phase == "idle" else "")
                + f"  first change {statistics.median(p.first_visible for p in presses) * 1000:.1f}"
            )
            out.append(Measure(f"{key}, {label}, {phase}", "one frame", [FRAME], values, 1.0))
    return out


def run(presses: int, runs: int, size_mb: float, only: str | None, phase: str | None = None) -> list[Measure]:
    big = generated_article(size_mb)
    files = {"seed": SEED, f"{big.stat().st_size / 1024 / 1024:.0f} MB": big}
    result: list[Measure] = []
    for label, path in files.items():
        if only and (only == "seed") != (label == "seed"):
            continue
        print(f"keys on {label} ({path.name}): {runs} starts of the reader, {presses} idle presses per key", flush=True)
        if phase:  # one phase of the reader alone, no TextArea (its ratios are information)
            area: dict[str, list[Press]] = {"Down": [], "PageDown": []}
        else:
            area = textarea_keys(path, presses)
            print(
                f"  TextArea: Down {fmt(statistics.median(p.last_byte for p in area['Down']))}, PageDown "
                f"{fmt(statistics.median(p.last_byte for p in area['PageDown']))}",
                flush=True,
            )
        phases = reader_phases(path, runs, presses, phase)
        if phase:
            kept = "first" if phase.startswith("first") else phase
            phases = {kept: phases[kept]}
        result += measures(label, phases, area)
    return result


# -- the older pairwise comparison, used by benchmarks/highlights.py ---------------------------------------------


def press(process: PtyProcess, key: bytes, *, timeout: float = 60.0) -> float:
    """Seconds from typing ``key`` to the last byte of the repaint it caused (an idle program)."""
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
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--presses", type=int, default=9, help="idle presses of each key (default 9; 5 with --quick)")
    parser.add_argument("--runs", type=int, default=5, help="fresh starts for the first two phases (default 5; 3)")
    parser.add_argument("--quick", action="store_true", help="a 5 MB article, fewer presses and starts")
    parser.add_argument("--size-mb", type=float, default=None, help="size of the generated article (default 20)")
    parser.add_argument("--only", choices=("seed", "big"), default=None, help="only the seed or the large article")
    parser.add_argument(
        "--phase",
        choices=("first", "first-edit", "idle"),
        default=None,
        help="one phase of the reader alone, no TextArea (first: the moving keys in the first 2 s of each start; "
        "first-edit: h, u and typing there)",
    )
    args = parser.parse_args(argv)
    size = args.size_mb or (5.0 if args.quick else 20.0)
    presses = 5 if args.quick and args.presses == 9 else args.presses
    runs = 3 if args.quick and args.runs == 5 else args.runs
    return report(run(presses, runs, size, args.only, args.phase))


if __name__ == "__main__":
    sys.exit(main())
