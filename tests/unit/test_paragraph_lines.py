"""Plain text written one paragraph per line (no blank line between paragraphs) is read as paragraphs, one per
line; hard-wrapped prose, and a paragraph written one sentence per line, stay one paragraph per run of lines
(reader.blocks.PARAGRAPH_LINE, PARAGRAPH_LINES)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.blocks import PARAGRAPH_LINE, PARAGRAPH_LINES
from reader.document import BlockKind, Document

LONG = ("Valastro praised Christie’s leadership in the aftermath of Hurricane Sandy and his ability to get things "
        "done in a heavily Democratic state, where voters have long memories of the storm.")
TWO = LONG + " He said so twice. " + LONG
"""A paragraph of several sentences on one line."""
MANY = "\n".join([LONG] * (PARAGRAPH_LINES - 2))
"""Enough one-sentence paragraph lines to make a run of lines paragraphs, with two more lines."""


def kinds_and_texts(text: str) -> list[tuple[BlockKind, str]]:
    document = Document.from_text(text)
    return [(block.kind, text[block.start : block.end]) for block in document.blocks]


def test_a_paragraph_per_line_is_a_block_per_line() -> None:
    assert len(LONG) > PARAGRAPH_LINE
    text = f"Title\n\n{LONG}\n“We need someone who can win.”\n{MANY}\n"
    blocks = kinds_and_texts(text)
    assert [kind for kind, _ in blocks] == [BlockKind.TITLE] + [BlockKind.PARAGRAPH] * PARAGRAPH_LINES
    assert blocks[2][1] == "“We need someone who can win.”"


def test_a_few_lines_of_several_sentences_each_are_paragraphs() -> None:
    text = f"Title\n\n{TWO}\n{TWO}\n{TWO}\n"
    blocks = kinds_and_texts(text)
    assert [kind for kind, _ in blocks] == [BlockKind.TITLE] + [BlockKind.PARAGRAPH] * 3


def test_a_paragraph_written_a_sentence_per_line_stays_one_paragraph() -> None:
    # long sentences, one per line, in a short run between blank lines: one paragraph, as before
    text = f"Title\n\n{LONG}\n{LONG}\n{LONG}\n\nNext paragraph.\n"
    blocks = kinds_and_texts(text)
    assert [kind for kind, _ in blocks] == [BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


def test_the_title_chunk_of_a_paragraph_per_line_text() -> None:
    text = f"Title\n{TWO}\n{TWO}\n"
    blocks = kinds_and_texts(text)
    assert [kind for kind, _ in blocks] == [BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


def test_a_short_line_among_paragraph_lines_may_be_a_heading() -> None:
    text = f"Title\n\n{LONG}\nThe Latest On The Race\n{MANY}\n"
    assert [kind for kind, _ in kinds_and_texts(text)][2] == BlockKind.HEADING


def test_hard_wrapped_prose_stays_one_paragraph() -> None:
    wrapped = "\n".join(["This line of a hard-wrapped paragraph is well under the width of any line"] * 5)
    blocks = kinds_and_texts(f"Title\n\n{wrapped}\n\nSecond paragraph.\n")
    assert [kind for kind, _ in blocks] == [BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]
    assert blocks[1][1] == wrapped


def test_quotations_read_the_lines_as_paragraphs() -> None:
    # "Rubio disagreed." opens the next paragraph: it is no attribution of the quotation that ends this one
    from reader.quotes import find_quotations

    text = ("Title\n\n"
            "Chris Christie attacked Marco Rubio for not answering the question about the bill, which passed the "
            "Senate in 2013 but never got a vote in the House, and the crowd responded loudly to him.\n"
            "“A leader must fight for what they believe in,” Christie said. “That is not what leadership is.”\n"
            "Rubio disagreed.\n"
            "“Leadership is about solving the problem,” he said.\n" + MANY + "\n")
    found = find_quotations(Document.from_text(text))
    assert [q.speaker_full for q in found][:3] == ["Chris Christie", "Chris Christie", "Marco Rubio"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("ab “”.\n "), max_size=220), max_size=6))
def test_any_lines_give_blocks_in_order_within_the_text(parts: list[str]) -> None:
    text = "\n".join(parts)
    document = Document.from_text(text)
    previous = 0
    for block in document.blocks:
        assert previous <= block.start < block.end <= len(text)
        previous = block.end
        for start, end in block.segments:
            assert "\n" not in text[start:end]
