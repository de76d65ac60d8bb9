"""A new user's review of web pages: a ``<title>``'s site name cut when the page says it is one, an ordered
list's numbers kept (on the blocks, for the view), a picture that ends the article given its placeholder."""

from __future__ import annotations

import pickle

import pytest

from reader.blocks import BlockKind, NumberedBlock
from reader.document import Document
from reader.document_meta import SourceInfo
from reader.sources import Origin
from reader.sources import html as html_source
from reader.sources import markdown as markdown_source
from reader.sources.builder import DocumentBuilder
from reader.sources.html_blocks import add_html, parse_html

PARAGRAPH = (
    "<p>The mayor unveiled a $2 billion transit plan on Tuesday. “This is the biggest investment in our buses in "
    "fifty years,” Mayor Karen Bass said at a press conference.</p>"
)
CLOSING = "<p>According to Ann Cole, the plan “finally takes riders seriously.” Critics disagreed with her.</p>"


def page(title: str, body: str, *, head: str = "") -> bytes:
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
        f"<body><article>{body}</article></body></html>"
    ).encode()


def load(data: bytes) -> Document:
    document = html_source.from_bytes(data, Origin(name="p.html", path="/tmp/p.html"))
    document.finish_parsing()
    return document


SITE = "<meta property='og:site_name' content='City Herald'>"
H1 = "<h1>Mayor Announces Transit Plan</h1>"
WHOLE = "Mayor Announces Transit Plan | City Herald"
EBB = "On Recent Controversial Events - Bradley M. Kuhn ( Brad ) ( bkuhn )"


@pytest.mark.parametrize(
    ("title", "head", "heading", "expected"),
    [
        # the review's page: og:site_name names the suffix (and the h1 is the first part)
        ("Mayor Announces Transit Plan | City Herald", SITE, H1, "Mayor Announces Transit Plan"),
        ("Mayor Announces Transit Plan — City Herald", SITE, "", "Mayor Announces Transit Plan"),
        ("Mayor Announces Transit Plan - City Herald", "", H1, "Mayor Announces Transit Plan"),  # the h1 says so
        # nothing says the suffix is the site's name: the whole title, as Reader View gives it
        (WHOLE, "", "<h1>Transit</h1>", WHOLE),
        # a long suffix is more than a site's name (ebb-org: an author and handle), kept as Reader View keeps it
        (EBB, "", "<h1>On Recent Controversial Events</h1>", EBB),
        # fewer than 3 words before the separator: not taken for the title (Reader View's own test)
        ("Mozilla - Wikipedia", "", "<h1>Mozilla</h1>", "Mozilla - Wikipedia"),
    ],
)
def test_a_site_name_suffix_is_cut_when_the_page_says_it_is_one(
    title: str, head: str, heading: str, expected: str
) -> None:
    document = load(page(title, heading + PARAGRAPH + CLOSING, head=head))
    assert document.title == expected
    assert document.text.count("Mayor Announces Transit Plan") == (1 if "Mayor" in expected else 0)


def _blocks(document: Document) -> list[tuple[str, int, int | None]]:
    items = [b for b in document.blocks if b.kind is BlockKind.LIST_ITEM]
    return [(document.text[b.start : b.end], b.level, b.number) for b in items]


def test_an_ordered_list_keeps_its_numbers_on_its_blocks_not_in_its_text() -> None:
    """The review's page: the <ol>'s items were drawn with bullets. Each item's block carries its number (the
    view shows it in place of the bullet); the text stays the item's words, as a bullet is not text either."""
    body = H1 + PARAGRAPH + "<h3>Timeline</h3><ol><li>2025: design</li><li>2027: construction</li></ol>"
    body += "<ul><li>a bullet, not a number</li><li>another one here</li></ul>" + CLOSING
    document = load(page("Mayor Announces Transit Plan | City Herald", body, head=SITE))
    assert _blocks(document) == [
        ("2025: design", 1, 1),
        ("2027: construction", 1, 2),
        ("a bullet, not a number", 1, None),
        ("another one here", 1, None),
    ]
    assert "1. 2025" not in document.text and "\n2027: construction\n" in document.text


