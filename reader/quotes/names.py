"""Names in an article's text: the runs of capitalised words that may name someone, each cut into its title words
and its name core ("Vermont Sen. Bernie Sanders" -> "Vermont Sen." and "Bernie Sanders"), and the words the article
writes in lower case (a capitalised word also written in lower case is a common word at a sentence's start).

A pure function of the text, read once per document (:func:`scan_names`, :func:`lower_case_words`; another process
may read them meanwhile: :mod:`reader.quotes.parallel`). :mod:`reader.quotes.people` builds the index of who the
article names from them. Split out of that module, which grew past 500 lines. Pure Python."""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable
from dataclasses import dataclass

from reader.quotes import more_words
from reader.quotes.given_names import given_gender
from reader.quotes.run_pieces import UPPER, ledes_in, pieces_apart
from reader.quotes.spans import Spans
from reader.quotes.words import (
    _DEMONYMS,
    _FUNCTION,
    _HONORIFICS,
    _NUMBER_WORDS,
    _OF_HEADS,
    _ORG_NOUNS,
    _ORG_WORDS,
    _PLACES,
    _POST_NOMINALS,
    _ROLES,
    _SUFFIXES,
    _TITLES,
    _is_code,
)

_TOKEN = re.compile(r"\d++(?:[.,]\d++)++|[\w\u00ad]++(?:[-’'‘][\w\u00ad]++)*+|[^\w\s]")
"""A word (with its hyphens and apostrophes), a number with separators ("250,000"), or one other character.
Possessive quantifiers: no piece could give a character back to the next (digits before a separator, word
characters before a hyphen), so the matches are those of the plain pattern, without the engine's backtracking
state (~10% faster; tests/unit/test_quote_tokens.py checks both on any text)."""
_CAP_RUN = re.compile(
    rf"[{UPPER}][\w\u00ad]*+(?:[-’'‘][\w\u00ad]++)*+\.?"
    rf"(?:(?: | (?:von der|von|van der|van den|van|de la|de|da|di|du|del|della|dos|bin|al|ibn|ben|ter|ten|ap) "
    rf"(?![A-Z]{{2,}}\b)|(?<=\bVan) (?:den|der) |(?<=\bVon) der |(?<=\bDe) la )"
    rf"[{UPPER}][\w\u00ad]*+(?:[-’'‘][\w\u00ad]++)*+\.?)*"
)
"""A run of capitalised words (with the particles a name holds, not before an abbreviation: "Selin Aydoğan | von
der AK Wien", part 38). Possessive quantifiers inside a word: what follows a word's letters or its hyphenated parts
never starts with one, and all after the first capital is optional, so the matches are the plain pattern's (~8%
faster on news text)."""
_POSSESSIVE = re.compile(r"[’'‘]s?$")

_LOWER_WORD = re.compile(r"[a-zäöüéèàç](?<!\w[a-zäöüéèàç])[\w’']*+")
"""A word written in lower case: a lower-case letter with no word character before it, then word characters
and apostrophes (what a word boundary before the letter gives), with the letter first in the pattern so that the
regex engine skips to candidate letters instead of testing a boundary at every character of a 20 MB text."""
_WORDS_CHUNK = 1 << 16
"""Characters of text split at a time in :func:`lower_case_words`."""


def lower_case_words(text: str) -> set[str]:
    """Every word the text writes in lower case (a capitalised word the article also writes in lower case is a
    common word at a sentence's start, not a name: "Officials", "Perhaps"). No word holds a space
    (``str.split``'s whitespace is what ``\\s`` matches, and no whitespace is a word character), so the words
    are those of the text's whitespace-separated chunks, joined by newlines (the look-behind sees whitespace
    before a chunk either way); news text repeats its words, so each 64 KiB piece's *distinct* chunks go
    through the regex, not all 20 MB of it. Pieces, not the whole text at once: one split of 20 MB held ~3
    million strings, and even a megabyte at a time with a set of every distinct chunk was a 15 MB peak in the
    quotation finder's child (issue 14's memory); per piece it is ~1 MB, for ~1.2x the time on real news. A
    chunk that is a word found already is left out (the regex would find it alone again: it matches all of it)."""
    words: set[str] = set()
    position, length = 0, len(text)
    while position < length:
        end = text.find(" ", position + _WORDS_CHUNK)
        end = length if end < 0 else end
        chunks = set(text[position:end].split()) - words  # (a new set, made by looking up each chunk: ``-=``
        words.update(_LOWER_WORD.findall("\n".join(chunks)))  # would walk all the words found instead)
        position = end
    return words


