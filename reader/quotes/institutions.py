"""German and French institutions an article names: a generic noun's institution ("teilte die Behörde mit" after
"Die Kreisverwaltung Bernkastel-Wittlich wies das zurück"), a compound by its head ("aus dem Ministerium"), and an
institution opening a sentence by its name ("Der Kommunale Arbeitgeberverband Niedersachsen (KAV) nannte …", "Le
Bureau interprofessionnel des vins de Bourgogne (BIVB)"). Split out of :mod:`reader.quotes.organisations` (over 500
lines), which resolves English and French organisation nouns with these. Pure Python, no Textual or Rich import."""

from __future__ import annotations

import re
from collections import deque
from functools import cache

INTRODUCED_WITHIN = 1200
"""How far back (characters) "the company" or "die Behörde" looks for the organisation it stands for (as "the
source" looks for the "A Labour source" it refers to: :data:`reader.quotes.role_phrases._INTRODUCED_WITHIN`)."""


def compound_named(text: str, noun: str, offset: int) -> str | None:
    """The German compound an article named before ``offset`` whose head is ``noun`` ("Bundesumweltministerium" for
    "hieß es aus dem Ministerium", "Mieterverein" for "des Vereins"): the last within :data:`INTRODUCED_WITHIN`
    characters, else None."""
    if not noun.isalpha() or len(noun) < 4:
        return None
    found = last_within(_compound(noun.lower()), text, offset)
    return found.group() if found else None


def authority_named(text: str, noun: str, offset: int) -> str | None:
    """German: the institution an article named before ``offset`` (a sentence's subject, with its article) that a
    generic noun stands for ("teilte die Behörde mit" after "Die Kreisverwaltung Bernkastel-Wittlich wies das
    zurück", "teilte das Ministerium mit" after "Das Umweltministerium in Hannover reagierte", "der Verband" after
    "Der Fachverband der Seilbahnen"): the last within :data:`INTRODUCED_WITHIN` characters; else a compound of
    that head introduced with its abbreviation anywhere in a sentence ("Kritik kam vom Schweizerischen
    Zivildienstverband (SZV). … schrieb der Verband"; not one named in passing, "der Förderverein der
    Jugendabteilung", "die US-Gesundheitsbehörde CDC", which "der Verein" or "die Behörde" rarely means); else
    None."""
    heads = _AUTHORITY_HEADS.get(noun)
    if heads is None:
        return None
    found = last_within(_opening_compound(heads), text, offset) or last_within(_abbreviated(noun), text, offset) or (
        last_within(_named_compound(heads), text, offset))  # (part 38: "äußerte sich die Kroatische Vereinigung der
    return found.group(1) if found else None  # Privatvermieter, …. …, teilte der Verband mit")


_AUTHORITY_HEADS = {"behörde": "behörde|verwaltung|aufsicht|amt|ministerium|anstalt|zentrale|agentur|überwachung",
                    "ministerium": "ministerium", "verband": "verband|bund|vereinigung", "kasse": "kasse",
                    "verwaltung": "verwaltung", "amt": "amt", "gewerkschaft": "gewerkschaft", "stiftung": "stiftung",
                    "verein": "verein", "vereinigung": "vereinigung|verband", "initiative": "initiative",
                    "gruppierung": "vereinigung|verband|verein|initiative|gruppe|gruppierung|bewegung"}
"""The heads of German compounds a generic institution's noun may stand for (see :func:`authority_named`; "schrieb
die Gruppierung" after "Kritik kam von der Bürgervereinigung Oberstetten": part 39)."""


def last_within(pattern: re.Pattern[str], text: str, offset: int, floor: int = 0,
                reach: int = INTRODUCED_WITHIN) -> re.Match[str] | None:
    """The last match of ``pattern`` in the ``reach`` characters before ``offset`` (:data:`INTRODUCED_WITHIN`), not
    before ``floor``."""
    found = deque(pattern.finditer(text, max(floor, offset - reach), offset), maxlen=1)
    return found[0] if found else None


