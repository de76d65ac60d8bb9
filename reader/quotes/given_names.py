"""Given names and the gender each tells, read from ``given_names.json`` beside this module (a list written by hand,
no download; see its "about"). Split out of :mod:`reader.quotes.names` (over 500 lines, part 33). Pure Python."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from reader.quotes import more_words
from reader.quotes.run_pieces import unaccented

GIVEN_NAMES = Path(__file__).with_name("given_names.json")


@cache
def _given_genders() -> dict[str, str]:
    """Given name (lower case) → "f" or "m", from ``given_names.json`` (empty when it is missing or unreadable:
    genders are then known only from honorifics and "herself"/"himself")."""
    try:
        data = json.loads(GIVEN_NAMES.read_text(encoding="utf-8"))
        return {name: gender for gender in ("f", "m") for name in str(data[gender]).split()}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def given_gender(word: str, lang: str = "") -> str:
    """The gender a given name tells ("Hillary": "f"; a hyphenated one whole, else by its first part:
    "Pierre-André"), or "" (unknown, or given to both). In French or German (``lang``), also the men's names
    English news uses as surnames (:data:`reader.quotes.more_words.GIVEN_FR_DE`: "Bernard Coste")."""
    table, key = _given_genders(), word.lower()
    if lang == "fr" and key == "laurence":
        return "f"  # (a woman's name in French, a man's in English: "la directrice générale, Laurence …"; part 34)
    found = table.get(key) or (given_gender(key.partition("-")[0], lang) if "-" in key and _compound_given(
        key) else "") or (
        "" if key.isascii() else table.get(unaccented(key), ""))  # ("Seán", "Mícheál" as "Sean", "Micheal")
    return found or ("m" if lang in ("fr", "de") and key in more_words.GIVEN_FR_DE else "")


_COMPOUND_OPENERS = frozenset("marie jean anne hans karl klaus rose maria ana".split())


def _compound_given(key: str) -> bool:
    """Whether a hyphenated name (lower case) is a compound given name, told by its first part ("Pierre-André",
    "Marie-Ève", "Samantha-Jo"): its second part a given name too, or short, or its first part one that opens
    compounds; not a double surname whose first part happens to be a given name ("Mahmoud-Bergeron",
    "Adebayo-Wilson": part 36, which had made Aisha Mahmoud-Bergeron no one)."""
    first, _, second = key.partition("-")
    return second in _given_genders() or len(second) <= 4 or first in _COMPOUND_OPENERS