_CONTRACTED_PRONOUN = re.compile(
    r"(?i)(?:(?:i|we|they|you|he|she|it|that|there|here|what|who|where|let)[’'](?:m|ve|d|ll|re|s)|\w+n[’']t)$")
"""A pronoun with a contracted verb ("I’m", "They've", "That’s", "Let’s") or a contracted negation ("Don’t",
"Can’t"): capitalised like a name at a sentence's start, never one ("Don’t say “…”" had "Don’t" as its speaker)."""


def cached_core(cores: dict[tuple[str, ...], tuple[list[str], list[str]]], tokens: list[str]
                ) -> tuple[list[str], list[str]]:
    """:func:`_core` of ``tokens``, kept in ``cores`` (names recur); the lists are shared: callers only read them."""
    found = cores.get(key := tuple(tokens))
    return found if found is not None else cores.setdefault(key, _core(tokens))


_LONGEST_CORE = 8
"""Words of a name's core, at most ("Juan Carlos de la Vega y Ruiz Jr." has eight)."""
_CORE_PARTICLES = frozenset("""von van de der den da di du del della le la bin al el ibn ben ter ten ap mac mhic nic
    ní uí ó""".split())  # (Irish: "Siobhán Mac Giolla Bhríde", a particle and two words; "Sarah El Khatib")
_OPENING_PARTICLES = frozenset("von van de der den da di du le la".split())  # (none opens a core: "De Blasio")


