"""The EPUB source: books built in memory by :mod:`tests.sources.epub_factory` (none is stored in the project).

Covered: spine order, titles in the outline, metadata; lazy conversion (first part, then ``finish_parsing``);
DRM, broken ZIPs and zip bombs refused (quickly, in bounded memory); external and expanding entities never
resolved; paths that leave the archive ignored; random chapters keep offsets valid.
"""

from __future__ import annotations

import hashlib
import html
import io
import struct
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.blocks import BlockKind
from reader.document import Document
from reader.errors import ReaderError
from reader.sources import Origin, load_file, sniff_kind
from reader.sources import epub_package as package
from reader.sources.epub import FIRST_PART_CHARS, from_bytes
from tests.sources.epub_factory import (
    broken_zip,
    build_epub,
    chapter_document,
    prose_chapters,
    raw_zip,
    zip_bomb,
)

ORIGIN = Origin(name="book.epub", path="/books/book.epub")


def open_book(data: bytes) -> Document:
    return from_bytes(data, ORIGIN)


def heading_texts(document: Document) -> list[str]:
    return [document.block_text(index) for index, block in document.headings if block.kind is BlockKind.HEADING]


def check_offsets(document: Document) -> None:
    """Every block and style indexes the text: segments in order, inside it, and blocks one after another."""
    size = len(document.text)
    previous_end = 0
    for block in document.blocks:
        assert block.segments
        for start, end in block.segments:
            assert previous_end <= start < end <= size
            previous_end = end
    for style in document.styles:
        assert 0 <= style.start < style.end <= size


LOOMINGS = '<h1>Loomings</h1><p>Call me <em>Ishmael</em>. Some years ago.</p><img src="../img/sea.png" alt="the sea"/>'
CARPET_BAG = "<p>I stuffed a shirt or two into my old carpet-bag.</p>"
SPOUTER = "<h2>The Spouter-Inn</h2><p>Entering that gable-ended Spouter-Inn.</p>"
CHAPEL = "<p>In this same New Bedford there stands a Whaleman's Chapel.</p>"


def test_a_small_book_opens_with_chapters_in_spine_order_and_titles_in_the_outline() -> None:
    data = build_epub(
        [("Loomings", LOOMINGS), ("The Carpet-Bag", CARPET_BAG), ("", SPOUTER), ("", CHAPEL)],
        title="Moby-Dick",
        author="Herman Melville",
        language="en-US",
        date="1851",
    )
    document = open_book(data)
    assert document.kind == "epub"
    assert document.title == "Moby-Dick"
    assert (document.info.title, document.info.author, document.info.language, document.info.date) == (
        "Moby-Dick",
        "Herman Melville",
        "en-US",
        "1851",
    )
    assert document.info.path == "/books/book.epub"
    assert document.blocks[0].kind is BlockKind.TITLE and document.blocks[1].kind is BlockKind.BYLINE
    assert document.block_text(1) == "Herman Melville"
    # The nav's titles; the chapter's own <h1> says "Loomings" already (not repeated); an untitled chapter with
    # its own <h2> keeps it; one with nothing at all is "Chapter N" (its place in the reading order).
    assert heading_texts(document) == ["Loomings", "The Carpet-Bag", "The Spouter-Inn", "Chapter 4"]
    text = document.text
    assert text.index("Call me Ishmael") < text.index("carpet-bag") < text.index("gable-ended") < text.index("Chapel")
    assert "[image: the sea]" in text
    assert text[document.body_start :].startswith("Loomings")
    emphasis = [s for s in document.styles if s.style == "em"]
    assert [text[s.start : s.end] for s in emphasis] == ["Ishmael"]
    assert document.complete
    assert document.id == "sha256:" + hashlib.sha256(data).hexdigest()
    assert document.info.notice == ""
    check_offsets(document)


def test_an_epub2_book_takes_its_titles_from_the_ncx() -> None:
    data = build_epub([("First Part", "<p>One.</p>"), ("Second Part", "<p>Two.</p>")], nav=False, ncx=True)
    document = open_book(data)
    assert heading_texts(document) == ["First Part", "Second Part"]


def test_a_book_opens_through_the_sources_entry_point(tmp_path: Path) -> None:
    path = tmp_path / "novel.epub"
    path.write_bytes(build_epub([("Only", "<p>The only chapter.</p>")], title="Novel"))
    assert sniff_kind(path.read_bytes()) == "epub"
    document = load_file(path)
    assert document.kind == "epub" and document.title == "Novel"
    assert document.info.path == str(path.resolve())
    assert "The only chapter." in document.text


