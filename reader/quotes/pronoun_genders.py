"""A person's gender read from the article itself, where no given name or honorific tells it: the pronoun that
opens the very next sentence after one the person opens ("Qureshi left Northfield in 2020. He said …"), a German
role before the name ("Der Kritiker Heribert Lanz"; "-in" tells a woman whatever the article's case: "Zum Tod der
Schauspielerin …") or a French one with a woman's ending after "la" ("la romancière Anne Lanz"; not "la star Burna
Boy", "le médecin": a noun's gender is not always the person's), an English possessive after the name's verb and a
preposition ("Ekstrom wrote in his veto message", part 31), and honorifics that disagree ("Mrs Whitfield said
…", then "Mr Whitfield replied": a couple, whose gender is no one's).

Why: most names in real news are not in ``given_names.json`` (Farhan, Parveen, Jānis), so "he" and "she" could
stand for anyone of them; "she wrote" went to "Qureshi", named last, though the article had said "He" of him.
A wrong gender is worse than none (it hides the right person from every pronoun), so a person is given one only
when every such reading says the same, and a pronoun counts only when nothing between the name and it may be whom
it continues: no one else named, no role after an article ("… by a paramedic. She said"), no pronoun of its gender
("Lanz nannte sie …. Sie selbst"), no quotation (a quoted "He" is someone else's), and not a sentence about the
name's kin ("Qureshi's husband …. He said"). A review found each of these. Pure Python, no Textual.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from reader.quotes.descriptions import _FEMININE_ENDINGS, _is_role
from reader.quotes.given_names import given_gender
from reader.quotes.words import _HONORIFICS

if TYPE_CHECKING:
    from reader.quotes.namesakes import Person

_SENTENCE_END = re.compile(r"[.!?][\"“”’»«]?[ \t]+(?=\S)")
"""A sentence's end: its stop (and a closing mark) and the spaces before the next one."""
_NEXT_SENTENCE = {
    "en": re.compile(r"[.!?][\"”’]?[ \t]+(He|She)[ \t]+(\w+)"),
    "fr": re.compile(r"[.!?][\"”’»]?[ \t]+(Il|Elle)[ \t]+([\w’']+)"),
    "de": re.compile(r"[.!?][\"“”’«]?[ \t]+(Er|Sie)[ \t]+(\w+)"),
}
"""The end of a sentence and the pronoun that opens the next one, with the word after it."""
_ROLE_BETWEEN = re.compile(r"\b(?:a|an|the|his|her|their|ein|eine|einem|einer|einen|un|une|le|la|sa|son)\s+(?:\w+\s+)?"
                           r"(\w+)")
"""A noun after an article or a possessive: a role there may be whom the next sentence's pronoun continues."""
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
_OPEN_MARKS = "“\"„«»‹‚‘"  # (not token_windows._OPENING_MARKS: a straight apostrophe opens no quotation here)
_FRENCH_ROLE_BEFORE = re.compile(r"\b([Ll]e|[Ll]a|[Ll][’'])\s*(\w+)(?:\s+(?:du|des|de la|de l[’']|de)\s*\w+,)?\s+$")
"""A French definite article and a role right before a name ("la critique Anne Lanz"), or with its complement and a
comma ("la présidente du tribunal, Lalao Rabemananjara": part 33)."""
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
        votes = {_role_vote(text, lang, start, keys) for start, _, keys in person.unread} | {
            _vote(text, lang, pattern, start, end, person, mentions, mention_people) for start, end, _ in person.unread}
        if lang == "en":
            votes |= {_possessive_vote(text, start, end, mentions) for start, end, _ in person.unread}
        votes.discard("")
        if len(votes) == 1:
            person.gender = votes.pop()


def _mixed_honorifics(person: Person, lang: str) -> bool:
    """Whether the person's first mentions carry honorifics of both genders and no given name tells theirs."""
    genders = {_HONORIFICS[key] for _, _, keys in person.unread for key in keys if key in _HONORIFICS}
    return len(genders) > 1 and not given_gender(person.full.split()[0], lang)


def _role_vote(text: str, lang: str, start: int, keys: list[str]) -> str:
    """The gender a role right before a mention tells (see the module: "Der Kritiker Heribert Lanz", whose run
    holds both as title words; French "la romancière Anne Lanz", read from the text before it), or ""."""
    if lang == "de":
        at = next((k for k, key in enumerate(keys) if _is_role(key)), None)
        if at is None:
            return ""
        if keys[at].endswith("in"):
            return "f"  # (by the noun's ending: "Zum Tod der Schauspielerin Vesna Marinković" is hers)
        article = keys[at - 1] if at else (text[max(0, start - 5) : start].split()[-1:] or [""])[0].lower()
        return "m" if article in _GERMAN_MASCULINE else ""
    found = _FRENCH_ROLE_BEFORE.search(text, max(0, start - 40), start) if lang == "fr" else None
    if found is not None and found.group(1).lower() != "le" and _is_role(role := found.group(2).lower()) and (
            role.endswith(_FEMININE_ENDINGS)):
        return "f"  # ("la romancière Anne Lanz"; not "la star Burna Boy", "le médecin": a noun's gender, not hers)
    return ""


