"""libxml2's 10 MB limit on one piece of a page (a comment, a script, an attribute, a paragraph) cuts nothing:
the page is parsed again with ``huge_tree`` (bounded by the reader's own 50 MB limit), and nesting stays cut at
the same depth whichever parse read the page (a hostile review's finding: everything after such a piece was
silently lost while the notice said the page's whole visible text was shown)."""

from __future__ import annotations

import pytest

from reader.sources import Origin
from reader.sources.html import TOO_DEEP_NOTICE, from_bytes
from reader.sources.html_parse import MAX_DEPTH, parse_html_text

_BIG = 11 * 1024 * 1024
_AFTER = "Second paragraph after the big piece, a long sentence of article text that must not be lost."

_PIECES = {
    "comment": "<!--" + "C" * _BIG + "-->",
    "script": "<script>" + "x" * _BIG + "</script>",
    "style": "<style>" + "x" * _BIG + "</style>",
    "attribute": '<p data-x="' + "A" * _BIG + '">Paragraph carrying the big attribute.</p>',
    "text": "<p>" + "word " * (_BIG // 5) + "</p>",
}


def _page(piece: str, middle: str = "") -> str:
    return (
        "<html><head><title>Big piece</title></head><body><article><p>First paragraph, before the piece.</p>"
        + piece
        + middle
        + f"<p>{_AFTER}</p></article></body></html>"
    )


def _depth(root: object) -> int:
    deepest = 0
    stack = [(root, 0)]
    while stack:
        element, level = stack.pop()
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in element)  # type: ignore[attr-defined]
    return deepest


@pytest.mark.parametrize("kind", sorted(_PIECES))
def test_a_piece_over_ten_megabytes_cuts_nothing(kind: str) -> None:
    root, too_deep = parse_html_text(_page(_PIECES[kind]))
    assert not too_deep
    assert _AFTER in root.text_content()


def test_the_page_shows_the_text_after_the_piece_and_no_false_notice() -> None:
    document = from_bytes(_page(_PIECES["comment"]).encode(), Origin(name="big.html"))
    assert _AFTER in document.text
    assert TOO_DEEP_NOTICE not in (document.info.notice or "")


def test_nesting_is_cut_at_the_same_depth_after_the_huge_parse() -> None:
    levels = 400
    nested = "<div>" * levels + "deep" + "</div>" * levels + "<p>after the nesting</p>"
    root, too_deep = parse_html_text(_page(_PIECES["comment"], nested))
    assert too_deep
    assert _depth(root) == MAX_DEPTH - 1  # what libxml2 keeps without huge_tree
    text = root.text_content()
    assert "after the nesting" in text and _AFTER in text and "deep" not in text
    small, small_too_deep = parse_html_text("<html><body>" + nested + "</body></html>")
    assert small_too_deep and _depth(small) == MAX_DEPTH - 1
