"""Web pages as Documents: real pages from ../shared/web-pages (read in place), charsets, structure, limits."""

from __future__ import annotations

import codecs
import json
import re
import subprocess
import sys
import textwrap

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.blocks import BlockKind
from reader.document import Document
from reader.errors import ReaderError
from reader.sources import Origin, convert, html_blocks, sniff_kind
from reader.sources import html as html_source
from tests.conftest import ROOT, shared_path
from tests.sources.document_checks import check_offsets, html_fragments

REAL_PAGES = (
    "ars-1",
    "bbc-1",
    "guardian-1",
    "hukumusume",
    "ietf-1",
    "keep-tabular-data",
    "lwn-1",
    "medium-1",
    "mercurial",
    "nytimes-1",
    "qq",
    "rtl-1",
    "svg-parsing",
    "wikipedia",
    "yahoo-4",
)
_MARKUP = re.compile(r"</?(?:p|div|span|a|br|img|script|style|em|strong|li|ul|table|td|h[1-6])\b[^<>]*>", re.I)
_ENTITY = re.compile(r"&(?:quot|amp|lt|gt|nbsp|apos|#\d+|#x[0-9a-f]+);", re.I)

ARTICLE = (
    "The committee met on Tuesday to discuss the budget for the coming year, and members disagreed sharply "
    "about the proposed cuts to public transport, which several of them called short-sighted. "
)


def page(body: str, *, head: str = "<title>A test article about budgets</title>") -> bytes:
    start = "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
    return f"{start}{head}</head><body>{body}</body></html>".encode()


def load(data: bytes, *, charset: str = "", url: str = "", name: str = "page.html") -> Document:
    return html_source.from_bytes(data, Origin(name=name, path=f"/tmp/{name}", url=url, charset=charset))


def normal(title: str) -> str:
    return " ".join(title.split()).casefold()



# -- real pages ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", REAL_PAGES)
def test_real_page_title_and_clean_text(name: str) -> None:
    folder = shared_path("web-pages", name)
    data = (folder / "source.html").read_bytes()
    document = load(data, name=f"{name}.html")
    expected = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
    if expected.get("title"):
        assert normal(document.title) == normal(expected["title"])
    assert document.kind == "html"
    assert not _MARKUP.search(document.text), _MARKUP.search(document.text)
    assert not _ENTITY.search(document.text), _ENTITY.search(document.text)
    assert document.blocks[0].kind is BlockKind.TITLE
    assert document.text[document.body_start :].strip()
    check_offsets(document)


def test_real_page_metadata() -> None:
    document = load((shared_path("web-pages", "ars-1") / "source.html").read_bytes())
    info = document.info
    assert info.author == "Dan Goodin" and info.date == "2015-04-16" and info.site == "Ars Technica"
    assert info.url.startswith("https://arstechnica.com/")
    assert info.path == "/tmp/page.html"
    assert document.blocks[1].kind is BlockKind.BYLINE
    assert document.block_text(1) == "Dan Goodin · 2015-04-16 · Ars Technica"
    assert "Minecraft" in {document.text[s.start : s.end] for s in document.styles if s.style == "em"}


def test_real_page_keeps_code_and_tables() -> None:
    code = load((shared_path("web-pages", "mercurial") / "source.html").read_bytes())
    assert any(b.kind is BlockKind.CODE and len(b.segments) > 1 for b in code.blocks)
    tables = load((shared_path("web-pages", "keep-tabular-data") / "source.html").read_bytes())
    assert any(b.kind is BlockKind.TABLE for b in tables.blocks)
    rfc = load((shared_path("web-pages", "ietf-1") / "source.html").read_bytes())
    block = rfc.blocks[rfc.block_at(rfc.text.index("HTTP/1.1 200 OK"))]
    assert block.kind is BlockKind.CODE  # a <pre> of plain text stays preformatted


def test_lying_meta_on_a_real_page() -> None:
    """qq's page says gb2312 but is UTF-8: its Chinese text must come out readable."""
    document = load((shared_path("web-pages", "qq") / "source.html").read_bytes())
    assert "谷歌" in document.text and document.replaced_bytes == 0


