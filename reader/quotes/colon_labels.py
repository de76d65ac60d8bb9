"""What a capitalised label before a colon is ("Smith: “…”" speaks; "told Fox News:", "hat einen klaren Wunsch:",
"Sie fand deutliche Worte:" do not): whether what precedes it governs it or makes it a noun. Pure functions of the
tokens (moved out of :mod:`reader.quotes.token_windows` at 500 lines, part 24)."""

from __future__ import annotations

from collections.abc import Callable, Container

from reader.quotes.descriptions import _is_role
from reader.quotes.more_words import PLATFORMS
from reader.quotes.run_pieces import declined_adjective
from reader.quotes.token_windows import KIN_WORDS as KIN_WORDS  # (for phrases: kin as written)
from reader.quotes.words import _DETERMINERS, _PLACES, _PREPOSITIONS, _VERBS

_VERBS_OR_PREPOSITIONS = _VERBS | _PREPOSITIONS


def governed_label(tokens: list[tuple[str, int]], start: int, lang: str) -> bool:
    """Whether the capitalised run at ``start`` before a colon is governed by what precedes it, so it is whom or
    what the words were given to or are about, not who said them: a verb or a preposition ("told Fox News:", "on
    CNN:", French "en Scop :"), a noun phrase a preposition governs (:func:`_object_of_preposition`), and in German
    a noun after its article and adjective ("hat einen klaren Wunsch:"; not a name after a verb, "Da lachte Merz:")."""
    word = tokens[start - 1][0] if start else ""
    if lang == "de" and word in ("und", "oder") and start >= 2 and tokens[start - 2][0][:1].isupper():
        return governed_label(tokens, start - 2, lang)  # ("ihr Rat an alle anderen Omas und Opas:": both governed)
    german_noun = lang == "de" and (word in _GERMAN_DETERMINERS or word in _GERMAN_LEADS or declined_adjective(
        word) and start >= 2 and (tokens[start - 2][0] in _GERMAN_DETERMINERS or tokens[start - 2][0] in _GERMAN_LEADS))
    # ("schrieb mir ein anonymer Absender per Mail:", "Darauf steht in bunten Buchstaben:": part 39)
    return bool(word) and (word.lower() in _VERBS_OR_PREPOSITIONS or german_noun or (
        lang == "fr" and word in _FRENCH_PREPOSITIONS) or _object_of_preposition(tokens, start)) or (
        tokens[start][0] in PLATFORMS)  # ("a publié sur sa page Facebook :": where, not who)


def german_noun_before(word: str) -> bool:
    """German: whether ``word`` before a capitalised word makes that word a noun (its article or possessive, a
    preposition, a number word, a declined adjective: "deutliche Worte", "zu Wort", "zwei Sätze"), not a name
    after its verb or a pronoun ("Da lachte Merz", "Ganz anders sieht es Söder")."""
    return word.lower() in _GERMAN_DETERMINERS or word in _GERMAN_LEADS or (
        len(word) > 3 and declined_adjective(word) and not word.endswith(("te", "ten"))
        and word not in _VERBS_OR_PREPOSITIONS and word not in _ADVERBS)


_ADVERBS = frozenset("später wieder immer lange erneut zuletzt sofort aber oder daher".split())
"""Words that end like a declined adjective but leave a name after them a name ("Etwas später Merz:")."""


_GERMAN_LEADS = frozenset("""zu zum zur mit von vom für über auf in im bei beim an am um gegen ohne per via zwei
    drei vier fünf sechs sieben acht neun zehn""".split())  # ("meldete sich auf Instagram:": a platform; "bittet um
# Hinweise:")
_GERMAN_DETERMINERS = frozenset("""der die das dem den des ein eine einem einen einer eines kein keine keinen keinem
    seinen seine seinem ihren ihre ihrem unseren unsere dieser diese dieses diesem diesen ihrer seiner seines ihres
    meiner meine meinen meinem mein unserer unseres unserem deine deiner jeder jede jeden jedem jedes alle allen
    beide beiden manche einige mehrere wenig wenige viel viele kaum""".split())
"""German articles, possessives and quantifiers: a word after one (and an adjective) is a noun ("einen klaren
Wunsch:", "nach ihrer ersten Woche gesagt:", "sieht wenig Hoffnung:")."""
_FRENCH_PREPOSITIONS = frozenset("à au aux en dans pour par sur avec chez vers contre de du des".split())


