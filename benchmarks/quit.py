"""Quitting with a huge store: `q` to the end of the process, as ratios against quitting with an empty store.

    .venv/bin/python benchmarks/quit.py [--runs N] [--quick]

(issue 12, item 7) A 5,000-character document whose store holds 30,000 highlights piled on it (each 100-3,000
characters from its first 2,000, so thousands overlap on every row), and, without --quick, 100,000 of them,
against the same document with an empty store. Target: <= 2.0x each (quitting takes well under a second
whatever the store holds; before the fix, 30,000 took about a minute and 100,000 several).

Each run is the installed ``reader`` in its own pseudo-terminal (120x40) on a copy of the prepared store (built
once with ``Store.put_many``, outside the repository). The run waits for the first paint and then for the app
to be idle (output quiet and almost no CPU used, see ``PtyProcess.wait_idle``): what is timed is the quit, not
the opening. A sample is from writing ``q`` to the pty to the process's exit (``waitpid``). Rounds alternate
the order of the programs; each measure is the ratio of the medians.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import (  # noqa: E402
    Measure,
    PtyProcess,
    bench_tmp,
    cleanup_tmp_dbs,
    fresh_db,
    interleaved,
    reader_command,
    report,
)
from reader.annotation import Annotation  # noqa: E402
from reader.document import Document  # noqa: E402
from reader.store import Store  # noqa: E402

TEXT = "A pile of highlights\n\n" + ("The quick brown fox jumps over the lazy dog. " * 120)[:5000] + "\n"
MARKER = "quick brown fox"


def document_path() -> Path:
    path = bench_tmp() / "pile-of-highlights.txt"
    if not path.exists() or path.read_text(encoding="utf-8") != TEXT:
        path.write_text(TEXT, encoding="utf-8")
    return path


def prepared_store(count: int) -> Path:
    """A store of ``count`` overlapping highlights of the document (built once, reused between runs)."""
    path = bench_tmp() / f"pile-store-{count}-v1" / "annotations.json"
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    document = Document(TEXT, path=str(document_path()))
    rng = random.Random(count)
    batch = []
    for _ in range(count):
        start = rng.randrange(0, 2000)
        end = min(len(TEXT), start + rng.randrange(100, 3000))
        batch.append(
            Annotation.create(
                doc_id=document.id, path=document.path, title=document.title, text_of_document=TEXT,
                start=start, end=end,
            )
        )
    Store(path).put_many(batch)
    return path


def time_quit(store: Path | None) -> float:
    """Seconds from `q` to the exit of a reader on a copy of ``store`` (None: an empty store)."""
    db = fresh_db()
    if store is not None:
        shutil.copyfile(store, db)
    process = PtyProcess(reader_command(document_path(), db)).start(watch_for=MARKER)
    try:
        process.wait_for_marker(600)
        if process.wait_idle(1.0, 600) is None:
            raise RuntimeError("the reader never became idle")
        return process.exit_time(b"q", 300)
    finally:
        process.stop()


def run(runs: int, counts: list[int]) -> list[Measure]:
    stores = {count: prepared_store(count) for count in counts}
    programs = {"empty store": lambda: time_quit(None)}
    for count, store in stores.items():
        programs[f"{count} highlights"] = lambda store=store: time_quit(store)  # type: ignore[misc]
    samples = interleaved(runs, programs)
    cleanup_tmp_dbs()
    return [
        Measure(f"quit, {count:,} overlapping highlights", "empty store", samples["empty store"],
                samples[f"{count} highlights"], 2.0)
        for count in counts
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="30,000 highlights only, 3 runs")
    args = parser.parse_args(argv)
    runs = 3 if args.quick else args.runs
    return report(run(runs, [30_000] if args.quick else [30_000, 100_000]))


if __name__ == "__main__":
    sys.exit(main())
