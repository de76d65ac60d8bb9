"""How a French or German sentence opens, read from its tokens: a role with a name apposed to it ("Son
président, Jean-Paul Cariou, parle"), an adverbial before its subject ("Dans un communiqué, le groupe …"), a place
and "on" ("Au ministère, on se dit « surpris »"), a German "er" or "sie" after the verb. Pure functions, used by
:class:`reader.quotes.incises.Incises` (split out of it at 500 lines)."""

from __future__ import annotations

import re

from reader.quotes.colon_labels import _OWNERS_DE
from reader.quotes.descriptions import PLACED_AT, _is_role, joined_words
from reader.quotes.german_clauses import SUBORDINATORS_DE
from reader.quotes.more_words import GERMAN_OPENING_ADVERBS
from reader.quotes.more_words import JUDGING as _JUDGING
from reader.quotes.role_phrases import _DEFINITE
from reader.quotes.run_pieces import german_institution
from reader.quotes.token_shapes import _GERMAN_PREPOSITIONS
from reader.quotes.words import _DETERMINERS, _ORG_NOUNS, _VERBS

_OPENING_ARTICLES = _DEFINITE | {"l'", "l’"}
"""The definite articles before a role or an organisation that opens a sentence as its subject."""

_OWNERS = frozenset("son sa ses leur leurs sein seine ihr ihre".split())
"""Possessives before a role that a name is then apposed to ("Son président, Jean-Paul Cariou, parle")."""


def _apposed_name(tokens: list[tuple[str, int]]) -> int:
    """Where the name apposed to a role opening a French or German sentence starts ("Son président, Jean-Paul
    Cariou, parle", "Le maire de Saint-Quentin, Frédéric Alliot, a qualifié", "Le président du jury, l’acteur
    belge Marc Dumont, a salué"): the role (an article or a possessive, then at most seven words holding a role
    noun) ends at a comma, the name (after another role, maybe) ends at the next; 0 when the sentence opens
    otherwise."""
    if len(tokens) < 6 or (tokens[0][0].lower() not in _OPENING_ARTICLES and tokens[0][0].lower() not in _OWNERS):
        return 0
    comma = next((k for k in range(2, min(len(tokens), 12)) if tokens[k][0] == ","), 0)
    if not comma or not any(_is_role(word.lower()) for word, _ in tokens[1:comma]) or any(
            not word[:1].isalpha() and word not in _NAME_MARKS and word not in "()" for word, _ in tokens[1:comma]):
        return 0  # (a quoted name in the role's complement is part of it: "Der Vorsitzende des Fanclubs
        # »Nordlichter«, Holger Petersen, sagte"; and a party: "Le maire (LR), Jean-Pierre Castany,")
    start = comma + 1
    if start < len(tokens) and tokens[start][0].lower() in _OPENING_ARTICLES:  # ", l’acteur belge Marc Dumont,"
        start = next((m for m in range(start + 1, min(len(tokens), start + 4)) if tokens[m][0][:1].isupper()), 0)
        if not start or not any(_is_role(word.lower()) for word, _ in tokens[comma + 2 : start]):
            return 0
    end = start
    while end < len(tokens) and tokens[end][0][:1].isupper():
        end += 1
    if end - start < 2 or end >= len(tokens):
        return 0  # (a name of two words at least: "Son président, Jean-Paul Cariou,", not "Son président, Paris,")
    after = end
    if tokens[after][0] in ("vom", "von", "aus", "de", "du"):  # ", Aino Virtanen vom Zoo Helsinki,": where from
        after += 2 if after + 1 < len(tokens) and tokens[after + 1][0] in ("der", "dem", "la", "l’", "l'") else 1
        while after < len(tokens) and tokens[after][0][:1].isupper() and after - end < 6:
            after += 1
    return start if after < len(tokens) and tokens[after][0] in (",", "(") else 0  # ("Nathalie Gobert (sans …),")


_NAME_MARKS = frozenset("»«„“‚‘›‹")
"""German and French marks around a club's, a paper's or a work's name inside a role ("Die Kritikerin der
»Hessischen Allgemeinen«, Ulrike Dohm,")."""


