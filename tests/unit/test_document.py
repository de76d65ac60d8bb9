"""The document model: blocks, sentences, words, motions and search, with offsets into the exact text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.document import BlockKind, Document, Span
from reader.loader import load_document

TITLE = "Belarus regime uses bogus NATO threat to justify violence against own people – Stoltenberg"
HEADING_1 = "Lukashenka talks about hybrid war against Belarus"
HEADING_2 = "Lukashenka: Russia will help Belarus provide security if necessary"


def sentences_of(text: str, *, markdown: bool = False) -> list[str]:
    doc = Document(text, markdown=markdown)
    return [text[s.start : s.end] for i in range(len(doc.blocks)) for s in doc.sentences(i)]


def body_sentences(body: str) -> list[str]:
    """Sentences of one paragraph placed under a title (the first line of plain text is always the title)."""
    return sentences_of("Title\n\n" + body)[1:]


# -- the seed -----------------------------------------------------------------------------------------------


@pytest.fixture
def seed_doc(seed_path: Path) -> Document:
    return load_document(seed_path)


def test_seed_title(seed_doc: Document) -> None:
    assert seed_doc.title == TITLE
    assert seed_doc.blocks[0].kind is BlockKind.TITLE
    assert seed_doc.display_title == TITLE


def test_seed_headings(seed_doc: Document) -> None:
    headings = [seed_doc.block_text(i) for i, b in seed_doc.headings if b.kind is BlockKind.HEADING]
    assert headings == [HEADING_1, HEADING_2]
    assert [b.kind for _, b in seed_doc.headings] == [BlockKind.TITLE, BlockKind.HEADING, BlockKind.HEADING]


def test_seed_paragraphs(seed_doc: Document, seed_text: str) -> None:
    paragraphs = [seed_doc.block_text(i) for i, b in enumerate(seed_doc.blocks) if b.kind is BlockKind.PARAGRAPH]
    expected = [p for p in seed_text.split("\n\n") if p.strip() and p.strip() not in (TITLE, HEADING_1, HEADING_2)]
    assert paragraphs == [p.strip() for p in expected]
    assert len(paragraphs) == 8
    assert paragraphs[0].startswith("The Belarusian authorities are trying")


def test_seed_offsets_are_the_file_text(seed_doc: Document, seed_text: str) -> None:
    assert seed_doc.text == seed_text
    assert seed_doc.replaced_bytes == 0
    for index, block in enumerate(seed_doc.blocks):
        assert seed_text[block.start : block.end] == seed_doc.block_text(index)
    assert seed_doc.id.startswith("sha256:") and len(seed_doc.id) == 7 + 64


def test_seed_quote_after_comma_is_one_sentence(seed_doc: Document) -> None:
    index = next(i for i, b in enumerate(seed_doc.blocks) if seed_doc.block_text(i).startswith("„There is no"))
    spans = seed_doc.sentences(index)
    texts = [seed_doc.text[s.start : s.end] for s in spans]
    assert texts == [
        "„There is no military NATO build up in the region.",
        "So any attempt by the regime built in Belarus, to use NATO as an excuse or as a pretext to crack down"
        " on the demonstrators in their own country is absolutely wrong, is absolutely unjustified,” he said.",
    ]


def test_seed_realist_quote_splits(seed_doc: Document) -> None:
    index = next(i for i, b in enumerate(seed_doc.blocks) if seed_doc.block_text(i).startswith("“I am a realist."))
    texts = [seed_doc.text[s.start : s.end] for s in seed_doc.sentences(index)]
    assert texts[0] == "“I am a realist."
    assert texts[1] == "They won’t give us a quiet life."
    assert (
        texts[-1]
        == "We’ll all become the Brest Fortress, but we won’t give up the country,” Lukashenka said on August, 16."
    )


def test_seed_heading_is_one_sentence(seed_doc: Document) -> None:
    index = next(i for i, b in seed_doc.headings if b.kind is BlockKind.HEADING)
    assert [seed_doc.text[s.start : s.end] for s in seed_doc.sentences(index)] == [HEADING_1]


# -- sentences ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Mr. Smith arrived. He sat.", ["Mr. Smith arrived.", "He sat."]),
        ("Mrs. Brown and Dr. Who met. Fine.", ["Mrs. Brown and Dr. Who met.", "Fine."]),
        ("It happened in the U.S. on Monday. Then more.", ["It happened in the U.S. on Monday.", "Then more."]),
        ("The U.K. and the E.U. agreed. Next.", ["The U.K. and the E.U. agreed.", "Next."]),
        ("On Aug. 17 he spoke. Later he left.", ["On Aug. 17 he spoke.", "Later he left."]),
        ("Resolution No. 5 passed. It was close.", ["Resolution No. 5 passed.", "It was close."]),
        ("J. R. R. Tolkien wrote it. Many read it.", ["J. R. R. Tolkien wrote it.", "Many read it."]),
        ("Apples, pears, etc. are fruit. Yes.", ["Apples, pears, etc. are fruit.", "Yes."]),
        ("Some, e.g. this one, stay. Others go.", ["Some, e.g. this one, stay.", "Others go."]),
        ("Really? Yes! Fine.", ["Really?", "Yes!", "Fine."]),
        ("Wait... Then it came.", ["Wait...", "Then it came."]),
        ("“I am a realist.” He left.", ["“I am a realist.”", "He left."]),
        ("“Stop!” she cried. Then quiet.", ["“Stop!” she cried.", "Then quiet."]),
        ('"It is wrong," he said. Done.', ['"It is wrong," he said.', "Done."]),
        ("„Das ist falsch,“ sagte er. Gut.", ["„Das ist falsch,“ sagte er.", "Gut."]),
        ("He said (quietly.) Then left.", ["He said (quietly.)", "Then left."]),
        ("Version 3.14 is out. Good.", ["Version 3.14 is out.", "Good."]),
        ("No end punctuation", ["No end punctuation"]),
        ("End. ", ["End."]),
    ],
)
def test_sentence_boundaries(body: str, expected: list[str]) -> None:
    assert body_sentences(body) == expected


def test_sentence_after_comma_quote_is_not_split() -> None:
    body = "Any attempt is absolutely wrong, is absolutely unjustified,” he said. The end."
    assert body_sentences(body) == [
        "Any attempt is absolutely wrong, is absolutely unjustified,” he said.",
        "The end.",
    ]


def test_sentence_spans_across_lines_of_a_paragraph() -> None:
    text = "Title\n\nFirst sentence\ncontinues here. Second\none."
    doc = Document(text)
    spans = doc.sentences(1)
    assert [text[s.start : s.end] for s in spans] == ["First sentence\ncontinues here.", "Second\none."]


def test_sentence_at() -> None:
    text = "Title\n\nOne two. Three four."
    doc = Document(text)
    three = text.index("Three")
    assert doc.sentence_at(three + 2) == Span(three, len(text))
    assert doc.sentence_at(text.index("two")) == Span(text.index("One"), text.index(" Three"))
    assert Document("").sentence_at(0) is None


# -- Markdown -----------------------------------------------------------------------------------------------


MARKDOWN = """# The Title

