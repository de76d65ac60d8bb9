"""Runs of capitalised words that never name a person, whatever the people index would make of them: a place
("South Carolina votes"), a storm, a body named for a nation ("Transport Scotland"), an Irish county ("Co
Kilkenny"), a party's word alone ("a senior Democratic aide"), what a titled person owns ("Prime Minister’s
Questions"); and in French a run after an article or a contracted one ("des Jeunes Agriculteurs de
Haute-Garonne", "du Kop Marek", "de l’Agriculture"): French writes no article before a person's name ("le
président Macron" has the role between). Split out of :mod:`reader.quotes.people` (over 500 lines). No Textual or
Rich import here."""

from __future__ import annotations

from reader.quotes.names import _CONTRACTED_PRONOUN, given_gender
from reader.quotes.words import _NATIONS, _PARTY_WORDS, _PLACES, _STORMS


def no_person_runs(splits: list[tuple[list[str], list[str]]]) -> set[int]:
    """The numbers of the distinct runs (``splits``: title words and name core of each) that name no person
    wherever they stand (English)."""
    return {number for number, (prefix, core) in enumerate(splits)
            if " ".join(core) in _PLACES or (len(core) > 1 and core[0] in _STORMS)
            or (len(core) > 1 and core[0].rstrip(".") in ("Co", "County"))  # "Co Kilkenny": an Irish county
            or (len(core) > 1 and core[-1] in _NATIONS and not given_gender(core[0]))  # "Transport Scotland"
            or (len(core) == 1 and core[0] in _PARTY_WORDS)  # "a senior Democratic aide", "the Republican"
            or (len(core) == 1 and prefix and prefix[-1].endswith(("’s", "'s"))
                and not _CONTRACTED_PRONOUN.match(prefix[-1]))}


_FRENCH_ARTICLES = ("des ", "du ", "au ", "aux ", "le ", "la ", "les ", "l'", "l’", "d’", "d'")


def after_french_article(text: str, start: int) -> bool:
    """Whether the run at ``start`` follows a French article, lower case ("des Jeunes Agriculteurs", "du Kop
    Marek", "l’Agriculture", "d’Amiens"): an organisation, a place or a common noun, no person."""
    return text.endswith(_FRENCH_ARTICLES, max(0, start - 4), start)