def _object_of_preposition(tokens: list[tuple[str, int]], start: int) -> bool:
    """Is the name run at ``start`` the end of a noun phrase that a preposition or a cue verb governs ("… to the
    Dutch newspaper NRC Handelsblad: “…”", "told the conservative website Breitbart: “…”")? Then it is whom
    the words were given to, not who said them. Reads back over at most four words to a determiner."""
    k = start - 1
    while k >= 0 and start - k <= 4 and tokens[k][0][:1].isalpha():
        if tokens[k][0].lower() in _DETERMINERS or tokens[k][0] in _FRENCH_ARTICLES:
            return k > 0 and (tokens[k - 1][0].lower() in _VERBS_OR_PREPOSITIONS  # ("sur le réseau social X :")
                              or tokens[k][0] in _FRENCH_ARTICLES and tokens[k - 1][0] in _FRENCH_MEDIUMS)
        k -= 1
    return False


_FRENCH_ARTICLES = frozenset("le la les un une".split())
_FRENCH_MEDIUMS = frozenset("sur dans via à".split())
"""French prepositions of a place or a medium ("sur le réseau social X :", "dans le journal Le Monde :"); not "par la
députée Claire Moreau :", "du côté de la présidente …", "chez le maire …", which name whose words follow."""


def dateline_place(written: str, surnames: Container[str]) -> bool:
    """Is ``written`` a place in capitals ("WASHINGTON", "NEW YORK")? Before a colon opening a paragraph it is a
    dateline ("WASHINGTON: “…”"), not a transcript's speaker ("TRUMP: “…”"), unless the article names a person
    so (``surnames``: the people index's, "Kerry Washington"). "Washington" counts here, where the lists leave it
    out: a surname in capitals before a colon with no one of that name in the article is the city."""
    if not written.isupper():
        return False
    place = written.title()
    return (place in _PLACES or place == "Washington") and place.split()[-1] not in surnames


def role_label(label: list[str], lang: str, describe: Callable[[list[str]], str | None]) -> str | None:
    """German: the person a role alone before a colon stands for ("Richterin: „…“" after "die vorsitzende
    Richterin Barbara Oberhollenzer": part 27), as ``describe`` (the attributor's role resolution) finds them for
    the role with its article; None when no one named holds it (the label is then kept as written)."""
    if lang != "de" or len(label) != 1 or not _is_role(label[0].lower()):
        return None
    held = describe(["die" if label[0].endswith("in") else "der", label[0]])
    return held if held and not held.startswith(("die ", "der ")) else None


_OWNERS_DE = ("mein", "dein", "sein", "ihr", "unser", "euer")
COORDINATORS_DE = frozenset(("aber", "und", "doch", "denn", "oder"))
"""German conjunctions that stand before a main clause's first place ("Aber Goran hat … gesagt": "Goran" first)."""


def german_opening_noun_phrase(tokens: list[tuple[str, int]], aux: int) -> int:
    """German: where a noun phrase that alone opens the clause before the auxiliary at ``aux`` starts (an article,
    lower-case adjectives, its noun: "Eine junge Kollegin | hat mir nach ihrer ersten Woche gesagt"; or a name and its
    title: "Frank Oberdieck | hatte in Potsdam gesagt"), the clause's subject before its second-position verb, not a
    noun the participle's complements end with ("Woche", "Potsdam"); else -1."""
    start = aux - 1
    while start > 0 and tokens[start - 1][0][:1].isalnum():
        start -= 1
    if 2 <= aux - start <= 4 and all(t[:1].isupper() or t == "." for t, _ in tokens[start:aux]) and tokens[
            start][0].lower() not in _NOMINATIVE_DE and tokens[start][0].lower() not in _GERMAN_DETERMINERS:  # (not
        # "Seinem Anwalt hatte Dennis Krüger gesagt": a dative fronted)
        return start  # a name and its title alone ("Landeswirtschaftsminister Frank Oberdieck | hatte … gesagt")
    if aux - start >= 4 and tokens[start][0].lower() in _NOMINATIVE_DE:
        noun = next((k for k in range(start + 1, aux) if tokens[k][0][:1].isupper()), aux)
        if noun + 2 < aux and tokens[noun + 1][0] in _FROM_DE and all(  # "Ein kleiner Bub aus Homs | hat sie
                t[:1].isupper() for t, _ in tokens[noun + 2 : aux]) and aux - noun <= 4:  # gefragt" (part 37)
            return start
    return start if (aux - start >= 2 and tokens[start][0].lower() in _NOMINATIVE_DE and tokens[aux - 1][0][
        :1].isupper() and all(t.islower() for t, _ in tokens[start + 1 : aux - 1])) else -1


_FROM_DE = frozenset("aus von vom in im bei".split())
"""Prepositions of where a person in a German subject is from ("Ein kleiner Bub aus Homs")."""


_NOMINATIVE_DE = frozenset("""der die das ein eine kein keine mein meine dein deine sein seine ihr ihre unser unsere
    euer eure dieser diese dieses jeder jede jedes alle beide manche einige mehrere viele wenige""".split())
"""German determiners of a subject (not "Seinem Anwalt hat der Angeklagte gesagt": a dative fronted)."""
