"""Runs of capitalised words that never name a person, whatever the people index would make of them: a place
("South Carolina votes"), a storm, a body named for a nation ("Transport Scotland"), an Irish county ("Co
Kilkenny"), a party's word alone ("a senior Democratic aide"), what a titled person owns ("Prime Minister’s
Questions"); and in French a run after an article or a contracted one ("des Jeunes Agriculteurs de
Haute-Garonne", "du Kop Marek", "de l’Agriculture"): French writes no article before a person's name ("le
président Macron" has the role between). Split out of :mod:`reader.quotes.people` (over 500 lines). No Textual or
Rich import here."""

from __future__ import annotations

import re
from collections.abc import Container

from reader.quotes.descriptions import _is_role
from reader.quotes.given_names import given_gender
from reader.quotes.more_words import BUSINESS_HEADS, CLUB_HEADS, GERMAN_OPENING_ADVERBS, PLATFORMS
from reader.quotes.names import _CONTRACTED_PRONOUN
from reader.quotes.run_pieces import declined_adjective, german_institution
from reader.quotes.token_shapes import _GERMAN_PREPOSITIONS
from reader.quotes.words import _GERMAN_ARTICLES, _HONORIFICS, _NATIONS, _PARTY_WORDS, _PLACES, _ROLES, _STORMS


def no_person_runs(splits: list[tuple[list[str], list[str]]], lang: str = "en", text: str = "") -> set[int]:
    """The numbers of the distinct runs (``splits``: title words and name core of each) that name no person
    wherever they stand (English; in French and German, a noun and its complement: :func:`place_of_noun`), nor
    any ending on the city of the ``text``'s dateline ("NIAMEY, 12 septembre (AFP)": "la commune V de Niamey"), nor
    in German a run an institution's noun opens ("Die Polizeidirektion Osnabrück warnt": its place's name, no
    one's surname; part 40)."""
    cities = dateline_cities(text)
    places = {number for number, (_, core) in enumerate(splits) if (size := _city_at_end(core, cities)) and (
        len(core) == size or core[-size - 1] in _PARTICLES_BEFORE_PLACES)} if cities else set()  # (not "Kerry
    # Washington"; "Johor Baru" whole, part 41)
    if lang == "de":
        places.update(number for number, (_, core) in enumerate(splits) if len(core) > 1 and (german_institution(
            core[0]) or core[0] in _PLACE_NOUNS_DE) and not given_gender(core[0], lang))
        named = {core[-1] for _, core in splits if len(core) > 1 and given_gender(core[0], lang)}
        places.update(number for number, (_, core) in enumerate(splits) if len(core) > 2 and core[-2] in ("von", "vom")
                      and core[-1] in named and not given_gender(core[0], lang))  # ("zwei Alleingänge von Rautanen"
        # after "Mikko Rautanen": a noun, then whose it is; part 41)
    return places | _no_person_runs(splits, lang)


_PLACE_NOUNS_DE = frozenset("Dorf Ort Ortsteil Stadtteil Ortschaft Weiler Markt Tal".split())
"""German nouns for a place before its name ("im Allgäuer Dorf Unterrieden"): the run names the place (part 41)."""
_PARTICLES_BEFORE_PLACES = frozenset("de du des von van of".split())
_DATELINE = re.compile(r"(?:^|\n)([A-ZÀ-ÝÄÖÜ][A-ZÀ-ÝÄÖÜ'’-]{2,}(?: [A-ZÀ-ÝÄÖÜ'’-]{2,}){0,2})(?:,| \(| [—–-] |: )")
"""A dateline's city in capitals, then a comma, a bracket, a dash or a colon ("JOHOR BARU: …", as Malaysian and
Indian papers write it; part 41)."""
_DATELINE_REACH = 2_000
"""A dateline is in an article's first lines: only they are read (a concatenation of articles stays cheap)."""


