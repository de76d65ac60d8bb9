"""Small shapes of a token window that the subject readers (:mod:`reader.quotes.subjects`) step over or stop at: an
amount of time opening a sentence, a participle's phrase opening one, an initialism, a name in apposition, a
role's complement, a surname's particles, a given name past an honorific.
Pure functions of (token, offset) lists; split out of :mod:`reader.quotes.subjects` (over 500 lines). No Textual
or Rich import here."""

from __future__ import annotations

import re
from collections.abc import Container
from typing import TYPE_CHECKING

from reader.quotes.descriptions import _is_role
from reader.quotes.given_names import given_gender
from reader.quotes.names import _SURNAME_PARTICLES
from reader.quotes.run_pieces import declined_adjective, german_institution
from reader.quotes.token_windows import _run_words, _state_abbreviation
from reader.quotes.words import (
    _ABBREVIATIONS,
    _AMOUNTS,
    _AUXILIARIES,
    _DETERMINERS,
    _FUNCTION,
    _HONORIFICS,
    _OF_HEADS,
    _ORG_NOUNS,
    _ORG_WORDS,
    _PERIODS,
    _PLACES,
)

if TYPE_CHECKING:
    from reader.quotes.namesakes import Person


def _time_amount(tokens: list[tuple[str, int]], i: int) -> bool:
    """Whether the words at ``i`` are an amount of time ("Two years", "Fifteen minutes", "48 hours"): a sentence
    that opens so opens with an adverbial ("Two years before the public learned …, the State Department …")."""
    if i + 1 >= len(tokens) or tokens[i + 1][0].lower() not in _PERIODS:
        return False
    word = tokens[i][0].lower()
    return word in _AMOUNTS or word.isdigit() or word.endswith(("teen", "ty"))


