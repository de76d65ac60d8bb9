"""Wrapping and the row layout: widths are never exceeded, every character is on one row, mappings agree."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.document import BlockKind, Document
from reader.layout import BLANK, INDENT, RULE, Layout, char_width, text_width, wrap
from reader.loader import load_document


def check_wrap(text: str, width: int) -> list[tuple[int, int]]:
    rows = wrap(text, width)
    assert rows
    covered: list[int] = []
    position = 0
    for start, end in rows:
        assert position <= start <= end <= len(text)
        # what lies between two rows is only the one break space
        gap = text[position:start]
        assert gap in ("", " "), (gap, rows)
        if end > start:
            assert text_width(text[start:end]) <= max(width, max(char_width(c) for c in text[start:end]))
        covered.extend(range(start, end))
        position = end
    assert text[position:] in ("", " ")  # at most the break space after the last row
    assert covered == sorted(set(covered))
    skipped = set(range(len(text))) - set(covered)
    assert all(text[i] == " " for i in skipped)
    return rows


def test_char_width() -> None:
    assert char_width("a") == 1
    assert char_width("東") == 2
    assert char_width("\uff21") == 2  # fullwidth A
    assert char_width("\u0301") == 0
    assert char_width("\u200b") == 0  # Cf
    assert text_width("日本語") == 6
    assert text_width("e\u0301") == 1


def test_wrap_ascii() -> None:
    text = "the quick brown fox jumps over the lazy dog"
    rows = check_wrap(text, 10)
    assert [text[a:b] for a, b in rows] == ["the quick", "brown fox", "jumps over", "the lazy", "dog"]


def test_wrap_long_word_is_broken() -> None:
    text = "a " + "x" * 25 + " b"
    rows = check_wrap(text, 10)
    assert [text[a:b] for a, b in rows] == ["a", "x" * 10, "x" * 10, "xxxxx b"]


def test_wrap_wide_characters() -> None:
    text = "日本語の文章です。次の文。"
    rows = check_wrap(text, 7)
    for a, b in rows:
        assert text_width(text[a:b]) <= 7
    assert "".join(text[a:b] for a, b in rows) == text
    assert [text_width(text[a:b]) for a, b in rows] == [6, 6, 6, 6, 2]


def test_wrap_mixed_wide_and_spaces() -> None:
    text = "ab 日本 cd 語語語 e"
    rows = check_wrap(text, 5)
    assert [text[a:b] for a, b in rows] == ["ab", "日本", "cd", "語語", "語 e"]


def test_wrap_width_one_with_wide_char() -> None:
    rows = check_wrap("東京", 1)
    assert rows == [(0, 1), (1, 2)]  # a wide character alone on a row, never dropped


def test_wrap_empty() -> None:
    assert wrap("", 10) == [(0, 0)]


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab  東語\u0301é-."), max_size=120) | st.text(max_size=120),
    st.integers(min_value=1, max_value=40),
)
def test_wrap_property(text: str, width: int) -> None:
    check_wrap(text, width)


# -- Layout -------------------------------------------------------------------------------------------------


@pytest.fixture
def seed_doc(seed_path: Path) -> Document:
    return load_document(seed_path)


def full_layout(doc: Document, width: int) -> Layout:
    layout = Layout(doc, width)
    layout.extend()
    assert layout.complete and layout.progress == 1.0
    return layout


def rows_of(layout: Layout) -> list[tuple[int, int, int]]:
    return list(zip(layout.row_block, layout.row_start, layout.row_end, strict=True))


@pytest.mark.parametrize("width", [8, 20, 37, 60, 80, 120])
def test_seed_rows_fit_and_cover(seed_doc: Document, width: int) -> None:
    layout = full_layout(seed_doc, width)
    seen: dict[int, list[tuple[int, int]]] = {}
    for block, start, end in rows_of(layout):
        if block < 0:
            continue
        text = seed_doc.display(block).text
        assert text_width(text[start:end]) <= layout.block_width(block)
        seen.setdefault(block, []).append((start, end))
    assert sorted(seen) == list(range(len(seed_doc.blocks)))
    for block, ranges in seen.items():
        text = seed_doc.display(block).text
        covered = [i for a, b in ranges for i in range(a, b)]
        assert covered == sorted(set(covered))
        assert all(text[i] == " " for i in set(range(len(text))) - set(covered))


def test_seed_structure(seed_doc: Document) -> None:
    layout = full_layout(seed_doc, 60)
    blocks = list(layout.row_block)
    assert blocks[0] == 0
    assert RULE in blocks and blocks.index(RULE) == layout.block_rows[1] - 2
    for index in range(1, len(seed_doc.blocks)):
        assert blocks[layout.block_rows[index] - 1] == BLANK
        assert blocks[layout.block_rows[index]] == index
    assert layout.heading_rows() == [layout.block_rows[i] for i, _ in seed_doc.headings]
    assert layout.nearest_text_row(layout.block_rows[1] - 1, 1) == layout.block_rows[1]
    assert layout.nearest_text_row(layout.block_rows[1] - 1, -1) == layout.block_rows[1] - 3
    assert layout.block_of_row(layout.block_rows[2] - 1) == 1


def test_indented_blocks_are_narrower() -> None:
    text = "# T\n\n> " + "quoted words " * 20 + "\n\n- " + "item words " * 20
    doc = Document(text, markdown=True)
    layout = full_layout(doc, 30)
    for block, start, end in rows_of(layout):
        if block >= 0 and doc.blocks[block].kind in (BlockKind.QUOTE, BlockKind.LIST_ITEM):
            assert text_width(doc.display(block).text[start:end]) <= 30 - INDENT[doc.blocks[block].kind]


def check_mappings(doc: Document, layout: Layout) -> None:
    for index, block in enumerate(doc.blocks):
        display = doc.display(index)
        for start, end in block.segments:
            for offset in range(start, end):
                row = layout.row_of(offset)
                assert layout.row_block[row] == index
                row2, column = layout.column_of(offset)
                assert row2 == row
                position = display.to_display(offset)
                assert layout.row_start[row] <= position <= max(layout.row_end[row], layout.row_start[row])
                back = layout.offset_at(row, column)
                assert back is not None
                # a character in the same cell (zero-width marks share their cell), or, for the break space at
                # the end of a row, the row's last character
                assert layout.column_of(back)[0] == row
                assert layout.column_of(back)[1] == column or position >= layout.row_end[row]
                assert doc.block_at(back) == index


@pytest.mark.parametrize("width", [8, 25, 80])
def test_row_column_offset_consistency_seed(seed_doc: Document, width: int) -> None:
    layout = full_layout(seed_doc, width)
    check_mappings(seed_doc, layout)
    for index, block in enumerate(seed_doc.blocks):
        for start, end in block.segments:
            for offset in range(start, end):
                row, column = layout.column_of(offset)
                if (
                    seed_doc.text[offset] != " "
                    or layout.row_start[row] < seed_doc.display(index).to_display(offset) < layout.row_end[row]
                ):
                    assert layout.offset_at(row, column) == offset


def test_offset_at_blank_rule_and_out_of_range(seed_doc: Document) -> None:
    layout = full_layout(seed_doc, 40)
    assert layout.offset_at(list(layout.row_block).index(RULE), 0) is None
    assert layout.offset_at(list(layout.row_block).index(BLANK), 0) is None
    assert layout.offset_at(-1, 0) is None
    assert layout.offset_at(len(layout), 0) is None
    assert layout.offset_at(0, 10_000) is not None  # past the end of a row: its last character


def test_wide_characters_columns() -> None:
    text = "T\n\n日本語の文章です"
    doc = Document(text)
    layout = full_layout(doc, 8)
    start = doc.blocks[1].start
    assert layout.column_of(start) == (layout.block_rows[1], 0)
    assert layout.column_of(start + 1)[1] == 2
    assert layout.offset_at(layout.block_rows[1], 3) == start + 1  # the right half of a wide char
    check_mappings(doc, layout)


def test_row_of_lays_out_lazily(seed_doc: Document) -> None:
    layout = Layout(seed_doc, 40)
    assert len(layout) == 0 and not layout.complete
    last = seed_doc.blocks[-1].start
    row = layout.row_of(last)
    assert layout.complete
    assert layout.row_block[row] == len(seed_doc.blocks) - 1


def test_extend_by_rows_and_blocks(seed_doc: Document) -> None:
    layout = Layout(seed_doc, 40)
    assert layout.extend(blocks=2) == 2
    assert layout.laid_blocks == 2
    layout.extend(rows=len(layout) + 1)
    assert layout.laid_blocks >= 3
    assert 0 < layout.progress < 1


@pytest.mark.parametrize("steps", [[1], [1, 1, 1], [3, 2], [100]])
def test_incremental_extend_matches_full(seed_doc: Document, steps: list[int]) -> None:
    full = full_layout(seed_doc, 50)
    grown = Layout(seed_doc, 50)
    for step in steps * 20:
        grown.extend(blocks=step)
    grown.extend()
    assert rows_of(grown) == rows_of(full)
    assert list(grown.block_rows) == list(full.block_rows)


def test_incremental_extend_by_offset_and_rows_matches_full(seed_doc: Document) -> None:
    full = full_layout(seed_doc, 33)
    grown = Layout(seed_doc, 33)
    grown.extend(until_offset=seed_doc.blocks[3].start)
    assert grown.laid_blocks == 4
    grown.extend(rows=len(grown) + 5)
    grown.row_of(seed_doc.blocks[7].start + 3)
    grown.extend()
    assert rows_of(grown) == rows_of(full)


def test_minimum_width_and_empty_document() -> None:
    layout = Layout(Document("T\n\nbody"), 1)
    assert layout.width == 8
    empty = Layout(Document(""), 40)
    assert empty.extend() == 0
    assert empty.complete and len(empty) == 0
    assert empty.row_of(0) == 0


texts = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=()), max_size=150),
    st.lists(
        st.sampled_from(
            ["Word", " ", "\n", "\n\n", "東京", "e\u0301", "\x1b[2J", "\u202e", "# ", "> ", "- ", "x" * 30]
        ),
        max_size=40,
    ).map("".join),
)


@settings(max_examples=150, deadline=None)
@given(texts, st.booleans(), st.integers(min_value=8, max_value=50), st.lists(st.integers(1, 4), max_size=6))
def test_layout_property(text: str, markdown: bool, width: int, steps: list[int]) -> None:
    doc = Document(text, markdown=markdown)
    full = full_layout(doc, width)
    for block, start, end in rows_of(full):
        if block >= 0:
            assert text_width(doc.display(block).text[start:end]) <= full.block_width(block) or end - start == 1
    check_mappings(doc, full)
    grown = Layout(doc, width)
    for step in steps:
        grown.extend(blocks=step)
    grown.extend()
    assert rows_of(grown) == rows_of(full)


# -- issue 14: slices that end on time, one copy of the text -------------------------------------------------------


def long_document(paragraphs: int = 400) -> Document:
    body = "\n\n".join(f"Paragraph {n} „quoted“ – " + "word " * (20 + n % 30) for n in range(paragraphs))
    return Document.from_text("A title\n\n" + body)


def test_extend_stops_at_the_deadline_after_at_least_one_block() -> None:
    document = long_document()
    layout = Layout(document, 60)
    assert layout.extend(deadline=0.0) == 1  # a deadline already past still lays out one block: progress
    done = layout.extend(deadline=float("inf"))
    assert layout.laid_blocks == len(document.blocks) == 1 + done
    whole = Layout(document, 60)
    whole.extend()
    assert (layout.row_block, layout.row_start, layout.row_end) == (whole.row_block, whole.row_start, whole.row_end)


def test_extend_stops_when_interrupted_after_at_least_one_block() -> None:
    """The app's slices pass "a key is waiting": the slice ends after the block it is on."""
    document = long_document()
    layout = Layout(document, 60)
    assert layout.extend(deadline=float("inf"), interrupted=lambda: True) == 1
    calls: list[int] = []

    def after_three() -> bool:
        calls.append(1)
        return len(calls) >= 3

    assert layout.extend(deadline=float("inf"), interrupted=after_three) == 3  # asked before each block but the first
    assert layout.extend(deadline=float("inf"), interrupted=lambda: False) == len(document.blocks) - 4


