"""A large document's quotations found by several processes at once (``reader quotes`` on a large file).

Finding is pure Python, ~2.2 M characters a second on one core (benchmarks/quotes_speed.py): a 20 MB file took
~9 s. Most of it (~70%) is attributing speakers, which :class:`reader.quotes.Detection` already does range by
range, each range's result independent of the others (the background finder relies on the same cut). So once
the whole-document step is done, forked children and this process take the ranges one at a time, and each
child sends its quotations back through :func:`reader.forking.in_child`'s pipe. The whole-document step overlaps
too: a child reads the text's runs of capitalised words and most of its lower-case words
(:func:`reader.quotes.text_words.read_words`, ~1.3 s on 20 MB) while this process pairs the marks (and then reads
the rest of the words itself), and once the quotations are known another child classifies them
(:meth:`reader.quotes.Detection.kinds_of`, ~12% of the ranges' work) while this process builds the people index,
which nothing else could do meanwhile. The result is exactly the one-process result (tests/unit/test_quotes_parallel.py
checks it).

Decisions:
* Only above :data:`PARALLEL_MIN_CHARS` (below it a fork costs more than it saves) and only where ``fork`` is;
  the forks and the fall-back are :func:`reader.forking.in_child`'s: a child that fails has its share done here.
* Children are not waited for once their quotations are in (``reap=False``: the command ends soon after). Their
  answers are waited for with no deadline: a child runs this process's own code on data already in memory, so
  one that hangs is a bug, not an input, and a deadline would have to guess how long a healthy child takes on a
  slow, busy machine.
* Only the CLI asks for it (:mod:`reader.quotes.cli`): a fork from a process whose other threads run Python
  (the app) could leave the child waiting on a lock one of them held. The app has its own background finder
  (:mod:`reader.quotes.background`), one child beside the UI: a second busy process there would take the core
  the keys need, and its memory would count against issue 14's budget.
* The ranges (:meth:`~reader.quotes.Detection.ranges`, ~:data:`RANGE_CHARS` each) are taken one at a time by
  whichever process is free (their numbers are read from a shared pipe, :class:`_Tickets`), not cut into halves
  nor dealt out in turn: attribution's cost per character varies along an article, and a forked child runs
  slower than its parent (it copies the pages it writes to): halves left one process waiting ~1 s for the other
  on 20 MB, and ranges dealt in turn 0.2-0.7 s.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable, Iterable, Iterator
from itertools import starmap
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from reader.errors import ReaderError
from reader.forking import in_child
from reader.quotes.pause import paused_gc

if TYPE_CHECKING:
    from reader.document import Document
    from reader.quotes import Detection, Quotation
    from reader.quotes.text_words import TextWords

PARALLEL_MIN_CHARS = 1_000_000
"""Documents shorter than this are done in one process (~0.45 s of finding at 1 MB)."""

HERE_SHARE = 0.3
"""The share of the text whose lower-case words this process reads itself, after pairing the marks (the child's
name scan and the rest of the words then end about when this process is ready for them, on 20 MB)."""

RANGE_CHARS = 200_000
"""About how much text each range of :meth:`~reader.quotes.Detection.ranges` covers (fine enough to balance)."""

MAX_RANGES = 1_000
"""At most about this many ranges: their numbers (4 bytes each) are written to the pipe before anyone reads it,
so they must fit in its buffer (64 KiB on Linux, 16 KiB at first on macOS); a 100 MB file has ~500."""

Shared = tuple[list[int], list[tuple[Any, ...]]]
"""What a child sends back: (range number, count, range number, count...) and the quotations it found, each as
a tuple of its fields (a frozen dataclass unpickles ~4x slower than a tuple and a call)."""


def usable_cores() -> int:
    """How many cores this process may run on (the affinity mask where there is one)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def find_in_processes(document: Document, processes: int) -> list[Quotation]:
    """:func:`reader.quotes.find_quotations` with up to ``processes`` processes attributing the ranges (this one
    and forked children; before that, two children read the words and classify the quotations, three processes
    busy at once for a moment).

    The cyclic collector is paused for all of it, and the children, forked meanwhile, inherit the pause: a
    collection would walk every object of the parent (and in a child, so copy its pages: ~0.2 s on 20 MB), and
    what the children send back is many objects at once."""
    with paused_gc():
        return _find_in_processes(document, processes)