@cache
def _opening_compound(heads: str) -> re.Pattern[str]:
    """A German institution opening a sentence with its article, an adjective maybe, its compound, what it is for
    or where, and its abbreviation: "Der Kommunale Arbeitgeberverband Niedersachsen (KAV)", "Die Bundesanstalt für
    Finanzdienstleistungsaufsicht (Bafin)", "Die Industriegewerkschaft Bergbau, Chemie, Energie (IG BCE)"."""
    capitalised = "|".join(head.capitalize() for head in heads.split("|"))  # ("Die Gewerkschaft Erziehung …")
    adjective = r"(?:[A-ZÄÖÜ][a-zäöüß]+e[nrs]?\s+)?"
    compound = rf"(?:[A-ZÄÖÜ][a-zäöüß]*(?:{heads})|(?:{capitalised})(?=\s+(?:[A-ZÄÖÜ(]|für\s|der\s|des\s)))\b"
    complement = r"(?:\s+(?:für|der|des)\s+[A-ZÄÖÜ][\wäöüß-]+|(?:(?:,|\s+und)?\s+[A-ZÄÖÜ][\wäöüß-]+){1,3})?"
    abbreviation = r"(?:\s+\([A-ZÄÖÜ][\w ]{1,12}\))?"
    return re.compile(rf"(?:^|[.!?»“]\s+|\n)(?:Der|Die|Das)\s+({adjective}{compound}{complement}{abbreviation})",
                      re.MULTILINE)


@cache
def _named_compound(heads: str) -> re.Pattern[str]:
    """A German institution named anywhere with its article, an adjective maybe, a compound of one of ``heads`` and
    its complement of two words or a name ("die Kroatische Vereinigung der Privatvermieter", "die Preisüberwachung
    des Bundes", "die Bürgerinitiative Glanzbach"): read when none opens a sentence before (part 38)."""
    adjective = r"(?:[A-ZÄÖÜ][a-zäöüß]+e[nrs]?\s+)?"
    capitalised = "|".join(head.capitalize() for head in heads.split("|"))
    compound = rf"(?:[A-ZÄÖÜ][a-zäöüß]*(?:{heads})|{capitalised})\b"
    complement = r"(?:\s+(?:für|der|des)\s+[A-ZÄÖÜ][\wäöüß-]+|\s+[A-ZÄÖÜ][\wäöüß-]+(?=[\s,.]+[a-zäöüß]))"
    return re.compile(rf"\b(?:der|die|das|dem|den)\s+({adjective}{compound}{complement})")


@cache
def _abbreviated(head: str) -> re.Pattern[str]:
    """A German compound of ``head`` and its abbreviation in brackets ("Zivildienstverband (SZV)")."""
    return re.compile(rf"\b([A-ZÄÖÜ][a-zäöüß]+{re.escape(head)})\s+\([A-ZÄÖÜ][\wÄÖÜ]{{1,10}}\)")


@cache
def _compound(head: str) -> re.Pattern[str]:
    return re.compile(rf"\b[A-ZÄÖÜ][a-zäöüß]+{re.escape(head)}\b")


_INSTITUTION_HEADS = "|".join(sorted({head for heads in _AUTHORITY_HEADS.values() for head in heads.split("|")}))


_GERMAN_FIRM = re.compile(r"(?:^|[.!?»“]\s+|\n)(?:Der|Die|Das)\s+((?:[A-ZÄÖÜ][\w&-]*\s+){1,4}"
                          r"(?:GmbH|AG|KG|SE|eG|e\.\s?V\.))", re.MULTILINE)
"""German: a firm or an association by its legal form opening a sentence ("Die Flughafen Hohenried GmbH")."""
_FRENCH_INSTITUTION = re.compile(r"(?:^|\s)(?:Le|La|Les|L[’'])\s?([A-ZÉ][\w’'-]+(?:\s[\w’'-]+){0,6}?"
                                 r"\s\([A-ZÉ][A-Z\d]{1,10}\))")
"""French: an institution by its name and abbreviation opening a sentence ("Le Bureau interprofessionnel des vins
de Bourgogne (BIVB)")."""


def opening_institution(text: str, start: int, lang: str = "de") -> tuple[str, int] | None:
    """German: the institution opening the sentence at ``start`` by its name (:func:`_opening_compound`: "Der
    Kommunale Arbeitgeberverband Niedersachsen (KAV) nannte die Forderungen „…“"), and where its name ends; in
    French, one whose abbreviation follows its name (:data:`_FRENCH_INSTITUTION`)."""
    patterns = (_FRENCH_INSTITUTION,) if lang == "fr" else (_opening_compound(_INSTITUTION_HEADS), _GERMAN_FIRM)
    found = next((hit for pattern in patterns if (hit := pattern.match(text, max(0, start - 1) if start else 0, (
        start + 160)) or (pattern.match(text, start - 2, start + 160) if start >= 2 else None))), None)  # (a
    # paragraph's first sentence or after ". ": "…. Das Landesamt"; a firm by its legal form: "Die Flughafen
    # Hohenried GmbH begrüßte das Urteil", part 38)
    return (found.group(1), found.end()) if found is not None and found.start(1) - start <= 4 else None