def _city_at_end(core: list[str], cities: frozenset[str]) -> int:
    """How many words of ``core``'s end name one of the ``cities`` ("Baru" is not "Johor Baru"), 0 for none."""
    return next((size for size in (1, 2, 3) if size <= len(core) and " ".join(core[-size:]) in cities), 0)


def dateline_cities(text: str) -> frozenset[str]:
    """The cities the datelines at the start of ``text`` name, as a name would be written ("Niamey", "Saint
    Louis"): a place wherever the text names it. Part 39."""
    return frozenset(" ".join("-".join(part.capitalize() for part in word.split("-")) for word in found.split())
                     for found in _DATELINE.findall(text, 0, _DATELINE_REACH))


def _no_person_runs(splits: list[tuple[list[str], list[str]]], lang: str) -> set[int]:
    """:func:`no_person_runs` by the runs' own words."""
    if lang != "en":
        return {number for number, (prefix, core) in enumerate(splits) if place_of_noun(core, lang)
                or core[0] in PLATFORMS or (len(core) == 1 and core[0] in _CITIES_FR_DE and all(  # ("Québec
                    word.isupper() for word in prefix))  # (or "AK Wien": an institution's abbreviation; part 38)
                or (lang == "de" and len(core) > 1 and core[0] in _DEMONSTRATIVES_DE)  # ("Diesen Satz sagt …": part 42)
                or (lang == "de" and core == ["Nein"] or core == ["Ja"])  # ("wenn die Mehrheit Nein sagt": part 43)
                or (lang == "de" and len(core) == 2 and len(core[1]) > 8 and _is_role(core[1].lower())
                    and not given_gender(core[0], lang))  # ("Haft für Münchner Skifahrer": a demonym and a role)
                or (lang == "fr" and (core[0] == "Les" or prefix[:1] == ["Les"]))  # ("au home Les Cerisiers", "Les
                # Draveurs": a place's or a team's name; "Les" is no surname's particle, unlike "Le Pen"; part 42)
                or (len(core) > 1 and core[-1] in _NATIONS and not given_gender(core[0], lang))  # promet …"; not
                or (len(core) == 1 and "-" in core[0] and core[0].split("-")[0] in _CITIES_FR_DE)  # "Herr Basel",
                or (len(core) > 1 and core[-1] in _COMPASS_FR_DE and not given_gender(core[0], lang))  # ("Bâti-
                or (lang == "fr" and len(core) == 3 and core[1] in ("de", "du") and not given_gender(core[0], lang)
                    and not any(t.rstrip(".").lower() in _HONORIFICS for t in prefix))}  # ("Innue de Mashteuiatsh": a
        # people and a place, no given name; not "M. de Villepin"; part 39)
        # Caraïbes Nord": a firm's or a district's last word, part 38)
        # "M. Lyon"; "Pêches et Océans Canada": a ministry; "die mutigste Frau von Wien-Simmering": a city's district,
        # no "Frau" of that name; part 37)
    return {number for number, (prefix, core) in enumerate(splits)
            if " ".join(core) in _PLACES or core[0] in PLATFORMS or (len(core) > 1 and (  # (a run of several words'
                # checks under one test of its length: most runs are one word, and each test costs)
                core[0] in _STORMS
                or core[0].rstrip(".") in ("Co", "County")  # "Co Kilkenny": an Irish county
                or (core[-1] in _NATIONS and not given_gender(core[0]))  # "Transport Scotland"
                or ((core[-1] in BUSINESS_HEADS or core[-1] in CLUB_HEADS) and not given_gender(core[0])
                    and not any(t.rstrip(".").lower() in _ROLES or t.rstrip(".").lower() in _HONORIFICS for t in prefix)
                    and core[-1] not in _SURNAMES_TOO)  # "Pennine Water", "Harborough Town", "Meridian Isles Cruises":
                # a business's or a club's name (a word before it is no title: "Labour MP Jones", "Dr Hill Water" are
                # people)
                or (len(core) == 2 and core[0] in _REGION_OPENERS and not given_gender(core[1]))  # "the North Isles",
                # "Mid Yell", "Upper Hutt": a region's name (part 42)
                or (core[0] in _ROLE_MODIFIERS and _is_role(core[-1].lower()))  # "the Regional Delegate warned", "the
                # Deputy Principal said": a title, capitalised, no one's name (part 42)
                or core[-1] in _STREETS  # "Albert Road", "Victoria Street", "Hendra Farm": a place
                or (core[-1] in _COMPASS and not given_gender(core[0]))  # "Pumula South" (part 38)
                or (core[-1] in _EVENTS_AND_TROUPES and not given_gender(core[0]))))  # "Kilcarra Arts Festival",
            # "Mercia Health Protection Team"
            or (prefix or core)[0] in _CELTIC_BODIES  # ("Cylch Meithrin Bethania", "Gaelscoil Mhuire": part 43)
            or (len(core) == 1 and (core[0] in _PARTY_WORDS  # "a senior Democratic aide", "the Republican"
                                    or prefix and prefix[-1].endswith(("’s", "'s"))
                                    and not _CONTRACTED_PRONOUN.match(prefix[-1])))}