def test_non_linear_items_come_after_the_main_text() -> None:
    data = build_epub([("Notes", "<p>A footnote.</p>"), ("Story", "<p>The story.</p>")], non_linear={0})
    document = open_book(data)
    assert document.text.index("The story.") < document.text.index("A footnote.")
    assert heading_texts(document) == ["Story", "Notes"]


def test_creators_other_than_authors_and_refined_titles() -> None:
    metadata = (
        '<dc:title id="t2">A Subtitle</dc:title>'
        '<meta refines="#t2" property="title-type">subtitle</meta>'
        '<dc:title id="t1">The Main Title</dc:title><meta refines="#t1" property="title-type">main</meta>'
        '<dc:creator id="c2">Ed Itor</dc:creator><meta refines="#c2" property="role">edt</meta>'
        "<dc:creator>Second Author</dc:creator>"
    )
    data = build_epub([("One", "<p>x</p>")], title="", author="First Author", metadata_extra=metadata)
    document = open_book(data)
    assert document.info.title == "The Main Title"
    assert document.info.author == "First Author, Second Author"


def test_a_missing_chapter_is_skipped_with_a_notice() -> None:
    data = build_epub([("One", "<p>First.</p>"), ("Two", "<p>Second.</p>")], hrefs={1: "text/absent.xhtml"})
    document = open_book(data)
    assert "First." in document.text
    assert "1 chapter named by the book is missing from the file and was skipped" in document.info.notice


def test_hrefs_that_leave_the_archive_are_never_followed(tmp_path: Path) -> None:
    secret = tmp_path / "secret.xhtml"
    secret.write_text(chapter_document("<p>OUTSIDE THE BOOK</p>"), encoding="utf-8")
    trap = chapter_document("<p>MEMBER NAMED WITH DOTS</p>").encode()
    data = build_epub(
        [("One", "<p>Inside.</p>"), ("Two", ""), ("Three", ""), ("Four", "")],
        hrefs={1: "../../secret.xhtml", 2: str(secret), 3: f"file://{secret}"},
        files={"../secret.xhtml": trap},
    )
    document = open_book(data)
    assert "Inside." in document.text
    assert "OUTSIDE" not in document.text and "DOTS" not in document.text
    assert "3 chapters named by the book are missing" in document.info.notice
    for href in ("../../x.xhtml", "a/../../../x", "http://example.com/x", "file:///etc/passwd", "data:text/html,x", ""):
        assert package.resolve("OEBPS", href) is None
    assert package.resolve("OEBPS", "text/ch%201.xhtml#frag") == "OEBPS/text/ch 1.xhtml"
    assert package.resolve("OEBPS/sub", "../img/a.png") == "OEBPS/img/a.png"


# -- lazy conversion ------------------------------------------------------------------------------------------------


def test_a_big_book_is_converted_in_parts_appending_only() -> None:
    chapters = prose_chapters(12, 60_000)
    document = open_book(build_epub(chapters))
    assert not document.complete
    first_text = document.text
    assert FIRST_PART_CHARS <= len(first_text) < 12 * 60_000
    first_blocks = list(document.blocks)
    check_offsets(document)
    document.finish_parsing()
    assert document.complete
    assert document.text.startswith(first_text)
    assert document.blocks[: len(first_blocks)] == first_blocks
    check_offsets(document)
    assert heading_texts(document) == [title for title, _ in chapters]
    document.finish_parsing()  # idempotent
    assert document.complete


def test_a_small_book_is_complete_at_once() -> None:
    document = open_book(build_epub(prose_chapters(3, 5_000)))
    assert document.complete


def test_a_limit_reached_in_a_later_part_ends_the_text_with_a_notice(monkeypatch: pytest.MonkeyPatch) -> None:
    data = build_epub(prose_chapters(12, 60_000))
    monkeypatch.setattr(package, "MAX_TOTAL_BYTES", 400_000)
    document = open_book(data)
    assert not document.complete
    document.finish_parsing()
    assert document.complete
    assert "[The rest of the book is not shown:" in document.text
    assert "decompresses to more than" in document.text
    check_offsets(document)


def test_a_limit_reached_in_the_first_part_refuses_the_book(monkeypatch: pytest.MonkeyPatch) -> None:
    data = build_epub(prose_chapters(4, 60_000))
    monkeypatch.setattr(package, "MAX_TOTAL_BYTES", 100_000)
    with pytest.raises(ReaderError, match="decompresses to more than"):
        open_book(data)


# -- refusals -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["content", "content-meta-inf", "fairplay"])
def test_drm_is_refused(kind: str) -> None:
    data = build_epub([("One", "<p>Encrypted, in a real book.</p>")], encryption=kind)
    with pytest.raises(ReaderError, match=r"^book\.epub is protected by DRM: the reader cannot open it$"):
        open_book(data)


