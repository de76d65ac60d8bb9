"""Organisations a definite description stands for ("the company" after "The online bank Pennywell", "le groupe"
after "Le groupe Valmont", "the regulator" after "The … Regulatory Authority", "the operator" after "ScotRail says
…", "der Verband" after "Der Kommunale Arbeitgeberverband Niedersachsen (KAV)"), an institution opening a German or
French sentence by its name, and the roles an article says it will not name ("the landlord, who asked not to be
identified"). Split out of :mod:`reader.quotes.role_phrases` (over 500 lines), which resolves descriptions with
these. Pure Python, no Textual or Rich import."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from functools import cache

from reader.quotes.given_names import given_gender
from reader.quotes.institutions import INTRODUCED_WITHIN, authority_named, last_within
from reader.quotes.more_words import BUSINESS_HEADS, CLUB_HEADS
from reader.quotes.run_pieces import UPPER
from reader.quotes.words import _DAYS, _DEMONYMS, _FUNCTION, _ORG_WORDS, _PLACES, _ROLES, _TITLES

_ANONYMOUS = re.compile(r",? (?:(?:who|which) (?:asked|requested|spoke|declined|did not want|was not authori[sz]ed)"
                        r"[^.,]{0,40}?(?:named|identified|anonymity|name|publicly)"
                        r"|(?:der|die) (?:anonym bleiben|nicht genannt werden|(?:seinen|ihren) Namen nicht)"
                        r"|qui (?:a requis|préfère garder|souhaite garder|tient à garder) l['’]anonymat"
                        r"|qui (?:a souhaité|souhaite|préfère|veut) "
                        r"(?:rester anonyme|taire son nom|garder l['’]anonymat)"
                        r"|qui ne (?:souhaite|veut) pas (?:être nommée?|être citée?|donner son nom)"
                        r"|sous couvert d['’]anonymat|, speaking on (?:the )?condition of anonymity)")
"""A role's own clause saying the article will not name them ("the landlord, who asked not to be identified,", "die
Leiterin einer Grundschule, die ihren Namen nicht nennen möchte", "un député, qui a requis l’anonymat")."""
_OWNED_ARTICLES = frozenset("the le la l' l’ der die das".split())
"""Definite articles: "the company" may stand for an organisation named before ("its company" stands for none)."""
_KINDS_OF_BUSINESS = {
    "company": "company firm group maker manufacturer retailer chain airline operator utility startup publisher "
               "broadcaster automaker carmaker giant bank lender insurer contractor supplier developer carrier",
    "bank": "bank lender", "club": "club", "charity": "charity trust", "regulator": "regulator watchdog",
    "newspaper": "newspaper paper publisher", "network": "network broadcaster", "airline": "airline carrier",
    "retailer": "retailer chain", "union": "union", "label": "label"}
_BUSINESSES = {noun: frozenset(kinds.split()) for noun, kinds in _KINDS_OF_BUSINESS.items()}
for _noun in ("firm", "group"):
    _BUSINESSES[_noun] = _BUSINESSES["company"]
for _noun in ("manufacturer", "lender", "operator", "utility", "startup", "publisher", "broadcaster", "automaker",
              "carmaker", "trust", "watchdog", "paper", "chain", "maker"):
    _BUSINESSES.setdefault(_noun, frozenset((_noun,)))
"""English organisation nouns that stand for a business named before them, and the nouns that may have
introduced it ("The online bank Pennywell" for "the company" or "the bank"; not "the club" after "the
manufacturer, Agrinova"); not "the campaign", "the court": their names are people's or places'."""
_INTRODUCING = re.compile(r"\b(?:" + "|".join(sorted({kind for kinds in _BUSINESSES.values() for kind in kinds}))
                          + r")\b")
"""A business's noun (a search in C: the introductions are read around each one, not by one pattern that could
try every split of a long run of capitals)."""
_NAME_AFTER = re.compile(r" ([A-Z][\w&’'.-]{0,40}(?: (?:[A-Z][\w&’'.-]{0,40}|&)){0,3})"
                         r"(?=[,.;:(]| [\d$€£]| (?:said|says|"
                         r"announced|reported|confirmed|added|is|was|has|had|will|would|[a-z]{3,}ed)\b)")
"""The name right after a business's noun, up to four words, then a stop or a verb ("bank Pennywell said")."""
_NAME_AFTER_COMMA = re.compile(r" ([A-Z][\w&’'.-]{0,40}(?: (?:[A-Z][\w&’'.-]{0,40}|&)){0,3})(?:,| (?:of|in|from) "
                               r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}(?:, [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)?)?,)")