_DEMONSTRATIVES_DE = frozenset("Diese Diesen Dieser Dieses Diesem Jene Jenen Jener Jenes Solche Solchen".split())
"""German demonstratives opening a sentence before a noun: the noun is a thing pointed at, no one's surname."""
_REGION_OPENERS = frozenset("Mid North South East West Upper Lower Greater Outer Inner".split())
"""First words of a region's two-word name; a person's only before a given name ("North West" is not read so)."""
_ROLE_MODIFIERS = frozenset("""Regional Deputy Chief Senior Assistant Acting Executive Provincial District Divisional
    Municipal National Federal Vice Associate Interim Permanent Managing""".split())
"""Words that qualify a title a run ends with ("the Regional Delegate", "the Acting Principal"). Not "General",
"Head": ranks and surnames too."""
_STREETS = frozenset("Road Street Avenue Boulevard Terrace Crescent Farm Farms Marina Quay Wharf Plaza Square Highway"
                     .split())  # ("a residential tower in Lusail Marina": part 42)
_COMPASS = frozenset("South East Central Extension".split())
_COMPASS_FR_DE = frozenset("Nord Sud Ouest Est Centre Süd Ost Mitte".split())
"""A suburb's, a district's or a firm's last word ("Pumula South", "Bâti-Caraïbes Nord"); after a given name, a
surname. Not "West" nor "North", surnames as often ("Marty West", whose given name no list may know)."""
_EVENTS_AND_TROUPES = frozenset("Festival Team Orchestra Choir Theatre Theater Gallery Garda".split())
"""(And an Irish police station's town: "Sgt Declan Furlong of Baltinglass Garda station", part 42.)"""
_CELTIC_BODIES = frozenset("""Cylch Mudiad Ysgol Menter Urdd Cymdeithas Undeb Gaelscoil Scoil Coláiste Cumann
    Comann""".split())
"""Welsh, Irish and Scottish Gaelic words that open a body's or a school's name ("Cylch Meithrin Bethania", a Welsh
nursery group; "Gaelscoil Mhuire"): the run names no one (part 43)."""
_SURNAMES_TOO = frozenset("Power Steel Villa Press Air Books Games Markets Homes Capital Brands".split())
"""Last words of business names that are also surnames ("Ciarán Power", "Danielle Steel"): no evidence either way."""

_FRENCH_ARTICLES = ("des ", "du ", "au ", "aux ", "le ", "la ", "les ", "l'", "l’")
"""(Not "d’": an elided preposition, before names too, "le soutien d’Olivier Dupont".)"""


