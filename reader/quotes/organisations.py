"""Organisations a definite description stands for ("the company" after "The online bank Pennywell", "le groupe"
after "Le groupe Valmont"), and the roles an article says it will not name ("the landlord, who asked not to be
identified"). Split out of :mod:`reader.quotes.role_phrases` (over 500 lines), which resolves descriptions with
these. Pure Python, no Textual or Rich import."""

from __future__ import annotations

import re
from collections import deque
from functools import cache

from reader.quotes.names import given_gender
from reader.quotes.run_pieces import UPPER
from reader.quotes.words import _FUNCTION

_INTRODUCED_WITHIN = 1200
"""How far back (characters) "the company" looks for the business it stands for (as "the source" looks for the "A
Labour source" it refers to: :data:`reader.quotes.role_phrases._INTRODUCED_WITHIN`)."""

_ANONYMOUS = re.compile(r",? (?:(?:who|which) (?:asked|requested|spoke|declined|did not want|was not authori[sz]ed)"
                        r"[^.,]{0,40}?(?:named|identified|anonymity|name|publicly)"
                        r"|(?:der|die) (?:anonym bleiben|nicht genannt werden|(?:seinen|ihren) Namen nicht)"
                        r"|qui (?:a requis|préfère garder|souhaite garder|tient à garder) l['’]anonymat"
                        r"|sous couvert d['’]anonymat)")
"""A role's own clause saying the article will not name them ("the landlord, who asked not to be identified,", "die
Leiterin einer Grundschule, die ihren Namen nicht nennen möchte", "un député, qui a requis l’anonymat")."""
_OWNED_ARTICLES = frozenset("the le la l' l’ der die das".split())
"""Definite articles: "the company" may stand for an organisation named before ("its company" stands for none)."""
_KINDS_OF_BUSINESS = {
    "company": "company firm group maker manufacturer retailer chain airline carrier operator utility startup "
               "insurer lender bank publisher broadcaster automaker carmaker giant",
    "bank": "bank lender", "club": "club", "charity": "charity trust", "regulator": "regulator watchdog",
    "newspaper": "newspaper paper publisher", "network": "network broadcaster", "airline": "airline carrier",
    "retailer": "retailer chain", "union": "union"}
_BUSINESSES = {noun: frozenset(kinds.split()) for noun, kinds in _KINDS_OF_BUSINESS.items()}
for _noun in ("firm", "group"):
    _BUSINESSES[_noun] = _BUSINESSES["company"]
for _noun in ("manufacturer", "insurer", "lender", "carrier", "operator", "utility", "startup", "publisher",
              "broadcaster", "automaker", "carmaker", "trust", "watchdog", "paper", "chain", "maker"):
    _BUSINESSES.setdefault(_noun, frozenset((_noun,)))
"""English organisation nouns that stand for a business named before them, and the nouns that may have
introduced it ("The online bank Pennywell" for "the company" or "the bank"; not "the club" after "the
manufacturer, Agrinova"); not "the campaign", "the court": their names are people's or places'."""
_NAMED = r"([A-Z][\w&’'.-]*(?: (?:[A-Z][\w&’'.-]*|of|and|&))*? ?[A-Z][\w&’'.-]*|[A-Z][\w&’'.-]*)"
_INTRODUCING = "|".join(sorted({kind for kinds in _BUSINESSES.values() for kind in kinds}))
_ENGLISH_INTRODUCTION = re.compile(
    rf"\b({_INTRODUCING})(?: (?:of|for) (?:the )?[a-z-]+(?: [a-z-]+)?,)? {_NAMED}(?=[,.;:]? |[,.]$)"
    rf"|{_NAMED}, (?:an?|the) (?:[\w-]+ ){{0,3}}({_INTRODUCING})(?=[,.;]| (?:that|which|based|owned)\b)")
"""A business named with its noun: "the online bank Pennywell", "The manufacturer of the herbicide, Agrinova,",
"Agrinova, a seed company that …" (not "Jane Roe, the company's founder", nor "flood-ravaged Louisiana, a Baton
Rouge newspaper called on …": an apposition closes)."""


@cache
def _introduced_with_name(noun: str) -> re.Pattern[str]:
    """A noun (in any case) and the capitalised name after it: "Le groupe Valmont", "der Konzern Brenner AG"."""
    return re.compile(rf"\b(?i:{re.escape(noun)}) ((?:[{UPPER}][\w&’'-]*)(?: [{UPPER}][\w&’'-]*){{0,2}})")




def unnamed_on_purpose(text: str, end: int) -> bool:
    """Whether the role description ending at ``end`` is followed by its own clause saying the article will not
    name the person (:data:`_ANONYMOUS`), past its complement ("die Leiterin | einer Grundschule im Kreis Gießen,
    die ihren Namen nicht nennen möchte") and within its sentence: then it stands for no one the article names."""
    stop = text.find(".", end, end + 120)
    return _ANONYMOUS.search(text, end, stop if stop >= 0 else end + 120) is not None


def named_organisation(text: str, lang: str, noun: str, offset: int) -> str | None:
    """The organisation an article introduced with its name, for a definite description of it: in French or
    German, with the same noun ("Le groupe Valmont, spécialiste des emballages, …" for "le groupe"; "der Konzern
    Brenner Automotive" for "der Konzern"); in English, with a business's noun before or after the name ("The
    online bank Pennywell said …" or "The manufacturer of the herbicide, Agrinova, rejected …", then "“…,” the
    company said"). The last within :data:`_INTRODUCED_WITHIN` characters before ``offset``; None when there is
    none (English: nor for a campaign, a government, a court: their names are people's or places')."""
    floor = max(0, offset - _INTRODUCED_WITHIN)
    if lang == "en":
        kinds = _BUSINESSES.get(noun)
        if kinds is None:
            return None
        introduced = deque(_ENGLISH_INTRODUCTION.finditer(text, floor, offset), 1)  # (the last one)
        if not introduced or (introduced[0].group(1) or introduced[0].group(4)) not in kinds:
            return None
        words = (introduced[0].group(2) or introduced[0].group(3)).split()
        if given_gender(words[0]):
            return None  # a person's name ("the company's founder" is left out above; "Jane Roe, a firm …")
    else:
        introduced = deque(_introduced_with_name(noun).finditer(text, floor, offset), maxlen=1)  # (the last one)
        words = introduced[0].group(1).split() if introduced else []
    if not words or words[0].lower() in _FUNCTION or (lang == "de" and len(words) < 2):
        return None  # (German capitalises every noun: "das Unternehmen Gewinne" names nothing; two words may)
    return " ".join(words)


def compound_named(text: str, noun: str, offset: int) -> str | None:
    """The German compound an article named before ``offset`` whose head is ``noun`` ("Bundesumweltministerium" for
    "hieß es aus dem Ministerium", "Mieterverein" for "des Vereins"): the last within :data:`_INTRODUCED_WITHIN`
    characters, else None."""
    if not noun.isalpha() or len(noun) < 4:
        return None
    found = deque(_compound(noun.lower()).finditer(text, max(0, offset - _INTRODUCED_WITHIN), offset), maxlen=1)
    return found[0].group() if found else None


@cache
def _compound(head: str) -> re.Pattern[str]:
    return re.compile(rf"\b[A-ZÄÖÜ][a-zäöüß]+{re.escape(head)}\b")