"""A business's name in apposition after its noun and a comma, closed by a comma, maybe after where it is from ("The
towing company, Harlan Marine Transport of Paducah, Kentucky, said"; part 41)."""
_CALLED = re.compile(r"(?: of [a-z]+(?: [a-z]+){0,2})?,? (?:calling (?:itself|themselves)|called|known as|named) "
                     r"([A-Z][\w&’'.-]{0,40}(?: (?:[A-Z][\w&’'.-]{0,40}|&)){0,4})(?=[,.;:(]| [a-z])")
"""A business or group's name given after its noun ("a group of residents calling itself Keep Harmon Rural")."""
_PREPOSITION_BEFORE = re.compile(r"\b(?:at|for|of|with|from|by|to|in|on|about|against)(?: the| an?| its| their)?"
                                 r"(?: [\w-]+){0,2} $", re.IGNORECASE)
"""A preposition shortly before a business's noun: the business is a complement ("a lawyer at the firm Ames &
Cole", "a spokesman for the company"), not introduced as itself."""


class Introductions:
    """What :func:`named_organisation` read of an English text, kept between calls (the patterns, the narrative and
    the ranker ask about the same "the company" again): the business nouns of each 512-character chunk, and the name
    each noun introduces. Cleared with the attributor's other per-range caches."""

    _CHUNK = 512

    def __init__(self) -> None:
        self.chunks: dict[int, list[re.Match[str]]] = {}
        self.names: dict[int, list[str] | None] = {}

    def clear(self) -> None:
        self.chunks.clear()
        self.names.clear()

    def nouns(self, text: str, floor: int, offset: int) -> list[re.Match[str]]:
        """The business nouns that start between ``floor`` and ``offset``, in order."""
        found: list[re.Match[str]] = []
        for chunk in range(floor // self._CHUNK, (offset - 1) // self._CHUNK + 1):
            matches = self.chunks.get(chunk)
            if matches is None:
                start = chunk * self._CHUNK  # (a noun that starts in the chunk may end past it)
                matches = self.chunks[chunk] = list(_INTRODUCING.finditer(text, start, start + self._CHUNK + 16))
            found.extend(m for m in matches if floor <= m.start() < offset and m.start() < (chunk + 1) * self._CHUNK)
        return found


def _english_introduction(text: str, kinds: frozenset[str], floor: int, offset: int,
                          memo: Introductions) -> list[str] | None:
    """The name of the last business introduced with one of ``kinds`` between ``floor`` and ``offset``: "the online
    bank Pennywell said …" (the noun before the name), "Agrinova, a seed company that …" or "The manufacturer of
    the herbicide, Agrinova," (after it, in apposition). Read around each noun with bounded, anchored patterns."""
    found: list[str] | None = None
    for noun in memo.nouns(text, floor, offset):
        if noun.group() not in kinds:
            continue
        if noun.start() not in memo.names:
            memo.names[noun.start()] = _introduced_at(text, noun)
        found = memo.names[noun.start()] or found
    return found


def _introduced_at(text: str, noun: re.Match[str]) -> list[str] | None:
    """The name the business's ``noun`` introduces where it stands (see :func:`_english_introduction`), else None:
    read in a window of its own around the noun, so the answer holds for every caller (it is remembered)."""
    start, end = noun.start(), noun.end()
    if text.startswith(("’s", "'s"), end) or _PREPOSITION_BEFORE.search(text, max(0, start - 40), start):
        return None  # ("the company's founder"; "a lawyer at the firm Ames & Cole": a complement)
    after = _NAME_AFTER.match(text, end, end + 120) or _CALLED.match(text, end, end + 120)  # ("A group of
    # residents calling itself Keep Harmon Rural said")
    if after is None and text.startswith(", ", end):  # "the council’s housing company, Castlebridge Homes,"
        after = _NAME_AFTER_COMMA.match(text, end + 1, end + 160)
    if after is None and text.startswith(" of ", end):  # "The manufacturer of the herbicide, Agrinova,"
        comma = text.find(", ", end, end + 40)
        after = _NAME_AFTER.match(text, comma + 1, comma + 120) if comma > 0 else None
    if after is not None:
        return after.group(1).split()
    # "Agrinova, a seed company that …": the name before ", a … company", the apposition closing after it
    lead = text.rfind(", ", max(0, start - 40), start)
    if not (lead > 0 and _APPOSED_ARTICLE.match(text, lead) and _OPENING_APPOSITION.search(text, lead + 2, start)
            and _APPOSITION_CLOSES.match(text, end)):
        return None
    words = text[max(0, lead - 60) : lead].split()[-4:]
    run = len(words)
    while run > 0 and (words[run - 1][:1].isupper() or words[run - 1] == "&"):
        run -= 1
    return words[run:] or None


_APPOSED_ARTICLE = re.compile(r", (?:an?|the) ")
_OPENING_APPOSITION = re.compile(r"(?:[\w-]+ ){0,3}$")
_APPOSITION_CLOSES = re.compile(r"[,.;]| (?:that|which|based|owned|of|in|best|known|whose|behind|founded"
                                r"|headquartered)\b")


_FRENCH_ORG_ADJECTIVES = tuple("""allemand allemande français française américain américaine italien italienne
    espagnol espagnole britannique suisse belge néerlandais néerlandaise chinois chinoise japonais japonaise canadien
    canadienne suédois suédoise européen européenne pharmaceutique industriel industrielle agroalimentaire automobile
    bancaire hôtelier familial familiale public publique privé privée international internationale national
    nationale régional régionale local locale mondial mondiale chimique textile sucrier sucrière laitier laitière
    agricole coopératif coopérative minier minière pétrolier pétrolière aéronautique énergétique informatique
    numérique sidérurgique papetier papetière viticole logistique""".split())
"""Adjectives that stand between a French organisation noun and its name ("le groupe allemand Kessler Guss"): a
closed list, so no verb is read as one ("L’association interpelle Anne Hidalgo")."""


@cache
def _introduced_with_name(noun: str, french: bool = False) -> re.Pattern[str]:
    """A noun (in any case) and the capitalised name after it: "Le groupe Valmont", "der Konzern Brenner AG"; in
    French, with the lower-case words a name may end with before its comma ("L’association Bocage vivant,")."""
    tail = r"(?:(?: [a-zàâçéèêëîïôûù]+){1,2}(?=,))?" if french else ""
    kind = (r"(?: (?:de |du |des |d’)(?!la |les )[a-zàâçéèêëîïôûù]+(?: [a-zàâçéèêëîïôûù]+){0,2}"
            r"| (?:" + "|".join(_FRENCH_ORG_ADJECTIVES) + r"))?") if french else ""
    # ("l’association de protection animale Refuge Libre": what kind, then the name; "le groupe allemand Kessler
    # Guss": a nationality or another adjective; not "le ministère de la Santé publique": its complement, part 37)
    return re.compile(rf"\b(?i:{re.escape(noun)}){kind} ((?:[{UPPER}][\w&’'-]*)(?: [{UPPER}][\w&’'-]*){{0,2}}{tail})")


def unnamed_on_purpose(text: str, end: int) -> bool:
    """Whether the role description ending at ``end`` is followed by its own clause saying the article will not
    name the person (:data:`_ANONYMOUS`), past its complement ("die Leiterin | einer Grundschule im Kreis Gießen,
    die ihren Namen nicht nennen möchte") and within its sentence: then it stands for no one the article names."""
    stop = text.find(".", end, end + 120)
    return _ANONYMOUS.search(text, end, stop if stop >= 0 else end + 120) is not None


_LEDE = 700
"""The first characters of an article, its lede: an organisation introduced there with its name is the one "das
Unternehmen" or "l’entreprise" stands for anywhere after, when none was introduced nearer (part 42)."""


def named_organisation(text: str, lang: str, noun: str, offset: int, memo: Introductions | None = None,
                       is_person: Callable[[str], bool] | None = None, bare: bool = True) -> str | None:
    """The organisation an article introduced with its name, for a definite description of it: in French or
    German, with the same noun ("Le groupe Valmont, spécialiste des emballages, …" for "le groupe"; "der Konzern
    Brenner Automotive" for "der Konzern"); in English, with a business's noun before or after the name ("The
    online bank Pennywell said …" or "The manufacturer of the herbicide, Agrinova, rejected …", then "“…,” the
    company said"). The last within :data:`INTRODUCED_WITHIN` characters before ``offset``; None when there is
    none (English: nor for a campaign, a government, a court: their names are people's or places'). ``memo``: what
    each noun was read to introduce, by offset (the caller's, cleared with its other per-range caches)."""
    if lang == "en":
        kinds = _BUSINESSES.get(noun)
        floor = max(0, offset - INTRODUCED_WITHIN)
        words = (_english_introduction(text, kinds, floor, offset, Introductions() if memo is None else memo) or []
                 ) if kinds is not None else []
        if not words:  # by its name's head, else as its paragraph's last speaker; only for a bare "the agency", not
            if not bare:  # "the fire department", "the bank’s board": a kind of one
                return None
            speaking = kinds is not None or noun in _SPEAKING_ORGS
            return _not_since(head_named(text, noun, offset), text, noun, offset) or (
                subject_named(text, offset, is_person) if is_person is not None and speaking else None) or (
                article_subject(text, noun, offset, is_person) if is_person is not None else None) or (
                _not_since(_registered_named(text, offset), text, noun, offset, True) if noun in ("company", "firm")
                else None) or (_trade_named(text, offset) if noun == "company" else None)
        if given_gender(words[0]) or words[0].lower() in _TITLES or words[0].lower() in _ROLES:
            return None  # a person's name, or a title ("the company CEO, Mary Barra")
    else:
        def introduction(end: int) -> re.Match[str] | None:  # the last in the INTRODUCED_WITHIN characters before
            return last_within(_introduced_with_name(noun, lang == "fr"), text, end) or max((  # ``end``: the same
                found for kin in _KINDRED.get(noun, ()) if (found := last_within(_introduced_with_name(  # noun first,
                    kin, lang == "fr"), text, end))), key=lambda m: m.start(), default=None)  # "le groupe" is "Le
            # groupe Renault", not "le fabricant Verkor" named since; else its kin, "écrit l’association" after "Le
            # collectif Respirons Valbrune"
        introduced = introduction(offset) or (introduction(_LEDE) if offset > INTRODUCED_WITHIN else None)  # (else
        # the lede's, whatever the distance: "Der E-Bike-Hersteller Radwerk Sauerbach baut …" 1,800 characters before
        # "erklärte das Unternehmen", part 42)
        words = introduced.group(1).split() if introduced else []
        article = text[max(0, introduced.start() - 5) : introduced.start()].split()[-1:] if introduced else []
        if lang == "de" and introduced and not (article and article[0][:1].isupper()):
            return None  # (German: only a sentence's subject, "Der Konzern Brenner Automotive streicht"; not "hatte
            # der Konzern Millionen Euro Verlust gemacht", whose capitalised nouns are no name)
        if lang == "de" and not introduced:
            if noun in _KINDRED["unternehmen"] and (found := last_within(_named_with_head(_REGISTERED_DE), text,
                                                                          offset)):
                return _name_of(found)  # "bei der NordNetz Kommunikation GmbH …. Das Unternehmen bestätigte" (43)
            return authority_named(text, noun, offset)
        if lang == "fr" and not introduced and noun in _TRADE_NOUNS_FR and (
                found := last_within(_trade_name_fr(noun), text, offset)):
            return found.group(0)  # "la fromagerie" for "la Fromagerie des Auges" named before (part 38)
        if lang == "fr" and not introduced and noun in _KINDRED["entreprise"]:
            # a registered name: "son propriétaire, Immeubles Riverain inc., …. écrit l’entreprise"
            found = last_within(_named_with_head(_REGISTERED_FR), text, offset)
            name = _name_of(found) if found else None  # ("inc." keeps its full stop; "Verdal SAS." ends a sentence)
            return name + "." if name and found and name.endswith(("inc", "Inc", "ltée")) and text.startswith(
                ".", found.end()) else name
    if not words or words[0].lower() in _FUNCTION or (lang == "de" and len(words) < 2):
        return None  # (German capitalises every noun: "das Unternehmen Gewinne" names nothing; two words may)
    return " ".join(words)


_FAMILIES = ("association collectif coordination", "entreprise société groupe firme industriel constructeur fabricant "
             "enseigne opérateur prestataire", "unternehmen konzern firma hersteller betrieb")
_KINDRED = {noun: tuple(family.split()) for family in _FAMILIES for noun in family.split()}
"""French and German organisation nouns that stand for one another ("l’association" for the organisation an article
introduced as "Le collectif Respirons Valbrune", "das Unternehmen" for "der Konzern Brenner Automotive")."""


_TRADE_NOUNS_FR = frozenset("fromagerie distillerie brasserie laiterie scierie fonderie sucrerie".split())
"""French businesses named by their trade, capitalised as their name's first word ("la Fromagerie des Auges",
"la Distillerie Bellevue"): the noun alone later stands for the one named."""


@cache
def _trade_name_fr(noun: str) -> re.Pattern[str]:
    """The name of a French business opened by its trade noun: "Fromagerie des Auges", "Scierie Dubois"."""
    return re.compile(rf"\b{noun.capitalize()}(?: (?:de la |de l[’']|du |des |de |d[’'])?[{UPPER}][\w’'-]*)+")


_LAST_RESORT_HEADS = {"agency": "Service"}
"""Heads read only when no other stands before ("the agency" for "The National Weather Service issued …", not for
a "Forest Service" ranger named after "The Environmental Protection Agency": part 22 had dropped "Service")."""
_TRADE_HEADS = "(?:" + "|".join(sorted(
    (head for head in BUSINESS_HEADS | {"Healthcare"} if head.isalpha() and head[1:].islower() and head not in (
        CLUB_HEADS | {"Ltd", "Co", "Inc", "Corp", "Holdings", "Bank", "Press", "Capital", "Partners", "Ventures"})),
    key=len, reverse=True)) + r")(?! [A-Z])"
"""The last word of a business's name by its trade ("Fulcrum Logistics", "Kestrel Healthcare"; not a registered
one's, :data:`_REGISTERED`, nor "World Bank"), ending the name: not "the Asuboi Water Treatment Plant"."""
_NAME_HEADS = {"agency": "Agency Administration Bureau", "authority": "Authority",
               "regulator": "Authority Commission Regulator Administration Agency Office", "service": "Service Guard",
               "department": "Department", "ministry": "Ministry", "board": "Board", "council": "Council",
               "commission": "Commission", "trust": "Trust", "charity": "Charity Trust Foundation",
               "hospital": "Hospital Infirmary", "university": "University", "company": "Company Corporation Inc",
               "committee": "Committee", "bureau": "Bureau", "foundation": "Foundation", "institute": "Institute",
               "team": "Team", "festival": "Festival", "society": "Society", "association": "Association",
               "label": "Records Music", "airline": "Air Airways Airlines",
               "carrier": "Air Airways Airlines"}
"""English: the last words of an organisation's name a generic noun may stand for ("the agency" after "The
Environment Agency", "the regulator" after "The South African Health Products Regulatory Authority", "the
service" after "The Coast Guard")."""


_NOT_OPENING_A_NAME = frozenset("The A An In At On By For From But And and & Sir Dame Lord Lady".split())


@cache
def _named_with_head(heads: str) -> re.Pattern[str]:
    return re.compile(rf"\b((?:(?:[A-Z][\w&’'.-]*|and|&) ){{0,6}}(?:{heads})"
                      rf"(?: of(?: the)?(?: [A-Z][\w’'-]*){{1,3}})?)\b")


def _name_of(found: re.Match[str]) -> str | None:
    """The organisation's name a :func:`_named_with_head` match holds, without the article or day before it; None
    when fewer than two words are left (a head alone names nothing)."""
    words = found.group(1).split()
    while words and (words[0] in _NOT_OPENING_A_NAME or words[0].lower() in _DAYS):
        words = words[1:]
    return " ".join(words) if len(words) >= 2 else None


def _last_with_head(heads: str, text: str, offset: int) -> re.Match[str] | None:
    """The last :func:`_named_with_head` match of ``heads`` (words, space-separated) within the
    :data:`INTRODUCED_WITHIN` characters before ``offset``. A match holds one of the heads as written, so when none is
    there (a scan in C) there is none, and no pattern is compiled: a pattern per noun cost ~0.5% of finding on 1 MB
    of news, compiled afresh in each process."""
    floor = max(0, offset - INTRODUCED_WITHIN)
    if all(text.find(head, floor, offset) < 0 for head in heads.split()):
        return None
    return last_within(_named_with_head("|".join(heads.split())), text, offset)


def head_named(text: str, noun: str, offset: int) -> str | None:
    """English: the organisation an article named in the :data:`INTRODUCED_WITHIN` characters before ``offset``
    whose name ends with a head ``noun`` may stand for (:data:`_NAME_HEADS`), without its article; else None."""
    heads = _NAME_HEADS.get(noun)
    if not heads:
        return None
    found = _last_with_head(heads, text, offset) or (
        _last_with_head(_LAST_RESORT_HEADS[noun], text, offset) if noun in _LAST_RESORT_HEADS else None)
    if found is None or re.match(r" [A-Z]", text[found.end() : found.end() + 2]):
        return None  # (the head inside a longer name: "the Royal Air Force" is no airline)
    return _name_of(found)


_REGISTERED = "Holdings|Ltd|Limited|plc|PLC|LLC|Inc|Corp|Corporation|GmbH"
"""The last words of a registered company's name: "the company" stands for "Tamar Maritime Holdings" named before,
when nothing else does (:func:`_registered_named`)."""


_REGISTERED_FR = "inc|Inc|ltée|Ltée|SARL|SAS|SA"
_REGISTERED_DE = "GmbH|AG|KG|KGaA|SE"
"""French: the last words of a registered company's name ("Immeubles Riverain inc.", "Verdal SAS")."""


def _not_since(name: str | None, text: str, noun: str, offset: int, subject: bool = False) -> str | None:
    """``name`` unless another of ``noun``'s kind was introduced between it and ``offset`` ("Jane Holt worked for
    Barclays PLC before joining a small accountancy firm. “…,” the firm said": that firm, not Barclays; "a separate
    team of specialists …. The team said"), or unless it was only the complement of a preposition with no clause
    of its own when ``subject`` asks for one ("worked for Barclays PLC", not "from Tamar Maritime Holdings, which
    said")."""
    if name is None:
        return None
    at = text.rfind(name, max(0, offset - INTRODUCED_WITHIN), offset)
    if at < 0 or text.find(" " + noun, at, offset) >= 0 and re.search(  # (the noun first: a look at C speed)
            rf"\b(?:[Aa]n?|[Aa]nother)\b(?: [\w’'-]+){{0,3}} {re.escape(noun)}\b", text[at:offset]):
        return None
    after = text[at + len(name) : at + len(name) + 8]
    return None if subject and _PREPOSITION_BEFORE.search(text, max(0, at - 40), at) and not after.startswith(
        ", which") else name


def _trade_named(text: str, offset: int) -> str | None:
    """English, for "the company" when nothing else named it: the business last named by its trade's head
    (:data:`_TRADE_HEADS`) as a clause's subject, a passive's agent or an owner ("at Fulcrum Logistics' centre ….
    what the company called", "distributed here by Kestrel Healthcare. “…,” the company said"), not as another
    complement ("a strike on Wessex Valley Trains services")."""
    found = last_within(_named_with_head(_TRADE_HEADS), text, offset)
    name = _name_of(found) if found else None
    if name is None or found is None or given_gender(name.split()[0]):
        return None  # (none, or a person's name: "Sarah Power")
    at = found.end() - len(name)
    opening = re.search(r"(?:^|[.!?:;,]\s+|\bby\s+)(?:[Tt]he\s+)?$", text[max(0, at - 20) : at]) is not None
    return _not_since(name, text, "company", offset) if opening or text.startswith(("'", "’"), found.end()) else (
        None)  # (not an object: "joined Pennine Logistics", "told the Associated Press"; "owned by …" is an agent)


def _registered_named(text: str, offset: int) -> str | None:
    """English: the registered company (:data:`_REGISTERED`) last named in the :data:`INTRODUCED_WITHIN` characters
    before ``offset``, by two words at least, without its article ("… the £46m proposal from Tamar Maritime Holdings,
    which said …. The company said it was “deeply disappointed”"); None when there is none."""
    found = last_within(_named_with_head(_REGISTERED), text, offset)
    if found is None:
        return None
    return _name_of(found)


_WHICH = (r"(?P<which>, which [^,.;]{1,80},|, (?:the|a|an) (?:[\w-]+ ){0,3}(?:organisation|organization|charity|group|"
          r"body|coalition|federation|association|movement|union|agency)\b[^,.;]{0,80},|"
          r" (?:welcomed|criticised|criticized|backed|opposed|rejected|condemned) [^,.;”“\"]{1,60} (?:but|and)"
          r"(?= said it))?")
"""A relative clause of a thing between a name and its verb ("Glaslyn Water, which manages the reservoir, said"), an
apposition naming a kind of body ("Mudiad Meithrin, the national organisation for …, said"), or a verb of judging
and "but said it" ("Humane Society International welcomed the trial but said it …"; part 43)."""
_SAYING_SUBJECT = re.compile(r"(?:^|(?<=[.!?”\"])\s+|\n|, |(?<=[—–] ))(?:The )?"
                             r"([A-Z][\w&’'.-]*(?: (?:[A-Z][\w&’'.-]*|of|and|&)){0,4})" + _WHICH +
                             r" (?:said|says|told|announced|confirmed|added|warned|stated|wrote|(?:has |have |had )?"
                             r"(?:issued|released) a statement)\b", re.MULTILINE)
"""A capitalised name as the subject of a saying verb ("Brackley Freight said it was …", "In a statement, Aldara
said", "ScotRail says all services …", "Glaslyn Water, which manages the reservoir, said": "which" tells a thing)."""
_UNQUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_NO_NAME = frozenset("It He She They We I This That These Those Its His Her Their A An One Mr Mrs Ms Dr".split())
_SPEAKING_ORGS = frozenset("""airline operator university club carrier agency council board union organisation
    organization charity hospital school trust service network bank retailer insurer regulator museum authority
    department ministry society association group coalition federation team""".split())
"""English organisation nouns (besides the businesses of :data:`_BUSINESSES`) that stand for the organisation a
sentence before named as its speaker."""
_SUBJECT_WITHIN = 400


def subject_named(text: str, offset: int, is_person: Callable[[str], bool]) -> str | None:
    """English: the organisation named as the subject of a saying verb in the paragraph of ``offset``, in the
    :data:`_SUBJECT_WITHIN` characters before it ("ScotRail says all services … will stay suspended. “…,” the
    operator said."), when it is the last such subject there and says "it" after its verb or is one word that
    ``is_person`` says is no person's; None otherwise."""
    paragraph = text.rfind("\n", 0, offset) + 1
    floor = max(0, offset - _SUBJECT_WITHIN, paragraph)  # (in the paragraph: a firm named
    last = deque(_SAYING_SUBJECT.finditer(text, floor, offset), maxlen=1)  # paragraphs before may not be the one)
    before = not last and paragraph > 1 and floor == paragraph and not _RUN.search(_UNQUOTED.sub(
        "", text[paragraph:offset]))  # (a name inside the words themselves is no speaker: part 43)
    if before:  # "The Clare Coast Tourism Network, which represents …, said it was disappointed.¶In a post on X,
        end = paragraph - 1  # the group wrote: “…”"
        while end > 0 and text[end - 1].isspace():
            end -= 1
        last = deque(_SAYING_SUBJECT.finditer(text, max(text.rfind("\n", 0, end) + 1, end - _SUBJECT_WITHIN), end),
                     maxlen=1)  # (the paragraph before, when this one names no one before the words)
    if not last:
        return None  # (only the last speaker before: "Marcus Bell said …. “…,” the union said." is no one's)
    name = last[0].group(1)
    it = text.startswith((" it ", " its "), last[0].end()) or bool(last[0].group("which"))  # ("Brackley Freight
    # said it was …", "Glaslyn Water, which manages …, said": a firm)
    named = it or " " not in name and not is_person(name) and not before or (
        name.count(" ") == 1 and name.split()[0].isupper() or "statement" in last[0].group(0)) and not is_person(
            name)  # ("RSPB Scotland said", "The Cedar Forks Mudpuppies have issued a statement": a body; part 43)
    return name if named and name.split()[0] not in _NO_NAME and not name.endswith(("’s", "'s")) else None


_ARTICLE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?”\"])\s+|\n(?:\d{1,2}[:.]\d{2}\s+)?|(?<=[—–] ))(?:The )?"
    r"([A-Z][\w&’'.-]*(?: (?:[A-Z][\w&’'.-]*|of|and|&)){0,4})" + _WHICH + " "
    r"(?:(?:has|had|is|was|will|would|says|said|plans|expects|employs|operates|owns|runs|faces|insists|denies|admits"
    r"|hopes|wants|apologi[sz]es)|[a-z]{3,}ed(?= [a-z\d]))(?P<it> its?\b)?", re.MULTILINE)