def after_french_article(text: str, start: int) -> bool:
    """Whether the run at ``start`` follows a French article, lower case ("des Jeunes Agriculteurs", "du Kop
    Marek", "l’Agriculture"): an organisation, a place or a common noun, no person."""
    for article in _FRENCH_ARTICLES:  # (a whole word: not "municipale Ndèye Fatou Diop", whose "le " ends a word)
        if text.endswith(article, max(0, start - 4), start) and not text[start - len(article) - 1 : start - len(
                article)].isalpha():
            return True
    return text.endswith(("La ", "Le ", "Les ", "L'", "L’"), max(0, start - 4), start)  # ("La Direction …": opening)


def no_one_after_article(prefix: list[str], core: list[str]) -> bool:
    """Whether a run after a French article (:func:`after_french_article`) names no one: the article governs
    its first word, so unless title words stand between ("ministre de l’Intérieur Jan Hamáček": the ministry,
    then the minister's name) the run is the article's noun; with a particle inside ("des Jeunes Agriculteurs de
    Haute-Garonne") it is an organisation's or a place's name either way, unless a given name opens it ("le
    sénateur de l’Orne Hubert de Lamothe": the place, then the senator's name)."""
    return not prefix or any(word in ("de", "du", "des", "d’", "d'") for word in core) and not (
        len(core) >= 3 and given_gender(core[0], "fr"))


def no_one_here(lang: str, text: str, start: int, prefix: list[str], core: list[str],
                in_full: Container[str] = ()) -> bool:
    """Whether the run at ``start`` (title words ``prefix``, name ``core``) names no one where it stands, in French
    or German: a French run after an article (:func:`no_one_after_article`); a German noun alone after an article
    ("ein Sprecher des Verbands": German capitalises every noun) or a role alone ("riefen Mitarbeiter eines
    Callcenters"), or a name after an institution's noun ("Prof.
    Dr. Martin Hellwig von der Universität Göttingen" is read as one run with "von der" as a name's particles).
    ``in_full``: the surnames of people the article names in full: a noun's ending does not make one alone a noun
    ("Ralf Hornung …. Hornung wollte nichts wissen", part 40)."""
    if lang == "fr":
        if after_french_article(text, start) and no_one_after_article(prefix, core):
            return True
        before = text[max(0, start - 32) : start].rstrip().lower()
        if _FRENCH_PLACE_NOUN.search(before) or len(core) == 1 and _FRENCH_PLACE_OF.search(before):
            return True  # "l'université Toulouse III", "rue Jean-Jaurès", "l'hôpital de Marcinelle": a place's name,
            # no one's (not "remplace Jean Martin", "Sur place Marie …": part 27; not "la maison de Jeanne Roussel")
        return not prefix and len(core) > 1 and text.endswith((" un ", " une "), max(0, start - 5), start) and bool(
            _THING.search(text, max(0, start - 60), start))  # "un accordéon …, un Paolo Soprani": a thing of that
        # make (part 32; not "un Emmanuel Macron offensif")
    if lang == "de":
        return (len(core) == 1 and (after_german_article(text, start) or _after_declined_adjective(text, start) or (
            not prefix and core[0] not in in_full and core[0].lower().endswith(_GERMAN_NOUN_ENDINGS)) or (
                core[0].lower() in _ROLES) or (len(core[0]) > 8 and core[0] not in in_full and _is_role(
                    core[0].lower())) or (  # ("Bedingte Haft für Münchner Skifahrer": a role's compound; part 42)
                core[0] in GERMAN_OPENING_ADVERBS) or (len(core[0]) > 6 and core[0].endswith("isch")) or (
                core[0] == "Deutsch"))) or bool(  # ("jedes Mal sagt", "Neulich sagte mir"; "spricht noch Zimbrisch")
            prefix and german_institution(prefix[-1])) or (  # ("kündigte Änderungen an": a noun, no one)
            _GERMAN_ADJECTIVE.fullmatch(core[0]) is not None and after_german_article(text, start)) or (
            text.endswith((" aus ", " in "), max(0, start - 5), start)) or (  # ("mit Bleistift Namen abhakt": two
            not prefix and len(core) == 2 and text.endswith((" mit ", " ohne "), max(0, start - 6), start)  # nouns
            and not given_gender(core[0], lang)) or any(  # (part 38)
            # ("eine Pendlerin aus Hanau": a place;
            word == "von" and k and prefix[k - 1].lower().endswith(_HEADS) for k, word in enumerate(prefix)) and (
                not given_gender(core[0], lang))  # …; not "Bürgermeister von Berlin Kai Wegner")
            # ("der Chemischen Industrie", "die Deutsche Bahn": an adjective and a noun, an organisation's name)
    return False


