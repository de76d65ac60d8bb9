"""Keys while the library re-reads a ~135 MB store another program touched: the parse in a child against in a thread.

    .venv/bin/python benchmarks/store_reread.py [--runs N] [--quick]

Target: the longest wait of a key while the store is re-read is at most 0.1x what it was with the parse in the
library's worker thread (``json.loads`` holds the interpreter lock for the whole parse; now
:mod:`reader.store.parse_child` parses in a child process and this process builds the tables a frame at a time).

Method: ``reader library`` on benchmarks/library.py's store made larger (2,000 documents x 93 annotations,
~135 MB, no index: as an older reader or another program wrote it), in a 120x40 pty. Once it is idle (the search
index is built after the first paint), each round touches the store file (a new mtime: the next read parses it
whole again), opens and closes the search (``/``, Esc: the library reads its rows again when it comes back) and,
0.5 s later (the return's own repaint is not measured), presses ``j`` every 100 ms for 3 s (seldom enough that
keys never queue behind each other); a key's wait is the time from its write to the next output. A sample is the
round's longest wait. The baseline is the same program with the parse done in the worker thread, as before
(``_parse_blob`` patched back to ``AtomicJSONStorage.parse``, the replaced tables dropped at once). Both run
through the same small launcher, interleaved. Measured (2 cores): 1.64 s against 30 ms (median of 9), 0.018x.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._options import parse_options  # noqa: E402
from benchmarks.common import Measure, PtyProcess, compile_bytecode, fmt, report  # noqa: E402
from benchmarks.library import big_library_store  # noqa: E402

PER_DOCUMENT = 93
KEY_EVERY = 0.1
KEYS_FOR = 3.0
SETTLE = 0.5
"""Seconds after Esc before the keys: the library's own return (the search screen closed, the list repainted)
holds keys ~0.2 s whether or not the store is read again, and is not what is measured. The re-read, started by
the return, takes ~2 s, so the keys fall within it."""

LAUNCHER = """
import sys
from reader.store import reading
if sys.argv[1] == "thread":  # as before: the parse in the calling thread, the old tables dropped whole
    reading.StoreReading._parse_blob = lambda self, blob: self._storage.parse(blob)
    reading._release = lambda raw: None
sys.argv = ["reader", "library", "--db", sys.argv[2]]
from reader.cli import main
main()
"""


def longest_waits(mode: str, store: Path, rounds: int) -> list[float]:
    """One process of the library: ``rounds`` re-reads, the longest key wait of each."""
    app = PtyProcess([sys.executable, "-c", LAUNCHER, mode, str(store)]).start(watch_for="Library —")
    try:
        app.wait_for_marker(120)
        if app.wait_idle(1.0, 120) is None:
            raise RuntimeError("the library did not settle")
        waits = []
        for _ in range(rounds):
            os.utime(store)
            app.send(b"/")
            app.wait_quiet(0.5, 10)
            app.send(b"\x1b")
            time.sleep(SETTLE)
            sent_at = []
            end = time.perf_counter() + KEYS_FOR
            while time.perf_counter() < end:
                sent_at.append(app.send(b"j"))
                time.sleep(KEY_EVERY)
            app.wait_idle(1.0, 60)
            with app._lock:
                arrivals = [at for at, _ in app.chunks]
            waits.append(max(_first_after(arrivals, at) - at for at in sent_at))
            app.send(b"g")
            app.wait_idle(0.5, 30)
        return waits
    finally:
        app.stop()


def _first_after(arrivals: list[float], moment: float) -> float:
    return next((at for at in arrivals if at > moment), float("inf"))


def main(argv: list[str] | None = None) -> int:
    options = parse_options(argv, __doc__, {"runs": (3, 2, "processes of each, interleaved")}, "fewer processes")
    compile_bytecode()
    store = big_library_store(per_document=PER_DOCUMENT)
    print(f"store: {store} ({store.stat().st_size / 1e6:.0f} MB)", flush=True)
    samples: dict[str, list[float]] = {"thread": [], "child": []}
    for run in range(options.runs):
        for mode in ("thread", "child") if run % 2 == 0 else ("child", "thread"):
            waits = longest_waits(mode, store, 3)
            samples[mode] += waits
            print(f"  {mode:<6} longest key waits: {', '.join(fmt(w) for w in waits)}", flush=True)
    return report([Measure("key wait, store re-read", "parse in a thread", samples["thread"], samples["child"], 0.1)])


if __name__ == "__main__":
    sys.exit(main())
