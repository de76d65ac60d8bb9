"""Role descriptions as the article writes them ("a spokesman for Bernie Sanders", "one senior Democrat"): where a
description starts and ends among the words before a cue verb, a partitive ("one of the engineers") and a bare
plural ("officials said"). Pure string work, used by
:mod:`reader.quotes.phrases` (kept apart so that module reads as the reading of noun phrases)."""

from __future__ import annotations

import re

from reader.quotes.given_names import given_gender
from reader.quotes.more_words import LOWER_CASE_ROLES
from reader.quotes.names import _POSSESSIVE
from reader.quotes.words import (
    _DETERMINERS,
    _FUNCTION,
    _MORE_PREPOSITIONS,
    _NOUN_PHRASE_ENDS,
    _ORG_NOUNS,
    _PARTITIVES,
    _PEOPLE_PLURALS,
    _PREPOSITIONS,
    _QUANTITIES,
    _ROLES,
    _SAY,
    _VERB_FORMS,
)

_APPOSED_WORDS = 8
"""How many words before a comma a role written before a name in apposition may take ("la haute représentante
de l'UE pour les affaires étrangères, Katarina Lindqvist")."""
_ELIDED = re.compile(r"^[lLdD][’']")


def role_before_name(words: list[str], lang: str, stops: frozenset[str]) -> list[str]:
    """The words of the role a name is in apposition to, when it comes before the name and its comma (``words``:
    the clause before that comma): "Le maire, Paul Lemoine,"; "Selon l’inspectrice d’académie, Martine Roux,";
    "la députée de la circonscription, Sophie Garnier,"; "Die Vorsitzende des Vereins, Anna Kuhn,". In French
    and German, the words after the clause's last cue verb ("a reconnu … la haute représentante de l'UE …,
    Katarina Lindqvist"), the elided article apart, without ``stops`` (prepositions, articles), so the words
    that qualify the role come too ("l'entraîneur rennais, Frédéric Maillard,": "rennais" tells him from the
    other team's coach). In English, only the role words among the last two ("the former first lady, Laura
    Bush" had made her "the former president")."""
    if lang == "en":
        return [word for word in words[-2:] if word.islower() and _is_role(word)]
    words = words[-_APPOSED_WORDS:]
    cue = next((k for k in range(len(words) - 1, -1, -1) if words[k].lower() in _SAY), -1)
    found = [_ELIDED.sub("", word) for word in words[cue + 1 :]]
    if not any((word.islower() or lang == "de" and word[:1].isupper()) and _is_role(word.lower()) for word in found):
        return []
    return [word for word in found if word.replace("-", "").isalpha() and word.lower() not in stops]  # ("porte-parole")


def _is_role(key: str) -> bool:
    """A role word, singular or plural ("officials", "chairmen", "spokeswomen"), or a compound ending in one
    ("co-star", "ex-wife", "co-founders")."""
    return key in _ROLES or (key.endswith("s") and key[:-1] in _ROLES) or (
        key.endswith("men") and key[:-3] + "man" in _ROLES) or ("-" in key and _is_role(key.rpartition("-")[2])) or (
        len(key) > 9 and key.endswith(_GERMAN_ROLE_HEADS) and key != "administer") or (
        len(key) >= 8 and key.endswith(_GERMAN_ROLE_ENDINGS) and not (key.endswith("erin") and given_gender(key))) or (
        len(key) >= 7 and key.endswith(("euse", "trice")) and not given_gender(key)) or (  # French women's roles
        french_role_by_ending(key))  # ("une polisseuse", "l’animatrice", not "Beatrice", "Patrice")


def french_role_by_ending(word: str) -> bool:
    """Whether ``word`` is a French role by its ending ("l’entomologiste", "le syndicaliste", part 37)."""
    return len(word) >= 8 and word.endswith(_FRENCH_ROLE_ENDINGS) and word not in ("monologue", "prologue")


_FRENCH_ROLE_ENDINGS = ("ologue", "ologiste", "aliste", "iatre", "ographe", "icien", "icienne")
"""French role words by their ending ("l’entomologiste", "le syndicaliste", "la pédiatre", "le photographe",
"l’électricien"), compounds of a field the word lists cannot all hold (not "-iste" alone: "insiste", "existe")."""


