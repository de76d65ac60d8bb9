"""Plain-text paragraphs that are block quotations without marks: a first-person paragraph after an attribution,
or an embedded post followed by a ``— Name (@handle)`` signature line."""

from __future__ import annotations

import re

from reader.document import BlockKind, Document

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
        if prev.kind is not BlockKind.PARAGRAPH or first_person[index - 1] or _SIGNATURE.match(text, block.start):
            continue
        found.append((index, None))
    return found

