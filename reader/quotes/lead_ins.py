"""A lead-in paragraph that names the speaker of the quotation opening the next one: "Sa fille, Catherine Ouellet,
conseillère pédagogique, a tenu à partager quelques mots au nom de la famille.¶« Maman disait … »" (a French
obituary's way; English "… paid tribute to her predecessor.¶“…”", German "… fand deutliche Worte.¶„…“"). The
paragraph is one sentence that opens with the person (past a role or kin noun and commas) and speaks of words after
the name (:data:`WORDS_GIVEN`). :meth:`reader.quotes.narrative.Narrative._lead_in` reads it, beside the pronoun
lead-in ("She went further in a briefing on Friday."). Pure string work over the people index's mentions."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from reader.quotes.descriptions import _is_role
from reader.quotes.pronoun_words import OBJECT_PREPOSITIONS

if TYPE_CHECKING:
    from reader.quotes.people import People

WORDS_GIVEN = frozenset("mots parole words statement tribute hommage worte rede erklärung".split())
"""Nouns of words someone gives. Not a named subject without them: it is as often someone the words answer or
describe (part 31's review: "Die Erklärung von Innenminister Peter Graf stieß auf Kritik.¶„…“" is his critics')."""


def named_lead_in(text: str, start: int, tokens: list[tuple[str, int]], people: People) -> str | None:
    """The person a one-sentence paragraph at ``start`` (its ``tokens``) opens with, when it speaks of words after
    the name; else None. The name is read past a German run's own nouns ("Die Erklärung von Peter Graf": the run
    the index holds opens at "Erklärung"), and only capitalised words or roles may stand before it ("Sa fille,"),
    never a preposition ("Für Landrat Peter Sommer hatte die Ministerin nur eine knappe Erklärung": not his)."""
    first = bisect_left(people.mentions, start)
    if first >= len(people.mentions):
        return None
    person = people.mention_people[first]
    at = text.find(person.full.split(" ", 1)[0], start, start + 60)
    if at < 0:
        return None
    opening = text[start:at].replace(",", " ").split()
    if not all(word[:1].isupper() or _is_role(word) for word in opening) or (
            opening and opening[0].lower() in OBJECT_PREPOSITIONS):
        return None
    return person.full if any(word.lower() in WORDS_GIVEN and offset > at for word, offset in tokens) else None
