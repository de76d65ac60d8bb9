"""What the words around a run of capitalised words tell the people index (:class:`reader.quotes.people.People`)
as it decides which runs name a person: an age after a lone name or a full one ("Ahmed, 34 ans,", "Ken, 74,",
"Gilbert Lacoste, 73 ans"), a relative's noun before it ("her grandson Kayode, 16,", "His wife of 44 years, Merline,"),
an alias ("Dot, as she is known"), a nickname in quotation marks, honorifics in brackets ("Dr (Mrs) …"), someone new
introduced ("Brian, a retired engineer"), a conjunction alone before a given name ("Und Melanie?"), a reported
clause's verb after "said"; in German, the words after which a capitalised word is a common noun ("wenige Sätze");
in French, the gender a noun after an age tells ("étudiante"). The index's own code stays in
:mod:`reader.quotes.people`; these patterns and helpers, read only there, were split out of it in part 42 (over 500
lines). Pure Python."""

from __future__ import annotations

import re

from reader.quotes.colon_labels import _GERMAN_DETERMINERS
from reader.quotes.descriptions import _article_gender
from reader.quotes.run_pieces import declined_adjective
from reader.quotes.token_shapes import _GERMAN_PREPOSITIONS
from reader.quotes.words import _GERMAN_ARTICLES

_AGE_AFTER = re.compile(r", (?:\d{1,3}(?: ans| Jahre(?: alt)?)?,|(?=(?:qui|der|die|who) ))|"
                        r" \([^()]{1,60}\), \d{1,3} (?:ans|Jahre)\b")  # ("Sophie (le prénom a été modifié), 44 ans")
"""An age after a name ("Ahmed, 34 ans,", "Ken, 74,"), or a relative clause on a person ("Didier, qui assure les
tournées"): in French and German, evidence of a person whatever the given name (a lone capitalised word there is
no noun); a relative clause counts for a known given name only (see where it is read)."""
_INTRODUCED_AFTER = re.compile(r", (?:an? |\d{1,3},)")  # ("Brian, a retired engineer from Stockport": another)
_ALIAS_AFTER = re.compile(r", as (she|he) is (?:known|called)\b")
_AGED_FULL = re.compile(r", \d{1,3} (?:ans|Jahre)\b| (?:ist|war|a) \d{1,3} (?:Jahre alt|ans)\b")
"""An age after a full name: "Gilbert Lacoste, 73 ans, ancien …", "Ladina Albin ist 17 Jahre alt" (part 35)."""
_CLAUSE_VERB = re.compile(r"(?: (?:district|county|province|region|state|city|town|municipality|constituency))?"
                          r" (?:\w+ly )?(?:[a-z]+ed|is|are|was|were|has|have|had|will|would|could|can|should|may|might"
                          r"|must|did|does|do|ab|zu)\b")
"""A verb after a name after "said": the name is the reported clause's subject ("sagt Premiere ab": a particle), or
a place's, with its noun between ("Lim said Johor Baru district recorded the most cases"; part 41)."""


_GERMAN_NUMBERS = frozenset(
    "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert tausend".split())
"""German numbers ("ein" is an article: "ein Müller sagte")."""


_KIN_BEFORE = re.compile(r"\b(?:son|daughter|grandson|granddaughter|nephew|niece|brother|sister|cousin) $")
"""A relative's noun right before a lone name with an age ("her grandson Kayode, 16,"): a person's name."""
_KIN_APPOSED = re.compile(r"(?:^|[.!?”] |\n)(?:His|Her|Their|[A-Z][\w-]+[’']s) (?:(?:late|younger|older|elder|"
                          r"eldest|youngest) )?(?:wife|husband|son|daughter|brother|sister|mother|father|partner|"
                          r"widow|grandson|granddaughter)(?: of \d+ years)?, $")  # ("Tuala’s wife …, Masina,": 39)
"""A relative named in apposition as a sentence's subject ("His wife of 44 years, Merline, will be in the stands"): the
single name after it is a person's, known as a given name or not (part 35; not "she learned songs from her mother,
Máire, in a kitchen": a name in passing, whom the next "she" does not stand for)."""
_BRACKETED_HONORIFICS = ("(Mrs) ", "(Mr) ", "(Mrs.) ", "(Mr.) ", "(Ms) ", "(Miss) ")
_NICKNAMED = re.compile(r"[A-Z][\w’'-]+ [“\"][A-Z][^”\"\n]{0,24}[”\"] $")
"""A given name and a nickname in quotation marks before a surname ("Sharda “Sweet Voice” Baldeo", "Neville "Bones"
Clarke"): the surname is a person's."""
_CONJUNCTIONS = frozenset("And But Und Aber Doch Et Mais".split())
"""Conjunctions that may open a sentence, and so a run of capitalised words, before a given name."""


def _bare(prefix: list[str]) -> bool:
    """Whether a run's title words are none, or only a conjunction opening its sentence ("Und Melanie? Sie …"): a
    given name alone there may stand for the person named in full with it (part 35)."""
    return not prefix or len(prefix) == 1 and prefix[0] in _CONJUNCTIONS


def _common_noun_after(words: list[str]) -> bool:
    """Whether a German clause's last words are a quantifier ("wenige") or an adjective with no article before it
    ("alte") or a number ("48", "zwei"), so a capitalised word after them is a common noun ("Innerhalb von 48
    Stunden meldeten sich …"; not "der alte Müller", "der Trainer Jan Roth")."""
    if words[-1][:1].isdigit() or words[-1] in _GERMAN_NUMBERS or words[-1] in _OBJECT_PREPOSITIONS_DE:
        return True  # (a preposition's noun is no subject: "Eine Sprecherin des Berufsverbands für Pflegeberufe sagte")
    if words[-1] in _GERMAN_DETERMINERS:
        return words[-1] not in _GERMAN_ARTICLES and words[-1] not in ("ein", "eine")
    return declined_adjective(words[-1]) and words[-1] not in (
        "heute", "gerne", "lange", "bitte", "ohne", "alleine") and (
        len(words) < 2 or words[-2].lower() not in _GERMAN_DETERMINERS)


_OBJECT_PREPOSITIONS_DE = _GERMAN_PREPOSITIONS - {"von", "vom", "zu", "zum", "zur"}
"""German prepositions whose noun is never the subject of the verb after it (not "von", "zu": a surname's
particles, "von Weizsäcker sagte")."""


def _noun_gender(after: str) -> str:
    """The gender a French noun's ending tells, for the first word of ``after`` ("étudiante", "retraité")."""
    words = after.split()
    return _article_gender("l’", words[0].strip(",.").lower()) if words else ""


def glued_initial(text: str, start: int) -> bool:
    """Whether an initial (one or two letters) and its full stop stand glued to the name at ``start``, a word of
    their own before them: "G.Ochirbat", "Ts.Munkh-Erdene" (Mongolian papers write the patronymic's initial so).
    Part 43."""
    if start < 2 or text[start - 1] != "." or not text[start + 1 : start + 3].isalpha() or not (
            text[start + 1].islower()):
        return False  # (a name of letters, "Ochirbat"; not "U.S" nor "U.S.A")
    at = start - 2 if text[start - 2].isupper() else start - 3  # ("G." or "Ts.")
    return at >= 0 and text[at].isupper() and (at == start - 2 or text[start - 2].islower()) and (
        at == 0 or text[at - 1] in " (\n")

