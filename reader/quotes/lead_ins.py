"""A lead-in paragraph that names the speaker of the quotation opening the next one: "Sa fille, Catherine Ouellet,
conseillère pédagogique, a tenu à partager quelques mots au nom de la famille.¶« Maman disait … »" (a French
obituary's way; English "… paid tribute to her predecessor.¶“…”", German "… fand deutliche Worte.¶„…“"). The
paragraph is one sentence that opens with the person (past a role or kin noun and commas) and speaks of words after
the name (:data:`WORDS_GIVEN`), or opens with a pronoun ("She went further in a briefing on Friday.":
:func:`lead_in`). :meth:`reader.quotes.narrative.Narrative._lead_in` reads it. Pure string work over the people
index's mentions."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.quotes.descriptions import _is_role
from reader.quotes.institutions import last_within
from reader.quotes.pronoun_words import OBJECT_PREPOSITIONS

if TYPE_CHECKING:
    from reader.quotes.people import People

SUBJECT_GENDERS = {"He": "m", "She": "f", "Il": "m", "Elle": "f", "Er": "m"}
"""Pronouns that open a sentence as its subject, and the gender they stand for (not German "Sie": also "you")."""
WORDS_GIVEN = frozenset("mots parole words statement tribute hommage worte rede erklärung".split())
"""Nouns of words someone gives. Not a named subject without them: it is as often someone the words answer or
describe (part 31's review: "Die Erklärung von Innenminister Peter Graf stieß auf Kritik.¶„…“" is his critics')."""
FIRST_PERSON_EN = re.compile(r"\b(?:I|I[’']m|I[’']ve|me|my|we|our|us)\b")
FIRST_PERSON_DE_FR = re.compile(r"(?i)\b(?:j[’']|(?:je|moi|mon|ma|mes|nous|notre|nos|on|ich|mich|mir|mein\w*|wir"
                                 r"|uns|unser\w*)(?!\w))")
"""A first person in a German or French quotation: someone's own words (:meth:`Incises._subject_just_before`)."""
RECEIVED_US = re.compile(r"\b(?:nous|m[’']|vous) ?(?:a|avait) reçu(?:e|s|es)?\b|\bempf(?:ängt|ing) (?:uns|mich)\b")
"""Receiving the writer ("Sa fille, Liliane Caruso, nous a reçus dans la maison familiale."): an interview's lead-in
(part 32; not "a reçu un appel de la gendarmerie", someone else's words)."""


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
    return person.full if any(word.lower() in WORDS_GIVEN and offset > at for word, offset in tokens) or (
        RECEIVED_US.search(text, at, tokens[-1][1])) else None


def lead_in(text: str, start: int, end: int, tokens_of: Callable[[], list[tuple[str, int]]], people: People,
            antecedent: Callable[[int, str], str | None]) -> str | None:
    """Whom a one-sentence paragraph (``start:end``) with no cue opens with, before a paragraph's quotation no one
    is given: a pronoun ("She went further in a briefing on Friday.¶“We have been patient.”"; not a passive's, "He
    was asked by …"), resolved by ``antecedent``, or a person named first when it speaks of words
    (:func:`named_lead_in`: "Sa fille, Catherine Ouellet, a tenu à partager quelques mots.¶« … »"): the writer's
    lead-in. ``tokens_of`` gives the paragraph's tokens (read only for a short paragraph)."""
    if end - start > 200 or text[end - 1 : end] != "." or "“" in text[start:end]:
        return None
    tokens = tokens_of()
    if len(tokens) < 4 or any(t in ".!?«»„“”\"" for t, _ in tokens[:-1]):
        return None
    if (gender := SUBJECT_GENDERS.get(tokens[0][0])) and tokens[1][0].islower():
        return None if "by" in (t for t, _ in tokens[2:6]) else antecedent(tokens[0][1], gender)
    return named_lead_in(text, start, tokens, people)


_TWO_PARTIES = re.compile(r"\b(?:entre|between|zwischen|exchange|échange|Wortwechsel|dialogue|Dialog|[Dd]elegation|"
                          r"délégation|Gäste[n]?|guests|visitors|Besucher\w*|visiteurs|invités)\b")
"""Words of a paragraph that introduces two parties (an exchange between them, guests someone receives), not one
speaker."""


def introduced_lead_in(start: int, end: int, quoted: str, lang: str, people: People) -> str | None:
    """The one person a paragraph (``start:end``) quoting no one's words introduces, for a first-person quotation
    opening the next paragraph ("Dans l’atelier, Giuseppe Caruso ajuste un seuil. Il a 58 ans ….¶« Quand j’ai
    commencé, … »": his own words). Only a person named first there and the only one it names: a paragraph about
    someone named before, about two people, or about whom others meet ("Bürgermeister Klaus Weber empfing eine
    Delegation.¶„Wir sind dankbar für die Einladung.“": the guests') leads in no one's words. Part 35."""
    if not (FIRST_PERSON_EN if lang == "en" else FIRST_PERSON_DE_FR).search(quoted) or _TWO_PARTIES.search(
            people.text, start, end):
        return None  # (nor "un échange entre le président de l’Assemblée et le député Koffi Brou Emmanuel": two)
    mentions = people.mentions
    lo, hi = bisect_left(mentions, start), bisect_left(mentions, end)
    if lo == hi or any(person is not people.mention_people[lo] for person in people.mention_people[lo + 1 : hi]):
        return None
    person = people.mention_people[lo]
    return person.full if start <= person.first < end else None


_DOCUMENT_FROM = re.compile(r"\b(?:letter|statement|e-?mail|message|note|memo|Brief|Schreiben|Mail|Nachricht|lettre|"
                            r"courrier|courriel|message|communiqué)\b[^.!?]{0,80}?\b(?:from|von|de la part de)\s")
"""A document and whom it came from ("a letter the group had received from …"), in a paragraph's last sentence."""


def document_from(text: str, start: int, end: int, people: People) -> str | None:
    """The person a paragraph (``start:end``) ends on as the sender of a document it names ("…, opened proceedings
    by reading aloud a letter the group had received from the divisional chief superintendent, Declan
    Mulcahy.¶“I want to assure …”"): the next paragraph's quotation is that document's words. Only a name that
    closes the paragraph after "from" (not "a letter from the council, which Ann Lee read": not its sender). Part 39."""
    if text[end - 1 : end] != ".":
        return None
    found = last_within(_DOCUMENT_FROM, text, end, start, 300)
    if found is None:
        return None
    index = bisect_left(people.mentions, end) - 1
    if index < 0 or people.mentions[index] < found.end():
        return None
    person = people.mention_people[index]
    at = text.find(person.surname, people.mentions[index], end)
    return person.full if at >= 0 and at + len(person.surname) == end - 1 else None