_OWN_AFTER = re.compile(r"[ \t]+[a-z]+[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:in|on|from|during)[ \t]+(his|her)[ \t]+([a-z]+)")
"""A verb after a name, and a preposition with the subject's possessive ("Ekstrom wrote in his veto message")."""
_OTHERS_POSSESSED = frozenset("place absence stead name honour honor memory favour favor defence behalf".split())
"""Nouns whose possessive is as often another person's ("Raimondo spoke in his place", "… in his absence")."""
_POSSESSIVE_GENDER = {"his": "m", "her": "f"}


def _possessive_vote(text: str, start: int, end: int, mentions: Sequence[int]) -> str:
    """English: the gender a possessive in the mention's own clause tells, after its verb and a preposition
    ("Ekstrom wrote in his veto message"); not an object pronoun ("Ekstrom thanked her": someone else), nor one
    after another person named, nor one of :data:`_OTHERS_POSSESSED` ("in his absence"). A possessive in a phrase
    opening the sentence ("In his absence, Okafor …") tells nothing: the review found it someone else's."""
    after = _OWN_AFTER.match(text, end, end + 60)
    if after is None or after.group(2) in _OTHERS_POSSESSED or any(c in after.group() for c in _OPEN_MARKS) or (
            (following := bisect_right(mentions, start)) < len(mentions) and mentions[following] < after.end()):
        return ""
    return _POSSESSIVE_GENDER[after.group(1)]


def _vote(text: str, lang: str, pattern: re.Pattern[str], start: int, end: int, person: Person,
          mentions: Sequence[int], mention_people: Sequence[Person]) -> str:
    """The gender the pronoun opening the next sentence gives the mention ``start:end``, when the mention opens
    its own sentence; else ""."""
    before = text[max(0, start - 3) : start].rstrip(" \t\"”’")
    if (before and before[-1] not in _OPENS_BEFORE) or text.startswith(("'s", "’s"), end) or text[end - 2 : end] in (
            "'s", "’s"):
        return ""  # (not "Qureshi's husband was not there. He said …": the husband's sentence)
    stop = _SENTENCE_END.search(text, end, end + _SENTENCE_CHARS)
    found = pattern.match(text, stop.start()) if stop is not None else None  # (the very next sentence only)
    if found is None:
        return ""
    between = text[end : found.start()]
    if "\n" in between or any(mark in between for mark in _OPEN_MARKS) or any(
            _is_role(word.lower()) for word in _ROLE_BETWEEN.findall(between)):
        return ""  # (a role named between may be whom the pronoun continues: "… by a paramedic. She said")
    following = bisect_right(mentions, start)
    if following < len(mentions) and mentions[following] < found.start(1) and (
            mention_people[following] is not person):
        return ""  # someone else named between: the pronoun may be theirs
    pronoun, word = found.group(1), found.group(2)
    if _OBJECT_PRONOUNS[lang, _PRONOUN_GENDER[pronoun]].search(between):
        return ""
    if lang == "fr" and pronoun == "Il" and word.lower() in _IMPERSONAL_IL:
        return ""
    if lang == "de" and pronoun == "Sie" and _german_plural(word):
        return ""  # "Sie sagten", "Sie fordern", "Sie sind": they, or the polite "you"
    return _PRONOUN_GENDER[pronoun]


def _german_plural(word: str) -> bool:
    """Whether a German finite verb is plural (or the polite "Sie"): it ends in "-n" ("sagten", "fordern"; not the
    singular "kann", "begann") or is "sind"."""
    return (word.endswith("n") and not word.endswith("nn")) or word in ("sind", "seid")


def she_in_german(tokens: list[tuple[str, int]], k: int, second: bool, gender: str, lang: str) -> bool:
    """Whether German "sie" at ``k`` is a woman, not "they": its verb (before it in second place, else the two
    words after it) is singular ("Sie selbst mochte ihn nicht", "Ihren Durchbruch feierte sie"; not "Sie sagten")."""
    if lang != "de" or gender != "f" or tokens[k][0].lower() != "sie":
        return False
    if second:
        return not _german_plural(tokens[k - 1][0])
    verb = next((word for word, _ in tokens[k + 1 : k + 4] if word.isalpha() and word.islower()
                 and word not in _NOT_VERBS), "")
    return bool(verb) and not _german_plural(verb)


_NOT_VERBS = frozenset("selbst auch aber doch jedoch noch nun dann schon nicht nie immer bereits".split())
"""Words between German "Sie" and its verb ("Sie selbst mochte …")."""