def _find_in_processes(document: Document, processes: int) -> list[Quotation]:
    from reader.quotes import Detection, _detect
    from reader.quotes.names import lower_case_words
    from reader.quotes.text_words import read_words

    text = document.text
    if processes < 2 or len(text) < PARALLEL_MIN_CHARS or not hasattr(os, "fork"):
        return _detect(document)
    # The child reads the name runs and the lower-case words after ``cut``; this process reads those before it
    # once its own part is done (words are whitespace-separated chunks: cut at a space, the union is the same)
    cut = text.find(" ", int(len(text) * HERE_SHARE))
    cut = len(text) if cut < 0 else cut
    theirs_read = in_child(lambda: read_words(text, cut), _are_words, reap=False)

    def read() -> TextWords:
        lowered = lower_case_words(text[:cut])
        theirs, scan = theirs_read()
        lowered |= theirs
        return lowered, scan

    detection = Detection(document, read=read, classify_meanwhile=_classify_in_child)
    ranges = detection.ranges(max(RANGE_CHARS, len(text) // MAX_RANGES))
    parts = min(processes, len(ranges))
    if parts < 2:
        return _attribute(detection, ranges, range(len(ranges)))[1]
    found: dict[int, list[Quotation]] = {}
    with _Tickets(len(ranges)) as tickets:
        children = [_start(detection, ranges, tickets) for _ in range(parts - 1)]
        found.update(_by_range(*_attribute(detection, ranges, tickets)))
        for collect in children:
            found.update(_take(collect))
    for number, (lo, hi) in enumerate(ranges):  # the ranges of a child that failed after taking them
        if number not in found:
            detection.forget()  # (as every range starts: see Attributor.forget)
            found[number] = detection.attribute(lo, hi)
    return [quotation for number in range(len(ranges)) for quotation in found[number]]


def _classify_in_child(work: Callable[[], bytes]) -> Callable[[], bytes]:
    """``work`` (:meth:`~reader.quotes.Detection.kinds_of`) in a forked child; what waits for it gives nothing
    when the child fails in any way (the kinds only save time: :meth:`~reader.quotes.Detection.attribute` then
    classifies each range as usual, in every process, rather than this one classifying them all before sharing
    the ranges out), and so does a fork that fails."""
    collect = in_child(work, _are_kinds, reap=False, fallback=bytes)
    if collect is work:  # no fork: nothing done meanwhile
        return bytes

    def kinds() -> bytes:
        try:
            return collect()
        except ReaderError:  # (kinds_of raises none: a damaged message claimed one)
            return b""

    return kinds


def _are_kinds(value: object) -> bool:
    return isinstance(value, bytes)


def _are_words(value: object) -> bool:
    from reader.quotes.names import NameScan

    return (isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], set)
            and isinstance(value[1], NameScan))


def _attribute(detection: Detection, ranges: list[tuple[int, int]],
               numbers: Iterable[int]) -> tuple[list[int], list[Quotation]]:
    """The quotations of the ranges numbered ``numbers`` (taken one at a time), and how many each range has."""
    counts: list[int] = []
    found: list[Quotation] = []
    for number in numbers:
        lo, hi = ranges[number]
        counts += (number, hi - lo)
        found.extend(detection.attribute(lo, hi))
        detection.forget()
    return counts, found


def _by_range(counts: list[int], found: list[Quotation]) -> dict[int, list[Quotation]]:
    """``found`` cut back into its ranges (``counts``: range number, count, range number, count...)."""
    result: dict[int, list[Quotation]] = {}
    position = 0
    for number, count in zip(counts[::2], counts[1::2], strict=True):
        result[number] = found[position : position + count]
        position += count
    return result


class _Tickets:
    """The ranges' numbers in a pipe that every process reads (a read of one record from a pipe is atomic), so
    each takes the next range when it is free: whoever runs faster does more, and all end together. The write
    end is closed once the numbers are in: a read then returns nothing when they are all taken."""

    _RECORD = struct.Struct("!I")

    def __init__(self, count: int) -> None:
        self._read, write = os.pipe()
        try:
            os.write(write, b"".join(self._RECORD.pack(number) for number in range(count)))
        finally:
            os.close(write)

    def __iter__(self) -> Iterator[int]:
        while len(record := os.read(self._read, self._RECORD.size)) == self._RECORD.size:
            yield self._RECORD.unpack(record)[0]

    def __enter__(self) -> _Tickets:
        return self

    def __exit__(self, *exc: object) -> None:
        os.close(self._read)


def _start(detection: Detection, ranges: list[tuple[int, int]], tickets: _Tickets) -> Callable[[], Shared]:
    """A child attributing ranges as it takes them; the function returned waits for what it found."""

    def work() -> Shared:
        counts, found = _attribute(detection, ranges, tickets)
        return counts, list(map(_fields_of(), found))

    return in_child(work, _is_shared, reap=False)


def _fields_of() -> Callable[[Quotation], tuple[Any, ...]]:
    """A quotation's fields as a tuple, in the order of its constructor (read off the dataclass)."""
    from dataclasses import fields

    from reader.quotes import Quotation

    return attrgetter(*(field.name for field in fields(Quotation)))


def _is_shared(value: object) -> bool:
    from dataclasses import fields

    from reader.quotes import Quotation

    count = len(fields(Quotation))
    return (isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], list)
            and isinstance(value[1], list) and all(isinstance(n, int) for n in value[0])
            and all(isinstance(row, tuple) and len(row) == count for row in value[1]))


def _take(collect: Callable[[], Shared]) -> dict[int, list[Quotation]]:
    """The quotations a child found, by range (none when its counts do not add up: those ranges are found again
    here)."""
    from reader.quotes import Quotation

    counts, rows = collect()
    if len(counts) % 2 or sum(counts[1::2]) != len(rows):
        return {}
    return _by_range(counts, list(starmap(Quotation, rows)))