# -- structure ------------------------------------------------------------------------------------------------


def test_article_with_table_code_and_inline_styles() -> None:
    body = (
        "<article><h1>A test article about budgets</h1>"
        f"<p>{ARTICLE}It was <em>very</em> <strong>heated</strong>, said <a href='/people/ann'>Ann</a>; "
        "see <code>budget.csv</code>.</p>"
        f"<p>{ARTICLE}</p><h2>The figures</h2>"
        "<table><thead><tr><th>Item</th><th>Cost</th></tr></thead>"
        "<tbody><tr><td>Buses</td><td>12</td></tr><tr><td>Trams</td><td>30</td></tr></tbody></table>"
        f"<p>{ARTICLE}</p><pre><code>total = 12 + 30\nprint(total)</code></pre>"
        f"<blockquote><p>{ARTICLE}</p></blockquote><ul><li>First point</li><li>Second point</li></ul>"
        f"<p>{ARTICLE}</p></article>"
    )
    document = load(page(body), url="https://news.example.com/2024/budget")
    kinds = [b.kind for b in document.blocks]
    assert kinds[0] is BlockKind.TITLE and document.title == "A test article about budgets"
    assert document.text.count("A test article about budgets") == 1  # the body's h1 does not repeat it
    assert BlockKind.HEADING in kinds and BlockKind.QUOTE in kinds and BlockKind.LIST_ITEM in kinds
    table = next(b for b in document.blocks if b.kind is BlockKind.TABLE)
    assert [document.text[s:e] for s, e in table.segments] == ["Item  | Cost", "Buses | 12", "Trams | 30"]
    assert table.level == 1
    code = next(b for b in document.blocks if b.kind is BlockKind.CODE)
    assert [document.text[s:e] for s, e in code.segments] == ["total = 12 + 30", "print(total)"]
    styles = {(s.style, document.text[s.start : s.end], s.target) for s in document.styles}
    assert {("em", "very", ""), ("strong", "heated", ""), ("code", "budget.csv", "")} <= styles
    assert ("link", "Ann", "https://news.example.com/people/ann") in styles
    for marker in ("<em>", "**", "`", "&quot;", "<a "):
        assert marker not in document.text
    assert document.info.language == "en" and document.info.url == "https://news.example.com/2024/budget"
    check_offsets(document)


def test_canonical_url_and_hostile_links() -> None:
    head = "<title>Budgets</title><link rel='canonical' href='https://example.org/canonical'>"
    body = (
        f"<article><p>{ARTICLE}<a href='javascript:alert(1)'>click</a> <a href='file:///etc/passwd'>f</a></p></article>"
    )
    document = load(page(body, head=head))
    assert document.info.url == "https://example.org/canonical"
    links = [(document.text[s.start : s.end], s.target) for s in document.styles if s.style == "link"]
    assert links == [("click", ""), ("f", "")]
    head = "<title>Budgets</title><link rel='canonical' href='javascript:alert(1)'>"
    assert load(page(body, head=head), url="https://a.example/x").info.url == "https://a.example/x"


def test_hidden_text_and_repeated_paragraphs() -> None:
    hidden = "<p style='display:none'>Secret words</p>"
    body = f"<article><p>{ARTICLE}</p><p>{ARTICLE}</p>{hidden}<p>{ARTICLE}</p></article>"
    document = load(page(body))
    assert document.text.count("The committee met") == 3  # a page's own repeats are its content
    assert "Secret" not in document.text and "\ue000" not in document.text


def test_a_short_note_beside_the_article_is_left_out() -> None:
    """A wiki's hatnote (``role="note"``: "See also: A and B") came out as "Afoundationand", "See also:" lost; a
    long note is content and stays."""
    note = ("<div role='note' class='hatnote'>See also: <a href='/a'>Mozilla Foundation</a> and "
            "<a href='/b'>Corp</a></div>")
    long_note = f"<div role='note'><p>{ARTICLE} {ARTICLE}</p></div>"
    document = load(page(f"<article>{note}<p>{ARTICLE}</p><p>{ARTICLE} Again.</p>{long_note}</article>"))
    assert "Mozilla Foundation" not in document.text and "See also" not in document.text
    assert document.text.count("The committee met") >= 3


