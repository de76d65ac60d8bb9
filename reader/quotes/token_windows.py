"""Pure functions over a window of the article's tokens, as (token, offset) pairs: cutting a window into tokens
(:func:`_slice_tokens`), and the small shapes the subject readers of :mod:`reader.quotes.phrases` and
:mod:`reader.quotes.subjects` step over (a relative clause without commas, an age or home town and its state, a
participle after adverbs, a time opening a sentence, a name run's words, a name that a preposition governs, a
name joined by "&"). Split out of :mod:`reader.quotes.phrases` (over 500 lines); they read only the tokens they
are given. No Textual or Rich import here.
"""

from __future__ import annotations

import re

from reader.quotes.descriptions import _GERMAN_ROLE_HEADS, _is_role, french_role_by_ending
from reader.quotes.given_names import given_gender
from reader.quotes.more_words import ANYONE
from reader.quotes.names import _TOKEN
from reader.quotes.words import (
    _AFTERWARDS,
    _AMOUNTS,
    _AUXILIARIES,
    _DAYS,
    _DEMONYMS,
    _DETERMINERS,
    _DOCUMENTS,
    _FUNCTION,
    _HONORIFICS,
    _LIGHT_ADVERBS,
    _NOUN_MAKERS,
    _NOW,
    _PEOPLE_PLURALS,
    _PERIODS,
    _PREPOSITIONS,
    _PRONOUNS,
    _ROLES,
    _STATE_OBJECTS,
    _VERB_FORMS,
)

_SPACED_TOKEN = re.compile(r"(\s*+)(" + _TOKEN.pattern + ")")
"""``_TOKEN`` and the whitespace before it, as two groups: consecutive matches tile the text, so offsets are
running sums of lengths (no ``Match`` object and ``start()`` call per token; tests/unit/test_quote_tokens.py
checks it against ``_TOKEN.finditer``)."""
_SPACED_FRENCH_TOKEN = re.compile(r"(\s*+)((?:[lL][’'](?=\w))|" + _TOKEN.pattern + ")")
"""``_SPACED_TOKEN`` with French's elided article a token of its own ("a réagi l'Élysée": "l'", "Élysée")."""
def _relative_start(tokens: list[tuple[str, int]], j: int) -> int | None:
    """The index of "who" opening a relative clause, written without commas, that ends at ``j`` right before a
    verb ("officials who spoke on condition of anonymity | said"), when a role word or a name stands before it;
    -1 when the clause follows no one to name ("Anyone who …", "Supporters of Trump who …": the subject is none
    of the clause's words); None when there is no such clause. Words only: a comma, a mark or a parenthesis in
    between is another structure."""
    k = j
    while k >= 1 and j - k < _RELATIVE_WORDS and tokens[k][0][:1].isalnum():
        if tokens[k][0] in ("who", "that", "which"):  # ("The academy trust that runs the school said")
            before = tokens[k - 1][0]
            if k == j:
                return None  # "a man who said": the clause's own verb
            if before.lower() in _NOBODY_IN_PARTICULAR:
                return -1  # "Anyone who attended said", "People who know Trump said": no one to name
            # the object of a preposition before "who" ("of Donald Trump", "at the White House"): its words back
            # to the preposition (capitalised, "the", "a", an abbreviation's full stop)
            p = k - 1
            while p >= 0 and k - p <= 5 and (tokens[p][0][:1].isupper() or tokens[p][0] in (".", "the", "a", "an")):
                p -= 1
            if p >= 0 and p < k - 1 and tokens[p][0].lower() in _PREPOSITIONS:
                # "Supporters of Trump who attended said": Trump heads nothing, the supporters do (no one to
                # name here); "a spokesman for Sanders who declined to be named said" is the spokesman's (read by
                # the role's complement when the object is one word, else from the role itself: "An official at
                # the White House who …")
                head = tokens[p - 1][0].lower() if p >= 1 else ""
                if tokens[p][0].lower() in ("for", "with", "at", "to") and _is_role(head):
                    # a name is read with the role's complement ("A spokesman for Bernie Sanders"); an object
                    # with an article ("at the White House") from the role alone ("An official")
                    named = all(t[:1].isupper() or t == "." for t, _ in tokens[p + 1 : k])
                    return k if named else p
                return -1
            if tokens[k][0] != "who" and not _that_clause_of_role(tokens, k):
                return None  # ("the report that the committee released said": no one)
            return k if _is_role(before.lower()) or before[:1].isupper() else None
        k -= 1
    return None


