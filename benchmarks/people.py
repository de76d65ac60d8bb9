"""The People list over 2,000 documents: the first build of the quotations cache, then the list once it exists.

Issue 13's target: "people list after the cache exists: under 1 s for 2,000 documents". Method, all in one run:

* 2,000 small articles (plain text, ~1.5 KB each, 3-6 attributed quotations from a pool of 285 names) are written
  to a temporary folder, with a store that remembers each as opened (its TinyDB file written directly: 2,000
  ``remember_document`` calls would time the store, not this). The cache is a fresh ``READER_CACHE_DIR``.
* **first build**: ``PeopleIndex(Store(db)).refresh()`` + ``people()`` on the empty cache: every document read
  and the real finder run on each (reported, no target: it happens once, and again only for what changed).
* **warm list, in process**: what the People screen's worker does after that: open the store, refresh (``stat``
  each source, read the one index file), aggregate - the median of ``--repeats``. Target: under 1 s.
* **warm list, ``reader people``** as a process (interpreter start and imports included): median of a few runs.
* For the decision to keep one index file: the same aggregation reading the 2,000 per-document entry files
  instead (what the list would cost without the index), as a ratio to the warm list.
* One source touched (same text) and one changed: the refresh re-reads only those.

Run: ``.venv/bin/python benchmarks/people.py [--documents 2000] [--repeats 5] [--quick]``. Exits 1 when the warm list
misses its target.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.document import document_id  # noqa: E402

FIRST = "Anna Jens Maria Pekka Olga Ivan Sofia Lars Ines Tomas Marta Karl Lena Piotr Eva Hugo Clara Omar Nina".split()
LAST = "Berg Holt Lopez Virtanen Novak Petrov Rossi Nilsson Duarte Kral Weber Schultz Kowalski Dubois Moreau".split()
VERBS = ("said", "told reporters", "added", "warned", "said on Monday")
SENTENCES = (
    "We will keep talking until there is a result",
    "Nobody expected the talks to end this way",
    "The plan is sound and the money is there",
    "This is a difficult week for everyone involved",
    "We have asked for more time and we will get it",
    "The door remains open to anyone who wants to talk",
)
FILLER = (
    "The meeting ran late into the evening. Delegates from several countries took part, and the agenda covered "
    "trade, energy and the coming winter. Observers noted that the tone had changed since the spring."
)


def article(number: int, rng: random.Random, names: list[str]) -> str:
    parts = [f"Report number {number}: talks in the capital", "", FILLER]
    for _ in range(rng.randint(3, 6)):
        name = rng.choice(names)
        parts += ["", f"“{rng.choice(SENTENCES)},” {rng.choice(VERBS)} {name}, speaking after the session.", "",
                  FILLER]
    return "\n".join(parts) + "\n"


def make_library(folder: Path, count: int) -> Path:
    rng = random.Random(13)
    names = sorted({f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(2000)})
    documents: dict[str, dict[str, object]] = {}
    docs = folder / "docs"
    docs.mkdir()
    for number in range(count):
        text = article(number, rng, names)
        path = docs / f"report-{number:04d}.txt"
        path.write_text(text, encoding="utf-8")
        documents[str(number + 1)] = {
            "id": document_id(text),
            "path": str(path),
            "title": text.split("\n", 1)[0],
            "position": None,
            "opened": f"2026-01-{1 + number % 28:02d}T10:00:00.000000+00:00",
            "source": {"kind": "text", "path": str(path)},
        }
    db = folder / "annotations.json"
    db.write_text(json.dumps({"meta": {"1": {"schema_version": 1}}, "annotations": {}, "documents": documents}))
    return db


def timed(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="3 repeats instead of 5 (still 2,000 documents)")
    args = parser.parse_args()
    if args.quick:
        args.repeats = 3
    with tempfile.TemporaryDirectory(prefix="reader-people-") as tmp:
        folder = Path(tmp)
        os.environ["READER_CACHE_DIR"] = str(folder / "cache")
        from reader import people_index
        from reader.people_index import PeopleIndex
        from reader.store import Store

        db = make_library(folder, args.documents)

        def listing() -> int:
            index = PeopleIndex(Store(db))
            index.refresh()
            return len(index.people())

        first = timed(listing)
        people = listing()
        warm = statistics.median(timed(listing) for _ in range(args.repeats))

        def without_index() -> int:
            store = Store(db)
            counted = 0
            for record in store.documents():
                entry = people_index.read_entry(record.id)
                counted += len(entry[1]) if entry else 0
            return counted

        entries = statistics.median(timed(without_index) for _ in range(args.repeats))
        command = [sys.executable, "-m", "reader", "people", "--db", str(db)]
        root = Path(__file__).resolve().parent.parent
        cli = statistics.median(
            timed(lambda: subprocess.run(command, check=True, capture_output=True, cwd=root)) for _ in range(3)
        )
        touched, changed = folder / "docs" / "report-0001.txt", folder / "docs" / "report-0002.txt"
        os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))
        changed.write_text(changed.read_text(encoding="utf-8") + "\n“One more thing,” said Anna Berg.\n", "utf-8")
        index = PeopleIndex(Store(db))
        start = time.perf_counter()
        report = index.refresh()
        after_change = time.perf_counter() - start

    print(f"people over {args.documents} documents ({people} people quoted)")
    print(f"  first build (empty cache, finder on every document): {first:.2f} s")
    print(f"  warm list, in process (median of {args.repeats}): {warm * 1000:.0f} ms   target < 1000 ms  "
          f"{'OK' if warm < 1.0 else 'MISSED'}")
    print(f"  warm list, `reader people` as a process (median of 3): {cli * 1000:.0f} ms")
    print(f"  warm list / first build: {warm / first:.3f}")
    print(f"  reading the {args.documents} entry files instead of the index: {entries * 1000:.0f} ms "
          f"({entries / warm:.1f}x the warm list)")
    print(f"  one file touched, one changed: refresh {after_change * 1000:.0f} ms "
          f"(re-read {report.reread}, finder ran {report.built})")
    return 0 if warm < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