def test_a_chapter_encrypted_by_the_zip_itself_is_drm() -> None:
    data = bytearray(build_epub([("One", "<p>x</p>")]))
    name = b"OEBPS/text/ch000.xhtml"
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        local = archive.getinfo(name.decode()).header_offset
    (directory,) = struct.unpack_from("<I", data, data.rindex(b"PK\x05\x06") + 16)
    central = data.index(name, directory) - 46
    data[local + 6] |= 1  # general purpose flag, bit 0: encrypted (local header, then central directory)
    data[central + 8] |= 1
    with pytest.raises(ReaderError, match="protected by DRM"):
        open_book(bytes(data))


def test_obfuscated_fonts_are_not_drm() -> None:
    document = open_book(build_epub([("One", "<p>Readable.</p>")], encryption="fonts"))
    assert "Readable." in document.text


def test_a_broken_zip_is_refused() -> None:
    with pytest.raises(ReaderError, match=r"^book\.epub is not a valid EPUB: the ZIP archive is damaged"):
        open_book(broken_zip())
    with pytest.raises(ReaderError, match="not a valid EPUB"):
        open_book(b"PK\x03\x04" + b"\x00" * 100)


def test_a_zip_without_container_or_with_another_mimetype_is_refused() -> None:
    with pytest.raises(ReaderError, match="is not an EPUB: its mimetype is 'application/zip'"):
        open_book(build_epub([("One", "<p>x</p>")], mimetype="application/zip"))
    lenient = open_book(build_epub([("One", "<p>No mimetype member.</p>")], mimetype=None))
    assert "No mimetype member." in lenient.text
    bare = zipfile.ZipInfo("mimetype")
    data = raw_zip([(bare.filename, b"application/epub+zip", 0, 0x2F4DC9B4, 20)])
    with pytest.raises(ReaderError, match="META-INF/container.xml is missing"):
        open_book(data)


def test_a_book_with_nothing_to_read_is_refused() -> None:
    with pytest.raises(ReaderError, match="spine names no chapter"):
        open_book(build_epub([("One", "<p>x</p>")], hrefs={0: "text/gone.xhtml"}))


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("member", "decompresses to more than 32 MB, over the limit for one file"),
        ("ratio", "expands more than 200 times when decompressed"),
        ("declared", "would decompress to 1,250 MB, over the limit of 1,024 MB"),
        ("entries", "holds 10,006 files, over the limit of 10,000"),
    ],
)
def test_zip_bombs_are_refused_in_bounded_memory(kind: str, message: str) -> None:
    data = zip_bomb(kind)
    tracemalloc.start()
    try:
        with pytest.raises(ReaderError, match=message):
            open_book(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 40 * 1024 * 1024


def test_a_header_that_lies_about_its_size_does_not_inflate_beyond_it() -> None:
    data = zip_bomb("lying")
    tracemalloc.start()
    try:
        document = open_book(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024
    assert "[This chapter cannot be read:" in document.text
    assert "could not be read" in document.info.notice
    assert "aaaa" not in document.text


# -- XML safety -----------------------------------------------------------------------------------------------------


def _external_entity_chapter(target: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<!DOCTYPE html [<!ENTITY x SYSTEM "{target}"><!ENTITY y SYSTEM "http://127.0.0.1:9/evil">]>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Before &x; &y; after.</p></body></html>'
    )


def test_an_external_entity_is_never_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET", encoding="utf-8")
    passwd = Path("/etc/passwd")
    data = build_epub(
        [("One", _external_entity_chapter(secret.as_uri())), ("Two", _external_entity_chapter("file:///etc/passwd"))]
    )
    document = open_book(data)
    assert "TOPSECRET" not in document.text
    assert "root:" not in document.text
    if passwd.exists():
        first_line = passwd.read_text(encoding="utf-8", errors="replace").splitlines()[0]
        assert first_line not in document.text
    assert document.text.count("Before") == 2 and "after." in document.text


def _bomb_doctype(root: str) -> str:
    entities = '<!ENTITY lol0 "lollollollollollollollollollol">' + "".join(
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)
    )
    return f"<!DOCTYPE {root} [{entities}]>\n"


def test_an_entity_bomb_in_a_chapter_is_not_expanded() -> None:
    chapter = (
        '<?xml version="1.0"?>\n' + _bomb_doctype("html") + '<html xmlns="http://www.w3.org/1999/xhtml"><body>'
        '<p>Start &lol9; end.</p><p title="&lol9;">Second.</p></body></html>'
    )
    document = open_book(build_epub([("Bomb", chapter), ("After", "<p>Still here.</p>")]))
    assert "lollollol" not in document.text
    assert len(document.text) < 1000
    assert "Still here." in document.text and "Second." in document.text


def test_an_entity_bomb_in_the_package_is_not_expanded() -> None:
    data = build_epub([("One", "<p>Text.</p>")], title="&lol9;", opf_doctype=_bomb_doctype("package"))
    try:
        document = open_book(data.replace(b"&amp;lol9;", b"&lol9;"))
    except ReaderError as error:
        assert "lollollol" not in str(error)
        return
    assert "lollollol" not in document.text and "lollollol" not in document.info.title
    assert len(document.text) < 1000


def test_html_entities_and_malformed_chapters_keep_their_text() -> None:
    xhtml11 = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" '
        '"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><body>'
        "<p>Caf&eacute;&nbsp;au&nbsp;lait &amp; &unknown; cr&egrave;me.</p></body></html>"
    )
    broken = "<p>Un&nbsp;closed <b>bold <i>and &amp; more</p><p>Next paragraph"
    latin = chapter_document("<p>Gr\xfc\xdfe</p>").replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
    data = build_epub([("One", xhtml11), ("Two", broken), ("Three", latin.encode("latin-1"))])
    document = open_book(data)
    # (the builder collapses white space, no-break spaces included, as it does for every source)
    assert "Café au lait & crème." in document.text
    assert "Un closed bold and & more" in document.text and "Next paragraph" in document.text
    assert "Grüße" in document.text


