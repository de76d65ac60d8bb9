"""Where a selection ends: a selected sentence or paragraph keeps its last character at the end of the text, and
a selection grown by sentences or paragraphs ends with one (its full stop and closing quotation mark), never on
the next one's first letter. The article view's selection is ``Document.selected(anchor, cursor)``; `s` and `p`
put the cursor on ``last_char(span)``; `)` and `}` while a selection grows go to ``next_sentence_end`` and
``next_paragraph_end``."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.document import Document, Span
from tests.unit.test_document import texts

BLANKS = " \t\f\v\u00a0\r\n"
"""What the block parser strips around a line (other white space, such as U+001F, is the text's own)."""
LAST = "One paragraph here.\n\nAnother paragraph. Final words are these."


@pytest.mark.parametrize("text", [LAST, LAST + "\n"])
def test_the_last_sentence_and_paragraph_keep_their_last_character(text: str) -> None:
    doc = Document(text)
    sentence = doc.sentence_at(text.index("Final"))
    paragraph = doc.paragraph_at(text.index("Final"))
    assert sentence is not None and paragraph is not None
    assert text[sentence.start : sentence.end] == "Final words are these."
    assert doc.selected(sentence.start, doc.last_char(sentence)) == sentence
    assert doc.selected(paragraph.start, doc.last_char(paragraph)) == paragraph
    assert text[paragraph.start : paragraph.end] == "Another paragraph. Final words are these."
    last = len(text.rstrip()) - 1
    assert doc.char_end(last) == last + 1
    assert doc.next_char(last) == last  # the cursor itself has nowhere to go


def test_char_end_takes_the_marks_on_a_character() -> None:
    text = "T\n\nnoe\u0308l and noe\u0308"
    doc = Document(text)
    e = text.index("e\u0308")
    assert doc.char_end(e) == e + 2
    assert doc.selected(len(text) - 2, len(text) - 2) == Span(len(text) - 2, len(text))


def test_growing_by_sentences_ends_with_each_sentence() -> None:
    text = "Title\n\nOne two three. Four five six. Seven eight.\n\n“Quoted here.” Next one."
    doc = Document(text)
    one = text.index("One")
    first = doc.next_sentence_end(one)
    assert text[doc.selected(one, first).start : doc.selected(one, first).end] == "One two three."
    second = doc.next_sentence_end(first)
    assert text[one : doc.selected(one, second).end] == "One two three. Four five six."
    third = doc.next_sentence_end(second)
    assert text[one : doc.selected(one, third).end].endswith("Seven eight.")
    fourth = doc.next_sentence_end(third)  # into the next paragraph: its sentence, closing mark and all
    assert text[one : doc.selected(one, fourth).end].endswith("Seven eight.\n\n“Quoted here.”")
    assert doc.prev_sentence_end(fourth) == third
    assert doc.prev_sentence_end(second) == first
    assert doc.next_paragraph_end(one) == third
    assert doc.next_paragraph_end(third) == len(text) - 1
    assert doc.prev_paragraph_end(len(text) - 1) == third
    last = len(text) - 1
    assert doc.next_sentence_end(last) == last and doc.next_paragraph_end(last) == last


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.booleans())
def test_a_selected_sentence_or_paragraph_ends_at_its_last_non_space_character(text: str, markdown: bool) -> None:
    """Any text: `s` or `p` (anchor on the span's start, cursor on ``last_char``) selects the whole span, which
    ends at its last non-space character, final punctuation included (only white space up to the next sentence)."""
    doc = Document(text, markdown=markdown)
    text = doc.text  # (the document's text: soft hyphens are dropped as it is read, so offsets are into it)
    for index, block in enumerate(doc.blocks):
        paragraph = Span(block.start, block.end)
        assert doc.selected(paragraph.start, doc.last_char(paragraph)) == paragraph
        assert text[block.end - 1] not in BLANKS
        sentences = doc.sentences(index)
        for number, sentence in enumerate(sentences):
            assert doc.selected(sentence.start, doc.last_char(sentence)) == sentence
            assert text[sentence.end - 1] not in BLANKS
            following = sentences[number + 1].start if number + 1 < len(sentences) else block.end
            assert not text[sentence.end : following].strip(), "a sentence ends before its last characters"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.booleans(), st.integers(min_value=0, max_value=400))
def test_growing_by_sentence_or_paragraph_ends_where_one_ends(text: str, markdown: bool, offset: int) -> None:
    doc = Document(text, markdown=markdown)
    if not doc.blocks:
        return
    cursor = doc.clamp(offset)
    ends = {span.end for index in range(len(doc.blocks)) for span in doc.sentences(index)}
    block_ends = {block.end for block in doc.blocks}
    for motion, targets in ((doc.next_sentence_end, ends), (doc.next_paragraph_end, block_ends)):
        moved = motion(cursor)
        assert moved >= cursor
        if moved > cursor:
            assert doc.selected(cursor, moved).end in targets, motion.__name__
    for motion, targets in ((doc.prev_sentence_end, ends), (doc.prev_paragraph_end, block_ends)):
        moved = motion(cursor)
        assert moved <= cursor
        if moved < cursor:
            assert doc.char_end(moved) in targets, motion.__name__
