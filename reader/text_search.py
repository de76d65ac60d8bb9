"""Search in one document's text that scales with what is asked, not with the document (issue 14, item 3).

The reading screen's `/` searched the whole text on every keystroke (``Document.search``: 42-61 ms a prefix on
a 20 MB article, 183 ms for an absent word). A :class:`TextSearch` answers the questions the screen really asks,
each from an offset and in pieces the caller can spread over time:

* the first match at or after an offset, going round the end to the top (:meth:`TextSearch.forward`), and the
  last one before it (:meth:`TextSearch.backward`): generators that scan one chunk per step, so the screen can
  scan for a few milliseconds, give the keys their turn, and go on;
* the matches in a range (:meth:`TextSearch.all_in`): the marks on and around the screen;
* the number of matches, one block at a time (:meth:`TextSearch.counting`), and the index of a match once the
  count has passed it (:meth:`TextSearch.index_of`).

What a match is (the same as ``Document.search``, with one decision): the query's words, case-insensitively
(Python's ``re.IGNORECASE``), with any run of white space between them; a query of only white space has none.
**Every position where the query matches is a match, overlapping ones included** ("aa" is found 3 times in
"aaaa"). ``Document.search`` took the leftmost matches that do not overlap, which depends on where the scan
began: from the top they are 0 and 2, from 1 they are 1. Counting every position makes "the next match after
the cursor" a local question, answerable without reading from the top; it differs only for a query that can
overlap itself, and it is what vim's `n` does.

Chunks are exact, not approximate: a scan of ``[start, end)`` reads the text up to :meth:`TextSearch.reach`
(``end``), far enough that a match starting before ``end`` is never cut off. The matched text outside the
white space is exactly the query's words (IGNORECASE compares character by character: one text character per
query character), so a match that starts before ``end`` holds at most ``W`` (the words' total length) non-space
characters at or after ``end``: reading past the ``W``-th one is never needed.

Pure: no Textual, no threads; the text is only read (a document whose text grows, an EPUB converted in parts,
gets a new :class:`TextSearch`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.blocks import Span

BLOCK = 1 << 16
"""Characters per step of a scan and per counted block for a short query (65,536: ~0.5-1 ms of
case-insensitive regex on this machine; a 20 MB article is 320 blocks, counted in an int each)."""

WORK = 1 << 18
"""What a block may cost at most, in start positions times the query's length (its words and one space between
each). A regex tries the query at every position of a block, and where the text repeats the query ("a a a …"
for "a a a"), each try reads as far as the query is long: a 65,536-character block cost 1.9 s of the event loop
for a pasted 2,000-word query (~8 ns per position and query character here). So a longer query gets smaller
blocks (:func:`block_for`): ~2 ms at worst, whatever the query, and a key waits for at most one of them."""

MIN_BLOCK = 512
"""The smallest block :func:`block_for` chooses (512 × :data:`MAX_QUERY` is :data:`WORK`)."""

MAX_QUERY = 500
"""The longest query the reading screen searches for (characters; the search prompt keeps the first 500 of a
longer paste and says so). With it, every block stays within :data:`WORK`, and a scan's last few hundred
characters past its block (see :meth:`TextSearch.reach`) cost at most ~1 ms more."""

_SPACES = re.compile(r"\s*")

_BACK_STEP = 8192
"""How far back :meth:`TextSearch.last_in` looks at a time (the last match is usually close)."""


def block_for(words: list[str]) -> int:
    """The block size for a query of these words: :data:`BLOCK` halved until a block costs at most :data:`WORK`
    (never below :data:`MIN_BLOCK`). Powers of two, so a narrower query's blocks nest in a broader one's."""
    cost = max(1, len(" ".join(words)))
    block = BLOCK
    while block > MIN_BLOCK and block * cost > WORK:
        block //= 2
    return block


def query_words(query: str) -> list[str]:
    """The words of a query (split on white space, as ``str.split`` does: the same characters as ``\\s``)."""
    return query.split()


def narrows(broader: list[str], narrower: list[str]) -> bool:
    """Whether every match of the query ``narrower`` starts where ``broader`` matches too: it is ``broader``
    typed further (its last word longer, or words added after it). Then a search for ``narrower`` can start
    where the one for ``broader`` found its first match and skip the blocks it counted empty."""
    if not broader or len(narrower) < len(broader):
        return False
    last = len(broader) - 1
    return narrower[:last] == broader[:last] and narrower[last].startswith(broader[last])


def _may_equal(a: str, b: str) -> bool:
    """Whether one text character could match both query characters ``a`` and ``b`` (never wrongly False: any
    non-ASCII pair is taken as possibly equal, since Unicode case folding has surprises such as K and K)."""
    return a == b or not (a.isascii() and b.isascii()) or a.lower() == b.lower()


def can_overlap(words: list[str]) -> bool:
    """Whether two matches of the query could overlap (conservatively: True when unsure).

    One word overlaps itself when a proper suffix of it can equal its prefix ("nation": "n"); with several
    words, a second match must begin on a non-space character inside the first, so it cannot if the first
    word's first character can equal no later character of the query."""
    if not words:
        return False
    if len(words) == 1:
        word = words[0]
        size = len(word)
        return any(all(_may_equal(word[i], word[i + shift]) for i in range(size - shift)) for shift in range(1, size))
    first = words[0][0]
    rest = words[0][1:] + "".join(words[1:])
    return any(_may_equal(first, char) for char in rest)


