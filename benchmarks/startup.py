"""Startup: time from launch to the first painted screen, as ratios measured in one run.

    .venv/bin/python benchmarks/startup.py [--runs N] [--quick] [--size-mb MB]

(a) ``reader SEED`` against a minimal Textual app (one ``Static(text, markup=False)``, benchmarks/baseline_static.py)
    showing the same seed text. Target: <= 1.25x.
(b) ``reader BIG`` (a generated 20 MB article, 5 MB with --quick) against ``reader SEED``. Target: <= 1.5x.
(info) ``reader SEED`` with a store of 10,000 highlights (of the generated article: another document, as in a
    heavy user's store) against the Static app. No target: the store is read and checked before the first paint,
    so that a damaged one is refused before the app takes the terminal; this shows what that costs.

Each program runs as a real process in its own pseudo-terminal (120x40). A sample is the time from just before
the fork to the arrival of the terminal output that makes the first paragraph's opening words visible: process
start, interpreter, imports, reading and parsing the file, composing and the first paint. The reader gets a
fresh, empty store (``--db`` in a temporary folder). One warm-up run of each program is discarded (it compiles
bytecode and fills the page cache), then the programs run in rounds, in alternating order, and each measure is
the ratio of the medians.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._options import parse_options  # noqa: E402
from benchmarks._paint import paint_sample, reader_paint, warmed_rounds  # noqa: E402
from benchmarks.common import (  # noqa: E402
    SEED,
    Measure,
    bench_app_command,
    bench_tmp,
    fresh_db,
    generated_article,
    report,
)
from benchmarks.highlights import MANY, populate  # noqa: E402


def large_store(big: Path) -> Path:
    """A store of MANY highlights of ``big`` (written once into the benchmark folder, then reused)."""
    path = bench_tmp() / f"store-{MANY}-{big.stem}.json"
    if not path.exists():
        from reader.loader import load_document

        partial = path.with_suffix(".partial.json")
        partial.unlink(missing_ok=True)
        populate(str(partial), load_document(big), MANY)
        partial.replace(path)
    return path


def copy_of(store: Path) -> str:
    """A private copy of ``store`` for one run (the reader writes the reading position into it)."""
    db = fresh_db()
    shutil.copyfile(store, db)
    return db


def run(runs: int, size_mb: float) -> list[Measure]:
    big = generated_article(size_mb)
    size_label = f"{big.stat().st_size / 1024 / 1024:.0f} MB"
    store = large_store(big)
    programs = {
        "static app, seed": paint_sample(bench_app_command("baseline_static.py", str(SEED))),
        "reader, seed": reader_paint(SEED),
        f"reader, {size_label}": reader_paint(big),
        "reader, seed, large store": reader_paint(SEED, lambda: copy_of(store)),
    }
    samples = warmed_rounds(runs, programs, "startup", f"pty {big.name}")
    static, seed, large, stored = (samples[name] for name in programs)
    return [
        Measure("(a) first paint, seed", "Static app", static, seed, 1.25),
        Measure(f"(b) first paint, {size_label} article", "reader on seed", seed, large, 1.5),
        Measure(f"(info) first paint, seed, store of {MANY:,} highlights", "Static app", static, stored, None),
    ]


def main(argv: list[str] | None = None) -> int:
    args = parse_options(
        argv, __doc__, {"runs": (9, 5, "interleaved rounds")}, "a 5 MB article and fewer rounds", sized=True
    )
    return report(run(args.runs, args.size_mb))


if __name__ == "__main__":
    sys.exit(main())
