"""The evidence that a run of capitalised words is a person's name where it stands, which the people index
(:class:`reader.quotes.people.People`) weighs: an appositive with a person's role ("Graham Tolhurst, a retired
airline engineer,"), a role it is apposed to ("Her sous chef, Diego Ferreira,"), a saying verb after it, and
what may open a run without being a first name ("Like Trump"). A mixin over the article's text; pure Python."""

from __future__ import annotations

import re

from reader.quotes.descriptions import _is_role, role_before_name
from reader.quotes.given_names import given_gender
from reader.quotes.more_words import CLUB_HEADS, PARTICLE_CUES
from reader.quotes.names import _PLACE_ENDINGS, _PLACE_NAMES, _PLACE_OPENERS, _TOKEN
from reader.quotes.namesakes import _NO_FIRST_NAMES
from reader.quotes.words import (
    _BE,
    _DEMONYMS,
    _MORE_PREPOSITIONS,
    _ORG_NOUNS,
    _ORG_WORDS,
    _PERSON_ROLES,
    _PLACES,
    _PREPOSITIONS,
    _ROLES,
    _SAY,
    _SKIP_BEFORE_VERB,
    _TITLES,
)

_APPOSITIVE = re.compile(r",\s*([^,.;:]{1,80})")
_PARENTHESIS = re.compile(r"\s*\([^()]{0,40}\)")
_CLAUSE_SPLIT = re.compile(r"[.,;:!?()—–]")
_ASIDE_BEFORE = re.compile(r" ?\([^()]{1,40}\)(?=, $)")
"""A party or an aside in brackets between a role and the name after its comma ("Le maire (SE), Francis
Deroubaix", "la maire (divers droite), Françoise Lemarchand"): left out when the role is read (part 27)."""
_LONE_VERB = re.compile(r" (?:has|had|is|was|says|said|laughs|shrugs|smiles|nods|sighs|runs|works|lives"
                        r"|[a-z]{3,}ed)\b")
_APPOSED_VERB = re.compile(r", an? [^,.;:“”\"]{3,80}, (?:[a-z]+ly )?(?:has|had|is|was|says|said|[a-z]{3,}ed)\b")
"""After a lone given name opening its sentence, an apposition and a verb: the name is its subject, a person."""
_KIN_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur) (?:[a-z]+ )?(?:wife|husband|son|daughter|brother"
                         r"|sister|mother|father|mum|mom|dad|neighbour|neighbor|friend|partner|colleague|cousin|uncle"
                         r"|aunt|grandson|granddaughter|grandmother|grandfather|boyfriend|girlfriend|nephew|niece),? $")
"""A lone given name's evidence (:meth:`NameEvidence._lone_given`): a verb after it, a relative before it."""
_AGED_OR_WHO = re.compile(r", (?:\d{1,3},|who )")
"""After a full name, an age or "who": a person ("Kamil Nowak, 20, one of the club’s first champions", "Skye
MacAulay, who won the under-16 title")."""
_YEARS_OLD = re.compile(r", an? \d{1,3}-year-old\b")
"""After a full name, "an 84-year-old": a person, wherever the name stands (no place or club is that old)."""
_WHOSE_KIN = re.compile(r", whose (?:late )?(?:family|husband|wife|partner|son|daughter|father|mother|parents|children|"
                        r"brother|sister|grandson|granddaughter)\b")
_NOT_BEFORE_A_PERSON = frozenset("the at of for from in with on to by through against including like via".split())
_COMPLEMENT_OPENERS = _PREPOSITIONS | _MORE_PREPOSITIONS | {"beside", "besides", "alongside", "behind", "without"}