_FRENCH_PLACE_NOUN = re.compile(r"(?:^|[\s'’])(?:université|école|lycée|collège|hôpital|clinique|musée|stade|rue|"
                                r"avenue|boulevard|(?<!sur )(?<!en )place|quai|gare|aéroport|pont|parc|festival|salon|"
                                r"restaurant|hôtel|théâtre|cinéma|magazine|label|collectif|fondation|page|médiathèque|"
                                r"bibliothèque|salle|gymnase|piscine|maison|espace|complexe|centre|église|chapelle|"
                                r"cathédrale|basilique|abbaye|cimetière)(?: (?:municipale?|"
                                r"communale?|intercommunale?|départementale?|régionale?|nationale?|élémentaire|"
                                r"maternelle|primaire|culturel|culturelle|sportif|sportive|polyvalente?))?$")
_FRENCH_PLACE_OF = re.compile(r"(?:^|[\s'’])(?:hôpital|église|chapelle|cathédrale|basilique|abbaye|cimetière|gare|"
                              r"aéroport|commune|ville|village|port) d[eu]$")
_THING = re.compile(r"\b(?:accordéon|guitare|piano|violon|saxophone|voiture|moto|camion|montre|tableau|toile|"
                    r"sculpture|instrument|modèle|appareil|bouteille|robe)s?\b")
"""French nouns for a place, an event or a body whose name follows them ("l'université Toulouse III", "rue
Jean-Jaurès", "du festival Phylactères de Vevey", "la page Facebook de …", "la médiathèque municipale Jacques
Prévert", "l’église Saint-Martin"): the name is no one's (part 30 added the events and bodies, part 31 public
buildings and an adjective, part 32 churches; a town after "l’hôpital de", :data:`_FRENCH_PLACE_OF`)."""
_GERMAN_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "geschichte", "tion", "tät", "nis", "tum", "ismus", "chen",
                        "politik", "arbeit", "gabe", "sache", "frage", "kunde", "wort", "zeit", "ungen", "heiten",
                        "keiten", "schaften", "tionen", "täten", "nisse")
"""Endings of German common nouns: such a word right after a cue verb is its object ("schrieb Fernsehgeschichte"),
never its subject; any other capitalised word there may be a name ("schrieb Spahn")."""


_HEADS = ("meister", "meisterin", "präsident", "präsidentin", "chef", "chefin", "leiter", "leiterin", "direktor",
          "direktorin", "vorsteher", "vorsteherin")
"""German: the head of a place or a body, then "von" and its name in the run (no one's: "Bürgermeister von Lavena
Ponte Tresa", part 32)."""
_GERMAN_ADJECTIVE = re.compile(r"[A-ZÄÖÜ]\w*(?:isch|lich|sch|ig)(?:e|en|er|es)|(?:Grün|Rot|Blau|Gelb|Weiß|Weiss|Braun|"
                               r"Grau)(?:e|en|es)")
"""A declined German adjective of the kinds that open organisations' names ("Chemischen", "Deutsche",
"Europäischen", "Bayerischen"), or of a colour ("Grüne Knollenblätterpilze", part 39; not "Schwarzer", a surname)."""


