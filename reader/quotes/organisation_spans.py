"""Where an organisation's name runs in a window of the article's tokens, as (token, offset) pairs: a name whose parts
"and", "on", "of" or "for" join ("the British Beer and Pub Association", "the Joint Committee on Intelligence and
Security") and a role after it, a person "of" one ("Sarah Smith of the Department of Health and Human Services"), one
that "the" opens ("The Health Service Executive"), one in apposition ("…, the Food Producers' Council, said"). Pure
functions, split out of :mod:`reader.quotes.token_windows` (over 500 lines); they read only the tokens they are
given. No Textual or Rich import here.
"""

from __future__ import annotations

from reader.quotes.descriptions import _is_role
from reader.quotes.given_names import given_gender
from reader.quotes.words import _DETERMINERS, _FUNCTION, _OF_HEADS, _ORG_WORDS, _PERSON_TITLES, _ROLES

_NAME_JOINS = frozenset(("and", "on", "of", "for", "&"))
"""Lower-case words (and "&") inside an organisation's name ("British Beer and Pub Association", "Joint Committee
on Intelligence and Security", "Department of Health and Human Services", "Procter & Gamble")."""


def _organisation_span(tokens: list[tuple[str, int]], k: int) -> tuple[int, int] | None:
    """The tokens (start, end) of an organisation's name that the capitalised word at ``k`` is part of, when
    that name joins capitalised words with "and", "on", "of" or "for" and an organisation's word heads one part
    ("Association", "Committee"); else None. A name run read word by word stops at "and": "the British Beer and
    Pub Association" gave "British Beer" as the speaker, "the Joint Committee on Intelligence and Security"
    "Security". A lower-case role may follow the span (:func:`_role_after`): the callers read it."""
    start = k
    headed = tokens[k][0].lower() in _ORG_WORDS
    while start > 0 and (tokens[start - 1][0][:1].isupper() or (
            start > 1 and tokens[start - 1][0] in _NAME_JOINS and tokens[start - 2][0][:1].isupper()
            and not (headed and tokens[start - 1][0] == "of"))):  # ("Jones of the Institute for …": Jones's)
        start -= 1
        headed = headed or tokens[start][0].lower() in _ORG_WORDS
    if start > 0 and (tokens[start - 1][0] == "of" or start > 1 and tokens[start - 1][0].lower() == "the"
                      and tokens[start - 2][0] == "of"):
        return None  # "Tom Lee of the British Beer and Pub Association": a person of it, read elsewhere
    headed = any(word.lower() in _ORG_WORDS for word, _ in tokens[start : k + 1])
    end = k + 1
    while end < len(tokens) and (tokens[end][0][:1].isupper() or (
            end + 1 < len(tokens) and tokens[end][0] in _NAME_JOINS and tokens[end + 1][0][:1].isupper()
            and (headed or tokens[end][0] != "of"))):  # ("David Albright and Jo Lee of the Institute …")
        if tokens[end][0].rstrip(".").lower() in _PERSON_TITLES:
            return None  # "Committee on Ways and Means Chairman Richard Neal": a person after the name
        end += 1
        headed = headed or tokens[end - 1][0].lower() in _ORG_WORDS
    words = [word for word, _ in tokens[start:end]]
    joins = [i for i, word in enumerate(words) if word in _NAME_JOINS]
    # an "and", "on" or "&" (names joined by "of" alone are read elsewhere: "Jones of Heritage Foundation" is
    # Jones), and an organisation's word heading the name or a part ("Committee on …", "… Pub Association")
    heads = {len(words) - 1} | {i - 1 for i in joins if words[i] in ("on", "of", "for")}
    if (not any(words[i] in ("and", "on", "&") or (words[i] == "for" and words[i - 1].lower() in _ORG_WORDS)
                for i in joins)  # ("the Association for Marine Science": its "for" after its head)
            or not any(words[i].lower() in _ORG_WORDS for i in heads if i >= 0)):
        return None
    while start < end and (tokens[start][0].lower() in _DETERMINERS or tokens[start][0].lower() in _FUNCTION):
        start += 1  # "The", "As" opening the sentence
    return (start, end) if end - start >= 3 else None


