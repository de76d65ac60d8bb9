"""Plain-text paragraphs that are block quotations without marks: a first-person paragraph after an attribution
that introduces it ("In a speech last July, he said:"), a transcript's line that opens with its speaker's label
("DOE: …"), or an embedded post followed by a ``— Name (@handle)`` signature line.

The paragraph before a first-person one must introduce it (issue 11, part 12): end with a colon, or report
someone's speech with "said"/"says" and no quotation marks (a transcript's words then follow, as in
../shared/corpus's Zuckerberg article). Before, any first-person paragraph after one that was not made a column's
or a story's own narration a quotation, given the last speaker: on PolNeAR 13 of the 16 attributed ones were wrong
(the writer's "tax experts I spoke to", a letter to the editor), and on the web pages 20 of 23 (a reviewer's text,
a novel's narrator); now 3 and 3 remain. A label must name someone (:func:`_label`): "WASHINGTON:" or
"ANALYSIS:" names no one."""

from __future__ import annotations

import re

from reader.document import BlockKind, Document
from reader.quotes.colon_labels import dateline_place
from reader.quotes.words import _DAYS, _MONTHS

_QUOTE_MARK = re.compile(r"[“”„\"«»‘’‚‹›]|''")
"""A quotation mark: a paragraph that quotes someone has introduced no block quotation after it."""
_LABEL = re.compile(r"[A-Z][A-Z.'’ -]{1,30}:\s")
"""A transcript's speaker label opening the paragraph ("DOE: We will …"): its words are that speaker's."""
_NOT_LABELS = frozenset("""UPDATE UPDATED NOTE CORRECTION EDIT BREAKING WATCH PHOTO PHOTOS VIDEO DISCLAIMER WARNING
    SPOILER RELATED MORE ALSO QUESTION ANSWER Q A PS P.S. TL;DR""".split()) | {"EDITOR'S NOTE", "EDITOR’S NOTE",
                                                                           "READ MORE"}
"""Capitalised openers that are no speaker's label ("UPDATE: many readers asked me …")."""
_REPORTS = re.compile(r"\b(?:said|says)\b")
"""The verbs of a paragraph reporting someone's speech without marks ("Zuckerberg said this was why …")."""

_SIGNATURE = re.compile(r"[—–-]{1,2}\s*(?P<name>[^\s(@][^(@\n]*?)\s*\(@\w+\)")
_FIRST_PERSON = re.compile(
    r"(?=[IWwOoUumMiJjnN])\b(?:I|I[’']m|I[’']ve|I[’']d|I[’']ll|we|We|we[’']re|We[’']re|we[’']ve|our|Our|us|my|My|me|mine|ich|Ich|wir|Wir|"
    r"mein\w*|unser\w*|je|Je|j[’']|J[’']|nous|Nous|mon|ma|mes|notre|nos)\b"
)
"""First-person words. The look-ahead of their first letters lets the regex engine skip to candidate letters
instead of testing the alternation at every character (half the time of this module on 20 MB)."""


