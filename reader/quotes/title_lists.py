"""Titles in lists: a capitalised phrase or term among quotations joined by commas, "and" or "or" is a title when
one of them is ("Past winners include “Green Book,” “Nomadland” and “The Fabelmans,”"), and every quotation of a
list a sign's words lead is what the sign says ("placards reading ‘Kids Not Queues’ and ‘Walk to School, Don’t Wait
in Traffic’"; part 41); every name a naming lead gives a list ("Fans called him “Papa Highlife” and “the Golden Voice
of Ashanti”") is a term, and a title named again is a title (part 43). Split out of :mod:`reader.quotes.kinds` (over
500 lines) in part 41. Pure Python."""

from __future__ import annotations

import re
from typing import Any

from reader.quotes.kinds import _NAMING_HINTS, _WORD_AS_WORD_DE_FR, Kind, _capitalised_words
from reader.quotes.naming_leads import _CALLED, _SIGN_LEAD, LABEL_LEAD

_LIST_JOIN = re.compile(r"\s*(?:,\s*)?(?:(?:and|or|&|und|oder|et|ou)\s+(?:an?\s+|the\s+)?)?")
"""What stands between two quotations of one list: a comma, "and" or "or" (German's and French's too, part 42; the
comma often inside the marks: "“Green Book,” “Nomadland” and “The Fabelmans,”")."""


_AS_BEFORE = re.compile(r"(?<!such )\bas\s*$")  # ("referring to them as ‘…’ and ‘…’"; not "such as")


def titles_in_lists(kinds: list[Kind], quotations: list[Any], text: str,
                    blocks: list[tuple[int, int, int, int]] | None = None) -> list[Kind]:
    """``kinds`` (final, one per quotation of ``quotations``, in order, each with ``start``, ``end``, ``open``,
    ``close`` and ``nested``) with every capitalised phrase or term of a list that holds a title made a title
    ("Past winners include “Green Book,” “Nomadland” and “The Fabelmans,”": one word alone is no title by its
    shape, but its neighbours are)."""
    count = len(quotations)
    first = 0
    while first < count:
        last = first
        while (last + 1 < count and not quotations[last].nested and not quotations[last + 1].nested
               and _LIST_JOIN.fullmatch(text, quotations[last].end + len(quotations[last].close),
                                        quotations[last + 1].start - len(quotations[last + 1].open))):
            last += 1
        lead = quotations[first].start - len(quotations[first].open)
        if last > first and kinds[first] == "term" and (LABEL_LEAD.search(text, max(0, lead - 60), lead) or (
                _WORD_AS_WORD_DE_FR.search(text, max(0, lead - 60), lead))):
            kinds[first : last + 1] = ["term"] * (last + 1 - first)  # (every label of a list, every word of "Mit
            # modischen Begriffen wie „Terroir“ oder „Mineralität“": part 42)
        elif last > first and kinds[first] == "term" and set(kinds[first + 1 : last + 1]) <= {"phrase", "term"} and any(
                hint in text[max(0, lead - 100) : lead] for hint in _NAMING_HINTS):
            kinds[first : last + 1] = ["term"] * (last + 1 - first)  # (each name a naming lead gives: "Fans called
            # him “Papa Highlife” and “the Golden Voice of Ashanti”", "what rescuers call a ‘stopper’ or a
            # ‘hydraulic’"; part 43)
        elif last > first and kinds[first] == "title" and _SIGN_LEAD.search(text, max(0, lead - 120), lead):
            kinds[first : last + 1] = ["title"] * (last + 1 - first)  # (what each sign of a list says)
        elif (last > first and "title" in kinds[first : last + 1]
                and not _CALLED.search(text, max(0, lead - 60), lead)  # (not "called them “Losers” and “…”",
                and not _AS_BEFORE.search(text, max(0, lead - 8), lead)):  # "referring to them as ‘…’ and ‘…’")
            for number in range(first, last + 1):
                if (kinds[number] in ("phrase", "term") or kinds[number] == "speech" and len(  # (a slogan's words,
                        quotations[number].text.split()) <= 6 and not quotations[number].text.rstrip().endswith(
                        ",")) and _capitalised_words(quotations[number].text.rstrip().rstrip(".,!?")):  # not "“We
                    # Need To Act Now,” Mayor Jane Hill told the crowd": "Brain Drain Is Real")
                    kinds[number] = "title"
        first = last + 1
    if "title" in kinds and blocks is not None:
        titles: dict[str, int] = {}  # a title's words → the last block it was named in
        for number, quotation in enumerate(quotations):
            words = quotation.text.rstrip().rstrip(".,!?")
            if kinds[number] == "title":
                titles[words] = blocks[number][1]
            elif words in titles and blocks[number][0] - titles[words] <= 2 and len(words.split()) <= 8:
                kinds[number] = "title"  # a title named again ("hits such as “Me Do Wo” …. “When I called him to
                # ask for permission to remix ‘Me Do Wo’, …”"; part 43): what it was the first time, when named
                # within two blocks (no range cut between them: Detection.ranges; parallel finding reads the same)
    return kinds