_GERMAN_ROLE_HEADS = ("bürger", "bürgerin",
                      "sprecher", "sprecherin", "minister", "ministerin", "präsident", "präsidentin", "chef", "chefin",
                      "vorsitzende", "vorsitzender", "direktor", "direktorin", "leiter", "leiterin", "experte",
                      "expertin", "kanzler", "kanzlerin", "bürgermeister", "bürgermeisterin", "ministerium", "verband",
                      "verein", "gewerkschaft", "konzern", "koordinator", "koordinatorin", "pfleger", "pflegerin",
                      "ökonom", "ökonomin", "mitglied", "rätin", "forscher", "forscherin", "kurator", "kuratorin",
                      "trainer", "trainerin", "spieler", "spielerin", "förster", "försterin", "meister", "meisterin",
                      "vorsteher", "vorsteherin", "ingenieur", "ingenieurin", "techniker", "technikerin", "berater",
                      "beraterin")
"""The heads of German compound roles ("Regierungssprecher", "Innenminister", "Parteichef", "Bundespräsident",
"Fraktionsvorsitzende") and organisations ("Bundesumweltministerium", "Mieterverein"): German writes a role and
what it is of as one word."""
_GERMAN_ROLE_ENDINGS = ("ologe", "ologin", "fahrer", "fahrerin", "kläger", "klägerin", "managerin", "arbeiter",
                        "arbeiterin", "händler", "händlerin", "beraterin", "lehrerin", "studentin", "anwältin",
                        "helferin", "ärztin", "iker", "ikerin", "angeklagte", "angeklagter", "aktivistin", "student",
                        "erin", "bauer", "arzt", "mediziner", "medizinerin", "dezernent", "dezernentin", "regisseur",
                        "regisseurin", "fachfrau", "fachmann", "lagerist", "lageristin", "operateur", "operateurin",
                        "führer", "führerin", "monteur", "monteurin")
"""German role words by their ending, compounds the word lists cannot hold ("Busfahrer", "Epidemiologe",
"Fondsmanagerin", "Lehramtsstudentin", "Nebenkläger", "Gastroenterologin", "Klimaaktivistin"): part 23; a woman
by what she does or where she is from ("Siegerin", "Anruferin", "Düsseldorferin"; not a given name, "Katherin"):
part 24. Part 41: "Allgemeinmediziner", "Baudezernentin", "Regisseurin", "Pflegefachfrau", "Lagerist"."""


_HYPHENED_ADJECTIVE = re.compile(r"-(?:based|born|bred|led|owned|run|registered|listed)$")


def _as_written(words: list[str]) -> str:
    """A description as the article writes it: from its determiner through its noun phrase (role words, the
    names after them, and a complement naming someone: "a spokesman for Bernie Sanders"), without a possessive
    and without what another clause adds ("The Vermont senator emailed supporters" → "The Vermont senator",
    "a minor player in most" → "a minor player"). Empty when no role word heads it ("a text message to
    supporters", "a showdown between former secretary of": the role word is in a complement of another noun)."""
    lowered = [_POSSESSIVE.sub("", w) if len(w) > 3 else w for w in (w.lower() for w in words)]
    role = next((i for i, w in enumerate(lowered) if _is_role(w) or words[i] in LOWER_CASE_ROLES), len(words) - 1)
    start = next((i for i in range(role, -1, -1) if lowered[i] in _DETERMINERS), 0)
    head = 0 if lowered[0] in _DETERMINERS else start  # "a letter to the senator": the phrase starts at "a"
    for i in range(head + 1, role):
        if lowered[i] in _PREPOSITIONS or lowered[i] in _MORE_PREPOSITIONS:
            if lowered[i] == "of" and (lowered[i - 1] in _QUANTITIES or lowered[i - 1] in _PARTITIVES):
                continue
            return ""  # the head noun before the preposition is not a role: a letter, a message, a showdown
    if start >= 2 and lowered[start - 1] == "of" and lowered[start - 2] in _PARTITIVES:
        start -= 2  # "one of the engineers": a member of the group, not the group
    end = len(words)
    for i in range(role + 1, len(words)):
        word = lowered[i]
        if word in _NOUN_PHRASE_ENDS or (word.endswith("ed") and not _is_role(word) and words[i][:1].islower()):
            end = i  # a verb: another clause begins
            break
    while end > start + 1 and not (_is_role(lowered[end - 1]) or words[end - 1][:1].isupper() and not (
            _HYPHENED_ADJECTIVE.search(words[end - 1]))  # ("… officer of a Mukono-based": an adjective, no name)
                                   or words[end - 1] in LOWER_CASE_ROLES or (
            end - 1 == role + 3 and lowered[role + 1] in ("de", "des", "du") and words[role + 2][:1].isupper()
            and lowered[end - 1].endswith(_FRENCH_ADJECTIVE_ENDINGS))):  # "le ministère des Affaires étrangères"
        end -= 1  # back to the last role word or name ("a strategist for one of these" → "a strategist")
    if end < len(words) and end - 1 > role and _POSSESSIVE.search(words[end - 1]) and words[end][:1].isalpha():
        end += 1  # a possessive in the complement owns the noun after it: "a lawyer for the senator’s family"
    kept = words[start:end]
    if kept and len(kept[-1]) > 3:
        kept[-1] = _POSSESSIVE.sub("", kept[-1])
    # an abbreviation's full stop is its own token: "for Sen. Richard Lang", not "Sen . Richard Lang"
    # and French's elided article is joined to its noun again ("l’entourage du président"), a plural's
    # apostrophe to its noun ("the Darts Players’ Association")
    return _ELIDED_ARTICLE.sub(r"\1", " ".join(kept).replace(" . ", ". ").replace("s ’ ", "s’ ").replace(
        "s ' ", "s' ").removesuffix(" ."))