"""An English name opening a sentence (or a live blog's timed entry, or after a dateline's dash) as the subject of a
finite verb: "Wessex Valley Trains has cancelled …", "Harborough Town parted company with …", "13:40 Pennine Water
has asked …", "DUBLIN — Atlantica Airways cancelled 240 flights"."""
_ARTICLE_NOUNS = frozenset("company firm operator airline retailer chain utility startup club publisher "
                           "broadcaster bank lender".split())
"""Generic nouns only: not "the group" (as often an advocacy group, a band, a people), nor a kind of business the
article may name twice ("the manufacturer" after "Atlantica Airways has ordered 20 jets from the manufacturer
Boeing" is Boeing, not the airline that opened the sentence)."""
_KIND_HEADS = {"airline": frozenset("Airways Airlines Air".split()),
               "publisher": frozenset("Press Books Publishing Publishers Media House".split()),
               "broadcaster": frozenset("Media Broadcasting TV Television Radio News".split()),
               "bank": frozenset(("Bank",)), "lender": frozenset(("Bank",))}
"""The last words of names a particular business noun stands for (any business's for "the company")."""
_PUBLIC_BANKS = frozenset("World European Central Federal Asian African Inter-American International National "
                          "Reserve Development Investment".split())
_ARTICLE_WITHIN = 5000
"""How far back "the company" looks for the business an article is about (its lede names it, often once)."""