Intro paragraph
over two lines.

## Section *one*

> A quoted line
> and another.

- first item
- second item
* third item
1. numbered item

### Deep ###

Closing text.
"""


def test_markdown_blocks() -> None:
    doc = Document(MARKDOWN, markdown=True)
    got = [(b.kind, b.level, [MARKDOWN[s:e] for s, e in b.segments]) for b in doc.blocks]
    assert got == [
        (BlockKind.TITLE, 1, ["The Title"]),
        (BlockKind.PARAGRAPH, 0, ["Intro paragraph", "over two lines."]),
        (BlockKind.HEADING, 2, ["Section *one*"]),
        (BlockKind.QUOTE, 0, ["A quoted line", "and another."]),
        (BlockKind.LIST_ITEM, 0, ["first item"]),
        (BlockKind.LIST_ITEM, 0, ["second item"]),
        (BlockKind.LIST_ITEM, 0, ["third item"]),
        (BlockKind.LIST_ITEM, 0, ["numbered item"]),
        (BlockKind.HEADING, 3, ["Deep"]),
        (BlockKind.PARAGRAPH, 0, ["Closing text."]),
    ]
    assert doc.title == "The Title"
    assert [MARKDOWN[b.start : b.end] for _, b in doc.headings] == ["The Title", "Section *one*", "Deep"]


def test_markdown_second_h1_is_a_heading() -> None:
    text = "# One\n\n# Two\n"
    doc = Document(text, markdown=True)
    assert [b.kind for b in doc.blocks] == [BlockKind.TITLE, BlockKind.HEADING]


def test_markdown_without_heading_uses_file_name() -> None:
    doc = Document("just text", path="/x/notes.md", markdown=True)
    assert doc.title == "notes.md"
    assert Document("", path="").title == "Untitled"


def test_markdown_loaded_by_suffix(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    doc = load_document(path)
    assert doc.markdown
    assert doc.blocks[0].kind is BlockKind.TITLE
    # Converted by reader.sources.markdown: markers hidden, offsets index the text the reader shows.
    assert doc.kind == "markdown" and doc.title == "The Title"
    assert doc.text.startswith("The Title\n\nIntro paragraph over two lines.")
    assert "#" not in doc.text and "*one*" not in doc.text and "> " not in doc.text
    assert [doc.text[b.start : b.end] for _, b in doc.headings] == ["The Title", "Section one", "Deep"]
    plain = tmp_path / "a.txt"
    plain.write_text(MARKDOWN, encoding="utf-8")
    assert load_document(plain).title == "# The Title"


# -- line breaks, tabs and odd characters: offsets slice back to the exact text --------------------------------


def assert_exact(doc: Document) -> None:
    text = doc.text
    for index, block in enumerate(doc.blocks):
        for start, end in block.segments:
            assert 0 <= start < end <= len(text)
            assert "\n" not in text[start:end]
        assert text[block.start : block.end] == doc.block_text(index)
        for span in doc.sentences(index) + doc.words(index):
            assert block.start <= span.start < span.end <= block.end


def test_crlf() -> None:
    text = "Title here\r\n\r\nFirst line\r\nsecond line.\r\n\r\nAnother Heading Here\r\n\r\nLast.\r\n"
    doc = Document(text)
    assert_exact(doc)
    assert [b.kind for b in doc.blocks] == [
        BlockKind.TITLE,
        BlockKind.PARAGRAPH,
        BlockKind.HEADING,
        BlockKind.PARAGRAPH,
    ]
    assert doc.title == "Title here"
    assert [text[s:e] for s, e in doc.blocks[1].segments] == ["First line", "second line."]
    assert "\r" not in doc.display(1).text
    assert doc.display(1).text == "First line second line."


def test_lone_cr_is_a_line_break_only_without_lf() -> None:
    mac = "Title\r\rBody text."
    doc = Document(mac)
    assert [mac[b.start : b.end] for b in doc.blocks] == ["Title", "Body text."]
    mixed = "Title\n\nCarriage\rreturn."
    doc = Document(mixed)
    assert doc.block_text(1) == "Carriage\rreturn."
    assert "\r" not in doc.display(1).text


def test_tabs() -> None:
    text = "\tTitle\t\n\n\tIndented\twith tab.\n"
    doc = Document(text)
    assert_exact(doc)
    assert doc.title == "Title"
    assert doc.block_text(1) == "Indented\twith tab."
    assert doc.display(1).text == "Indented with tab."
    tab = text.index("\twith")
    assert doc.display(1).to_orig(doc.display(1).to_display(tab)) == tab


def test_combining_marks() -> None:
    text = "Title\n\nCafe\u0301 noe\u0308l."
    doc = Document(text)
    assert_exact(doc)
    words = [text[s.start : s.end] for s in doc.words(1)]
    assert words == ["Cafe\u0301", "noe\u0308l"]
    e = text.index("e\u0301")
    assert doc.next_char(e) == e + 2  # the mark goes with its base
    assert doc.prev_char(e + 2) == e


def test_wide_cjk() -> None:
    text = "東京の話\n\n日本語の文章です。次の文。"
    doc = Document(text)
    assert_exact(doc)
    assert doc.title == "東京の話"
    assert doc.block_text(1) == "日本語の文章です。次の文。"
    start = doc.blocks[1].start
    assert doc.next_char(start) == start + 1
    assert doc.search("文章") == [Span(text.index("文章"), text.index("文章") + 2)]


def test_bom_is_dropped_by_loader(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffTitle\n\nBody.".encode())
    doc = load_document(path)
    assert doc.text == "Title\n\nBody."
    assert doc.title == "Title"


def test_empty_and_blank_texts() -> None:
    for text in ("", "\n\n", "   \t\n \n"):
        doc = Document(text)
        assert doc.blocks == []
        assert doc.headings == []
        assert doc.clamp(5) == 0
        assert doc.search("x") == []


def test_unsafe_characters_keep_offsets() -> None:
    text = "Ti\x1b]0;X\x07tle\n\nA\u202eB\u200bC."
    doc = Document(text)
    assert_exact(doc)
    assert doc.title == "Ti\x1b]0;X\x07tle"
    assert "\x1b" not in doc.display_title
    display = doc.display(1)
    assert "\u202e" not in display.text and "\u200b" not in display.text
    for offset in range(doc.blocks[1].start, doc.blocks[1].end):
        assert doc.blocks[1].start <= display.to_orig(display.to_display(offset)) <= offset


# -- motions ------------------------------------------------------------------------------------------------

SMALL = "Title\n\nOne two three. Four five.\n\nSix seven."
#        0     67              22      30      37


def test_words() -> None:
    doc = Document(SMALL)
    assert [SMALL[s.start : s.end] for s in doc.words(1)] == ["One", "two", "three", "Four", "five"]
    text = "T\n\nIt’s well-known: e.g. U.S. 3.14, don't."
    doc = Document(text)
    assert [text[s.start : s.end] for s in doc.words(1)] == ["It’s", "well-known", "e.g", "U.S", "3.14", "don't"]


def test_next_and_prev_word() -> None:
    doc = Document(SMALL)
    one = SMALL.index("One")
    assert doc.next_word(one) == SMALL.index("two")
    assert doc.next_word(SMALL.index("two") + 1) == SMALL.index("three")
    assert doc.next_word(SMALL.index("five")) == SMALL.index("Six")  # across blocks
    assert doc.next_word(SMALL.index("seven")) == SMALL.index("seven")  # end: stays
    assert doc.prev_word(SMALL.index("two")) == one
    assert doc.prev_word(SMALL.index("two") + 2) == SMALL.index("two")
    assert doc.prev_word(SMALL.index("Six")) == SMALL.index("five")
    assert doc.prev_word(one) == 0  # the title's word
    assert doc.prev_word(0) == 0


def test_next_and_prev_sentence() -> None:
    doc = Document(SMALL)
    one, four, six = SMALL.index("One"), SMALL.index("Four"), SMALL.index("Six")
    assert doc.next_sentence(0) == one
    assert doc.next_sentence(one) == four
    assert doc.next_sentence(four) == six
    assert doc.next_sentence(six) == six
    assert doc.prev_sentence(six) == four
    assert doc.prev_sentence(four + 3) == four  # inside a sentence: to its start
    assert doc.prev_sentence(four) == one
    assert doc.prev_sentence(one) == 0
    assert doc.prev_sentence(0) == 0


def test_next_and_prev_paragraph() -> None:
    doc = Document(SMALL)
    one, six = SMALL.index("One"), SMALL.index("Six")
    assert doc.next_paragraph(0) == one
    assert doc.next_paragraph(one + 5) == six
    assert doc.next_paragraph(six) == six
    assert doc.prev_paragraph(six + 3) == six
    assert doc.prev_paragraph(six) == one
    assert doc.prev_paragraph(one) == 0
    assert doc.prev_paragraph(0) == 0


def test_next_and_prev_char() -> None:
    doc = Document(SMALL)
    assert doc.next_char(0) == 1
    title_end = doc.blocks[0].end
    assert doc.next_char(title_end - 1) == SMALL.index("One")  # over the gap between blocks
    assert doc.prev_char(SMALL.index("One")) == title_end - 1
    last = len(SMALL) - 1
    assert doc.next_char(last) == last
    assert doc.prev_char(0) == 0
    assert doc.prev_char(5) == 4


def test_next_char_steps_over_line_break_in_paragraph() -> None:
    text = "T\n\nab\ncd"
    doc = Document(text)
    b = text.index("b")
    assert doc.next_char(b) == text.index("c")
    assert doc.prev_char(text.index("c")) == b


def test_clamp_and_block_at() -> None:
    doc = Document(SMALL)
    assert doc.clamp(-5) == 0
    assert doc.clamp(10_000) == len(SMALL) - 1
    assert doc.block_at(0) == 0
    assert doc.block_at(6) == 0  # in the gap: the block before
    assert doc.block_at(SMALL.index("Six")) == 2
    assert doc.paragraph_at(SMALL.index("Four")) == Span(SMALL.index("One"), SMALL.index("five.") + 5)


# -- search -------------------------------------------------------------------------------------------------


def test_search_case_insensitive() -> None:
    text = "Title\n\nNATO and nato and NaTo."
    doc = Document(text)
    assert [text[s.start : s.end] for s in doc.search("nato")] == ["NATO", "nato", "NaTo"]


def test_search_whitespace_flexible() -> None:
    text = "Title\n\nthe  quick\nbrown\tfox and the quick brown fox"
    doc = Document(text)
    found = doc.search("  quick   brown ")
    assert [text[s.start : s.end] for s in found] == ["quick\nbrown", "quick brown"]


def test_search_special_characters_are_literal() -> None:
    text = "Title\n\nCost (a+b)* is [x]. a.b"
    doc = Document(text)
    assert [text[s.start : s.end] for s in doc.search("(a+b)*")] == ["(a+b)*"]
    assert [text[s.start : s.end] for s in doc.search("[x]")] == ["[x]"]
    assert doc.search("a?b") == []


def test_search_empty_and_limit() -> None:
    doc = Document("Title\n\n" + "ab " * 50)
    assert doc.search("") == []
    assert doc.search("   ") == []
    assert len(doc.search("ab", limit=7)) == 7


def test_search_seed(seed_doc: Document) -> None:
    found = seed_doc.search("hybrid WAR")
    assert len(found) == 1
    assert seed_doc.text[found[0].start : found[0].end] == "hybrid war"


# -- properties ---------------------------------------------------------------------------------------------

any_text = st.text(alphabet=st.characters(blacklist_categories=()), max_size=300)
structured = st.lists(
    st.sampled_from(
        [
            "\n",
            "\r\n",
            "\r",
            "\n\n",
            " ",
            "\t",
            "# ",
            "> ",
            "- ",
            "1. ",
            ".",
            "Mr.",
            "“",
            "”",
            "e\u0301",
            "東",
            "\x1b[2J",
            "\u202e",
            "\u200b",
            "\ufeff",
            "\x00",
            "Word",
            "word",
            "U.S.",
            "!",
            "?",
            "\ud800",
        ]
    ),
    max_size=60,
).map("".join)
texts = st.one_of(any_text, structured, st.text(max_size=200))


def check_document(doc: Document) -> None:
    text = doc.text
    previous_end = 0
    for index, block in enumerate(doc.blocks):
        assert block.segments, block
        for start, end in block.segments:
            assert previous_end <= start < end <= len(text)
            previous_end = end
        assert doc.block_text(index) == text[block.start : block.end]
        last = block.start
        sentences = doc.sentences(index)
        assert sentences
        for span in sentences:
            assert block.start <= span.start < span.end <= block.end
            assert span.start >= last
            last = span.end
        last = block.start
        for span in doc.words(index):
            assert block.start <= span.start < span.end <= block.end
            assert span.start >= last
            assert text[span.start : span.end].strip() == text[span.start : span.end]
            last = span.end
        display = doc.display(index)
        size = len(display.text)
        assert size >= 1
        for position in range(size + 1):
            original = display.to_orig(position)
            assert block.start <= original <= block.end
            back = display.to_display(original)
            assert 0 <= back <= size
        for start, end in block.segments:
            for offset in range(start, end):
                shown = display.to_display(offset)
                assert 0 <= shown < size
                original = display.to_orig(shown)
                assert start <= original <= offset
                if display.identity[_run(display, shown)]:
                    assert original == offset
                    assert display.text[shown] == text[offset]


def _run(display, index: int) -> int:  # type: ignore[no-untyped-def]
    from bisect import bisect_right

    return bisect_right(display.disp_starts, index) - 1


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.booleans())
def test_any_text_parses_with_consistent_offsets(text: str, markdown: bool) -> None:
    doc = Document(text, markdown=markdown)
    check_document(doc)
    assert isinstance(doc.title, str)
    assert doc.id.startswith("sha256:")


@settings(max_examples=200, deadline=None)
@given(texts, st.booleans(), st.integers(min_value=-5, max_value=400))
def test_motions_stay_in_range(text: str, markdown: bool, offset: int) -> None:
    doc = Document(text, markdown=markdown)
    if not doc.blocks:
        return
    cursor = doc.clamp(offset)
    low, high = doc.blocks[0].start, doc.blocks[-1].end
    assert low <= cursor < high
    for motion in (
        doc.next_word,
        doc.prev_word,
        doc.next_sentence,
        doc.prev_sentence,
        doc.next_paragraph,
        doc.prev_paragraph,
        doc.next_char,
        doc.prev_char,
    ):
        moved = motion(cursor)
        assert low <= moved <= high, motion.__name__
    assert doc.next_word(cursor) >= cursor
    assert doc.prev_word(cursor) <= cursor
    assert doc.next_sentence(cursor) >= cursor
    assert doc.prev_sentence(cursor) <= cursor
    assert doc.next_paragraph(cursor) >= cursor
    assert doc.prev_paragraph(cursor) <= cursor
    assert doc.next_char(cursor) >= cursor
    assert doc.prev_char(cursor) <= cursor


@settings(max_examples=100, deadline=None)
@given(texts)
def test_next_char_walk_visits_every_block(text: str) -> None:
    doc = Document(text)
    if not doc.blocks:
        return
    seen = set()
    cursor = doc.blocks[0].start
    for _ in range(len(text) + 2):
        seen.add(doc.block_at(cursor))
        moved = doc.next_char(cursor)
        if moved == cursor:
            break
        assert moved > cursor
        cursor = moved
    assert seen == set(range(len(doc.blocks)))


@settings(max_examples=150, deadline=None)
@given(texts, st.text(max_size=8))
def test_search_spans_match_query(text: str, query: str) -> None:
    doc = Document(text)
    words = query.split()
    last = 0
    for span in doc.search(query):
        assert last <= span.start < span.end <= len(text)
        last = span.end
        found = text[span.start : span.end]
        assert len(found.split()) == len(words)
        assert found == found.strip()


# -- lazy parsing of large documents -----------------------------------------------------------------------


@pytest.mark.parametrize("markdown", [False, True])
def test_lazy_parse_equals_eager_parse(seed_text: str, markdown: bool) -> None:
    """A large document parses its first part at once and the rest on demand, with the same blocks in the end."""
    text = (seed_text + "\n\n") * 600  # about 1.5 million characters: over LAZY_THRESHOLD
    eager = Document(text, markdown=markdown, lazy=False)
    lazy = Document(text, markdown=markdown)
    assert not lazy.complete and 0 < len(lazy.blocks) < len(eager.blocks)
    assert lazy.blocks[0].kind is eager.blocks[0].kind  # the title is in the first part
    lazy.finish_parsing()
    lazy.finish_parsing()  # idempotent
    assert lazy.complete
    assert [(b.kind, b.segments, b.level) for b in lazy.blocks] == [(b.kind, b.segments, b.level) for b in eager.blocks]
    assert lazy.block_at(len(text) - 1) == len(eager.blocks) - 1


def test_small_documents_are_parsed_at_once(seed_text: str) -> None:
    assert Document(seed_text).complete
    assert Document.from_text(seed_text * 1000).complete  # from_text is always eager


# -- a block's storage ----------------------------------------------------------------------------------------


@given(st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 100)), min_size=1, max_size=8), st.integers(0, 6))
def test_a_block_gives_back_its_segments_whatever_it_stores(pieces: list[tuple[int, int]], level: int) -> None:
    """A block keeps start and end in slots and its segments only when there are several (memory): what it
    gives back is what it was made with, and blocks made alike are equal."""
    from reader.blocks import Block

    segments = tuple((start, start + length) for start, length in pieces)
    block = Block(BlockKind.PARAGRAPH, segments, level=level)
    assert block.segments == segments
    assert (block.start, block.end, block.level) == (segments[0][0], segments[-1][1], level)
    assert block == Block(BlockKind.PARAGRAPH, segments, level=level)
    assert block != Block(BlockKind.QUOTE, segments, level=level)
    assert "segments=" in repr(block)
