"""A large document's quotations found by several processes at once (``reader quotes`` on a large file).

Finding is pure Python, ~2.2 M characters a second on one core (benchmarks/quotes_speed.py): a 20 MB file took
~9 s. Most of it (~70%) is attributing speakers, which :class:`reader.quotes.Detection` already does range by
range, each range's result independent of the others (the background finder relies on the same cut). So once
the whole-document step is done, the ranges are shared out: forked children attribute some of them while this
process does the others, and each child sends its quotations back as one :mod:`reader.quotes.table`
payload. The whole-document step overlaps too: a child reads the text's lower-case words and runs of capitalised
words (:func:`reader.quotes.speakers.read_words`, ~1.3 s on 20 MB) while this process pairs the marks. The result
is exactly the one-process result (tests/unit/test_quotes_parallel.py checks it).

Decisions:
* Only above :data:`PARALLEL_MIN_CHARS` (below it a fork costs more than it saves) and only where ``fork`` is;
  the forks and the fall-back are :func:`reader.forking.in_child`'s: a child that fails has its share done here.
* Only the CLI asks for it (:mod:`reader.quotes.cli`): a fork from a process whose other threads run Python
  (the app) could leave the child waiting on a lock one of them held. The app has its own background finder
  (:mod:`reader.quotes.background`), one child beside the UI: a second busy process there would take the core
  the keys need, and its memory would count against issue 14's budget.
* The ranges (:meth:`~reader.quotes.Detection.ranges`, ~:data:`RANGE_CHARS` each) are dealt out in turn, not
  cut into halves: attribution's cost per character varies along an article (with the density of quotations and
  names), and halves left one process waiting ~1 s for the other on 20 MB.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from reader.forking import in_child
from reader.quotes.pause import paused_gc
from reader.quotes.table import Payload, QuotationTable, encode

if TYPE_CHECKING:
    from reader.document import Document
    from reader.quotes import Detection, Quotation

PARALLEL_MIN_CHARS = 1_000_000
"""Documents shorter than this are done in one process (~0.45 s of finding at 1 MB)."""

RANGE_CHARS = 200_000
"""About how much text each range of :meth:`~reader.quotes.Detection.ranges` covers (fine enough to balance)."""


def usable_cores() -> int:
    """How many cores this process may run on (the affinity mask where there is one)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def find_in_processes(document: Document, processes: int) -> list[Quotation]:
    """:func:`reader.quotes.find_quotations` in up to ``processes`` processes (this one and forked children)."""
    from reader.quotes import Detection, _detect
    from reader.quotes.speakers import read_words

    text = document.text
    if processes < 2 or len(text) < PARALLEL_MIN_CHARS or not hasattr(os, "fork"):
        return _detect(document)
    read = in_child(lambda: read_words(text), _are_words)
    detection = Detection(document, read=read)
    ranges = detection.ranges(RANGE_CHARS)
    parts = min(processes, len(ranges))
    if parts < 2:
        return _attribute(detection, ranges)
    shares = [ranges[part::parts] for part in range(parts)]  # dealt out in turn: each gets some of every stretch
    later = [_start(detection, share) for share in shares[1:]]
    results = [_attribute(detection, shares[0])]
    results += [_take(text, collect, partial(_attribute, detection, share))
                for share, collect in zip(shares[1:], later, strict=True)]
    # back in document order: range i is the (i // parts)-th of share i % parts
    found: list[Quotation] = []
    taken = [0] * parts
    for number, (lo, hi) in enumerate(ranges):
        part = number % parts
        found.extend(results[part][taken[part] : taken[part] + hi - lo])
        taken[part] += hi - lo
    return found


def _are_words(value: object) -> bool:
    from reader.quotes.people import NameScan

    return (isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], set)
            and isinstance(value[1], NameScan))


def _attribute(detection: Detection, share: list[tuple[int, int]]) -> list[Quotation]:
    """The quotations of the ranges of ``share``, one range after the other."""
    found: list[Quotation] = []
    with paused_gc():  # a collection would walk, and so copy into a child, every page of the parent's objects
        for lo, hi in share:
            found.extend(detection.attribute(lo, hi))
            detection.forget()
    return found


def _start(detection: Detection, share: list[tuple[int, int]]) -> Callable[[], Payload]:
    """A child attributing ``share`` now; the function returned waits for its payload."""
    text = detection.text
    return in_child(lambda: encode(text, 0, _attribute(detection, share), len(text), True),
                    lambda value: isinstance(value, tuple) and len(value) == 12)


def _take(text: str, collect: Callable[[], Payload], here: Callable[[], list[Quotation]]) -> list[Quotation]:
    """The quotations of a child's payload, or ``here()``'s when the payload is not a valid one."""
    table = QuotationTable(text)
    try:
        table.add(collect())
    except (ValueError, TypeError):
        return here()
    return list(table)
