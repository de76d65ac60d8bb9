"""Which kind a source is, text decoding (BOMs, UTF-16/32), named binary formats, ``reader text``, folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.errors import ReaderError
from reader.sources import (
    is_url,
    load_file,
    load_stdin,
    looks_like_html,
    looks_like_markdown,
    readable_files,
    sniff_kind,
)
from reader.sources.decode import decode_text, describe_binary, is_epub

from ..conftest import SEED


@pytest.mark.parametrize(
    ("data", "name", "content_type", "kind"),
    [
        (b"plain", "a.txt", "", "text"),
        (b"# T", "a.md", "", "markdown"),
        (b"<p>x</p>", "a.html", "", "html"),
        (b"\xef\xbb\xbf  <!DOCTYPE html><html>", "story.txt", "", "html"),
        (b"<!-- c --><html lang=en>", "", "", "html"),
        (b"PK\x03\x04....mimetypeapplication/epub+zip", "book.bin", "", "epub"),
        (b"whatever", "page", "text/html; charset=utf-8", "html"),
        (b"whatever", "page", "text/markdown", "markdown"),
        (b"<html>", "x.txt", "text/plain", "html"),
        (b"Not <b>html</b> at the start", "notes.txt", "", "text"),
    ],
)
def test_sniff_kind(data: bytes, name: str, content_type: str, kind: str) -> None:
    assert sniff_kind(data, name, content_type) == kind


NOTES_MD = "---\ntitle: Climate Talks\n---\n\n# Climate Talks\n\nSome **bold** text.\n"
NEWS_TEXT = (
    "Talks stall in Bonn\n\nNegotiators left Bonn on Friday without a deal. #COP29 #climate\n\n"
    "\"We are running out of time,\" said Maria Lopez. The # of pledges fell to 12.\n\n"
    "A stray ** in the copy, and a line that is not a heading:\n# 1 priority is money.\n\n###\n"
)


@pytest.mark.parametrize(
    ("text", "markdown"),
    [
        (NOTES_MD, True),  # front matter (the review's notes.md)
        ("+++\ntitle = 'T'\n+++\nBody\n", True),
        ("\n# Climate Talks\n\nNegotiators left Bonn.\n", True),  # a first line that is a heading
        ("Intro line\n\n## Part one\n\nSome **bold** words.\n", True),  # a heading and emphasis
        ("See [the report](https://example.org/r) and __this__.\n", True),  # a link and emphasis
        ("Run it:\n\n```sh\nmake\n```\n\nThen [read](./docs/a.md).\n", True),  # a fence and a link
        (NEWS_TEXT, False),  # hashtags, '# 1' mid-text, a press release's '###', a stray '**'
        ("Title\n\nOnly **one** sign of Markdown here.\n", False),
        ("Title\n\n## One heading-like line in the middle\n\nText.\n", False),
        ("---\nnot: a known key\n---\nText\n", False),  # front matter that names nothing the reader shows
        ("Title\nline one\nline two\n", False),
    ],
)
def test_piped_markdown_is_told_by_its_content(text: str, markdown: bool) -> None:
    assert looks_like_markdown(text.encode("utf-8")) is markdown
    assert sniff_kind(text.encode("utf-8")) == ("markdown" if markdown else "text")


def test_markdown_sniffing_is_only_for_nameless_input() -> None:
    data = NOTES_MD.encode("utf-8")
    assert sniff_kind(data, "notes.txt") == "text"  # a name's suffix decides
    assert sniff_kind(data, "", "text/plain") == "text"  # and so does a content type
    assert looks_like_markdown(NOTES_MD.encode("utf-16"))  # a BOM's encoding is read
    assert looks_like_markdown(b"\xef\xbb\xbf# Title\n\ntext")


def test_markdown_sniffing_is_linear_on_hostile_input() -> None:
    import time

    for hostile in (b"[a" * 20_000, b"**a" * 20_000, b"[" + b"a" * 40_000, b"# " * 20_000, b"_" * 40_000):
        started = time.perf_counter()
        looks_like_markdown(hostile)
        assert time.perf_counter() - started < 0.5


def test_piped_markdown_is_read_as_markdown(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The review's `cat notes.md | reader text -`: front matter is metadata, markers hidden, kind markdown."""
    import reader.piped_input

    monkeypatch.setattr(reader.piped_input, "read_stdin_bytes", lambda: NOTES_MD.encode("utf-8"))
    document = load_stdin()
    assert document.info.kind == "markdown" and document.title == "Climate Talks"
    assert "---" not in document.text and "**" not in document.text and "#" not in document.text
    assert main(["text", "--json", "-"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["kind"] == "markdown" and printed["text"] == "Climate Talks\n\nSome bold text."
    monkeypatch.setattr(reader.piped_input, "read_stdin_bytes", lambda: NEWS_TEXT.encode("utf-8"))
    news = load_stdin()
    assert news.info.kind == "text" and news.text.startswith("Talks stall in Bonn") and "###" in news.text


def test_html_in_utf16() -> None:
    assert looks_like_html("<!doctype html><p>x".encode("utf-16"))


def test_is_url() -> None:
    assert is_url("https://example.org/a") and is_url("file:///etc/passwd") and is_url("ftp://x")
    assert not is_url("story.html") and not is_url("/tmp/a:b") and not is_url("c:/x")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig"])
def test_text_with_a_bom_is_decoded(codec: str) -> None:
    text = "Title ünïcode\n\nBody “quoted”."
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    if codec == "utf-32-be":
        data = b"\x00\x00\xfe\xff" + data
    decoded, replaced = decode_text(data, "x")
    assert decoded == text and replaced == 0


def test_utf16_odd_byte_is_replaced_not_refused() -> None:
    decoded, replaced = decode_text("Hi there".encode("utf-16") + b"\x00", "x")
    assert decoded.startswith("Hi there") and replaced == 1


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"%PDF-1.7\n", "PDF is not supported"),
        (b"PK\x03\x04\x14\x00\x00\x00 some zip", "ZIP archive"),
        (b"PK\x03\x04\x14\x00word/document.xml", "Word document"),
        (b"\x89PNG\r\n\x1a\n", "PNG image"),
        (b"\x1f\x8b\x08\x00", "gzip"),
    ],
)
def test_binary_formats_are_named(data: bytes, words: str) -> None:
    assert words in (describe_binary(data) or "")
    with pytest.raises(ReaderError, match=words):
        decode_text(data + b"\x00" * 100, "file.bin")