_ADVERBIAL_OPENERS = frozenset("""dans lors après avant en pour face devant depuis sur par à au aux vers interrogé
    interrogée interrogés interrogées joint jointe joints jointes contacté contactée contactés contactées invité
    invitée sollicité sollicitée questionné questionnée derrière chez sous près parmi""".split())
"""Prepositions that open a French sentence's adverbial before its subject ("Dans un communiqué, le groupe …"), and
participles that open one ("Interrogé sur d’éventuelles sanctions, Marc-Antoine Riou a été catégorique"); part 36,
where ("Derrière son comptoir, le boulanger Pascal Overney hausse les épaules : « … »")."""


def _after_adverbial(tokens: list[tuple[str, int]]) -> int:
    """Where the subject starts after the adverbial opening a French sentence and its comma ("Dans un communiqué
    commun, | les syndicats dénoncent"), or after a role or a participle apposed to the subject before it
    ("Inspecteur au service communal d’hygiène, | Olivier Dufour a évoqué", "Chargée des mobilités, | la
    vice-présidente …", "Avocate de huit anciens locataires, | Me Sarah Lemaire a décrit"); 0 when none opens it."""
    if not tokens:
        return 0
    first = tokens[0][0].lower()
    apposed = first not in _ADVERBIAL_OPENERS and tokens[0][0][:1].isupper() and (
        (_is_role(first) and first not in _ORG_NOUNS) or first.endswith(_PARTICIPLE_ENDINGS)
        or first in _OPENING_ADJECTIVES) and len(tokens) > 4 and (
        tokens[1][0] in _APPOSITION_LINKS or tokens[1][0] == "," or tokens[1][0].endswith(_PARTICIPLE_ENDINGS))
    # ("Vice-présidente chargée de l’enfance, Pascale Ferrand-Oudin a tenté …")
    if first not in _ADVERBIAL_OPENERS and not apposed:
        return 0
    comma = next((k for k in range(1 if apposed else 2, min(len(tokens), 13)) if tokens[k][0] == ","), 0)  # ("En
    # quittant la salle au bras de son fils, | Odette Ménard a eu ce mot :": part 40, was 9 for an adverbial)
    return comma + 1 if comma and comma + 3 < len(tokens) else 0


_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
_OPENING_ADJECTIVES = frozenset("""favorable défavorable hostile opposé fidèle soucieux soucieuse sceptique prudent
    prudente conscient consciente inquiet inquiète satisfait satisfaite déçu déçue""".split())
"""Adjectives apposed to the subject, opening a French sentence ("Favorable au principe, Malika Ferhat-Roux … s'est
pourtant abstenue", part 38)."""
_APPOSITION_LINKS = frozenset("""de du des d’ d' à au aux chez en pour dans par sur lundi mardi mercredi jeudi
    vendredi samedi dimanche hier""".split())  # ("Interpellée mardi au Parlement, la ministre …": part 35)
"""What follows a role or a participle apposed to the subject that comes after it ("Avocate | de huit anciens
locataires,", "Chargée | des mobilités,", "Installé | à Lyon,")."""


def _opening_on(tokens: list[tuple[str, int]]) -> str | None:
    """Where a French sentence that opens with a place and then "on" says its words come from: "Dans l’entourage de
    Mme Delorme, on se dit prêt à « … »" (the entourage), "Au ministère, on se dit « surpris »", "À Bercy, on …"
    (as written, past the preposition); None for any other opening."""
    words = [word for word, _ in tokens[:14]]
    if not words or words[0].lower() not in ("dans", "au", "à", "a", "chez", "aux"):
        return None
    comma = next((k for k, word in enumerate(words) if word == ","), -1)
    if comma < 2 or comma + 1 >= len(words) or words[comma + 1] != "on":
        return None
    written = joined_words(words[1:comma])
    if not any(word[:1].isupper() or word.lower() in _ORG_NOUNS or word.lower() in _SOURCE_PLACES
               for word in words[1:comma]):
        return None  # "Dans le clos, on ne dit plus « le club »": a place's people, anyone (part 37)
    return written if written[:1].isalpha() else None


