"""Hostile documents through the app, `reader quotes` and every export format.

Generated texts: every C0 and C1 control, every bidi and zero-width character, lone surrogates, invalid UTF-8
bytes, 10,000-character words, 100,000 combining marks on one letter, mixed CRLF/CR/LF; and (slow) a 50 MB
single paragraph and 1,000,000 empty lines. Nothing crashes or hangs, offsets stay exact (they slice back to
the right text), and nothing on screen is a raw control, bidi or zero-width character.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.annotation import Annotation
from reader.document import Document
from reader.formats import ExportDocument
from reader.formats.native import parse_native
from reader.formats.w3c import parse_w3c
from reader.loader import load_document
from reader.quotes import find_quotations
from reader.store import Store
from reader.transfer import render
from reader.ui.app import ReaderApp
from tests.conftest import ROOT, shared_path
from tests.robustness import RAW_UNSAFE, wait_for

C0 = "".join(chr(c) for c in range(0x20) if chr(c) not in "\n\r")
C1 = "\x7f" + "".join(chr(c) for c in range(0x80, 0xA0))
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u034f\u180e\u2061\u2062\u2063\u2064"
SURROGATES = "\udc80\udcff\ud800\udfff"


def controls_text() -> str:
    parts = ["Hostile characters\n"]
    for name, chars in (("C0", C0), ("C1", C1), ("bidi", BIDI), ("zero width", ZERO_WIDTH)):
        parts.append(f"\nThe {name} set is here: " + "".join(f"w{c}x " for c in chars) + "and it ends. Next one.\n")
        parts.append(f"\n„A quoted{chars[:3]} sentence here,” he said. Then {chars} all at once.\n")
    return "".join(parts)


GENERATED = {
    "controls": controls_text(),
    "surrogates": "Lone surrogates\n\nBytes \udc80\udcff from surrogateescape and \ud800 odd ones \udfff here. Next.\n",
    "long_words": "Long words\n\n" + " ".join(["a" * 10_000, "b" * 10_000 + ".", "c" * 10_000]) + " End.\n",
    "combining": "Combining\n\nZ" + "\u0301" * 100_000 + " then more text. “Quoted,” she said.\n",
    "line_ends": "Line ends\r\n\r\nOne line.\rTwo line.\nThree line.\r\n\r\nNext paragraph.\r\rLast.\n",
    "cr_only": "Old Mac\r\rFirst paragraph. Second sentence.\r\rThird “quoted” part.\r",
}


def check_offsets(document: Document) -> None:
    """Every offset the model gives slices back to its text."""
    text = document.text
    for index, block in enumerate(document.blocks):
        for start, end in block.segments:
            assert 0 <= start <= end <= len(text)
        assert document.block_text(index) == text[block.start : block.end]
        for span in document.sentences(index):
            assert block.start <= span.start <= span.end <= block.end
        for span in document.words(index)[:2000]:
            word = text[span.start : span.end]
            assert word and word[0].isalnum() or word[0] == "_", repr(word[:20])
    for quotation in find_quotations(document):
        assert text[quotation.start : quotation.end] == quotation.text


def screen_text(app: ReaderApp) -> str:
    strips = app.screen._compositor.render_strips()
    return "".join("".join(segment.text for segment in strip) for strip in strips)


async def drive(app: ReaderApp, document: Document, *, size: tuple[int, int] = (120, 40)) -> None:
    async with app.run_test(size=size) as pilot:
        await app.workers.wait_for_complete()
        screen = app.screen
        for keys in (("G",), ("g",), ("w", "w"), (")",), ("]",), ("h",), ("slash",), tuple("the"), ("enter",)):
            await pilot.press(*keys)
            await pilot.pause()
            shown = screen_text(app)
            bad = RAW_UNSAFE.search(shown)
            assert bad is None, f"raw {bad.group()!r} on screen after {keys}"
            cursor = screen.article.cursor
            assert 0 <= cursor <= len(document.text)
        await wait_for(pilot, lambda: not screen.unsaved)
        for annotation in screen.session.annotations.values():
            assert annotation.text == document.text[annotation.start : annotation.end]
        await pilot.press("q")


@pytest.mark.parametrize("name", sorted(GENERATED))
async def test_generated_document_in_the_app(tmp_path: Path, name: str) -> None:
    text = GENERATED[name]
    document = Document(text, path=str(tmp_path / f"{name}.txt"))
    assert document.text == text.replace("\u00ad", "")  # (soft hyphens are dropped as a document is read)
    check_offsets(document)
    app = ReaderApp(store=Store(tmp_path / "a.json"), document=document)
    await drive(app, document)


def test_invalid_utf8_file_loads_with_replacements(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Bad bytes\n\nHere \xff\xfe and \xc3 and \xed\xa0\x80 surrogate bytes. Next.\n")
    document = load_document(path)
    assert document.replaced_bytes >= 4
    assert "\ufffd" in document.text
    check_offsets(document)


async def test_hostile_article_from_shared(tmp_path: Path) -> None:
    path = shared_path("hostile", "hostile-article.txt")
    document = load_document(path)
    check_offsets(document)
    await drive(ReaderApp(store=Store(tmp_path / "a.json"), paths=[path], document=document), document)


def export_everything(document: Document) -> None:
    """Annotations on every sentence of the first blocks through native, W3C and Markdown."""
    annotations = []
    for index in range(min(len(document.blocks), 12)):
        for span in document.sentences(index)[:5]:
            annotations.append(
                Annotation.create(
                    doc_id=document.id,
                    path=document.path,
                    title=document.title,
                    text_of_document=document.text,
                    start=span.start,
                    end=span.end,
                    note="note \x1b[2J\u202e" + document.text[span.start : span.start + 20],
                )
            )
    docs = [ExportDocument(document.id, document.title, document.path, tuple(annotations), len(document.text))]
    native = parse_native(json.loads(render(docs, "json", "2026-01-01T00:00:00+00:00")))
    assert native == sorted(annotations, key=lambda a: (a.start, a.end, a.created, a.id))
    for annotation in native:
        assert document.text[annotation.start : annotation.end] == annotation.text
    w3c = parse_w3c(
        json.loads(render(docs, "w3c", "2026-01-01T00:00:00+00:00")),
        lambda source: (document.id, document.path, document.title),
    )
    assert [(a.id, a.start, a.end, a.text, a.note) for a in w3c] == [
        (a.id, a.start, a.end, a.text, a.note) for a in native
    ]
    markdown = render(docs, "markdown", "2026-01-01T00:00:00+00:00")
    assert RAW_UNSAFE.sub("", markdown.replace("\n", "")) == markdown.replace("\n", ""), "raw control in Markdown"


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_generated_document_exports_in_every_format(name: str) -> None:
    export_everything(Document(GENERATED[name], path=f"/tmp/{name}.txt"))


def test_quotes_command_on_hostile_files(tmp_path: Path) -> None:
    paths = []
    for name in ("line_ends", "long_words", "combining", "controls"):
        path = tmp_path / f"{name}.txt"
        text = GENERATED[name]
        if name == "controls":
            text = text + ("Plain filler text so the file reads as text. " * 400)  # under the binary threshold
        path.write_text(text, encoding="utf-8", newline="")
        paths.append(path)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Title\n\n\xff\xfe \xe2\x80\x9equoted \xc3 text,\xe2\x80\x9d he said.\n")
    paths.append(bad)
    try:
        shared = shared_path("hostile", "hostile-article.txt")
        paths.append(shared)
    except pytest.skip.Exception:
        pass
    for path in paths:
        for extra in ([], ["--json"]):
            result = subprocess.run(
                [sys.executable, "-m", "reader", "quotes", str(path), *extra],
                capture_output=True,
                cwd=ROOT,
                timeout=120,
            )
            assert result.returncode in (0, 2), result.stderr[-2000:]
            assert b"Traceback" not in result.stderr
            if result.returncode == 2:
                assert result.stderr.decode().startswith("reader: ")
                continue
            if extra:
                rows = json.loads(result.stdout)
                document = load_document(path)
                for row in rows:
                    assert document.text[row["start"] : row["end"]] == row["text"]
            else:
                shown = result.stdout.decode("utf-8", "surrogateescape").replace("\n", "")
                assert RAW_UNSAFE.search(shown) is None, path.name


def test_document_with_lone_surrogates_directly() -> None:
    text = GENERATED["surrogates"]
    document = Document(text)
    check_offsets(document)
    assert document.id.startswith("sha256:")
    for index in range(len(document.blocks)):
        shown = document.display(index)
        assert RAW_UNSAFE.search(str(getattr(shown, "text", shown))) is None


@pytest.mark.slow
async def test_fifty_megabyte_single_paragraph(tmp_path: Path) -> None:
    sentence = "Words in one enormous paragraph, with “a quote,” he said, and no end in sight. "
    text = "A 50 MB paragraph\n\n" + sentence * (50 * 1024 * 1024 // len(sentence))
    document = Document(text, path=str(tmp_path / "big.txt"))
    app = ReaderApp(store=Store(tmp_path / "a.json"), document=document)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for key in ("G", "g", "w", ")", "h", "j", "G"):
            await pilot.press(key)
            await pilot.pause()
        screen = app.screen
        assert 0 <= screen.article.cursor <= len(text)
        await wait_for(pilot, lambda: not screen.unsaved, timeout=120)
        for annotation in screen.session.annotations.values():
            assert annotation.text == text[annotation.start : annotation.end]
        await pilot.press("q")


@pytest.mark.slow
async def test_a_million_empty_lines(tmp_path: Path) -> None:
    text = "Title\n" + "\n" * 1_000_000 + "The only paragraph. It is at the end.\n"
    document = Document(text, path=str(tmp_path / "empty.txt"))
    check_offsets(document)
    app = ReaderApp(store=Store(tmp_path / "a.json"), document=document)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for key in ("G", "h", "g", "G", "k"):
            await pilot.press(key)
            await pilot.pause()
        screen = app.screen
        await wait_for(pilot, lambda: not screen.unsaved, timeout=60)
        for annotation in screen.session.annotations.values():
            assert annotation.text == text[annotation.start : annotation.end]
        await pilot.press("q")
