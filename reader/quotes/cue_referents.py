"""What a role no one names in its own words stands for, read from the paragraph's cues: the last cue's subject
("Donald Trump told thousands …. “…,” the Republican nominee said"), an office's holder, the indefinite description a
French demonstrative points back at ("Un voyageur … a décrit …. « … », a raconté cet étudiant"), and whether a
description surely stands for the person it resolved to. Split out of :mod:`reader.quotes.role_phrases` (over 500
lines, part 45). Pure Python, no Textual or Rich import."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import itemgetter

from reader.quotes.descriptions import _is_role, a_person
from reader.quotes.names import _POSSESSIVE
from reader.quotes.people import People
from reader.quotes.place_complements import PlaceComplements
from reader.quotes.role_referents import described_in_paragraph
from reader.quotes.speaker_kinds import Described, Unheld
from reader.quotes.words import _ORG_NOUNS, _PARTY_KEYS, _ROLES

_SAME_ROLE = {"boss": frozenset(("manager", "coach", "chief")), "manager": frozenset(("boss",)),
              "coach": frozenset(("boss", "manager"))}
"""Other words news uses for a role in a description ("the Rovers boss" for "Rovers manager Steve Harlow")."""

_LAST_CUES = 8
"""How many of a paragraph's last cues :meth:`RolePhrases._last_cue_subject` reads back, at most."""
_ASKING = ("ask", "question", "press", "wonder", "quiz")
"""Cue verbs of a question: their subject is not whom a later description stands for."""


class CueReferents(PlaceComplements):
    """Roles resolved through the paragraph's cues (see the module); :class:`reader.quotes.role_phrases.RolePhrases`
    builds on it."""

    _reading_cues: bool = False
    """Whether :meth:`_last_cue_subject` is reading paragraphs' cues (their descriptions call it again)."""
    text: str
    people: People

    def _office_holder(self, offset: int, gender: str) -> str:
        """The last person named before ``offset`` when their gender is known to be ``gender`` ("le premier
        ministre"; not a name of no known gender, as a region's: "L’ARS Auvergne-Rhône-Alpes")."""
        found = self.people.before(offset, gender)
        return found if found and (person := self.people.named(found)) and person.gender == gender else ""

    def _cue_subject_of(self, offset: int, gender: str) -> str | None:
        """The last cue's subject before ``offset`` (:meth:`_last_cue_subject`) when it may be of ``gender`` ("räumte
        die Zeugin ein" is not "Verteidiger Sauer", the last cue's subject before it)."""
        found = a_person(self._last_cue_subject(offset))  # (no organisation: "Le maire y voit" after "Le
        if found is None:  # gouvernement a présenté")
            return None
        person = self.people.person_of(found.split(), offset)
        return found if person is None or person.gender == gender or (not person.gender and _is_role(
            found.split()[-1].lower())) else None  # (not a name of no known gender: "L’ARS Auvergne-Rhône-Alpes")

    def _holds_role(self, speaker: str, offset: int) -> bool:
        """Whether a description resolved to a person (:class:`Described`) surely stands for that person, so it
        may head a sentence as its main subject: the team, party or place it names ("Rovers") is among the words
        around the person's first mentions, and so is its role (its head word, or a word news uses for it,
        :data:`_SAME_ROLE`), which no one else of the last 200 mentions holds. "The Rovers boss" after "Rovers
        manager Steve Harlow" is Harlow; "the former president" (Vice President Biden's title holds the word),
        "The Afro-Colombian journalist" (resolved to another journalist) and "the candidate" of a primary are
        not, on PolNeAR train."""
        if not isinstance(speaker, Described):
            return False
        head = _POSSESSIVE.sub("", speaker.written.split()[-1].lower()) if speaker.written else ""
        if head in _PARTY_KEYS and speaker == self._last_cue_subject(offset):
            return True  # "The Wisconsin Republican did give Trump some credit" after Ryan's "he said" (_party_member)
        person = self.people.named(speaker) if head in _ROLES and head not in _ORG_NOUNS else None
        if person is None:
            return False
        wanted = {head} | _SAME_ROLE.get(head, frozenset())
        people = self.people
        named = {word.lower() for word in speaker.written.split()[1:-1] if word[:1].isupper()}
        if not named and head not in people.context(person) or not named <= people.context(person):
            return False  # the team, party or place the description names is the person's ("Rovers"); with none
            # named, the role is the person's own title ("The magistrate" after "Magistrate Rosalind Gittens-Hinds")
        # the one person of the last 200 mentions to hold it ("the candidate" of a primary holds for many)
        end = bisect_left(people.mentions, offset)
        holders = {other.full for other in dict.fromkeys(people.mention_people[max(0, end - 200) : end])
                   if not wanted.isdisjoint(people.context(other))}
        return holders == {person.full}

    def _statement_source(self, offset: int) -> str | None:
        raise NotImplementedError  # (Narrative's: "the statement said")

    def _described_before(self, offset: int, gender: str) -> str | None:
        """:func:`~reader.quotes.role_referents.described_in_paragraph` (never while the paragraph's cues are read)."""
        if self._reading_cues:
            return None
        self._reading_cues = True
        try:
            return described_in_paragraph(self.narrative_events(bisect_right(self.starts, offset) - 1), offset, gender)
        finally:
            self._reading_cues = False

    def _last_cue_subject(self, offset: int) -> str | None:
        """The person whose cue verb came last before ``offset`` in its paragraph or the one before ("Donald Trump
        told thousands … and “crooked” Hillary Clinton.¶“…,” the Republican nominee said": Trump, not the last
        name mentioned): what a role no one's titles fit stands for, before the last person named."""
        if self._reading_cues:
            return None  # (reading a paragraph's cues resolves its descriptions: no cue of it is known yet)
        block = bisect_right(self.starts, offset) - 1
        self._reading_cues = True
        try:
            for number in (block, block - 1):
                events = self.narrative_events(number) if number >= 0 else []  # (in order of offset, cached)
                end = bisect_left(events, offset, key=itemgetter(0))
                for at, speaker, _ in reversed(events[max(0, end - _LAST_CUES) : end]):  # (bounded: a paragraph
                    # of a million characters stays linear)
                    if self.text.startswith(_ASKING, at):
                        continue  # the one who asked is not who "the witness replied" stands for
                    person = self.people.named(speaker)
                    if person is not None and not isinstance(speaker, (Unheld, Described)):
                        return person.full
        finally:
            self._reading_cues = False
        return None

    def narrative_events(self, block_index: int) -> list[tuple[int, str, bool]]:
        """A block's own attributions, in order (:class:`reader.quotes.narrative.Narrative`)."""
        raise NotImplementedError
