"""Highlights at scale: commit latency against the store's size, and key latency with 10,000 highlights.

    .venv/bin/python benchmarks/highlights.py [--repeats N] [--presses N] [--quick] [--size-mb MB] [--only commit|keys]

(i)  Commit: ``h`` on a sentence of the generated article (20 MB, 5 MB with --quick) to the highlight painted
     *and* durably stored (the background writer drained), with 10,000 annotations of that document already in
     the store, spread over its text, against the same with 100. In-process with Textual's pilot
     (``App.run_test``), once the background layout is done: press ``h``, then pause (each pause lets the app
     refresh) until ``app.writer.pending == 0``. Interleaved rounds, medians. Target <= 2.0x.
(ii) PageDown and ``j`` on the generated 20 MB article (5 MB with --quick) with 10,000 highlights spread over it,
     against Textual's TextArea on the same text: benchmarks/keys.py's method (both in pseudo-terminals, settled,
     keys typed alternately; a sample is key to the last byte of its repaint). Target <= 1.0x each.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._options import parse_options  # noqa: E402
from benchmarks.common import (  # noqa: E402
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
from benchmarks.keys import alternate_keys  # noqa: E402
from reader.annotation import Annotation  # noqa: E402
from reader.document import Document  # noqa: E402
from reader.loader import load_document  # noqa: E402
from reader.store import Store  # noqa: E402

MANY, FEW = 10_000, 100


def populate(db: str, document: Document, count: int) -> None:
    """``count`` highlights of ``document``, spread evenly over its text, written in one batch."""
    text = document.text
    step = max(1, (len(text) - 40) // count)
    batch = []
    for number in range(count):
        start = number * step
        batch.append(
            Annotation.create(
                doc_id=document.id,
                path=document.path,
                title=document.title,
                text_of_document=text,
                start=start,
                end=min(len(text), start + 30),
                note=f"note {number}" if number % 7 == 0 else "",
            )
        )
    Store(db).put_many(batch)


async def _commits(db: str, document: Document, presses: int) -> list[float]:
    from reader.ui.app import ReaderApp

    app = ReaderApp(store=Store(db), paths=[Path(document.path)], document=document)
    samples: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        while not screen.article.layout_rows.complete:  # type: ignore[attr-defined]
            await pilot.pause(0.05)  # measure a settled app: the background layout is the same work either way
        targets = [block.segments[0][0] for block in document.blocks[1:]] or [0]
        for number in range(presses):
            screen.article.move_to(targets[number % len(targets)])  # type: ignore[attr-defined]
            await pilot.pause()
            began = time.perf_counter()
            await pilot.press("h")
            while app.writer.pending:
                await pilot.pause()
            await pilot.pause()  # one more refresh: the panel's "saved" state is painted
            samples.append(time.perf_counter() - began)
    app.store.close()
    return samples


def commit(repeats: int, presses: int, size_mb: float) -> Measure:
    # The highlights live on a long article, as in (ii): 10,000 on the 2.5 kB seed would stack hundreds on every
    # character, which measures something no reader does rather than the store's and panel's scaling.
    document = load_document(generated_article(size_mb))
    dbs = {}
    for count in (FEW, MANY):
        dbs[count] = fresh_db()
        populate(dbs[count], document, count)
        size = Path(dbs[count]).stat().st_size
        print(f"  store with {count} annotations: {size / 1024 / 1024:.1f} MB", flush=True)
    samples: dict[int, list[float]] = {FEW: [], MANY: []}
    for round_number in range(repeats):
        order = (FEW, MANY) if round_number % 2 == 0 else (MANY, FEW)
        for count in order:
            got = asyncio.run(_commits(dbs[count], document, presses))
            samples[count].extend(got)
            print(f"  round {round_number + 1}/{repeats} {count:>6} annotations: median of {presses} "
                  f"{fmt(sorted(got)[len(got) // 2])}", flush=True)  # fmt: skip
    return Measure("(i) highlight commit, 10k vs 100", "100 in store", samples[FEW], samples[MANY], 2.0)


def keys(presses: int, size_mb: float) -> list[Measure]:
    big = generated_article(size_mb)
    document = load_document(big)
    db = fresh_db()
    populate(db, document, MANY)
    size_label = f"{big.stat().st_size / 1024 / 1024:.0f} MB"
    print(f"keys with {MANY} highlights: {presses} presses of each key in each program ({big.name})", flush=True)
    reader = PtyProcess(reader_command(big, db))
    area = PtyProcess(bench_app_command("baseline_textarea.py", str(big)))
    try:
        samples = alternate_keys(reader, area, presses)
    finally:
        reader.stop()
        area.stop()
    return [
        Measure(f"(ii) PageDown, {size_label}, 10k highlights", "TextArea", samples["ap"], samples["rp"], 1.0),
        Measure(f"(ii) j, {size_label}, 10k highlights", "TextArea Down", samples["aj"], samples["rj"], 1.0),
    ]


def main(argv: list[str] | None = None) -> int:
    counts = {"repeats": (5, 3, "app runs per store size, alternating"), "presses": (9, 5, "presses per run / per key")}
    args = parse_options(
        argv,
        __doc__,
        counts,
        "a 5 MB article, 3 repeats and 5 presses",
        sized=True,
        more=lambda parser: parser.add_argument("--only", choices=("commit", "keys"), default=None),
    )
    size, repeats, presses = args.size_mb, args.repeats, args.presses
    measures: list[Measure] = []
    try:
        if args.only in (None, "commit"):
            print(f"commit: {repeats} runs x {presses} highlights per store size, alternating", flush=True)
            measures.append(commit(repeats, presses, size))
        if args.only in (None, "keys"):
            measures.extend(keys(presses, size))
    finally:
        cleanup_tmp_dbs()
    return report(measures)


if __name__ == "__main__":
    sys.exit(main())