_SOURCE_PLACES = frozenset("entourage cabinet camp côté rangs état-major siège direction".split())
"""Nouns of the people around someone or of a body's seat, which "Dans …, on" makes a source ("Dans l’entourage de
…", "Au cabinet de la ministre, on indiquait")."""


def _inverted_pronoun(tokens: list[tuple[str, int]]) -> int:
    """German: where "er" or "sie" stands after the opening constituent and its verb ("Später stellte sie sich den
    Fragen", "Lange stand er davor", "Was er dort sagte, wollte er nicht wiedergeben"), as the sentence's subject;
    -1 when none does in its first words."""
    return next((k for k in range(1, min(len(tokens), 6)) if tokens[k][0] in ("er", "sie")), -1)


def inverted_subject_name(tokens: list[tuple[str, int]]) -> tuple[int, int]:
    """German: where a capitalised word stands right after the finite verb of a sentence that opens with something
    else, in its first words ("Bestätigen wollte Schantl das nicht", "Am Montag besuchte Markus Schantl die
    Baustelle", "Mit dem Bürgermeister sprach Schantl"): the verb is the first lower-case word that is no article,
    preposition or conjunction, and the capitalised words after it (three at most) are the subject (verb second),
    as (start, end) of their tokens; (-1, -1) otherwise. Whether they name a person is the caller's to ask."""
    for k in range(1, min(len(tokens) - 1, 6)):
        word = tokens[k][0]
        if word.isalpha() and word.islower() and word not in _NOT_FINITE_DE:
            end = k + 1
            while end < min(len(tokens), k + 4) and tokens[end][0][:1].isupper() and tokens[end][0].isalpha():
                end += 1
            return (k + 1, end) if end > k + 1 else (-1, -1)
    return -1, -1


_NOT_FINITE_DE = frozenset(
    """der die das den dem des ein eine einen einem einer eines am im an auf aus bei mit nach von vor zu zum zur
    über unter für gegen ohne um durch seit bis und oder aber doch sondern auch noch schon nur sehr so dann dort
    hier heute gestern morgen bereits zuvor später wieder""".split())
"""Lower-case words that open a German sentence's first constituent or stand in it (articles, prepositions,
conjunctions, adverbs), not its finite verb."""


def inverted_name(tokens: list[tuple[str, int]], verbs: frozenset[str]) -> int:
    """German: where the name starts that stands right after the verb and right before the quotation, when a noun
    phrase with an article opens the sentence ("Die Gebührenerhöhung nannte Hollerbach „…“": the object first,
    then the verb, then its subject); -1 otherwise."""
    if len(tokens) < 4 or tokens[0][0].lower() not in ("die", "den", "das", "diese", "diesen"):
        return -1
    verb = next((k for k in range(2, min(len(tokens) - 1, 7)) if tokens[k][0] in verbs), -1)
    name = tokens[verb + 1 :] if verb > 0 else []
    return verb + 1 if 1 <= len(name) <= 3 and all(word[:1].isupper() and word.replace("-", "").isalpha()
                                                   for word, _ in name) and all(
        word[:1].isupper() or word in ("für", "der", "des") for word, _ in tokens[1:verb]) else -1


def _indefinite_opening(tokens: list[tuple[str, int]]) -> str | None:
    """A French or German role with an indefinite article opening the sentence, or its clause after an opening
    phrase and its comma ("Une commerçante, qui préfère taire son nom, …", "Un peu plus loin, un spectateur …",
    "Ein Student, der …"), as written; None otherwise."""
    clause = next((k + 1 for k in range(min(len(tokens), 8)) if tokens[k][0] == ","), 0)
    for at in (0, clause):
        adjective = int(len(tokens) > at + 4 and tokens[at + 1][0].islower() and tokens[at + 1][0].endswith(
            ("e", "er", "es", "en")) and tokens[at + 1][0].isalpha() and not _is_role(tokens[at + 1][0]))  # ("Ein
        # älterer Stimmbürger …: «…»", part 43)
        end = at + 2 + adjective
        if len(tokens) > end + 1 and tokens[at][0].lower() in ("un", "une", "ein", "eine") and _is_role(
                tokens[end - 1][0].lower()) and tokens[end - 1][0].lower() not in _ORG_NOUNS:
            name = end + 1 if tokens[end][0] == "," else end
            while name < len(tokens) and tokens[name][0][:1].isupper() and tokens[name][0].isalpha():
                name += 1  # ("Un autre apiculteur, Bastien Ollier, a rapporté": the name apposed to the role)
            first = end + 1 if tokens[end][0] == "," else end
            return " ".join(word for word, _ in tokens[first:name]) if name - first >= 2 else " ".join(
                word for word, _ in tokens[at:end])
    return None


