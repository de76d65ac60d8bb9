"""The article's language, as far as attribution cares: English, German or French, whose rules the reader has,
or ``other``, whose quotations get a speaker only from shapes that read no words of the language.

Decisions:
* Which of English, German and French: by their function words in the first 20,000 characters, as always.
* ``other`` when another language's function words (Spanish, Portuguese, Italian, Dutch, Czech, Polish,
  Swedish, Danish) outside the quotations (an English article quoting Spanish is English; a brief of under
  :data:`_FEWEST_OUTSIDE` words outside them is read whole) are at least :data:`_FEWEST_OTHER` and more than
  twice the known language's (not counting the words the two share, :data:`_SHARED`); a particle before a
  capitalised word is part of a name and does not count ("van Dijk", "De Jong", "Los Angeles"), nor does a
  word without letters. Also ``other``: a text written mostly in Chinese, Japanese or Korean script. Not told:
  languages with no list (Romanian, Turkish, Catalan…), and a text too short to hold five function words; they
  are read with the English, German or French rules. (A rule for long texts with almost no listed function word
  was tried and dropped: English pages of results tables or code fell under it.)
* In an ``other`` text a speaker is kept only from an embedded post's ``— Name (@handle)`` line, a ``— Name``
  signature, or ``Name: “…”`` when the name alone is its sentence (a transcript; see :func:`neutral_speaker`).
  The colon pattern's checks that a name is no medium or recipient ("told Fox News:") read English, German and
  French words, so "escribió en Twitter: “…”" would give Twitter. A speaker inherited from an earlier quotation
  is dropped too: the cue verb that would name a new speaker between them cannot be read.
No Textual or Rich import here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable

from reader.quotes.kinds import _WORD
from reader.quotes.names import _SURNAME_PARTICLES

_SAMPLE = 20_000
"""Characters of text outside quotations read."""

_KNOWN_HINTS = {
    "en": frozenset("the and of to is that was with for".split()),
    "de": frozenset("der die das und nicht ist mit den sich auf".split()),
    "fr": frozenset("le la les et des est une dans pour qui".split()),
}
"""Function words of the languages the attribution rules read (which of the three a text is in is told by all
of its first 20,000 characters, quotations too, as it always was)."""
_OTHER_HINTS = {
    "es": frozenset("el los las y del por para una con lo su al pero según también fue muy".split()),
    "pt": frozenset("os e dos em para uma com não ao foi mas pelo pela também".split()),
    "it": frozenset("di che e una con non è del della gli anche sono nel alla questo".split()),
    "nl": frozenset("het een van dat op zijn niet ook voor wordt heeft".split()),
    "cs": frozenset("že na ve jsou jako podle také který byl jsem".split()),
    "pl": frozenset("się że na jest jak dla są przez oraz także który".split()),
    "sv": frozenset("och att är som på inte också från har".split()),
    "da": frozenset("og ikke af til det som på også".split()),
}
"""Function words of languages the reader has no attribution rules for: none is also a common English, German
or French word ("que", "se", "il", "si", "je", "er", "nie", "da", "per" would make a French or German brief
that is mostly quotations Spanish or Danish)."""
_SHARED = {
    "es": frozenset(("la", "le", "les")),
    "it": frozenset(("la", "le")),
    "nl": frozenset(("is",)),
    "cs": frozenset(("to",)),
    "pl": frozenset(("to",)),
    "sv": frozenset(("den",)),
    "da": frozenset(("den", "der")),
}
"""Known languages' function words that are also words of another language: they do not count for the known
language when it is weighed against that one (a Spanish or Italian "la" is no French word there)."""
_FEWEST_OTHER = 5
"""Another language's function words needed, and more than twice the known language's, before a text is
``other`` (a short English note may hold a "para")."""
_FEWEST_OUTSIDE = 20
"""Words outside the quotations below which the quotations' words count too (a brief that is mostly quotes)."""
_EAST_ASIAN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
"""Kana, CJK ideographs and Hangul: written without spaces, so a regex word there is a whole clause."""