def _walk(markup: str) -> Document:
    builder = DocumentBuilder()
    add_html(parse_html(markup), builder)
    return builder.document(SourceInfo(kind="html"))


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<ol start=3><li>a</li><li value=9>b</li><li>c<ol><li>x</li></ol></li></ol><ul><li>u</li></ul>",
         [("a", 1, 3), ("b", 1, 9), ("c", 1, 10), ("x", 2, 1), ("u", 1, None)]),
        ("<ol reversed><li>a</li><li>b</li><li><ul><li>n</li></ul>tail</li></ol>",
         [("a", 1, 3), ("b", 1, 2), ("n", 2, None), ("tail", 1, 1)]),  # an item's text after its nested list
        ("<ol start='x'><li><p>one</p><p>still one</p></li><li>two</li></ol>",
         [("one\nstill one", 1, 1), ("two", 1, 2)]),
        ("<li>stray</li><ol start=99999999999><li>huge start ignored</li></ol>",
         [("stray", 1, None), ("huge start ignored", 1, 1)]),
    ],
)
def test_ordered_list_numbers_in_an_html_tree(markup: str, expected: list[tuple[str, int, int | None]]) -> None:
    assert _blocks(_walk(markup)) == expected


def test_markdown_ordered_items_carry_their_numbers_too() -> None:
    data = b"# T\n\n3. a\n4. b\n   1. x\n   2. y\n\n   more of b\n5. c\n\n- u\n"
    document = markdown_source.from_bytes(data, Origin(name="x.md"))
    assert _blocks(document) == [
        ("a", 1, 3), ("b", 1, 4), ("x", 2, 1), ("y", 2, 2), ("more of b", 1, None), ("c", 1, 5), ("u", 1, None)
    ]
    assert "3." not in document.text


def test_a_numbered_block_survives_a_pickle() -> None:
    """A page converted in a child process comes back pickled (reader.sources.forked)."""
    block = _walk("<ol><li>one</li><li>two</li></ol>").blocks[1]
    assert isinstance(block, NumberedBlock) and block.number == 2
    assert pickle.loads(pickle.dumps(block)) == block
    assert block != _walk("<ul><li>one</li><li>two</li></ul>").blocks[1]


MAP = "<img src='map.png' alt='Map of the new routes'>"


@pytest.mark.parametrize(
    ("ending", "shown"),
    [
        (MAP, True),  # the review's page: the picture right after the last paragraph
        (f"<figure>{MAP}<figcaption>Map of the new routes</figcaption></figure>", True),
        (f"<div class='pic'><span>{MAP}</span></div>", True),
        (f"<footer><p>© City Herald</p>{MAP}</footer>", False),  # a footer's picture
        (f"<div class='share'>{MAP}<img src='b.png' alt='Share on Facebook'></div>", False),  # a bar of pictures
        (f"<a href='javascript:history.back()'>{MAP}</a>", False),  # a picture that is a button
        (f"<aside>{MAP}</aside>", False),
    ],
)
def test_a_picture_that_ends_the_article_gets_its_placeholder(ending: str, shown: bool) -> None:
    body = H1 + PARAGRAPH + CLOSING + ending
    document = load(page("Mayor Announces Transit Plan | City Herald", body, head=SITE))
    placeholder = "[image: Map of the new routes]"
    assert (placeholder in document.text) is shown, document.text
    if shown:
        assert document.text.endswith(placeholder) and document.text.count(placeholder) == 1
        assert document.blocks[-1].kind is BlockKind.IMAGE


def test_a_picture_mid_article_is_still_placed_before_the_paragraph_after_it() -> None:
    document = load(page("Mayor Announces Transit Plan | City Herald", H1 + PARAGRAPH + MAP + CLOSING, head=SITE))
    placeholder = "[image: Map of the new routes]"
    assert document.text.count(placeholder) == 1
    assert document.text.index("fifty years") < document.text.index(placeholder) < document.text.index("Ann Cole")


@pytest.mark.parametrize(
    ("address", "kept"),
    [
        ("https://user:secret@news.example.com/story", ""),
        ("https://bob@news.example.com/story", ""),
        ("https://news.example.com/story?from=a@b.c", "https://news.example.com/story?from=a@b.c"),
        ("https://news.example.com/story", "https://news.example.com/story"),
        # forms a browser reads as credentials, and addresses that are no web page's (a review of part 17)
        ("https:/u:p@news.example.com/", ""),
        ("https:\\\\u:p@news.example.com/", ""),
        ("https:u:p@news.example.com/", ""),
        ("javascript:alert(1)", ""),
        ("file:///etc/passwd", ""),
    ],
)
def test_a_pages_own_address_with_a_user_or_password_is_not_kept(address: str, kept: str) -> None:
    """A page's ``<link rel=canonical>`` (or Markdown front matter's ``url``) with ``user:password@`` would reach
    every citation and export (a hostile review); a fetched URL with one is refused, so this one is dropped."""
    document = load(page("Story", PARAGRAPH + CLOSING, head=f"<link rel='canonical' href='{address}'>"))
    assert document.info.url == kept
    markdown = markdown_source.from_bytes(f"---\ntitle: Notes\nurl: {address}\n---\n\nSome text.\n".encode(),
                                          Origin(name="n.md", path="/tmp/n.md"))
    assert markdown.info.url == kept
