"""French organisations as the subject of a cue verb, read from the words of the subject's noun phrase.

French names an organisation by a common noun and then its name, which may hold lower-case words ("le collectif
Soins d’abord", "L’association Choisir sa fin (ACF)"), or by a description and its abbreviation ("La Fédération
française de ski (FFS)", "La direction régionale des affaires culturelles (Drac)"). A reader of capitalised runs
finds no name there (or a wrong one: "des maires" in "L’Association des maires ruraux (AMR) a dénoncé"), so these
noun phrases are read as a whole: a determiner opening the clause, an organisation's noun, then its name or its
abbreviation. A pure function of the tokens (part 24, from an eighteenth review set's French articles).
"""

from __future__ import annotations

import re

from reader.quotes.descriptions import joined_words
from reader.quotes.words import _ORG_NOUNS

_FRENCH_BODY_NOUNS = _ORG_NOUNS | frozenset(
    """coordination section confédération direction conseil comité institut observatoire fondation ong enseigne
    firme cabinet laboratoire ligue mouvement réseau collectif intersyndicale""".split())
"""French nouns that head an organisation's noun phrase ("la section CGT", "le comité Vigilance Loire")."""
_ARTICLES = frozenset(("le", "la", "les", "l’", "l'"))
_CLAUSE_OPENERS = frozenset((",", ".", "!", "?", ";", ":", "«", "»", "“", "”", '"', "—", "–"))
_ABBREVIATION = re.compile(r"[A-ZÀ-Ý][A-Za-zÀ-ÿ\d&-]{1,11}")
"""An abbreviation in parentheses after a name: "FFS", "Drac", "CGT-FO"."""
_ACRONYM = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý\d&-]{1,7}")
_COMPLEMENTS = frozenset(("de", "du", "des", "d’", "d'"))
_LONGEST = 16
"""Words of a subject's noun phrase, at most (past it, the clause is no noun phrase)."""