def test_epub_signature() -> None:
    assert is_epub(b"PK\x03\x04" + b"\x00" * 26 + b"mimetypeapplication/epub+zip")
    assert not is_epub(b"PK\x03\x04 other zip")


def test_plain_text_file_keeps_its_offsets() -> None:
    doc = load_file(SEED)
    assert doc.kind == "text" and doc.text == SEED.read_text(encoding="utf-8")
    assert doc.info.path == str(SEED.resolve()) and doc.path == str(SEED.resolve())


def test_reader_text_prints_the_plain_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["text", str(SEED)]) == 0
    assert capsys.readouterr().out == SEED.read_text(encoding="utf-8").rstrip("\n") + "\n"


def test_reader_text_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["text", "--json", str(SEED)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"title", "author", "date", "site", "url", "language", "kind", "text", "body"}
    assert data["kind"] == "text" and data["text"] == SEED.read_text(encoding="utf-8")
    assert data["title"].startswith("Belarus regime") and not data["body"].startswith("Belarus regime")
    assert data["text"].endswith(data["body"])


def test_reader_text_refuses_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + b"\x00\x01" * 100)
    assert main(["text", str(pdf)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("reader: ") and "PDF is not supported" in err and err.count("\n") == 1
    assert main(["text", "file:///etc/passwd"]) == 2
    assert "http" in capsys.readouterr().err


def test_reader_text_escapes_on_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hostile = tmp_path / "h.txt"
    hostile.write_text("Title\x1b]0;owned\x07\n\nBody \u202e reversed \x9b31m." + " prose" * 100, encoding="utf-8")
    assert main(["text", "--json", str(hostile)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out and "\x9b" not in out
    assert json.loads(out)["text"] == hostile.read_text(encoding="utf-8")


def test_folder_lists_readable_files(tmp_path: Path) -> None:
    for name in ("b.md", "a.txt", "c.html", "d.epub", ".hidden.txt", "image.png", "notes.TXT"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "sub.txt").mkdir()
    assert [p.name for p in readable_files(tmp_path)] == ["a.txt", "b.md", "c.html", "d.epub", "notes.TXT"]
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ReaderError, match="holds no document"):
        readable_files(empty)


def test_a_page_converted_in_a_child_is_the_same_document(tmp_path: Path) -> None:
    from reader.sources import Origin, convert
    from reader.sources.forked import convert_soon

    page = b"<html><head><title>T</title></head><body><article><h1>Title here</h1><p>" + b"Words. " * 50
    page += b"</p><pre>code  line</pre></article></body></html>"
    origin = Origin(name="p.html", path=str(tmp_path / "p.html"))
    here = convert(page, origin, "html")
    there = convert_soon(page, origin, "html")()
    assert (there.text, there.info, there.styles, there.id) == (here.text, here.info, here.styles, here.id)
    assert [(b.kind, b.segments, b.level) for b in there.blocks] == [(b.kind, b.segments, b.level) for b in here.blocks]
    there.finish_parsing()  # its lock was made again
    with pytest.raises(ReaderError, match="empty"):
        convert_soon(b"   ", origin, "html")()


def test_a_document_in_parts_is_not_pickled() -> None:
    import pickle

    from reader.document import Document

    with pytest.raises(TypeError):
        pickle.dumps(Document("x", doc_id="sha256:x", rest=lambda: None))
    copy = pickle.loads(pickle.dumps(Document("Title\n\nBody.")))
    assert copy.title == "Title" and copy.sentences(1)
