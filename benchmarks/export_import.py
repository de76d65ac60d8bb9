"""Export and import of 50,000 annotations, against plain ``json`` doing the same I/O.

Method (every figure is the best of ``--repeats`` runs, all measured in the same process, same data):

* **export**: ``dumps_native(documents, exported_at)`` - sorting and rendering the native JSON from
  ``Annotation`` objects - against ``json.dumps`` of the same records already as a list of dicts, with the
  same options (``ensure_ascii=False, indent=2``: the same bytes). The ratio against compact ``json.dumps``
  (the C encoder, no indent) is printed too, as the harder yardstick. Then the same to a file: our atomic write
  (temp file, fsync, rename) against ``Path.write_text``.
* **import**: what ``reader import`` does after reading the file - ``json.loads``, full validation into store
  records (``parse_import_records``), the merge plan against the (empty) store, and one ``Store.put_records``
  into a fresh store - against ``json.loads`` of the same text plus one ``put_many`` of ready-made annotations
  into a fresh store.

Targets: each ratio at most 3x. Run: ``.venv/bin/python benchmarks/export_import.py [--n 50000] [--repeats 3]``.

**Whole process** (issue 14; ``--whole-runs N``, 0 to skip): what a user waits for, process start to exit,
interleaved rounds, ratio of medians, printed as RESULT lines:

* ``reader import FILE --db NEW`` of the native export of the 50,000 annotations, against
  ``python -c 'json.dumps(json.load(open(FILE)))'`` on the same file (the same interpreter). Target <= 1.5x.
* ``reader export --db STORE -o OUT`` of the store that import wrote, against ``json.load`` + ``json.dumps``
  of that store file (information).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Measure, bench_tmp, interleaved, report  # noqa: E402
from reader.annotation import COLORS, Annotation  # noqa: E402
from reader.formats import ExportDocument, group_by_document  # noqa: E402
from reader.formats.atomic import write_atomic  # noqa: E402
from reader.formats.native import dumps_native  # noqa: E402
from reader.store import Store  # noqa: E402
from reader.transfer import parse_import_records, plan_merge_records  # noqa: E402

T = TypeVar("T")
EXPORTED_AT = "2026-11-25T14:00:00.000000+00:00"
WORDS = (
    "the minister said on tuesday that talks would continue — «nous verrons» — while critics "
    'warned שלום 😀 of delays and "serious" consequences for the region\'s economy'
).split()


def make_annotations(n: int, documents: int = 50, seed: int = 7) -> list[Annotation]:
    rng = random.Random(seed)
    doc_ids = [f"sha256:{rng.getrandbits(256):064x}" for _ in range(documents)]
    result = []
    for i in range(n):
        doc = i % documents
        start = rng.randrange(0, 200_000)
        text = " ".join(rng.choices(WORDS, k=rng.randrange(5, 40)))
        result.append(
            Annotation(
                id=f"{rng.getrandbits(128):032x}",
                doc_id=doc_ids[doc],
                path=f"articles/article-{doc:03d}.txt",
                title=f"Article {doc}",
                start=start,
                end=start + len(text),
                text=text,
                prefix=" ".join(rng.choices(WORDS, k=5))[:32],
                suffix=" ".join(rng.choices(WORDS, k=5))[:32],
                color=rng.choice(COLORS),
                note=" ".join(rng.choices(WORDS, k=rng.randrange(0, 30))) if rng.random() < 0.4 else "",
                tags=tuple(rng.sample(["politics", "economy", "quote", "to check"], k=rng.randrange(0, 3))),
                speaker="Jens Stoltenberg" if rng.random() < 0.2 else None,
                created=f"2026-0{1 + i % 9}-1{i % 10}T10:00:00.{i % 1000000:06d}+00:00",
                updated=f"2026-0{1 + i % 9}-1{i % 10}T11:00:00.{i % 1000000:06d}+00:00",
                anchor="exact" if rng.random() < 0.95 else "orphan",
            )
        )
    return result


def best(repeats: int, run: Callable[[], object]) -> float:
    """The fastest of ``repeats`` runs, in seconds."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def best_with(repeats: int, setup: Callable[[], T], run: Callable[[T], object]) -> float:
    """Like :func:`best`, with a fresh ``setup()`` (not timed) before each run."""
    times = []
    for _ in range(repeats):
        state = setup()
        started = time.perf_counter()
        run(state)
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=50_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--store-repeats", type=int, default=None, help="repeats of the runs that write a store")
    parser.add_argument("--whole-runs", type=int, default=5, help="rounds of the whole-process runs (0: none)")
    parser.add_argument("--quick", action="store_true", help="3 repeats and 3 whole-process rounds")
    args = parser.parse_args()
    n, repeats = args.n, args.repeats
    if args.quick:
        repeats, args.whole_runs = min(repeats, 3), min(args.whole_runs, 3)

    annotations = make_annotations(n)
    documents: list[ExportDocument] = group_by_document(annotations)
    records = [a.to_dict() for a in annotations]
    text = dumps_native(documents, EXPORTED_AT)
    print(f"{n:,} annotations in {len(documents)} documents; native export {len(text.encode()) / 1e6:.1f} MB")

    ours = best(repeats, lambda: dumps_native(documents, EXPORTED_AT))
    same = best(repeats, lambda: json.dumps(records, ensure_ascii=False, indent=2))
    compact = best(repeats, lambda: json.dumps(records, ensure_ascii=False))
    print(f"export to a string   {ours:8.3f} s   json.dumps(indent=2) {same:8.3f} s   ratio {ours / same:5.2f}x")
    print(f"{'':20} {'':10}   json.dumps(compact)  {compact:8.3f} s   ratio {ours / compact:5.2f}x")

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "export.json"
        plain = Path(folder) / "plain.json"
        ours_file = best(repeats, lambda: write_atomic(out, dumps_native(documents, EXPORTED_AT)))
        same_file = best(
            repeats, lambda: plain.write_text(json.dumps(records, ensure_ascii=False, indent=2), encoding="utf-8")
        )
        print(
            f"export to a file     {ours_file:8.3f} s   json.dumps+write     {same_file:8.3f} s   "
            f"ratio {ours_file / same_file:5.2f}x"
        )

        counter = iter(range(10**9))

        def fresh_store() -> Store:
            return Store(Path(folder) / f"store-{next(counter)}.json")

        def our_import(store: Store) -> None:
            records = {r.id: r for r in store.documents()}
            incoming, sources = parse_import_records(json.loads(text), records)
            existing = {a.id: a.updated for a in store.all_annotations()}
            plan = plan_merge_records(existing, incoming, records, sources)
            store.put_records(plan.changes, documents=plan.documents)

        def plain_import(store: Store) -> None:
            json.loads(text)
            store.put_many(annotations)

        store_repeats = args.store_repeats or repeats
        ours_import = best_with(store_repeats, fresh_store, our_import)
        plain_time = best_with(store_repeats, fresh_store, plain_import)
        loads = best(repeats, lambda: json.loads(text))
        parse = best(repeats, lambda: parse_import_records(json.loads(text), {}))
        print(
            f"import               {ours_import:8.3f} s   json.loads+put_many  {plain_time:8.3f} s   "
            f"ratio {ours_import / plain_time:5.2f}x"
        )
        print(
            f"  (of which json.loads {loads:.3f} s, json.loads+parse_import_records {parse:.3f} s: "
            f"validation is {parse / loads:.2f}x json.loads; put_many {plain_time - loads:.3f} s)"
        )
    if args.whole_runs <= 0:
        return 0
    return report(whole_process(text, args.whole_runs))


