"""Plain-text paragraphs that are block quotations without marks: a first-person paragraph after an attribution
that introduces it ("In a speech last July, he said:"), or an embedded post followed by a ``— Name (@handle)``
signature line.

The paragraph before must introduce it (issue 11, part 12): end with a colon, or report someone's speech with
"said"/"says" and no quotation marks (a transcript's line that opens with its speaker's label, "DOE: …", needs
none) (a transcript's words then follow, as in ../shared/corpus's Zuckerberg
article). Before, any first-person paragraph after one that was not made a column's or a story's own narration a
quotation, given the last speaker: on PolNeAR 13 of the 16 attributed ones were wrong (the writer's "tax experts I
spoke to", a letter to the editor), and on the web pages 20 of 23 (a reviewer's text, a novel's narrator); now 3
and 3 remain."""

from __future__ import annotations

import re

from reader.document import BlockKind, Document

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


def _introduces(text: str, start: int, end: int) -> bool:
    """Does the paragraph ``text[start:end]`` introduce a block quotation after it: it ends with a colon ("In a
    speech last July, he said:"), or it reports someone's speech outside quotation marks ("Zuckerberg said this was
    why …"), where a transcript's words follow?"""
    paragraph = text[start:end]
    if paragraph.rstrip().endswith(":"):
        return True
    return _QUOTE_MARK.search(paragraph) is None and _REPORTS.search(paragraph) is not None


def _labelled(text: str, start: int) -> bool:
    """Does the paragraph at ``start`` open with a transcript's speaker label ("DOE: …"; not "UPDATE: …")?"""
    label = _LABEL.match(text, start)
    return label is not None and label.group().rstrip()[:-1].strip() not in _NOT_LABELS


def _unmarked_blocks(document: Document, marked_blocks: bytes | bytearray) -> list[tuple[int, str | None]]:
    """Plain-text paragraphs that are block quotations without marks: (block index, speaker hint name).
    ``marked_blocks``: one byte a block, non-zero where a quotation spans it."""
    text = document.text
    blocks = document.blocks
    found: list[tuple[int, str | None]] = []
    first_person: list[bool] = []
    for index, block in enumerate(blocks):
        first_person.append(  # read only in paragraphs without marks (about half of them)
            block.kind is BlockKind.PARAGRAPH
            and not marked_blocks[index]
            and _first_person(text, block.start, block.end)
        )
    # A narrator who writes in the first person (a column) makes the signal meaningless.
    paragraphs = sum(1 for b in blocks if b.kind is BlockKind.PARAGRAPH)
    narrator_first_person = paragraphs and sum(first_person) * 3 > paragraphs
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.PARAGRAPH or marked_blocks[index]:
            continue
        nxt = blocks[index + 1] if index + 1 < len(blocks) else None
        if nxt is not None:
            signature = _SIGNATURE.match(text, nxt.start, nxt.end)
            if signature and nxt.end - nxt.start < 160:
                found.append((index, signature.group("name").strip()))
                continue
        if narrator_first_person or not first_person[index] or index == 0:
            continue
        prev = blocks[index - 1]
        if (prev.kind is not BlockKind.PARAGRAPH or first_person[index - 1] or _SIGNATURE.match(text, block.start)
                or not (_introduces(text, prev.start, prev.end) or _labelled(text, block.start))):
            continue
        label = _LABEL.match(text, block.start)
        name = label.group().rstrip()[:-1].strip() if label else None
        found.append((index, name if name not in _NOT_LABELS else None))
    return found