def article_subject(text: str, noun: str, offset: int, is_person: Callable[[str], bool]) -> str | None:
    """English: the business (or, for "the club", the sports club) that last opened a sentence as its subject in the
    :data:`_ARTICLE_WITHIN` characters before ``offset`` (:data:`_ARTICLE_SUBJECT`), for a bare "the company" no
    introduction nor paragraph speaker stands for: "Wessex Valley Trains has cancelled more than 1,800 services
    …. “…,” the company said", "Harborough Town parted company with manager Kevin Delaney …. In a statement, the
    club said". A business's name by its last word (:data:`~reader.quotes.more_words.BUSINESS_HEADS`; a club's,
    ``CLUB_HEADS``; an airline's, "Airways"), or by "it" after its verb; never a name of anything else (a union or
    a ministry opening a sentence is not "the company"), a place, a public bank, a plural ("Investors welcomed",
    "Supporters of Bristol Rovers"), nor one word with no "it" ("Brexit has cost …")."""
    if noun not in _ARTICLE_NOUNS:
        return None
    club = noun == "club"
    found: str | None = None
    for match in _ARTICLE_SUBJECT.finditer(text, max(0, offset - _ARTICLE_WITHIN), offset):
        name = match.group(1)
        words = name.split()
        if len(words) > 1 and _common_opening(words[0]) and words[1][:1].isupper():
            words = words[1:]  # ("Organisers Larkspur Live said": the organisers, by their name)
            name = " ".join(words)
        last = words[-1]
        if (words[0] in _NO_NAME or last.endswith(("’s", "'s")) or last.lower() in _ORG_KINDS_ELSE
                or name in _PLACES or _common_opening(words[0]) or (last == "Bank" and words[0] in _PUBLIC_BANKS)):
            continue  # (not "Supporters of Bristol Rovers", "Salt Lake City", "The World Bank")
        heads = _KIND_HEADS.get(noun, CLUB_HEADS if club else BUSINESS_HEADS)
        if club and last in ("City", "Town", "County") and len(words) != 2:
            continue  # ("Salt Lake City has launched a bid": a city; "Harborough Town", "Bristol City" are clubs)
        if last in heads or not club and (match.group("it") or match.group("which")) and not is_person(name):
            found = name  # (one word only with "it" after its verb: "Aldara said it …"; not "Brexit has")
    floor = max(0, offset - _ARTICLE_WITHIN)
    paragraph = text.rfind("\n", floor, offset) + 1 or floor  # (bounded: one long line is read once, not per call)
    if found is None or text.find(found, paragraph, offset) >= 0:
        return found
    others = (run.group() for run in _RUN.finditer(text, paragraph, offset))
    return None if any(run.split()[-1] in BUSINESS_HEADS or run.split()[-1].lower() in _ORG_WORDS
                       for run in others) else found  # ("… at Vanguard Logistics Services in Belgium …. The
    # company confirmed": that one, not the airline a paragraph before named)


_RUN = re.compile(r"[A-Z][\w&’'.-]*(?: [A-Z][\w&’'.-]*)+")


_ORG_KINDS_ELSE = frozenset("""federation union association council ministry department party court police government
    agency authority commission university college school committee institute society parliament congress senate
    office guard army navy service workers foundation trust hospital board church league coalition campaign""".split())
"""Last words of names of what "the company" is not."""


def _common_opening(name: str) -> bool:
    """Whether a one-word subject is a capitalised common word, a place or a people rather than a firm's name
    ("Investors welcomed", "Police said", "Officials have", "Scotland has")."""
    key = name.lower()
    return " " not in name and (key in _FUNCTION or key in _ROLES or key.rstrip("s") in _ROLES or key in _DAYS
                                or name in _PLACES or name in _DEMONYMS)
