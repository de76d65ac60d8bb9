"""How a German clause places its verb and its subject, and whether it reports speech: the auxiliary before a
participle (:func:`_auxiliary_before`), the subject of a verb that ends a subordinate clause
(:func:`_verb_final_subject`), a time of two words opening a clause before its auxiliary (:func:`time_opening_de`),
the conjunctions that open a sentence with a clause (:data:`SUBORDINATORS_DE`), and the subjunctive of indirect
speech (:data:`_KONJUNKTIV`, :data:`KONJUNKTIV_I`, :func:`subjunctive`). Pure functions of (token, offset) lists and
words; split out of :mod:`reader.quotes.token_shapes` (over 500 lines). No Textual or Rich import here."""

from __future__ import annotations

import re

_KONJUNKTIV = re.compile(r"(?<![Ii]ch )\b(?:sei|seien|habe|hätten?|würden?|könne|müsse|werde|wolle|solle|gebe|dürfe"
                         r"|stehe|liege|gehe|komme|bleibe|fehle|brauche|gelte|wisse|plane|erwarte|reiche|verfüge"
                         r"|rechne|versuche|nehme|höre|halte|glaube|prüfe|arbeite|setze|trage|mache|kenne"
                         r"|suche)\b")  # (part 37: "Man versuche, den Berufsverkehr „so wenig wie möglich“ zu …";
# not "denke", "sehe": "Man denke an …" invites the reader)
"""German subjunctive forms: a sentence with one reports someone's words, indirectly (the first person's
indicative has most of these forms too, which narration uses only after "ich", left out: "Der Bund stehe zu seiner
Zusage", not "Ich rechne mit einem „heißen Herbst“")."""
SUBORDINATORS_DE = ("Dass", "Weil", "Wenn", "Ob", "Als")
"""Conjunctions that open a German sentence with a clause: no name opens it ("Dass es um Zahlen ging, legt …")."""
KONJUNKTIV_I = re.compile(_KONJUNKTIV.pattern.replace("|hätten?|würden?", ""))
"""The first subjunctive alone: reported speech, never a conditional in narration ("Ohne die Zuschüsse würden
viele Vereine aufgeben müssen")."""


def subjunctive(word: str) -> bool:
    """Whether a German verb right after its subject is in the subjunctive ("sei", "kämpfe"; not "kämpft",
    "sagte"): indirect speech, someone else's words about the subject."""
    return bool(_KONJUNKTIV.fullmatch(word)) or (len(word) > 3 and word.islower() and word.endswith("e")
                                                  and not word.endswith("te"))


_AUXILIARIES_DE = frozenset("hat hatte haben hatten ist war sind waren".split())
SUBJUNCTIVE_AUXILIARIES_DE = frozenset("habe hätte sei wäre".split())
"""Read only where a shape asks for them ("Seine Frau, erzählt er, habe ihm gesagt:"): as auxiliaries everywhere, "sei"
made a German paragraph of no full stops quadratic (part 39)."""


def _auxiliary_before(tokens: list[tuple[str, int]], verb: int, auxiliaries: frozenset[str] = _AUXILIARIES_DE) -> int:
    """German: where the auxiliary of the participle at ``verb`` stands in its clause (-1: none within fourteen
    tokens, or not a lower-case participle); an initial's full stop is no clause's end ("hatte Alois K. im
    Dezember 2018 an den damaligen Liftgeschäftsführer geschrieben", part 39)."""
    if not tokens[verb][0].islower():
        return -1
    for k in range(verb - 1, max(-1, verb - 14), -1):
        word = tokens[k][0]
        if word in auxiliaries:
            return k
        if not word[:1].isalnum() and not (word == "." and k > 0 and len(tokens[k - 1][0]) == 1 and tokens[k - 1][
                0].isupper()):
            return -1
    return -1


def time_opening_de(tokens: list[tuple[str, int]], aux: int) -> bool:
    """German: whether a time of two words opens the clause right before the auxiliary at ``aux`` ("Letzte Woche
    hat mich ein älterer Mann … gesagt"): the subject follows the auxiliary (the time is no name: part 27)."""
    return aux >= 2 and (aux == 2 or not tokens[aux - 3][0][:1].isalnum()) and tokens[aux - 2][0].lower() in (
        _TIME_ADJECTIVES_DE) and tokens[aux - 1][0] in _TIME_NOUNS_DE


_TIME_ADJECTIVES_DE = frozenset("letzte letzten vergangene vergangenen nächste diese dieser jede jeden".split())
_TIME_NOUNS_DE = frozenset("Woche Monat Jahr Nacht Saison Sommer Winter Herbst Frühling Mal Wochenende".split())


def _verb_final_subject(tokens: list[tuple[str, int]], verb: int) -> int:
    """German: where the subject of the verb at ``verb`` stands when the verb ends a subordinate clause (right
    after its conjunction: "wenn | sie das 38 Hektar große Gelände meinen,"); -1 when it ends none (a main
    clause puts its verb second, after its subject)."""
    ends = (",", ".", ";", "!", "?", ":")
    if verb + 1 < len(tokens) and tokens[verb + 1][0] not in ends and not (
            tokens[verb + 1][0] in _AUXILIARIES_DE and (verb + 2 >= len(tokens) or tokens[verb + 2][0] in ends)):
        return -1  # (a participle and its auxiliary end it too: "wie ein Bauherr sie … gefragt hatte,"; part 37)
    for k in range(verb - 1, max(-1, verb - 16), -1):
        if not tokens[k][0][:1].isalnum():
            return -1
        if tokens[k][0].lower() in _SUBORDINATORS_DE:
            if tokens[k][0].lower() == "was" and (verb + 1 >= len(tokens) or tokens[verb + 1][0] != ":"):
                return -1  # ("Was sie damit meint, lässt sich … nachlesen": no words it announces)
            return k + 1 if k + 1 < verb else -1
    return -1


_SUBORDINATORS_DE = frozenset("wenn weil dass ob als obwohl nachdem während bevor seit sobald falls wie was".split())
"""(And "was": "…, was er mit dem für ihn typischen Humor kommentierte:", part 37.)"""
