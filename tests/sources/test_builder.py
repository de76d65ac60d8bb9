"""The DocumentBuilder every converter uses, the Document it makes, and how the layout sets its new kinds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.blocks import BlockKind
from reader.document_meta import DocumentPart, SourceInfo
from reader.layout import Layout
from reader.sources.builder import DocumentBuilder

INFO = SourceInfo(kind="html", title="Info title", url="https://example.org/a")


def _article() -> DocumentBuilder:
    b = DocumentBuilder()
    b.title("A  Title\n")
    b.byline("Jane Doe · 2024")
    b.open_block(BlockKind.PARAGRAPH)
    b.text("  Hello ")
    b.push_style("em")
    b.text(" brave ")
    b.pop_style()
    b.text("new\n\tworld. ")
    b.close_block()
    b.code("def f():\n\treturn 1\n\n    # end\n")
    b.table([["Name", "Age"], ["Alice", "30"], ["Bob", "4"]], header=True)
    for level, item in ((1, "one"), (2, "two")):
        b.open_block(BlockKind.LIST_ITEM, level)
        b.text(item)
        b.close_block()
    b.open_block(BlockKind.PARAGRAPH)  # empty: leaves nothing behind
    b.close_block()
    b.image("A cat")
    return b


def test_text_blocks_and_styles() -> None:
    doc = _article().document(INFO)
    assert doc.text == (
        "A Title\n\nJane Doe · 2024\n\nHello brave new world.\n\ndef f():\n    return 1\n\n    # end\n\n"
        "Name  | Age\nAlice | 30\nBob   | 4\n\none\ntwo\n\n[image: A cat]"
    )
    kinds = [b.kind for b in doc.blocks]
    assert kinds == [
        BlockKind.TITLE, BlockKind.BYLINE, BlockKind.PARAGRAPH, BlockKind.CODE, BlockKind.TABLE,
        BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.IMAGE,
    ]
    code = doc.blocks[3]
    assert [doc.text[s:e] for s, e in code.segments] == ["def f():", "    return 1", "", "    # end"]
    assert doc.blocks[4].level == 1  # a header row
    assert [doc.text[s.start : s.end] for s in doc.styles] == ["brave"]
    assert doc.title == "A Title" and doc.kind == "html" and doc.path == "https://example.org/a"
    assert doc.text[doc.body_start :].startswith("Hello brave")
    assert [doc.text[s.start : s.end] for s in doc.code_spans()] == [doc.text[code.start : code.end]]
    assert doc.markdown  # structure from the source: no guessing of unmarked quotations


def test_styles_over_finds_long_and_nested_styles() -> None:
    b = DocumentBuilder()
    b.open_block(BlockKind.PARAGRAPH)
    b.push_style("link", "https://x")
    b.text("a long link ")
    b.push_style("strong")
    b.text("with strong")
    b.pop_style()
    b.text(" inside it")
    b.pop_style()
    b.text(" and after")
    b.close_block()
    doc = b.document(SourceInfo(kind="markdown"))
    names = [s.style for s in doc.styles_over(14, 15)]
    assert names == ["link", "strong"]
    assert doc.styles_over(len(doc.text) - 3, len(doc.text)) == []


def test_title_falls_back_to_the_source_title_then_the_name() -> None:
    b = DocumentBuilder()
    b.block(BlockKind.PARAGRAPH, "Only a paragraph.")
    assert b.document(SourceInfo(kind="html", title=" Page\ttitle ")).title == "Page title"
    b = DocumentBuilder()
    b.block(BlockKind.PARAGRAPH, "Only a paragraph.")
    assert b.document(SourceInfo(kind="html", path="/tmp/story.html"), ).title == "story.html"


def test_layout_keeps_code_lines_and_table_rows() -> None:
    doc = _article().document(INFO)
    layout = Layout(doc, 30)
    layout.extend()
    shown = [
        doc.display(layout.row_block[r]).text[layout.row_start[r] : layout.row_end[r]]
        for r in range(len(layout))
        if layout.row_block[r] >= 0
    ]
    assert shown[3:10] == ["def f():", "    return 1", "", "    # end", "Name  | Age", "Alice | 30", "Bob   | 4"]
    # list items follow one another without a blank row
    one = layout.block_rows[5]
    assert layout.block_rows[6] == one + 1


def test_long_code_line_wraps_and_offsets_round_trip() -> None:
    b = DocumentBuilder()
    b.code("x = 1\n" + "    value = " + " + ".join(f"item{n}" for n in range(20)))
    doc = b.document(SourceInfo(kind="markdown"))
    layout = Layout(doc, 24)
    layout.extend()
    assert len(layout) > 3
    for offset in range(len(doc.text)):
        if doc.text[offset] in "\n ":  # a break space belongs to no row (as in a paragraph)
            continue
        row, column = layout.column_of(offset)
        assert layout.offset_at(row, column) == offset


def test_parts_append_to_the_text() -> None:
    b = DocumentBuilder()
    b.title("Book")
    b.block(BlockKind.PARAGRAPH, "First chapter.")
    parts = []

    def rest() -> DocumentPart | None:
        if len(parts) >= 2:
            return None
        b.block(BlockKind.HEADING, f"Chapter {len(parts) + 2}", 1)
        b.block(BlockKind.PARAGRAPH, "More text.")
        part = b.take_part()
        parts.append(part)
        return part

    doc = b.document(SourceInfo(kind="epub"), doc_id="sha256:book", rest=rest)
    assert not doc.complete and doc.id == "sha256:book"
    first = doc.text
    doc.finish_parsing()
    assert doc.complete and doc.text.startswith(first)
    assert doc.text == "Book\n\nFirst chapter.\n\nChapter 2\n\nMore text.\n\nChapter 3\n\nMore text."
    for block in doc.blocks:
        for s, e in block.segments:
            assert doc.text[s:e].strip() == doc.text[s:e] and e > s
    assert [doc.text[b.start : b.end] for _, b in doc.headings] == ["Book", "Chapter 2", "Chapter 3"]


_pieces = st.lists(
    st.tuples(
        st.sampled_from(["open", "text", "push", "pop", "close", "br", "code", "table", "image", "title"]),
        st.text(max_size=12),
    ),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(_pieces)
def test_any_sequence_of_calls_gives_valid_offsets(calls: list[tuple[str, str]]) -> None:
    b = DocumentBuilder()
    for call, text in calls:
        if call == "open":
            b.open_block(BlockKind.QUOTE if len(text) % 2 else BlockKind.PARAGRAPH, len(text) % 3)
        elif call == "text":
            b.text(text)
        elif call == "push":
            b.push_style("strong")
        elif call == "pop":
            b.pop_style()
        elif call == "close":
            b.close_block()
        elif call == "br":
            b.line_break()
        elif call == "code":
            b.code(text)
        elif call == "table":
            b.table([[text, text[::-1]], ["a"]])
        elif call == "image":
            b.image(text)
        else:
            b.title(text)
    doc = b.document(SourceInfo(kind="html"))
    last = 0
    for block in doc.blocks:
        assert block.segments
        for s, e in block.segments:
            assert last <= s <= e <= len(doc.text)
            last = e
    for style in doc.styles:
        assert 0 <= style.start < style.end <= len(doc.text)
    layout = Layout(doc, 20)
    layout.extend()
