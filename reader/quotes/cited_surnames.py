"""How a citation writes a person's surname: with the particles that open it in the full name ("Bill de Blasio" →
"de Blasio", "Marine Le Pen" → "Le Pen", "Siobhán Mac Giolla Bhríde" → "Mac Giolla Bhríde"), and with the particle
the text writes before a surname named without a given name ("Le Pen said", "Mayor de Blasio"), which the name's
core leaves out. What a quotation's ``speaker`` shows (:mod:`reader.quotes`); split out of
:mod:`reader.quotes.names` (over 500 lines). Pure Python."""

from __future__ import annotations

import re

from reader.quotes import more_words
from reader.quotes.names import _PARTICLES, _SURNAME_PARTICLES
from reader.quotes.words import _HONORIFICS, _TITLES


def cited_surname(full: str, surname: str) -> str:
    """The surname as a citation gives it: with the particles that open it in the full name ("Bill de Blasio" →
    "de Blasio", "Ursula von der Leyen" → "von der Leyen", "Marine Le Pen" → "Le Pen"), else ``surname``."""
    words = full.split()
    if len(surname) == 2 and surname[1] == "." and len(words) == 2:
        return full  # "Yanis B.": a name cut to an initial is cited whole
    if len(words) < 3 or words[-1] != surname:
        return surname
    start = len(words) - 1
    # a given name stays before them ("De Blasio" alone is the name as it is); capitalised, only those that are
    # never a middle name ("Marine Le Pen", "Robert De Niro"; not "Ben", "Al")
    while start > 1 and (words[start - 1] in _PARTICLES or words[start - 1].lower() in _SURNAME_PARTICLES
                         or words[start - 1] in ("Mac", "Mhic")):
        start -= 1
    if start > 2 and words[start - 2] in more_words.IRISH_PARTICLES:
        start -= 2  # ("Siobhán Mac Giolla Bhríde" is Mac Giolla Bhríde)
    return " ".join(words[start:])


_LONE_PARTICLES = _SURNAME_PARTICLES - frozenset("der den ter ten".split())
_LONE_PARTICLE = re.compile(r"\b(" + "|".join(sorted(_LONE_PARTICLES | {particle.title() for particle in _LONE_PARTICLES
                                                                        if particle != "van"})) + r") (?=\w)")
"""A particle that opens a surname written without a given name ("Le Pen said", "Mayor de Blasio"): the name's
core leaves it out, so that "Le Pen" and "Marine Le Pen" are one person; a citation puts it back. Not "Van",
which is as often a given name ("Van Jones", "Van Morrison"), nor the articles "der", "den" alone."""


def lone_particle(text: str, first: int, surname: str) -> str:
    """The particle that opens ``surname`` where the text first names the person (the mention at ``first``,
    which a title may open), as "Le" at "Le Pen said …", "de" at "Mayor de Blasio", else "": the surname as a
    citation writes it is then the two."""
    found = _LONE_PARTICLE.search(text, first, first + 40)  # (a title may open the mention: "Mayor de Blasio")
    if found is None or not text.startswith(surname, found.end()) or not all(
            word.rstrip(".").lower() in _TITLES or word.rstrip(".").lower() in _HONORIFICS
            for word in text[first : found.start()].split()):
        return ""  # (not "Paz spoke in La Paz", "Young, who toured the De Young museum")
    return found.group(1)


_KNOWN_AS = re.compile(r"known as [“\"]")
_STAGE_NAME_BEFORE = re.compile(r"\b([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,3}),? (?:(?:popularly|better|widely|commonly|"
                                r"affectionately|also|professionally) )?$")
_STAGE_NAME = re.compile(r"([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2})[”\"]")


def stage_names(text: str) -> dict[str, str]:
    """Each name a person is "known as" → their name in full ("Afrobeats artiste Kwesi Blay, popularly known as
    “K-Blay”, …. “…,” K-Blay said.": Kwesi Blay, who said it, is also whom a "he" inside his words is not; part
    43). A title opening the run is left out ("Pastor Isaac Mensah, known as “Papa Ike”"); the first wins. Read
    from each "known as" back (a pattern opening with a name, searched for over the whole text, cost ~4% of
    finding on 1 MB of news)."""
    found: dict[str, str] = {}
    for known in _KNOWN_AS.finditer(text) if "known as" in text else ():
        name = _STAGE_NAME_BEFORE.search(text, max(0, known.start() - 90), known.start())
        alias = _STAGE_NAME.match(text, known.end())
        if name is None or alias is None:
            continue
        words = name[1].split()
        while len(words) > 2 and (words[0].rstrip(".").lower() in _TITLES or words[0].rstrip(".").lower() in (
                _HONORIFICS)):
            words.pop(0)
        found.setdefault(alias[1], " ".join(words))
    return found
