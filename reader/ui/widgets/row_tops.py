"""The top row of each entry of a list of entries of different heights, cheap to change at 100,000 entries.

Why not a plain prefix-sum list: inserting one entry shifted every top after it by a Python loop, ~5 ms at
100,000 entries on a quiet machine and 30 ms on a busy one, twice per `h` (the insert, then the "saved"
redraw). Here the heights are kept in blocks of up to :data:`BLOCK` * 2 entries, each with its sum; an insert,
removal or change of height touches one block (a C-speed list insert) and marks the blocks after it for their
starting row to be summed again - ~200 block sums at 100,000 entries, done once at the next read. Reading
``tops[i]`` finds the block by bisection and adds the block's start to a prefix sum within it (made once per
change of that block). The object is a sequence (``len``, ``[i]``), so :mod:`bisect` works on it as on a list:
``tops[i]`` is entry ``i``'s first row, ``tops[len(entries)]`` (also ``tops[-1]``) the height of the whole list.

Pure Python, no Textual (tested with the highlights list).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate

BLOCK = 512
"""Entries per block when built (a block is split at twice this)."""


class RowTops:
    """Prefix sums of entry heights, as a sequence of ``len(entries) + 1`` tops (see the module note)."""

    def __init__(self, heights: Iterable[int] = ()) -> None:
        values = list(heights)
        self._blocks: list[list[int]] = [values[i : i + BLOCK] for i in range(0, len(values), BLOCK)] or [[]]
        self._sums = [sum(block) for block in self._blocks]
        self._local: list[list[int] | None] = [None] * len(self._blocks)
        self._starts: list[int] = []
        """The first entry of each block, as far as known: blocks past its end have to be summed again."""
        self._rows: list[int] = []
        """The first row of each block (as long as ``_starts``)."""
        self._count = len(values)
        self._total = sum(self._sums)

    def __len__(self) -> int:
        return self._count + 1

    def __getitem__(self, index: int) -> int:
        if index < 0:
            index += self._count + 1
        if index == self._count:
            return self._total
        if not 0 <= index < self._count:
            raise IndexError(index)
        block = self._block_of(index)
        local = self._local[block]
        if local is None:
            local = self._local[block] = list(accumulate(self._blocks[block], initial=0))
        return self._rows[block] + local[index - self._starts[block]]

    def height(self, index: int) -> int:
        """Rows of entry ``index``."""
        block = self._block_of(index)
        return self._blocks[block][index - self._starts[block]]

    def insert(self, index: int, height: int) -> None:
        """A new entry of ``height`` rows before entry ``index`` (at the end for ``len(entries)``)."""
        if index >= self._count:
            block = len(self._blocks) - 1
            self._sync(block)
            position = len(self._blocks[block])
        else:
            block = self._block_of(index)
            position = index - self._starts[block]
        self._blocks[block].insert(position, height)
        self._sums[block] += height
        self._count += 1
        self._total += height
        self._touched(block)
        if len(self._blocks[block]) > 2 * BLOCK:
            whole = self._blocks[block]
            self._blocks[block : block + 1] = [whole[:BLOCK], whole[BLOCK:]]
            self._sums[block : block + 1] = [sum(whole[:BLOCK]), sum(whole[BLOCK:])]
            self._local[block : block + 1] = [None, None]
            self._stale_from(block)

    def delete(self, index: int) -> None:
        """Remove entry ``index``."""
        block = self._block_of(index)
        height = self._blocks[block].pop(index - self._starts[block])
        self._sums[block] -= height
        self._count -= 1
        self._total -= height
        self._touched(block)
        if not self._blocks[block] and len(self._blocks) > 1:
            del self._blocks[block], self._sums[block], self._local[block]
            self._stale_from(block)

    def set(self, index: int, height: int) -> None:
        """Entry ``index`` now takes ``height`` rows."""
        block = self._block_of(index)
        old = self._blocks[block][index - self._starts[block]]
        if old != height:
            self._blocks[block][index - self._starts[block]] = height
            self._sums[block] += height - old
            self._total += height - old
            self._touched(block)

    def _touched(self, block: int) -> None:
        self._local[block] = None
        self._stale_from(block + 1)

    def _stale_from(self, block: int) -> None:
        del self._starts[block:], self._rows[block:]

    def _block_of(self, index: int) -> int:
        self._sync(len(self._blocks) - 1)
        return bisect_right(self._starts, index) - 1

    def _sync(self, last: int) -> None:
        """Make ``_starts`` and ``_rows`` right up to block ``last`` (all of them: a few hundred additions)."""
        starts, rows = self._starts, self._rows
        if len(starts) > last:
            return
        start = starts[-1] + len(self._blocks[len(starts) - 1]) if starts else 0
        row = rows[-1] + self._sums[len(rows) - 1] if rows else 0
        for block in range(len(starts), len(self._blocks)):
            starts.append(start)
            rows.append(row)
            start += len(self._blocks[block])
            row += self._sums[block]
