"""Where a block's sentences and words are: the rules of the text's language, apart from the document model.

:class:`reader.document.Document` asks these two functions for one block at a time, on demand, and caches the
answers (:meth:`~reader.document.Document.sentences`, :meth:`~reader.document.Document.words`); motions, `s`
(select the sentence) and `h` (highlight it) use them. Kept apart because the rules are their own job - where a
sentence may end (and where a period only ends an abbreviation or an initial, or a closing quotation mark is
followed by its attribution), what makes a word - and change for reasons that have nothing to do with blocks,
parts or offsets. Pure: no Textual or Rich import.
"""

from __future__ import annotations

import re
from functools import cache

from reader.blocks import Block, BlockKind, Span
from reader.sanitize import _COMBINING

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st jr sr vs etc e.g i.e u.s u.k u.n e.u no nos jan feb mar apr aug sep sept oct nov dec
    gen sen rep gov lt col capt sgt maj adm cmdr inc ltd co corp dept est fig vol pp p ca approx mt ft rev hon
    messrs mmes mme mlle nr bzw z.b u.a d.h ggf dt fr hr frau""".split()
)
_WORD_PART = rf"\w[\w{_COMBINING}]*"  # combining marks belong to the word they sit on ("noël" as e + U+0308)


@cache
def _sentence_end() -> re.Pattern[str]:
    """Where a sentence may end (compiled on first use, like :func:`_word`: motions come after the first paint,
    and these two patterns take half a millisecond to compile)."""
    return re.compile(r"[.!?…]+[\"'”’»«›‹“„)\]]*(?=\s+[\"'“„«‹‚‘(\[]?[\w¿¡])", re.UNICODE)


@cache
def _word() -> re.Pattern[str]:
    return re.compile(rf"{_WORD_PART}(?:[’'\-.]{_WORD_PART})*", re.UNICODE)


def sentence_spans(text: str, block: Block) -> list[Span]:
    """The sentences of ``block`` in ``text``, in order. A title or heading is one sentence."""
    if block.kind in (BlockKind.TITLE, BlockKind.HEADING):
        return [Span(block.start, block.end)]
    spans: list[Span] = []
    start = block.start
    for match in _sentence_end().finditer(text, block.start, block.end):
        end = match.end()
        if match.group().startswith(".") and _is_abbreviation(text, block.start, match.start()):
            continue
        if match.group()[-1] in _CLOSING_QUOTES and _next_is_lower(text, end, block.end):
            continue  # “Stop!” she cried. — the attribution goes on the same sentence
        spans.append(Span(start, end))
        start = end
        while start < block.end and text[start].isspace():
            start += 1
    if start < block.end:
        spans.append(Span(start, block.end))
    return spans


_CLOSING_QUOTES = frozenset("\"'”’»«›‹“")


def _next_is_lower(text: str, start: int, end: int) -> bool:
    while start < end and text[start].isspace():
        start += 1
    return start < end and text[start].islower()


def _is_abbreviation(text: str, floor: int, dot: int) -> bool:
    """True when the period at ``dot`` ends an abbreviation (Mr., U.S., Aug., No.) or an initial (J.)."""
    begin = dot
    while begin > floor and (text[begin - 1].isalpha() or text[begin - 1] == "."):
        begin -= 1
    token = text[begin:dot].lower()
    if not token:
        return False
    if token in _ABBREVIATIONS or token.rstrip(".") in _ABBREVIATIONS:
        return True
    if len(token) == 1 and text[begin].isupper():
        return True  # an initial: "J. Smith"
    return bool(re.fullmatch(r"(?:\w\.)+\w", token))  # U.S, e.g


def word_spans(text: str, block: Block) -> list[Span]:
    """The words of ``block`` in ``text``, in order (a word may hold apostrophes, hyphens and dots: "don't",
    "well-known", "e.g")."""
    return [Span(m.start(), m.end()) for m in _word().finditer(text, block.start, block.end)]
