"""A writer process for the store's crash and two-process tests.

    python store_writer.py DB churn [SEED]   add, update and delete annotations until killed
    python store_writer.py DB add N          add N annotations, then exit

With STORE_WRITER_JOURNAL=N in the environment, every write goes through the journal (even on a small store)
and the journal is folded into the store file every N operations.

Each line is printed (and flushed) only after the call it reports has returned, so the parent knows which
writes were complete when it killed this process:

    a ID       added            u ID N     note set to "N" (N increases)
    D ID       about to delete  d ID       deleted
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reader.annotation import Annotation  # noqa: E402
from reader.store import Store  # noqa: E402
from reader.store import database as store_module  # noqa: E402

if os.environ.get("STORE_WRITER_JOURNAL"):
    store_module.DIRECT_WRITE_BYTES = 0
    store_module.COMPACT_ENTRIES = int(os.environ["STORE_WRITER_JOURNAL"])

TEXT = "Title\n\nThe quick brown fox jumps over the lazy dog. " * 4


def make(doc: str) -> Annotation:
    return Annotation.create(doc_id=doc, path="doc.txt", title="Doc", text_of_document=TEXT, start=7, end=26)


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def churn(store: Store, rng: random.Random) -> None:
    mine: list[Annotation] = []
    counter = 0
    while True:
        roll = rng.random()
        if mine and roll < 0.2:
            victim = mine.pop(rng.randrange(len(mine)))
            say(f"D {victim.id}")
            store.delete(victim.id)
            say(f"d {victim.id}")
        elif mine and roll < 0.45:
            counter += 1
            index = rng.randrange(len(mine))
            mine[index] = mine[index].edited(note=str(counter))
            store.update(mine[index])
            say(f"u {mine[index].id} {counter}")
        else:
            annotation = make("sha256:crash")
            store.add(annotation)
            mine.append(annotation)
            say(f"a {annotation.id}")


def main() -> int:
    db, mode = sys.argv[1], sys.argv[2]
    store = Store(db)
    if mode == "churn":
        churn(store, random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else None))
    else:
        for _ in range(int(sys.argv[3])):
            annotation = make(f"sha256:{mode}")
            store.add(annotation)
            say(f"a {annotation.id}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