def _role_after(tokens: list[tuple[str, int]], end: int) -> bool:
    """Does a lower-case role word follow at ``end``: the name before it describes people ("Department of Justice
    and FBI officials") or opens a role whose holder is named next ("… Association chief executive Emma
    McClarkin")?"""
    return end < len(tokens) and tokens[end][0].islower() and _is_role(tokens[end][0])


def _member_of(tokens: list[tuple[str, int]], k: int) -> list[tuple[str, int]] | None:
    """The capitalised name before "of (the)" an organisation's name that the join word at ``k`` is inside ("Sarah
    Smith | of the | Department of Health | and | Human Services called"): that person speaks, not the
    organisation's last words. None when a word governs the name ("a spokesman for Sarah Smith of …", "Critics
    of …") or it ends a list ("John Smith and Mary Jones of …"); the caller takes only a person's name."""
    m = k
    while m > 0 and (tokens[m - 1][0][:1].isupper() or tokens[m - 1][0] in _NAME_JOINS and m > 1
                     and tokens[m - 2][0][:1].isupper() and (
                         tokens[m - 1][0] != "of" or tokens[m - 2][0].lower() in _OF_HEADS)):  # ("Department of …")
        m -= 1
    if m > 0 and tokens[m - 1][0].lower() == "the":
        m -= 1
    if m < 2 or tokens[m - 1][0] != "of" or not tokens[m - 2][0][:1].isupper():
        return None
    start = m - 2
    while start > 0 and (tokens[start - 1][0][:1].isupper() or tokens[start - 1][0] == "."):
        start -= 1
    if start > 0 and (tokens[start - 1][0][:1].isalpha() and tokens[start - 1][0].islower() and not (
            _is_role(tokens[start - 1][0]) and tokens[start - 1][0][-1:] != "s") or tokens[start - 1][0] == "&" or (
                tokens[start - 1][0] == "," and start >= 2 and tokens[start - 2][0][:1].isupper())):  # (a list's
        # comma after a name; not an opening's: "Testifying earlier, Major Karim Sobhy of …", part 43)
        return None  # "a spokesman for Sarah Smith of …", "Critics of …", "John Smith and Mary Jones of …" (not
        # "Transport expert Prof. Anand Rajadhyaksha of the Institute …": a role before the name)
    return tokens[start : m - 1]


def _organisation_after_the(tokens: list[tuple[str, int]], run: list[str], k: int, j: int) -> int | None:
    """Where an organisation's name that "the" opens starts, when the capitalised ``run`` (its words, ending at
    token ``j``; ``k`` the token before it) is one: "The Health Service Executive", "the National Weather
    Service", its last word an organisation's (not one the callers read as an "of" head or a role: "Department",
    "Council"), no given name or abbreviation in it, and no word governing it ("a spokeswoman for the …"). The
    people index may hold such a name as a person's ("Weather Service"), so it is read here first."""
    org_run = run[1:] if run[:1] == ["The"] else run if k >= 0 and tokens[k][0] == "the" else []
    before_the = k if run[:1] == ["The"] else k - 1
    if len(org_run) < 2 or (before_the >= 0 and tokens[before_the][0][:1].isalnum()):
        return None
    last = org_run[-1]
    if not ((last.lower() in _ORG_WORDS and last.lower() not in _OF_HEADS and last.lower() not in _ROLES)
            or last in ("Service", "Services")
            or (last == "Executive" and (org_run[-2] in ("Service", "Services") or org_run[-2].lower() in _ORG_WORDS))):
        return None
    if any(given_gender(t) or t.endswith(".") for t in org_run[:-1]):
        return None
    return j - len(org_run) + 1


def _organisation_apposed(appositive: list[tuple[str, int]]) -> bool:
    """Whether an appositive is an organisation's name after "the" ("A trade body for food makers, | the Food
    Producers' Council, | said"): the organisation speaks, as written."""
    return (len(appositive) >= 3 and appositive[0][0] == "the" and appositive[-1][0].lower() in _ORG_WORDS
            and all(t[:1].isupper() or t in ("'", "’", "of", "and", "for") for t, _ in appositive[1:]))