def _role_before_name(tokens: list[tuple[str, int]]) -> int:
    """French: where the name starts after a definite article and a lower-case role opening the sentence ("la
    vice-présidente | Nadia Ferhat a défendu", "le maire | Bernard Couderc"); 0 when it opens otherwise."""
    if len(tokens) < 5 or tokens[0][0].lower() not in ("le", "la", "l’", "l'", "son", "sa", "leur"):
        return 0  # (or a possessive before a role or kin: "Son camarade | Yassine El Amrani a passé", part 38)
    k = 1
    while k < 4 and tokens[k][0].islower() and tokens[k][0].replace("-", "").isalpha():
        k += 1
    return k if 1 < k and (_is_role(tokens[k - 1][0].lower()) or tokens[0][0].lower() in ("son", "sa", "leur") and (
        tokens[k - 1][0] in _KIN_OR_FRIENDS)) and tokens[k][0][:1].isupper() and (
        tokens[k + 1][0][:1].isupper()) else 0


def apposed_label(tokens: list[tuple[str, int]]) -> int:
    """French or German: where the name ends when the words before a colon are a name of two words or more and a
    short description of its bearer after a comma ("Peio Etcheverry, berger de Soule : « … »", a headline's or a
    list's label; "Peter Braun, Ratsherr der Opposition: „…“"); 0 otherwise (no verb may stand in the
    description: "Anna Keller, die lange schwieg, sagte dann:" is read by the cue)."""
    if len(tokens) < 5 or tokens[-1][0] != ":" or tokens[0][0].lower() in _DETERMINERS or tokens[0][0].lower(
            ).startswith(_OWNERS_DE):
        return 0  # ("Ihr Lieblingssatz, den Generationen von Kindern zu hören bekamen:": her words, no name)
    end = 0
    while end < len(tokens) and tokens[end][0][:1].isupper() and tokens[end][0].replace("-", "").isalpha():
        end += 1
    if end < 2 or end >= len(tokens) - 2 or tokens[end][0] != "," or len(tokens) - end > 10:
        return 0
    described = [word for word, _ in tokens[end + 1 : -1]]
    if tokens[0][0].lower() in _LEADING_PREPOSITIONS or not _AUXILIARIES.isdisjoint(described):
        return 0  # "Sur Facebook, Remy a publié un bref message :": a place, then a clause, no label (part 38)
    return end if all(word.isalpha() or "-" in word or word in ("’", "'") or word.endswith(("’", "'"))
                      for word in described) and not any(word.lower() in _VERBS for word in described) else 0


_GOING_ON = frozenset("er sie Er Sie il elle Il Elle".split())
_KIN_OR_FRIENDS = frozenset("""camarade ami amie compagnon compagne épouse époux mari femme frère sœur cousin cousine
    oncle tante neveu nièce""".split())
_LEADING_PREPOSITIONS = frozenset("sur dans en à au aux pour chez selon via auf in im bei beim laut nach".split())
_AUXILIARIES = frozenset("a avait est était hat hatte ist war".split())