def test_a_layout_in_slices_equals_one_in_one_go() -> None:
    document = long_document()
    sliced = Layout(document, 45)
    while sliced.laid_blocks < len(document.blocks):
        sliced.extend(deadline=0.0)
    whole = Layout(document, 45)
    whole.extend()
    assert list(sliced.row_block) == list(whole.row_block)
    assert list(sliced.row_start) == list(whole.row_start) and list(sliced.row_end) == list(whole.row_end)
    assert list(sliced.block_rows) == list(whole.block_rows)


def test_one_cell_each_remembers_only_one_cell_characters() -> None:
    from reader.layout import one_cell_each

    assert one_cell_each("plain ascii")
    assert one_cell_each("„typographic“ – quotes’")
    assert one_cell_each("„typographic“ – quotes’")  # the second time from the set of known characters
    assert not one_cell_each("wide 東 character")
    assert not one_cell_each("wide 東 character")  # a wide character is never remembered as one cell
    assert not one_cell_each("a combining e\u0301")


def test_the_layout_keeps_no_display_copy_of_every_block(monkeypatch: pytest.MonkeyPatch) -> None:
    """Display texts are made on demand and only the most recently used are kept (they were a second copy of
    the whole text); rows still map offsets both ways after theirs was dropped."""
    import reader.document as document_module

    monkeypatch.setattr(document_module, "DISPLAY_CACHE", 16)
    document = long_document()
    layout = Layout(document, 50)
    layout.extend()
    assert len(document._displays) <= 16
    for offset in (document.blocks[1].start + 3, document.blocks[200].start + 40, document.blocks[-1].end - 1):
        row, column = layout.column_of(offset)
        assert layout.offset_at(row, column) == offset
    assert len(document._displays) <= 16
    index = len(document.blocks) // 2
    assert document.display(index) == document.display(index)  # the same text made again, or kept
