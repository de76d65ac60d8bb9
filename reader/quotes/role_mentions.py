"""Where a role description stood before in the article: one that says it refers back ("le médecin urgentiste
cité plus haut"), a French or German role the article mentions without a name ("le procureur de la
République"), which :meth:`reader.quotes.role_phrases.RolePhrases._description` then reads as no guess, the person
a French or German paragraph just introduced, whom a role after the cue stands for ("Nadia, 34 ans, vit …. « … »,
raconte la jeune femme"), and the indefinite description "the source" refers back to ("A Labour source"). Pure
string work."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from reader.quotes.descriptions import _ELIDED, _is_role
from reader.quotes.given_names import given_gender
from reader.quotes.namesakes import Person
from reader.quotes.organisations import unnamed_on_purpose
from reader.quotes.pronoun_words import DEFENDANTS

if TYPE_CHECKING:
    from reader.quotes.people import People

_REFERS_BACK = re.compile(r"\b(?:(?:cité|citée|évoqué|évoquée|mentionné|mentionnée|interrogé|"
                          r"interrogée)s? (?:plus haut|précédemment|auparavant)|déjà (?:cité|citée|évoqué|évoquée)|"
                          r"(?:quoted|mentioned|cited) (?:earlier|above|before|previously))\b")
"""Words after a description that say it refers back to someone introduced earlier in the article ("le médecin
urgentiste cité plus haut", "the nurse quoted earlier"), searched for in the characters after it. (It was
preceded by ``[^,.;:!?«»“”„\n]{0,40}?``, meant to keep it in the clause; but a search may start right at the
words, so that never changed whether one was found, and cost ~40 tries at each of the 60 characters.)"""
_REFERS_BACK_CHARS = 60
_REFERS_BACK_BEFORE = frozenset("""eingangs bereits oben zitierte erwähnte zitierten erwähnten""".split())
"""German words before a description's head that refer back ("der eingangs zitierte Landwirt")."""


def refers_back(text: str, offset: int, words: list[str]) -> bool:
    """Whether the description at ``offset`` (its words ``words``, lower case) says it refers back to someone
    the article introduced before ("le médecin urgentiste cité plus haut", "der eingangs zitierte Landwirt")."""
    return (_REFERS_BACK.search(text, offset, min(len(text), offset + _REFERS_BACK_CHARS)) is not None
            or not _REFERS_BACK_BEFORE.isdisjoint(words))


def nameless_before(text: str, role: str, offset: int, inside: Callable[[int], bool]) -> bool:
    """Whether the French or German role ``role`` stood in the article before ``offset`` with its definite
    article and no name after it ("a confirmé jeudi le procureur de la République. …", then "a indiqué le
    procureur"): a role the article does not name, so the later one is no guess at the last man named. Not in a
    quotation (``inside``): a speaker's "Der Trainer hat mich gefragt" is no role the article leaves nameless."""
    if not role.isalpha() or len(role) < 4:
        return False
    for match in _nameless(role).finditer(text, max(0, offset - _NAMELESS_BEFORE), max(0, offset - 1)):
        if not _NAME_AFTER.match(text, match.end(), match.end() + 60) and not inside(match.start()):
            return True
    return False


_NAMELESS_BEFORE = 3000
_NAME_AFTER = re.compile(r"[^.;:!?]{0,40}?(?:,\s*|\s)(?:Me |Dr |M\. |Mme )?[A-ZÀ-Ý][\w’'-]+\s+"
                         r"(?:(?:de|von|van|Le|La) )?[A-ZÀ-Ý]")
"""A name (two capitalised words) soon after a role: "le maire de Lorient, Bernard Mahé", "Staatsanwalt Jan Ohl"."""


