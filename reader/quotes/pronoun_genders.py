"""A person's gender read from the article itself, where no given name or honorific tells it: the pronoun that
opens the sentence after one the person opens ("Qureshi left Northfield in 2020. He said …"), a German or French
article before their role ("Der Kritiker Heribert Lanz", "la critique Anne Lanz"), and honorifics that disagree
("Mrs Whitfield said …", then "Mr Whitfield replied": a couple, whose gender is no one's).

Why: most names in real news are not in ``given_names.json`` (Farhan, Parveen, Jānis), so "he" and "she" could
stand for anyone of them; "she wrote" went to "Qureshi", named last, though the article had said "He" of him.
A wrong gender is worse than none (it hides the right person from every pronoun), so a person is given one only
when every such sentence says the same, no one else is named between the name and the pronoun, and no quotation
opens between them (a quoted "He" is someone else's). Pure Python, no Textual.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from reader.quotes.descriptions import _article_gender, _is_role
from reader.quotes.names import given_gender
from reader.quotes.words import _HONORIFICS

if TYPE_CHECKING:
    from reader.quotes.namesakes import Person

_NEXT_SENTENCE = {
    "en": re.compile(r"[.!?][\"”’]?[ \t]+(He|She)[ \t]+(\w+)"),
    "fr": re.compile(r"[.!?][\"”’»]?[ \t]+(Il|Elle)[ \t]+([\w’']+)"),
    "de": re.compile(r"[.!?][\"“”’«]?[ \t]+(Er|Sie)[ \t]+(\w+)"),
}
"""The end of a sentence and the pronoun that opens the next one, with the word after it."""
_OBJECT_PRONOUNS = {
    ("en", "m"): re.compile(r"\b(?:he|him)\b"), ("en", "f"): re.compile(r"\b(?:she|her)\b"),
    ("fr", "m"): re.compile(r"\bil\b"), ("fr", "f"): re.compile(r"\belle\b"),
    ("de", "m"): re.compile(r"\b(?:er|ihn|ihm)\b"), ("de", "f"): re.compile(r"\b(?:sie|ihr)\b"),
}
"""Pronouns of the vote's gender that, between a name and the next sentence's pronoun, may be whom that one
continues ("Der Kritiker Lanz nannte sie …. Sie selbst …": hers, not his); a possessive is the subject's more often
than not ("Kristiansen started the route after customers began calling his store. He now runs it …")."""
_PRONOUN_GENDER = {"He": "m", "She": "f", "Il": "m", "Elle": "f", "Er": "m", "Sie": "f"}
_IMPERSONAL_IL = frozenset("y n’y n'y faut fallait faudra s’agit s'agit est était sera serait semble semblait reste "
                           "restait suffit paraît vaut valait convient importe".split())
"""Words after a French "Il" that make it impersonal ("Il faut", "Il est vrai que"): no one's gender."""
_OPENS_BEFORE = ".!?\n"
_SENTENCE_CHARS = 400
"""How far the sentence a name opens may run before the next one (a longer stretch is no one sentence)."""
_OPEN_MARKS = "“\"„«»‹‚‘"
_FRENCH_ROLE_BEFORE = re.compile(r"\b([Ll]e|[Ll]a|[Ll][’'])\s*(\w+)\s+$")
"""A French definite article and a role right before a name ("la critique Anne Lanz")."""
_GERMAN_MASCULINE = frozenset(("der", "dem", "den", "des"))
"""German articles that make a role noun without "-in" a man's ("Der Kritiker Heribert Lanz", "dem Trainer")."""


