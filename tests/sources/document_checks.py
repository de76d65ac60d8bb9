"""Checks every converter's tests share: a converted document's blocks and styles as comparable tuples, its
offsets valid, and a Hypothesis strategy of HTML-ish fragments (tags, entities, comments and text)."""

from __future__ import annotations

from hypothesis import strategies as st

from reader.blocks import BlockKind
from reader.document import Document


def blocks(document: Document) -> list[tuple[str, int, str]]:
    return [(b.kind.value, b.level, document.block_text(i)) for i, b in enumerate(document.blocks)]


def styled(document: Document) -> list[tuple[str, str, str]]:
    return [(s.style, document.text[s.start : s.end], s.target) for s in document.styles]


def check_offsets(document: Document) -> None:
    """Segments slice the text, in order, never overlapping (only a line of code or a table may be empty);
    styles lie within the text."""
    previous = 0
    for block in document.blocks:
        assert block.segments
        for start, end in block.segments:
            assert previous <= start <= end <= len(document.text)
            assert start < end or block.kind in (BlockKind.CODE, BlockKind.TABLE)  # a blank line of code
            previous = end
    for style in document.styles:
        assert 0 <= style.start < style.end <= len(document.text)


def html_fragments(tags: list[str], max_text: int, tokens: list[str]) -> st.SearchStrategy[str]:
    """One piece of an HTML-ish page: text, an opening or closing tag of ``tags``, or one of ``tokens``."""
    return st.one_of(
        st.text(alphabet=st.characters(codec="utf-8"), max_size=max_text),
        st.sampled_from(tags).map(lambda tag: f"<{tag}>"),
        st.sampled_from(tags).map(lambda tag: f"</{tag}>"),
        st.sampled_from(tokens),
    )