def test_control_characters_in_a_page() -> None:
    """lxml cannot hold them (setting such text back raises): they are replaced before the parse."""
    text = ARTICLE + "\x0c\x01\x0b"
    body = f"<article><p>{text}</p><p>{text}</p><img alt='a \x02 picture of it'><p>{ARTICLE}end</p></article>"
    document = load(page(body))
    assert document.text.count("The committee met") == 3
    assert "\x01" not in document.text and "\x0c" not in document.text
    check_offsets(document)


def test_images_become_placeholders_only_with_a_caption() -> None:
    body = (
        f"<article><p>{ARTICLE}</p><img src='a.jpg' alt='Members of the committee at the vote'><p>{ARTICLE}x</p>"
        f"<img src='b.jpg'><p>{ARTICLE}y</p><img src='c.jpg' alt='DSC_0042.jpg'><p>{ARTICLE}z</p></article>"
    )
    document = load(page(body))
    images = [document.block_text(i) for i, b in enumerate(document.blocks) if b.kind is BlockKind.IMAGE]
    assert images == ["[image: Members of the committee at the vote]"]


def test_no_article_falls_back_to_visible_text() -> None:
    data = page("<script>document.write('x')</script><style>p{}</style><div>Only <b>this</b> is shown</div>")
    document = load(data)
    assert document.text == "A test article about budgets\n\nOnly this is shown"
    data = page("<script>var article = 1;</script>")
    document = load(data)
    assert document.info.notice.startswith("No article found in this page: showing all of its visible text")
    assert "<" not in document.text and "var article" not in document.text