def _core(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split a run of capitalised tokens into (title/prefix tokens, name core)."""
    core: list[str] = []
    index = last = len(tokens)
    if "von" in tokens and 2 <= (von := tokens.index("von")) < index - 2 and tokens[von + 1] in ("der", "dem") and (
            given_gender(tokens[von - 2], "de") and tokens[von - 1].lower() not in _SURNAME_PARTICLES):
        index = last = von  # "Ben Reding von der Dreierlinie": a name, then where from (not "Ursula von der Leyen"; 43)
    if index > 2 and tokens[-1] in _POST_NOMINALS and _given_like(tokens[-3]):
        index = last = index - 1  # "Judge Andrew Stubbs KC", "Jane Doe MP" (not "The Conservative MSP")
    full_words = 0
    while index > 0:
        token = tokens[index - 1]
        base = token.rstrip(".")
        key = base.lower()
        if not core and index == last and index >= 2 and key in _SUFFIXES:
            core.insert(0, token)  # "Donald Trump Jr.": part of the name, not one of its two words
            index -= 1
            continue
        if len(core) >= _LONGEST_CORE:  # (a run of thousands of initials, "A A A … Smith": quadratic)
            break
        if (not core and index == last >= 2 and len(token) == 2 and token.endswith(".") and given_gender(
                tokens[index - 2], "de") and (index == 2 or not given_gender(tokens[index - 3], "de"))):  # ("Friseur-
            # lehrling Elif K.": after a title too; "Karl Heinz B." is read as before; "Franz K.", a German given name
            # English news uses as a surname: part 39)
            core.insert(0, token)  # "Yanis B.", "Thomas M.": a defendant the press names by an initial
            index -= 1
            full_words += 1
            continue
        if core and token.endswith(("’s", "'s")):
            break  # "Cruz’s Iowa", "Verizon’s Yahoo", "Boston’s Walsh": a possessive before a name is no part of it
        if key in _CORE_PARTICLES and core and not (token == "Ben" and not (index >= 2 and given_gender(
                tokens[index - 2]))):  # ("Hesperingens Ben Reding": the given name; "Mohammed Ben Salman": part 43)
            core.insert(0, token)
            index -= 1
            continue
        initial = len(base) == 1 and (base.isascii() or token.endswith(".")) or (  # (not the preposition "À")
            token.endswith(".") and token.count(".") > 1)
        if core and initial and (token, index) != ("A", 1) and (key not in _HONORIFICS or (  # ("A Veltrix aide")
                len(key) == 1 and index >= 2 and _given_like(tokens[index - 2]))):  # an initial
            core.insert(0, token)  # (a middle initial after a given name, "Robert M. Danin"; not "M. Macron", nor
            # "Selon M. Dupont")
            index -= 1
            continue
        if not core and index == last and index >= 2 and (
                tokens[index - 2].rstrip(".").lower() in _HONORIFICS
                or (not token.isupper() and (key not in _ORG_WORDS or len(tokens[index - 2].rstrip(".")) == 1)
                    and (_given_or_initial(tokens[index - 2], key in _CIVIC_ROLES) or (
                    index >= 3 and _given_or_initial(tokens[index - 3], key in _CIVIC_ROLES)
                    and tokens[index - 2][:1].isupper()
                    and tokens[index - 2].rstrip(".").lower() not in _TITLES)))):  # ("Martin Luther King")
            # "Mr. King", "Ms. Bishop", "Peter T. King", "Steve King": after an honorific, a given name or an
            # initial, a title word is a surname
            core.insert(0, token)
            full_words += 1
            index -= 1
            continue
        if (
            (key in _FUNCTION and not (key in _NUMBER_WORDS and index > 1))  # ("the Jackson Five", "Tommy Two
            # Feathers": a number after a name's first word is the name's; first, an amount: "Six Trump")
            or key in _TITLES
            or (key.endswith("s") and (key[:-1] in _ROLES or key[:-1] in _ORG_WORDS))
            or key in _HONORIFICS
            or key in _ORG_WORDS or (core and _german_role(key))  # ("Richterin …", "Chefarzt Imhof-Lüthi")
            or (len(core) >= 2 and key in _ROLES and not given_gender(token))  # ("Torhüter Ben Schmit": part 42)
            or (token.isupper() and len(token) > 1)
            or (not core and _demonym_like(key) and not _given_before(tokens, index))
            or (full_words >= 2 and not (full_words == 2 and (index == 1 or _title_word(tokens[index - 2]))
                                         and given_gender(token) and token not in _PLACES))
            # (a third full word only as the run's first or after a title, and a given name: "Hillary Rodham
            # Clinton", "Staatspräsident Álvaro Teixeira Lobo"; not a place, "governor of Virginia Terry McAuliffe")
            or not token[:1].isalpha() or _is_code(token)  # ("EB-5", "H-1B", "F-35": no one's name)
            or ("-" in token and _compound_word(token))
            or ("’" in token or "'" in token) and _CONTRACTED_PRONOUN.match(token) is not None
        ):
            break
        core.insert(0, token)
        full_words += 1
        index -= 1
    while core and core[0].rstrip(".").lower() in _OPENING_PARTICLES:
        if core[0] == "von" and index > 0 and tokens[index - 1] in _PEOPLE_OF:
            return tokens, []  # "die Männer von Appenzell Innerrhoden": a place's people, no one's name (not "die
            # Stunde von Idrissa Camara", "Ministerin von der Leyen"; part 39)
        core.pop(0)
    if core and index > 0 and tokens[index - 1].rstrip(".").lower() in ("st", "saint", "ste"):
        if index >= 2 and len(core) == 1 and given_gender(tokens[index - 2]):
            return tokens[: index - 2], tokens[index - 2 :]  # "Marcella St Rose": a surname after a given name
        return tokens, []  # a saint's name is a church's, a place's or a school's ("St Mary's church", "St. Louis")
    if len(core) == 1 and core[0].rstrip(".").lower() in _SUFFIXES:
        return tokens, []  # a suffix alone names nobody
    if len(core) == 1 and index > 0 and core[0].lower() in _ROLES and tokens[index - 1].rstrip(".").lower() in _TITLES:
        return tokens, []  # "Former Republican": a title and a role word, nobody's name
    return tokens[:index], core


_PEOPLE_OF = frozenset("""Männer Frauen Leute Bewohner Bewohnerinnen Einwohner Einwohnerinnen Bürger Bürgerinnen
    Stimmbürger Bauern Fischer Menschen Wähler Wählerinnen""".split())
"""German plurals for a place's people, before "von" and the place."""


def _title_word(word: str) -> bool:
    """Whether ``word`` is a title, an honorific or a role ("Staatspräsident", "Politikwissenschaftler")."""
    key = word.rstrip(".").lower()
    return key in _TITLES or key in _HONORIFICS or key in _ROLES or _german_role(key)


_GERMAN_ROLE_ENDINGS = more_words.GERMAN_WOMEN_S_ROLES + more_words.GERMAN_ROLE_COMPOUNDS + (
    "anwalt", "meister", "wissenschaftler")


def _german_role(key: str) -> bool:
    """Whether the lower-case ``key`` is a German compound role by its head ("Staatspräsident", "Rechtsanwalt",
    "Politikwissenschaftler", "Richterin"): a title before a name, never a given name."""
    return len(key) > 7 and key.endswith(_GERMAN_ROLE_ENDINGS)


def _given_or_initial(word: str, before_role: bool = False) -> bool:
    """An initial ("T.", not the article "A") or an English given name ("Steve"): what stands before a surname.
    ``before_role``: the next word is a role: a city that is a given name is the city ("the Austin Mayor")."""
    base = word.rstrip(".")
    if base in _PLACES or (before_role and base in _PLACE_NAMES):
        return False  # "the Virginia Governor", "the Austin Mayor": a place, not a given name
    return (len(base) == 1 and base.isupper() and (word.endswith(".") or base not in "AI")) or bool(given_gender(base))


def _given_like(word: str) -> bool:
    """Whether ``word`` may be a given name before a middle initial that is also an honorific ("Edwin M. Truman",
    "Roxana M. Leon"): a capitalised word that is no title, honorific or function word ("Selon M. Dupont",
    "Depuis M. Dupont", "Former M. Smith" keep "M." as the honorific)."""
    key = word.lower()
    return (word[:1].isupper() and word.isalpha() and not word.isupper() and key not in _TITLES
            and key not in _HONORIFICS and key not in _FUNCTION and key not in _FRENCH_OPENERS)


_FRENCH_OPENERS = frozenset("selon pourtant depuis puis lorsque enfin encore toutefois cependant néanmoins".split())
"""French words that open a sentence before "M. Dupont" and are in no function-word list."""


def _given_before(tokens: list[str], index: int) -> bool:
    """Whether ``tokens[index - 1]``, a word with a people's ending, is a surname after a given name ("Craig
    Minassian", "Kim Kardashian"): the word before it is a given name (:func:`given_gender`, or one given to men
    and women alike, :data:`~reader.quotes.more_words.SHARED_GIVEN`). Not any capitalised word: "Coptic
    Christian", "Sierra Leonean", "Old Order Amish" are peoples (a review's finding), "Former Syrian" a title's."""
    if index < 2 or tokens[index - 1].title() in _DEMONYMS:
        return False
    word = tokens[index - 2]
    shared = more_words.SHARED_GIVEN
    return word[:1].isupper() and word.isalpha() and (bool(given_gender(word)) or word.lower() in shared)


def _compound_word(token: str) -> bool:
    """Whether a hyphenated word is no name's: a number ("Twenty-two") or an adjective whose part after a hyphen
    is an English word in lower case ("TV-friendly", "House-era", "Kremlin-backed", "Trump-style"); not a Korean
    or Chinese given name, whose syllables may be as long ("Ki-moon", "Jong-un", "Hsien-loong", "Dong-young"); a
    party and a place ("D-San Jose", "R-Texas")."""
    parts = token.split("-")
    return parts[0].lower() in _NUMBER_WORDS or parts[0] in ("D", "R", "I") or any(  # "D-San Jose": a party tag
        part.islower() and part.isalpha() and (
            (len(part) >= 6 and part.endswith(more_words.COMPOUND_ENDINGS)) or part in more_words.COMPOUND_HEADS)
        for part in parts[1:])


_DEMONYM_ENDINGS = ("ian", "ean", "ish", "ese")
"""Endings of the words for a people or a language ("Syrian", "English"), which end no name's core unless a
given name or an initial stands before ("Bryan English", "Giovanni Maria Vian")."""


def _demonym_like(key: str) -> bool:
    """Whether the lower-case ``key`` ends like a word for a people or a language (:data:`_DEMONYM_ENDINGS`, or a
    German one, :data:`~reader.quotes.more_words.GERMAN_DEMONYM_STEMS`: not "Caflisch"), and is no given name
    ("Brian", "Ian", "Sean", "Julian", "Hamish" alone were no one's name until part 32)."""
    stem, found, _ = key.rpartition("isch")
    return (key.endswith(_DEMONYM_ENDINGS) and not (key.endswith("ese") and key[-4:-3] not in "nlumto") or bool(
        found) and stem in more_words.GERMAN_DEMONYM_STEMS) and not given_gender(key)  # (not "Varghese", "Genovese",
    # "Reese": surnames)


_PLACE_NAMES = frozenset("""Austin Charlotte Madison Jackson Chelsea Florence Eugene Tyler Lincoln Houston
    Denver Dallas Cleveland Phoenix Orlando Sydney Savannah Raleigh Jordan Kent Douglas Augusta Helena Regina
    Victoria Troy Sherman Warren Franklin Clinton Hamilton Preston Beverly Shelby Dayton Vernon Marion Carson Aurora
    Alexandria""".split())
"""Cities and states that are also given names: before a title word a place ("the Austin Mayor"), no surname."""


_CIVIC_ROLES = _ROLES - frozenset("king bishop pope judge dean prince knight major baron duke cardinal marshal".split())
"""Roles that are no common surname: after a city that is also a given name they make a title ("the Austin
Mayor"), where "Douglas King" is a name."""
_SURNAME_PARTICLES = frozenset("von van de der den da di du del della le la el ter ten dos das ó ní nic uí ap".split())
"""Particles that open a surname in any case ("von der Leyen", "Le Pen", "De Vries"); never a given name."""
_PARTICLES = _SURNAME_PARTICLES | frozenset("bin al ibn ben".split())
"""Particles of a surname ("Ursula von der Leyen"): never a given name."""


def given_then_surname(core: list[str], lang: str) -> bool:
    """Whether a name's ``core`` is a given name and a surname, that surname maybe with its particle ("Sandrine
    Morel", "Sandrine Le Bihan", "Yann Le Goff")."""
    return (len(core) == 2 or len(core) == 3 and (core[1].lower() in _SURNAME_PARTICLES or bool(given_gender(
        core[1])))) and bool(given_gender(core[0], lang))  # (two given names: "Ana Lúcia Ferreira")


def given_two_surnames(core: list[str], lang: str) -> bool:
    """Whether a name's ``core`` is a given name and two surnames ("Aïssatou Ndiaye Faye", "Abdelkerim Saleh
    Moussa"), no organisation's word among them (part 38: read so in French and German articles)."""
    return len(core) == 3 and bool(given_gender(core[0], lang)) and not any(t.lower() in _ORG_WORDS for t in core)


_PLACE_OPENERS = frozenset("""Fort Port San Santa Saint St. Costa Cape Lake Mount Capitol Tel Buenos Rio Las Los
    El Sierra Puerto Bay Palm Grand Great Little Upper Lower Wall Real Boko Goldman Exxon Deutsche""".split())
"""First words of places and firms read like a full name ("Costa Rica", "Real Madrid"): no "she" or "he"."""
_PLACE_ENDINGS = frozenset("""Hill Hills City Valley Beach Island Islands Isles Isle County Park Street Bay Harbor
    Harbour Springs Falls Heights Town Rica Worth Aires Aviv Madrid Sachs Mobil Haram Lumpur Janeiro
    Salvador""".split())
"""Last words of places and firms that read like a full name of unknown gender ("Capitol Hill", "Tel Aviv")."""


def identity_of(prefix: list[str], core: list[str]) -> tuple[str, frozenset[str], str]:
    """(surname, given names, suffix) of a name: what tells two people of one surname apart ("Bill Clinton", "Donald
    Trump Jr."). Given names lower-cased, initials and particles left out; a word before a core cut at two words
    counts ("Hillary Rodham Clinton"), unless a title, a role, a function word or a possessive: it only serves to
    match, and may be a word the title lists miss ("Comedian Sarah Silverman"), so a name never shows it."""
    suffix = ""
    names = core
    if len(core) >= 2 and core[-1].rstrip(".").lower() in _SUFFIXES:
        suffix, names = core[-1].rstrip(".").lower(), core[:-1]
    if len(names) == 2 and len(names[0]) <= 6 and more_words.GIVEN_HYPHENED.fullmatch(names[1]):  # ("Lo Wen-hsiung":
        return names[0], frozenset((names[1].lower(),)), suffix  # the family name first)
    given = [word for word in names[:-1] if len(word.rstrip(".")) > 1 and word.lower() not in _PARTICLES
             and not word.endswith(("’s", "'s")) and not _role_not_given(word)]  # "Boston’s Walsh"
    if len(given) > 1 and given[-1] in _SURNAME_OPENERS:
        given.pop()  # "Rosalind Ah Kee" and "Tyrone Ah Kee" are two people, not one by "Ah" (part 39)
    if len(prefix) == 1 and len(given) == 1:  # (not "House Speaker Paul Ryan")
        word = prefix[-1]
        key = word.rstrip(".").lower()
        if (len(key) > 1 and word[:1].isupper() and not word.endswith((".", "’", "'", "’s", "'s"))
                and key not in _FUNCTION
                and key not in _TITLES and key not in _HONORIFICS and key not in _ORG_WORDS
                and not _role_not_given(word)):
            given.append(word)
    return names[-1], frozenset(word.lower() for word in given), suffix


_SURNAME_OPENERS = frozenset(("Ah",))
"""Words that open a surname of two words, not given names ("Ah Kee", "Ah Chee": Chinese names in Australia, New
Zealand and the Pacific)."""


def _role_not_given(word: str) -> bool:
    """Whether ``word`` is a role and no given name: never a given name that tells two people of a surname apart
    ("Verteidiger Dragović" opening a sentence, "Rechtsanwalt Nikolaus Dragović": one man; part 33). A role that
    is also a given name ("Hunter Biden") stays one."""
    key = word.rstrip(".").lower()
    return (key in _ROLES and key not in _ORG_NOUNS or _german_role(key)) and not given_gender(word)  # (not "Team
    # Trump")


@dataclass(slots=True)
class NameScan:
    """Every run of capitalised words in a text that may be a name, as columns: where it starts and ends, and
    its (title words, name core) split as a number into ``splits``. What the people index reads first; a pure
    function of the text (and of the quotations' spans, when given: names quoted are left out), so it can be
    made in another process (:mod:`reader.quotes.parallel`)."""

    starts: array[int]
    ends: array[int]
    split_of: array[int]
    splits: list[tuple[list[str], list[str]]]
    alone: set[str]
    """Names that are a core of one word somewhere in the text (quoted or not)."""
    cores: dict[tuple[str, ...], tuple[list[str], list[str]]]
    """:func:`_core` of each distinct run of tokens met (the index's cache, see :meth:`People.core`)."""

    def outside(self, spans: Iterable[tuple[int, int]]) -> NameScan:
        """The scan without the runs that start inside one of ``spans`` (sorted (start, end) pairs)."""
        starts, ends, split_of = array("q"), array("q"), array("I")
        columns = Spans.of(spans)
        span_starts, span_ends = columns.starts, columns.ends
        count, index = len(columns), -1
        for start, end, number in zip(self.starts, self.ends, self.split_of, strict=True):
            while index + 1 < count and span_starts[index + 1] <= start:
                index += 1
            if index < 0 or not span_starts[index] <= start < span_ends[index]:
                starts.append(start)
                ends.append(end)
                split_of.append(number)
        return NameScan(starts, ends, split_of, self.splits, self.alone, self.cores)


def scan_names(text: str, spans: Iterable[tuple[int, int]] | None = None) -> NameScan:
    """The :class:`NameScan` of ``text``; with ``spans``, without the runs inside them (as
    :meth:`NameScan.outside` would leave, in the same pass).

    Names repeat: each distinct run of capitalised words is split and cut into title and name once (on 20 MB,
    ~350,000 runs of ~20,000 distinct strings), and each occurrence only adds its offsets. A mention inside a
    quotation only ever counts for ``alone`` (the index's passes skip it), so it is not kept. Candidates are
    kept as columns, not as a tuple per occurrence: on 20 MB ~200,000 tuples of four objects made the finder
    child's largest transient peak (~25 MB that its allocator then kept; issue 14's memory)."""
    cand_starts, cand_ends, cand_split = array("q"), array("q"), array("I")
    splits: list[tuple[list[str], list[str]]] = []
    alone: set[str] = set()
    cores: dict[tuple[str, ...], tuple[list[str], list[str]]] = {}
    groups: dict[str, list[tuple[int, int, int]]] = {}
    columns = Spans.of(spans if spans is not None else ())
    span_starts, span_ends = columns.starts, columns.ends
    count, index = len(columns), -1
    # runs come in order: the end of the last quotation opening at or before a run, unchanged until the next opens
    inside_end, ahead, ampersand = -1, span_starts[0] if count else len(text) + 1, "&" in text
    ledes = ledes_in(text)
    for match in _CAP_RUN.finditer(text):
        group = match.group()
        if ledes and match.start() in ledes:
            group = group.title()  # "DEAN MALLETT has been axed …" (see ledes_in)
        pieces = groups.get(group)
        if pieces is None:
            pieces = groups[group] = []
            for start, end, tokens in pieces_apart(group):
                last = tokens[-1]
                if len(last) > 3 and last[-1] in "’'‘s":  # the regex only when a possessive may end it
                    last = tokens[-1] = _POSSESSIVE.sub("", last)
                if not last:
                    continue
                split = cached_core(cores, tokens)
                if not split[1]:
                    continue
                if len(split[1]) == 1:
                    alone.add(split[1][0])
                pieces.append((start, end, len(splits)))
                splits.append(split)
        if not pieces:
            continue
        offset = match.start()
        for start, end, number in pieces:
            start += offset
            if start >= ahead:  # inside a quotation? (the last one opening at or before ``start``)
                while index + 1 < count and span_starts[index + 1] <= start:
                    index += 1
                inside_end, ahead = span_ends[index], span_starts[index + 1] if index + 1 < count else len(text) + 1
            if start < inside_end:
                continue
            end += offset
            if start >= 2 and (before := text[start - 2]) in "fre&”\"":  # (one look says which of these may apply)
                if before in "”\"":  # "Harold “Hal” Dombrowski": the given name before the nickname gets the surname
                    _join_nicknamed(text, start, splits[number], cand_starts, cand_ends, cand_split, splits, cores)
                if before == "f" and text.startswith("of ", start - 3) and _after_of_head(text, start - 3):
                    continue  # "the Board of Elections", "the University of Chicago": an organisation's name
                if before == "r" and text.startswith("for ", start - 4) and _after_of_head(text, start - 4):
                    continue  # "the Association for Marine Science", "Center for American Progress": the same
                if (before == "e" and text.startswith("of the ", start - 7) and " " not in text[start:end]
                        and _after_of_head(text, start - 7, True)):
                    continue  # "the Leader of the Opposition", "the Department of the Interior"
                if before == "&":
                    continue  # "Harbor & Loom": a firm's name
            if ampersand and text[end + 1 : end + 2] == "&":  # ("Johnson & Johnson")
                continue
            if start > 1 and text[start - 1] == "-" and text[start - 2].isdigit():
                continue  # ("der damals 19-Jährigen": a compound's noun after a number, no name; part 40)
            cand_starts.append(start)
            cand_ends.append(end)
            cand_split.append(number)
    return NameScan(cand_starts, cand_ends, cand_split, splits, alone, cores)


_NICKNAME_BETWEEN = re.compile(r" [“\"][A-Z][\w.]{0,15}(?: [A-Z][\w.]{0,15}){0,2}[”\"] ")


def _join_nicknamed(text: str, start: int, split: tuple[list[str], list[str]], cand_starts: array[int],
                    cand_ends: array[int], cand_split: array[int], splits: list[tuple[list[str], list[str]]],
                    cores: dict[tuple[str, ...], tuple[list[str], list[str]]]) -> None:
    """After a given name and a nickname in marks ("Harold “Hal” Dombrowski"), the surname run at ``start`` makes
    the given name's candidate the full name (part 27); the nickname's own, kept in the parallel scan (no spans
    yet), is stepped over."""
    given = len(cand_ends) - 1  # (past the nickname's own runs: "Barry “The Bulldozer” Hollins", part 34)
    while given >= 1 and cand_starts[given] > start - 40 and not _NICKNAME_BETWEEN.fullmatch(text, cand_ends[given],
                                                                                           start):
        given -= 1
    if (given < 0 or len(split[1]) != 1 or len(splits[cand_split[given]][1]) != 1
            or not _NICKNAME_BETWEEN.fullmatch(text, cand_ends[given], start)
            or not given_gender(splits[cand_split[given]][1][0])):
        return
    splits.append(cached_core(cores, [splits[cand_split[given]][1][0], split[1][0]]))
    cand_split[given] = len(splits) - 1


def _after_of_head(text: str, of: int, any_case: bool = False) -> bool:
    """Whether the "of" at ``of`` follows a capitalised organisation head ("Department of", "Board of"): the
    name after it completes the organisation's name, no person's (:data:`reader.quotes.words._OF_HEADS`); or an
    office in lower case (:data:`_OFFICE_OF_A_PLACE`), in any case with ``any_case`` (a lone word after "of the":
    "the Leader of the Opposition"; a capitalised office before a name's run is a title: "Mayor of London Sadiq
    Khan")."""
    words = text[max(0, of - 21) : of].split()
    head = words[-1] if words else ""
    return (head[:1].isupper() and head.lower() in _OF_HEADS) or (head.lower() if any_case else head) in (
        _OFFICE_OF_A_PLACE)


_OFFICE_OF_A_PLACE = frozenset("""mayor headteacher headmaster headmistress principal dean rector vicar councillor
    governor premier director chairman chairwoman chairperson founder co-founder cofounder owner editor publisher
    ceo leader""".split())
"""Lower-case offices held of a place or an institution ("the headteacher of Clifton Moor", "the mayor of Flint",
"managing director of Glen Coaches"): the name after their "of" is the place's or the firm's, no person's (not a
relation to a person: "a supporter of", "the son of")."""
