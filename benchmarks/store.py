"""A store of 100 to 100,000 annotations, as a user meets it (issue 14, item 4): first paint, `h`, a fold, quit.

    .venv/bin/python benchmarks/store.py [--runs N] [--quick] [--counts 100,10000,50000,100000] [--only WHAT]

Every program is the installed ``reader`` in its own 120x40 pseudo-terminal (benchmarks/common.py), on a store
prepared once per size in the benchmark folder (``Store.put_many``, so the file is written as the reader
writes it, with its index). Each run gets the prepared file hard-linked into a fresh folder with a copy of its
index: the same inode, so the index still names it, and the original is never changed (every write replaces
the file, never edits it in place). Ratios of medians of interleaved rounds.

* **first paint** - ``reader SEED`` until its first paragraph shows, with a store of N annotations of 50
  other documents, against the same with an empty store. Target <= 1.25x.
* **quit** - the same app, once idle: ``q`` to the process's exit (``waitpid``), against the empty store;
  and the same figure against 0.5 s (target <= 1.0x: quitting within half a second).
* **h** - on a generated article (3 MB) whose store holds N highlights of it (over its second half), once
  idle: ``j`` three times (untimed), then ``h``, timed from the key to the first byte of its repaint (the
  highlight shown) and to the last (nothing for 0.25 s after it: the entry marked saved once its journal line
  is fsync'ed). The first byte against 100 highlights (target <= 1.25x) and what it costs over that case
  against one frame (target <= 1.0x); both against an empty store for information (there the first ``h``
  also mounts the panel's list, and no entry is on screen to redraw, so it is not the same work).
* **fold** - the first-paint setup with N annotations and a journal already holding 199 changes: one ``h``
  makes it 200, and the journal is folded (by a child process: reader.store.fold). ``j`` is then typed every
  ~60 ms for 6 s, each timed to the last byte of its repaint (0.1 s quiet); against the same with an empty
  journal (no fold). The line to read is the slowest ``j`` while the fold runs against the slowest without
  one (target <= 2.0x: no stall; the fold used to freeze the UI for 0.9-1.7 s).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import (  # noqa: E402
    FIRST_PARAGRAPH_MARKER,
    SEED,
    Measure,
    PtyProcess,
    bench_tmp,
    fmt,
    generate_text,
    interleaved,
    reader_command,
    report,
)
from benchmarks.export_import import make_annotations  # noqa: E402
from reader.annotation import Annotation  # noqa: E402
from reader.document import Document  # noqa: E402
from reader.store import Store  # noqa: E402

FRAME = 1 / 60
VERSION = 2
"""Bump when the prepared stores change (they are reused between runs)."""


# -- prepared stores ---------------------------------------------------------------------------------------


def other_documents_store(count: int) -> Path:
    """``count`` annotations of 50 documents the seed is not (as in a heavy user's store)."""
    path = bench_tmp() / f"store-bench-v{VERSION}-others-{count}" / "annotations.json"
    if not path.exists():
        _write(path, make_annotations(count))
    return path


def article() -> Path:
    path = bench_tmp() / f"store-bench-v{VERSION}-article.txt"
    if not path.exists():
        path.write_text(generate_text(3 * 1024 * 1024), encoding="utf-8")
    return path


def own_highlights_store(count: int) -> Path:
    """``count`` highlights of :func:`article`, spread evenly over the second half of its text: the rows the
    benchmark highlights (at the start) are drawn the same at every size, so what grows is the store, the
    panel and the indexes, not the work of painting rows covered in highlights."""
    path = bench_tmp() / f"store-bench-v{VERSION}-own-{count}" / "annotations.json"
    if not path.exists():
        text = article().read_text(encoding="utf-8")
        document = Document(text, path=str(article()))
        half = len(text) // 2
        step = max(1, (len(text) - half - 40) // max(1, count))
        batch = [
            Annotation.create(
                doc_id=document.id, path=document.path, title=document.title, text_of_document=text,
                start=half + n * step, end=min(len(text), half + n * step + 20),
                note=f"note {n}" if n % 7 == 0 else "",
            )
            for n in range(count)
        ]
        _write(path, batch)
    return path


def _write(path: Path, batch: list[Annotation]) -> None:
    folder = Path(tempfile.mkdtemp(prefix="building-", dir=bench_tmp()))
    Store(folder / "annotations.json").put_many(batch)
    path.parent.mkdir(parents=True, exist_ok=True)
    for name in ("annotations.json.index", "annotations.json"):  # the store last: its presence means "done"
        if (folder / name).exists():
            os.replace(folder / name, path.with_name(name))
    shutil.rmtree(folder, ignore_errors=True)


def fresh_db() -> str:
    """A path for a store in a folder of its own, under a folder only this script uses (other benchmarks clear
    common.fresh_db's folders when they finish, which may be while this one runs)."""
    runs = bench_tmp() / "store-bench-runs"
    runs.mkdir(exist_ok=True)
    return str(Path(tempfile.mkdtemp(prefix="db-", dir=runs)) / "annotations.json")


def linked_copy(store: Path | None, *, journal_ops: int = 0) -> str:
    """A fresh folder holding ``store`` (None: nothing, an empty store) hard-linked, with its index copied; and,
    when asked, a journal of ``journal_ops`` changes (edits of its first annotations)."""
    db = fresh_db()
    if store is None:
        return db
    os.link(store, db)
    index = store.with_name(store.name + ".index")
    if index.exists():
        shutil.copyfile(index, db + ".index")
    if journal_ops:
        writer = Store(db)
        for annotation in writer.all_annotations()[:journal_ops]:
            writer.update(annotation.edited(note="edited"))
    return db


# -- measures ----------------------------------------------------------------------------------------------


def first_paint(store: Path | None) -> float:
    process = PtyProcess(reader_command(SEED, linked_copy(store))).start(watch_for=FIRST_PARAGRAPH_MARKER)
    try:
        return process.wait_for_marker(120)
    finally:
        process.stop()


def started(path: Path, db: str, marker: str) -> PtyProcess:
    process = PtyProcess(reader_command(path, db)).start(watch_for=marker)
    process.wait_for_marker(600)
    if process.wait_idle(1.0, 600) is None:
        process.stop()
        raise RuntimeError("the reader never became idle")
    return process


def key_to_last_byte(process: PtyProcess, key: bytes, quiet: float) -> float:
    return key_to_output(process, key, quiet)[1]


def key_to_output(process: PtyProcess, key: bytes, quiet: float) -> tuple[float, float]:
    """Seconds from the key to the first byte of its repaint and to the last (``quiet`` s of silence after)."""
    count = process.output_count()
    sent = process.send(key)
    last = process.wait_quiet(quiet, 30, after=count)
    if last is None:
        raise RuntimeError(f"no repaint after {key!r}")
    with process._lock:
        first = process.chunks[count][0]
    return max(0.0, first - sent), max(0.0, last - sent)


def quit_time(store: Path | None) -> float:
    process = started(SEED, linked_copy(store), FIRST_PARAGRAPH_MARKER)
    try:
        return process.exit_time(b"q", 120)
    finally:
        process.stop()


def h_times(store: Path | None, presses: int) -> list[tuple[float, float]]:
    """(first byte, last byte) of ``presses`` presses of ``h``, each after three ``j``."""
    marker = article().read_text(encoding="utf-8").split("\n", 1)[0][:30]
    process = started(article(), linked_copy(store), marker)
    samples: list[tuple[float, float]] = []
    try:
        for _ in range(presses):
            for _ in range(3):
                key_to_last_byte(process, b"j", 0.25)
            samples.append(key_to_output(process, b"h", 0.25))
    finally:
        process.stop()
    return samples


def j_during(store: Path, journal_ops: int, seconds: float) -> list[float]:
    """``j`` latencies in the ``seconds`` after an ``h`` that brings the journal to 200 changes (a fold); says
    when the store file was replaced (the fold done), to show that the keys were typed while it ran."""
    db = linked_copy(store, journal_ops=journal_ops)
    inode = os.stat(db).st_ino
    process = started(SEED, db, FIRST_PARAGRAPH_MARKER)
    samples: list[float] = []
    folded_at = None
    try:
        pressed = time.perf_counter()
        key_to_last_byte(process, b"h", 0.1)
        until = time.perf_counter() + seconds
        keys = [b"j", b"k"]
        while time.perf_counter() < until:
            samples.append(key_to_last_byte(process, keys[len(samples) % 2], 0.1))
            if folded_at is None and os.stat(db).st_ino != inode:
                folded_at = time.perf_counter() - pressed
            time.sleep(random.uniform(0.0, 0.03))
    finally:
        process.stop()
    if journal_ops:
        when = f"{fmt(folded_at)} after h" if folded_at else "not within the window"
        print(f"    the fold replaced the store {when}", flush=True)
    return samples


# -- the run -----------------------------------------------------------------------------------------------


def run(runs: int, counts: list[int], only: set[str]) -> list[Measure]:
    measures: list[Measure] = []
    if "paint" in only or "quit" in only:
        stores = {count: other_documents_store(count) for count in counts}
        if "paint" in only:
            programs: dict[str, Callable[[], float]] = {"empty": lambda: first_paint(None)}
            for count, store in stores.items():
                programs[f"{count}"] = lambda store=store: first_paint(store)  # type: ignore[misc]
            print(f"first paint of the seed: warm-up, then {runs} rounds", flush=True)
            for program in programs.values():
                program()
            samples = interleaved(runs, programs)
            for count in counts:
                name = f"first paint, seed, {count:,} ann."
                measures.append(Measure(name, "empty store", samples["empty"], samples[f"{count}"], 1.25))
        if "quit" in only:
            programs = {"empty": lambda: quit_time(None)}
            for count, store in stores.items():
                programs[f"{count}"] = lambda store=store: quit_time(store)  # type: ignore[misc]
            print(f"quit: {max(3, runs // 2)} rounds", flush=True)
            samples = interleaved(max(3, runs // 2), programs)
            for count in counts:
                measures.append(
                    Measure(f"quit, {count:,} ann.", "empty store", samples["empty"], samples[f"{count}"], None)
                )
                measures.append(Measure(f"quit, {count:,} ann. vs 0.5 s", "0.5 s", [0.5], samples[f"{count}"], 1.0))
    if "h" in only:
        presses = max(3, runs)
        firsts: dict[str, list[float]] = {}
        lasts: dict[str, list[float]] = {}
        programs = {}
        for count in [0, *counts]:
            name = f"{count}"
            firsts[name], lasts[name] = [], []

            own = own_highlights_store(count) if count else None

            def one(store: Path | None = own, name: str = name) -> float:
                values = h_times(store, presses)
                firsts[name] += [first for first, _ in values]
                lasts[name] += [last for _, last in values]
                return statistics.median(first for first, _ in values)

            programs[name] = one
        print(f"h: {max(2, runs // 3)} app runs of {presses} presses each (medians of the first byte)", flush=True)
        interleaved(max(2, runs // 3), programs)
        small = str(min(counts))
        for count in counts:
            name = f"{count}"
            measures.append(Measure(f"h shown, {count:,} highlights", "empty store", firsts["0"], firsts[name], None))
            if name != small:
                measures.append(
                    Measure(f"h shown, {count:,} highlights", f"{small} highlights", firsts[small], firsts[name], 1.25)
                )
                extra = [max(0.0, value - statistics.median(firsts[small])) for value in firsts[name]]
                measures.append(Measure(f"h, {count:,}: time over {small} vs frame", "one frame", [FRAME], extra, 1.0))
            measures.append(Measure(f"h saved, {count:,} highlights", "empty store", lasts["0"], lasts[name], None))
    if "fold" in only:
        big = [count for count in counts if count >= 10_000] or counts[-1:]
        for count in big:
            store = other_documents_store(count)
            print(f"fold under use, {count:,}: {max(2, runs // 3)} rounds", flush=True)
            during: list[float] = []
            without: list[float] = []
            for _ in range(max(2, runs // 3)):
                during += j_during(store, 199, 6.0)
                without += j_during(store, 0, 6.0)
            print(
                f"  j with a fold: median {fmt(statistics.median(during))}, max {fmt(max(during))} (n={len(during)});"
                f" without: median {fmt(statistics.median(without))}, max {fmt(max(without))}",
                flush=True,
            )
            measures.append(Measure(f"slowest j, fold of {count:,}", "slowest j, no fold", [max(without)],
                                    [max(during)], 2.0))
            measures.append(Measure(f"median j, fold of {count:,}", "median j, no fold", without, during, None))
    shutil.rmtree(bench_tmp() / "store-bench-runs", ignore_errors=True)
    return measures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="100, 10,000 and 50,000 annotations, 3 rounds")
    parser.add_argument("--counts", default=None, help="comma-separated store sizes")
    parser.add_argument("--only", default="paint,quit,h,fold", help="comma-separated: paint, quit, h, fold")
    args = parser.parse_args(argv)
    counts = [100, 10_000, 50_000] if args.quick else [100, 10_000, 50_000, 100_000]
    if args.counts:
        counts = [int(part) for part in args.counts.split(",")]
    runs = 3 if args.quick else args.runs
    return report(run(runs, counts, set(args.only.split(","))))


if __name__ == "__main__":
    sys.exit(main())