def _after_declined_adjective(text: str, start: int) -> bool:
    """Whether a German preposition or article and a declined lower-case adjective stand before ``start`` ("mit
    stockender | Stimme", "unter großem | Applaus", "der jubelnden | Mannschaft"): a common noun."""
    before = text[max(0, start - 40) : start].split()[-2:]
    return (len(before) == 2 and before[1].isalpha() and declined_adjective(before[1])
            and (before[0] in _GERMAN_ARTICLES or before[0] in _GERMAN_PREPOSITIONS or before[0] in _GERMAN_NUMBERS
                 or before[0] in _GERMAN_QUANTIFIERS))  # ("zwei, drei junge | Leute Lusérn": part 34)


def place_of_noun(core: list[str], lang: str) -> bool:
    """Whether a name's ``core`` is a place's noun and its complement ("Port de Dakar", "Gare de Lyon", "Schloss von
    Versailles"): a particle second, after a noun for a place (:data:`_PLACE_NOUNS`; "Beatrix von Storch", "Amaury de
    Hauteclocque", whose given names the list may lack, are people's)."""
    return len(core) >= 3 and core[1] in ("de", "du", "des", "von", "vom") and core[0] in _PLACE_NOUNS


_CITIES_FR_DE = frozenset("""Québec Montréal Toronto Genève Lausanne Berne Bern Zurich Zürich Bâle Basel Bruxelles
    Brüssel Liège Namur Anvers Dakar Abidjan Yaoundé Douala Bamako Niamey Ouagadougou Cotonou Lomé Libreville Tunis
    Alger Rabat Casablanca Lyon Marseille Bordeaux Toulouse Lille Nantes Strasbourg Rennes Wien Graz Linz Salzburg
    Innsbruck Potsdam Hamburg München Köln Frankfurt Stuttgart Dresden Leipzig Bonn Hannover Düsseldorf Moskau Peking
    Pékin Londres Varsovie Prag Warschau""".split())
"""Cities a French or German article names alone, often as a verb's subject for their government ("Québec promet
une solution", "Berlin lehnt ab"): never a person, whom "il" or "er" would stand for."""
_PLACE_NOUNS = frozenset("""Port Gare Place Pont Rue Avenue Boulevard Quai Porte Hôtel Palais Château Musée Parc Lac
    Mont Col Île Cap Baie Golfe Canal Bois Forêt Val Vallée Stade Centre Collège Lycée Université Institut Banque
    Caisse Conseil Cour Tribunal Ministère Mairie Préfecture Région Commune Ville Aéroport Hôpital Maison Théâtre
    Bahnhof Hafen Platz Schloss Burg Kloster Palast Stadion Flughafen""".split())
"""Nouns for a place or an institution that open its name before a complement ("Port de Dakar")."""


def german_pair_name(text: str, start: int, core: list[str], names: Container[str] = ()) -> bool:
    """Whether a German run of two capitalised words at ``start`` reads as a given name and a surname though the
    given name is not in the list ("die Stunde von Idrissa Camara", its surname later used alone): neither word a
    common noun by its ending, a role or a declined adjective, and no article or adjective before it (German
    capitalises every noun, but two nouns side by side with nothing between are rare); not a genitive of one of
    ``names`` (written alone in the text) before a noun ("Kowalczyks Küchentisch", part 39)."""
    start = max(start, text.find(core[0], start))  # (where the name opens, past a noun before it: "die Stunde von")
    return len(core) == 2 and core[0] not in _GERMAN_NAME_OPENERS and not german_institution(core[0]) and not (
        core[0][-1:] == "s" and core[0][:-1] in names and not given_gender(core[0], "de")) and not any(
        word.lower().endswith(_GERMAN_NOUN_ENDINGS) or word.lower() in _ROLES or _GERMAN_ADJECTIVE.fullmatch(word)
        or not word.replace("-", "").isalpha() for word in core) and not (
        core[0].lower().endswith(_GERMAN_AMOUNTS) or after_german_article(text, start)
        or _after_declined_adjective(text, start)
        or text[max(0, start - 2) : start - 1].isdigit()  # ("rund 1,8 Millionen Euro": an amount)
        or (before := (text[max(0, start - 10) : start].split() or [""])[-1]) in _GERMAN_NUMBERS  # ("zehn Jahre
        or before in _GERMAN_QUANTIFIERS)  # Haft"; "nur wenige Sätze Zimbrisch spricht": part 34)


