"""Quotation marks paired into raw quotations, block by block (one C-speed regex finds the marks; a small stack
pairs them), linear in the text. See :mod:`reader.quotes` for the decisions on marks and apostrophes."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from reader.document import Block, BlockKind, Document

_MARKS = "\"'«»‹›„‚“”‘’‟‛"
_MARK_TO_READ = re.compile(f"[{_MARKS}]" + r"(?!(?<=[^\W_]['’‘‛])[^\W_])")
r"""A mark, but not an apostrophe inside a word ("don’t", "Lukashenka‘s": ``[^\W_]`` is what ``str.isalnum``
says), which :meth:`_Scanner._flanks` gives neither role: about half the marks of news text, each a call that
did nothing (its look-behind sees before the block, so a block's first character is looked at apart)."""
_DOUBLE = frozenset("\"«»„“”‟")
_PRIMARY = {
    "“": "”",
    "„": "“”",
    "‟": "”",
    "”": "”",
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
    '"': '"',
    "‘": "’",
    "‚": "‘’",
    "‛": "’",
    "'": "'",
    "’": "’",
}
_FALLBACK = {
    "“": '“"',
    "„": '"',
    "‟": '"',
    "”": '"',
    "«": '"“”',
    "»": '"“”',
    "‹": "'’",
    "›": "'‘",
    '"': "”“",
    "‘": "‘'",
    "‚": "'",
    "‛": "'",
    "'": "’",
    "’": "'",
}
_MAX_DEPTH = 8
"""Quotations open at once, at most: past it a mark opens nothing. Real text nests two or three deep; without a
bound, a file of spaced marks (« « « …) made each closer walk the whole stack, and each nested quotation copy
and classify all the text inside it (quadratic: 100 KB took 46 s and 1.2 GB)."""
_OPENER_LOOKS = 16
"""Marks :meth:`_Scanner._next_opening` and :meth:`_Scanner._later` look at before they give up (a sentence of
five scare-quoted words between two quotations uses five; 16 keeps a hostile paragraph of marks linear)."""
_INSIDE_LOOKS = 512
"""Apostrophes inside words :meth:`_Scanner._later` steps over before it gives up (a quotation of a few hundred
contractions after a possessive; a hostile paragraph of them stays linear)."""
_OTHER_DOUBLE = {"“": '"', '"': "“"}
"""The double mark an article mixing curly and straight marks opens a quotation with, for the other."""
_GUILLEMETS = frozenset("«»‹›")
_INNER_SPACE = " \u00a0\u202f\u2009\u2007\u2002\u2003\u2005\u2006\u200a"
_OPEN_CONTEXT = frozenset("([{<—–-/…:;,‐\u00ad" + _MARKS)
_CLOSE_CONTEXT = frozenset(".,;:!?)]}>—–-/…‐\u00ad" + _MARKS)
_ELISION = re.compile(r"\d\d(?!\d)|n[’'](?=\s)|(?:em|tis|twas|til|cause|cos|bout|round|n)\b", re.IGNORECASE)
_APOSTROPHES = frozenset("'’‘‛")


def _is_space(char: str) -> bool:
    return char.isspace()


@dataclass(slots=True)
class _Open:
    char: str
    pos: int
    ident: int
    block: int


class Raws:
    """Raw quotations as columns, one row each: what the scanner pairs and :class:`reader.quotes.Detection` then
    completes (block quotations), merges (``''…''``) and sorts. Columns, not an object per quotation: at 20 MB
    ~44,000 objects of eleven fields and their int objects were a ~20 MB peak in the quotation finder's child
    (issue 14's memory); here ~4 MB.

    Columns: ``start``/``end`` of the quoted text; ``mark`` an index into ``pairs`` (opening, closing mark);
    ``ident`` a number unique to the quotation; ``parent`` the ident of the quotation it is nested in (-1:
    none); ``block``/``last_block`` the blocks where it opens and ends; ``open_pos`` the opening mark's offset
    (``start`` for an unmarked block); ``close_pos`` the offset just after the closing mark (or ``end``);
    ``is_block`` 1 for a whole block quotation."""

    __slots__ = ("block", "close_pos", "end", "ident", "is_block", "last_block", "mark", "open_pos", "pairs",
                 "parent", "start", "_pair_numbers")

    def __init__(self) -> None:
        self.start, self.end, self.ident, self.parent = array("q"), array("q"), array("q"), array("q")
        self.block, self.last_block, self.open_pos, self.close_pos = array("q"), array("q"), array("q"), array("q")
        self.mark = array("I")
        self.is_block = bytearray()
        self.pairs: list[tuple[str, str]] = []
        self._pair_numbers: dict[tuple[str, str], int] = {}

    def __len__(self) -> int:
        return len(self.start)

    def pair_number(self, opening: str, closing: str) -> int:
        """The number of the (opening, closing) mark pair in ``pairs`` (added when new)."""
        key = (opening, closing)
        number = self._pair_numbers.get(key)
        if number is None:
            number = self._pair_numbers[key] = len(self.pairs)
            self.pairs.append(key)
        return number

    def append(self, start: int, end: int, opening: str, closing: str, ident: int, parent: int, block: int,
               last_block: int, open_pos: int, close_pos: int, is_block: bool = False) -> None:
        self.start.append(start)
        self.end.append(end)
        self.mark.append(self.pair_number(opening, closing))
        self.ident.append(ident)
        self.parent.append(parent)
        self.block.append(block)
        self.last_block.append(last_block)
        self.open_pos.append(open_pos)
        self.close_pos.append(close_pos)
        self.is_block.append(is_block)

    def rows_by_ident(self) -> array[int]:
        """Each ident's row (-1 for an ident with none: a parent whose opening mark never closed), indexed by
        ident, for every ident a row holds or names as its parent."""
        rows = array("q", [-1]) * (max(max(self.ident, default=0), max(self.parent, default=0)) + 1)
        for row, ident in enumerate(self.ident):
            rows[ident] = row
        return rows

    def select(self, rows: Iterable[int]) -> Raws:
        """A copy with only ``rows``, in that order (the mark pairs are kept as they are)."""
        rows = list(rows)
        result = Raws()
        result.pairs, result._pair_numbers = self.pairs, self._pair_numbers
        for name in ("start", "end", "mark", "ident", "parent", "block", "last_block", "open_pos", "close_pos"):
            column = getattr(self, name)
            setattr(result, name, array(column.typecode, [column[row] for row in rows]))
        is_block = self.is_block
        result.is_block = bytearray(is_block[row] for row in rows)
        return result


class _Scanner:
    """Pairs the marks of a document's blocks into raw quotations."""

    def __init__(self, document: Document) -> None:
        self.text = document.text
        self.blocks = document.blocks
        self.found = Raws()
        self.next_ident = 0
        self.skip: set[int] = set()
        self.code = [(span.start, span.end) for span in document.code_spans()]
        self.code_starts = [start for start, _ in self.code]

    def _in_code(self, offset: int) -> bool:
        """Is ``offset`` inside a code block or inline code (where marks are code, not quotation)?"""
        index = bisect_right(self.code_starts, offset) - 1
        # Code spans do not nest (inline code never sits in a code block): the two last starts decide.
        for candidate in (index, index - 1):
            if candidate >= 0 and self.code[candidate][0] <= offset < self.code[candidate][1]:
                return True
        return False

    def _ident(self) -> int:
        self.next_ident += 1
        return self.next_ident

    def run(self) -> Raws:
        stack: list[_Open] = []
        for index, block in enumerate(self.blocks):
            stack = self._scan_block(index, block, stack)
        return self.found

    # A mark's role from its neighbours: (can open, can close).
    def _flanks(self, i: int, lo: int, hi: int) -> tuple[bool, bool]:
        text = self.text
        char = text[i]
        prev = text[i - 1] if i > lo else " "
        nxt = text[i + 1] if i + 1 < hi else " "
        if char in _GUILLEMETS or char in "„‚":
            j = i + 1
            while j < hi and text[j] in _INNER_SPACE:
                j += 1
            k = i - 1
            while k >= lo and text[k] in _INNER_SPACE:
                k -= 1
            after = text[j] if j < hi else " "
            before = text[k] if k >= lo else " "
            if char in "„‚":
                return (not _is_space(after) and not (prev.isalnum() and char == "‚")), False
            # Both roles when spaced on both sides (« x » y): the stack decides (close first, else open).
            can_open = not _is_space(after) and after not in ".,;:!?"
            can_close = not _is_space(before) and before not in "([{"
            return can_open, can_close
        prev_space = _is_space(prev)
        next_space = _is_space(nxt)
        if char in _APOSTROPHES:
            if prev.isalnum() and nxt.isalnum():
                return False, False  # won’t, Lukashenka‘s
            if not next_space and _ELISION.match(text, i + 1, min(hi, i + 8)):
                if text[i + 1 : i + 3].lower() == "n" + text[i + 2 : i + 3] and text[i + 2 : i + 3] in _APOSTROPHES:
                    self.skip.add(i + 2)  # rock ’n’ roll
                return False, False
        if prev_space and next_space and char in '"”“':
            # A spaced double mark beside a single one: ' " closes both (‘Well done,’ "), " ' opens both.
            if i - 2 >= lo and text[i - 2] in "'’":
                return False, True
            if i + 2 < hi and text[i + 2] in "'‘":
                return True, False
            if char != "“" and i - 2 >= lo and text[i - 2] in ",.!?…":
                return False, True  # a space typed before the closing mark: "… doing this, " Trump said.
        if char == "”" and prev in ",.!?…" and nxt.isalpha():
            return False, True  # the space after the closing mark left out: “… paranoia,”Clinton said.
        can_open = (prev_space or prev in _OPEN_CONTEXT) and not next_space
        can_close = (next_space or nxt in _CLOSE_CONTEXT) and not prev_space
        if not can_open and not can_close and not prev_space and not next_space and char in '"“”':
            return True, True  # sloppy spacing: word"word
        if can_open and can_close:
            # between two marks or punctuation: decide by which side is a word
            if nxt.isalnum() or nxt in _MARKS:
                can_close = prev.isalnum() or prev in ".,!?…"
                can_open = not can_close
        return can_open, can_close

    def _later(self, chars: str, i: int, hi: int, opener: str = "", mixed: str = "") -> bool:
        """True when one of ``chars`` follows ``i`` in a closing position before ``hi`` and before the next
        ``opener`` in an opening position, which would claim it; or before the next ``mixed`` (the other double
        mark of an article that mixes them) in an opening position whose quotation that closer ends
        (:meth:`_next_opening`). At most :data:`_OPENER_LOOKS` marks of each kind are looked at (a paragraph of
        spaced marks, which neither open nor close, stays linear: past them, as if none closed)."""
        hi = min(hi, i + 4000)  # bounded look-ahead keeps a huge paragraph linear
        stop = hi
        if opener:
            stop = self._next_opening(opener, i, stop, hi, "")
        if mixed:
            stop = self._next_opening(mixed, i, stop, hi, chars)
        text = self.text
        for char in chars:
            j = text.find(char, i + 1, stop)
            looks = inside = 0
            while j != -1 and looks < _OPENER_LOOKS and inside < _INSIDE_LOOKS:
                if 0 < j < len(text) - 1 and text[j - 1].isalnum() and text[j + 1].isalnum():
                    inside += 1  # an apostrophe inside a word ("don’t") never closes: counted apart
                else:
                    looks += 1
                    if j not in self.skip and self._flanks(j, i + 1, hi)[1]:
                        return True
                j = text.find(char, j + 1, stop)
        return False

    def _next_opening(self, opener: str, i: int, stop: int, hi: int, closers: str) -> int:
        """The offset of the first ``opener`` after ``i`` (before ``stop``) in an opening position, or ``stop``;
        with ``closers``, only one whose quotation ends at one of them rather than at its own closing mark: in
        "“They used a 6" pipe. It was "really bad," he said,”" (or "\"…12” of snow, and the “plows” never
        came,\"") the quotation inside closes with its own mark, so it claims no closer of the outer one, and the
        look goes on after it. At most :data:`_OPENER_LOOKS` candidates are looked at: a paragraph of a
        thousand inch marks stays linear (past them, as if none opened)."""
        text = self.text
        j = text.find(opener, i + 1, stop)
        looks = 0
        while j != -1 and looks < _OPENER_LOOKS:
            looks += 1
            if self._flanks(j, i + 1, hi)[0]:
                if not closers:
                    return j
                owns = [k for k in (text.find(char, j + 1, hi) for char in _PRIMARY[opener]) if k != -1]
                ends = [k for k in (text.find(char, j + 1, hi) for char in closers) if k != -1]
                own = min(owns, default=-1)
                if ends and (own == -1 or own > min(ends)):
                    return j
                if own != -1:  # a quotation closed by its own mark ("really bad,"): look on after it
                    j = text.find(opener, own + 1, stop)
                    continue
            j = text.find(opener, j + 1, stop)
        return stop

    def _emit(self, entry: _Open, end_mark: int, close: str, stack: list[_Open], block: int) -> None:
        text = self.text
        start = entry.pos + 1
        end = end_mark
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            return
        parent = stack[-1].ident if stack else -1
        self.found.append(start, end, entry.char, close, entry.ident, parent, entry.block, block, entry.pos,
                          end_mark + len(close))

    def _scan_block(self, index: int, block: Block, carried: list[_Open]) -> list[_Open]:
        text = self.text
        lo, hi = block.start, block.end
        stack = carried
        marks = [m.start() for m in _MARK_TO_READ.finditer(text, lo, hi)]
        if lo < hi and text[lo] in _APOSTROPHES and (not marks or marks[0] != lo):
            marks.insert(0, lo)  # (one whose character before lies outside the block: read as after a space)
        if self.code and marks:
            marks = [i for i in marks if not self._in_code(i)]
        if stack:
            # The carried quotation's repeated opening mark at this paragraph's start is not a new quotation.
            first = marks[0] if marks else -1
            if first == lo:
                marks = marks[1:]
        for i in marks:
            if i in self.skip:
                continue
            char = text[i]
            if stack and text[i - 1] == "\n" and i > lo and _continues(stack[0].char, char):
                # A line of the paragraph that opens with the mark of a quotation left open on the line before
                # goes on with it, as a paragraph does (_end_block): articles pasted with one line break
                # between paragraphs ("“… revel in it.\n“There’s another side …,” Sexton said.")
                del stack[1:]
                continue
            can_open, can_close = self._flanks(i, lo, hi)
            if can_close and self._close(i, char, stack, index, hi):
                continue
            if can_open and len(stack) < _MAX_DEPTH:
                stack.append(_Open(char, i, self._ident(), index))
        return self._end_block(index, block, stack)

    def _close(self, i: int, char: str, stack: list[_Open], index: int, hi: int) -> bool:
        if not stack:
            return False
        text = self.text
        single = char not in _DOUBLE
        # Primary closer: search down the stack; a single mark may not close across an open double quotation.
        for depth in range(len(stack) - 1, -1, -1):
            entry = stack[depth]
            if char in _PRIMARY[entry.char]:
                if (char == "’" and text[i - 1 : i] in "sSzx" and text[i + 1 : i + 2] == " "
                        and text[i + 2 : i + 3].isalnum() and self._later("’", i, hi)
                        and not text.startswith(("and ‘", "or ‘"), i + 2)):
                    return False  # the players’ union: a possessive, a later mark closes (not "‘a process’.", nor
                    # "‘Kids Not Queues’ and ‘Walk to School’": a list of quotations; part 41)
                if single and entry.char in _DOUBLE and char not in _PRIMARY[entry.char]:
                    return False
                del stack[depth + 1 :]
                stack.pop()
                self._emit(entry, i, char, stack, index)
                return True
            if single and entry.char in _DOUBLE:
                break
        entry = stack[-1]
        # A fallback closer closes unless the primary one comes later, before another quotation opens: with the
        # other double mark too when both are double ("“It’s built," he said. "Believe it.”": the straight mark
        # before "he said" closes, as the straight one after it opens the next quotation)
        mixed = _OTHER_DOUBLE.get(entry.char, "") if char in _DOUBLE else ""
        if char in _FALLBACK[entry.char] and not self._later(_PRIMARY[entry.char], i, hi, entry.char, mixed):
            stack.pop()
            self._emit(entry, i, char, stack, index)
            return True
        return False

    def _end_block(self, index: int, block: Block, stack: list[_Open]) -> list[_Open]:
        if not stack:
            return []
        outer = stack[0]
        nxt = self.blocks[index + 1] if index + 1 < len(self.blocks) else None
        if (
            nxt is not None
            and nxt.kind is block.kind
            and block.kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM)
            and _continues(outer.char, self.text[nxt.start])
        ):
            return [outer]
        if outer.char in _DOUBLE:
            self._emit(outer, block.end, "", [], index)
        return []


def _continues(open_char: str, first: str) -> bool:
    """Does a paragraph starting with ``first`` continue a quotation opened by ``open_char``?"""
    if first == open_char:
        return True
    return (open_char, first) in {("«", "»"), ("„", "»"), ("“", '"'), ('"', "“"), ("‘", "'"), ("'", "‘")}