def goes_on_about(tokens: list[tuple[str, int]], lang: str) -> bool:
    """French or German: whether the sentence ``tokens`` (after the full stop that closes a quotation's sentence)
    goes on about the one that sentence was about, by a pronoun as its subject, opening it or next to its verb
    ("… sprach von einem »…«. Zugleich mahnte sie …", "… « … ». Sur X, il a écrit : …"): its cue
    then speaks for the quotation before. A sentence with a subject of its own ("… « … ». Une source proche du
    dossier évoque …") is about someone else."""
    if lang not in ("de", "fr"):
        return False
    words = [word for word, _ in tokens[1:13]] + [""]
    return any(word in _GOING_ON and (k < 2 or words[k - 1] in _VERBS or words[k + 1] in _AUXILIARIES
                                      or words[k + 1] in _VERBS) for k, word in enumerate(words))


_OWN_STATEMENT_FR = re.compile(r"\s*[A-ZÀ-Ý][^«»\n.?!]{0,80}?\b(?:affirme|assure|dit|explique|estime|indique|précise|"
                               r"souligne|rappelle|reconnaît|dément|nie|répond|déclare)\s+(?:ne\b|n[’']|que\b|qu[’']|"
                               r"avoir\b|être\b)")


def own_statement_after(text: str, close_pos: int, quoted: str, lang: str) -> bool:
    """French: whether a new sentence after a quotation that ends with "?" or "!" reports a statement of its own ("«
    … ? » Interrogée sur ce point, la mairie affirme ne pas avoir connaissance de tels propos."): the verb's subject
    before it and a complement after it, so it attributes nothing to the quotation (an incise inverts: "« … ? »,
    s'interroge-t-elle")."""
    return lang == "fr" and quoted.rstrip()[-1:] in ("?", "!") and _OWN_STATEMENT_FR.match(text, close_pos) is not None


def bare_role_opening(tokens: list[tuple[str, int]]) -> int:
    """French and German: where the name starts when a sentence opens with a role written bare, with no article,
    and the person after a comma ("Médecin régulateur au SAMU de la Marne, Thomas Kieffer a vu …", "Auteur de
    quatorze arrêts, dont un penalty …, le gardien Mathis Lebrun …"); 0 when it opens otherwise."""
    if len(tokens) < 5 or not tokens[0][0][:1].isupper() or not _is_role(tokens[0][0].lower()):
        return 0
    for comma in range(1, min(len(tokens) - 2, 25)):
        if tokens[comma][0] != ",":
            continue
        start = comma + 1
        if tokens[start][0].lower() in _OPENING_ARTICLES:  # (", le gardien Mathis Lebrun")
            start = next((m for m in range(start + 1, min(len(tokens), start + 4)) if tokens[m][0][:1].isupper()), 0)
            if not start or not any(_is_role(word.lower()) for word, _ in tokens[comma + 2 : start]):
                continue
        end = start
        while end < len(tokens) and tokens[end][0][:1].isupper() and tokens[end][0].isalpha():
            end += 1
        if end - start >= 2 and end < len(tokens) and (tokens[end][0] == "," or tokens[end][0].islower()):
            return start
    return 0


def impersonal_after(after: list[tuple[str, int]]) -> bool:
    """German: whether the words right after a quotation's closing mark are the impersonal "hieß es" or "heißt es"
    („…“, hieß es in einer schriftlichen Stellungnahme), which names no one: the words are those of whoever opens
    the sentence before ("Die Kreisjägerschaft Holzminden hatte sich … distanziert.")."""
    words = [word for word, _ in after[:12] if word not in (",", "—", "–")]
    end = next((k for k, word in enumerate(words) if not word[:1].isalnum()), len(words))
    return len(words) >= 2 and words[0] in ("hieß", "heißt", "hiess", "heisst") and words[1] == "es" and not (
        len(words) > 2 and words[2] in ("aus", "von", "vom", "beim", "bei", "auf", "im")) and not any(  # ("aus der
        # Fraktion", "auf den Schildern": named there, or no one's)
        words[k] in ("des", "der", "von", "vom") and words[k - 1][:1].isupper() and words[k + 1][:1].isupper()
        for k in range(3, end - 1))  # (not "hieß es in einer Mitteilung des VfL": named there)


