"""Whether a word is a cue verb where it stands (:func:`verb_at`): the checks each attribution pattern makes
before it reads a subject for a verb. Split out of :mod:`reader.quotes.phrases` (over 500 lines). Pure Python, no
Textual or Rich import."""

from __future__ import annotations

from reader.quotes.descriptions import _is_role
from reader.quotes.more_words import DOCUMENT_CUES, DOCUMENT_NOUNS, PARTICLE_CUES, PLATFORMS, PREPOSITION_CUES
from reader.quotes.names import _POSSESSIVE
from reader.quotes.token_windows import _verb_not_noun
from reader.quotes.words import _ALSO_NOUNS, _BACK_VERBS, _BE, _NOUN_BEFORE, _RAISING, _STATEMENT_VERBS, _VERBS


def verb_at(tokens: list[tuple[str, int]], j: int, lang: str) -> bool:
    """Whether ``tokens[j]`` is a cue verb used as one: not a capitalised word inside a sentence ("the United
    States"), not a noun ("a Donald Trump tweet", "the report"), not a passive ("was told to “…”"), "went" only
    before "on", "pointed" before "out", a statement verb only before a statement of the subject's own."""
    word = tokens[j][0]
    key = word.lower()  # no cue verb has an apostrophe
    if key not in _VERBS:
        return False
    if word[:1].isupper() and j > 0 and lang == "en":
        return False  # "the United States": a capitalised verb only starts a sentence
    if lang == "en" and j > 0 and tokens[j - 1][0][:1].isupper() and not key.endswith("ing"):
        k = j - 1
        while k > 0 and tokens[k - 1][0][:1].isupper():
            k -= 1
        if k > 0 and tokens[k - 1][0].lower() in _NOUN_BEFORE:
            return False  # "a Donald Trump tweet": a noun, not a verb
    if key in _ALSO_NOUNS and lang == "en" and not _verb_not_noun(tokens, j, key):
        return False
    if lang == "fr" and j > 0 and tokens[j - 1][0].lower() in _FRENCH_ARTICLES and key.endswith(_PARTICIPLES):
        return False  # "Réponse du prévenu :", "l’accusé": a participle after an article is a noun ("l’interroge")
    if lang == "fr" and j > 0 and tokens[j - 1][0].lower() in _FRENCH_DETERMINERS:
        return False  # "Voilà la réalité de cette annonce.": a noun after a determiner that is never a pronoun
    if key == "went":
        return j + 1 < len(tokens) and tokens[j + 1][0].lower() == "on"
    if key == "saying" and lang == "en" and j > 0 and tokens[j - 1][0].lower() in _SAYING_NOUN:
        return False  # "That was his favourite saying": a noun (part 37)
    if lang == "en" and key in ("said", "say", "says", "saying") and j + 1 < len(tokens) and tokens[j + 1][
            0].lower() in _SAID_RITES:
        return False  # "the people of south Connemara said goodbye to Nóra …": no words quoted (part 37)
    if key in PREPOSITION_CUES:  # ("sprach dabei von einer »…«", "parle d’une « … »"; not "sprach mit Reportern")
        prepositions = PREPOSITION_CUES[key]
        near = [w.lower() for w, _ in tokens[max(0, j - 6) : j]] + [f"-{w.lower()}" for w, _ in tokens[j + 1 : j + 3]]
        return (any(tokens[m][0].lower() in prepositions for m in range(j + 1, min(len(tokens), j + 4))) or (
            tokens[-1][0] == ":" and len(tokens) - j <= 8 and key in ("sprach", "spricht") and not any(
                tokens[m][0] in ("mit", "über", "zu") and tokens[m + 1][0][:1].isupper() for m in range(j + 1, min(
                    j + 3, len(tokens) - 1))))) and not (  # ("sprach er mit
            _NO_ONE.intersection(near))  # hörbarer Bitterkeit: „…“": his words; part 41. "Niemand sprach von einem
        # »Sieg«", "sprach nicht von": no one's words)
    if key == "geschrieben":  # "hat eine Nutzerin geschrieben: »…«"; not "Briefe an Universitätskliniken
        return j + 1 < len(tokens) and tokens[j + 1][0] == ":"  # geschrieben,": a participle ends its clause (39)
    if key in DOCUMENT_CUES:  # "a publié dimanche soir un bref message :", "publiait sur le réseau X :", "a publié
        # sur Facebook un message devenu viral :"; not "a publié « Titre »" (part 38)
        return len(tokens) - j <= 12 and tokens[-1][0] == ":" and any(
            word.lower() in DOCUMENT_NOUNS or word in PLATFORMS or word in ("réseau", "page", "compte")
            for word, _ in tokens[j + 1 : -1])
    if key in PARTICLE_CUES:  # ("a fait savoir que", "y voit « … »"; "legte sie nach:", "gibt … zu.")
        words = PARTICLE_CUES[key]
        if lang == "fr":
            return j > 0 and tokens[j - 1][0].lower() in words
        end = next((m for m in range(j + 1, min(len(tokens), j + 12)) if not tokens[m][0][:1].isalnum()), len(tokens))
        return end > j + 1 and tokens[end - 1][0] in words
    if (j > 0 and (key.endswith("ed") or key in ("told", "said", "written", "read")) and (
            tokens[j - 1][0].lower() in _BE or j > 1 and tokens[j - 1][0].endswith("ly")
            and tokens[j - 2][0].lower() in _BE)
            and not (j + 1 < len(tokens) and (tokens[j + 1][0].lower() == "by" or (
                tokens[j + 1][0].lower() in ("as", "to") and key in _RAISING)))
            or key.startswith("remember") and j > 0 and tokens[j - 1][0].lower() in _BE):
        return False  # a passive: "was charged with …", "was told to “…”", "was described as “…”" (not "was
        # asked by Bill Maher", "was quoted as saying", "is said to have told"); "is remembered as “…”"
    if key == "pointed":
        return j + 1 < len(tokens) and tokens[j + 1][0].lower() == "out"
    if key in _BACK_VERBS:
        return j + 1 < len(tokens) and tokens[j + 1][0].lower() == "back"
    if key in _STATEMENT_VERBS:  # "issued a statement", not "released a statement from the victim's mother"
        at = next((m for m in range(j + 1, min(len(tokens), j + 5))
                   if tokens[m][0].lower() in ("statement", "statements")), None)
        if at is None:
            return False
        # someone else's: a role after "from"/"by" ("from Trump's doctor"), not "by email", "from Vermont"
        return not (at + 1 < len(tokens) and tokens[at + 1][0].lower() in ("from", "by") and any(
            _is_role(_POSSESSIVE.sub("", t.lower())) for t, _ in tokens[at + 2 : at + 6]))
    return True


_SAID_RITES = frozenset("goodbye goodbyes farewell farewells grace prayers mass hello".split())
"""What one "says" that is no one's quoted words ("said goodbye", "said grace", "said prayers")."""
_SAYING_NOUN = frozenset("a an the his her their my our your its favourite favorite old famous popular".split())
"""Words before "saying" that make it a noun, not a participle ("his favourite saying", "an old saying")."""
_FRENCH_ARTICLES = frozenset("le la les l’ l' du des au aux un une ce cet cette".split())
_FRENCH_DETERMINERS = frozenset("cette cet ces une du au aux des sa ses mes tes nos vos".split())
_PARTICIPLES = ("é", "ée", "és", "ées", "u", "ue", "us", "ues")
"""(Not "-it", "-is": "l’avertit sa mère" is an object pronoun and a verb.)"""


_NO_ONE = frozenset("niemand keiner nobody personne -nicht -nie -pas -never".split())
"""Words that negate speaking of something: a cue of :data:`~reader.quotes.more_words.PREPOSITION_CUES` after one
("Niemand sprach von einem »Sieg«") or before one marked "-" ("sprach nicht von") is no one's words."""
