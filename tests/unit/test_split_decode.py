"""A large file decoded in two steps (issue 14): its start before the first paint, the whole after it.

The start must be exactly a prefix of the whole text whatever the bytes (invalid UTF-8, a character cut by the
limit, BOMs of UTF-8/16/32), the count of replaced bytes that of decoding whole, and the document finished from
the start the same document (text, blocks, id) as one made from the whole text."""

from __future__ import annotations

import codecs
import pickle
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.document import Document, document_id
from reader.errors import ReaderError
from reader.give_way import giving_way
from reader.sources import Origin
from reader.sources import text as text_source
from reader.sources.decode import decode_head, decode_text
from reader.sources.text import decode_whole, from_bytes
from reader.store import Store

_BAD = [b"\xff", b"\xc3", b"\xe2\x82", b"\xf0\x90\x8d", b"\xed\xa0\x80", b"\xe0\x80", b"\xf4\x90\x80\x80", b"\x80\xbf"]
"""Invalid UTF-8: a byte never used, sequences cut short, a surrogate, overlong and too-high forms, lone
continuation bytes."""

_PIECES = st.one_of(
    st.text(max_size=8).map(lambda text: text.encode("utf-8", "surrogatepass")),
    st.sampled_from([*_BAD, "\ufffd".encode(), b"\r\n", b"\n\n", codecs.BOM_UTF8]),
    st.binary(max_size=4),
)
_UTF8 = st.tuples(st.sampled_from([b"", codecs.BOM_UTF8]), st.lists(_PIECES, max_size=40)).map(
    lambda parts: parts[0] + b"".join(parts[1])
)
_WIDE_BOMS = {
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
    "utf-32-le": codecs.BOM_UTF32_LE,
    "utf-32-be": codecs.BOM_UTF32_BE,
}
_WIDE = st.tuples(
    st.sampled_from(sorted(_WIDE_BOMS)),
    st.lists(st.one_of(st.text(max_size=6), st.binary(max_size=3)), max_size=20),
).map(
    lambda parts: (
        _WIDE_BOMS[parts[0]]
        + b"".join(p if isinstance(p, bytes) else p.encode(parts[0], "surrogatepass") for p in parts[1])
    )
)
"""UTF-16 and UTF-32 with their BOM: text, odd bytes, lone surrogates."""


def _old_count(data: bytes, text: str) -> int:
    """How the replaced bytes of UTF-8 were counted before (a second decode, with surrogateescape)."""
    return max(text.count("\ufffd") - data.decode("utf-8-sig", errors="surrogateescape").count("\ufffd"), 0)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(_UTF8, _WIDE), cut=st.integers(min_value=0, max_value=200))
def test_the_start_is_a_prefix_of_the_whole_whatever_the_bytes_and_the_cut(data: bytes, cut: int) -> None:
    try:
        whole, replaced = decode_text(data, "x")
    except ReaderError as refused:
        try:
            head = decode_head(data, "x", cut)
        except ReaderError as also:
            assert str(also) == str(refused)
        else:
            assert head is None  # a blank start of UTF-16/32: decoded whole, which refuses it
        return
    head = decode_head(data, "x", cut)
    if head is None:
        assert len(data) <= cut or bom_is_wide(data)
        return
    assert whole.startswith(head)
    assert len(head) >= (cut - 4) // 4 - 1  # not far short of the cut (a character is at most 4 bytes)
    if not bom_is_wide(data):
        assert replaced == _old_count(data, whole)


def bom_is_wide(data: bytes) -> bool:
    return data.startswith(tuple(_WIDE_BOMS.values()))


@settings(max_examples=300, deadline=None)
@given(data=_UTF8)
def test_replaced_bytes_are_counted_as_before(data: bytes) -> None:
    """Real U+FFFD in the file are not counted, without a second decode."""
    try:
        text, replaced = decode_text(data, "x")
    except ReaderError:
        return
    assert replaced == _old_count(data, text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(_UTF8, _WIDE), cut=st.integers(min_value=0, max_value=200))