_SOURCE_WORDS = ("according", "selon", "laut", "zufolge", "words of")
"""The words :meth:`reader.quotes.cited_sources.CitedSources._source` reads a source after (or before) in any
language."""
IT_SAYS = frozenset("heißt hieß heisst hiess".split())
"""German's impersonal "heißt es" ("hieß es aus Regierungskreisen"): see
:meth:`reader.quotes.cited_sources.CitedSources._it_says`."""
_SOURCE_WORDS_DE = (*_SOURCE_WORDS, *IT_SAYS, "eigenen worten", "ihren worten", "seinen worten")


_SOMEONE = frozenset("someone somebody jemand quelqu'un quelqu’un".split())
SOMEONE = _SOMEONE | {word.capitalize() for word in _SOMEONE}
"""The indefinite "someone" in the three languages, as written (a look for any before :func:`someone_at`)."""
_SOMEONE_WHERE = frozenset("in at from among aus von vom im unter dans de du au parmi".split())


def someone_at(tokens: list[tuple[str, int]], at: int) -> int:
    """Where the indefinite "someone" at ``at`` ends with the place it is from ("someone in the audience", "jemand
    aus dem Publikum", "quelqu'un dans le public": a preposition, maybe an article, a noun), as a token index past
    it; ``at`` when no such word stands there. A heckler, a voice from a crowd: said as written, never a person named
    nearby (part 40)."""
    if at >= len(tokens) or tokens[at][0].lower() not in _SOMEONE:
        return at
    end = at + 1
    if end < len(tokens) and tokens[end][0].lower() in _SOMEONE_WHERE:
        noun = end + 1 + (end + 1 < len(tokens) and tokens[end + 1][0].lower() in _PLACE_ARTICLES)
        if noun < len(tokens) and tokens[noun][0].isalpha():  # (its article and its noun: "in the audience")
            end = noun + 1
    return end


_PLACE_ARTICLES = frozenset("the a der die das dem den des le la les l' l’ un une".split())


def quoted_passive_de(after: list[tuple[str, int]]) -> int:
    """German: where "zitiert" stands in a passive right after a quotation ("„…“, wird die Frau zitiert", "wurde
    der Minister im Bericht zitiert"), whose subject between is the speaker; 0 when the words after are no such
    passive (part 40)."""
    if len(after) < 4 or after[0][0] != "," or after[1][0] not in ("wird", "wurde", "werden", "wurden"):
        return 0
    return next((k for k in range(3, min(len(after), 10)) if after[k][0] == "zitiert"), 0)


ANSWER_OPENERS_FR = frozenset("Réponse Réplique Riposte Commentaire Verdict Réaction Explication".split())
"""French nouns that open a sentence naming who answers, before a colon ("Réponse du capitaine Éric Marchal :
« … »"; part 40)."""


def may_cite_source(text: str, tokens: list[tuple[str, int]], lang: str) -> bool:
    """Whether the window ``tokens`` of ``text`` may hold a word
    :meth:`~reader.quotes.cited_sources.CitedSources._source` reads (in any case; or French "Pour" opening it): most
    windows hold none, seen in one look at their text lowered rather than a token at a time. Safe: lowering maps each
    character alone (but the Greek capital sigma, which never lowers to a Latin letter), so a token that lowers to
    one of the words leaves it in the window."""
    if not tokens or lang == "fr" and (tokens[0][0].lower() == "pour" or tokens[0][0] in ANSWER_OPENERS_FR):
        return bool(tokens)
    last, at = tokens[-1]
    window = text[tokens[0][1] : at + len(last)].lower()
    return any(word in window for word in (_SOURCE_WORDS_DE if lang == "de" else _SOURCE_WORDS))


def impersonal_source(tokens: list[tuple[str, int]]) -> str | None:
    """German: the institution a sentence names after an article (``tokens``, the sentence before "„…“, hieß es"),
    as written: "Die Kreisjägerschaft Holzminden hatte sich … distanziert", "Zu Einzelheiten äußerte sich die NADA
    zunächst nicht"; None when it names none."""
    for k in range(len(tokens) - 1):
        head = tokens[k + 1][0]
        if tokens[k][0].lower() in ("der", "die", "das") and (german_institution(head) or (
                len(head) >= 3 and head.isupper() and head.isalpha())) and not (
                k and tokens[k - 1][0].lower() in _GERMAN_PREPOSITIONS):  # (not "in die USA": a place; part 43)
            end = k + 2
            while end < len(tokens) and end - k <= 3 and tokens[end][0][:1].isupper() and tokens[end][0].isalpha():
                end += 1
            return " ".join(word for word, _ in tokens[k + 1 : end])
    return None


