"""Typing into the reading screen's `/` on a large article: per-character latency, against one frame and against
the old full scan, measured in the same run.

    .venv/bin/python benchmarks/search_typing.py [--rounds N] [--quick] [--size-mb MB]

(issue 14, item 3) ``reader BIG`` (the generated 20 MB article; 5 MB with ``--quick``) runs in its own 120x40
pseudo-terminal and is left to settle (keys.py's rule: output quiet for a second and almost no CPU in the next).
Then, per round, `/` opens the prompt and a word is typed one character at a time, each character only once the
last one's output has settled (a slow typist: every sample starts from a quiet screen); Esc closes the prompt.
Two words: one present (``stoltenberg``, ~16,700 matches at 20 MB, its prefixes many more) and one absent
(``minskovich``: its first five letters are present, ~8,400 times; then absent, checked).

Per character, two samples:

* **shown** - from writing the character to the last output chunk of the burst it caused (the burst ends after
  QUIET seconds without output): the prompt's echo, the cursor on the first match from the origin, the marks,
  the top bar's ``match 1 of 1,234+`` / ``counting…`` / ``searching…``. What a person sees settle.
* **settled** - to the output that shows the final status: the count, which starts once typing has paused and
  reads the whole text in slices (``match 1 of 16,752``), or, for a word absent from the text, ``no match``
  after the scan. (Not a silence: the prompt's cursor blinks twice a second.)

Baselines: one frame (16.7 ms, the goal: ``shown`` <= 1.0x), and the old per-keystroke work, timed in this
process in the same round: ``Document.search(prefix)`` on the same text (it scanned the whole text from the top
on every keystroke, before any drawing; ~42-183 ms at 20 MB on a quiet machine). The old reader measured the
way ``shown`` is took 63-90 ms a character (up to 255 ms).
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._options import parse_options  # noqa: E402
from benchmarks._screen import Screen  # noqa: E402
from benchmarks.common import (  # noqa: E402
    COLUMNS,
    FIRST_PARAGRAPH_MARKER,
    LINES,
    Measure,
    PtyProcess,
    cleanup_tmp_dbs,
    fmt,
    fresh_db,
    generated_article,
    reader_command,
    report,
    visible_text,
)
from benchmarks.keys import settle  # noqa: E402
from reader.document import Document  # noqa: E402
from reader.loader import load_document  # noqa: E402

QUIET = 0.1
"""Seconds of silence that end a burst of output (keys.py's rule)."""
SETTLED = 0.3
"""Seconds of silence around opening and closing the prompt."""
FRAME = 1 / 60
PRESENT, ABSENT = "stoltenberg", "minskovich"


def burst(process: PtyProcess, data: bytes, quiet: float, timeout: float = 60.0) -> tuple[float, float, str]:
    """Write ``data``; return the time just before the write, the seconds to the last chunk before ``quiet``
    seconds of silence, and what that output shows (escape sequences dropped)."""
    before = process.output_count()
    sent = process.send(data)
    last = process.wait_quiet(quiet, timeout, after=before)
    if last is None:
        raise RuntimeError(f"no output within {timeout} s of {data!r}")
    with process._lock:
        shown = visible_text(b"".join(chunk for _, chunk in process.chunks[before:]))
    return sent, last - sent, shown


FINAL_STATUS = re.compile(r"match [\d,]+ of [\d,]+(?![\d,+])|no match")
"""The top bar once the search is done: the count without its ``+``, or ``no match``."""


class Replay:
    """The reader's screen, replayed from its output (benchmarks/_screen.py), to read the top bar's status as
    it was at any chunk."""

    def __init__(self, process: PtyProcess) -> None:
        self.process = process
        self.screen = Screen(LINES, COLUMNS)
        self.fed = 0

    def feed_until(self, index: int) -> None:
        with self.process._lock:
            chunks = self.process.chunks[self.fed : index]
        for _, chunk in chunks:
            self.screen.feed(chunk)
        self.fed += len(chunks)

    def settled_at(self, burst_end: float, timeout: float = 60.0) -> float:
        """When the top bar first showed a final status, from ``burst_end`` (the end of the key's own burst, all
        of which has arrived) on: ``burst_end`` itself when it showed one then (an unchanged "no match" is not
        repainted), else the arrival of the chunk that made it show one."""
        with self.process._lock:
            burst = sum(1 for arrived, _ in self.process.chunks[self.fed :] if arrived <= burst_end)
        self.feed_until(self.fed + burst)
        if FINAL_STATUS.search(self.screen.row_text(0)):
            return burst_end
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            with self.process._lock:
                chunks = self.process.chunks[self.fed :]
            for arrived, chunk in chunks:
                self.screen.feed(chunk)
                self.fed += 1
                if FINAL_STATUS.search(self.screen.row_text(0)):
                    return arrived
            if self.process._closed:
                tail = visible_text(b"".join(chunk for _, chunk in self.process.chunks[-30:]))[-3000:]
                raise RuntimeError(f"the reader exited: {tail}")
            time.sleep(0.005)
        rows = "\n".join(self.screen.row_text(row).rstrip() for row in range(LINES))
        raise RuntimeError(
            f"the search did not finish within {timeout} s (CPU {self.process.cpu_seconds()} s); the screen:\n{rows}"
        )


def type_word(
    process: PtyProcess, replay: Replay, document: Document, word: str
) -> tuple[list[float], list[float], list[float]]:
    """One round: `/`, the word a character at a time, Esc. Returns (shown, settled, old scan) per character."""
    shown: list[float] = []
    settled: list[float] = []
    old: list[float] = []
    burst(process, b"/", SETTLED)
    for size in range(1, len(word) + 1):
        before = process.output_count()
        replay.feed_until(before)
        sent, seconds, output = burst(process, word[size - 1].encode(), QUIET)
        if word[:size] not in output:
            print(f"    (the echo of {word[:size]!r} was not seen in the burst)", flush=True)
        shown.append(seconds)
        settled.append(replay.settled_at(sent + seconds) - sent)
        status = replay.screen.row_text(0)
        start = time.perf_counter()
        document.search(word[:size])
        old.append(time.perf_counter() - start)
        print(
            f"    {word[:size]:<12} shown {fmt(seconds):>9}   settled {fmt(settled[-1]):>9}   "
            f"old Document.search {fmt(old[-1]):>9}   {FINAL_STATUS.search(status).group()}",  # type: ignore[union-attr]
            flush=True,
        )
    burst(process, b"\x1b", SETTLED)
    return shown, settled, old


def run(rounds: int, size_mb: float) -> list[Measure]:
    big = generated_article(size_mb)
    label = f"{big.stat().st_size / 1024 / 1024:.0f} MB"
    document = load_document(big)
    text = document.text
    if ABSENT[:6] in text.lower():
        raise RuntimeError(f"{ABSENT!r} is in the article: pick another absent word")
    print(f"search_typing: {rounds} round(s) of typing {PRESENT!r} and {ABSENT!r} into / ({big.name})", flush=True)
    process = PtyProcess(reader_command(big, fresh_db())).start(watch_for=FIRST_PARAGRAPH_MARKER)
    replay = Replay(process)
    samples: dict[str, list[float]] = {}
    try:
        settle(process, "reader", 300)
        for number in range(rounds):
            for word in (PRESENT, ABSENT) if number % 2 == 0 else (ABSENT, PRESENT):
                print(f"  round {number + 1}/{rounds}: {word}", flush=True)
                shown, settled, old = type_word(process, replay, document, word)
                for name, values in (("shown", shown), ("settled", settled), ("old", old)):
                    samples.setdefault(f"{word} {name}", []).extend(values)
    finally:
        process.stop()
        cleanup_tmp_dbs()
    measures: list[Measure] = []
    for word, kind in ((PRESENT, "present"), (ABSENT, "absent")):
        shown, settled, old = (samples[f"{word} {name}"] for name in ("shown", "settled", "old"))
        frames = [FRAME] * len(shown)
        measures += [
            Measure(f"/ typing, {kind} word, {label}", "one frame", frames, shown, 1.0),
            Measure("    shown vs old full scan", "Document.search", old, shown, 1.0),
            Measure("    settled (count done) vs old", "Document.search", old, settled, None),
        ]
        print(
            f"  {word}: shown max {fmt(max(shown))}, settled median {fmt(statistics.median(settled))}, "
            f"old scan max {fmt(max(old))}",
            flush=True,
        )
    return measures


def main(argv: list[str] | None = None) -> int:
    rounds = {"rounds": (3, 1, "rounds of typing both words")}
    args = parse_options(argv, __doc__, rounds, "a 5 MB article and one round", sized=True)
    return report(run(args.rounds, args.size_mb))


if __name__ == "__main__":
    sys.exit(main())
