"""Whom a role description stands for where the people index cannot say by the role's words: the person a
delayed lede's second paragraph names, the name a person "gave", the one a French demonstrative points at. Split
out of :mod:`reader.quotes.role_phrases` (over 500 lines, part 38). Pure Python, no Textual or Rich import."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from operator import itemgetter

from reader.quotes.people import People
from reader.quotes.pronoun_words import INDEFINITE_GENDER

NAMED_ONLY = frozenset("initiative bürgerinitiative vereinigung".split())
"""German nouns of an organisation that are as often common nouns ("Die Initiative der Regierung sieht vor"): a
speaker only as the organisation the article named with it ("die Bürgerinitiative Glanzbach", part 38)."""


def lede_person(text: str, starts: Sequence[int], people: People, offset: int, gender: str) -> str | None:
    """The person a news story's second paragraph opens with, for the indefinite role in its first (a delayed
    lede: "A Central Coast grandmother has begged the thieves … to “…”.¶Shirley Nakamura-Platt, 74, woke …"),
    when the index holds that name and its gender is the role's (``gender``, "" for a role of none); None past
    the story's first paragraphs (``starts``: each block's) or when the next paragraph opens otherwise."""
    index = bisect_right(starts, offset) - 1
    if not 0 <= index <= 2 or index + 1 >= len(starts):
        return None
    opening = _OPENING_NAME.match(text, starts[index + 1])
    person = people.person_of(opening.group(1).split(), opening.start(1)) if opening else None
    return person.full if person is not None and (not gender or person.gender == gender) else None


def name_given(text: str, end: int) -> str | None:
    """The name a person an indefinite role ending at ``end`` describes gave ("A retired teacher living nearby,
    who gave her name only as Androulla, said …"): that name, else None."""
    found = _GAVE_NAME.match(text, end)
    return found["name"] if found else None


def named_in_paragraph(people: People, block_start: int, offset: int, gender: str) -> str | None:
    """The last person of ``gender`` named before ``offset`` in its paragraph (from ``block_start``), or None: whom
    a French demonstrative role points at ("Aimable Nshimirimana attend …. « … », raconte ce conducteur")."""
    mentions, mentioned = people.mentions, people.mention_people
    index = bisect_left(mentions, offset) - 1
    while index >= 0 and mentions[index] >= block_start:
        if mentioned[index].gender == gender:
            return mentioned[index].full
        index -= 1
    return None


_GAVE_NAME = re.compile(r"(?: (?:[a-z]+|(?<=from )[A-Z][a-z]+)){0,3}(?:,? who (?:gave|would give|asked to be "
                        r"identified by|gave only) (?:only )?"
                        r"(?:his|her|their) (?:first )?name(?: only)?(?: as|,)| who identified (?:herself|himself) "
                        r"(?:only )?as|,? (?:called|named)) (?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)[,. ]")
"""A name after an indefinite role: given ("who gave her name only as Androulla,"), identified by ("A woman who
identified herself only as Iya Basira said"; part 39), or called ("a smooth consultant called Marcus"; part 39); the
comma before "who" may be missing, and a town may follow "from" ("a respiratory therapist from Kennett who gave only
her first name, Shawna,"; part 41)."""
_OPENING_NAME = re.compile(r"((?:[A-Z][\w’'-]+ ){1,2}[A-Z][\w’'-]+),")
"""A paragraph opening with a name of two or three words and a comma ("Shirley Nakamura-Platt, 74, woke")."""


def described_in_paragraph(events: Sequence[tuple[int, str, bool]], offset: int, gender: str) -> str | None:
    """The indefinite description of ``gender`` whose cue came last before ``offset`` in its paragraph (``events``:
    the paragraph's attributions in order; not the cue right before ``offset``, the demonstrative's own), or None:
    whom "a raconté cet étudiant de 21 ans" points at when the paragraph names no one ("Un voyageur, joint par
    téléphone, a décrit « … ». « … », a raconté cet étudiant": part 45)."""
    end = bisect_left(events, offset - _OWN_CUE, key=itemgetter(0))
    speaker = events[end - 1][1] if end else ""
    return speaker if speaker and INDEFINITE_GENDER.get(speaker.split(" ", 1)[0].lower()) == gender else None


_OWN_CUE = 40
"""How far before a demonstrative its own cue verb may start ("», a raconté cet étudiant")."""