def _first_person(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` hold two first-person words or more? (stops at the second)"""
    found = _FIRST_PERSON.finditer(text, start, end)
    return next(found, None) is not None and next(found, None) is not None


def _label(text: str, start: int, known: set[str], budget: list[int]) -> str | None:
    """The speaker label a transcript's paragraph at ``start`` opens with ("DOE: …"), when it names someone the
    text near it names with a capitalised word before ("Jane Doe", "Sen. Doe"), or gives a full name of words the
    text near it never writes in lower case ("JOEL BENENSON:"); not a dateline ("WASHINGTON:"), a day, a section's
    label ("ANALYSIS:", "UPDATE:") or a headline in capitals ("WHY IT MATTERS:"). "Near": :data:`_LABEL_REACH`
    characters around (bounded: a whole-text pass for the first label cost 20 MB documents a second). ``known``:
    the surnames of labels accepted so far ("BENENSON: …" after "JOEL BENENSON: …"); ``budget``: how many more
    labels may read the text around them (:data:`_MOST_LABELS` a document)."""
    found = _LABEL.match(text, start)
    if found is None:
        return None
    name = found.group().rstrip()[:-1].strip()
    if name.lower() in _ROLE_LABELS:
        return _ROLE_LABELS[name.lower()]  # "REPORTER: So when can people drink the water?": a reporter's
    words = name.split()
    last = words[-1].title()
    if name in _NOT_LABELS or dateline_place(name, ()) or last.lower() in _DAYS or last.lower() in _MONTHS:
        return None
    if last not in known:
        if budget[0] <= 0:
            return None
        budget[0] -= 1
        near = text[max(0, start - _LABEL_REACH) : start + _LABEL_REACH]
        # (each word looked for at C speed first: most are not there, and then no pattern is built for them)
        if (" " + last not in near or re.search(r"\b[A-Z][\w'’.-]* " + re.escape(last) + r"\b", near) is None) and not (
                2 <= len(words) <= 3 and words[0].isalpha()
                and not any(word.lower() in near and re.search(r"\b" + re.escape(word.lower()) + r"\b", near)
                            for word in words)):
            return None
        known.add(last)
    return name


_ROLE_LABELS = {"reporter": "a reporter", "reporters": "reporters", "audience member": "an audience member",
                "moderator": "the moderator", "interviewer": "the interviewer", "host": "the host",
                "questioner": "a questioner", "journalist": "a journalist"}
"""A transcript's label that is a role, not a name: its line is that role's, as written."""
_LABEL_REACH = 5_000
"""Characters before and after a label in which the text must name its speaker."""
_MOST_LABELS = 2_000
"""Labels read in one document, at most (each reads ~10,000 characters around it: bounded on a hostile text of
labels only)."""


_NARRATOR_REACH = 200
"""Blocks on each side of a paragraph among which a first-person narrator is judged (at least this many; a
document of fewer blocks is judged whole)."""


def _introduces(text: str, start: int, end: int) -> bool:
    """Does the paragraph ``text[start:end]`` introduce a block quotation after it: it ends with a colon ("In a
    speech last July, he said:"), or it reports someone's speech outside quotation marks ("Zuckerberg said this was
    why …"), where a transcript's words follow? (Asked of every paragraph without marks: the searches run on the
    text in place, and the costly ones only where "said" or "says" occurs.)"""
    last = end
    while last > start and text[last - 1].isspace():
        last -= 1
    if last > start and text[last - 1] == ":":
        return True
    if text.find("said", start, end) < 0 and text.find("says", start, end) < 0:
        return False
    return _QUOTE_MARK.search(text, start, end) is None and _REPORTS.search(text, start, end) is not None


class _Narration:
    """Which paragraphs hold first-person words, read only where asked: a block quotation is a first-person
    paragraph after one that introduces it (about 1 paragraph in 20 on news), unless the writer narrates in the
    first person around it (a column, a story), where the signal means nothing. Reading every paragraph for the
    second question was ~0.15 s of a 20 MB document's whole-text steps, before any attribution could start.

    The narrator is judged in the blocks around the paragraph (:data:`_NARRATOR_REACH` on each side, in fixed
    stretches, each read once), so an article is judged whole and a long collection of them article by article."""

    def __init__(self, document: Document, marked_blocks: bytes | bytearray) -> None:
        self.text = document.text
        self.blocks = document.blocks
        self.marked = marked_blocks
        self._first_person: dict[int, bool] = {}
        self._narrator: dict[int, bool] = {}

    def first_person(self, index: int) -> bool:
        """Is block ``index`` a paragraph without marks that holds two first-person words or more?"""
        found = self._first_person.get(index)
        if found is None:
            block = self.blocks[index]
            found = self._first_person[index] = (
                block.kind is BlockKind.PARAGRAPH and not self.marked[index]
                and _first_person(self.text, block.start, block.end))
        return found

    def narrator(self, index: int) -> bool:
        """Does the writer narrate in the first person around block ``index`` (over a third of the paragraphs)?"""
        stretch = index // _NARRATOR_REACH
        found = self._narrator.get(stretch)
        if found is None:
            lo = max(0, (stretch - 1) * _NARRATOR_REACH)
            hi = min(len(self.blocks), (stretch + 2) * _NARRATOR_REACH)
            if len(self.blocks) <= 3 * _NARRATOR_REACH:
                lo, hi = 0, len(self.blocks)  # a document of a few stretches is judged whole
            paragraphs = sum(1 for block in self.blocks[lo:hi] if block.kind is BlockKind.PARAGRAPH)
            found = self._narrator[stretch] = bool(
                paragraphs and sum(map(self.first_person, range(lo, hi))) * 3 > paragraphs)
        return found


def _unmarked_blocks(document: Document, marked_blocks: bytes | bytearray) -> list[tuple[int, str | None]]:
    """Plain-text paragraphs that are block quotations without marks: (block index, speaker hint name).
    ``marked_blocks``: one byte a block, non-zero where a quotation spans it."""
    text = document.text
    blocks = document.blocks
    found: list[tuple[int, str | None]] = []
    narration = _Narration(document, marked_blocks)
    known: set[str] = set()
    budget = [_MOST_LABELS]
    paragraph = BlockKind.PARAGRAPH
    for index, block in enumerate(blocks):
        if block.kind is not paragraph or marked_blocks[index]:
            continue
        nxt = blocks[index + 1] if index + 1 < len(blocks) else None
        if nxt is not None:
            signature = _SIGNATURE.match(text, nxt.start, nxt.end)
            if signature and nxt.end - nxt.start < 160:
                found.append((index, signature.group("name").strip()))
                continue
        if index == 0 or blocks[index - 1].kind is not paragraph:
            continue
        label = _label(text, block.start, known, budget)
        if label is not None:  # a transcript's line, first person or not, after another one or not
            found.append((index, label))
            continue
        prev = blocks[index - 1]
        if (not _introduces(text, prev.start, prev.end) or not narration.first_person(index)
                or narration.first_person(index - 1) or _SIGNATURE.match(text, block.start)
                or narration.narrator(index)):
            continue
        found.append((index, None))
    return found