def answering(text: str, start: int, end: int) -> bool:
    """Whether the English sentence ``text[start:end]`` (:data:`ANSWERING_EN`) hands the next, unattributed
    quotation to its subject: not when it names a thing whose words those may be ("Reed pointed to a statement by
    Ann Clark, the auditor.", "She played the 911 call for the jury.")."""
    return bool(ANSWERING_EN.match(text, start, end)) and not _REPORTED_THING.search(text, start, end)


_REPORTED_THING = re.compile(r"\b(?:statement|call|letter|message|recording|video|note|e-?mail|text|post|tweet|report|"
                             r"sign|tape|voicemail|transcript|diary|speech)s?\b")
ANSWERING_EN = re.compile(r"\s*(?:(?:When )?[Aa]sked\b|(?:(?:Then|Later|Now|Finally|Still),? (?:he|she)|He|She)"
                           r" [a-z])")
"""An English sentence before an unattributed quotation whose subject then speaks, in any person: one opening on
"Asked …," (the quotation answers) or on "he"/"she" ("Then he grew quiet. “When the rain comes …”")."""


GESTURE_DE_FR = re.compile(
    r"\b(?:nickt|nickte|schüttelt|schüttelte|zuckt|zuckte|verzieht|verzog|lächelt|lächelte|lacht|lachte|seufzt|"
    r"seufzte|grinst|grinste|hoche|hochait|hocha|secoue|secouait|secoua|sourit|souriait|soupire|soupirait|soupira|"
    r"hausse|haussait|haussa|grimace|grimaçait)\b")
"""A German or French gesture (a nod, a shrug, a sigh): the next, unattributed quotation is the gesturer's reply,
in any person ("Le prévenu hoche la tête. « Oui, madame la présidente. »", "Harms verzieht das Gesicht. »Luxus?
…«"; part 40), as :data:`ANSWERING_EN` reads English."""


def _opening_name(tokens: list[tuple[str, int]], saying: bool = False) -> str | None:
    """The name a German sentence opens with before its verb, as written, past its article ("Die Deutsche Bahn
    veröffentlichte", "Der Bund der Steuerzahler legte … vor": "Deutsche Bahn", "Bund der Steuerzahler")."""
    words = [word for word, _ in tokens[:8]]
    if not words or words[0].lower() in _GERMAN_PREPOSITIONS or words[0] in SUBORDINATORS_DE or (
            words[0] in GERMAN_OPENING_ADVERBS):  # ("Nur zu Beginn ließ er …": an adverb, part 40)
        return None  # ("Am Montag veröffentlichte …", "In Berlin legte …", "Dass es …": no one opens the sentence)
    start = 1 if words[0].lower() in ("der", "die", "das") else 0
    end = start
    while end < len(words) and (words[end][:1].isupper() or (
            words[end] in ("der", "des", "für") and end + 1 < len(words) and words[end + 1][:1].isupper())):
        end += 1
    if end == start or end >= len(words) or not words[end].isalpha() or not words[end].islower():
        return None
    if saying and (words[end] not in _VERBS and words[end] not in _JUDGING or not start or (
            end - start < 2 and not words[start].isupper())):
        return None  # (``saying``: only a name after an article, of two words or an acronym, before a saying or
        # judging verb, "Die IG Metall sprach von einem »…«"; not "Als Grund nannte Kestner …", nor a common noun,
        # "Die Bahn zeigte sich „…“", "Das Museum zeigt „Die Brücke“")
    return " ".join(words[start:end])