def learn_genders(text: str, lang: str, persons: Iterable[Person], mentions: Sequence[int],
                  mention_people: Sequence[Person]) -> None:
    """Set the gender of each of ``persons`` that has none and that the article's pronouns agree on (see the
    module); clear it where honorifics of both genders name the same person and no given name tells it."""
    pattern = _NEXT_SENTENCE.get(lang)
    for person in persons:
        if person.gender and not _mixed_honorifics(person, lang):
            continue
        if person.gender:
            person.gender = ""  # "Mrs Whitfield" and "Mr Whitfield": two people the index reads as one
            continue
        if pattern is None or person.tokens > 1 and given_gender(person.full.split()[0], lang):
            continue
        votes = {_role_vote(text, lang, start, keys) for start, _, keys in person.unread} - {""} or {
            _vote(text, lang, pattern, start, end, person, mentions, mention_people) for start, end, _ in person.unread}
        votes.discard("")  # (a role's article first: "Der Kritiker Lanz nannte sie …. Sie selbst …" is not his)
        if len(votes) == 1:
            person.gender = votes.pop()


def _mixed_honorifics(person: Person, lang: str) -> bool:
    """Whether the person's first mentions carry honorifics of both genders and no given name tells theirs."""
    genders = {_HONORIFICS[key] for _, _, keys in person.unread for key in keys if key in _HONORIFICS}
    return len(genders) > 1 and not given_gender(person.full.split()[0], lang)


def _role_vote(text: str, lang: str, start: int, keys: list[str]) -> str:
    """The gender a definite article gives the role right before a mention ("Der Kritiker Heribert Lanz": the
    German run holds both as title words; "le critique Paul Lanz": read from the text before it), or ""."""
    if lang == "de":
        role = next((k for k, key in enumerate(keys) if _is_role(key)), None)
        if role is None:
            return ""
        if keys[role].endswith("in"):
            return "f"  # (by the noun's ending: "Zum Tod der Schauspielerin Vesna Marinković" is hers)
        article = keys[role - 1] if role else text[max(0, start - 5) : start].split()[-1:] or [""]
        return "m" if (article if isinstance(article, str) else article[0].lower()) in _GERMAN_MASCULINE else ""
    if lang == "fr" and (found := _FRENCH_ROLE_BEFORE.search(text, max(0, start - 40), start)) and _is_role(
            found.group(2).lower()):
        return _article_gender(found.group(1).lower(), found.group(2).lower())
    return ""


def _vote(text: str, lang: str, pattern: re.Pattern[str], start: int, end: int, person: Person,
          mentions: Sequence[int], mention_people: Sequence[Person]) -> str:
    """The gender the pronoun opening the next sentence gives the mention ``start:end``, when the mention opens
    its own sentence; else ""."""
    before = text[max(0, start - 3) : start].rstrip(" \t\"”’")
    if before and before[-1] not in _OPENS_BEFORE:
        return ""
    found = pattern.search(text, end, end + _SENTENCE_CHARS)
    if found is None:
        return ""
    between = text[end : found.start()]
    if "\n" in between or any(mark in between for mark in _OPEN_MARKS):
        return ""
    following = bisect_right(mentions, start)
    if following < len(mentions) and mentions[following] < found.start(1) and (
            mention_people[following] is not person):
        return ""  # someone else named between: the pronoun may be theirs
    pronoun, word = found.group(1), found.group(2)
    if _OBJECT_PRONOUNS[lang, _PRONOUN_GENDER[pronoun]].search(between):
        return ""
    if lang == "fr" and pronoun == "Il" and word.lower() in _IMPERSONAL_IL:
        return ""
    if lang == "de" and pronoun == "Sie" and (word.endswith("en") or word in ("sind", "seid")):
        return ""  # "Sie sagten", "Sie sind": they, or the polite "you"
    return _PRONOUN_GENDER[pronoun]


def she_in_german(tokens: list[tuple[str, int]], k: int, second: bool, gender: str, lang: str) -> bool:
    """Whether German "sie" at ``k`` is a woman, not "they": its verb (before it in second place, else the two
    words after it) is singular ("Sie selbst mochte ihn nicht", "Ihren Durchbruch feierte sie"; not "Sie sagten")."""
    return lang == "de" and gender == "f" and tokens[k][0].lower() == "sie" and all(
        not word.endswith("en") and word != "sind" for word, _ in tokens[k - 1 if second else k + 1 : k + 3])