def test_a_document_from_its_start_finishes_as_the_whole(data: bytes, cut: int) -> None:
    """Text, replaced count, blocks and id, for any bytes: a start that cannot be parsed apart is finished at
    once, one that can is finished by finish_parsing."""
    try:
        text, replaced = decode_text(data, "x")
    except ReaderError:
        return
    head = decode_head(data, "x", cut)
    if head is None:
        return
    document = Document(head, whole=lambda: decode_whole(data, "x"))
    assert text.startswith(document.text)
    document.finish_parsing()
    assert (document.text, document.replaced_bytes, document.complete) == (text, replaced, True)
    assert blocks_of(document) == blocks_of(finished(Document(text)))
    assert document.id == document_id(text)  # taken from the bytes where they are the text's UTF-8


@settings(max_examples=200, deadline=None)
@given(text=st.text(), piece=st.integers(min_value=1, max_value=5))
def test_the_id_hashed_in_pieces_is_the_hash_of_the_whole_text(text: str, piece: int) -> None:
    import hashlib

    import reader.document

    try:
        data = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        data = text.encode("utf-8", "surrogatepass")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(reader.document, "ID_PIECE", piece)
        assert document_id(text) == "sha256:" + hashlib.sha256(data).hexdigest()


def finished(document: Document) -> Document:
    document.finish_parsing()
    return document


def blocks_of(document: Document) -> list[tuple[object, ...]]:
    return [(b.kind, b.segments, b.level) for b in document.blocks]


# -- large files ------------------------------------------------------------------------------------------------

SPLIT_BYTES = 4 * 1024 * 1024
"""The split size these tests use (the reader's is larger: a test file of that size would only be slower)."""


@pytest.fixture(autouse=True)
def _small_split(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_source, "SPLIT_BYTES", SPLIT_BYTES)



def large_text(paragraphs: int = 0) -> str:
    """A plain text just over SPLIT_BYTES (as UTF-8): a title, then paragraphs with blank lines between."""
    paragraph = "Ünïcode words in a paragraph, “quoted” and plain, written over and over again. " * 6
    count = paragraphs or SPLIT_BYTES // len(paragraph.encode()) + 10
    return "A large article\n\n" + "\n\n".join(f"{paragraph}{n}" for n in range(count)) + "\n"


def origin(tmp_path: Path) -> Origin:
    return Origin(name="big.txt", path=str(tmp_path / "big.txt"))


def test_a_large_file_opens_with_its_start_and_finishes_whole(tmp_path: Path) -> None:
    text = large_text()
    data = text.encode()
    bad = len(data) - 1000
    data = data[:bad] + b"\xff\xfe" + "\ufffd".encode() + data[bad:]  # two invalid bytes and one real U+FFFD
    whole, replaced = decode_text(data, "x")
    assert replaced == 2
    document = from_bytes(data, origin(tmp_path))
    assert len(document.text) < len(whole) and whole.startswith(document.text)
    assert not document.complete
    assert document.replaced_bytes == 0  # known with the whole text only
    first = blocks_of(document)
    assert document.id == document_id(whole)  # the id is the whole text's: asking for it decodes the rest
    assert document.text == whole and document.replaced_bytes == 2
    assert blocks_of(document) == first  # but parses nothing more
    document.finish_parsing()
    assert document.complete
    assert blocks_of(document) == blocks_of(finished(Document(whole)))


def test_a_large_document_pickles_whole(tmp_path: Path) -> None:
    data = large_text().encode()
    document = from_bytes(data, origin(tmp_path))
    again = pickle.loads(pickle.dumps(document))
    assert again.text == data.decode() and not again.complete
    again.finish_parsing()
    assert blocks_of(again) == blocks_of(finished(from_bytes(data, origin(tmp_path))))


@pytest.mark.parametrize("codec", ["utf-16", "utf-32", "utf-8-sig"])
def test_a_large_file_with_a_byte_order_mark(tmp_path: Path, codec: str) -> None:
    text = large_text()  # over SPLIT_BYTES in UTF-8, so in all of these
    data = text.encode(codec)
    document = from_bytes(data, origin(tmp_path))
    assert not document.complete and text.startswith(document.text) and len(document.text) < len(text)
    document.finish_parsing()
    assert document.text == text and document.replaced_bytes == 0
    assert blocks_of(document) == blocks_of(finished(Document(text)))