def french_body(text: str, tokens: list[tuple[str, int]], j: int) -> str | None:
    """The organisation the French noun phrase ending at ``j`` names, when it opens its clause with a determiner
    and an organisation's noun (or a capitalised description) and gives a name or an abbreviation: the name,
    with its abbreviation ("Choisir sa fin (ACF)", "Soins d’abord"); the description and its abbreviation
    ("Fédération française de ski (FFS)", "Agence régionale de santé (ARS) de Bretagne"); the noun and an acronym
    for a body of an organisation ("section CGT" for "La section CGT de la collectivité"). Also after a cue verb
    and its adverbs, as its inverted subject. None otherwise (a person's role, "La ministre de la Culture", is
    read elsewhere). As ``text`` writes it ("de l’homme", not "de l’ homme")."""
    start = j
    while start > 0 and j - start < _LONGEST and tokens[start - 1][0] not in _CLAUSE_OPENERS:
        start -= 1
    if j - start < 1 or j - start >= _LONGEST:
        return None
    if tokens[start][0].lower() not in _ARTICLES:
        # after the verb and its adverbs ("a annoncé mardi l’Agence régionale de santé (ARS) de Bretagne, qui …")
        det = next((k for k in range(start + 1, j) if not (tokens[k][0].isalpha() and tokens[k][0].islower())), j)
        if det == j or tokens[det][0].lower() not in _ARTICLES or start == 0 and tokens[0][0][:1].isupper():
            return _opening_name(text, tokens, start, j)
        start = det
    head = tokens[start + 1][0]
    if _ACRONYM.fullmatch(head) and head != "ONG" and j > start + 1 and all(  # (no abbreviation after the name:
            word[:1].isupper() for word, _ in tokens[start + 2 : j + 1]) and not (  # "L’ONG Vigie Rivières (VR)")
                j + 1 < len(tokens) and tokens[j + 1][0] == "("):
        return text[tokens[start + 1][1] : tokens[j][1] + len(tokens[j][0])]  # "l’ARS Bourgogne-Franche-Comté"
    if head.lower() not in _FRENCH_BODY_NOUNS:
        return None
    inside = next((k for k in range(start + 2, j - 1) if tokens[k][0] == "(" and tokens[k + 2][0] == ")"), 0)
    after = j + 3 < len(tokens) and tokens[j + 1][0] == "(" and tokens[j + 3][0] == ")"
    abbreviation = (tokens[inside + 1][0] if inside else tokens[j + 2][0] if after else "")
    abbreviation = abbreviation if _ABBREVIATION.fullmatch(abbreviation) else ""
    words = [word for word, _ in tokens[start + 2 : (inside or j + 1)]]
    if any(word in ("et", "ou") for word, _ in tokens[start + 2 : j + 1]):
        return None  # ("L’Association des maires de France (AMF) et son président David Lisnard ont dénoncé": both)
    last = j + 3 if abbreviation and not inside else j

    def written(first: int) -> str:
        return text[tokens[first][1] : tokens[last][1] + len(tokens[last][0])]

    name = words[: next((k for k, word in enumerate(words) if word.lower() in _COMPLEMENTS), len(words))]
    if name and name[0][:1].isupper() and all(word[:1].isupper() or word.lower() in _PARTICLES for word in words):
        name = words  # "Les Amis de la Terre", "Les Amis de Marcel Proust": a complement inside the name
    if abbreviation:
        if name and name[0][:1].isupper() and (not head[:1].isupper() or head.isupper()):  # (not "ONG")
            return written(start + 2)  # "L’association Choisir sa fin (ACF)"
        return written(start + 1)  # "La Fédération française de ski (FFS)"
    if (head[:1].isupper() and not head.isupper() and (not name or not name[0][:1].isupper()) and len(words) <= 5
            and all(word.isalpha() or word in _PARTICLES for word in words)):
        return written(start + 1)  # "La Ligue nationale de handball a fait savoir": its capitalised head names it
    if not name or not name[0][:1].isupper():
        return written(start) if head.lower() in _FEDERATIONS and 2 <= len(words) <= 5 and any(
            word.lower() in _COMPLEMENTS for word in words) and all(word.isalpha() and word.islower() or word in (
                _PARTICLES) for word in words) else None  # "la fédération départementale des chasseurs rappelle":
        # a body no name is given for, with what it gathers, as written (part 41)
    if len(name) == 1 and _ACRONYM.fullmatch(name[0]):  # "La section CGT de la collectivité": the union's section;
        return f"{head} {name[0]}" if head.lower() in _PARTS else name[0]  # "Le syndicat SNES-FSU": the union
    if len(name) < len(words):
        return None
    # "le collectif Soins d’abord"; a capitalised head is the name's own ("L’Institut Pasteur")
    return written(start + 1) if head[:1].isupper() and not head.isupper() else written(start + 2)


_PARTICLES = frozenset("de du des d’ d' la le les l’ l'".split())
_FEDERATIONS = frozenset("""fédération confédération association union syndicat chambre ordre collectif
    coordination institut office observatoire service agence autorité""".split())
"""Heads of a body described by whom it gathers or what it does ("la fédération départementale des chasseurs",
"l’union régionale des apiculteurs", "l’institut national de la statistique relevait", "le service cantonal de la
faune": part 45), kept whole as written."""
_PARTS = frozenset("section comité bureau conseil direction cellule antenne délégation".split())
"""Heads that name a part of an organisation, kept before its acronym ("section CGT", "comité CFDT")."""
_NAME_INSIDE = frozenset("sans du de des la le et contre pour en".split())
"""The lower-case words inside a French organisation's name ("Médecins sans frontières", "Action contre la faim")."""