def _initialism(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether the capital at ``k`` opens an initialism such as "U.S." or "U.N." (letter, full stop, letter):
    an adjective inside a description ("a former U.S. law enforcement official"), not a name."""
    return (len(tokens[k][0]) == 1 and k + 2 < len(tokens) and tokens[k + 1][0] == "."
            and len(tokens[k + 2][0]) == 1 and tokens[k + 2][0].isupper())


def _apposed_run(tokens: list[tuple[str, int]], comma: int) -> bool:
    """Whether a name of one to four capitalised words stands between the comma at ``comma`` and the next one
    (", Sarah Whitley,"): an appositive."""
    end = comma + 1
    while end < len(tokens) and end - comma <= 5 and (tokens[end][0][:1].isupper() or tokens[end][0] == "."):
        end += 1
    if end - comma >= 3 and end + 1 < len(tokens) and tokens[end][0] in ("of", "from") and (
            tokens[end + 1][0][:1].isupper()):  # ", Senator Hank Duvall of Alabama,"
        end += 2
        while end < len(tokens) and end - comma <= 8 and tokens[end][0][:1].isupper():
            end += 1
    return end - comma >= 2 and end < len(tokens) and tokens[end][0] == ","


def _complement_of_role(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether the capitalised word at ``k`` ends the complement of a role ("The leader of the Anti-Defamation
    League", "the director of the FBI"): a name after the role's "of", "at" or "for" (and "the")."""
    while k >= 0 and (tokens[k][0][:1].isupper() or tokens[k][0] == "."):
        k -= 1
    skipped = 0
    while k >= 0 and skipped < 3 and (tokens[k][0] in _BEFORE_COMPLEMENT_NAME or (
            tokens[k][0].islower() and tokens[k][0] in _ORG_NOUNS)):
        k -= 1  # ("the chief executive of rival Vantage Reality", "le président du groupe Les Républicains")
        skipped += 1
    return k >= 1 and tokens[k][0] in _COMPLEMENT_OPENERS and _is_role(tokens[k - 1][0].lower())


_BEFORE_COMPLEMENT_NAME = frozenset("the rival la le les l' l’ der die das des dem".split())
_COMPLEMENT_OPENERS = frozenset("of at for de du des d' d’ von".split())


def _continues_name(tokens: list[tuple[str, int]], k: int, run: list[str]) -> bool:
    """Whether the lower-case word at ``k`` goes on with the name ``run`` holds so far: a surname's particles
    before the rest of it (:func:`_particles_of_name`), or one more particle after one ("van der Bellen")."""
    return _particles_of_name(tokens, k) or (tokens[k][0] in _SURNAME_PARTICLES and bool(run)
                                              and run[-1].lower() in _SURNAME_PARTICLES)  # ("Luc Van den Broeck")


def _particles_of_name(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether the lower-case word at ``k`` is a surname's particle, one or two ("said René van Westen", "Juan de
    la Cruz"), before the rest of the name: a capitalised word that names no organisation or place ("Aneta
    Afelt von der Universität Warschau" is hers and the university's)."""
    end = k
    while end < len(tokens) and end - k < 2 and tokens[end][0] in _SURNAME_PARTICLES:
        end += 1
    if end == k or end >= len(tokens) or tokens[k][0] in ("der", "den"):
        return False  # ("sagte Lindner der Süddeutschen Zeitung": an article, the interviewer; "van der Bellen")
    word = tokens[end][0]
    adjective = word.endswith(("ischen", "schen", "ichen")) and end + 1 < len(tokens) and tokens[end + 1][0][
        :1].isupper()  # ("Nuria Esposito-Lange von der Deutschen Allianz Klimawandel": an institution's adjective)
    return word[:1].isupper() and word.lower() not in _ORG_WORDS and word not in _PLACES and not (
        german_institution(word)) and not (len(word) > 1 and word.isupper()) and not adjective  # ("Jochen
    # Haberkorn von der Hochschule Geisenheim", "Selin Aydoğan von der AK Wien": the name ends before "von")


def _name_at(tokens: list[tuple[str, int]], k: int) -> list[str]:
    """The words of the name that starts at ``k`` (after a role: "… press secretary | Sean Spicer on Monday"): its
    capitalised words and abbreviations' full stops, four tokens at most, up to the first other token (not the
    capitalised word after it: "Sean Spicer Monday")."""
    end = k + 1
    while end < len(tokens) and end - k < 4 and (tokens[end][0][:1].isupper() or tokens[end][0] == "."):
        end += 1
    return _run_words(tokens[k:end])


def _aside_before_state(tokens: list[tuple[str, int]], k: int, j: int) -> int:
    """Where the aside a state ends begins, for the commas ``k`` and ``j`` around ``tokens[k + 1 : j]`` read back
    from a verb: when those tokens are a state ("Colorado", "N.J.") ending an aside's town (", who is a pastor in
    Elizabeth, Colorado,", ", a doorman from Elizabeth, N.J.,"), the comma before that aside; else ``k``. (With
    the state alone taken for the aside, "Elizabeth" was read as the subject.)"""
    if k < 2 or tokens[k][0] != "," or not (" ".join(t for t, _ in tokens[k + 1 : j]) in _PLACES
                                           or _state_abbreviation(tokens, k + 1, j)):
        return k
    opening = k - 1
    while opening >= 0 and k - opening < 26 and tokens[opening][0] not in (",", ";", ":", "(", ")"):
        opening -= 1
    if opening >= 1 and tokens[opening][0] == "," and (tokens[opening + 1][0] in ("who", "whom") or (
            tokens[k - 2][0] in ("from", "of", "in") and tokens[k - 1][0][:1].isupper())):
        return opening
    return k


def _opening_participle(tokens: list[tuple[str, int]], i: int, surnames: Container[str]) -> bool:
    """Whether the sentence opens at ``i`` with a participle's phrase ("Preceded at the lectern by Joe Arpaio, the
    Arizona sheriff, Trump launched", "Challenged by ABC News's Diane Sawyer on …, Clinton said"): the subject
    comes after it (past the phrase's first comma before a capitalised word), and no name inside it is the subject.
    Not a given name ("Ted", "Alfred") nor a surname the article names ("Manning praised …")."""
    word = tokens[i][0]
    return ((len(word) > 4 and word[:1].isupper() and word[1:].islower() and word.endswith(("ed", "ing"))
             or word in _IRREGULAR_PARTICIPLES)  # ("Born in New Orleans in 1936, Baptiste began …")
            and not given_gender(word) and word not in surnames and i + 1 < len(tokens)
            and tokens[i + 1][0][:1].islower())


def _asked_comma(tokens: list[tuple[str, int]], i: int) -> int | None:
    """The comma that ends the question's phrase opening at ``i`` ("Asked whether …, Ban demurred", "Asked …,
    the chief shook his head"): the first before a capitalised word or a pronoun, else the first before "the"."""
    commas = [k for k in range(i + 1, min(len(tokens) - 1, i + 60)) if tokens[k][0] == ","]
    return next((k for k in commas if tokens[k + 1][0] in _SUBJECT_PRONOUNS_EN or tokens[k + 1][0][:1].isupper() and (
        not _apposed_name_at(tokens, k + 1))), next((k for k in commas if tokens[k + 1][0] == "the"), None))


def _apposed_name_at(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether the capitalised run at ``k`` is a name apposed between commas inside the question's phrase ("Asked
    by the presiding judge, Claudine Uwamahoro, whether he understood …, he replied": hers, not the subject)."""
    end = k
    while end < len(tokens) and tokens[end][0][:1].isupper():
        end += 1
    return end > k + 1 and end + 1 < len(tokens) and tokens[end][0] == "," and tokens[end + 1][0] in (
        "whether", "if", "why", "how", "what", "about", "when", "where")


_SUBJECT_PRONOUNS_EN = frozenset(("he", "she", "they", "we", "i"))


_IRREGULAR_PARTICIPLES = frozenset("""Born Known Grown Raised Given Taken Shown Seen Brought Caught Built Told
    Written Driven Chosen Thrown Beaten Hidden Sworn Struck Held Kept Sent Spent""".split())


def _given_first(name: list[str]) -> bool:
    """Whether ``name`` opens with a given name, past an honorific or a title ("Dr Fiona Carrick", "Prof. Ann Lee")."""
    words = [word for word in name if word.rstrip(".").lower() not in _HONORIFICS and word != "."]
    return bool(words) and bool(given_gender(words[0]))


def _before_relative(tokens: list[tuple[str, int]], j: int, lang: str) -> int:
    """French and German: the last token of the noun phrase before a relative clause that runs on to ``j`` (", qui
    …", ", die … hatte,"), which is the subject of the verb after the clause, not a name inside it; 0 when there is
    none (a clause needs its noun phrase before the comma)."""
    relatives = _RELATIVES.get(lang, frozenset())
    r = next((k for k in range(j, max(1, j - 30), -1) if tokens[k][0] in relatives and tokens[k - 1][0] == ","), 0)
    if r < 2 or any(t in (".", "!", "?", ";", ":") for t, _ in tokens[r:j]):
        return 0
    if r >= 5 and tokens[r - 2][0] in ("ans", "Jahre") and tokens[r - 3][0].isdigit() and tokens[r - 4][0] == ",":
        return r - 5  # "Marcel Ehrhart, 91 ans, qui lui avait lancé": the name before its age (part 37)
    if lang == "fr" and r >= 4 and tokens[r - 2][0][:1].isupper() and tokens[r - 3][0] in _FR_PLACE_NOUNS and (
            k := next((k for k in range(r - 4, max(1, r - 14), -1) if tokens[k][0] == ","), 0)) and tokens[
            k - 1][0][:1].isupper():
        return k - 1  # "Issa Zongo, vendeur de pagnes au marché Rood-Woko, qui dit …": the person the apposition
        # describes, not the place it names (part 44)
    return r - 2


_FR_PLACE_NOUNS = frozenset("marché rue quartier avenue boulevard place lycée collège stade hôpital village".split())
"""French nouns a place's name follows ("au marché Rood-Woko"): the name before ", qui" is then no person."""


_RELATIVES = {"fr": frozenset(("qui", "dont", "lequel", "laquelle")), "de": frozenset(("der", "die", "das", "dem"))}
"""Relative pronouns after a comma, which open a clause on the noun before them (:func:`_before_relative`)."""


def _head_before_complement(tokens: list[tuple[str, int]], i: int, j: int) -> int:
    """Where the head of a subject that opens at ``i`` ends when the name run ending at ``j`` is only its
    complement's ("Judge Ruth Feingold of the Federal District Court in Newark", "The mayor of Newark"): the
    opening name's last token, or the role before "of"; -1 when the run at ``j`` is the subject itself."""
    k = j
    while k > i and (tokens[k - 1][0][:1].isupper() or tokens[k - 1][0] == "."):
        k -= 1
    if k <= i + 1 or tokens[k - 1][0] not in ("in", "of", "from", "at", "for", "on"):
        return -1
    if tokens[k - 1][0] in ("in", "at", "from") and (tokens[k - 2][0].endswith("-year-old") or (
            tokens[k - 2][0].isalpha() and tokens[k - 2][0].islower() and tokens[k - 2][0] not in _DETERMINERS)):
        return k - 2  # "A district judge in International Falls", "The 23-year-old from Croydon": a place
    if _is_role(tokens[k - 2][0].lower()) and tokens[k - 2][0].islower():
        # "The mayor of Newark", "The senator from Vermont" (a name of several words may be the role's holder:
        # "governor of Virginia Terry McAuliffe")
        return k - 2 if j == k or " ".join(_run_words(tokens[k : j + 1])) in _PLACES else -1
    if tokens[i][0].lower() == "the" and i + 1 < k and tokens[i + 1][0][:1].isupper():
        i += 1  # "The Holocaust Memorial Museum in Washington issued"
    if not tokens[i][0][:1].isupper() or tokens[i][0].lower() in _DETERMINERS:
        return -1
    end = i
    while end + 1 < k and (tokens[end + 1][0][:1].isupper() or tokens[end + 1][0] == "."):
        end += 1
    if tokens[end][0].lower() in _OF_HEADS and tokens[end + 1][0] == "of":
        return -1  # "The Illinois Board of Elections": one name
    return end if end + 1 < k and tokens[end + 1][0] in ("of", "from", "at", "in", "on") else -1


def _role_from_place(tokens: list[tuple[str, int]], j: int) -> int:
    """German and French: where a description opens whose role comes from the place that the name run ending at
    ``j`` names ("Eine Pendlerin aus Hanau", "ein Rentner aus Cottbus", "un habitant de Lille"), or whose
    organisation the run completes ("Das Mainzer Ministerium für Landwirtschaft und Weinbau", "Das Ministerium
    für Wirtschaft in Berlin"), so that the speaker is the role, not the place; -1 when the run is not such a
    complement."""
    k = _capitalised_start(tokens, j)
    if k >= 4 and tokens[k - 1][0] in ("des", "de", "du", "l’", "l'", "la") and tokens[k - 2][0] == "et" and (
            tokens[k - 3][0][:1].isupper()):
        k = _capitalised_start(tokens, k - 3)  # ("Le ministre de l’Énergie | et des Mines": one complement, part 38)
    if k >= 4 and tokens[k - 1][0] == "in" and tokens[k - 2][0][:1].isupper():
        k = _capitalised_start(tokens, k - 2)  # ("für Wirtschaft | in Berlin": back to the first complement)
    if k >= 4 and tokens[k - 1][0].lower() in _COMPLEMENT_ARTICLES and tokens[k - 2][0] in _PLACE_PREPOSITIONS:
        k -= 1  # ("la ministre de la Santé", "La préfecture de l’Isère": the article after "de")
    if k < 3 or tokens[k - 1][0] not in _PLACE_PREPOSITIONS:
        return -1
    role, article = tokens[k - 2][0], k - 3
    if role in _CAME_FROM and k >= 4:
        role, article = tokens[k - 3][0], k - 4  # ("un sapeur-pompier venu de Dordogne": the role, not the place)
    if article >= 0 and role.isalpha() and role.islower() and not _is_role(role) and _is_role(
            tokens[article][0].lower()):
        role, article = tokens[article][0], article - 1  # ("La préfecture maritime de l’Atlantique": an adjective
        # after its role, as French puts it; part 45)
    while article >= 1 and k - 3 - article < 2 and tokens[article][0].isalpha() and tokens[article][0].islower() and (
            tokens[article][0] not in _DETERMINERS and _is_role(role.lower())):
        article -= 1  # ("L’ancien ingénieur de Renault": adjectives before the role)
    for _ in range(3):  # French: back along at most three complements
        if _is_role(role.lower()) or not (role.isalpha() and role.islower() and article >= 2
                                          and tokens[k - 1][0] in ("de", "du", "des")):
            break
        if tokens[article][0][:1].isupper() and tokens[article - 1][0] in ("de", "du", "des"):
            k = article  # ("Un responsable de Voies navigables de France": a name with lower-case words in it)
            role, article = tokens[k - 2][0], k - 3
            continue
        k = article + 1 - (tokens[article][0].lower() in _COMPLEMENT_ARTICLES)  # ("L’enquêteur de la section de
        role, article = tokens[k - 2][0], k - 3  # recherches de Poitiers": the role heads them all)
    if article >= 1 and tokens[article][0][:1].isupper() and tokens[article][0].endswith("er") and (
            tokens[article - 1][0].lower() in _DETERMINERS):
        article -= 1  # a town's adjective before the head ("Das Kieler Ministerium")
    if any(given_gender(word) for word, _ in tokens[k : j + 1]):
        return -1  # a person's name, not a place ("Der Oberbürgermeister von Hanau Claus Kaminsky")
    if tokens[k - 1][0] == "für" and k >= 6 and (m := _capitalised_start(tokens, k - 2)) >= 3 and tokens[m - 1][
            0] in ("des", "der") and _is_role(tokens[m - 2][0].lower()) and tokens[m - 3][0].lower() in _DETERMINERS:
        return m - 3  # ("Eine Sprecherin des Deutschen Berufsverbands für Pflegeberufe": the role the body's holds)
    if tokens[k - 1][0] in ("für", "in") and not (_is_role(role.lower()) and role[:1].isupper()):
        return -1  # (German only: "für" and "in" after a capitalised role or organisation)
    return article if _is_role(role.lower()) and tokens[article][0].lower() in _DETERMINERS else -1


_CAME_FROM = frozenset("""venu venue venus venues originaire arrivé arrivée gekommen stammende établi établie établis
    établies basé basée basés basées installé installée implanté implantée""".split())
_PLACE_PREPOSITIONS = frozenset(("aus", "von", "de", "d'", "d’", "du", "für", "in", "des", "der", "à"))
"""(With "à", after a participle: "l'entreprise établie à Québec" is the firm, not the city: part 27.)"""
_COMPLEMENT_ARTICLES = frozenset(("la", "l'", "l’", "der", "dem"))


def _capitalised_start(tokens: list[tuple[str, int]], j: int) -> int:
    """Where the run of capitalised words ending at ``j`` starts, "und" joining two ("Landwirtschaft und
    Weinbau"; at most six words)."""
    k = j
    while k > 0 and j - k < 6 and (tokens[k - 1][0][:1].isupper() or (
            k >= 2 and tokens[k - 1][0] == "und" and tokens[k - 2][0][:1].isupper())):
        k -= 1
    return k


def _preposition_before(tokens: list[tuple[str, int]], j: int) -> bool:
    """Whether the German word at ``j`` is a preposition's object ("am Abend", "mit dem Vorsitzenden", "vor
    versammelter Mannschaft", "mit dem neuen Trainer"): no subject. Not after "von", a name's particle as often
    ("sagte von der Leyen")."""
    k = j - 1
    while k >= 0 and j - k <= 2 and tokens[k][0].islower() and tokens[k][0].endswith(_ADJECTIVE_ENDINGS) and (
            tokens[k][0].isalpha() and tokens[k][0] not in _ARTICLES_DE and tokens[k][0] not in _GERMAN_PREPOSITIONS):
        k -= 1  # (adjectives declined before the noun)
    before = tokens[k][0].lower() if k >= 0 else ""
    return (before in _GERMAN_PREPOSITIONS and before != "von") or (
        k >= 1 and before in _ARTICLES_DE and tokens[k - 1][0].lower() in _GERMAN_PREPOSITIONS - {"von"})


_ADJECTIVE_ENDINGS = ("e", "er", "en", "em", "es")


_ARTICLES_DE = frozenset("der die das dem den des ein eine einem einen einer eines".split())
_GERMAN_PREPOSITIONS = frozenset("""über mit von zu bei nach für gegen an auf aus um vor ohne seit wegen in im am
    beim vom zum zur unter durch hinter neben zwischen trotz während gegenüber laut ins""".split())
"""German prepositions: a name after one opening a sentence is no subject ("Über Vogt sagte Zimmermann"), and one
ends a description's noun phrase ("sagte die 47-Jährige | bei einer Veranstaltung")."""


def _relative_end(tokens: list[tuple[str, int]], comma: int) -> int:
    """Where a relative clause opening after the comma at ``comma`` (", who …", ", which …") ends: the comma
    right before the main clause's finite verb ("…, a Republican, pointed to", "…, shook his head"); 0 when it
    opens none or no such comma follows within 30 tokens."""
    if comma + 1 >= len(tokens) or tokens[comma + 1][0] not in ("who", "whose", "which"):
        return 0
    for k in range(comma + 2, min(len(tokens) - 1, comma + 30)):
        if tokens[k][0] in (".", ";", ":", "?", "!") and not (tokens[k][0] == "." and (
                len(tokens[k - 1][0]) == 1 or tokens[k - 1][0].lower() in _ABBREVIATIONS)):  # ("by former Gov. …")
            return 0
        nxt = tokens[k + 1][0]
        if (tokens[k][0] == "," and nxt.isalpha() and nxt.islower() and (nxt not in _FUNCTION or nxt in _AUXILIARIES)
                and nxt not in _DETERMINERS and not nxt.endswith(("ing", "ly"))):
            return k  # (not ", a Republican,", ", however,", ", according to …"; ", was blunter": a verb)
    return 0


_HEAD_COMPLEMENTS = frozenset("of for at in from on who which".split())
"""Words after a subject's head that go on with its noun phrase ("Judge Ruth Feingold of the … Court in Newark",
"counterpart on the committee", "who …"), not the end of the subject."""
_ENGLISH_DETERMINERS = frozenset("the a an this that these those his her its their our my your".split())
"""(``words._DETERMINERS`` holds the German and French ones too: "son" is French for "his".)"""


def _words_of(tokens: list[tuple[str, int]]) -> list[str]:
    """The words of a description, an initialism's letters and full stops joined again ("A U.S. official")."""
    words: list[str] = []
    for tok, _ in tokens:
        if tok == "." and words and words[-1][-1:].isupper() and (len(words[-1]) == 1 or words[-1][-2:-1] == "."):
            words[-1] += "."
        elif words and words[-1].endswith(".") and len(tok) == 1 and tok.isupper() and len(words[-1]) <= 4:
            words[-1] += tok  # ("U." then "S")
        else:
            words.append(tok)
    return words
_NOUN_COMPLEMENTS_DE = frozenset("der des von vom aus für und um".split())
"""Lower-case words that go on a German noun phrase past its noun ("der Sprecher | des Verbands", "die Leiterin |
von …", "die Forscher | um Afelt")."""
_NOUN_PHRASE_ENDS_DE = (_GERMAN_PREPOSITIONS - {"um"}) | {"dem", "den", "ein", "zurück", "hinzu", "fest", "ab"} | {
    "dans", "devant", "lors", "avec", "sur", "depuis", "après", "avant", "pendant", "par", "en"}  # (and French ones:
# "a déclaré la procureure | dans …"; a separable verb's particle: "räumte die Zeugin | ein")
"""Where a German description after its verb ends: a preposition ("die 47-Jährige | bei …"; not "um", "die
Forscher um Afelt"), an object's article ("die CDU-Politikerin | dem SPIEGEL")."""


_AFTER_QUOTED_NAME = re.compile(r"[»«“”\"›‹],\s*\Z")
"""A closing mark and a comma right before a window of words."""


def _name_after_quoted(text: str, tokens: list[tuple[str, int]], verb: int) -> int:
    """Where the name opening ``tokens`` starts when it is apposed to a role whose quoted name the window opens
    after, its comma before the verb at ``verb`` ("Der Vorsitzende des Fanclubs »Nordlichter«, | Holger Petersen,
    sagte": the window of words before the verb begins after the marks); -1 otherwise."""
    first = 1 if tokens[0][0] == "," else 0
    if 2 <= verb - 1 - first <= 3 and tokens[verb - 1][0] == "," and all(
            t[:1].isupper() and t.isalpha() for t, _ in tokens[first : verb - 1]) and (
            _AFTER_QUOTED_NAME.search(text, max(0, tokens[first][1] - 4), tokens[first][1])):
        return first
    return -1


def _person_before_institution(tokens: list[tuple[str, int]], j: int) -> int:
    """German: where the name before "vom"/"von der" and an institution ends, when the words ending at ``j`` are
    that institution's, what it is for and where ("Aino Virtanen vom Zoo Helsinki", "Jochen Haberkorn von der
    Hochschule Geisenheim", "Tiago Nunes Barreto vom Institut für Politikstudien in Braga": part 33); -1
    otherwise."""
    k = j
    while k > 0 and j - k < 8 and (tokens[k - 1][0][:1].isupper() or tokens[k - 1][0] in _INSTITUTION_LINKS and (
            tokens[k - 2][0] != "von" if k >= 2 else True)):
        k -= 1
    word = tokens[k][0]
    if not german_institution(word) and not (word.isupper() and word.isalpha() and 2 <= len(word) <= 6) and not (
            word.endswith(("er", "en")) and k < j and german_institution(tokens[k + 1][0])):  # ("vom Bratislavaer
        return -1  # Institut für …": a town's adjective first, part 37; "von der Freiwilligen Feuerwehr", part 39) (an
        # institution's abbreviation too: "vom BUND")
    before = k - 1
    if before >= 1 and declined_adjective(tokens[before][0]) and tokens[before - 1][0] in ("vom", "der", "dem"):
        before -= 1  # ("Sophie Tran vom örtlichen Naturschutzbund")
    if before >= 1 and tokens[before][0] in ("der", "dem") and tokens[before - 1][0] == "von":
        before -= 1
    elif before < 0 or tokens[before][0] != "vom":
        return -1
    return before - 1 if before >= 2 and tokens[before - 1][0][:1].isupper() and tokens[before - 2][0][:1].isupper() \
        else -1


_INSTITUTION_LINKS = frozenset("für in im am an der des und".split())
"""Lower-case words inside an institution's name and where it is ("Institut für Politikstudien in Braga")."""


_LOCATIVES = frozenset(("à", "au", "aux", "en", "aus", "in", "bei", "from", "at", "near", "on"))


_ROYAL = frozenset("queen king prince princess lady lord saint pope sir dame".split())


def person_before_place(tokens: list[tuple[str, int]], j: int) -> int:
    """Where a person's name ends when the run of capitalised words ending at ``j`` is only where they live or
    work: right after the name ("Hakan Aydın aus Alsfeld") or after a role in apposition to it ("Alain Roubaud,
    neurologue à Lyon"); -1 otherwise. The speaker is the person, never the town."""
    k = _capitalised_start(tokens, j)
    if k >= 3 and tokens[k - 1][0] == "of" and tokens[k - 2][0].isalpha() and k - 2 > (
            start := _capitalised_start(tokens, k - 2)) and given_gender(tokens[start][0]) and not given_gender(
            tokens[k][0]):
        return k - 2  # "Rita Camacho Pangelinan of Chalan Kanoa said": a full name, then where she lives (part 44)
    m = k - 1  # "Councillor Vasile Munteanu of the Party of Action and Solidarity said": past the body's own words
    while m >= 3 and k - m <= 8 and (tokens[m][0] in ("of", "and", "for", "the") or tokens[m][0][:1].isupper()):
        if tokens[m][0] == "of" and tokens[m + 1][0] == "the" and tokens[m - 1][0].isalpha() and m - 1 > (
                start := _capitalised_start(tokens, m - 1)) and any(given_gender(word) for word, _ in tokens[
                    start : m - 1]) and (start == 0 or tokens[start - 1][0] not in ("for", "to")):  # (not "A
            # spokesman for Sarah Smith of the Department of …": the department's, as part 22 reads it)
            return m - 1  # (a full name before "of the": the person, never the party's last word; part 45)
        m -= 1
    if k < 3 or tokens[k - 1][0] not in _LOCATIVES or given_gender(tokens[k][0]):
        return -1  # (not a person after the preposition: "A letter to Tom Reed from Anna Berger said")
    m = k - 2
    if tokens[m][0][:1].isupper() and tokens[m - 1][0][:1].isupper() and tokens[m][0].isalpha():
        return m if any(given_gender(word, "de") for word, _ in tokens[_capitalised_start(tokens, m) : m]) or (
            # ("Beat Zurkinden aus Düdingen": a German given name English news uses as a surname, part 39)
            given_gender(tokens[m][0]) and _is_role(role := tokens[m - 1][0].lower()) and role not in _ROYAL) else -1
        # (a person's name, not "the Grand Hotel in Baltimore"; a given name after a role, "Hörer Kemal aus …", not a
        # ship's, "the Queen Mary in Long Beach")
    while m >= k - 6 and m >= 0 and tokens[m][0].isalpha() and tokens[m][0].islower():
        if tokens[m][0] in ("who", "that") and m >= 1 and _is_role(tokens[m - 1][0]):
            return m - 1  # "One woman who lives on Pine Alley, and who …, said": the role, never the street
        if tokens[m][0] in ("of", "at", "from") and m < k - 2 and m >= 2 and tokens[m - 1][0][:1].isupper() and (
                tokens[m - 2][0][:1].isupper()) and tokens[m - 1][0].isalpha():
            return m - 1  # "Dr Kavitha Subramaniam of a private hospital in Johor Baru said": the doctor (part 41)
        m -= 1
    return m - 1 if (m < k - 2 and m >= 2 and k - m <= 5 and tokens[m][0] == "," and tokens[m - 1][0][:1].isupper()
                     and tokens[m - 2][0][:1].isupper()) else -1


def role_before_place(tokens: list[tuple[str, int]], j: int) -> int:
    """German: where an indefinite role opening the sentence ends ("Ein Sprecher der Reederei"), when the run of
    capitalised words ending at ``j`` right before the verb follows a preposition ("… mit Sitz in Dordrecht sagte",
    part 44): that role is the subject, never the town; -1 otherwise."""
    k = _capitalised_start(tokens, j)
    if k < 4 or tokens[k - 1][0] not in ("in", "aus", "bei", "von", "nach") or tokens[0][0] not in ("Ein", "Eine") or (
            not _is_role(tokens[1][0].lower())):
        return -1
    return 3 if tokens[2][0] in ("der", "des") and tokens[3][0][:1].isupper() and k > 4 else 1


def _acronym_of_broken_name(tokens: list[tuple[str, int]], verb: int) -> str | None:
    """English: the acronym in parentheses right before the verb at ``verb`` when the organisation's name before it
    holds a lower-case word the run of capitals stops at ("The Medicines and Healthcare products Regulatory Agency
    (MHRA) said"): the acronym names it whole, where the capitals after that word would name a fragment."""
    if verb < 5 or tokens[verb - 1][0] != ")" or tokens[verb - 3][0] != "(":
        return None
    acronym = tokens[verb - 2][0]
    if not (2 <= len(acronym) <= 6 and acronym.isupper() and acronym.isalpha()):
        return None
    k = verb - 4
    while k > 0 and tokens[k][0][:1].isupper():
        k -= 1
    word, start = tokens[k][0], k - 1
    while start > 0 and (tokens[start - 1][0][:1].isupper() or tokens[start - 1][0] == "and"):
        start -= 1  # (to where the name opens: "a doctor of the Medicines and …" is the doctor's)
    return acronym if k < verb - 4 and word.isalpha() and word.islower() and word not in _FUNCTION and (
        k > 0 and tokens[k - 1][0][:1].isupper()) and not (start >= 2 and tokens[start - 1][0].lower() == "the"
                                                          and tokens[start - 2][0] in ("of", "at", "for")) else None


PARTY_STATE = re.compile(r"[DRI]-[A-Z][A-Za-z.]*")
"""A member of Congress's party and state in one token ("D-Ohio", "R-Texas", "I-Vt."): no one's name."""


_ASKED = re.compile(r"\?[”\"’]\s*\S+(?: \S+){0,3} ask(?:ed|s)\b")


def asked_before(text: str, start: int, end: int, person: Person | None, asker: str, gender: str) -> bool:
    """Whether the sentence ``text[start:end]`` attributes the question right before it to an ``asker`` not known to
    be of the answering pronoun's ``gender`` ("“…?” Grange asked."; not "“…?” Lee asks." before a "she" when Lee is a
    woman, who may answer herself): a "she" answering it in the next sentence is then another person (part 26)."""
    if not _ASKED.match(text, max(0, start - 3), end):
        return False  # (most sentences: no question before, no name read)
    return ((person.gender if person is not None else "") or given_gender(asker.split()[0])) != gender


def as_source(text: str, tokens: list[tuple[str, int]], k: int, found: str | None) -> str | None:
    """The source "according to" names from ``tokens[k]`` on: ``found`` (its subject, as read), unless that is a
    place its complement names ("according to the exit polls in New Hampshire"): then the noun phrase as written, up
    to the next comma ("the exit polls in New Hampshire"; not the state, which says nothing). "According to Israel"
    keeps the country, its first word."""
    if found not in _PLACES or found.startswith(tokens[k][0]):
        return found
    end = next((m for m in range(k, min(len(tokens), k + 12)) if not tokens[m][0][:1].isalnum()), None)
    return text[tokens[k][1] : tokens[end - 1][1] + len(tokens[end - 1][0])] if end and end > k else None
