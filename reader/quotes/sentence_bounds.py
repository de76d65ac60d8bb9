"""Where a quotation's sentence and clause begin and end, and whether an offset lies inside a quotation: what
every attribution pattern reads first. A mixin, split out of :mod:`reader.quotes.speakers` (over 500 lines);
:class:`reader.quotes.speakers.Attributor` is one, through :class:`reader.quotes.phrases.NounPhrases`, and
:class:`Bounds` is the mixin alone (for classifying quotations where there is no attributor). A
sentence ends at ``.``, ``!``, ``?`` or ``…`` (and closing marks) before white space and a word that is not
lower-case, unless the full stop ends an abbreviation ("Sen.", "U.S.", "J.J."). No Textual or Rich import here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from reader.quotes.words import _ABBREVIATIONS

_INITIALS = re.compile(r"(?:\w\.)+\w")
_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
"""Months as news style abbreviates them: "on Sept. 14" ends no sentence (before a day's number only: "until
Dec. The next year …" does)."""
_BOUNDARY = re.compile(r"[.!?…]+[\"”’»“)\]]*\s+(?![\sa-z])")
_BOUNDARY_REVERSED = re.compile(r"\s(?<![\sa-z]\s)\s*+[\"”’»“)\]]*+[.!?…]++")
"""``_BOUNDARY`` read backwards, in a reversed window: its matches are ``_BOUNDARY``'s in the window, last first
(each is a run of stops with its closing marks and all the white space after it, before a character that is not
white space or lower case: a match's extent is fixed by the run it starts at, and a look-behind on one reversed
character is the look-ahead). The readers of a sentence's start want the last boundary that is no abbreviation:
reading back from the offset finds it without making a match for each boundary of the window before it
(tests/unit/test_quote_tokens.py checks both on any text)."""


class SentenceBounds:
    """Sentence and clause bounds around an offset, outside the document's outermost quotations (cached)."""

    text: str
    starts: list[int]
    """Each block's start."""
    span_starts: Sequence[int]
    span_ends: Sequence[int]
    """The outermost quotations' starts and ends, sorted."""
    _starts: dict[tuple[int, int], int]
    _clauses: dict[tuple[int, int], int]

    # -- quotations' extent ------------------------------------------------------------------------------------

    def _inside(self, offset: int) -> bool:
        index = bisect_right(self.span_starts, offset) - 1
        return index >= 0 and self.span_starts[index] <= offset < self.span_ends[index]

    def _block_start(self, offset: int) -> int:
        """The start of the block holding ``offset`` (0 before the first block)."""
        index = bisect_right(self.starts, offset) - 1
        return self.starts[index] if index >= 0 else 0

    def _prev_close(self, offset: int, floor: int) -> int:
        """End of the last quotation closing before ``offset`` (not before ``floor``)."""
        index = bisect_left(self.span_starts, offset) - 1
        while index >= 0:
            end = self.span_ends[index]
            if end <= offset:
                return max(floor, end)
            index -= 1
        return floor

    def _next_open(self, offset: int, ceiling: int) -> int:
        index = bisect_left(self.span_starts, offset)
        if index < len(self.span_starts):
            return min(ceiling, self.span_starts[index])
        return ceiling

    def sentence_before(self, open_pos: int, block_index: int) -> str:
        return self.text[self._sentence_start(open_pos, self.starts[block_index]) : open_pos]

    def _sentence_start(self, offset: int, floor: int) -> int:
        """Start of the sentence that ``offset`` is in (not before ``floor`` or the last quotation closing before
        it). Cached: classification, the patterns and inheritance ask it of each opening mark."""
        key = (offset, floor)
        found = self._starts.get(key)
        if found is None:
            found = self._starts[key] = self._find_sentence_start(offset, floor)
        return found

    def _find_sentence_start(self, offset: int, floor: int) -> int:
        floor = self._prev_close(offset, floor)
        base = max(floor, offset - 400)
        window = self.text[base:offset]
        size = len(window)
        for match in _BOUNDARY_REVERSED.finditer(window[::-1]):  # the last boundary that is no abbreviation
            if not self._is_abbreviation(window, size - match.end()):
                return base + size - match.start()
        return base

    def _clause_start(self, offset: int, floor: int) -> int:
        """Start of the sentence holding ``offset``, looking through earlier quotations in it (cached: the rules
        of one quotation may each ask)."""
        found = self._clauses.get((offset, floor))
        if found is not None:
            return found
        base = found = max(floor, offset - 600)
        window = self.text[base:offset]
        size = len(window)
        for match in _BOUNDARY_REVERSED.finditer(window[::-1]):  # the last one outside quotations
            start, end = size - match.end(), size - match.start()
            if (not self._inside(base + start) or not self._inside(base + end - 1)) and (
                    not self._is_abbreviation(window, start)):
                found = base + end
                break
        self._clauses[offset, floor] = found
        return found

    def _sentence_end(self, offset: int, ceiling: int) -> int:
        ceiling = self._next_open(offset, ceiling)
        window = self.text[offset : min(ceiling, offset + 400)]
        for match in _BOUNDARY.finditer(window):
            if match.start() > 0 and not self._is_abbreviation(window, match.start()):
                return offset + match.start()
        return offset + len(window)

    @staticmethod
    def _is_abbreviation(window: str, dot: int) -> bool:
        begin = dot
        while begin > 0 and (window[begin - 1].isalpha() or window[begin - 1] == "."):
            begin -= 1
        token = window[begin:dot].lower()
        initials = len(token) <= 8 and bool(_INITIALS.fullmatch(token))  # "J.J. MacNab", "G.K. Butterfield"
        return (token in _ABBREVIATIONS or ((len(token) == 1 or initials) and window[begin].isupper())
                or (token in _MONTHS and window[dot + 1 : dot + 3].lstrip()[:1].isdigit())
                or (not token and _ORDINAL_BEFORE.search(window, max(0, dot - 8), dot) is not None
                    and _ORDINAL_NOUN.match(window, dot + 1) is not None))  # (a German ordinal after its article or
        # preposition: "am 14. Februar", "im 20. Jahrhundert", "der 3. Liga")


_ORDINAL_NOUN = re.compile(r" (?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
                           r"Dezember|Jahrhunderts?|Liga|Bundesliga|Runde|Platz|Stock|Mal|Klasse|Spieltag|Minute|"
                           r"Geburtstag|Jahrestag|Todestag|Etappe|Lebensjahr)\b")
"""What follows a German ordinal's full stop ("14. Februar"): no sentence ends there."""
_ORDINAL_BEFORE = re.compile(r"\b(?:am|im|vom|zum|der|die|den|dem|des|seit|ab) \d{1,4}$")


class Bounds(SentenceBounds):
    """Sentence bounds alone, with no attributor (no people index): what classifying a quotation reads, in a
    process that classifies while another builds the index (:meth:`reader.quotes.Detection.kinds_of`)."""

    def __init__(self, text: str, starts: list[int], span_starts: Sequence[int], span_ends: Sequence[int]) -> None:
        self.text = text
        self.starts = starts
        self.span_starts, self.span_ends = span_starts, span_ends
        self._starts = {}
        self._clauses = {}