def _that_clause_of_role(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether the "that" or "which" at ``k`` opens a relative clause on a role ("The academy trust | that runs
    the school | said"): a role word before it, a verb's form right after it (not "at school that morning"), and
    the role heading its noun phrase (not "the areas of the regulator's network that were hacked")."""
    if not _is_role(tokens[k - 1][0].lower()) or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1][0]
    if not (nxt.islower() and (nxt.endswith(("s", "ed")) or nxt in _AUXILIARIES or nxt in _VERB_FORMS)):
        return False
    m = k - 1
    while (m > 0 and k - m < 5 and tokens[m - 1][0].replace("’", "").replace("'", "").isalpha()
           and tokens[m - 1][0].lower() not in _DETERMINERS):
        m -= 1
    return not (m >= 2 and tokens[m - 1][0].lower() in _DETERMINERS and tokens[m - 2][0] == "of")


def _name_after_role(tokens: list[tuple[str, int]], k: int, place: bool = False) -> int | None:
    """The index of a name after the lower-case role words at ``k`` ("Trump | campaign manager | Corey
    Lewandowski", "White House | press secretary | Josh Earnest", "Clinton | spokesman | Brian Fallon"): the
    capitalised words before them name whom the person works for, not the speaker. None when no role word
    ends them or no name follows (a day, a function word: "said Sanders supporters Monday"). ``place``: the
    words before are a place, which any description may follow ("Idaho | nutritional-supplement magnate | Frank
    VanderSloot"), if a name of two words or more follows it."""
    m = k
    while (m < len(tokens) and m - k < 3 and tokens[m][0].replace("-", "").isalpha()
           and tokens[m][0].islower()):
        m += 1
    if m == k or m >= len(tokens):
        return None
    if not _is_role(tokens[m - 1][0]) and not (
            place and m + 1 < len(tokens) and tokens[m + 1][0][:1].isupper()
            and not any(t.lower() in _FUNCTION or t.lower() in _PREPOSITIONS or t.lower() in _NOW
                        for t, _ in tokens[k:m])):  # ("said Ohio after Donald Trump spoke": no description)
        return None
    word = tokens[m][0]
    key = word.lower()
    if not word[:1].isupper() or key in _FUNCTION or key in _DAYS or key in _PRONOUNS:
        return None
    return m


def _modifies_role(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether the capitalised words at ``k`` modify a lower-case role word right after them ("a leading
    Supreme Court | lawyer", "a senior White House | official"): part of a description, not a name."""
    m = k
    while m < len(tokens) and m - k < 4 and tokens[m][0][:1].isupper():
        m += 1
    return m < len(tokens) and tokens[m][0].islower() and _is_role(tokens[m][0])


def _ampersand(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether ``tokens[k]`` is an "&" joining two capitalised words with no space ("P&G", "AT&T", "S&P"): one
    name, which the tokens split in three."""
    return (0 < k < len(tokens) - 1 and tokens[k][0] == "&" and tokens[k - 1][0][:1].isupper()
            and tokens[k + 1][0][:1].isupper() and tokens[k - 1][1] + len(tokens[k - 1][0]) == tokens[k][1]
            and tokens[k][1] + 1 == tokens[k + 1][1])


def _run_words(tokens: list[tuple[str, int]]) -> list[str]:
    """The capitalised words of ``tokens`` as a name's words, an abbreviation keeping its full stop ("Sen.")."""
    run: list[str] = []
    for tok, _ in tokens:
        if tok == "." and run and len(run[-1]) <= 4 and not run[-1].endswith("."):
            run[-1] += "."
        elif tok[:1].isupper():
            run.append(tok)
    while run and run[-1] in ("L’", "L'", "D’", "D'"):  # ("…, Marc Deneffe. L’abbé …": the next sentence's
        run.pop()  # elided article, no part of the name; part 41)
    return run


def _time_back(tokens: list[tuple[str, int]], j: int) -> int | None:
    """The index before an English time adverbial that ends at ``j`` and stands between a subject and its verb
    ("last week", "earlier this month", "two days ago", "less than a year ago", "yesterday", "in the past"),
    or None when the words there are no such adverbial (a bare "week" is a noun: "the week said" is not
    skipped)."""
    key = tokens[j][0].lower()
    if key in _NOW:
        return j - 1
    if key == "past" and j >= 2 and [t.lower() for t, _ in tokens[j - 2 : j]] == ["in", "the"]:
        return j - 3  # "who has in the past described"
    if key == "ago":
        k = j - 1
        if k < 0 or tokens[k][0].lower() not in _PERIODS:
            return None
        k -= 1
        start = k
        while k >= 0 and (tokens[k][0].lower() in _AMOUNTS or tokens[k][0].isdigit()):
            k -= 1
        return k if k < start else None
    k = j - 1
    if k < 0 or tokens[k][0].lower() not in ("last", "this", "next", "that"):
        return None
    k -= 1
    if k >= 0 and tokens[k][0].lower() in ("earlier", "later", "late", "early"):
        k -= 1
    return k


def _appositive_name(tokens: list[tuple[str, int]], k: int) -> list[str]:
    """The words of a full name after the comma at ``k`` that ends the sentence or its clause ("…, Bruce
    Turry."), or none: two to four capitalised words, no day nor function word among them."""
    if k + 2 >= len(tokens) or tokens[k][0] != ",":
        return []
    if k + 3 < len(tokens) and tokens[k + 1][0] in ("la", "le") and tokens[k + 2][0] in ("Dr", "Dre", "Me", "Pr"):
        k += 2  # (French: an article and a title, "…, la Dre Marie-Ève Gagnon-Pelletier.": the name after them)
    if k + 3 < len(tokens) and tokens[k + 1][0].endswith("-year-old"):
        k += 1  # (an age first: "said Titikaveka’s steerer, 22-year-old Junior Tuteru."; part 43)
    m = k + 1
    while m < len(tokens) and m - k <= 6 and (
            (tokens[m][0][:1].isupper() and tokens[m][0].replace("-", "").isalpha() and (
                tokens[m][0].lower() not in _FUNCTION or (m == k + 1 and tokens[m][0].lower() in _HONORIFICS))
             and tokens[m][0].lower() not in _DAYS)  # (an honorific opening it: "Dr Fiona Carrick")
            or (tokens[m][0] == "." and (len(tokens[m - 1][0]) == 1 or tokens[m - 1][0].lower() in _HONORIFICS)
                and m + 1 < len(tokens) and tokens[m + 1][0][:1].isupper())):  # a middle initial: "James B. Comey"
        m += 1
    if m - (k + 1) < 2 or (m < len(tokens) and tokens[m][0] not in (".", ",", ";", ":")):
        return []
    return _run_words(tokens[k + 1 : m])


def _role_ahead(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether a role word is among the words at ``k`` (the next two, or up to four when the words between are
    capitalised modifiers: "a | leading Supreme Court lawyer", "a | senior White House official"), or a compound's
    head ("co-founder", "47-Jährige"), or a compound that is a role itself ("maître-chien")."""
    owned = k < len(tokens) and tokens[k][0].islower() and tokens[k][0].endswith(("'s", "’s"))
    for m in range(k, min(len(tokens), k + 4)):
        word = tokens[m][0]
        if not word[:1].isalnum():
            return False
        if word.lower().rpartition("-")[2] in _ROLES or word.lower() in _ROLES or word.lower() in ANYONE or (
                french_role_by_ending(word)) or (word[:1].isupper() and len(word) > 9 and (word.lower().endswith(
                    _GERMAN_ROLE_HEADS) or (m > k and _is_role(word.lower())))):  # ("der evangelische
            # Sozialethiker Martin Quandt", part 40; "sagte eine ältere Frau": anyone, part 43)
            return True  # ("tempère l’entomologiste"; "verwies eine Unternehmenssprecherin, X,": part 39)
        if m >= k + 1 and not word[:1].isupper() and not (owned and m <= k + 2):
            return False  # (after a possessive, lower-case modifiers: "the | union's safety director")
    return False


_NOBODY_IN_PARTICULAR = frozenset(
    "anyone anybody everyone everybody someone somebody nobody those many some others all few none people".split())
"""Indefinite pronouns a relative clause may follow ("Anyone who attended …"): no speaker to name."""


_RELATIVE_WORDS = 14
"""The longest relative clause :func:`_relative_start` looks through ("who was not authorized to speak publicly")."""


def _word_end(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether ``tokens[k]`` ends a word, or a home town's state ("of Raleigh, N.C." whose last token is its
    full stop; not "Protesters in Raleigh, N.C.", where the place is no subject's end)."""
    if tokens[k][0][:1].isalnum():
        return True
    for start in range(max(0, k - 3), k):
        if (start >= 2 and tokens[start - 1][0] == "," and _state_abbreviation(tokens, start, k + 1)
                and _home_town_before(tokens, start - 1)):
            return True
    return False


def _home_town_before(tokens: list[tuple[str, int]], comma: int) -> bool:
    """Whether ", of Raleigh" (or "from") ends at the ``comma`` before a state: an appositive's home town, not
    "The mayor of Flint" nor "Protesters in Raleigh"."""
    return any(tokens[x][0] in ("of", "from") and tokens[x - 1][0] == "," for x in range(max(1, comma - 4), comma))


def _state_abbreviation(tokens: list[tuple[str, int]], start: int, end: int) -> bool:
    """Whether ``tokens[start:end]`` is a state's abbreviation after a home town ("N.C.", "Mich.", "Va."):
    capitals of at most four letters, each with its full stop."""
    words = tokens[start:end]
    return (2 <= len(words) <= 4 and all(t == "." if n % 2 else (t[:1].isupper() and len(t) <= 4)
                                           for n, (t, _) in enumerate(words)) and words[-1][0] == ".")


def _ing_after_adverbs(tokens: list[tuple[str, int]], start: int, end: int) -> bool:
    """Whether ``tokens[start:end]`` opens with a lower-case -ing word, past up to two light adverbs: an aside
    that opens with a participle ("later alleging that …"), a "be" before a progressive ("is also calling")."""
    for k in range(start, min(end, start + 3)):
        word = tokens[k][0]
        if word.endswith("ing") and word.islower():
            return True
        if not (word.endswith("ly") or word in _LIGHT_ADVERBS):
            return False
    return False


def _time_opens(tokens: list[tuple[str, int]], i: int) -> bool:
    """Whether the word at ``i`` is followed by "later", "earlier", "ago" … and a comma: a time opening a
    sentence ("Hours later, Trump …"), so that word is no subject."""
    return i + 2 < len(tokens) and tokens[i + 1][0].lower() in _AFTERWARDS and tokens[i + 2][0] == ","


def _slice_tokens(text: str, start: int, end: int, lang: str = "en") -> list[tuple[str, int]]:
    """(token, offset) of ``_TOKEN`` in ``text[start:end]``, as ``_TOKEN.finditer`` gives them (in French, with
    the elided article apart). A plain loop over ``findall``'s pairs: ~20% faster on the windows the patterns ask
    for than stripping the pieces and summing their lengths with ``accumulate`` (four passes, their iterators)."""
    position = start
    tokens: list[tuple[str, int]] = []
    append = tokens.append
    for space, word in (_SPACED_FRENCH_TOKEN if lang == "fr" else _SPACED_TOKEN).findall(text, start, end):
        position += len(space)
        append((word, position))
        position += len(word)
    return tokens


def _plural_head(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether the token at ``k`` is a lower-case plural noun for people, which heads the noun phrase the name
    before it modifies ("said several Trump supporters", "Twitter users wrote"): the speaker is none of the
    name's."""
    if k >= len(tokens):
        return False
    word = tokens[k][0]
    return (len(word) > 3 and word.endswith("s") and word.isalpha() and word.islower()
            and word not in _VERB_FORMS and (word in _PEOPLE_PLURALS or word[:-1] in _ROLES))


def _verb_not_noun(tokens: list[tuple[str, int]], j: int, key: str) -> bool:
    """Whether a cue word a noun shares (:data:`words._ALSO_NOUNS`) is read as the verb here: not after a
    determiner, "of" or "home"; "state"/"states" only before "that" or a colon
    (the noun is far commoner: none of the 208 verb readings of "state" on PolNeAR's train was a verb).
    After a possessive it stays a cue, the possessor its subject: "Trump’s claim that Obama “founded
    ISIS”" is Trump's."""
    if j > 0 and (tokens[j - 1][0].lower() in _NOUN_MAKERS or _adjective_only(tokens[j - 1][0])):
        return False  # ("11% of Democratic claims", "British claims": the noun an adjective qualifies)
    if key in ("state", "states"):
        return j + 1 < len(tokens) and tokens[j + 1][0] in _STATE_OBJECTS or key == "states" and j > 1 and tokens[
            j - 1][0] in _DOCUMENTS and tokens[j - 2][0] in ("the", "The", "its")  # ("’ the report states.", part 44)
    return True


def _adjective_only(word: str) -> bool:
    """A capitalised adjective that never stands for a person by itself ("Democratic", "British", "Chinese"; not
    "Republican" nor "Israeli", which may: "the Republican said")."""
    return word == "Democratic" or (word in _DEMONYMS and word.endswith(("ish", "ese", "ch", "ss", "ic")))


def _sender(tokens: list[tuple[str, int]], k: int) -> list[tuple[str, int]] | None:
    """When the preposition at ``k`` follows what carries someone's words ("a letter | to", "a letter from Comey
    | to"): the sender's name tokens (empty when none is written), else None."""
    m = k - 1
    end = k
    while m >= 0 and k - m <= 4 and (tokens[m][0][:1].isupper() or tokens[m][0] == "."):
        m -= 1
    if m < k - 1 and m >= 1 and tokens[m][0].lower() in ("from", "by") and tokens[m - 1][0].lower() in _DOCUMENTS:
        return tokens[m + 1 : end]
    if m == k - 1 and tokens[m][0].lower() in _DOCUMENTS:
        return []
    return None


def _after_dateline(tokens: list[tuple[str, int]]) -> int:
    """Where a sentence starts after a dateline that opens it ("WASHINGTON, Dec. 8 (UPI) — …", "LONDON (Reuters) -
    …"): a place in capitals, then a comma or a parenthesis, and a dash within a few words; 0 when there is none.
    The place is no subject."""
    if len(tokens) >= 3 and tokens[0][0].isupper() and len(tokens[0][0]) > 1 and tokens[1][0] in ("—", "–", "-"):
        return 2  # "WASHINGTON — The Navy on Friday …", "WASHINGTON - White House press secretary …"
    if len(tokens) < 3 or not (tokens[0][0].isupper() and len(tokens[0][0]) > 1 and tokens[1][0] in (",", "(")):
        return 0
    dash = next((k for k in range(2, min(len(tokens), 14)) if tokens[k][0] in ("—", "–", "-")), None)
    return 0 if dash is None else dash + 1


def _name_ending(words: list[tuple[str, int]]) -> list[str]:
    """The full name that ends an appositive of a role ("the British actor Idris Fenn", "71-year-old season-ticket
    holder Eileen Marsh", "retired GP Dr Rosalind Achebe-Hart"): two or three capitalised words (hyphenated ones
    too) after a lower-case one, a given name first, maybe past an honorific and a role's capitals; else []."""
    k = len(words)
    while (k > 0 and len(words) - k < 3 and words[k - 1][0][:1].isupper() and words[k - 1][0].replace("-", "").isalpha()
           and words[k - 1][0].lower() not in _HONORIFICS):
        k -= 1
    if k == len(words) or len(words) - k < 2 or not given_gender(words[k][0]):
        return []
    name = k
    k -= next((n for n in (2, 1) if k >= n and words[k - n][0].lower() in _HONORIFICS and (  # ("Dr. Rosalind …")
        n == 1 or words[k - 1][0] == ".")), 0)
    if k > 0 and 2 <= len(words[k - 1][0]) <= 4 and words[k - 1][0].isupper() and words[k - 1][0].isalpha():
        k -= 1  # "retired GP Dr Rosalind Achebe-Hart": a role's abbreviation
    if k == 0 or not words[k - 1][0][:1].islower():
        return []
    return [word for word, _ in words[name:]]


def _elided_pronoun(key: str) -> str:
    """A French subject pronoun after an elided word ("qu'il" → "il"), else ``key`` as it is."""
    tail = key.replace("’", "'").rpartition("'")[2]
    return tail if tail in ("il", "elle", "ils", "elles", "on") else key


_OPENING_MARKS = frozenset("“\"‘'«„»")
"""Marks a quotation may open with (a sentence that starts with one opens with a quotation)."""
_CLOSING_MARKS = frozenset("”\"’'»«“")
"""Marks a quotation may close with (a sentence that ends with one ends with a quotation)."""
_LINKS = frozenset("as while when because since where than whom".split())
"""Words that open a clause: a noun phrase read back from its verb starts after them ("down the aisle as
passengers shout" is "passengers"; "a step that industry executives called": "that" before a plural is no
determiner)."""


def contrast_clause(tokens: list[tuple[str, int]], end: int) -> int | None:
    """Where the last clause opened by ", but" (", while", ", whereas") before ``end`` starts, if any: a
    participle or a quotation with no cue there belongs to that clause's subject, not the sentence's first one."""
    at = next((m for m in range(end - 1, 0, -1) if tokens[m][0] in ("but", "while", "whereas")
               and tokens[m - 1][0] == ","), None)
    if at is None or not any(word.lower() in ("the", "a", "an") or word[:1].isupper()
                             for word, _ in tokens[at + 1 : end]):
        return None  # (a clause with no subject of its own: "Hayes voted for it, but only reluctantly, calling it")
    return tokens[at][1]


def as_clause(tokens: list[tuple[str, int]], end: int) -> int | None:
    """Where a clause opened by "as" and a plural subject with a verb in the past starts, when a participle at
    ``end`` follows it after a comma ("The Assembly witnessed noisy scenes as opposition members staged a walkout
    …, accusing the treasury of …": the members accuse, part 38); not "such as", "as well as", "as a result"."""
    at = next((m for m in range(end - 1, 0, -1) if tokens[m][0] == "as"), None)
    if at is None or tokens[at - 1][0].lower() in ("such", "well", "so", "just", "same", "known", "as") or not (
            end >= 1 and tokens[end - 1][0] == ","):
        return None
    noun = at + 1
    while noun < end and tokens[noun][0].isalpha() and tokens[noun][0].islower() and not tokens[noun][0].endswith(
            "ed"):
        noun += 1
    return tokens[at + 1][1] if at + 1 < noun < end and tokens[noun - 1][0].endswith("s") and tokens[noun][
        0].endswith("ed") else None


KIN_WORDS = frozenset("""mother father son daughter wife husband brother sister mère père fils fille épouse époux mari
    femme frère sœur soeur Mutter Vater Sohn Tochter Ehefrau Ehemann Frau Mann Bruder Schwester""".split())
"""Kin in the three languages, as written (German capitalised): a lone word in apposition after one is a name."""


def lone_given_name(tokens: list[tuple[str, int]], k: int, kin: bool) -> list[str]:
    """The one word of a given name between the comma at ``k`` and the next comma or stop ("a confié sa fille,
    Leïla, jointe …", "his daughter, Eleri."): a given name the lists know, or any capitalised word after kin
    (``kin``); else none. :func:`_appositive_name` reads names of two words or more."""
    if k + 2 >= len(tokens) or tokens[k][0] != "," or tokens[k + 2][0] not in (",", ".", ";"):
        return []
    word = tokens[k + 1][0]
    return [word] if word[:1].isupper() and word.isalpha() and word.lower() not in _FUNCTION and (
        kin or given_gender(word)) else []


def name_described(tokens: list[tuple[str, int]], j: int) -> int:
    """German: where the name starts that an indefinite article at ``j`` and adjectives describe ("sagte eine
    sichtlich mitgenommene Tessy Kieffer", part 44): a given name, or two capitalised words that open with no role;
    0 when none follows within three words."""
    name = next((m for m in range(j + 1, min(len(tokens), j + 4)) if not tokens[m][0].islower()), 0)
    if name <= j + 1:
        return 0
    return name if given_gender(tokens[name][0], "de") or (
        name + 1 < len(tokens) and tokens[name + 1][0].istitle() and not _is_role(tokens[name][0].lower())) else 0
