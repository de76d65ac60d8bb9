"""Finding quotations is linear in the text: a text 16 times as long takes about 16 times as long.

Not a speed test (speed is benchmarks/quotes_speed.py's, as ratios): a complexity guard. A backward search
that read the whole text before each quotation once made finding quadratic (9 s on 2 MB instead of 0.9 s), and a
timing on a small text did not show it. Linear finding gives a ratio of about 16 here, the quadratic one about
70; the bound (35) leaves room for a shared, noisy machine, and each size takes the best of three runs (CPU time).
"""

from __future__ import annotations

import time

from reader.document import Document
from reader.quotes import find_quotations

_NAMES = ["Smith", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Alvarez", "Kowalski", "Nguyen"]


def _article(paragraphs: int) -> str:
    """News-like paragraphs with straight marks and no '". ' (so no backward search stops early)."""
    out = []
    for number in range(paragraphs):
        name = _NAMES[number % len(_NAMES)]
        out.append(
            f'"We will look at the figures for district {number} again," {name} said on Monday. '
            f"The council met for the {number}th time, and the vote was put off until the spring."
        )
    return "\n\n".join(out)


def _cpu_seconds(text: str) -> float:
    document = Document.from_text(text)
    document.finish_parsing()
    best = float("inf")
    for _ in range(3):
        began = time.process_time()
        found = find_quotations(document)
        best = min(best, time.process_time() - began)
    assert found, "the article has quotations"
    return best


def test_finding_quotations_is_linear_in_the_text() -> None:
    small = _cpu_seconds(_article(500))
    large = _cpu_seconds(_article(8000))
    assert large / small < 35, f"16x the text took {large / small:.1f}x as long (linear is ~16)"
