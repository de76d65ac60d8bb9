"""The words and patterns pronoun resolution reads (:mod:`reader.quotes.pronouns`): articles and the genders they
give, prepositions that make a name an object, the pronouns of one gender, where a cue's subject follows it.
Moved out of :mod:`reader.quotes.pronouns` at 500 lines (part 28). Pure Python, no Textual.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.quotes.speaker_kinds import Unheld
from reader.quotes.words import _VERBS

OBJECT_PREPOSITIONS = frozenset("""mit von bei gegen für über an zu nach vom beim zum zur ohne avec par pour contre
    après chez auprès entre sans envers de d' d’ du""".split())
"""Prepositions before a name that make it no sentence's subject (``Pronouns._read_first_named``; "le meurtre de
Samir Haddou")."""


def inverted_cue(tokens: list[tuple[str, int]], verb: int) -> bool:
    """Whether the cue verb at ``verb`` (its auxiliary before it, if any) comes right after a quotation or a comma,
    so the subject follows it ("», constate un mareyeur", "», a déclaré une élue"; not "La ministre a annoncé une
    aide": that verb's subject came first)."""
    if verb < 0 or tokens[verb][0].lower() not in _VERBS:
        return False
    if verb and tokens[verb - 1][0] in ("a", "ont", "avait", "hat", "hatte"):
        verb -= 1
    return verb == 0 or tokens[verb - 1][0] in (",", ":", "»", "«", "“", "”", "„")


DESCRIPTION_OPENERS = frozenset("a an one another the".split())
OWNER_OPENERS = frozenset("his her their".split())
PREPOSITIONS_OPENING = frozenset("at in on outside inside near after before during among".split())
SELF_PRONOUN = {"m": re.compile(r"\b(?:he|him|his|himself)\b"), "f": re.compile(r"\b(?:she|her|hers|herself)\b")}


OBJECT_ARTICLES = frozenset(("dem", "der", "den", "einem", "einer", "le", "la", "l’"))
DEMONSTRATIVE_PRONOUNS = {"celui-ci": "m", "celle-ci": "f", "celui-là": "m", "celle-là": "f"}
"""French pronouns for the one just named, whoever the subject was ("… de Valérie Thomas. A la barre, celle-ci")."""
SUBJECT_PRONOUNS = {"il": "m", "elle": "f", "er": "m"}
"""German and French subject pronouns of one gender ("sie" is also "they")."""
DEFINITE_GENDER = {"le": "m", "la": "f", "l'": "", "l’": "", "der": "m", "die": "f"}
"""Definite articles and the gender they give a role ("" for an elided one: the role's ending tells)."""
APPOSED_HOLDER = 240
"""How far after a role :meth:`reader.quotes.pronouns.Pronouns._holder_apposed` looks for its holder's name."""
APPOSED_BEFORE = re.compile(r",\s(?:[a-zà-ÿ][\w’'-]*\s){0,3}\Z")
STOP = re.compile(r"[.!?]")
DEFENDANTS = frozenset("prévenu prévenue accusé accusée angeklagte angeklagter beschuldigte beschuldigter".split())
"""A trial's defendant: one person, the one the report is about, whom the text names ("contre Thierry Vallat")."""
INDEFINITE_GENDER = {"eine": "f", "ein": "m", "une": "f", "un": "m"}
"""German and French indefinite articles in the nominative, and the pronoun's gender they take."""
INVERTED_OPENERS = frozenset("er sie der die das ein eine le la les l' l’ un une il elle".split())
"""What opens the subject a German or French cue verb names after it (", sagte er", ", estime la ministre", "»,
assure la palefrenière"): the narrative's inverted cues and the incise right after a quotation read it."""


_DOCUMENT_NOUNS = "message|letter|email|e-mail|text|note|memo|post|tweet"
_DOCUMENTS = rf"(?:{_DOCUMENT_NOUNS})"
_SENT = re.compile(r"\b(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) (?:had |has )?"
                   rf"(?:sent|wrote|posted|emailed|texted)(?: [\w-]+){{0,3}}? {_DOCUMENTS}\b")
_WROTE_AFTER = re.compile(rf"\b{_DOCUMENTS} (?:that |which )?(?P<name>[A-Z][\w'’-]+\.?(?: [A-Z][\w'’-]+){{0,2}}|"
                         r"(?:his|her|their) [a-z-]+) (?:had |has )?(?:sent|wrote|written|posted|emailed|texted|"
                         r"signed)\b")
"""A document its writer follows: "a letter Mr Achterberg wrote in 2019 …. It read:" (part 37)."""
_ANOTHER_DOCUMENT = re.compile(rf"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir) (?:[\w-]+ )?(?:"
                               rf"{_DOCUMENT_NOUNS}|reply|response|answer|notice|report|statement)\b")
_FROM = re.compile(rf"\b{_DOCUMENTS}\b[^.!?“”]{{0,60}}?\bfrom (?P<name>(?:an?|one) (?:[a-z-]+ ){{0,2}}[a-z-]+(?=[.,;])|"
                   r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}(?=[.,;]| [a-z]))")  # ("from Mr Costigan two days before")


def document_sender(text: str, start: int, offset: int,
                    resolve: Callable[[list[str], int], str | None]) -> str | None:
    """Who wrote the document that "it" at ``offset`` stands for when it speaks: the sender the words before it (from
    ``start``, at most 300 characters) name, "Fairweather sent a text message to the chief executive, which Mr
    Qureshi read out. It said: “…”" (not the reader), "a message he had received overnight from an elderly
    constituent. It said: “…”" (part 32). A name is resolved by ``resolve``; a description is kept as written."""
    window = text[max(start, offset - 300) : offset]
    found = max((m for pattern in (_SENT, _FROM, _WROTE_AFTER) for m in pattern.finditer(window)),
                key=lambda m: m.end(), default=None)
    if found is None or _ANOTHER_DOCUMENT.search(window, found.end()):
        return None  # (not past another document: "… sent a letter to Dr Webb. A reply came in August. It said:")
    name = found["name"]
    return resolve(name.split(), offset) if name[:1].isupper() else Unheld(name)