_FRENCH_ADJECTIVE_ENDINGS = ("ère", "ères", "ale", "ales", "aux", "ique", "iques", "ieur", "ieure", "ieurs",
                             "ieures", "elle", "elles", "aise", "aises", "ée", "ées")
"""Endings of the French adjectives that follow a ministry's or an office's name ("Affaires étrangères",
"Éducation nationale", "Santé publique", "Enseignement supérieur")."""

_ELIDED_ARTICLE = re.compile(r"\b([lLdD][’'])\s")
"""An elided article or "de" written apart from its noun ("l' entourage" → "l'entourage"): French's elided
article is a token of its own in the attribution windows (token_windows._SPACED_FRENCH_TOKEN)."""


def joined_words(words: list[str]) -> str:
    """Words read as tokens, as the text writes them: an abbreviation's full stop and an elided article kept to
    their word ("l' entourage de M . Lambertin" → "l'entourage de M. Lambertin")."""
    return _ELIDED_ARTICLE.sub(r"\1", " ".join(words).replace(" .", "."))


def _is_partitive(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` opens a partitive ("one of the engineers", "two of Trump's aides"): a partitive word,
    "of", then a determiner or a capitalised possessive."""
    return (i + 2 < len(words) and words[i].lower() in _PARTITIVES and words[i + 1] == "of"
            and (words[i + 2].lower() in _DETERMINERS or (words[i + 2][:1].isupper()
                                                           and words[i + 2].endswith(("'s", "’s")))))


def _partitive_start(words: list[str], j: int) -> int | None:
    """Where a partitive ending at ``words[j]`` starts ("one of the senior White House officials", "two of
    Trump's aides": at most eight words, all words), or None when none does."""
    for m in range(j - 1, max(0, j - 8), -1):
        if not words[m][:1].isalpha():
            return None
        if words[m] == "of" and _is_partitive(words, m - 1):
            return m - 1
    return None


def _partitive_back(tokens: list[tuple[str, int]], j: int) -> str | None:
    """A partitive ending at ``j`` as written ("one of the engineers said", "two of Trump's aides said"):
    members of a group no one names, not the whole group ("the engineers"). None when no role or people's
    plural heads it ("one of her ads", "one of the congressman's alleged …")."""
    head = tokens[j][0].lower()
    if not (_is_role(head) or head in _PEOPLE_PLURALS):
        return None
    words = [t for t, _ in tokens[max(0, j - 8) : j + 1]]
    start = _partitive_start(words, len(words) - 1)
    return None if start is None else _as_written(words[start:]) or None


_BARE_PLURAL_WORDS = 3
"""Words of a bare plural at most ("senior administration officials")."""


def _bare_plural(tokens: list[tuple[str, int]], start: int, j: int) -> str | None:
    """A plural of people with no determiner, from the clause's start (``start``: the window's start or the word
    after a punctuation mark) to ``j``, as written: "“…,” officials said", "police said", "federal prosecutors
    said" (who speaks, as "the officials" would say). None when anything but lower-case modifiers stands before
    the noun ("the report angered officials": a verb) or the noun is no role nor people's plural."""
    head = tokens[j][0]
    if not head.islower() or not (head == "police" or (head.endswith("s") and head not in _ROLES and (
            _is_role(head) or head in _PEOPLE_PLURALS))):  # (a plural: not "actress", "boss")
        return None
    if j + 1 < len(tokens) and not tokens[j + 1][0][:1].isalpha():
        return None  # (its verb or an adverb follows it: not "for population, refugees, and migration, said")
    if j - start >= _BARE_PLURAL_WORDS or not all(
            word.isalpha() and word.islower() and word not in _VERB_FORMS and word not in _FUNCTION
            for word, _ in tokens[start:j]):
        return None
    return " ".join(word for word, _ in tokens[start : j + 1])


_GENDERED_ROLES = {
    **dict.fromkeys("""woman mother wife daughter sister girl actress chairwoman congresswoman businesswoman
        spokeswoman councilwoman grandmother aunt widow""".split(), "f"),
    **dict.fromkeys("""man father husband son brother boy actor chairman congressman businessman spokesman councilman
        grandfather uncle widower""".split(), "m"),
}
"""Roles that tell a gender (English): whom "she" or "he" may be, whom "the congresswoman" may be."""


def _of_gender_described(subject: str, gender: str) -> bool:
    """Whether ``subject`` is an indefinite or an owned description of one person whose role tells the pronoun's
    gender ("A Network Rail spokeswoman" for "she", "a man in the crowd" for "he"; "his mother" for "she", whom
    "his" cannot be): then it is whom the pronoun stands for, rather than the last person named. A role of no
    gender ("One questioner", "A reporter") is not enough: the person just named is as likely."""
    words = subject.split()
    if not words:
        return False  # (", Ann Lee, disagreed.": no description closes the sentence)
    owned = {"his": "m", "her": "f", "their": ""}.get(words[0].lower(), gender) != gender  # ("His father worked at
    # a mill. He served …": the owner as likely)
    if not gender or len(words) < 2 or (words[0].lower() not in ("a", "an", "one", "another") and not owned):
        return False
    return any(_GENDERED_ROLES.get(word.lower()) == gender for word in words[1:5])


def closing_description(words: list[str], gender: str) -> str | None:
    """The indefinite description of one person of ``gender`` whose attribution closes a sentence ("Three remained
    in stable condition, a hospital spokesman said."): whom the "he" of the next sentence's attribution stands for
    ("“…,” he said."), rather than the last man named before, or, with none, the first named after."""
    if len(words) < 5 or words[-1] not in (".", "!") or words[-2] not in _SAY:
        return None
    comma = next((k for k in range(len(words) - 3, max(-1, len(words) - 9), -1) if words[k] == ","), None)
    if comma is None:
        return None
    described = " ".join(words[comma + 1 : -2])
    return described if _of_gender_described(described, gender) else None


def is_person_word(word: str) -> bool:
    """Whether a lower-case noun names one person by role or kin ("nurse", "man", "marshal"), not an organisation."""
    return (_is_role(word) and word not in _ORG_NOUNS) or word in _GENDERED_ROLES or word in LOWER_CASE_ROLES


def _article_gender(article: str, role: str) -> str:
    """The gender a German or French definite article gives its role ("der Minister", "die SPD-Politikerin" with
    its feminine ending, "la ministre", "le porte-parole"); "" when it tells none ("die" before a plural)."""
    if article in ("der", "le"):
        return "m"
    if article in ("l'", "l’"):  # ("l’institutrice", "l’accusé": the noun's ending)
        return "f" if role.endswith(_FEMININE_ENDINGS) else "m" if role.endswith(_MASCULINE_ENDINGS) else ""
    return "f" if article == "la" or (article == "die" and role.endswith(("in", "e", *_FEMININE_NOUNS_DE))) else ""
    # ("die Verlobte", "die Vorsitzende", "die zweifache Mutter", "die Ehefrau": a woman; "die Verlobten" are many)


_FEMININE_NOUNS_DE = ("mutter", "tochter", "schwester", "frau", "oma", "tante", "braut")
"""German nouns for a woman that end as no feminine suffix does, their compounds too ("Großmutter", "Ehefrau"): the
singular only ("die Mütter", "die Frauen" are many). Part 39."""


_FEMININE_ENDINGS = ("trice", "euse", "ière", "ienne", "ante", "ente", "ée", "esse", "ine", "avocate", "magistrate",
                     "candidate", "adjointe", "eure", "tion", "ale", "ence", "ure")  # ("l’auteure", "l’ingénieure":
# part 39; a body's noun, "l’association", "l’intercommunale", "l’agence", "l’inspection": part 41)
_MASCULINE_ENDINGS = ("teur", "eur", "ier", "ien", "ant", "é", "at", "in")
"""French role endings that tell the gender an elided article hides ("l’institutrice", "l’accusé")."""


def _role_key(role: str) -> str:
    """A role word as the people index's titles hold it: a plural's singular ("officials"), a German compound's
    head ("spd-politiker" → "politiker", "regierungssprecher" → "sprecher")."""
    if role in _ROLES:
        return role
    if "-" in role and role.rpartition("-")[2] in _ROLES:
        return role.rpartition("-")[2]
    if role.endswith(_GERMAN_ROLE_ENDINGS) or role.endswith(_FRENCH_ROLE_ENDINGS):
        return role  # ("fondsmanagerin", "entomologiste": the word itself, as the index's context holds it)
    return next((head for head in _GERMAN_ROLE_HEADS if role.endswith(head) and (head in _ROLES or len(role) > 9)),
                role[:-1])  # (a plural's key is its singular, its last letter dropped: how _description tells a
    # plural head; a German compound's head is its key even when no list holds it alone: "innungsmeister")


_PERSON_DEMONYMS = frozenset("""Scot Scotsman Scotswoman Frenchman Frenchwoman Englishman Englishwoman Welshman
    Welshwoman Irishman Irishwoman Dutchman Swede Dane Finn Pole Briton Brit Spaniard Turk Aussie Texan Californian
    Floridian Londoner Glaswegian Mancunian Liverpudlian Scouser Geordie Cornishman Yorkshireman Ulsterman New
    Zealander American Australian Canadian Norwegian Kenyan Nigerian Ghanaian Brazilian Argentine Argentinian Israeli
    Iraqi Iranian Afghan Pakistani Indian Italian German Russian Ukrainian Mexican Colombian Venezuelan Cuban Jamaican
    Egyptian Moroccan Algerian Tunisian Syrian Lebanese Belgian Austrian Hungarian Romanian Bulgarian Serbian Croat
    Croatian Slovenian Slovak Czech Greek Cypriot Maltese Portuguese Icelander Estonian Latvian Lithuanian
    Georgian Armenian Azerbaijani Kazakh Uzbek Chilean Peruvian Ecuadorian Bolivian Uruguayan Paraguayan Indonesian
    Malaysian Singaporean Filipino Filipina Korean Mongolian Bangladeshi Ethiopian Ugandan Tanzanian Zimbabwean
    Zambian Cameroonian Ivorian Jordanian Saudi Emirati Qatari Kuwaiti Yemeni Libyan Dutchwoman""".split())
"""English nouns for one person of a people ("the Scot", "the Australian"): after "the", whom "he" or "she" would
stand for (not "the French", "the British": a people, or its government)."""
_FRENCH_DEMONYM_ENDINGS = ("aise", "oise", "ienne", "caine", "arde", "éenne", "ais", "ois", "ien", "cain", "ard",
                           "éen")
"""(Not "-aine", "-ande", "-on": "la Lorraine", "la Finlande", "le Japon" are places.)"""


DEMONYM_ARTICLES = {"the": "", "le": "m", "la": "f", "der": "m", "die": "f", "l'": "", "l’": ""}
"""The articles before one of a people ("the Scot", "la Savoyarde", "l’Albenassien"), and the gender each tells (the
French elided one none: the demonym's ending does, :func:`reader.quotes.ages_and_demonyms._elided_demonym_gender`)."""


def person_demonym(word: str, lang: str, article: str = "") -> bool:
    """Whether ``word`` after a definite article is a noun for one person of a people or a region: English from
    :data:`_PERSON_DEMONYMS`; French capitalised by its ending ("la Savoyarde", "la Haut-Savoyarde", "le Breton",
    "la Norvégienne"; the caller leaves out places and names the article gives a person)."""
    if lang == "en":
        return word in _PERSON_DEMONYMS
    if lang == "de":  # "sagte der Finne", "die Dänin" (part 27; "die Österreicher" are many: none)
        return (article != "die" and word in _GERMAN_PERSON_DEMONYMS) or (article != "der" and word.endswith("in") and (
            word[:-2] in _GERMAN_PERSON_DEMONYMS or word[:-2] + "e" in _GERMAN_PERSON_DEMONYMS))
    return lang == "fr" and word[:1].isupper() and (word.lower().endswith(_FRENCH_DEMONYM_ENDINGS) and len(word) > 4
                                                    or word in _FRENCH_DEMONYMS_ELSE)


_FRENCH_DEMONYMS_ELSE = frozenset("""Breton Bretonne Gascon Gasconne Bourguignon Bourguignonne Berrichon Berrichonne
    Wallon Wallonne Flamand Flamande Normand Normande Allemand Allemande Lorrain Toulousain Toulousaine Basque Belge
    Russe Tchèque Slovaque Grec Grecque Turc Turque""".split())
"""French nouns for one of a people whose ending :data:`_FRENCH_DEMONYM_ENDINGS` leaves out ("a pesté le Breton"; not
"la Lorraine", "la Corse", "la Suisse": places)."""


_GERMAN_PERSON_DEMONYMS = frozenset("""Finne Däne Schwede Norweger Isländer Brite Engländer Schotte Ire Franzose
    Österreicher Schweizer Italiener Spanier Portugiese Niederländer Belgier Pole Tscheche Slowake Ungar Kroate Serbe
    Slowene Rumäne Bulgare Grieche Türke Russe Ukrainer Amerikaner Kanadier Brasilianer Argentinier Japaner Chinese
    Koreaner Australier Neuseeländer Lette Litauer Este Weißrusse Georgier Armenier Kasache Usbeke Bosnier Albaner
    Kosovare Montenegriner Mazedonier Waliser Mexikaner Kolumbianer Chilene Peruaner Kubaner Venezolaner Inder
    Pakistaner Iraner Iraker Syrer Afghane Israeli Palästinenser Ägypter Marokkaner Tunesier Algerier Nigerianer
    Ghanaer Senegalese Kenianer Äthiopier Südafrikaner Kameruner Vietnamese Thailänder Indonesier Bündner Walliser
    Tessiner Tiroler Kärntner Steirer Vorarlberger Bayer Schwabe Friese Urner Schwyzer Berner Luzerner Zuger
    Glarner Solothurner Aargauer Thurgauer Appenzeller Obwaldner Nidwaldner Schaffhauser Zürcher Genfer Jurassier
    Südtiroler Salzburger Oberösterreicher Niederösterreicher Burgenländer Sachse Thüringer Hesse Westfale Pfälzer
    Saarländer Franke Oberbayer Allgäuer Luxemburger""".split())
"""German nouns for one man of a people ("sagte der Finne"); with "-in", one woman ("die Schweizerin", "die Dänin").
Not a city's ("der Wiener", "der Berliner", "der Hamburger": as often food, or someone never named); a canton's or a
Land's people are ("kritisiert der Bündner", part 37; "gab der Urner zu", "sagte der 31-jährige Schwyzer", part 44)."""


def a_person(found: str | None, role: str = "") -> str | None:
    """``found`` unless it is an organisation's description ("Le gouvernement"), which holds no person's role, or
    a description of another ``role`` ("La victime, un homme …" is not whom "la directrice" stands for: a French
    noun's gender is not the person's)."""
    words = found.split() if found else []
    if not words or words[-1].lower() in _ORG_NOUNS:
        return None
    return None if role and words[0].lower() in DEMONYM_ARTICLES and words[-1].lower() != role else found


def people_after(role: str, word: str) -> bool:
    """French: whether ``word`` is a people's adjective after the role ``role`` ("le deuxième-ligne tongien")."""
    return word.islower() and word.endswith(_FRENCH_DEMONYM_ENDINGS) and _is_role(role.lower())


AGED_NOUN_DE = re.compile(r"\d{1,3}-Jährige[rn]?")
"""German: an age as a noun ("der 45-Jährige", "die 47-Jährige"), after the verb or before it."""
PLACED_AT = frozenset("in at from by near behind across beside among".split())
"""Prepositions of where someone stood or sat, between who they are and their cue ("Sam in the corner said to me",
"a man near the back of the auditorium stood and shouted")."""