def _timed(argv: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def whole_process(text: str, runs: int) -> list[Measure]:
    """``reader import`` and ``reader export`` as processes against ``json.load`` + ``json.dumps`` of the same
    file in a process of the same interpreter (see the module note)."""
    folder = Path(tempfile.mkdtemp(prefix="export-import-", dir=bench_tmp()))
    try:
        export_file = folder / "export.json"
        export_file.write_text(text, encoding="utf-8")
        reader = [sys.executable, "-m", "reader"]
        plain = "import json, sys; json.dumps(json.load(open(sys.argv[1], encoding='utf-8')))"
        counter = iter(range(10**9))
        store = folder / "store" / "annotations.json"
        store.parent.mkdir()
        subprocess.run([*reader, "import", str(export_file), "--db", str(store)], check=True, stdout=subprocess.DEVNULL)

        def our_import() -> float:
            db = folder / f"import-{next(counter)}" / "annotations.json"
            db.parent.mkdir()
            try:
                return _timed([*reader, "import", str(export_file), "--db", str(db)])
            finally:
                shutil.rmtree(db.parent, ignore_errors=True)

        programs = {
            "json.load+dumps, export file": lambda: _timed([sys.executable, "-c", plain, str(export_file)]),
            "reader import": our_import,
            "json.load+dumps, store file": lambda: _timed([sys.executable, "-c", plain, str(store)]),
            "reader export": lambda: _timed(
                [*reader, "export", "--db", str(store), "-o", str(folder / "out.json")]
            ),
        }
        print(f"whole processes: {runs} interleaved rounds", flush=True)
        samples = interleaved(runs, programs)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return [
        Measure("import 50k, whole process", "json.load+dumps", samples["json.load+dumps, export file"],
                samples["reader import"], 1.5),
        Measure("export 50k, whole process", "json.load+dumps", samples["json.load+dumps, store file"],
                samples["reader export"], None),
    ]


if __name__ == "__main__":
    raise SystemExit(main())