_ANY_OTHER = frozenset().union(*_OTHER_HINTS.values())
_ANY_HINT = frozenset().union(*_KNOWN_HINTS.values()) | _ANY_OTHER


_LEADS = (frozenset("""a al à ao aos em en na no nos op por para pelo pela per sobre su sur un una uno une w z
    ze od do i av på för med til af fra voor naar met aan bij uit tra contro según segun desde für""".split())
          | _ANY_HINT) - _SURNAME_PARTICLES
"""Words that open a phrase but never a name (prepositions, articles and function words of the listed languages;
not the particles that open surnames, "De Vries", "Van Dijk"): "En Twitter:", "Al Presidente:", "Desde
Bruselas:" before a colon are no speaker."""

NEUTRAL_HOWS = frozenset(("hint", "colon", "signature"))
"""The attributor's patterns (``Attributor.hows``) that may give a speaker in an ``other`` text (the colon only
as a transcript: see :func:`neutral_speaker`)."""


def guess_language(text: str, quoted: Iterable[tuple[int, int]] = ()) -> str:
    """``en``, ``de``, ``fr`` or ``other`` (see the module). ``quoted``: the outermost quotations' (start, end),
    in order, whose words are not read to tell ``other``."""
    whole = text[:_SAMPLE]
    known, _ = _counts(whole)
    best = max(_KNOWN_HINTS, key=lambda lang: (sum(known[word] for word in _KNOWN_HINTS[lang]), lang == "en"))
    sample = _outside(text, quoted)
    counts, words = _counts(sample)
    if words < _FEWEST_OUTSIDE:
        sample = whole
        counts, words = known, 0
    letters = sum(map(str.isalpha, sample))
    if letters and len(_EAST_ASIAN.findall(sample)) * 2 > letters:
        return "other"
    for lang, hints in _OTHER_HINTS.items():
        found = sum(counts[word] for word in hints)
        shared = _SHARED.get(lang, frozenset())
        rival = max(sum(counts[word] for word in known_hints - shared) for known_hints in _KNOWN_HINTS.values())
        if found >= _FEWEST_OTHER and found > 2 * rival:
            return "other"
    return best


def _counts(sample: str) -> tuple[Counter[str], int]:
    """How often each listed function word occurs in ``sample`` (another language's particle before a
    capitalised word is part of a name, "van Dijk", "Los Angeles", and not counted), and the words that hold a
    letter."""
    counts: Counter[str] = Counter()
    tokens = _WORD.findall(sample)
    words = 0
    for number, token in enumerate(tokens):
        if not any(map(str.isalpha, token)):
            continue  # a score, a year
        words += 1
        word = token.lower()
        if word in _ANY_HINT and not (word in _ANY_OTHER and number + 1 < len(tokens)
                                      and tokens[number + 1][:1].isupper()):
            counts[word] += 1
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


def neutral_speaker(speaker: str | None, how: str, sentence_before: str,
                    lowered: Collection[str] = ()) -> str | None:
    """``speaker`` when the pattern that found it (``how``) reads no words of the language, else None: an
    ``other`` text's speaker. ``sentence_before``: the text of the quotation's sentence before its opening mark;
    a colon counts only after a name that is all of it ("Lula: “…”", "Lula : « … »"), not after "escribió en
    Twitter:", nor a capitalised word the text also writes in lower case (``lowered``: "En Twitter:", "Al
    Presidente:"), nor a run in capitals (a dateline, "MADRID:", "ÚLTIMA HORA:")."""
    if speaker is None or how not in NEUTRAL_HOWS:
        return None
    if how == "colon":
        words = sentence_before.strip().removesuffix(":").split()
        if (not 1 <= len(words) <= 6 or not all(word[:1].isupper() and word[-1:].isalnum() for word in words)
                or any(word.lower() not in _SURNAME_PARTICLES and (word.lower() in lowered or word.lower() in _LEADS)
                       for word in words[:-1])
                or all(word.isupper() for word in words)):
            return None
    return speaker