def _opening_name(text: str, tokens: list[tuple[str, int]], start: int, j: int) -> str | None:
    """A name that opens its sentence with lower-case words inside it ("Médecins sans frontières a dénoncé"),
    as written; None for anything else (a capitalised run alone is read elsewhere)."""
    words = [word for word, _ in tokens[start : j + 1]]
    if (start and tokens[start - 1][0] not in (".", "!", "?")) or len(words) > 5 or not words[0][:1].isupper():
        return None
    inside = [word for word in words[1:] if not word[:1].isupper()]
    if not inside or words[1] not in _NAME_INSIDE or not all(word.isalpha() for word in words):
        return None
    return text[tokens[start][1] : tokens[j][1] + len(tokens[j][0])]


_CONTRACTED = frozenset(("du", "des", "au", "aux"))


def french_complement(tokens: list[tuple[str, int]], k: int) -> int:
    """How many tokens back from ``k`` a French noun's complement opens, when ``k`` is the article of one after
    a noun ("salarié | de la société", "Association | des maires"): 2 past "de la" and "de l’", 1 past "du" or
    "des"; 0 when ``k`` opens no complement (the noun phrase's own determiner, "Un ancien salarié")."""
    word = tokens[k][0].lower()
    if word in _CONTRACTED and k >= 1 and tokens[k - 1][0].isalpha():
        return 1
    if word in _ARTICLES and k >= 2 and tokens[k - 1][0] == "de" and tokens[k - 2][0].isalpha():
        return 2
    return 0


def institution_at(words: list[str]) -> str | None:
    """The institution French's impersonal "on" after its verb names by its common noun ("affirme-t-on à la mairie",
    "indique-t-on au ministère"), as written with its article ("la mairie", "le ministère"); None otherwise (part 26,
    :meth:`reader.quotes.cited_sources.CitedSources._impersonal_source`)."""
    article = {"au": "le", "à": ""}.get(words[0]) if words else None
    if article is None or len(words) < 2:
        return None
    noun = words[2] if not article and len(words) > 2 and words[1].lower() in ("la", "l'", "l’") else (
        words[1] if article else "")
    if noun not in _ORG_NOUNS:
        return None
    return joined_words([article or words[1], noun])


def on_opening_body(tokens: list[tuple[str, int]], verb: int) -> str | None:
    """The body French's impersonal "on" before its verb (at ``verb``) speaks for when the sentence opens with where it
    is: "Du côté du conseil départemental, on défend …" (the council), "Chez le bailleur, Habitat Seine-Est, on
    explique …" (the name apposed); as written, with its article. None when "on" is no such subject, or nothing of a
    body opens the sentence. Part 41."""
    on = verb - 1
    while on > 0 and tokens[on][0] in ("se", "s’", "s'", "en", "y", "n’", "n'", "ne"):
        on -= 1
    if on < 3 or tokens[on][0] != "on" or tokens[on - 1][0] != ",":
        return None
    words = [word for word, _ in tokens[: on - 1]]
    if len(words) > 9 or "," in words[:-1] and words[0] != "Chez":
        return None
    if words[:3] in (["Du", "côté", "du"], ["Du", "côté", "de"]) or words[:3] == ["Du", "côté", "des"]:
        article = {"du": "le", "de": "", "des": "les"}[words[2]]
        rest = words[3:]
    elif words[:1] == ["Chez"]:
        if "," in words:  # ("Chez le bailleur, Habitat Seine-Est,": the name)
            name = words[words.index(",") + 1 :]
            return " ".join(name) if name and all(word[:1].isupper() for word in name) else None
        article, rest = "", words[1:]
    else:
        return None  # (a place: "Au ministère, on se dit « … »" is read as before, "ministère")
    if not rest or not (rest[0] in _FRENCH_BODY_NOUNS or rest[0].lower() in _PLACES_OF_BODIES or rest[0] in (
            "la", "le", "les", "l’", "l'") and len(rest) > 1 and rest[1] in _FRENCH_BODY_NOUNS):
        return None
    return joined_words([article, *rest]) if article else joined_words(rest)


_PLACES_OF_BODIES = frozenset("mairie préfecture ministère siège direction parquet".split())
"""Where a body sits, standing for it ("Du côté de la mairie, on …")."""
