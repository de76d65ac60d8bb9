"""The article's language, as far as attribution cares: English, German or French, whose rules the reader has,
or ``other``, whose quotations get a speaker only from shapes that read no words of the language.

Decisions:
* Told by function words in the first 20,000 characters of the text *outside* its quotations (an English
  article quoting Spanish is English), unless none of English, German or French is there (a sentence that is
  mostly its quotation): then the quotations' words count too. A word without letters (a score, a year) is no
  word here.
* ``other`` when another language's function words (Spanish, Portuguese, Italian, Dutch, Czech, Polish,
  Swedish, Danish) are at least :data:`_FEWEST_OTHER` and more than twice the best known language's; a
  particle before a capitalised word is part of a name and does not count ("van Dijk", "De Jong", "Los
  Angeles"). Also ``other``: a text written mostly in Chinese, Japanese or Korean script, and a long text with
  almost no function word of any listed language (:data:`_LEAST_HINTS`: Romanian, Turkish…). A text too short
  to tell stays English (or German or French by its words): its speakers are read with those rules.
* In an ``other`` text a speaker is kept only from an embedded post's ``— Name (@handle)`` line, a ``— Name``
  signature, or ``Name: “…”`` when the name alone opens its sentence (a transcript). The colon pattern's checks
  that a name is no medium or recipient ("told Fox News:") read English, German and French words, so "escribió
  en Twitter: “…”" would give Twitter. A speaker inherited from an earlier quotation is dropped too: the cue
  verb that would name a new speaker between them cannot be read.
No Textual or Rich import here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD = re.compile(r"[\w\u00ad]+(?:[’'‘\-][\w\u00ad]+)*")
_SAMPLE = 20_000
"""Characters of text outside quotations read."""

_KNOWN_HINTS = {
    "en": frozenset("the and of to is that was with for".split()),
    "de": frozenset("der die das und nicht ist mit den sich auf".split()),
    "fr": frozenset("le la les et des est une dans pour qui".split()),
}
"""Function words of the languages the attribution rules read."""
_OTHER_HINTS = {
    "es": frozenset("el los las y que del por para una con es se lo su al".split()),
    "pt": frozenset("os e que da dos das em para uma com não é se ao na".split()),
    "it": frozenset("il di che e per una con non è si del della gli".split()),
    "nl": frozenset("het een van dat op zijn niet ook voor wordt heeft".split()),
    "cs": frozenset("je se že na ve pro jsou jako podle také který".split()),
    "pl": frozenset("się nie że na jest jak dla są przez oraz także".split()),
    "sv": frozenset("och att är som på inte också från har".split()),
    "da": frozenset("og ikke af til det som på er også".split()),
}
"""Function words of languages the reader has no attribution rules for."""
_FEWEST_OTHER = 5
"""Another language's function words needed, and twice the best known language's, before a text is ``other``
(a short English note may hold a "para")."""
_LEAST_HINTS = 0.015
_HINTS_READ = 300
"""A text of at least :data:`_HINTS_READ` words of which under :data:`_LEAST_HINTS` are function words of any
one listed language is in a language none lists. English news runs at 0.10-0.19 (PolNeAR's lowest, a page of
tweets, 0.067); a Czech page read with only the known lists was at 0.013."""
_EAST_ASIAN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
"""Kana, CJK ideographs and Hangul: written without spaces, so a regex word there is a whole clause."""

NEUTRAL_HOWS = frozenset(("hint", "colon", "signature"))
"""The attributor's patterns (``Attributor.hows``) that may give a speaker in an ``other`` text (the colon only
as a transcript: see :func:`neutral_speaker`)."""


def guess_language(text: str, quoted: Iterable[tuple[int, int]] = ()) -> str:
    """``en``, ``de``, ``fr`` or ``other`` (see the module). ``quoted``: the outermost quotations' (start, end),
    in order, whose words are not read."""
    sample = _outside(text, quoted)
    letters = sum(map(str.isalpha, sample))
    if letters and len(_EAST_ASIAN.findall(sample)) * 2 > letters:
        return "other"
    counts, words = _counts(sample)
    if not any(counts[lang] for lang in _KNOWN_HINTS) and sample != text[:_SAMPLE]:
        counts, words = _counts(text[:_SAMPLE])  # nothing to tell outside (« si le public le veut », dit-il)
    best = max(_KNOWN_HINTS, key=lambda lang: (counts[lang], lang == "en"))
    other = max(counts[lang] for lang in _OTHER_HINTS)
    if (other >= _FEWEST_OTHER and other > 2 * counts[best]) or (
            words >= _HINTS_READ and max(counts.values()) < words * _LEAST_HINTS):
        return "other"
    return best


def _counts(sample: str) -> tuple[dict[str, int], int]:
    """Each listed language's function words in ``sample``, and its words (with a letter)."""
    hints = {**_KNOWN_HINTS, **_OTHER_HINTS}
    counts = dict.fromkeys(hints, 0)
    tokens = _WORD.findall(sample)
    words = 0
    for number, token in enumerate(tokens):
        if not any(map(str.isalpha, token)):
            continue
        words += 1
        word = token.lower()
        before_name = number + 1 < len(tokens) and tokens[number + 1][:1].isupper()
        for lang, known in hints.items():
            if word in known and not (before_name and lang in _OTHER_HINTS):
                counts[lang] += 1
    return counts, words


def _outside(text: str, quoted: Iterable[tuple[int, int]]) -> str:
    """Up to :data:`_SAMPLE` characters of ``text`` outside the ``quoted`` spans (in order), joined by spaces."""
    pieces: list[str] = []
    position = length = 0
    for start, end in quoted:
        if start > position:
            pieces.append(text[position : min(start, position + _SAMPLE - length)])
            length += len(pieces[-1])
        position = max(position, end)
        if length >= _SAMPLE:
            return " ".join(pieces)
    pieces.append(text[position : position + _SAMPLE - length])
    return " ".join(pieces)


def neutral_speaker(speaker: str | None, how: str, sentence_before: str) -> str | None:
    """``speaker`` when the pattern that found it (``how``) reads no words of the language, else None: an
    ``other`` text's speaker. ``sentence_before``: the text of the quotation's sentence before its opening mark
    (a colon counts only after a name that is all of it, "Lula: “…”", not "escribió en Twitter: “…”")."""
    if speaker is None or how not in NEUTRAL_HOWS:
        return None
    if how == "colon":
        words = sentence_before.strip().removesuffix(":").split()
        if not 1 <= len(words) <= 6 or not all(word[:1].isupper() for word in words):
            return None
    return speaker