def test_extractor_failure_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def explode(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(trafilatura, "bare_extraction", explode)
    document = load(page(f"<nav>Home | About</nav><article><p>{ARTICLE}</p></article>"))
    assert document.info.notice.startswith("No article found")
    assert "The committee met" in document.text and "Home | About" in document.text


# -- charsets -----------------------------------------------------------------------------------------------


CAFE = "<html><head>{meta}<title>Un café à Paris</title></head><body><article><p>{text}</p></article></body></html>"
FRENCH = "Nous avons bu un café crème près de la Seine, où l’on voit « déjà » les bateaux passer lentement. " * 4


def test_charsets() -> None:
    plain = CAFE.format(meta="", text=FRENCH)
    declared = CAFE.format(meta="<meta charset='windows-1252'>", text=FRENCH)
    cases = [
        (codecs.BOM_UTF8 + plain.encode("utf-8"), ""),
        (codecs.BOM_UTF16_LE + plain.encode("utf-16-le"), ""),
        (codecs.BOM_UTF16_BE + plain.encode("utf-16-be"), ""),
        (plain.encode("cp1252"), "windows-1252"),  # the HTTP header
        (declared.encode("cp1252"), ""),  # the meta
        (CAFE.format(meta="<meta charset='utf-16'>", text=FRENCH).encode("utf-8"), ""),  # a lying meta
        (CAFE.format(meta="<meta charset='x-unknown'>", text=FRENCH).encode("utf-8"), ""),
        (CAFE.format(meta="<meta charset='koi8-r'>", text=FRENCH).encode("utf-8"), ""),  # valid UTF-8 wins
    ]
    for data, header in cases:
        document = load(data, charset=header)
        assert document.title == "Un café à Paris", data[:80]
        assert "café crème près de la Seine, où l’on voit « déjà »" in document.text
        assert document.replaced_bytes == 0


def test_utf16_page_is_sniffed_as_html() -> None:
    data = codecs.BOM_UTF16_LE + CAFE.format(meta="", text=FRENCH).encode("utf-16-le")
    assert sniff_kind(data, "page") == "html"
    assert convert(data, Origin(name="page"), "html").title == "Un café à Paris"


def test_undecodable_bytes_are_counted() -> None:
    data = CAFE.format(meta="<meta charset='utf-8'>", text=FRENCH).encode("cp1252")
    document = load(data)
    assert document.replaced_bytes > 0 and "\ufffd" in document.text


# -- hostile pages -----------------------------------------------------------------------------------------


def test_empty_and_binary_pages_are_refused() -> None:
    for data in (b"", b"  \n ", b"%PDF-1.4 binary", b"\x00\x01\x02\x03" * 100, b"<!-- nothing -->"):
        with pytest.raises(ReaderError):
            load(data)


def test_100000_nested_elements() -> None:
    depth = 100_000
    data = page(f"<p>{ARTICLE}</p>" + "<div>" * depth + "deep" + "</div>" * depth)
    document = load(data)
    assert "The committee met" in document.text
    assert "too deeply" in document.info.notice
    check_offsets(document)


def test_entity_expansion_bomb() -> None:
    entities = (
        '<!ENTITY a "'
        + "ha" * 50
        + '">'
        + "".join(f'<!ENTITY {chr(98 + n)} "' + f"&{chr(97 + n)};" * 10 + '">' for n in range(9))
    )
    data = (
        f'<?xml version="1.0"?><!DOCTYPE html [{entities}]>'
        f'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Bomb</title></head>'
        f"<body><p>&j;&j;&j;</p><p>{ARTICLE}</p></body></html>"
    ).encode()
    document = load(data, name="bomb.xhtml")
    assert len(document.text) < 10_000
    assert "hahaha" not in document.text and "ENTITY" not in document.text


def test_page_over_the_limit_is_refused() -> None:
    data = b"<html><body><p>" + b"x" * html_source.MAX_HTML_BYTES + b"</p></body></html>"
    with pytest.raises(ReaderError, match="up to 50 MB"):
        load(data)


def test_large_page_is_handled_within_limits() -> None:
    """20 MB of markup: too large to look for an article in, shown as visible text up to the text limit."""
    paragraph = "<p>" + "Words of a very long page. " * 400 + "</p>\n"
    data = page(paragraph * (20 * 1024 * 1024 // len(paragraph)))
    document = load(data)
    assert "too large" in document.info.notice and "limit" in document.info.notice
    assert html_blocks.MAX_TEXT * 0.9 < len(document.text) < html_blocks.MAX_TEXT * 1.05
    assert document.text.rstrip().endswith("limits.]")


def test_trafilatura_is_not_imported_for_plain_text(tmp_path: pytest.TempPathFactory) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from reader.sources import load_file
        load_file({str(ROOT / "seeds" / "belarus-nato-stoltenberg.txt")!r})
        heavy = [m for m in ("trafilatura", "lxml", "reader.sources.html") if m in sys.modules]
        print(",".join(heavy))
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == ""


_TAGS = (
    "p div article em b a code pre ul li h1 h2 blockquote table "
    "tr td th br img figure script title head body html meta span q"
).split()
_FRAGMENT = html_fragments(
    _TAGS,
    20,
    [
            '<a href="javascript:x">',
            '<img alt="a picture here">',
            "&amp;",
            "&quot;",
            "<!--",
            "-->",
            "<meta charset='utf-16'>",
            "<p hidden>",
            "\x00",
            "<!DOCTYPE html [",
            "]>",
            ARTICLE,
        ],
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_FRAGMENT, max_size=30))
def test_any_page_gives_a_document_or_a_reader_error(fragments: list[str]) -> None:
    try:
        document = load("".join(fragments).encode("utf-8", errors="replace"))
    except ReaderError:
        return
    check_offsets(document)
    starts = [block.start for block in document.blocks]
    assert starts == sorted(starts)


def test_an_author_named_twice_in_two_cases_is_one_author() -> None:
    from reader.sources.html import _distinct_names

    assert _distinct_names("Jeffrey Gettleman; JEFFREY GETTLEMAN") == "Jeffrey Gettleman"
    assert _distinct_names("A. One; B. Two; a. one") == "A. One; B. Two"
    assert _distinct_names("") == ""
