"""Block quotations added to the marks' quotations: a Markdown ``>`` quote (its last line may sign it), a printed
interview's "Q:"/"A:" line (:mod:`reader.quotes.interviews`), and a paragraph that quotes someone without marks
(:mod:`reader.quotes.unmarked`: a transcript's labelled line, a first-person paragraph after an introduction, a
signed post). Each is a row of :class:`reader.quotes.marks.Raws` whose ``hint`` says who speaks it, and the marked
quotations it holds are nested in it. Split out of :class:`reader.quotes.Detection` (one job: the rows; the
detection then orders them and attributes them).

Decisions:
* A quotation a block holds is nested in it (found by bisection over the marked rows sorted by start, so a file of
  many block quotes stays linear); one that goes on past an interview's or a transcript's line makes that line no
  quotation of its own (it would have to hold half of it).
* A transcript's labelled line that holds quotation marks ("ALVARADO: … a woman told me, “…”") stays out, as a
  paragraph with marks always did: tried in part 17, nesting its quotations in it lost their speakers (the nested
  reading sees only the line: "I tell them what Joseph told me. “…”" was no longer Joseph's) and doubled a line
  that is all one quotation ("OKAFOR: “How big is the shortfall?”").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.document import BlockKind, Document
from reader.quotes.interviews import Turn, interview_turns
from reader.quotes.marks import Raws
from reader.quotes.names import _PARTICLES
from reader.quotes.unmarked import _unmarked_blocks
from reader.quotes.words import _CLAUSE_WORDS

Hint = str | Turn | None
"""Who speaks a block quotation: a name as signed or labelled, an interview's turn, or None (read by attribution)."""

_QUOTE_SIGNATURE = re.compile(r"\s*(?:[—–]|--?)\s*(?P<name>[^\W\d_][^\n,(]{0,60}?)\s*(?:[,(][^\n]{0,60})?")
"""A block quotation's last line that signs it ("— Winston Churchill", "-- Jane Doe, 1999", "— Shay Friedman
(@ironshay) August 22"): the name, before a comma or a bracket."""


def _signature(text: str, start: int, end: int) -> str | None:
    """The name a block quotation's line signs it with, or None: a dash, then one to five capitalised words (a
    particle may join them). Not a list item or a line of dialogue ("– Fix every pothole by 2026", "— Pour
    toujours ?"): words in lower case, digits or a sentence's end are no signature."""
    signed = _QUOTE_SIGNATURE.fullmatch(text, start, end)
    if signed is None:
        return None
    words = signed.group("name").split()
    if not 1 <= len(words) <= 5 or words[-1][-1:] in "?!.:;" or not all(
            (word[:1].isupper() and not any(c.isdigit() for c in word)) or word in _PARTICLES for word in words):
        return None
    after = text[signed.end("name") : end].lstrip(" ,(").split(None, 1)
    if after and (after[0] in _CLAUSE_WORDS or text[start:end].rstrip()[-1:] in "?!"):  # (words in lower case)
        return None  # a line of dialogue after a dash ("— Non, je reste.", "— No, I stay!"), not "— Jane Doe, 1999"
    return " ".join(words)


class _Nesting:
    """The marked rows in order of start (sorted when first asked), to nest those a block holds in it."""

    def __init__(self, raws: Raws) -> None:
        self.raws = raws
        self._rows: list[int] | None = None
        self._starts: list[int] = []

    def inside(self, start: int, end: int) -> list[int]:
        """The marked rows that start from ``start`` to before ``end``."""
        if self._rows is None:
            starts = self.raws.start
            self._rows = sorted(range(len(self.raws)), key=starts.__getitem__)
            self._starts = [starts[row] for row in self._rows]
        return self._rows[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def nest(self, rows: list[int], ident: int, blocks_too: bool = True) -> None:
        """Make ``ident`` the parent of those of ``rows`` that have none (``blocks_too``: block rows as well)."""
        parents, is_block = self.raws.parent, self.raws.is_block
        for row in rows:
            if parents[row] < 0 and (blocks_too or not is_block[row]):
                parents[row] = ident


def add_block_rows(document: Document, raws: Raws, marked: bytearray, block_starts: list[int]) -> dict[int, Hint]:
    """Append the document's block quotations to ``raws`` (see the module's docstring) and return each one's hint
    by its ident. ``marked``: one byte a block, 1 where a marked quotation spans it (set here for the lines taken)."""
    text, blocks = document.text, document.blocks
    ident = max(raws.ident, default=0)
    hints: dict[int, Hint] = {}
    nesting = _Nesting(raws)
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.QUOTE:
            last = index + 1 == len(blocks) or blocks[index + 1].kind is not BlockKind.QUOTE
            signed = _signature(text, block.start, block.end) if last else None
            if signed and index > 0 and blocks[index - 1].kind is BlockKind.QUOTE and ident in hints:
                # "> …" then "> — Winston Churchill" as the quotation's last line (as `Y` copies one): the
                # speaker of the line before, no quotation of its own
                hints[ident] = signed
                continue
            ident += 1
            nesting.nest(nesting.inside(block.start, block.end), ident, blocks_too=False)
            raws.append(block.start, block.end, ">", "", ident, -1, index, index, block.start, block.end, True)
            hints[ident] = None
    lines: list[tuple[int, int, Hint]] = [(index, turn.start, turn)
                                          for index, turn in interview_turns(text, blocks, block_starts).items()]
    taken = bytearray(marked)  # the interview's lines are no other kind of block quotation
    for index, _, _ in lines:
        taken[index] = 1
    if not document.markdown:
        lines += [(index, blocks[index].start, name) for index, name in _unmarked_blocks(document, taken)]
    for index, start, hint in sorted(lines, key=lambda line: line[0]):
        end = blocks[index].end
        inside = nesting.inside(start, end)
        if any(raws.end[row] > end for row in inside):
            continue  # a quotation that goes on past the line: the line is not all one speaker's
        ident += 1
        nesting.nest(inside, ident)
        marked[index] = 1
        raws.append(start, end, "", "", ident, -1, index, index, start, end, True)
        hints[ident] = hint
    return hints
