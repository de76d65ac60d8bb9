"""Markdown to a Document (reader.sources.markdown): markers hidden, code and tables kept, front matter as data."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.blocks import BlockKind
from reader.document import Document
from reader.errors import ReaderError
from reader.quotes import find_quotations
from reader.sources import Origin, load_file
from reader.sources import markdown as md
from reader.sources.front_matter import split_front_matter
from tests.sources.document_checks import blocks, check_offsets, styled

ORIGIN = Origin(name="note.md", path="/notes/note.md")


def convert(source: str | bytes, origin: Origin = ORIGIN) -> Document:
    data = source.encode("utf-8") if isinstance(source, str) else source
    document = md.from_bytes(data, origin)
    check_offsets(document)
    return document








ARTICLE = """\
---
title: "Front: the title"
authors: [Ann Lee, "Bob, Jr."]
date: 2024-03-01
lang: en
canonical_url: https://example.org/post
description: Not shown anywhere.
---
# The *Real* Title

Intro with *emphasis*, __strong words__, `inline "code"` and [a link](https://example.org/a "Title").
Second line of the same paragraph.

## Section one

> A quoted *line*
> > and a nested one.

- first item
- second item
  - sub item
1. ordered one
2. ordered two

```python
def greet(name):
\treturn f"hello {name}"


    # two blank lines above, kept
```

    indented code
      more indented

| Name | Value |
|------|------:|
| a    | **1** |
| longer name | `22` |

![A red bicycle](bike.png)

Closing text with a hard\\
break and ![inline pic](x.png) here.
"""


def test_article_text_blocks_and_metadata() -> None:
    document = convert(ARTICLE)
    assert document.kind == "markdown" and document.markdown
    assert document.info.title == "Front: the title"  # the front matter's title wins for the metadata
    assert document.info.author == "Ann Lee, Bob, Jr."
    assert document.info.date == "2024-03-01" and document.info.language == "en"
    assert document.info.url == "https://example.org/post" and document.info.path == "/notes/note.md"
    # the front matter's title is the title block too (the author named the document there); the leading h1
    # under it is a heading of the text (a review found the app and `reader text` titling it "The Real Title")
    assert document.title == "Front: the title"
    assert blocks(document) == [
        ("title", 1, "Front: the title"),
        ("byline", 0, "Ann Lee, Bob, Jr. · 2024-03-01"),
        ("heading", 1, "The Real Title"),
        (
            "paragraph",
            0,
            'Intro with emphasis, strong words, inline "code" and a link. Second line of the same paragraph.',
        ),
        ("heading", 2, "Section one"),
        ("quote", 1, "A quoted line"),
        ("quote", 2, "and a nested one."),
        ("list_item", 1, "first item"),
        ("list_item", 1, "second item"),
        ("list_item", 2, "sub item"),
        ("list_item", 1, "ordered one"),
        ("list_item", 1, "ordered two"),
        ("code", 0, 'def greet(name):\n    return f"hello {name}"\n\n\n    # two blank lines above, kept'),
        ("code", 0, "indented code\n  more indented"),
        ("table", 1, "Name        | Value\na           | 1\nlonger name | 22"),
        ("image", 0, "[image: A red bicycle]"),
        ("paragraph", 0, "Closing text with a hard\nbreak and [image: inline pic] here."),
    ]
    assert [document.text[b.start : b.end] for _, b in document.headings] == [
        "Front: the title", "The Real Title", "Section one"]


def test_markers_are_not_in_the_text_and_styles_cover_the_words() -> None:
    document = convert(ARTICLE)
    prose = "\n".join(document.block_text(i) for i, b in enumerate(document.blocks) if b.kind is not BlockKind.CODE)
    for marker in ("**", "__", "`", "[a link]", "](", "# ", "> ", "- first", "1. ordered", "---", "title:"):
        assert marker not in prose, marker
    assert styled(document) == [
        ("em", "Real", ""),
        ("em", "emphasis", ""),
        ("strong", "strong words", ""),
        ("code", 'inline "code"', ""),
        ("link", "a link", "https://example.org/a"),
        ("em", "line", ""),
    ]


def test_code_keeps_lines_indentation_and_blank_lines_exactly() -> None:
    source = "Before.\n\n~~~\n  two spaces\n\n\n\tone tab\n    four spaces   \n~~~\n\nAfter.\n"
    document = convert(source)
    code = next(b for b in document.blocks if b.kind is BlockKind.CODE)
    lines = [document.text[s:e] for s, e in code.segments]
    assert lines == ["  two spaces", "", "", "    one tab", "    four spaces"]  # trailing blanks dropped
    assert [(s.start, s.end) for s in document.code_spans()] == [(code.start, code.end)]


def test_quotations_are_not_found_in_code() -> None:
    source = (
        '"We will stay," said Anna Berg, the minister.\n\n'
        '```\nprint("this is not a quotation at all")\n```\n\n'
        'Use `"quoted words in code"` here.\n'
    )
    document = convert(source)
    code_text = [document.text[s.start : s.end] for s in document.code_spans()]
    assert code_text == ['print("this is not a quotation at all")', '"quoted words in code"']
    assert [q.text for q in find_quotations(document)] == ["We will stay,"]


def test_table_columns_line_up_in_the_text() -> None:
    source = "| a | bb | ccc |\n|---|:--:|---|\n| *x* | `yyyy` | [z](http://z.org) |\n| wide cell | | c |\n"
    document = convert(source)
    table = document.blocks[0]
    assert table.kind is BlockKind.TABLE and table.level == 1
    rows = [document.text[s:e] for s, e in table.segments]
    assert rows == ["a         | bb   | ccc", "x         | yyyy | z", "wide cell |      | c"]
    separators = {tuple(m.start() for m in re.finditer(r" \| ", row)) for row in rows}
    assert len(separators) == 1


def test_images_become_placeholders() -> None:
    document = convert("![Map of *Europe*](map.png)\n![](blank.png)\n\nA [![badge](b.svg)](https://ci.org) line.\n")
    assert blocks(document) == [
        ("image", 0, "[image: Map of Europe]"),
        ("image", 0, "[image]"),
        ("paragraph", 0, "A [image: badge] line."),
    ]
    assert styled(document) == [("link", "[image: badge]", "https://ci.org")]


def test_lists_keep_numbers_out_and_continue_items() -> None:
    source = "3. third\n\n   more of third\n4. fourth\n   - nested\n\n     nested paragraph\n\n> - quoted item\n"
    document = convert(source)
    assert blocks(document) == [
        ("list_item", 1, "third\nmore of third"),
        ("list_item", 1, "fourth"),
        ("list_item", 2, "nested\nnested paragraph"),
        ("list_item", 1, "quoted item"),
    ]
    assert "3." not in document.text and "4." not in document.text


def test_headings_inside_containers_are_not_in_the_outline() -> None:
    document = convert("Intro.\n\n# Late h1\n\n> ## Quoted heading\n\n- ### Item heading\n")
    assert blocks(document) == [
        ("paragraph", 0, "Intro."),
        ("heading", 1, "Late h1"),
        ("quote", 1, "Quoted heading"),
        ("list_item", 1, "Item heading"),
    ]
    assert [document.text[b.start : b.end] for _, b in document.headings] == ["Late h1"]
    assert document.info.title == "Late h1" and document.title == "Late h1"  # no title block: the first h1


def test_setext_h1_and_second_h1() -> None:
    document = convert("Big Title\n=========\n\nText.\n\n# Another\n")
    assert blocks(document)[0] == ("title", 1, "Big Title")
    assert blocks(document)[2] == ("heading", 1, "Another")


def test_no_title_falls_back_to_the_file_name() -> None:
    document = convert("Just a paragraph.\n")
    assert document.info.title == "" and document.title == "note.md"


def test_front_matter_title_becomes_the_title_block() -> None:
    document = convert("---\ntitle: 'It''s here'\nauthor: Jo # the author\n---\nBody text.\n")
    assert blocks(document) == [("title", 1, "It's here"), ("byline", 0, "Jo"), ("paragraph", 0, "Body text.")]
    assert document.body_start == document.text.index("Body")


def test_toml_front_matter() -> None:
    source = '+++\ntitle = "TOML \\"title\\""\nauthors = ["A", "B"]\ndate = 2023-01-02\n'
    source += '[params]\nlang = "xx"\n+++\nText.\n'
    document = convert(source)
    assert document.info.title == 'TOML "title"' and document.info.author == "A, B"
    assert document.info.date == "2023-01-02" and document.info.language == ""  # [params] is not read
    assert "+++" not in document.text and "authors" not in document.text


@pytest.mark.parametrize(
    ("source", "meta"),
    [
        ("---\nauthor:\n  - One\n  - 'Two'\n---\n", {"author": "One, Two"}),
        ("---\nauthor:\n  name: Nested Name\n  email: x@y\n---\n", {"author": "Nested Name"}),
        ("---\ndescription: >\n  folded\n  text\ntitle: T\n...\n", {"description": "folded text", "title": "T"}),
        ("---\r\ntitle: CRLF\r\n---\r\n", {"title": "CRLF"}),
        ("---\n# only a comment\n---\n", {}),
        ('---\nlanguage: de\nurl: "https://x.org/"\nextra: [1, 2]\n---\n', {"language": "de", "url": "https://x.org/"}),
    ],
)
def test_front_matter_forms(source: str, meta: dict[str, str]) -> None:
    found, rest = split_front_matter(source + "Body\n")
    assert found == meta and rest == "Body\n"


@pytest.mark.parametrize(
    "source",
    [
        "---\nJust a line between rules\n---\nBody\n",  # a rule and a setext heading, not front matter
        "---\ntitle: never closed\nBody\n",
        "Body\n---\ntitle: x\n---\n",  # not at the start
        "--- \ntitle: x\n+++\nBody\n",  # fences that do not match
    ],
)
def test_not_front_matter(source: str) -> None:
    assert split_front_matter(source) == ({}, source)


def test_front_matter_never_evaluates_anything() -> None:
    meta, _ = split_front_matter('---\ntitle: !!python/object/apply:os.system ["echo hi"]\n---\n')
    assert meta == {"title": '!!python/object/apply:os.system ["echo hi"]'}  # text, nothing run


def test_raw_html_is_text_without_markup() -> None:
    source = (
        "<div class='note'>\n<p>Fish &amp; <b>chips</b></p>\n<script>alert('x')</script>\n"
        "<!-- a comment -->\n<p>Second</p>\n</div>\n\n"
        "Inline <span style='x'>span</span> and<br>a break.\n\n<!-- only a comment -->\n"
    )
    document = convert(source)
    assert blocks(document) == [
        ("paragraph", 0, "Fish & chips"),
        ("paragraph", 0, "Second"),
        ("paragraph", 0, "Inline span and\na break."),
    ]
    assert "<" not in document.text and "alert" not in document.text


def test_links_keep_only_safe_targets() -> None:
    source = (
        "[web](https://a.org/x) [mail](mailto:a@b.org) [rel](../other.md#part) [js](javascript:alert(1)) "
        "[file](file:///etc/passwd) [data](data:text/html,x) <https://auto.org/p> [ref][r]\n\n[r]: http://ref.org/\n"
    )
    document = convert(source)
    assert document.text == "web mail rel js file data https://auto.org/p ref"
    assert [(text, target) for _, text, target in styled(document)] == [
        ("web", "https://a.org/x"),
        ("mail", "mailto:a@b.org"),
        ("rel", "../other.md#part"),
        ("js", ""),
        ("file", ""),
        ("data", ""),
        ("https://auto.org/p", "https://auto.org/p"),
        ("ref", "http://ref.org/"),
    ]


def test_strikethrough_and_escapes() -> None:
    document = convert("~~gone~~ but \\*not emphasis\\* and 1 &lt; 2 &amp; \\# no heading\n")
    assert document.text == "gone but *not emphasis* and 1 < 2 & # no heading"
    assert document.styles == []


def test_hostile_text_does_not_crash() -> None:
    source = (
        "# Title \x1b[2J\x1b]0;pwned\x07\n\nText \x1b[31mred\x1b[0m \u202eevil\u202c and a NUL \x00 here.\n\n"
        "[link](http://a.org/\x1b[2J) [b](<http://x\x1b]8;;evil\x07>) ![alt \x1b[5m](\x1b.png)\n\n"
        + "Plain words to keep the control bytes rare. "
        * 20  # (binary when over 1 % of the bytes)
    )
    document = convert(source)
    assert document.title.startswith("Title")
    for style in document.styles:
        assert not any(ord(c) < 0x20 for c in style.target)


def test_deep_nesting_is_bounded_not_recursive() -> None:
    quotes = convert("> " * 10_000 + "deep\n\nafter\n")
    assert quotes.block_text(len(quotes.blocks) - 1) == "after"
    lists = convert("".join("  " * i + "- item\n" for i in range(1000)) + "\nafter\n")
    assert lists.blocks[0].kind is BlockKind.LIST_ITEM and lists.blocks[-1].level <= 20
    brackets = convert("[" * 50_000 + "x" + "]" * 50_000 + "\n")
    assert "x" in brackets.text


def test_a_list_nested_to_the_parsers_limit_keeps_the_rest_of_the_file() -> None:
    """markdown-it stops the whole parse at its nesting limit: the paragraph after a list 13 levels deep was
    dropped, silently. The file is shown as written instead, all of it, and says so."""
    source = "# T\n\nbefore\n\n" + "".join("  " * i + "- item\n" for i in range(13)) + "\nAFTER paragraph.\n"
    document = convert(source)
    assert "AFTER paragraph." in document.text and document.text.count("item") == 13
    assert "nested too deeply" in document.info.notice
    shallow = convert("# T\n\n" + "".join("  " * i + "- item\n" for i in range(3)) + "\nAFTER.\n")
    assert "AFTER." in shallow.text and not shallow.info.notice  # an ordinary list is formatted


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"  \n\t\n", "is empty"),
        (b"<!-- nothing -->\n", "is empty"),
        (b"---\nauthor: x\n---\n", "is empty"),
        (b"%PDF-1.7\n", "PDF is not supported"),
        (b"\x00\x01\x02\x03" * 100, "binary"),
    ],
)
def test_refused_input(data: bytes, message: str) -> None:
    with pytest.raises(ReaderError, match=message):
        md.from_bytes(data, ORIGIN)


def test_utf16_bom_and_crlf() -> None:
    document = convert("# Título\r\n\r\nLínea *uno*\r\ndos\r\n".encode("utf-16"))
    assert blocks(document) == [("title", 1, "Título"), ("paragraph", 0, "Línea uno dos")]


def test_invalid_utf8_counts_replaced_bytes() -> None:
    document = convert(b"Bad \xff byte.\n")
    assert document.text == "Bad \ufffd byte." and document.replaced_bytes == 1


def test_loaded_by_suffix(tmp_path: Path) -> None:
    path = tmp_path / "post.markdown"
    path.write_text("# Post\n\nHello *world*.\n", encoding="utf-8")
    document = load_file(path)
    assert document.kind == "markdown" and document.text == "Post\n\nHello world."
    assert document.info.path == str(path.resolve())


# -- pieces and limits ---------------------------------------------------------------------------------------

PIECES_SOURCE = (
    "# Title\n\nSee [the ref] and [other].\n\n"
    + "".join(
        f"Paragraph {n} with *style* and `code`.\n\n"
        + ("```\nfenced\n\nwith blank lines\n\nand more\n```\n\n" if n % 7 == 0 else "")
        + ("<!--\n\ncomment with blank lines\n\n-->\n\n" if n % 11 == 0 else "")
        + ("- item\n\n  continued\n- item two\n\n" if n % 5 == 0 else "")
        + ("| a | b |\n|---|---|\n| 1 | 2 |\n\n" if n % 13 == 0 else "")
        for n in range(300)
    )
    + "[the ref]: https://ref.example/\n[other]: <https://other.example/x\\(y\\)> 'title'\n"
)


def test_pieces_convert_as_the_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    whole = convert(PIECES_SOURCE)
    monkeypatch.setattr(md, "PIECE", 300)
    monkeypatch.setattr(md, "HARD_PIECE", 100_000)
    assert len(md.split_pieces(PIECES_SOURCE)) > 50
    assert "".join(md.split_pieces(PIECES_SOURCE)) == PIECES_SOURCE
    pieced = convert(PIECES_SOURCE)
    assert pieced.text == whole.text
    assert [(b.kind, b.level, b.segments) for b in pieced.blocks] == [
        (b.kind, b.level, b.segments) for b in whole.blocks
    ]
    assert pieced.styles == whole.styles
    assert ("link", "the ref", "https://ref.example/") in styled(pieced)
    assert ("link", "other", "https://other.example/x(y)") in styled(pieced)


def test_a_fence_cut_by_force_goes_on_as_code(monkeypatch: pytest.MonkeyPatch) -> None:
    source = "Intro.\n\n```\n" + "".join(f"line {n}\n" for n in range(400)) + "```\n\nAfter.\n"
    monkeypatch.setattr(md, "PIECE", 500)
    monkeypatch.setattr(md, "HARD_PIECE", 1000)
    document = convert(source)
    kinds = [b.kind for b in document.blocks]
    assert kinds[0] is BlockKind.PARAGRAPH and kinds[-1] is BlockKind.PARAGRAPH
    assert set(kinds[1:-1]) == {BlockKind.CODE}
    code_lines = [document.text[s:e] for b in document.blocks[1:-1] for s, e in b.segments]
    assert code_lines == [f"line {n}" for n in range(400)]


@pytest.mark.parametrize(
    ("limit", "value", "why"),
    [("MAX_CONVERTED", 100, "over"), ("MAX_MARKUP", 10, "too intricate"), ("MAX_TOKENS", 10, "too intricate")],
)
def test_too_large_is_shown_as_written(monkeypatch: pytest.MonkeyPatch, limit: str, value: int, why: str) -> None:
    monkeypatch.setattr(md, limit, value)
    source = "---\ntitle: Kept\n---\n# Head\n\n" + "Some *words* [here](http://x.org).\n\n" * 20
    document = convert(source)
    assert document.text == source  # as written: offsets index the file's text
    assert document.kind == "markdown" and document.info.title == "Kept"
    assert why in document.info.notice and "shown as written" in document.info.notice


def test_token_rate_is_projected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(md, "PIECE", 1000)
    monkeypatch.setattr(md, "PROJECT_AFTER", 2000)
    monkeypatch.setattr(md, "MAX_TOKENS", 5000)
    dense = "a|b\n-|-\n" + "x|y\n" * 3000  # about 3 tokens a character: 36,000 in all
    assert "too intricate" in convert(dense).info.notice


def test_five_megabytes_convert() -> None:
    """A 5 MB file (prose with styles, code, tables, lists) converts; the time is printed, not asserted."""
    unit = (
        "## Section\n\nA paragraph with *emphasis*, **strong** and a [link](https://example.org/) in it, "
        "followed by more plain words so that it reads like an article rather than a test of markup.\n\n"
        "```\ncode line one\n    code line two\n```\n\n| k | v |\n|---|---|\n| a | 1 |\n\n- one\n- two\n\n"
        + "Plain prose sentence that goes on for a while without any markup at all, as articles do. " * 12
        + "\n\n"
    )
    source = "# Big\n\n" + unit * (5_000_000 // len(unit))
    started = time.perf_counter()
    document = md.from_bytes(source.encode(), ORIGIN)
    elapsed = time.perf_counter() - started
    print(f"5 MB Markdown converted in {elapsed:.2f} s")
    assert document.info.notice == "" and document.blocks[0].kind is BlockKind.TITLE
    assert len(document.text) > 4_000_000 and "**" not in document.text
    check_offsets(document)


# -- properties -------------------------------------------------------------------------------------------------

MARKDOWN_ALPHABET = st.sampled_from(
    list("ab \n\t*_`[]()!<>#-+=|~:\\&\"'1.")
    + ["```", "---", "\n\n", "    ", "> ", "- ", "1. ", "<!--", "-->", "é", "\x1b"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), st.lists(MARKDOWN_ALPHABET, max_size=120).map("".join)))
def test_any_text_yields_a_consistent_document_or_a_reader_error(source: str) -> None:
    try:
        document = md.from_bytes(source.encode("utf-8", "surrogatepass"), ORIGIN)
    except ReaderError:
        return
    check_offsets(document)
    assert document.text and document.blocks
    for block in document.blocks:
        if block.kind in (BlockKind.CODE, BlockKind.TABLE):
            continue
        assert "\n\n" not in document.text[block.start : block.end]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(MARKDOWN_ALPHABET, min_size=50, max_size=400).map("".join))
def test_pieces_never_break_offsets(source: str) -> None:
    saved = md.PIECE, md.HARD_PIECE
    md.PIECE, md.HARD_PIECE = 40, 120
    try:
        pieces = md.split_pieces(source)
        assert all(pieces) and sum(map(len, pieces)) >= len(source)
        try:
            document = md.from_bytes(source.encode("utf-8", "surrogatepass"), ORIGIN)
        except ReaderError:
            return
        check_offsets(document)
    finally:
        md.PIECE, md.HARD_PIECE = saved


@pytest.mark.parametrize(
    ("front", "heading", "titles"),
    [
        ("Field notes", "Field notes", ["Field notes"]),  # the same title once, not twice
        ("Field  NOTES", "Field notes", ["Field notes"]),  # (white space and case aside)
        ('"Using `async` in Python"', "Using `async` in Python", ["Using async in Python"]),  # (inline markup)
        ('"Don\'t panic"', "Don’t panic", ["Don’t panic"]),  # (apostrophes)
        ("Cafe\u0301 notes", "Café notes", ["Café notes"]),  # (Unicode forms)
        ("Front matter title", "Heading One", ["Front matter title", "Heading One"]),  # the front matter titles
    ],
)
def test_the_front_matters_title_titles_and_a_same_h1_is_not_repeated(
    front: str, heading: str, titles: list[str]
) -> None:
    document = convert(f"---\ntitle: {front}\n---\n\n# {heading}\n\nSome text here.\n")
    assert document.title == (front if len(titles) > 1 else titles[0])
    assert [document.text[b.start : b.end] for _, b in document.headings] == titles