_POINTED_BACK_DE = re.compile(r"[.!?]?\s*(?:(?:Mit diesen Worten|Mit diesem Satz|Mit diesen Sätzen|Diesen Satz|"
                              r"Mit dieser Frage|Mit dieser Aussage|Mit diesem Appell|"
                              r"Diese Worte|Diese Sätze) (?P<verb>[a-zäöüß]+)\b|Das (?P<told>erzählt|erzählte|sagt|"
                              r"sagte|berichtet|berichtete|schreibt|schrieb|erinnert sich|sagt heute) "
                              r"(?=[A-ZÄÖÜ]|(?:nach|vor|bei|beim|am|im|später|damals) )|"
                              r"(?:Der|Dieser) (?:Satz|Ausspruch) (?:kommt|stammt|kam|stammte) (?P<by>von)|"
                              r"Wer das sagt, (?P<who>ist|war))\b")
"""(Part 43: "„…“ Das erzählt Alois Stecher", "„…“ Der Satz kommt von Hermine Gasser", "„…“ Wer das sagt, ist Tom
Schmit": the name after the verb or the "von"; part 44: "Das sagte nach der Abstimmung Walter Zuberbühler".)"""


_POINTED_BACK_FR = re.compile(r"[.!?]?\s*(?:La phrase|Le mot|La formule|La confidence|Le constat|Ces mots|Ces paroles) "
                              r"(?:est|sont|vient|viennent) (?P<by>de) (?=[A-ZÀ-Ý])")
"""French: "« … » La phrase est de Sandrine Piau-Lefeuvre, déléguée CGT" (part 43)."""
_POINTED_BACK_EN = re.compile(r"[.!?]?\s*(?:The|That|Those) (?:words?|remarks?|comments?|confession|admission|"
                              r"assessment|verdict|quip|warning|line|plea) (?:came|comes) (?P<by>from) (?=[A-Z])")
"""English: "“Math was a disaster.” The confession came from Yoon Jae-min, 19, …" (part 43)."""


def pointed_back(text: str, close_pos: int, lang: str) -> int:
    """German, French and English: where the finite verb is of a sentence right after a quotation that opens by
    pointing back at its words ("„…“ Mit diesen Worten beginnt der 28-Jährige seine Aussage", "»…« Diesen Satz sagt
    Gisela Warnecke so oft"), whose subject after the verb (German's second place) said them, or the "von", "de" or
    "from" the one who said them follows ("The confession came from …"); -1 when the sentence after opens otherwise.
    Part 42; French and English in part 43 (English's "That was the verdict of …" is read by
    :meth:`reader.quotes.after_mark.AfterMark._verdict_of`, within the quotation's paragraph only)."""
    found = (_POINTED_BACK_DE if lang == "de" else _POINTED_BACK_FR if lang == "fr" else _POINTED_BACK_EN).match(
        text, close_pos, close_pos + 40)
    return found.start(found.lastgroup or "verb") if found else -1


_ANYONE_INDEFINITE = frozenset("man woman voice heckler".split())
_STOOD = ("stood and", "stood up and", "got up and", "jumped up and", "rose and")


def anyone_placed(tokens: list[tuple[str, int]], verb: int) -> int:
    """English: where "a man" or "a woman" whom the words before ``verb`` place ("a man near the back of the
    auditorium stood and shouted", "a woman in the crowd yelled") starts, as a token index; -1 when none does. Said
    as written, as "someone in the audience" is, never the person a clause before names ("When Kessler called for
    the vote, a man near the back …": part 45)."""
    for k in range(max(0, verb - 14), verb - 3):
        if tokens[k][0] in ("a", "A", "one", "One") and tokens[k + 1][0] in _ANYONE_INDEFINITE and (
                k == 0 or not tokens[k - 1][0][:1].isalnum()) and tokens[k + 2][0] in PLACED_AT:
            end = k + 3 + (tokens[k + 3][0] in _PLACE_ARTICLES)  # the place's noun ("the back")
            if end < verb and tokens[end][0].isalpha() and tokens[end][0].islower():
                end += 1
                if end + 2 < verb and tokens[end][0] == "of" and tokens[end + 1][0] in _PLACE_ARTICLES:
                    end += 3  # ("of the auditorium")
                between = " ".join(word for word, _ in tokens[end:verb])
                if not between or between in _STOOD:
                    return k
    return -1