class NameEvidence:
    """What the text says around a run of capitalised words (see the module)."""

    text: str
    lang: str
    _lowered: set[str] | frozenset[str]

    def _is_lead(self, word: str) -> bool:
        """Whether ``word`` can open a capitalised run without being a first name: a participle, an adverb or a
        preposition ("Like", "Across"; a participle or adverb only when the article also writes it in lower case:
        "Endorsed", not "Bill", whatever the text says of bills)."""
        key = word.lower()
        return key in _NO_FIRST_NAMES or (key in self._lowered and key.endswith(("ing", "ed", "ly")))

    def _without_lead(self, core: list[str], start: int) -> list[str]:
        """A name run that opens a sentence with a participle, an adverb or a preposition the article also writes
        in lower case ("Like Trump", "Endorsed Trump"): the name is the rest. (A headline's runs are cut to the
        surname before this: see ``title_end``.)"""
        return core[1:] if self._sentence_initial(start) else core

    def _sentence_initial(self, start: int) -> bool:
        k = start - 1
        while k >= 0 and self.text[k] in " \t\u00a0":
            k -= 1
        return k < 0 or self.text[k] in ".!?:\n\r\"“„«»”("  # ("(See Facebook's …)": a sentence in brackets)

    def _lone_given(self, start: int, end: int, surname: str) -> bool:
        """English: whether a lone given name the reader knows stands for a person where it stands: opening its
        sentence before a verb ("Maria has run the counter for twenty years", "Thomas shrugged"), or after a
        relative or a neighbour ("Her neighbour Thomas", "his wife, Maria,"). Not a place's name ("Austin has")."""
        if not given_gender(surname) or surname in _PLACES or surname in _PLACE_NAMES:
            return False
        if self._sentence_initial(start) and (_LONE_VERB.match(self.text, end) or _APPOSED_VERB.match(self.text, end)):
            return True  # (or past an apposition: "Tomás, a second-year history student, admitted he …")
        kin = _KIN_BEFORE.search(self.text, max(0, start - 40), start)
        before = self.text[max(0, kin.start() - 12) : kin.start()].split()[-1:] if kin else []
        # (after a preposition, a complement whom a later "he" does not stand for: "with his late brother, Eddie,",
        # "buried beside her husband, Mark"; "But his wife, Jane, offered" is a subject)
        return kin is not None and (not (before and before[0].lower() in _COMPLEMENT_OPENERS) or self.text.startswith(
            (". She ", ", who ") if given_gender(surname) == "f" else (". He ", ", who "), end))  # (unless the next
        # sentence goes on about them: "on the arm of his daughter, Eleri. She had driven him")

    def _after_role(self, start: int) -> bool:
        """Whether the name at ``start`` stands in apposition to a role ("Her sous chef, Diego Ferreira, has
        worked …", "Mr Nowicki's partner, Zuzanna Kowalczyk, left", "She is survived by a son, Erik Barr."; in French
        and German the role's words after its clause's cue, :func:`reader.quotes.descriptions.role_before_name`:
        "Die Koordinatorin des Zuchtprogramms, Aino Virtanen vom Zoo Helsinki,"): a person's full name, whatever
        verb follows."""
        if self.text[start - 2 : start] != ", ":
            return False
        if self.lang != "en":  # (past a party's abbreviation: "Le maire (SE), Francis Deroubaix,")
            clause = _CLAUSE_SPLIT.split(_ASIDE_BEFORE.sub("", self.text[max(0, start - 120) : start]))[-2]
            return bool(role_before_name(_TOKEN.findall(clause), self.lang, frozenset()))
        before = self.text[max(0, start - 30) : start - 2].rsplit(None, 1)
        return bool(before) and before[-1].islower() and _is_role(before[-1])

    def _apposed_at(self, start: int, end: int, given: bool) -> bool:
        """:meth:`_apposed` for the name at ``start:end``, unless a preposition governs it ("One woman who lives on
        Pine Alley, and who …, said": a street)."""
        before = self.text[max(0, start - 20) : start].split()[-1:]
        return not (before and before[0].lower() in _NOT_BEFORE_A_PERSON - {"the"}) and self._apposed(end, given)

    def _role_apposed(self, end: int, unknown: bool = False) -> bool:
        """French and German: whether a role follows the name at ``end`` after a comma, maybe after an article
        ("Sarah El Khatib, biologiste marine à …", "Viliami Fifita, le deuxième-ligne", "Jana Novak, Ärztin in …").
        ``unknown``: the name's given name is none the reader knows ("Els Vanderbeken, porte-parole de Lumigaz"):
        only a person's role, with no article ("À Port Leucate, le maire …": a place, then a clause's subject; "Racing
        Valbonne, le club": an organisation)."""
        words = _ROLE_AFTER_COMMA.match(self.text, end)
        if words is None or unknown and words.group(1) in _ARTICLES_DE_FR:
            return False
        role = (words.group(2) or "" if words.group(1) in _ARTICLES_DE_FR else words.group(1)).lower()
        return _is_role(role) and not (unknown and (role in _ORG_NOUNS or role in _ORG_WORDS or role.endswith("s")))

    def _apposed(self, end: int, given: bool = False) -> bool:
        """Whether an appositive after the name at ``end`` leads to a saying verb ("John Smith, the mayor, said"), past
        a relative clause on it ("Shona McLeod, managing director of Glen Coaches, which runs 14 routes, said")."""
        aside = _APPOSITIVE.match(self.text, end)
        words = aside.group(1).split() if aside is not None else []
        if words[:1] in (["a"], ["an"]) and (any(w in _PERSON_ROLES for w in words[1:4]) if given else (
                len(words) <= 4 and words[-1] in _PERSON_ROLES)):  # a person by a person's role: "Latoya Parker, a
            return True  # temporary worker who …, was in tears"; "Graham Tolhurst, a retired airline engineer,"
        for _ in range(3):  # ("Orin Kerr, a law professor at the University of California, Berkeley, who …, said")
            if aside is None or not self.text.startswith(",", aside.end()) or (
                    aside.group(1).istitle() and given_gender(aside.group(1).split()[0])):
                return False  # (", Leo Marchetti,": a person's name in apposition to this one, an organisation)
            if self._subject_of_verb(aside.end() + 1):
                return True
            aside = _APPOSITIVE.match(self.text, aside.end())
        return False

    def _subject_of_verb(self, end: int, before: str = "") -> bool:
        """Whether a saying verb follows the name ending at ``end`` (past adverbs and auxiliaries), so the name is its
        subject; not after a French or German preposition (``before``: the word before the name), whose object it
        is ("l'entreprise établie à Québec affirme", "Eine Pendlerin aus Hanau sagte": part 27)."""
        if (before in _PREPOSITIONS_DE_FR and self.lang in ("fr", "de")) or (before in _PLACE_PREPOSITIONS
                                                                             and self.lang == "en"):
            return False  # ("Fishing crews in Carrickmore have said": the place the subject is in)
        skip = _PARENTHESIS.match(self.text, end, end + 80)
        begin = skip.end() if skip else end
        # the first three tokens of the next 40 characters (at most), one at a time: the first usually decides
        passive = False
        for count, match in enumerate(_TOKEN.finditer(self.text, begin, min(begin + 40, end + 80))):
            key = match.group().lower()
            if key in _SAY and key not in PARTICLE_CUES:  # (those need their particle: "Mit leiser Stimme wandte
                # er sich an …" is no cue)
                return not passive or key.endswith("ing")  # (not "Farmers across south Holmshire have been urged
                # to …": part 27; "is saying" is no passive)
            if key not in _SKIP_BEFORE_VERB or count == 2:
                return False
            passive = key in _BE
        return False

    def _aged_or_who(self, start: int, end: int, prefix: list[str], core: list[str]) -> bool:
        """English: whether the two-word name at ``start:end`` (a run with no title words) is followed by an age or
        "who" (:data:`_AGED_OR_WHO`): a person whatever their given name, unless the name is a place's or a club's
        ("Manchester United, who won", as British sports writing has it), or follows "the" or a preposition ("the
        Vesper Hours, who", "A cafeteria worker at Lincoln Elementary, who": a band, a complement)."""
        before = self.text[max(0, start - 20) : start].split()[-1:]
        if not prefix and len(core) >= 2 and _WHOSE_KIN.match(self.text, end) and core[-1] not in CLUB_HEADS:
            return True  # ("for Siobhán Mac Giolla Bhríde, whose family has fished …": kin are a person's)
        return (not prefix and len(core) == 2 and core[-1] not in CLUB_HEADS
                and " ".join(core) not in _PLACES and core[0] not in _PLACES
                and (_AGED_OR_WHO.match(self.text, end) is not None and not (
                    before and before[0].lower() in _NOT_BEFORE_A_PERSON)
                     or _YEARS_OLD.match(self.text, end) is not None))
        # (an "84-year-old" after a preposition too: "Many came from Jory Trewhella, an 84-year-old former crabber")


