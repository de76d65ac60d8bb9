"""People who share a surname, told apart: a name's identity is (surname, given names, suffix), and a bare
surname names one of the people it may (the namesake named in full earlier in the paragraph, an honorific's
gender, else the first named). A mixin of :class:`reader.quotes.people.People`, which indexes the article's
mentions; split out of that module (over 500 lines). See docs/ARCHITECTURE.md, "People who share a surname".
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reader.quotes.given_names import given_gender
from reader.quotes.names import identity_of
from reader.quotes.speaker_kinds import _is_group
from reader.quotes.words import _FUNCTION, _HONORIFICS

_KIN_BEFORE = re.compile(r"\b(?:his|her|their|\w+['’]s)\s+(father|mother|dad|mum|mom|grandfather|grandmother|son|"
                         r"daughter|grandson|granddaughter)\s*,\s*(?:[\w.]+\s+){0,4}$", re.IGNORECASE)
"""A kinship right before a full mention: "his son, Jack Keane", "Marsh's father, former Ohio Gov. Richard Marsh"."""
_OLDER = frozenset("father mother dad mum mom grandfather grandmother".split())


@dataclass(slots=True, eq=False)
class Person:
    """One person (compared by identity: two people may share a name's every word but its given names)."""

    full: str
    surname: str
    tokens: int
    first: int
    gender: str
    words: set[str]
    """The words around the mentions read so far (see :meth:`People.context`)."""
    unread: list[tuple[int, int, list[str]]]
    """(start, end, title words) of mentions whose surrounding words are not read yet."""
    seen: int = 0
    """Mentions whose words make up the context (at most :data:`_CONTEXT_MENTIONS`)."""
    given: frozenset[str] = frozenset()
    """The given names the article writes with the surname (lower case: "bill"), what tells namesakes apart."""
    suffix: str = ""
    """A generational suffix ("jr"): Donald Trump Jr. is not Donald Trump."""
    named: array[int] = field(default_factory=lambda: array("q"))
    """Offsets of the mentions that give a given name (in order): which namesake a bare surname means."""
    word_starts: dict[str, int] = field(default_factory=dict)
    """Each word of :attr:`words` and the first mention it was read around (see :meth:`People.resolve_role`)."""
    held: set[str] = field(default_factory=set)
    """Roles a description was resolved to them by (:meth:`People.hold`)."""


_NO_FIRST_NAMES = frozenset("like unlike despite amid among via per inside outside without within toward towards "
                            "upon beyond behind given during after before since until across along around "
                            "throughout against between beneath near unless whether whereas once perhaps maybe "
                            "indeed instead thus hence see alas dear poor hey yes well".split())
"""Prepositions, conjunctions, adverbs and interjections that can open a sentence before a name ("Like Trump,
Beck …", "Whether Bartleby would go …", "(See Facebook's own description …)", "Poor Bartleby"): never the
name's first word ("Oh" and "Ah" are left out: Korean and Chinese surnames)."""


_PARAGRAPH_REACH = 5_000
"""Characters between a namesake's full mention and a bare one that can still be one paragraph (news paragraphs
are a few hundred)."""
_LARGEST_FAMILY = 64
"""People who share a surname, at most: a further name of that surname that fits none of them is the first of
them (a real text names a few Clintons; a hostile one, thousands of "X Smith", made each mention compare with
every Smith: quadratic)."""


def _may_differ(identities: Iterable[tuple[str, frozenset[str], str]]) -> set[str]:
    """The surnames of which two of ``identities`` (each distinct name in the text) do not fit each other (given
    names with none in common, or another suffix): only there can the index find namesakes. A person's given
    names only grow by names that fit them, so a name that fits none of a surname's persons fits none of the
    names they were met as: checking the names pairwise finds every surname the index could split."""
    by_surname: dict[str, set[tuple[frozenset[str], str]]] = {}
    for surname, given, suffix in identities:
        if given or suffix:
            by_surname.setdefault(surname, set()).add((given, suffix))
    differ: set[str] = set()
    for surname, names in by_surname.items():
        if len(names) < 2:
            continue
        listed = list(names)
        # (more names than a family holds: they may differ, as far as this pruning check goes)
        if len(listed) > _LARGEST_FAMILY or any(
                (a[1] != b[1] and (a[1] or b[1])) or (a[0] and b[0] and a[0].isdisjoint(b[0]))
                for i, a in enumerate(listed) for b in listed[i + 1 :]):
            differ.add(surname)
    return differ


def _honorific(prefix: list[str]) -> str:
    """The gender an honorific among a name's title words tells ("Mrs. Clinton": "f"), or ""."""
    return next((_HONORIFICS[key] for key in (t.rstrip(".").lower() for t in prefix) if key in _HONORIFICS), "")


def _fits(person: Person, given: frozenset[str], suffix: str) -> int | None:
    """How well a mention's given names and suffix fit ``person`` (higher: better; ``None``: another person).
    A bare surname fits everyone of it; a given name fits someone whose given names are unknown or share it; a
    suffix must be theirs ("Trump Jr."), unless they are known by the surname alone so far, while no suffix fits
    anyone ("Casey" for Robert P. Casey Jr.)."""
    if suffix and person.suffix != suffix:
        if person.suffix or person.given:
            return None
        return 0  # known only by the surname so far (a headline's "Biden"): takes the suffix
    if given and person.given:
        if given.isdisjoint(person.given):
            return None
        return 3 if person.suffix == suffix else 2
    return 1 if person.suffix == suffix else 0


class Namesakes:
    """The namesake half of :class:`reader.quotes.people.People` (state set by :meth:`_init_namesakes`)."""

    text: str
    persons: dict[str, Person]
    _lowered: set[str] | frozenset[str]

    def _init_namesakes(self) -> None:
        self.families: dict[str, list[Person]] = {}
        """The people who share a surname ("Bill Clinton", "Hillary Clinton"), for the surnames that more than one
        person has: each mention of the surname is resolved to one of them (:meth:`_namesake`)."""
        self.everyone: list[Person] = []
        """Every person, in the order of their first mention."""
        self._by_full: dict[str, Person] | None = None
        self._identities: dict[tuple[str, ...], tuple[str, frozenset[str], str]] = {}
        """:func:`identity_of` of each run of tokens :meth:`person_of` was asked about (the patterns ask again and
        again)."""
        self._last_named: dict[str, tuple[int, Person]] = {}
        """For each family, the member named in full last so far and where (the index reads in order)."""
        self._plain_first: dict[str, Person] = {}
        """For each family, the first member without a generational suffix."""

    def core(self, tokens: list[str]) -> tuple[list[str], list[str]]:
        raise NotImplementedError  # (People's)

    def _sentence_initial(self, start: int) -> bool:
        raise NotImplementedError  # (People's)

    def _person(self, surname: str, given: frozenset[str], suffix: str, start: int, core: list[str],
                opens: bool, gender: str) -> Person:
        """The person a mention at ``start`` names (the index, in document order), made when new: a surname's
        first person, or a namesake when the given names (or the suffix) differ from everyone's of that surname
        ("Bill Clinton" after "Hillary Clinton"; not "Like Corker" opening a sentence, where "like" is a word)."""
        family = self.families.get(surname)
        if family is None:
            first = self.persons.get(surname)
            if first is None:
                person = self.persons[surname] = Person(" ".join(core), surname, len(core), start, "", set(), [])
                person.suffix = suffix
                self.everyone.append(person)
                return person
            if _fits(first, given, suffix) is not None:
                return first
            family = [first]
        else:
            found = (self._bare(surname, family, start) if not given and not suffix and not gender
                     else self._namesake(family, given, suffix, start, gender))
            if found is not None:
                return found
        if (opens and self._opening_word(core[0], start)) or len(family) >= _LARGEST_FAMILY:
            # not a given name but a word opening the sentence ("Like Corker, Menendez …", "Neither Clinton …"),
            # or a family already as large as any real text's
            return self._namesake(family, frozenset(), suffix, start, gender) or family[0]
        person = Person(" ".join(core), surname, len(core), start, "", set(), [])
        person.suffix = suffix
        if len(family) == 1 and family[0].named:
            self._last_named[surname] = (family[0].named[-1], family[0])
        family.append(person)
        self.families[surname] = family
        # the first of them without a suffix (a bare surname's choice, failing a namesake in its paragraph)
        self._plain_first[surname] = next((member for member in family if not member.suffix), family[0])
        self.everyone.append(person)
        return person

    def kin_namesake(self, whose: str | None, gender: str, offset: int) -> str | None:
        """The one person named before ``offset`` (anywhere, when ``offset`` is -1: a spouse the article names
        later, part 40) who shares a surname with ``whose`` (a kin's owner), of the kin's ``gender``: "Mark Lee, 19,
        was jailed. Anna Lee, 52, watched from the gallery. His mother said: …" is Anna Lee's. None when there is
        no one such, or more than one."""
        person = self.named(whose) if whose and gender else None
        if person is None:
            return None
        kin = [other.full for other in self.everyone if other.surname == person.surname and other.full != person.full
               and (other.first < offset or offset < 0) and other.gender in ("", gender)]
        return kin[0] if len(kin) == 1 else None

    def _bare(self, surname: str, family: list[Person], start: int) -> Person | None:
        """:meth:`_namesake` of a bare surname with no honorific, as the index meets it in document order: the
        namesake named in full last (:attr:`_last_named`) if that was in this paragraph, else the first of them.
        The same answer in constant time (a large document's families are large, and most mentions are bare)."""
        last = self._last_named.get(surname)
        if last is None or last[1].suffix:  # (a suffixed name last: the rule reads the others)
            return self._namesake(family, frozenset(), "", start)
        if self._same_paragraph(last[0], start):
            return last[1]
        return self._plain_first[surname]

    def _same_paragraph(self, earlier: int, later: int) -> bool:
        """Whether no line break stands between the offsets, looked for only :data:`_PARAGRAPH_REACH` back (a
        text with no line break, a surname in every sentence, read the whole text before each mention:
        quadratic). Farther back counts as another paragraph."""
        return later - earlier <= _PARAGRAPH_REACH and self.text.find("\n", earlier, later) < 0

    def _opening_word(self, word: str, start: int) -> bool:
        """Whether ``word``, opening a run of capitalised words at ``start``, is a word that opens the sentence
        rather than a given name: the sentence starts there and the article writes the word in lower case, or it
        is a function word, a preposition, or reads as a participle or an adverb."""
        key = word.lower()
        return (key in self._lowered or key in _NO_FIRST_NAMES or key in _FUNCTION
                or (key.endswith(("ing", "ed", "ly")) and not given_gender(word))) and self._sentence_initial(start)

    def _namesake(self, family: list[Person], given: frozenset[str], suffix: str, offset: int,
                  gender: str = "") -> Person | None:
        """Which of the people sharing a surname a mention at ``offset`` names: the one its given names (and
        suffix) fit. A bare surname ("Clinton said", "Mr. Bush") names, among those of its honorific's gender
        (when known), the one named in full last if that was earlier in the same paragraph ("Bill Clinton, in
        Iowa, said … “…,” Clinton added"), else the first of them the article names, as before namesakes were
        told apart: news names its subject first and a relative in full where they appear ("Mr. Trump" stays the
        candidate after a mention of "Ivanka Trump's den"). ``None``: nobody fits."""
        best: list[Person] = []
        best_score = -1
        for person in family:
            score = _fits(person, given, suffix)
            if score is None:
                continue
            if score > best_score:
                best, best_score = [person], score
            elif score == best_score:
                best.append(person)
        if len(best) > 1 and gender:  # of the honorific's gender if known, else of none known
            best = ([person for person in best if person.gender == gender]
                    or [person for person in best if not person.gender] or best)
        if len(best) <= 1:
            return best[0] if best else None
        recent: Person | None = None
        latest = -1
        for person in best:
            index = bisect_right(person.named, offset) - 1
            if index >= 0 and person.named[index] > latest:
                recent, latest = person, person.named[index]
        if recent is not None and self._same_paragraph(latest, offset):
            return recent
        return best[0]  # the first of them the article names

    def relative(self, surname: str, offset: int, elder: bool) -> Person | None:
        """Whom "the elder Cruz" (``elder``) or "the younger Keane" at ``offset`` names, by the kinship the article
        gives a namesake's full mention ("his father, Rafael Cruz", "his son, Jack Keane", "Marsh's father, former
        Ohio Gov. Richard Marsh"): the elder is a parent named so, else the one namesake not named as a child (and
        the younger the reverse). None when the article says no such thing: no guess (which Keane is the subject,
        father or son, differs from article to article)."""
        family = self.families.get(surname)
        if family is None or len(family) < 2:
            return None
        kin: dict[int, str] = {}
        for number, person in enumerate(family):
            for at in person.named[: min(4, bisect_right(person.named, offset))]:  # (a slice of four, not all)
                found = _KIN_BEFORE.search(self.text, max(0, at - 60), at)
                if found:
                    kin[number] = found.group(1).lower()
                    break
        older = {number for number, word in kin.items() if word in _OLDER}
        younger = set(kin) - older
        wanted = (older or set(range(len(family))) - younger) if elder else (younger or set(range(len(family))) - older)
        return family[wanted.pop()] if len(wanted) == 1 and kin else None

    def named(self, full: str) -> Person | None:
        """The person whose full name is ``full`` (after the index: names no longer grow)."""
        by_full = self._by_full
        if by_full is None:
            by_full = self._by_full = {person.full: person for person in reversed(self.everyone)}
        return by_full.get(full)

    def person_of(self, tokens: list[str], offset: int) -> Person | None:
        """The person a run of capitalised tokens at ``offset`` names, if the index knows them (never made
        here: a given name nobody of that surname has falls back to the surname alone)."""
        key = tuple(tokens)
        identity = self._identities.get(key)
        if identity is None:
            prefix, core = self.core(tokens)
            identity = self._identities[key] = identity_of(prefix, core) if core else ("", frozenset(), "")
        surname, given, suffix = identity
        if not surname:
            return None
        family = self.families.get(surname)
        if family is None:
            person = self.persons.get(surname)
            return person if person is not None and (not suffix or person.suffix == suffix) else None
        gender = _honorific(self.core(tokens)[0])
        return (self._namesake(family, given, suffix, offset, gender)
                or self._namesake(family, frozenset(), "", offset, gender))


def _may_be(person: Person, gender: str) -> bool:
    """Whether "he" or "she" (``gender``) may stand for ``person``: of that gender, or of none known and not a
    people, nor a lone given name of the other gender ("told Aisha he had been given …": not Aisha)."""
    if person.gender:
        return person.gender == gender
    return not _is_group(person.surname) and not (
        person.tokens == 1 and (given_gender(person.surname) or gender) != gender)


def nicknamed(nickname: str, gender: str, mentions: Sequence[int], people: Sequence[Person], at: int) -> Person | None:
    """The person named in the 600 characters before ``at`` that "Dot, as she is known" stands for: the most recent
    of that gender whose given name holds the nickname's first two letters ("Dot" and Dorothy, "Maggie" and Margaret,
    "Lizzie" and Elizabeth; "Danny" is not Andrew), not whoever was named last (a neighbour). "Bob" for Robert and
    "Bill" for William are missed: no speaker rather than a wrong one."""
    pair = nickname[:2].lower()
    for index in range(len(mentions) - 1, -1, -1):
        if at - mentions[index] > 600:
            break
        person = people[index]
        given = person.full.split()[0].lower() if " " in person.full else ""
        if given and pair in given and _may_be(person, gender):
            return person
    return None