class TextSearch:
    """One query over one text: next and previous match from an offset, matches in a range, a count by blocks.

    The count is kept per block (:func:`block_for`: :data:`BLOCK` characters for a short query, an int per
    block: 320 for a 20 MB text, not a list of every match), counted from the top; it also lets scans skip
    blocks known to hold no match. ``block`` sets the size (tests)."""

    def __init__(self, text: str, query: str, *, block: int | None = None) -> None:
        self.text = text
        self.query = query
        self.words = query_words(query)
        self.block = block_for(self.words) if block is None else max(1, block)
        self.pattern: re.Pattern[str] | None = None
        """The query as a regex (None: no words)."""
        self._every: re.Pattern[str] | None = None
        """The pattern in a lookahead: finds every match, overlapping ones too (group 1 is the match)."""
        self._counter: re.Pattern[str] | None = None
        """What :meth:`count_in` runs ``findall`` with: the plain pattern when matches cannot overlap (faster),
        else a lookahead without a group (each match found is then the same empty string: nothing allocated)."""
        self._overlaps = can_overlap(self.words)
        self._reach: re.Pattern[str] | None = None
        """Up to the ``W``-th non-space character (see the module note)."""
        total = len(text)
        blocks = (total + self.block - 1) // self.block
        self._counts: list[int | None] = [None] * blocks
        """Matches starting in each block, None where not counted yet."""
        self._prefix: list[int] = [0]
        """Matches before block ``i`` for every block counted from the top (grows with :meth:`counting`)."""
        if self.words:
            body = r"\s+".join(re.escape(word) for word in self.words)
            self.pattern = re.compile(body, re.IGNORECASE)
            self._every = re.compile(f"(?=({body}))", re.IGNORECASE)
            self._counter = re.compile(f"(?={body})", re.IGNORECASE) if self._overlaps else self.pattern
            reach = sum(len(word) for word in self.words)
            self._reach = re.compile(rf"(?:\s*\S){{0,{reach}}}")
        else:
            self._counts = [0] * blocks
            self._prefix = [0] * (blocks + 1)

    # -- narrowing ----------------------------------------------------------------------------------------------

    def narrows(self, broader: TextSearch) -> bool:
        """Whether every match of this search is a match of ``broader`` (same text, blocks that nest in its
        blocks; see :func:`narrows`)."""
        return (
            broader.text is self.text
            and broader.block % self.block == 0
            and narrows(broader.words, self.words)
        )

    def inherit_empty_blocks(self, broader: TextSearch) -> None:
        """Take the blocks ``broader`` counted empty as empty here too (call only when :meth:`narrows` holds):
        each of its blocks is a whole number of this search's (a longer query's blocks may be smaller)."""
        counts = self._counts
        ratio = broader.block // self.block
        for index, count in enumerate(broader._counts):
            if count == 0:
                low, high = index * ratio, min(len(counts), (index + 1) * ratio)
                counts[low:high] = [0] * (high - low)
        self._extend_prefix()

    # -- ranges -------------------------------------------------------------------------------------------------

    def reach(self, end: int) -> int:
        """How far a scan for matches starting before ``end`` must read: past the last non-space character that
        such a match could hold (see the module note)."""
        if end >= len(self.text):
            return len(self.text)
        assert self._reach is not None
        found = self._reach.match(self.text, end)
        return len(self.text) if found is None else found.end()

    def first_in(self, start: int, end: int) -> Span | None:
        """The first match starting in ``[start, end)``."""
        start, end = max(0, start), min(end, len(self.text))
        if self.pattern is None or start >= end:
            return None
        found = self.pattern.search(self.text, start, self.reach(end))
        if found is None or found.start() >= end:
            return None
        return Span(found.start(), found.end())

    def last_in(self, start: int, end: int) -> Span | None:
        """The last match starting in ``[start, end)``: small steps back from ``end``, each scanned forwards."""
        start, end = max(0, start), min(end, len(self.text))
        if self._every is None:
            return None
        high = end
        while high > start:
            low = max(start, high - _BACK_STEP)
            last = None
            for found in self._every.finditer(self.text, low, self.reach(high)):
                if found.start() >= high:
                    break
                last = found
            if last is not None:
                return Span(last.start(), last.end(1))
            high = low
        return None

    def all_in(self, start: int, end: int) -> list[Span]:
        """Every match starting in ``[start, end)``, in order (overlapping ones too)."""
        start, end = max(0, start), min(end, len(self.text))
        if self._every is None or start >= end:
            return []
        spans: list[Span] = []
        for found in self._every.finditer(self.text, start, self.reach(end)):
            if found.start() >= end:
                break
            spans.append(Span(found.start(), found.end(1)))
        return spans

    def count_in(self, start: int, end: int) -> int:
        """How many matches start in ``[start, end)``, counted at C speed: ``findall`` of the plain pattern when
        matches cannot overlap (the faster regex), of the lookahead one when they can."""
        start, end = max(0, start), min(end, len(self.text))
        pattern = self._counter
        if pattern is None or start >= end:
            return 0
        limit = self.reach(end)
        count = len(pattern.findall(self.text, start, limit))
        # Less a match starting at or after ``end`` inside the read range: only one can, at the first non-space
        # character from ``end`` (a match holds exactly the query's non-space characters, and ``limit`` is just
        # past that many from ``end``). Checked there alone: a second ``findall`` from ``end`` cost the square of
        # the query's length on a text that repeats it.
        first = _SPACES.match(self.text, end, limit)
        after = end if first is None else first.end()
        return count - 1 if after < limit and pattern.match(self.text, after, limit) is not None else count

    # -- scans from an offset -----------------------------------------------------------------------------------

    def _pieces(self, offset: int, until: int, direction: int) -> Iterator[tuple[int, int]]:
        """The ranges of a circular scan from ``offset`` to ``until`` (both ends, the whole text when equal),
        cut at block boundaries, in scan order."""
        total = len(self.text)
        if total == 0:
            return
        offset, until = max(0, min(offset, total)), max(0, min(until, total))
        if direction > 0:
            arcs = [(offset, until)] if offset < until else [(offset, total), (0, until)]
        else:  # backwards: the matches starting in [until, offset), the last first
            arcs = [(until, offset)] if until < offset else [(0, offset), (until, total)]
        for low, high in arcs:
            if low >= high:
                continue
            if direction > 0:
                position = low
                while position < high:
                    stop = min(high, (position // self.block + 1) * self.block)
                    yield position, stop
                    position = stop
            else:
                position = high
                while position > low:
                    stop = max(low, ((position - 1) // self.block) * self.block)
                    yield stop, position
                    position = stop

    def forward(self, offset: int, until: int | None = None) -> Scan:
        """The first match starting at or after ``offset``, going round past the end to the top, and before
        ``until`` (default: ``offset``, the whole text), as a :class:`Scan` to step."""
        until = offset if until is None else until
        return Scan(self, list(self._pieces(offset, until, 1)), offset, 1, until)

    def first_from(self, origin: int, broader: Scan | None = None) -> Scan:
        """The scan for the first match from ``origin`` (round the end), going on from where ``broader`` - a
        first-match scan from the same origin for a query this one :meth:`narrows` (the prompt one keystroke
        ago) - got: no match of this query lies where that one found none. Typing an absent word into a large
        text thus reads it once, not once a keystroke."""
        if broader is None or broader.direction < 0 or broader.offset != origin or broader.until != origin:
            return self.forward(origin)
        if not self.narrows(broader.search):
            return self.forward(origin)
        if broader.found is not None:
            return self.forward(broader.found.start, origin)
        if broader.finished:
            return Scan(self, [], origin, 1, origin)
        return self.forward(broader.position, origin)

    def backward(self, offset: int, until: int | None = None) -> Scan:
        """The last match starting before ``offset``, going round past the top to the end, and at or after
        ``until`` (default: ``offset``, the whole text), as a :class:`Scan` to step."""
        until = offset if until is None else until
        return Scan(self, list(self._pieces(offset, until, -1)), offset, -1, until)

    # -- counting -----------------------------------------------------------------------------------------------

    def counting(self) -> Iterator[int]:
        """Count the matches block by block from the top; yields the running total after each block read
        (blocks already known are taken without a yield). Stop whenever: the next call goes on."""
        counts = self._counts
        while len(self._prefix) <= len(counts):
            index = len(self._prefix) - 1
            if counts[index] is None:
                low = index * self.block
                counts[index] = self.count_in(low, low + self.block)
                self._extend_prefix()
                yield self._prefix[-1]
            else:
                self._extend_prefix()

    def _extend_prefix(self) -> None:
        counts, prefix = self._counts, self._prefix
        while len(prefix) <= len(counts):
            count = counts[len(prefix) - 1]
            if count is None:
                return
            prefix.append(prefix[-1] + count)

    @property
    def counted(self) -> int:
        """Matches in the blocks counted so far from the top."""
        return self._prefix[-1]

    @property
    def total(self) -> int | None:
        """Every match in the text, once counted (None before)."""
        return self._prefix[-1] if len(self._prefix) > len(self._counts) else None

    @property
    def counted_to(self) -> int:
        """The offset up to which matches are counted (the text's length once all are)."""
        return min(len(self.text), (len(self._prefix) - 1) * self.block)

    def index_of(self, start: int) -> int | None:
        """How many matches start before ``start`` (a match's 0-based index), or None while the count has not
        reached ``start``'s block. Costs a count of at most one block."""
        if start >= len(self.text):
            return self.total
        index = start // self.block
        if index >= len(self._prefix):
            return None
        low = index * self.block
        return self._prefix[index] + self.count_in(low, start)


class Scan:
    """A search for one match (:meth:`TextSearch.forward` or :meth:`~TextSearch.backward`), one piece of at
    most a block per step, so the caller decides when to stop and give the keys their turn.

    Iterating yields None after each piece read in vain, then the match; it ends without one when there is
    none. Blocks counted empty are passed over unread. :attr:`position` says how far it got: every match start
    in the arc from the scan's offset to it has been ruled out (a narrower query goes on from there)."""

    def __init__(
        self, search: TextSearch, pieces: list[tuple[int, int]], offset: int, direction: int, until: int
    ) -> None:
        self.search = search
        self.offset = offset
        self.until = until
        self._pieces = pieces if search.pattern is not None else []
        self._next = 0
        self.direction = direction
        self.position = offset
        self.found: Span | None = None

    @property
    def finished(self) -> bool:
        """Whether the match is found or every piece is read."""
        return self.found is not None or self._next >= len(self._pieces)

    def __iter__(self) -> Scan:
        return self

    def __next__(self) -> Span | None:
        search, pieces = self.search, self._pieces
        counts, block = search._counts, search.block
        while self.found is None and self._next < len(pieces):
            low, high = pieces[self._next]
            self._next += 1
            self.position = high if self.direction > 0 else low
            if counts[low // block] == 0:
                continue
            found = search.first_in(low, high) if self.direction > 0 else search.last_in(low, high)
            if found is not None:
                self.found = found
                return found
            return None
        raise StopIteration
