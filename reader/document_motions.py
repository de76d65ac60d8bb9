"""The document's motions: from an offset to the next or previous character, word, sentence or paragraph.

A mixin of :class:`reader.document.Document` (its methods are the document's: ``document.next_word(offset)``),
kept apart so the model's file holds the text, its blocks and what is cached per block, and this one the walks
the article's keys make over them. Each motion returns a new offset (the same one when there is nowhere to go);
a character step skips combining marks and steps over the gap between blocks, so the cursor never rests between
a letter and its accent or between two paragraphs. A selection covers its anchor's and its cursor's characters
(:meth:`~DocumentMotions.selected`); while one grows forward, the sentence and paragraph keys take the cursor to
the last character of a sentence or paragraph (``next_sentence_end``...), so it ends where they do. Pure: no
Textual or Rich import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.blocks import Span

if TYPE_CHECKING:
    from collections.abc import Callable

    from reader.blocks import Block


class DocumentMotions:
    """The motions; the document provides its text, its blocks and their words and sentences."""

    if TYPE_CHECKING:
        text: str
        blocks: list[Block]

        def block_at(self, offset: int) -> int: ...
        def words(self, index: int) -> list[Span]: ...
        def sentences(self, index: int) -> list[Span]: ...

    def clamp(self, offset: int) -> int:
        if not self.blocks:
            return 0
        return max(self.blocks[0].start, min(offset, max(self.blocks[-1].end - 1, self.blocks[-1].start)))

    def next_word(self, offset: int) -> int:
        return self._next_start(offset, self.words)

    def prev_word(self, offset: int) -> int:
        return self._prev_start(offset, self.words)

    def next_sentence(self, offset: int) -> int:
        return self._next_start(offset, self.sentences)

    def prev_sentence(self, offset: int) -> int:
        """Start of the sentence before the one at ``offset`` (or of this one when inside it, like vim)."""
        return self._prev_start(offset, self.sentences)

    def _next_start(self, offset: int, spans_of: Callable[[int], list[Span]]) -> int:
        """The first start after ``offset`` among a block's spans (words or sentences), block after block."""
        index = self.block_at(offset)
        while index < len(self.blocks):
            for span in spans_of(index):
                if span.start > offset:
                    return span.start
            index += 1
        return offset

    def _prev_start(self, offset: int, spans_of: Callable[[int], list[Span]]) -> int:
        """The last start before ``offset`` among a block's spans, block before block."""
        index = self.block_at(offset)
        while index >= 0:
            for span in reversed(spans_of(index)):
                if span.start < offset:
                    return span.start
            index -= 1
        return offset

    def next_sentence_end(self, offset: int) -> int:
        """The last character of the first sentence ending after ``offset``: where `)` takes the cursor while a
        selection grows forward, so that it ends with the sentence (its full stop and closing quotation mark),
        not on the next sentence's first letter (which `h` then widened to the whole word)."""
        return self._next_end(offset, self.sentences)

    def prev_sentence_end(self, offset: int) -> int:
        """The last character of the last sentence ending before ``offset`` (`(` shrinking such a selection)."""
        return self._prev_end(offset, self.sentences)

    def next_paragraph_end(self, offset: int) -> int:
        """The last character of the first paragraph ending after ``offset`` (`}` growing a selection forward)."""
        return self._next_end(offset, self._block_span)

    def prev_paragraph_end(self, offset: int) -> int:
        """The last character of the last paragraph ending before ``offset`` (`{` shrinking such a selection)."""
        return self._prev_end(offset, self._block_span)

    def _block_span(self, index: int) -> list[Span]:
        block = self.blocks[index]
        return [Span(block.start, block.end)]

    def _next_end(self, offset: int, spans_of: Callable[[int], list[Span]]) -> int:
        """The first span's last character after ``offset``, block after block."""
        index = self.block_at(offset)
        while index < len(self.blocks):
            for span in spans_of(index):
                last = self.last_char(span)
                if last > offset:
                    return last
            index += 1
        return offset

    def _prev_end(self, offset: int, spans_of: Callable[[int], list[Span]]) -> int:
        """The last span's last character before ``offset``, block before block."""
        index = min(self.block_at(offset), len(self.blocks) - 1)
        while index >= 0:
            for span in reversed(spans_of(index)):
                last = self.last_char(span)
                if last < offset:
                    return last
            index -= 1
        return offset

    def last_char(self, span: Span) -> int:
        """Where the cursor stands to select up to ``span``'s end: on its last character (marks aside)."""
        return max(span.start, self.prev_char(span.end)) if span.end > span.start else span.start

    def char_end(self, offset: int) -> int:
        """Where the character at ``offset`` ends: past it and the combining marks on it. Unlike
        :meth:`next_char`, which stays put on the text's last character (there is nowhere to go), this is then
        the text's end: a selection ending there used to lose that character (a last sentence's full stop)."""
        text = self.text
        end = min(offset + 1, len(text))
        while end < len(text) and _is_mark(text[end]):
            end += 1
        return end

    def selected(self, anchor: int, cursor: int) -> Span:
        """What a selection from ``anchor`` to ``cursor`` covers: both their characters, whole."""
        start, end = sorted((anchor, cursor))
        return Span(start, self.char_end(end))

    def next_paragraph(self, offset: int) -> int:
        index = self.block_at(offset)
        if offset < self.blocks[index].start:
            return self.blocks[index].start
        return self.blocks[index + 1].start if index + 1 < len(self.blocks) else offset

    def prev_paragraph(self, offset: int) -> int:
        index = self.block_at(offset)
        if offset > self.blocks[index].start:
            return self.blocks[index].start
        return self.blocks[index - 1].start if index > 0 else offset

    def next_char(self, offset: int) -> int:
        """One character on, skipping combining marks and stepping over the gap between blocks."""
        text = self.text
        index = self.block_at(offset)
        block = self.blocks[index]
        new = offset + 1
        while new < block.end and _is_mark(text[new]):
            new += 1
        if new < block.end:
            for start, end in block.segments:
                if new < start:
                    return start
                if new < end:
                    return new
        if index + 1 < len(self.blocks):
            return self.blocks[index + 1].start
        return offset

    def prev_char(self, offset: int) -> int:
        text = self.text
        index = self.block_at(offset)
        block = self.blocks[index]
        if offset <= block.start:
            if index == 0:
                return offset
            return max(self.blocks[index - 1].end - 1, self.blocks[index - 1].start)
        new = offset - 1
        for start, end in reversed(block.segments):
            if start <= new < end:
                break
            if new >= end:
                new = end - 1
                break
        while new > block.start and _is_mark(text[new]):
            new -= 1
        return new


def _is_mark(char: str) -> bool:
    return "\u0300" <= char <= "\u036f" or "\u1ab0" <= char <= "\u1aff" or "\u20d0" <= char <= "\u20ff"
