"""HTML element trees to blocks and inline styles (shared by web pages and EPUB chapters)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from reader.blocks import BlockKind
from reader.document import Document
from reader.document_meta import SourceInfo
from reader.errors import ReaderError
from reader.sources import html_blocks
from reader.sources.builder import DocumentBuilder
from reader.sources.html_blocks import add_html, gather_text, link_target, parse_html, parse_html_text
from tests.sources.document_checks import blocks, check_offsets, html_fragments, styled


def convert(markup: str | bytes, base_url: str = "") -> Document:
    builder = DocumentBuilder()
    add_html(parse_html(markup), builder, base_url=base_url)
    return builder.document(SourceInfo(kind="html"))








def test_headings_paragraphs_and_quotes() -> None:
    document = convert(
        "<h1>Title</h1><h3>Sub</h3><p>One <b>two</b></p><div>Div text<p>inner</p>tail</div>"
        "<blockquote><p>Quoted</p><blockquote>Deeper</blockquote></blockquote><p>After</p>"
    )
    assert blocks(document) == [
        ("heading", 1, "Title"),
        ("heading", 3, "Sub"),
        ("paragraph", 0, "One two"),
        ("paragraph", 0, "Div text"),
        ("paragraph", 0, "inner"),
        ("paragraph", 0, "tail"),
        ("quote", 1, "Quoted"),
        ("quote", 2, "Deeper"),
        ("paragraph", 0, "After"),
    ]
    check_offsets(document)


def test_lists_nest_and_an_item_is_one_block() -> None:
    document = convert(
        "<ul><li>one<ol><li>nested</li></ol></li><li><p>first para</p><p>second</p></li></ul><li>stray</li>"
    )
    assert blocks(document) == [
        ("list_item", 1, "one"),
        ("list_item", 2, "nested"),
        ("list_item", 1, "first para\nsecond"),
        ("list_item", 1, "stray"),
    ]
    assert document.blocks[2].segments == (
        (document.text.index("first"), document.text.index("first") + 10),
        (document.text.index("second"), document.text.index("second") + 6),
    )


def test_code_block_keeps_lines_and_indentation() -> None:
    document = convert('<pre class="language-python"><span>def f():</span>\n\t<b>return</b> 1\n\n  # end</pre>')
    assert blocks(document) == [("code", 0, "def f():\n    return 1\n\n  # end")]
    assert document.code_spans()


def test_data_table_with_header_and_caption() -> None:
    document = convert(
        "<table><caption>Scores</caption><thead><tr><th>Name</th><th>Points</th></tr></thead>"
        "<tbody><tr><td>Ann <i>B.</i></td><td>12</td></tr><tr><td colspan=2>Total</td></tr></tbody></table>"
    )
    assert [b.kind for b in document.blocks] == [BlockKind.PARAGRAPH, BlockKind.TABLE]
    assert document.block_text(0) == "Scores"
    table = document.blocks[1]
    assert table.level == 1
    rows = [document.text[s:e] for s, e in table.segments]
    assert rows[:2] == ["Name   | Points", "Ann B. | 12"]
    assert rows[2].startswith("Total")  # a colspan's empty cells are not written out


def test_first_row_of_th_is_a_header_without_thead() -> None:
    document = convert("<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>")
    assert document.blocks[0].kind is BlockKind.TABLE and document.blocks[0].level == 1
    document = convert("<table><tr><td>A</td><td>B</td></tr><tr><td>1</td><td>2</td></tr></table>")
    assert document.blocks[0].level == 0


def test_layout_table_is_walked_as_paragraphs() -> None:
    document = convert("<table><tr><td><h2>Story</h2><p>" + "Words here. " * 40 + "</p></td></tr></table>")
    assert [b.kind for b in document.blocks] == [BlockKind.HEADING, BlockKind.PARAGRAPH]


def test_images_figures_and_line_breaks() -> None:
    document = convert(
        '<p>Line one<br>line two</p><img src="a.png" alt="A red bicycle"><img src="b.png">'
        '<img src="pixel.gif" alt="tracking pixel" width="1" height="1"><img alt="IMG_3886.jpg"><img alt="icon">'
        '<figure><img src="c.png" alt="alt text"><figcaption>The <em>caption</em></figcaption></figure>'
        '<figure><img src="d.png" alt="A dog on a beach"></figure>'
    )
    assert blocks(document) == [
        ("paragraph", 0, "Line one\nline two"),
        ("image", 0, "[image: A red bicycle]"),
        ("image", 0, "[image: The caption]"),
        ("image", 0, "[image: A dog on a beach]"),
    ]


def test_inline_styles_have_no_markers() -> None:
    document = convert(
        "<p>Some <em>emphasis</em>, <strong>strong <i>both</i></strong>, <code>x = 1</code>, "
        '<kbd>Ctrl</kbd> and <a href="https://example.com/a?b=1&amp;c=2">a link</a>.</p>'
    )
    assert document.text == "Some emphasis, strong both, x = 1, Ctrl and a link."
    assert styled(document) == [
        ("em", "emphasis", ""),
        ("strong", "strong both", ""),
        ("em", "both", ""),
        ("code", "x = 1", ""),
        ("code", "Ctrl", ""),
        ("link", "a link", "https://example.com/a?b=1&c=2"),
    ]


def test_style_across_blocks_never_covers_the_separator() -> None:
    document = convert("<em>before <p>inside</p> after</em>")
    assert styled(document) == [("em", "before", ""), ("em", "inside", ""), ("em", "after", "")]
    check_offsets(document)


def test_link_targets() -> None:
    base = "https://example.com/news/story.html"
    assert link_target("/about", base) == "https://example.com/about"
    assert link_target("other.html#x", base) == "https://example.com/news/other.html#x"
    assert link_target("//cdn.example.org/x", base) == "https://cdn.example.org/x"
    assert link_target("mailto:a@example.com", base) == "mailto:a@example.com"
    assert link_target("HTTP://Example.com", base) == "HTTP://Example.com"
    assert link_target("relative/page", "") == "relative/page"
    for hostile in (
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "java\tscript:alert(1)",
        "\x01javascript:x",
        "file:///etc/passwd",
        "data:text/html,<b>x</b>",
        "vbscript:x",
        "ftp://x/y",
        "x" * 5000,
    ):
        assert link_target(hostile, base) == "", hostile
    assert link_target("file.html", "file:///home/me/page.html") == "file.html"


def test_hostile_links_are_styled_without_target() -> None:
    document = convert('<p><a href="javascript:alert(1)">click</a> <a href="file:///etc/passwd">f</a></p>')
    assert styled(document) == [("link", "click", ""), ("link", "f", "")]


def test_relative_links_resolve_against_base() -> None:
    document = convert('<p><a href="../x.html">x</a></p>', base_url="https://site.example/a/b/c.html")
    assert styled(document) == [("link", "x", "https://site.example/a/x.html")]


def test_skipped_and_hidden_elements() -> None:
    document = convert(
        "<html><head><title>Head title</title><style>p{}</style></head><body>"
        "<script>alert('x')</script><noscript>Enable JS</noscript><template><p>tpl</p></template>"
        "<svg><text>svg text</text></svg><p hidden>hidden</p><p style='display: none'>none</p>"
        "<p aria-hidden='true'>aria</p><p>Visible <span style='visibility:hidden'>not</span>text</p>"
        "<nav>Nav is kept</nav><footer>Footer is kept</footer><!-- a comment --><p>End</p></body></html>"
    )
    assert document.text == "Visible text\n\nNav is kept\n\nFooter is kept\n\nEnd"


def test_inline_quotation_marks() -> None:
    assert convert("<p>He said <q>go</q>.</p>").text == "He said “go”."


def test_namespaced_xhtml_tags() -> None:
    xhtml = b'<html xmlns="http://www.w3.org/1999/xhtml"><body><h2>T</h2><p>a <em>b</em></p></body></html>'
    root = etree.fromstring(xhtml)
    builder = DocumentBuilder()
    add_html(root, builder)
    document = builder.document(SourceInfo(kind="epub"))
    assert blocks(document) == [("heading", 2, "T"), ("paragraph", 0, "a b")]
    assert styled(document) == [("em", "b", "")]


def test_parse_html_refuses_nothing() -> None:
    for empty in (b"", b"   ", "", "<!-- only a comment -->"):
        with pytest.raises(ReaderError):
            parse_html(empty)


def test_parse_html_bytes_with_and_without_encoding() -> None:
    data = "<p>Crème</p>".encode("cp1252")
    assert gather_text(parse_html(data, encoding="windows-1252")).strip() == "Crème"
    assert gather_text(parse_html(b'<meta charset="windows-1252"><p>Cr\xe8me</p>')).strip() == "Crème"
    assert gather_text(parse_html("<?xml version='1.0' encoding='utf-8'?><p>Unicode str</p>")).strip() == "Unicode str"


def test_control_characters_are_replaced_before_the_parse() -> None:
    root = parse_html("<p>a\x0cb\x00c\x1fd\ufffee</p>")
    paragraph = root.find(".//p")
    assert paragraph.text == "a b\ufffdc\ufffdd\ufffde"
    paragraph.text = paragraph.text + "!"  # lxml accepts it back


def test_entity_bomb_is_not_expanded() -> None:
    entities = (
        '<!ENTITY a "'
        + "a" * 100
        + '">'
        + "".join(f'<!ENTITY {chr(98 + n)} "' + f"&{chr(97 + n)};" * 10 + '">' for n in range(8))
    )
    bomb = f'<?xml version="1.0"?><!DOCTYPE html [{entities}]><html><body><p>&i;&i;</p><p>After</p></body></html>'
    document = convert(bomb.encode("ascii"))
    assert len(document.text) < 100
    assert "After" in document.text and "ENTITY" not in document.text and "]>" not in document.text


def test_deep_nesting_from_the_parser_is_bounded_and_reported() -> None:
    depth = 100_000
    root, too_deep = parse_html_text("<body>" + "<div>x" * depth + "deep" + "</div>" * depth + "</body>")
    assert too_deep
    builder = DocumentBuilder()
    assert add_html(root, builder) is False
    assert builder.blocks


def test_walk_is_iterative_over_a_very_deep_tree() -> None:
    """A tree far deeper than Python's recursion limit (and than the parser builds: an EPUB may come through
    another parser). 10,000 levels, not 100,000: lxml's own SubElement costs grow with depth (5 s at 40,000)."""
    root = etree.Element("body")
    element = root
    for number in range(10_000):
        element = etree.SubElement(element, "em" if number % 2 else "div")
        element.text = "w "
    element.text = "bottom"
    builder = DocumentBuilder()
    add_html(root, builder)
    document = builder.document(SourceInfo(kind="html"))
    assert document.text.endswith("bottom")
    check_offsets(document)


