"""What an organisation's acronym stands for, as the article spells it out once: "the Bush Fire Emergency Service
(BFES)", "the Nursing and Midwifery Union (NMU)", "L'agence régionale de santé (ARS)". A quotation attributed to
"BFES" then shows the organisation's name in ``speaker_full`` (the screens show it; ``speaker`` stays as cited).

Why: a reader collecting who said what meets "BFES" in the list long after the one sentence that said what it
is. Only a definition whose words' initials spell the acronym counts (function words may stand between them:
"and", "of", "de"), so "the minister (BFES)" or a parenthesis that is not a definition is never read as one.
Pure Python, no Textual.
"""

from __future__ import annotations

import re

_DEFINED = re.compile(r"\(([A-Z][A-Z0-9]{1,6})\)")
_WORD = re.compile(r"[\w’'-]+")
_ELISION = re.compile(r"[’']")
_JOINS = frozenset("""and of for the on in & de du des la le les et d’ d' l’ l' pour sur en à au aux für und der die
    das von zur zum""".split())  # ("Consortium européen pour la sûreté orbitale (CESO)": part 39)
"""Function words a spelled-out name may hold without a letter of its acronym ("Nursing and Midwifery Union")."""
_PLACE_TAIL = re.compile(r" (?:of|for|in) (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)? *$")
"""A place or a subject after the name, which the acronym leaves out ("… Authority of Singapore (MPA)")."""
_TRIES = 32
"""Parentheses holding one acronym read for its definition, at most: a definition comes at its first uses, and a
text of thousands of "(ABCDEFG)" then reads each only a few times (2 MB of them in ~20 ms)."""
_REACH = 120
"""Characters before the parenthesis the spelled-out name may start in."""


def acronym_names(text: str) -> dict[str, str]:
    """Each acronym the text defines → its spelled-out name (the first definition; later ones are ignored)."""
    found: dict[str, str] = {}
    tried: dict[str, int] = {}  # how often each acronym was read without a definition (see _TRIES)
    for match in _DEFINED.finditer(text):
        acronym = match.group(1)
        if acronym in found or tried.get(acronym, 0) >= _TRIES:
            continue
        tried[acronym] = tried.get(acronym, 0) + 1
        before = text[max(0, match.start() - _REACH) : match.start()]
        name = _spelled_out(before, acronym)
        tail = _PLACE_TAIL.search(before) if name is None else None
        if tail is not None and (head := _spelled_out(before[: tail.start()], acronym)):
            name = head + tail.group().rstrip()  # ("the Maritime and Port Authority of Singapore (MPA)")
        if name:
            found[acronym] = name
    return found


def _spelled_out(before: str, acronym: str) -> str | None:
    """The words right before a parenthesis whose initials spell ``acronym`` (read backwards), or None."""
    words = [(m.group(), m.start()) for m in _WORD.finditer(before)]
    letters = [c for c in acronym.lower() if c.isalpha()]
    k = len(words) - 1
    start = None
    while letters and k >= 0:
        word = words[k][0]
        key = word.lower()
        key = _ELISION.split(key)[-1]  # ("l’agence": the word after an elided article)
        if key[:1] == letters[-1]:
            letters.pop()
            start = k
        elif key not in _JOINS or start is None:
            return None
        k -= 1
    if letters or start is None:
        return None
    first = words[start]
    written = before[first[1] :].strip()
    if _ELISION.search(first[0]):
        written = _ELISION.split(written, maxsplit=1)[-1]
    return written[:1].upper() + written[1:] if written else None


def title_holder(text: str, acronym: str, offset: int) -> str | None:
    """The name after the last title before ``offset`` whose capitalised words' initials spell ``acronym``: whom
    "the DPP" stands for after "Deputy Public Prosecutor Nurul Ain Zulkifli" (a court report's habit: the title in
    full once, then its initials); None when no such title is written with a name after it. Part 41."""
    if not 2 <= len(acronym) <= 5 or not acronym.isalpha() or not acronym.isupper():
        return None
    pattern = re.compile(r"\b" + r"\s+".join(f"{letter}[a-z]+" for letter in acronym)
                         + r"\s+((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)")
    found = list(pattern.finditer(text, max(0, offset - _HOLDER_REACH), offset))
    return found[-1].group(1) if found else None


_HOLDER_REACH = 10_000
"""How far before "the DPP" :func:`title_holder` looks for the title written in full (an article's length)."""


def spelled_before(text: str, acronym: str, offset: int) -> str | None:
    """The organisation's name written in full before ``offset`` whose capitalised words' initials spell
    ``acronym`` (three to six capitals), with no definition in brackets: what "the GEA says" stands for after
    "The Gibraltar Electricity Authority confirms …" (a live blog's or a local paper's habit; part 42). The
    name's words may hold the joins of :data:`_JOINS` between them ("Royal Society for the Protection of Birds").
    The first such name wins; None when there is none."""
    if not 3 <= len(acronym) <= 6 or not acronym.isalpha() or not acronym.isupper():
        return None
    joins = r"(?:(?:and|of|for|the|on|in|&)\s+)*"
    first = acronym[0]  # its capital, then what "\b" before it asks (a literal first: the regex engine skips to
    # each "G" of 10,000 characters instead of trying a match at every one, ~25x faster)
    pattern = re.compile(rf"{first}(?<!\w{first})[a-z’'-]+" + "".join(
        rf"\s+{joins}{letter}[a-z’'-]+" for letter in acronym[1:]) + r"\b")
    found = pattern.search(text, max(0, offset - _HOLDER_REACH), offset)
    return found.group() if found else None