def test_a_chapter_nested_beyond_the_parser_limit_does_not_break_the_book() -> None:
    deep = "<div>" * 100_000 + "deep text" + "</div>" * 100_000
    chapters = [("Deep", f"<p>Shallow start.</p>{deep}"), ("Next", "<p>Next chapter.</p>")]
    with pytest.raises(ReaderError, match="expands more than 200 times"):  # 1.1 MB of markup, deflated 1000x
        open_book(build_epub(chapters))
    document = open_book(build_epub(chapters, compression=zipfile.ZIP_STORED))
    assert "Shallow start." in document.text
    assert "nested too deeply" in document.info.notice
    assert "Next chapter." in document.text
    check_offsets(document)


def test_a_nav_that_cannot_be_read_is_no_table_of_contents() -> None:
    data = build_epub([("", "<p>x</p>")], files={"OEBPS/nav/nav.xhtml": b"\x00\xff not xml"})
    document = open_book(data)
    assert heading_texts(document) == ["Chapter 1"]


# -- properties -----------------------------------------------------------------------------------------------------

_TAGS = ("p", "h1", "h2", "h3", "blockquote", "li", "em", "strong", "code", "pre", "span", "a", "br", "img")


@st.composite
def _chapter_bodies(draw: st.DrawFn) -> str:
    pieces = []
    for _ in range(draw(st.integers(0, 6))):
        tag = draw(st.sampled_from(_TAGS))
        text = html.escape(draw(st.text(max_size=40)).replace("\x00", ""))
        if tag == "br":
            pieces.append(f"{text}<br/>")
        elif tag == "img":
            pieces.append(f'<img src="x.png" alt="{text}"/>')
        else:
            attributes = ' href="https://example.com/"' if tag == "a" else ""
            pieces.append(f"<{tag}{attributes}>{text}</{tag}>")
    return "".join(pieces)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    chapters=st.lists(st.tuples(st.text(max_size=20), _chapter_bodies()), min_size=1, max_size=5),
    raw=st.one_of(st.none(), st.binary(max_size=200)),
)
def test_random_chapters_keep_offsets_inside_the_text(chapters: list[tuple[str, str]], raw: bytes | None) -> None:
    books: list[tuple[str, str | bytes]] = [(title.replace("\x00", ""), body) for title, body in chapters]
    if raw is not None:
        books.append(("Raw", raw))
    try:
        document = open_book(build_epub(books))
    except ReaderError:
        return  # nothing to read at all: the one error path
    document.finish_parsing()
    assert document.complete
    check_offsets(document)


_SMALL_BOOK = build_epub([("One", "<p>First chapter.</p>"), ("Two", "<p>Second <em>chapter</em>.</p>")], ncx=True)


@settings(max_examples=150, deadline=None)
@given(
    edits=st.lists(st.tuples(st.integers(0, len(_SMALL_BOOK) - 1), st.integers(0, 255)), min_size=1, max_size=8),
    cut=st.integers(0, len(_SMALL_BOOK)),
)
def test_a_damaged_archive_opens_or_is_refused_with_one_message(edits: list[tuple[int, int]], cut: int) -> None:
    data = bytearray(_SMALL_BOOK)
    for position, value in edits:
        data[position] = value
    try:
        document = open_book(bytes(data[: max(cut, len(data) // 2)]))
    except ReaderError:
        return
    document.finish_parsing()
    check_offsets(document)
