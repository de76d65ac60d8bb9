"""Issue 12, item 7 (quitting): a store with 30,000 or 100,000 highlights piled on a short document opens,
paints and quits. It used to take minutes: every row laid thousands of overlapping highlights over its text
(Rich combines every span at every character), and `q` waited behind the painting; then the quit folded the
whole store into its file. Times are measured in benchmarks/quit.py as ratios; here the app must only finish.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

import pytest

from reader.annotation import Annotation
from reader.highlight_index import HighlightIndex, HighlightMark
from reader.store import Store
from tests.robustness import PtyApp, clean_env

TEXT = "A pile of highlights\n\n" + ("The quick brown fox jumps over the lazy dog. " * 120)[:5000] + "\n"


def overlapping_store(db: Path, count: int, seed: int = 12) -> None:
    """``count`` highlights of TEXT, each 100-3,000 characters from the first 2,000: all of them pile up."""
    from reader.document import Document

    document = Document(TEXT, path=str(db.parent / "pile.txt"))
    (db.parent / "pile.txt").write_text(TEXT, encoding="utf-8")
    rng = random.Random(seed)
    batch = []
    for number in range(count):
        start = rng.randrange(0, 2000)
        end = min(len(TEXT), start + rng.randrange(100, 3000))
        batch.append(
            Annotation.create(
                doc_id=document.id, path=document.path, title=document.title, text_of_document=TEXT,
                start=start, end=end, note="n" if number % 3 == 0 else "",
            )
        )
    Store(db).put_many(batch)


def test_visible_runs_are_the_topmost_highlight_of_each_character() -> None:
    """HighlightIndex.visible shows at each character what drawing every overlapping highlight in order
    (longest first, shorter on top) would show, and each note's end once."""
    rng = random.Random(3)
    for _ in range(200):
        marks = []
        for number in range(rng.randrange(0, 40)):
            start = rng.randrange(0, 100)
            end = start + rng.randrange(1, 40)
            marks.append(HighlightMark(f"id{number}", start, end, "yellow", rng.random() < 0.3))
        index = HighlightIndex(marks)
        start = rng.randrange(0, 100)
        end = start + rng.randrange(1, 60)
        runs, note_ends = index.visible(start, end)
        shown: dict[int, str] = {}
        for mark in index.overlapping(start, end):  # the old way: paint each, the later on top
            for position in range(max(mark.start, start), min(mark.end, end)):
                shown[position] = mark.id
        from_runs = {p: mark.id for a, b, mark in runs for p in range(a, b)}
        assert from_runs == shown
        assert all(a < b for a, b, _ in runs) and [r[0] for r in runs] == sorted(r[0] for r in runs)
        expected_notes = sorted({m.end for m in index.overlapping(start, end) if m.has_note and start < m.end <= end})
        assert note_ends == expected_notes
        assert index.overlaps(start, end) == bool(shown)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
@pytest.mark.parametrize(
    "count", [30_000, pytest.param(100_000, marks=pytest.mark.slow)], ids=["30000", "100000"]
)
def test_the_app_opens_and_quits_with_a_pile_of_overlapping_highlights(tmp_path: Path, count: int) -> None:
    db = tmp_path / "a.json"
    overlapping_store(db, count)
    before = len(Store(db).all_annotations())
    app = PtyApp([str(tmp_path / "pile.txt"), "--db", str(db)], clean_env(TERM="xterm-256color"), 80, 24)
    try:
        assert app.wait_output(b"quick brown", timeout=120), "no first paint"
        app.settle(1.0)
        app.send(b"j")
        app.settle(0.5)
        sent = time.monotonic()
        app.send(b"q")
        status = app.wait_exit(timeout=60)  # generous: it takes well under a second on an idle machine
        assert status == 0, (status, time.monotonic() - sent, bytes(app.output[-1000:]))
    finally:
        app.close()
    assert len(Store(db).all_annotations()) == before