_ROLE_AFTER_COMMA = re.compile(r", ([\w’'-]+)(?: ([\w’'-]+))?")
_ARTICLES_DE_FR = frozenset("le la l’ l' un une der die ein eine".split())
_PREPOSITIONS_DE_FR = frozenset("à de en au aux du des aus in von vom im nach bei".split())
_PLACE_PREPOSITIONS = frozenset("in at from near outside inside across throughout".split())
_GROUP_AFTER = re.compile(r" (?:family|customers|supporters|voters|fans|loyalists|backers|employees|staffers)\b")
"""A lower-case group right after a lone surname: the name modifies it ("the Rahimi family", "former Hollister
customers", "Trump supporters": part 27), no mention of a person whom "he" could stand for."""


def given_and_surname(name: str, gender: str, lowered: set[str] | frozenset[str]) -> bool:
    """Is ``name`` a person's given name of ``gender`` and a surname: two words (initials and a suffix aside:
    "Edward D. Kleinbard"), the first no place, the second no organisation's word, given name or word the article
    writes in lower case (``lowered``): not "Virginia Beach", "Lincoln Center", "Marie Claire", "Victoria
    Station", "George Mason University"? A pronoun may stand for such a name though the people index lacks it."""
    words = [word for word in name.split() if len(word.rstrip(".")) > 1 and word not in ("Jr.", "II", "III")]
    return (len(words) == 2 and given_gender(words[0]) == gender and words[0] not in _PLACES
            and words[1].lower() not in _ORG_WORDS and not given_gender(words[1])
            and words[1].lower() not in lowered)


def name_of_unknown_gender(name: str, lowered: set[str] | frozenset[str]) -> bool:
    """Is ``name`` a person's full name whose given name no list knows ("Zoltan Kertesz", "Thandiwe Pierce"): two
    words as :func:`given_and_surname` asks, the first no word the article writes in lower case, no title, role
    or organisation's word, no place ("General Motors", "Network Rail", "South Carolina" are none). A pronoun of
    either gender may stand for it."""
    words = [word for word in name.split() if len(word.rstrip(".")) > 1 and word not in ("Jr.", "II", "III")]
    return (len(words) == 2 and all(word[:1].isupper() and word.replace("-", "").replace("’", "").isalpha()
                                    for word in words)
            and given_and_surname(name, "", lowered) and words[0].lower() not in lowered
            and " ".join(words) not in _PLACES and words[0] not in _PLACE_NAMES  # ("South Carolina said")
            and words[0] not in _PLACE_OPENERS and words[1] not in _PLACE_ENDINGS
            and words[0].lower() not in _TITLES and words[0].lower() not in _ROLES
            and words[0].lower() not in _ORG_WORDS and words[0] not in _DEMONYMS)