@cache
def _nameless(role: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:le|la|l[’']|der|die|den|dem|des)\s*{re.escape(role)}\b", re.IGNORECASE)


_SENTENCE_END = re.compile(r"[.!?][»“”«\"]?\s+")
_AGED = re.compile(r"([A-ZÀ-ÖØ-Ý][\w’'-]+(?: [A-ZÀ-ÖØ-Ý][\w’'-]+)?), "
                   r"(?:\d{1,3} (?:ans|Jahre)\b|(?:der|die) \d{1,3}-Jährige)")
"""A person the sentence opens with and gives an age, though only a given name is written ("Nadia, 34 ans, vit
…", "Jacqueline, 74 ans, patiente …")."""
_SENTENCES_BACK = 3
_BACK_CHARS = 800
_PREPOSITIONS = frozenset("à au aux en dans pour par sur avec chez selon im am beim vom zum zur mit von nach bei"
                          " für".split())


def opening_subject_before(text: str, floor: int, offset: int, gender: str, mentions: Sequence[int],
                           people: Sequence[Person]) -> str | None:
    """French and German: the person who opens one of the last sentences before ``offset`` in its paragraph (from
    ``floor``) as its subject, of ``gender`` or of none known, for a definite role after a cue that no one named
    holds: the article's epithet for the one just introduced ("Nadia, 34 ans, vit …. « … », raconte la jeune
    femme"; "Kapitän Jonas Reinecke stellte sich …. »…«, sagte der Innenverteidiger"; "Son pilier géorgien Levan
    Beridze, exclu …, était remonté. « … », a pesté le pilier"). The subject may follow a role ("ihr Kollege
    Dariusz Nowak"); sentences that open with a quotation are passed over. ``mentions``/``people``: the people
    index's mentions, in order."""
    floor = max(floor, offset - _BACK_CHARS)  # (a bounded window: a paragraph of thousands of sentences stays linear)
    starts = [floor] + [m.end() for m in _SENTENCE_END.finditer(text, floor, offset)]
    for start in reversed(starts[-_SENTENCES_BACK - 1 :]):
        if start >= offset or text[start : start + 1] in "«»„“\"":
            continue
        aged = _AGED.search(text, start, min(offset, start + 80))
        if aged is not None and (aged.start() == start or text[start : aged.start()].endswith(", ")):
            # (after an opening phrase: "Dans la salle d’attente, Jacqueline, 74 ans, patiente …")
            name = aged.group(1)
            return name if (given_gender(name.split()[0]) or "") in ("", gender) else None
        index = bisect_left(mentions, start)
        if index == len(mentions) or mentions[index] >= min(offset, start + 80):
            continue
        if text[mentions[index] : mentions[index] + 6].split(None, 1)[0].lower() in _PREPOSITIONS:
            continue  # ("À Lucas, peut-être.": an object)
        prefix = text[start : mentions[index]].split()
        if prefix and not (len(prefix) <= 6 and any(_is_role(_ELIDED.sub("", w.strip(",")).lower()) for w in prefix)
                           and not any(mark in w for w in prefix for mark in "«»„“\"")):
            continue
        person = people[index]
        return person.full if person.gender in ("", gender) else None
    return None


_INTRODUCED_WITHIN = 1200
"""How far back (characters) "the source" looks for the "A Labour source" it refers to."""


_INDEFINITE_ARTICLES = {"en": "[Aa]n?|[Oo]ne|[Aa]nother", "fr": "[Uu]ne?", "de": "[Ee]ine?r?"}
_ARTICLE_WORDS = {"en": ("a", "A", "an", "An", "one", "One", "another", "Another"), "fr": ("un", "Un", "une", "Une"),
                  "de": ("ein", "Ein", "eine", "Eine", "einr", "Einr", "einer", "Einer")}
""":data:`_INDEFINITE_ARTICLES` written out, for :func:`indefinite_may_end_at`."""


_NOT_DESCRIBING = (r"(?:(?!(?:the|a|an|for|of|to|with|at|in|on|by|from|and|or|de|du|des|la|le|les|à|pour|"
                   r"auprès|der|des|von|dem)\b|[lLdD][’'])[\w’'-]+ ){0,3}?")
"""Up to three words between an indefinite article and its role, none a determiner nor a preposition (not "a
question for the president"), each followed by one space."""


@cache
def _indefinite(role: str, lang: str) -> re.Pattern[str]:
    """An indefinite description headed by ``role``: "A Labour source", "one Western diplomat", "un diplomate
    français" (up to three words between, no full stop), by the articles of the article's language (French "a"
    is a verb: "Ouchène a été élu meilleur joueur" is no "un joueur")."""
    return re.compile(rf"\b(?:{_INDEFINITE_ARTICLES.get(lang, _INDEFINITE_ARTICLES['en'])}) "
                      rf"{_NOT_DESCRIBING}{re.escape(role)}\b")


_INDEFINITE_OPENINGS = {lang: re.compile(rf"\b(?:{articles}) {_NOT_DESCRIBING}\Z")
                        for lang, articles in _INDEFINITE_ARTICLES.items()}
"""What :func:`_indefinite` matches before its role, for any role: searched for up to where the role is written."""
_BOUNDARY = re.compile(r"\b")


def indefinite_ending_at(text: str, floor: int, at: int, role: str, lang: str) -> tuple[int, int] | None:
    """Where the :func:`_indefinite` match of ``role`` searched for in ``text[floor : at + len(role) + 1]`` starts
    and ends, when it ends with the role written at ``at`` (else None). When that is the role's only occurrence
    there, any match ends with it: the search is that of its words before, up to ``at``, by one pattern for
    every role (a pattern per role word, compiled afresh in each process, cost ~0.3% of finding on 1 MB of news);
    the pattern of the role is searched for only when the role is written twice there ("a source close to another
    source": a match may end with the first)."""
    end = at + len(role)
    if text.find(role, floor, end + 1) != at or text.find(role, at + 1, end + 1) >= 0:
        found = _indefinite(role, lang).search(text, floor, end + 1)
        return (found.start(), found.end()) if found is not None and found.end() >= end and not (
            _GENERIC_BEFORE.search(text, max(0, found.start() - 8), found.start())) else None
    if _BOUNDARY.match(text, end, end + 1) is None:
        return None
    opening = _INDEFINITE_OPENINGS.get(lang, _INDEFINITE_OPENINGS["en"]).search(text, floor, at)
    if opening is not None and _GENERIC_BEFORE.search(text, max(0, opening.start() - 8), opening.start()):
        return None  # ("Une première pour un coureur national": any runner, no one introduced; part 43)
    return (opening.start(), end) if opening is not None else None


_GENERIC_BEFORE = re.compile(r"(?:^|\W)(?:pour|for|für|sans|without|ohne) $")
"""A preposition before an indefinite role that makes it anyone of that role, never someone introduced."""


def indefinite_may_end_at(text: str, floor: int, at: int, lang: str) -> bool:
    """Whether an :func:`_indefinite` match searched for from ``floor`` may end with the role written at ``at``: a
    space before it, and an article ending one of the four space-separated words before that (the pattern's words
    are separated by single spaces). Asked before the search (a look at C speed): most role words have no article
    just before them ("the source said"), and a pattern per role word, compiled afresh in each process, cost ~0.7%
    of finding on 1 MB of news."""
    return text[at - 1 : at] == " " and any(word.endswith(_ARTICLE_WORDS.get(lang, _ARTICLE_WORDS["en"]))
                                            for word in text[floor : at - 1].split(" ")[-4:])


def unnamed_partitive(text: str, role: str, offset: int) -> bool:
    """Whether the last "One of … <role>s" in the :data:`_INTRODUCED_WITHIN` characters before ``offset`` is followed
    by its own clause saying the article will not name that one ("One of Harwick's ten largest shareholders, who asked
    not to be named"): then "the shareholder" stands for that one, no one named (part 26)."""
    floor = max(0, offset - _INTRODUCED_WITHIN)
    if text.find("ne of ", floor, offset) < 0:
        return False  # (no partitive: most descriptions, read with no search)
    found = deque(re.finditer(rf"\b[Oo]ne of (?:[\w’'-]+ ){{0,4}}?{re.escape(role)}s\b", text[floor:offset]),
                  maxlen=1) if text.find(role + "s", floor, offset) >= 0 else deque()  # (no plural: no pattern built)
    if not found:  # (another word for them, just after: "One of the paper’s five co-authors, who asked not to be
        floor = max(floor, offset - 400)  # named, …. “…,” the researcher said")
        found = deque(re.finditer(r"\b[Oo]ne of (?:[\w’'-]+ ){0,4}?[\w-]+s\b(?=,)", text[floor:offset]), maxlen=1)
        if found and re.search(rf"\b{re.escape(role)}\b(?!s)", text[floor + found[0].end() : offset], re.IGNORECASE):
            return False  # (the role named since: "…, who asked not to be named, …. Manager Rob Edwards …. “…,” the
            # manager said" is his)
    return bool(found) and unnamed_on_purpose(text, floor + found[0].end())


def defence_counsel(role: str, offset: int, text: str) -> str | None:
    """Whom "le conseil du prévenu" (the defendant's ``role`` at ``offset``, after "conseil", "avocat" or "défenseur"
    and "du") stands for: the defence's lawyer, the last one named "Me …" before it, not the one on trial (part 44);
    None when the role is no defendant's or no lawyer's word comes before it."""
    if role not in DEFENDANTS or not _COUNSEL_OF.search(text, max(0, offset - 24), offset):
        return None
    counsel = _COUNSEL_NAMED.findall(text, max(0, offset - 3000), offset)
    return counsel[-1] if counsel else None


def trial_subject(role: str, gender: str, offset: int, people: People) -> str | None:
    """Whom a trial's defendant ("la prévenue", "der Angeklagte") no one named holds stands for: the person of the
    article's gender (or of none known) named most often before ``offset`` (of several named as often, the one alone
    on trial): the one the report is about ("Sandrine Mougenot, 54 ans, comparaissait …"), when words in the
    sentence of one of their mentions put them on trial (:data:`_ON_TRIAL`), even after "la prévenue" stood
    nameless. Else None."""
    if role not in DEFENDANTS and role not in _ONE_OF_US or not gender:
        return None
    counts: dict[str, int] = {}
    end = bisect_left(people.mentions, offset)
    start = max(bisect_left(people.mentions, offset - _TRIAL_CHARS), end - _TRIAL_MENTIONS)  # (bounded: a file of
    for person in people.mention_people[start:end]:  # many trials and many mentions stays linear)
        if person.gender == gender or not person.gender and (people.lang != "de" or given_gender(
                person.full.split(" ", 1)[0], "de")):  # (or of no known gender: "Serge-Alain Mbarga Owona, 38 ans,";
            counts[person.full] = counts.get(person.full, 0) + 1  # in German only by a given name, as German
            # capitalises nouns: not "zu 20 Monaten bedingter Haft" read as a name, part 32)
    most = max(counts.values(), default=0)
    text = people.text
    tried = {person.full for at, person in zip(people.mentions[start:end], people.mention_people[start:end],
                                               strict=True)
             if counts.get(person.full) == most and _on_trial(text, at, bool(person.gender))}
    if not tried:  # a court report writes its defendant's surname as an initial ("Olivier D.", "Gernot K."): the
        tried = {full for full in counts if _INITIAL_SURNAME.fullmatch(full)}  # one so named is on trial when no
        # words put anyone there (part 44)
    return tried.pop() if len(tried) == 1 else None  # (not the judge or the victim named most: "Richter Klaus
    # Berger verlas …"; of two named as often, the one on trial: "À la barre, le gérant, Yannick Le Goff, … Son
    # avocat, Paul Girard, …", part 32)


_INITIAL_SURNAME = re.compile(r".+ [A-ZÀ-ÝÄÖÜ]\.")
"""A name whose surname a court report gives as its initial ("Olivier D.", "Gernot K.")."""
_COUNSEL_OF = re.compile(r"\b(?:conseil|avocate?|défenseure?) d(?:u |e la |e l['’])\Z")
_COUNSEL_NAMED = re.compile(r"\bMe ((?:[A-ZÀ-Ý][\w'’-]+ ){0,2}[A-ZÀ-Ý][\w'’-]+)")
"""A French lawyer's honorific and name ("Me Quentin Halleux"), whom "le conseil du prévenu" stands for."""
_ONE_OF_US = frozenset("homme femme mann frau pensionist pensionistin rentner rentnerin retraité retraitée".split())
"""Nouns for anyone ("a répondu le jeune homme"): at a trial, the one on trial whom the report names most (part
39), as a defendant's role is."""


def witness_subject(role: str, offset: int, people: People, gender: str = "") -> str | None:
    """Whom "the witness" ("die Zeugin", "le témoin"), "the plaintiff" ("die Klägerin", "la plaignante") or "the
    bride" ("der Bräutigam", :data:`WEDDED`) stands for: the one person (of ``gender``, when the role tells one)
    named before ``offset`` whose mention's sentence has them testify after it ("Detective Sergeant Fatmata
    Mansaray, attached to …, was testifying in the trial"), sue ("Dort klagen Dr. Leyla Hartmann-Öztürk und Bernd
    Hartmann gegen die Kirchengemeinde": not after "gegen", whom one sues), else None (not the last person named:
    the defence lawyer, the judge; part 37). In a wedding's story, the bride or the groom is the first person of
    that gender named."""
    if role in WITNESSES:
        words, anywhere = _TESTIFYING, False
    elif role in PLAINTIFFS:
        words, anywhere = _SUING, True
    elif role in WEDDED:  # in a wedding's story, the first person of the role's gender named (part 38)
        end = bisect_left(people.mentions, offset)
        return next((person.full for person in people.mention_people[:end] if person.gender == WEDDED[role]),
                    None) if 0 <= _first_wedding_word(people.text) < offset else None
    else:
        return None
    end = bisect_left(people.mentions, offset)
    start = max(bisect_left(people.mentions, offset - _TRIAL_CHARS), end - _TRIAL_MENTIONS)
    text, found = people.text, set()
    for at, person in zip(people.mentions[start:end], people.mention_people[start:end], strict=True):
        if gender and person.gender and person.gender != gender:
            continue
        sentence_start, sentence_end = _sentence_around(text, at)
        if words.search(text, sentence_start if anywhere else at, sentence_end) and not (
                anywhere and _AGAINST.search(text, sentence_start, at)):
            found.add(person.full)
    return found.pop() if len(found) == 1 else None


WITNESSES = frozenset("witness zeuge zeugin témoin".split())
PLAINTIFFS = frozenset("plaintiff claimant kläger klägerin plaignant plaignante".split())
_TESTIFYING = re.compile(r"\b(?:testif(?:y|ying|ied|ies)|took the stand|gave evidence|giving evidence|"
                         r"als Zeug(?:e|in)|témoign(?:e|ait|ant|é|ée))\b")
"""Words after a person's mention that make them the witness of a trial report."""
_SUING = re.compile(r"\b(?:klag(?:t|en|te|ten)|sued|suing|is suing|brought the (?:claim|case)|porte plainte|a porté "
                    r"plainte|poursuit|poursuivent)\b")
"""Words in a person's mention's sentence that make them the one who sues."""
WEDDED = {"bride": "f", "braut": "f", "mariée": "f", "groom": "m", "bridegroom": "m", "bräutigam": "m", "marié": "m"}
"""The couple of a wedding, each of a gender (part 38: "erzählt die Braut" after "Jacqueline Nowak und Emre Yıldırım
wollten heiraten")."""
_WEDDING = re.compile(r"\b(?:[Hh]eirat\w*|Hochzeit\w*|Brautpaar|Trauung|wedding|married|marry|marrying|mariage|"
                      r"mari(?:er|és|ées)|se marient)\b")
"""Words that make an article a wedding's story."""


@lru_cache(maxsize=2)
def _first_wedding_word(text: str) -> int:
    """Where the first of :data:`_WEDDING` stands in ``text``, or -1: read once per text, not once per "the bride"
    (a long text of many would have been read from its start for each)."""
    found = _WEDDING.search(text)
    return found.start() if found else -1


def _on_trial(text: str, at: int, gendered: bool) -> bool:
    """Whether the sentence of the mention at ``at`` puts that person on trial: a word of :data:`_ON_TRIAL` after
    it with no "contre"/"gegen" between (not "Camille Martin avait porté plainte contre l'homme jugé"), and no
    judge's role just before it (not "Le président, Yao Kouadio, a déjà jugé …"); for a person of no known gender,
    within 100 characters of the name."""
    sentence_start, sentence_end = _sentence_around(text, at)
    found = _ON_TRIAL.search(text, at, sentence_end if gendered else min(sentence_end, at + 100))
    if found is None:
        found = _ON_TRIAL.search(text, sentence_start, at)  # (before it, not the victim's: "comparaît pour le
        return found is not None and not _JUDGE_BEFORE.search(text, max(sentence_start, at - 30), at) and (  # …
            not _OBJECT_OF.search(text, found.end(), at) or text[found.start()].isupper() and text.endswith(
                ", ", 0, at))  # meurtre de Paul Morel"; but an opening participle's subject after its comma: "Jugé
        # mardi … pour le vol de quatre-vingt-sept ruches …, Didier Chastagner, 51 ans,": part 42)
    return not _AGAINST.search(text, at, found.start()) and not _JUDGE_BEFORE.search(
        text, max(sentence_start, at - 30), at)


_AGAINST = re.compile(r"\b(?:contre|gegen|against)\b")
_OBJECT_OF = re.compile(r"\b(?:de|du|des|contre|gegen|against|von|vom|of|wegen|pour|für)\b|\bd[’']")
_JUDGE_BEFORE = re.compile(r"\b(?:président|présidente|juge|magistrat|magistrate|procureur|procureure|richter|"
                           r"richterin|vorsitzende|vorsitzender|staatsanwalt|staatsanwältin)\b", re.IGNORECASE)
"""A judge's or a prosecutor's role right before a name: the one who tries, not the one tried."""


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    """Roughly the sentence holding ``at``: from after the last ". " or line break before it to the next."""
    floor, ceiling = max(0, at - 300), min(len(text), at + 300)  # (bounded: a line with no full stop)
    ends = [end for end in (text.find(". ", at, ceiling), text.find("\n", at, ceiling)) if end >= 0]
    return max(text.rfind(". ", floor, at), text.rfind("\n", floor, at), floor - 1) + 1, min(ends, default=ceiling)


_TRIAL_CHARS = 20_000
_TRIAL_MENTIONS = 400
"""How far back (characters, mentions) :func:`trial_subject` counts a report's people."""
_ON_TRIAL = re.compile(r"(?:\b(?:compara(?:ît|issait|issaient|ît-elle|ît-il)|comparu|comparue|[Jj]ugée?|[Pp]oursuivie?|"
                       r"mise? en examen|angeklagt|vor Gericht|verantworten|beschuldigt|verurteilt|[Cc]ondamnée?)|"
                       r"(?<!ppelé )(?<!ppelée )(?<!ppelés )(?<!venue )(?<!venu )(?<!\w)[Àà] la barre(?! d)|"
                       r"(?<!\w)[Àà] l[’']encontre d(?:e|u)|\bson (?:propre )?procès|"
                       r"\bihr(?:em|en)? (?:eigenen )?Prozess|\bUrteil (?:verkündet|verkündete|gesprochen|verlesen))\b")
"""Words that put a person on trial near a mention (the defendant's, not the judge's or the victim's; "À la barre,
le gérant, Yannick Le Goff, 46 ans, conteste …": part 32; "la peine prononcée … à l’encontre de Gérard Le Nédélec":
part 42; not a witness "appelée à la barre"; "l'issue de son propre procès", "Als die Richterin das Urteil
verkündet, senkt Bernd F. den Kopf": part 43)."""


def apposed_to(text: str, end: int, mention: int) -> bool:
    """Whether the name at ``mention`` is apposed to the description ending at ``end`` ("A broker involved in the
    financing, Sean Quayle,"): after a comma, within 60 characters, no sentence ending between."""
    between = text[end:mention]
    return mention < end + 60 and between.rstrip().endswith(",") and not any(stop in between for stop in ".!?")


AGE_APPOSITIVE = re.compile(r"\(?\d{1,3}\)?(?: (?:ans|years? old|Jahre(?: alt)?))?")
"""An age apposed to a name ("Gérard Le Nédélec, 63 ans,", "John Dunmore, 63,"): the role after its comma is
still the name's ("…, 63 ans, ancien trésorier de l’Étoile sportive": part 42)."""
_APPOSED_GAP = re.compile(rf",\s+(?:{AGE_APPOSITIVE.pattern},\s+)?")


def apposed_after(text: str, start: int, name_end: int) -> bool:
    """Whether the description starting at ``start`` is apposed to the name ending at ``name_end`` ("John Dunmore,
    63, a former treasurer of the club,": the treasurer is he, not someone introduced by the indefinite; part 42)."""
    return bool(_APPOSED_GAP.fullmatch(text, name_end, start))

_IN_A_STATEMENT = re.compile(r"\b(?:said|says|wrote|added|announced) in (?:a|an|its|his|her|their) (?:[\w-]+ )?"
                             r"statement\b|\b[Ii]n a (?:[\w-]+ )?statement(?: (?:issued|released|posted|published) "
                             r"[^,.;:!?“”\"]{1,40})?, ")
# ("In a statement issued on Sunday, the ministry said": part 37; "issued in Moshi yesterday,": part 45)
"""A cue and "in a statement": its subject issued the statement that "“…,” the statement said" then quotes."""
_ANOTHER_STATEMENT = re.compile(r"\bstatements?\b")
_CUE_AFTER = re.compile(r"\b(?:said|says|announced|added|wrote|stated|insisted)\b")
"""The cue verb of a statement's issuer: the match's own, or the first after "In a statement,"."""


def statement_issuer(text: str, starts: Sequence[int], offset: int,
                     subject_at: Callable[[int, int, int], str | None]) -> str | None:
    """Who issued the statement "the statement said" at ``offset`` quotes: the subject (``subject_at``, given where
    the cue verb starts and ends, and where its sentence may be read from) of the last cue before it, in its
    paragraph or the one before, that says something "in a statement" ("The district, which …, said in a statement
    that …", "In a statement, the agency said" → the district, the agency; part 32; at most 3,000 characters back: a
    huge paragraph stays linear; the cue up to 160 characters past "In a statement," and the subject read after its
    comma, part 38). None when no cue does so, or another statement is spoken of since ("The union released its own
    statement")."""
    block = bisect_right(starts, offset) - 1
    for number in (block, block - 1):
        if number < 0:
            continue
        last = deque(_IN_A_STATEMENT.finditer(text, max(starts[number], offset - 3000), offset), maxlen=1)
        if last:  # (the cue verb is where the match starts, or the first after "In a statement,")
            start, end = last[0].span()
            if _ANOTHER_STATEMENT.search(text, end, offset):
                return None
            opening = text[start] in "Ii"  # ("In a statement, the Society …, which …, said": read after its comma)
            verb = _CUE_AFTER.search(text, end if opening else start, min(offset, end + 160))
            return subject_at(verb.start(), verb.end(), end if opening else 0) if verb is not None else None
    return None


_COURT_OFFICIALS = frozenset("""juge procureur procureure substitut substitute magistrat magistrate greffier greffière
    richter richterin staatsanwalt staatsanwältin""".split())
_COURT_CHAIRS = frozenset("président présidente vorsitzende vorsitzender".split())
_COURTS = frozenset("tribunal cour chambre gerichts landgerichts amtsgerichts".split())


def not_the_accused(role: str, after: Sequence[str], last: Callable[[int], str | None], gender: str,
                    people: People) -> Callable[[int], str | None]:
    """``last`` (whom a role no one named holds stands for, as a pronoun would) for a court's own ("a relevé la
    présidente du tribunal", "sagte die Richterin"), never the one on trial the report names most: the defendant
    she questions was the last woman named (part 45). Other roles: ``last`` itself."""
    if role not in _COURT_OFFICIALS and (role not in _COURT_CHAIRS or _COURTS.isdisjoint(after)):
        return last

    def other(at: int) -> str | None:
        found = last(at)
        return "" if found and found == trial_subject("prévenu", gender, at, people) else found
    return other
