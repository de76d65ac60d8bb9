"""The pieces of a run of capitalised words that may name someone (:func:`name_pieces`, :func:`pieces_apart`):
split after a full stop that ends a sentence, past the French elided words that name no one. Read once per
distinct run by :func:`reader.quotes.names.scan_names`. Pure Python, no Textual or Rich import."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from reader.quotes.words import _ABBREVIATIONS, _FUNCTION

UPPER = "".join(
    chr(c) for c in range(0x41, 0x530) if chr(c).isupper() and chr(c) not in "\\]^-"
)
"""Every capital letter up to Cyrillic, for a regular expression's class."""
_ELIDED_WORD = re.compile(rf"(?<![^ ])[{UPPER}][’'‘][a-zà-ÿ]\S*")  # no name: "L'opposition" (but "O'Brien")


def name_pieces(group: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, tokens) of a run of capitalised words (``group``, a match of :data:`_CAP_RUN`), offsets
    relative to it: split after a full stop that ends a sentence, and before a German "von der" or "vom" that an
    institution follows ("Professor Jochen Haberkorn | von der Hochschule Geisenheim": his name, then the
    school's, not a "von der" in one name as "Ursula von der Leyen"'s); none for a lone function word ("The")."""
    if " vo" in group and (cut := _institution_after(group)) > 0:
        return [*name_pieces(group[: cut - 1]), *[(cut + start, cut + end, tokens)
                                                   for start, end, tokens in name_pieces(group[cut:])]]
    if "." not in group:  # most runs: one piece ("The", "Hillary Clinton")
        if " " in group or group.lower() not in _FUNCTION:  # "The", "But": never a name (see _core)
            return [(0, len(group), group.split(" "))]
        return []
    pieces: list[tuple[int, int, list[str]]] = []
    tokens: list[str] = []
    start = position = 0
    for token in group.split(" "):
        tokens.append(token)
        position += len(token) + 1
        base = token.rstrip(".")
        if token.endswith(".") and len(base) > 1 and base.lower() not in _ABBREVIATIONS and "." not in base:
            tokens[-1] = base
            pieces.append((start, position - 2, tokens))
            tokens, start = [], position
    if tokens:
        pieces.append((start, len(group), tokens))
    return pieces


def pieces_apart(group: str) -> list[tuple[int, int, list[str]]]:
    """:func:`name_pieces` of a run, past the French elided words in it, which name no one ("D'après Marine Le
    Pen": "Marine Le Pen"; "L'opposition" alone: nothing). Read here, once per distinct run, rather than by a
    look-ahead in ``_CAP_RUN`` before each of its words (which doubled that regex's time on 20 MB)."""
    if "'" not in group and "’" not in group and "‘" not in group or not _ELIDED_WORD.search(group):
        return name_pieces(group)
    pieces: list[tuple[int, int, list[str]]] = []
    position = 0
    for match in [*_ELIDED_WORD.finditer(group), None]:
        part_end = match.start() if match else len(group)
        part = group[position:part_end].rstrip(" ")
        skip = len(part) - len(part.lstrip(" "))
        while part[skip:].split(" ", 1)[0][:1].islower():  # (a particle that the elided word stood before)
            word = part[skip:].split(" ", 1)[0]
            skip += len(word) + 1
            if skip >= len(part):
                break
        part = part[skip:] if skip < len(part) else ""
        if part:
            pieces += [(position + skip + start, position + skip + end, tokens)
                       for start, end, tokens in name_pieces(part)]
        position = match.end() + 1 if match else len(group)
    return pieces


_GERMAN_INSTITUTIONS = ("universität", "hochschule", "verband", "ministerium", "gericht", "klinik", "klinikum",
                        "stiftung", "institut", "schule", "kirche", "bank", "stadt", "gemeinde", "kreis", "verein",
                        "partei", "zeitung", "konzern", "werk", "polizei", "staatsanwaltschaft", "akademie", "amt",
                        "zoo", "park", "bahnhof", "hafen", "museum", "theater", "reederei", "behörde", "agentur",
                        "zentrum", "gesellschaft", "kanzlei", "rathaus", "landtag", "zentrale", "jägerschaft",
                        "genossenschaft", "gewerkschaft", "kammer", "anstalt", "warte", "wache", "fakultät",
                        "bibliothek", "redaktion", "direktion", "verwaltung", "inspektion", "kommission",
                        "präsidium", "versicherung", "feuerwehr", "krankenkasse")
"""How German nouns for an institution end ("Universität", "Landgericht", "Bundesverband", "Stadtwerk",
"Weltraumbahnhof", "Wildpark"; part 25: "Verbraucherzentrale", "Kreisjägerschaft", "Ärztekammer"; part 39:
"Landespolizeidirektion", "Stadtverwaltung", "Polizeipräsidium")."""


_COMPOUND_INSTITUTIONS = ("stelle", "labor", "büro", "archiv", "bund")
"""Heads of an institution's name only in a compound ("Forschungsstelle", "Landeslabor", "Naturschutzbund"; part
36): alone, each is a common word ("die Stelle von Sunniva Haldorsen-Becker geleitet": a post, then her name)."""


def german_institution(word: str) -> bool:
    """Whether a German noun opening a run after an article names an institution ("der Universität Göttingen",
    "des Landgerichts Essen"): the words after it are its name, a place's, no person's."""
    word = word.lower()
    stem = word.rstrip("s")  # ("Landkreis", "des Landeslabors")
    return word.endswith(_GERMAN_INSTITUTIONS) or stem.endswith(_GERMAN_INSTITUTIONS) or (
        stem.endswith(_COMPOUND_INSTITUTIONS) and stem not in _COMPOUND_INSTITUTIONS)


_INSTITUTION_AFTER = re.compile(r" (?:von (?:der |dem |den )?|vom )(?:[A-ZÄÖÜ]\w*(?:en|er) )?([A-ZÄÖÜ]\w*)")
"""(An adjective may open the institution's name: "von der Freiwilligen Feuerwehr Kaltenbrunn", part 39.)"""


def _institution_after(group: str) -> int:
    """Where "von der" (or "vom") starts in ``group`` when an institution's noun follows it; 0 when none does."""
    for match in _INSTITUTION_AFTER.finditer(group):
        if german_institution(match.group(1)):
            return match.start() + 1
    return 0


def declined_adjective(word: str) -> bool:
    """Whether ``word`` may be a declined German adjective: lower case, ending as one ("stockender", "großem",
    "44-jährige"), so a capitalised word after it and an article or preposition is a noun."""
    return word.islower() and word.endswith(("e", "en", "er", "es", "em"))


@cache
def unaccented(word: str) -> str:
    """``word`` without its accents ("seán" → "sean"): a given name the table holds in plain letters only (part 26:
    :func:`reader.quotes.names.given_gender` for "Seán", "Mícheál", "Siobhán")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


_LEDE = re.compile(r"\n([A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]{2,}){1,2}) [a-z]")
"""(A newline first: the regex engine then looks only at lines' starts; the text's own start is matched apart.)"""


def ledes_in(text: str) -> set[int]:
    """Where a paragraph opens with a name in capitals, two or three words before a lower-case one, whose last
    word comes back in title case within 5,000 characters ("DEAN MALLETT has been axed …", then "Mallett,
    nicknamed …"; not "TORY REBELS are plotting": part 27): those runs are read in title case. One regex over the
    text (the lines' starts only: ~8 ms on 20 MB), not a look at each run."""
    runs = [(found.start(1), found.group(1)) for found in _LEDE.finditer(text)]
    if (first := _LEDE.match("\n" + text[:100])) is not None:  # (the text's first line)
        runs.append((0, first.group(1)))
    return {start for start, run in runs
            if text.find(run.rpartition(" ")[2].title(), start + len(run), start + len(run) + 5000) >= 0}