def test_limits_stop_the_walk_with_a_notice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_blocks, "MAX_TEXT", 1000)
    builder = DocumentBuilder()
    assert add_html(parse_html("<p>" + "word " * 2000 + "</p><p>more</p>"), builder) is True
    document = builder.document(SourceInfo(kind="html"))
    assert document.text.endswith(html_blocks.TRUNCATED_NOTICE)
    assert len(document.text) < 1000 + 200
    builder = DocumentBuilder()
    rows = "".join(f"<tr><td>row {n}</td><td>{'cell ' * 20}</td></tr>" for n in range(500))
    assert add_html(parse_html(f"<table>{rows}</table><p>after</p>"), builder) is True
    document = builder.document(SourceInfo(kind="html"))
    assert document.blocks[0].kind is BlockKind.TABLE and len(document.blocks[0].segments) < 20
    monkeypatch.setattr(html_blocks, "MAX_TEXT", 5_000_000)
    monkeypatch.setattr(html_blocks, "MAX_ELEMENTS", 50)
    builder = DocumentBuilder()
    assert add_html(parse_html("<p>x</p>" * 100), builder) is True


_TAGS = (
    "p div em b i a code pre ul ol li h1 h3 blockquote "
    "table tr td th thead br img figure figcaption q span script svg hr"
).split()
_FRAGMENT = html_fragments(
    _TAGS,
    12,
    [
            '<a href="javascript:x">',
            '<img alt="a b">',
            "&amp;",
            "&quot;",
            "<!--",
            "-->",
            "<",
            ">",
            '<p style="display:none">',
            "\n",
            "\t",
            "<br/>",
            "&#0;",
            "&#x110000;",
        ],
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_FRAGMENT, max_size=40))
def test_any_html_gives_valid_offsets_or_reader_error(fragments: list[str]) -> None:
    try:
        document = convert("".join(fragments))
    except ReaderError:
        return
    check_offsets(document)
    for block in document.blocks:
        if block.kind not in (BlockKind.CODE, BlockKind.TABLE):
            assert all(document.text[s:e].strip() for s, e in block.segments)
