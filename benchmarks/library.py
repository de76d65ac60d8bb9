"""First paint of the library with a store of 2,000 documents and 100,000 annotations, against the seed's.

    .venv/bin/python benchmarks/library.py [--runs N] [--quick]

(issue 13) Target: ``reader library`` paints its list (the most recently opened document's title visible) in at
most 1.5x the time ``reader SEED`` takes to paint the seed's first paragraph, both on the same large store (the
store file is read and parsed before either first paint: that is the store's rule, so that a damaged store is
refused before the app takes the terminal). For information: both again on an empty store.

Method: startup.py's - each program a real process in its own 120x40 pty, a sample from just before the fork to
the output that makes the marker visible, one warm-up run of each discarded, rounds interleaved, ratio of the
medians. The store (~70 MB: 2,000 document records - 10% URLs, 90% files of which one in ten is missing - and
50 annotations each, a quarter with a speaker, 30% with a note, 20% with tags) is written once into the
benchmark folder (``$TMPDIR/reader-bench-<uid>/library-v1``) as JSON in the store's layout, and reused; nothing
in these runs writes to it (opening and quitting changes nothing).

It also prints where the library's time goes, measured in this process: parsing the store file (``Store()``),
the documents table, counting the annotations per document (from the records as stored, without building
them), building the rows (one ``stat`` per file), and - after the first paint, in a worker - building every
annotation and the search index.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._options import parse_options  # noqa: E402
from benchmarks._paint import reader_paint, warmed_rounds  # noqa: E402
from benchmarks.common import SEED, Measure, bench_tmp, fmt, fresh_db, report, seed_text  # noqa: E402

DOCUMENTS, PER_DOCUMENT = 2_000, 50
STORE_VERSION = 1
NEWEST_TITLE = "Library benchmark: the most recently opened document"
MARKER = "Library benchmark: the most"
NAMES = ("Jens Stoltenberg", "Alexander Lukashenko", "Sviatlana Tsikhanouskaya", "Ursula von der Leyen", "Mayor Holt")
TAGS = ("nato", "belarus", "sanctions", "protest", "eu", "followup", "quote")
COLORS = ("yellow", "green", "blue", "pink", "purple")


def big_library_store(documents: int = DOCUMENTS, per_document: int = PER_DOCUMENT) -> Path:
    """The store of ``documents`` x ``per_document`` annotations (written once, then reused)."""
    folder = bench_tmp() / f"library-v{STORE_VERSION}-{documents}x{per_document}"
    path = folder / "annotations.json"
    if path.exists():
        return path
    rng = random.Random(13)
    text = seed_text().replace("\n", " ")
    sentences = [s.strip() for s in text.split(". ") if len(s.strip()) > 20]
    files = folder / "docs"
    files.mkdir(parents=True, exist_ok=True)
    records: dict[str, dict[str, object]] = {}
    annotations: dict[str, dict[str, object]] = {}
    key = 1
    for d in range(documents):
        doc_id = f"sha256:{d:064x}"
        title = NEWEST_TITLE if d == 0 else f"Dispatch {d}: {rng.choice(sentences)[:60]}"
        if d % 10 == 9:
            source_path = f"https://example.org/news/{d}.html"
            source: dict[str, str] = {"kind": "html", "url": source_path, "title": title}
        else:
            source_path = str(files / f"doc-{d:04d}.txt")
            source = {"kind": "text", "path": source_path}
            if d % 10 != 5:  # one file in ten is gone
                Path(source_path).write_text(f"{title}\n\nA paragraph.\n", encoding="utf-8")
        length = rng.randint(3_000, 60_000)
        opened = (
            "2026-12-31T23:59:00.000000+00:00"
            if d == 0
            else f"2026-{1 + d % 11:02d}-{1 + d % 27:02d}T{d % 24:02d}:{d % 60:02d}:00.000000+00:00"
        )
        records[str(d + 1)] = {
            "id": doc_id, "path": source_path, "title": title, "position": rng.randint(0, length),
            "opened": opened, "source": source, "length": length,
        }  # fmt: skip
        for a in range(per_document):
            quote = rng.choice(sentences)
            start = rng.randint(0, length - 300)
            annotations[str(key)] = {
                "id": f"{d:08x}-{a:04x}-4000-8000-{key:012x}", "doc_id": doc_id, "path": source_path,
                "title": title, "start": start, "end": start + len(quote), "text": quote,
                "prefix": "the words before it ", "suffix": " and the words after", "color": rng.choice(COLORS),
                "note": rng.choice(sentences)[:80] if rng.random() < 0.3 else "",
                "tags": rng.sample(TAGS, rng.randint(1, 2)) if rng.random() < 0.2 else [],
                "speaker": rng.choice(NAMES) if rng.random() < 0.25 else None,
                "created": opened, "updated": opened, "anchor": "exact",
            }  # fmt: skip
            key += 1
    raw = {"meta": {"1": {"schema_version": 1}}, "annotations": annotations, "documents": records}
    partial = path.with_suffix(".partial")
    partial.write_text(json.dumps(raw), encoding="utf-8")
    partial.replace(path)
    return path


def where_time_goes(store_path: Path) -> list[str]:
    """The library's steps, timed in this process (one run each; for information)."""
    from reader.cli import seeds_dir
    from reader.library_index import build_rows, sort_rows
    from reader.search import SearchIndex, document_infos
    from reader.sources import readable_files
    from reader.store import Store

    lines = []
    started = time.perf_counter()
    store = Store(store_path)
    megabytes = store_path.stat().st_size / 1e6
    lines.append(f"  {f'Store() (read and parse {megabytes:.0f} MB)':<40} {fmt(time.perf_counter() - started)}")
    steps = []
    started = time.perf_counter()
    records = store.documents()
    steps.append(("documents table", time.perf_counter() - started))
    started = time.perf_counter()
    counts = store.annotation_counts()
    steps.append(("annotation counts (records as stored)", time.perf_counter() - started))
    started = time.perf_counter()
    rows = build_rows(records, counts, [], [str(p) for p in readable_files(seeds_dir())])
    sort_rows(rows, "recent")
    steps.append((f"rows ({len(rows)} documents, one stat each) and order", time.perf_counter() - started))
    started = time.perf_counter()
    annotations = store.all_annotations()
    steps.append((f"after the paint: build {len(annotations):,} annotations", time.perf_counter() - started))
    started = time.perf_counter()
    SearchIndex(annotations, document_infos(records))
    steps.append(("after the paint: the search index", time.perf_counter() - started))
    lines.extend(f"  {name:<40} {fmt(seconds)}" for name, seconds in steps)
    return lines


def run(runs: int) -> list[Measure]:
    big = big_library_store()
    empty = fresh_db()
    programs = {
        "reader SEED, large store": reader_paint(SEED, str(big)),
        "reader library, large store": reader_paint("library", str(big), MARKER),
        "reader SEED, empty store": reader_paint(SEED, empty),
        "reader library, empty store": reader_paint("library", empty, "belarus-nato-stoltenberg"),
    }
    samples = warmed_rounds(runs, programs, "library", f"store {big}")
    seed_big, library_big, seed_empty, library_empty = (samples[name] for name in programs)
    print("\nwhere the library's time goes (in-process, large store):")
    for line in where_time_goes(big):
        print(line)
    return [
        Measure("library first paint, 2,000 docs", "seed, same store", seed_big, library_big, 1.5),
        Measure("(info) library, empty store", "seed, empty store", seed_empty, library_empty, None),
        Measure("(info) seed, large vs empty store", "seed, empty store", seed_empty, seed_big, None),
    ]


def main(argv: list[str] | None = None) -> int:
    args = parse_options(argv, __doc__, {"runs": (7, 3, "interleaved rounds")}, "fewer rounds")
    return report(run(args.runs))


if __name__ == "__main__":
    sys.exit(main())