def test_a_start_without_a_blank_line_is_decoded_whole(tmp_path: Path) -> None:
    """The first part cannot be cut from the rest: the whole text at once (its blocks as before)."""
    text = "Title\n" + "one long line of words " * (SPLIT_BYTES // 20) + "\n\nThe end.\n"
    document = from_bytes(text.encode(), origin(tmp_path))
    assert document.text == text


def test_a_large_classic_mac_file_is_decoded_whole(tmp_path: Path) -> None:
    """Without a line feed in its start a text may still be split at \\r: that is decided by the whole text."""
    text = large_text().replace("\n", "\r") + "\nA last line.\n"
    document = from_bytes(text.encode(), origin(tmp_path))
    assert document.text == text
    assert blocks_of(finished(document)) == blocks_of(finished(Document(text)))


def test_large_empty_and_binary_files_are_refused_as_before(tmp_path: Path) -> None:
    with pytest.raises(ReaderError, match="empty"):
        from_bytes(b" \n" * SPLIT_BYTES, origin(tmp_path))
    with pytest.raises(ReaderError, match="PDF is not supported"):
        from_bytes(b"%PDF-1.7\n" + b"x" * SPLIT_BYTES, origin(tmp_path))
    with pytest.raises(ReaderError, match="binary"):
        from_bytes(b"\x00\x01" * SPLIT_BYTES, origin(tmp_path))
    with pytest.raises(ReaderError, match="empty"):  # a blank start of UTF-16: decoded whole to say so
        from_bytes(codecs.BOM_UTF16_LE + " ".encode("utf-16-le") * SPLIT_BYTES, origin(tmp_path))


async def test_the_app_reports_replaced_bytes_once_the_whole_is_decoded(tmp_path: Path) -> None:
    """The notice of invalid UTF-8 comes from the start-up worker, with the whole file's count, once."""
    from reader.ui.app import ReaderApp

    data = large_text().encode()
    data = data[:-100] + b"\xff\xff\xff" + data[-100:]
    document = from_bytes(data, origin(tmp_path))
    app = ReaderApp(store=Store(tmp_path / "a.json"), document=document)
    shown: list[str] = []
    notify = app.notify

    def seen(message: str, **options: Any) -> None:
        shown.append(str(message))
        notify(message, **options)

    app.notify = seen  # type: ignore[method-assign]  # the toasts time out before the test looks
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert shown.count("3 invalid UTF-8 bytes shown as �") == 1, shown
        await pilot.press("q")


_PARAGRAPHS = st.lists(
    st.one_of(
        st.text(alphabet="ab \t“”.\r", max_size=30),
        st.sampled_from(["# Heading", "A Short Heading Line", "\n", "\n \n", "- item", "> quoted", "    code"]),
    ),
    max_size=60,
).map("\n".join)


@settings(max_examples=200, deadline=None)
@given(text=_PARAGRAPHS, part=st.integers(min_value=1, max_value=40))
def test_the_rest_parsed_part_by_part_has_the_blocks_of_one_parse(text: str, part: int) -> None:
    """The rest of a large plain text is parsed in parts cut at blank lines (with the UI's keys between them):
    the blocks are those of the text parsed in one go, whatever the cut."""
    import reader.blocks
    import reader.document

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(reader.blocks, "FIRST_PART", part)
        patch.setattr(reader.document, "REST_PART", part)
        lazy = Document(text, lazy=True)
        calls: list[int] = []
        with giving_way(lambda: calls.append(lazy._parsed_to)):
            lazy.finish_parsing()
    assert blocks_of(lazy) == blocks_of(Document(text, lazy=False))
    assert calls == sorted(calls)  # the hook ran between parts, each further on


@settings(max_examples=300, deadline=None)
@given(data=_UTF8)
def test_a_file_decoded_whole_has_the_id_of_its_text(data: bytes) -> None:
    """Taken from the bytes where they are the text's UTF-8 (nothing replaced), else from the text."""
    try:
        text, _ = decode_text(data, "x")
    except ReaderError:
        return
    document = from_bytes(data, Origin(name="small.txt", path="/tmp/small.txt"))
    assert document.text == text
    assert document.id == document_id(text)


def test_the_id_asked_first_comes_from_the_whole_text_step_not_a_second_hash() -> None:
    """Asking a large file's id before its text is whole finishes the text, which gives the id (hashed from the
    bytes): it is not hashed again from the text."""
    whole = "Title\n\n" + "words and words\n\n" * 10
    document = Document(whole[:12], whole=lambda: (whole, 0, "sha256:from-the-bytes"))
    assert document.id == "sha256:from-the-bytes"
    assert document.text == whole