_GERMAN_NUMBERS = frozenset("""ein eine zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig
    vierzig fünfzig hundert tausend""".split())
"""German numbers: no given name follows one ("ein bis zehn Jahre Haft" had made "Jahre Haft" a person; part 33)."""


_GERMAN_QUANTIFIERS = frozenset("wenige viele einige mehrere manche alle beide etliche zahlreiche".split())
"""Words before a plural noun, or a bare adjective and one ("wenige Sätze Zimbrisch", "einige junge Leute")."""


PLACE_BEFORE = (" de ", " d'", " d’", " du ", " à ", " von ", " aus ", " in ")
"""Prepositions before a place: a lone capitalised word after one is no verb's subject ("Le port de Dakar est
fermé": the port is)."""
_GERMAN_NAME_OPENERS = frozenset("""Borussia Werder Eintracht Fortuna Hertha Union Dynamo Hansa Alemannia Arminia
    Kickers Energie Preußen Holstein Bayer Bayern Hotel Radio Schloss Burg Villa Haus Gasthaus Café Restaurant Bad
    Sankt Kloster Stift Zeche Kino Theater Gymnasium""".split())
"""First words of German clubs' and places' names, no given names ("Borussia Dortmund", "Hotel Adlon")."""
_GERMAN_AMOUNTS = ("tausende", "hunderte", "dutzende", "millionen", "zahlreiche", "etliche", "unzählige", "hundert",
                   "tausend", "zehn", "zig")
"""Amounts that open a plural noun phrase ("Hunderttausende Kinder"), no given name."""


def after_german_article(text: str, start: int) -> bool:
    """Whether the word before ``start`` is a German article (see ``words._GERMAN_ARTICLES``)."""
    before = text[max(0, start - 8) : start].split()
    return bool(before) and before[-1] in _GERMAN_ARTICLES


def role_modifier(text: str, end: int) -> bool:
    """Whether the one-word run ending at ``end`` is followed by a lower-case role and a capitalised word: the word
    qualifies the role before a name ("former Test paceman Greg Latham"), no person by this mention (part 41); or by
    a lower-case noun for a building or a place: the word is that place's name ("the deacons of Bethania chapel",
    "at Kerrigan farm"; part 43)."""
    found = _ROLE_OR_PLACE_AFTER.match(text, end)
    return found is not None and (found[1] is None or _is_role(found[1]))


_ROLE_OR_PLACE_AFTER = re.compile(r" (?:([a-z]{3,}) [A-Z][a-z]|(?:chapel|church|mosque|temple|synagogue|cathedral|"
                                  r"parish|vestry|cemetery|graveyard|farm|estate|quarry|mine|harbour|harbor|pier|wharf|"
                                  r"jetty|marina|creek|stream|lake|loch|lough|beach|village|hamlet|township|suburb|"
                                  r"valley|glen)\b(?! [A-Z]))")
"""A lower-case word and a capitalised one (group 1: the word, a role's if any), or a place noun with no capitalised
word after it. One pattern, one match a run (two cost a second call for most runs): a place noun never matches
where the first branch does (its word is the whole lower-case word, with a capitalised one after it)."""


def given_name_as_noun(text: str, start: int, prefix: list[str], word: str) -> bool:
    """Whether the one-word run ``word`` at ``start`` (no title words before it, ``prefix``) is a given name written
    right after "the": a noun there, no one's name ("passed the Bill"; English names take no article). Part 41."""
    return not prefix and text.endswith("the ", max(0, start - 4), start) and bool(given_gender(word))

