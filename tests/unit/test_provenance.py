"""Issue 10, item 10: provenance in every export.

Each document's source (kind, path and/or URL, title, author, date...) is kept by the store, written by the native
JSON, the W3C export (the page URL as the target ``source``, else a ``file:`` URI, with a TextQuoteSelector and a
TextPositionSelector) and the Markdown export (a citation line), and read back by both importers. Hostile values -
escape sequences, 10 MB strings, wrong types, unknown kinds, ``javascript:`` URLs - in a store or an import file are
bounded, dropped or refused with one line, never a crash; old stores without sources still export; nothing a
source names is read or fetched.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from reader.annotation import Annotation
from reader.cli import main
from reader.document_meta import SourceInfo
from reader.errors import ReaderError
from reader.formats import ExportDocument
from reader.formats.markdown import export_markdown
from reader.formats.native import dumps_native, export_native, load_schema, parse_native_documents
from reader.formats.w3c import EXTENSION_KEY, export_w3c, parse_w3c, parse_w3c_documents, source_uri
from reader.loader import load_document
from reader.provenance import MAX_SOURCE_CHARS, SOURCE_KEYS, clean_source, parse_source, uri_text
from reader.store import DocumentRecord, Store
from tests.conftest import shared_path

EXPORTED_AT = "2026-11-25T14:00:00.000000+00:00"
DOC = "sha256:" + "d" * 64
PAGE_URL = "https://news.example.com/2026/11/story?id=7"
HTML_SOURCE = {
    "kind": "html",
    "path": "/home/me/saved/story.html",
    "url": PAGE_URL,
    "title": "The Story",
    "author": "Jane Doe",
    "date": "2026-11-20",
    "site": "Example News",
    "language": "en",
}
HOSTILE = "\x1b[2J\x1b]0;pwned\x07\x9b\u202eevil\u202c\x00"
BIG = "A" * 10_000_000


def highlight(doc_id: str = DOC, path: str = "/home/me/saved/story.html", **changes: Any) -> Annotation:
    values: dict[str, Any] = {
        "id": "00000000-0000-4000-8000-000000000001",
        "doc_id": doc_id,
        "path": path,
        "title": "The Story",
        "start": 4,
        "end": 9,
        "text": "Story",
        "prefix": "The ",
        "suffix": " begins",
        "created": "2026-11-21T10:00:00.000001+00:00",
        "updated": "2026-11-21T10:00:00.000001+00:00",
    }
    values.update(changes)
    return Annotation(**values)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 2
    err = capsys.readouterr().err
    assert err.startswith("reader: ") and err.count("\n") == 1, err
    return err


def without_time(text: str) -> Any:
    """An export's data without what depends on the time of the export (the W3C collection's ids too)."""
    data = json.loads(text)
    if "exported_at" in data:
        data["exported_at"] = ""
    else:
        data["generated"] = data["id"] = data["first"]["id"] = ""
    return data


# -- the rules ---------------------------------------------------------------------------------------------------


def test_clean_source_keeps_known_fields_in_order_and_bounds_them() -> None:
    assert list(clean_source({**HTML_SOURCE, "publisher": "x"})) == list(SOURCE_KEYS)
    assert clean_source(SourceInfo(kind="epub", title="Book", notice="opened from the cache")) == {
        "kind": "epub",
        "title": "Book",
    }
    cleaned = clean_source({"kind": "pdf", "title": BIG, "author": 5, "date": None, "url": BIG, "path": BIG})
    assert cleaned == {"kind": "text", "title": "A" * MAX_SOURCE_CHARS}  # text cut, addresses dropped
    for url in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "https://user:pw@host/", "http://"):
        assert "url" not in clean_source({"url": url}), url
    for value in (None, "text", 3, ["kind"], {"kind": ["html"]}, {"title": "   "}):
        assert clean_source(value) == {}


def test_parse_source_refuses_wrong_types_with_where_and_drops_unknown_keys() -> None:
    assert parse_source({"kind": "html", "future": {"deep": [1]}}, "d.source") == {"kind": "html"}
    assert parse_source(None, "d.source") == {}
    with pytest.raises(ReaderError, match=r"^d\.source: expected an object, got an array$"):
        parse_source([], "d.source")
    with pytest.raises(ReaderError, match=r"^d\.source\.title: expected a string, got 3$"):
        parse_source({"title": 3}, "d.source")


def test_uri_text_makes_any_url_a_uri() -> None:
    assert uri_text(PAGE_URL) == PAGE_URL
    assert uri_text("https://x.org/a b/ü?q=<1>%zz%41\x1b") == "https://x.org/a%20b/%C3%BC?q=%3C1%3E%25zz%41%1B"


# -- native ------------------------------------------------------------------------------------------------------


def test_native_writes_each_documents_source_and_reads_it_back() -> None:
    docs = [
        ExportDocument(DOC, "The Story", "/home/me/saved/story.html", (highlight(),), source=HTML_SOURCE),
        ExportDocument("sha256:" + "e" * 64, "Old", "old.txt", (highlight("sha256:" + "e" * 64, "old.txt", id="2"),)),
    ]
    data = export_native(docs, EXPORTED_AT)
    Draft202012Validator(load_schema()).validate(data)
    assert data["version"] == 2
    assert data["documents"][0]["source"] == HTML_SOURCE and list(data["documents"][0]) == [
        "id",
        "title",
        "path",
        "source",
        "annotations",
    ]
    assert data["documents"][1]["source"] == {}
    text = dumps_native(docs, EXPORTED_AT)
    assert text == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    imported = parse_native_documents(json.loads(text))
    assert imported.sources == {DOC: HTML_SOURCE}  # an empty source is no source
    assert [a.id for a in imported.annotations] == [highlight().id, "2"]


def test_native_export_of_hostile_sources_is_bounded_and_matches_the_schema() -> None:
    source = {"kind": "weird", "title": HOSTILE + BIG, "author": HOSTILE, "url": "javascript:alert(1)", "x": BIG}
    docs = [ExportDocument(DOC, "t", "p", (highlight(),), source=source)]
    text = dumps_native(docs, EXPORTED_AT)
    assert len(text) < 20_000
    written = json.loads(text)["documents"][0]["source"]
    assert written == {"kind": "text", "title": (HOSTILE + BIG)[:MAX_SOURCE_CHARS], "author": HOSTILE}
    Draft202012Validator(load_schema()).validate(json.loads(text))


def test_version_1_files_without_sources_still_import() -> None:
    data = export_native([ExportDocument(DOC, "t", "p", (highlight(),))], EXPORTED_AT)
    data["version"] = 1
    del data["documents"][0]["source"]
    assert parse_native_documents(data).sources == {}
    assert len(parse_native_documents(data).annotations) == 1


# -- W3C ---------------------------------------------------------------------------------------------------------


def test_w3c_target_source_is_the_page_url_else_a_file_uri_else_the_id() -> None:
    web = ExportDocument(DOC, "t", PAGE_URL, source={"kind": "html", "url": PAGE_URL})
    saved = ExportDocument(DOC, "t", "/home/me/saved/story.html", source=HTML_SOURCE)
    local = ExportDocument(DOC, "t", "/home/me/notes/my notes #1.md", source={"kind": "markdown"})
    local_source_path = ExportDocument(DOC, "t", "", source={"kind": "text", "path": "/tmp/é.txt"})
    piped = ExportDocument(DOC, "Piped", "", source={"kind": "text", "title": "Piped"})
    odd_url = ExportDocument(DOC, "t", "", source={"url": "https://x.org/a b?q=ü"})
    assert source_uri(web) == PAGE_URL
    assert source_uri(saved) == PAGE_URL  # a saved page that names its canonical URL
    assert source_uri(local) == "file:///home/me/notes/my%20notes%20%231.md"
    assert source_uri(local_source_path) == "file:///tmp/%C3%A9.txt"
    assert source_uri(piped) == DOC  # as before: the document's id (a sha256: URI)
    assert source_uri(odd_url) == "https://x.org/a%20b?q=%C3%BC"
    assert source_uri(ExportDocument("not a uri", "t", "")).startswith("urn:x-quotemark-reader:document:")


def test_w3c_export_has_both_selectors_and_the_source_and_round_trips() -> None:
    doc = ExportDocument(DOC, "The Story", "/home/me/saved/story.html", (highlight(),), source=HTML_SOURCE)
    (item,) = export_w3c([doc], EXPORTED_AT)["first"]["items"]
    assert item["target"] == {
        "source": PAGE_URL,
        "selector": [
            {"type": "TextQuoteSelector", "exact": "Story", "prefix": "The ", "suffix": " begins"},
            {"type": "TextPositionSelector", "start": 4, "end": 9},
        ],
    }
    assert item[EXTENSION_KEY]["source"] == HTML_SOURCE
    imported = parse_w3c_documents(json.loads(json.dumps(item)))
    assert imported.annotations == [highlight()] and imported.sources == {DOC: HTML_SOURCE}


def test_w3c_exports_with_sources_pass_every_must(tmp_path: Path) -> None:
    shared_path("w3c-annotation-tests", "annotations", "annotationMusts.test")
    from tests.unit.test_w3c_suite import _assertions, _registry, run_assertions

    musts, registry = _assertions("annotationMusts.test"), _registry()
    docs = [
        ExportDocument(DOC, "t", "/home/me/saved/story.html", (highlight(),), source=HTML_SOURCE),
        ExportDocument(DOC, "t", "/tmp/a b/ü #1?.txt", (highlight(),), source={"kind": "text"}),
        ExportDocument(DOC, "t", "", (highlight(),), source={"kind": "text", "title": HOSTILE}),
        ExportDocument(DOC, "t", "", (highlight(),), source={"url": "https://x.org/a b?q=<ü>%zz" + HOSTILE}),
        ExportDocument(DOC, "t", "relative.txt", (highlight(),)),
    ]
    for doc in docs:
        (item,) = json.loads(json.dumps(export_w3c([doc], EXPORTED_AT)))["first"]["items"]
        assert run_assertions(item, musts, registry) == [], doc.source


def test_foreign_w3c_targets_give_the_url_or_the_path_as_text(tmp_path: Path) -> None:
    fifo = tmp_path / "a pipe"
    os.mkfifo(fifo)  # would hang if anything opened it

    def foreign(source: str, number: int) -> dict[str, Any]:
        return {
            "id": f"urn:uuid:00000000-0000-4000-8000-00000000000{number}",
            "type": "Annotation",
            "target": {"source": source, "selector": {"type": "TextQuoteSelector", "exact": "q"}},
        }

    imported = parse_w3c_documents([foreign(PAGE_URL, 1), foreign(fifo.as_uri(), 2), foreign("urn:x:y", 3)])
    assert imported.sources == {PAGE_URL: {"url": PAGE_URL}, fifo.as_uri(): {"path": str(fifo)}}


def test_w3c_extension_sources_are_checked_like_native_ones() -> None:
    (item,) = export_w3c([ExportDocument(DOC, "t", "p", (highlight(),), source=HTML_SOURCE)], EXPORTED_AT)["first"][
        "items"
    ]
    item[EXTENSION_KEY]["source"] = {"title": ["not", "text"]}
    with pytest.raises(ReaderError, match=rf"annotation\.{EXTENSION_KEY}\.source\.title: expected a string"):
        parse_w3c(item)
    item[EXTENSION_KEY]["source"] = {"kind": "pdf", "title": BIG, "url": "javascript:x", "new": 1}
    assert parse_w3c_documents(item).sources == {DOC: {"kind": "text", "title": "A" * MAX_SOURCE_CHARS}}


# -- Markdown ----------------------------------------------------------------------------------------------------


def test_markdown_cites_title_author_date_and_url() -> None:
    md = export_markdown([ExportDocument(DOC, "The Story", "/x/story.html", (highlight(),), source=HTML_SOURCE)])
    assert md.startswith(
        "# The Story\n\nSource: Jane Doe · 2026-11-20 · Example News · <" + PAGE_URL + ">\n\n"  # no title again
    )
    local = ExportDocument(DOC, "Notes", "/x/notes.md", source={"kind": "markdown", "path": "/x/my_`notes`.md"})
    assert "Source: ``/x/my_`notes`.md``\n" in export_markdown([local])


def test_markdown_citation_is_escaped_and_sanitised() -> None:
    source = {
        "title": "*Big* [news](javascript:x) #tag <b>",
        "author": HOSTILE,
        "date": "line\nbreak",
        "url": "https://x.org/a b>c",
    }
    md = export_markdown([ExportDocument(DOC, "T", "", (highlight(),), source=source)])
    line = md.split("\n")[2]
    assert line.startswith(r"Source: \*Big\* \[news\](javascript:x) \#tag \<b\> · ")
    assert "<https://x.org/a%20b%3Ec>" in line and "line break" in line
    for bad in ("\x1b", "\x07", "\x9b", "\u202e", "\x00"):
        assert bad not in md
    assert "javascript" not in export_markdown([ExportDocument(DOC, "T", "", source={"url": "javascript:x"})])


# -- the store ---------------------------------------------------------------------------------------------------


def test_the_store_keeps_the_source_the_app_records(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.json")
    info = SourceInfo(**HTML_SOURCE, notice="shown once")  # type: ignore[arg-type]
    store.remember_document(DOC, path=HTML_SOURCE["path"], title="The Story", source=info)
    store.save_position(DOC, 12, path=HTML_SOURCE["path"], title="The Story")  # None: the source is kept
    (record,) = Store(tmp_path / "db.json").documents()
    assert record.source == HTML_SOURCE and record.position == 12 and record.opened_here
    store.remember_document(DOC, path="/moved.html", title="The Story", source=SourceInfo(kind="html"))
    assert Store(tmp_path / "db.json").documents()[0].source == {"kind": "html"}


def test_an_import_adds_a_record_only_for_unknown_documents(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.json")
    store.remember_document(DOC, path="/mine.txt", title="Mine", source={"kind": "text", "path": "/mine.txt"})
    other = "sha256:" + "f" * 64
    imported = [
        DocumentRecord(DOC, "/theirs.txt", "Theirs", None, "", {"kind": "html", "url": PAGE_URL}),
        DocumentRecord(other, "/etc/shadow", "Other", 5, "now", {"kind": "text", "path": "/etc/shadow"}),
    ]
    store.put_many([highlight(), highlight(other, id="2")], documents=imported)
    records = {record.id: record for record in Store(tmp_path / "db.json").documents()}
    assert records[DOC].source == {"kind": "text", "path": "/mine.txt"} and records[DOC].opened_here
    assert records[other] == DocumentRecord(
        other, "/etc/shadow", "Other", None, "", {"kind": "text", "path": "/etc/shadow"}
    )
    assert not records[other].opened_here


def test_hostile_sources_in_a_store_are_bounded_and_never_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db.json"
    Store(db).add(highlight())
    data = json.loads(db.read_text(encoding="utf-8"))
    hostile_sources: list[Any] = [
        {"kind": "html", "title": HOSTILE + BIG, "author": HOSTILE, "url": BIG, "path": 7, "x": [BIG]},
        {"kind": ["html"], "url": "javascript:alert(1)", "date": {"y": 1}},
        "a string",
        None,
        [[[[]]]],
        10**30,
    ]
    data["documents"] = {
        str(number): {
            "id": DOC if number == 1 else f"sha256:{number}",
            "path": "/p",
            "title": "T",
            "position": None,
            "opened": "2026-01-01T00:00:00+00:00",
            "source": source,
        }
        for number, source in enumerate(hostile_sources, 1)
    }
    db.write_text(json.dumps(data), encoding="utf-8")
    store = Store(db)
    records = {record.id: record for record in store.documents()}
    assert store.warnings == [] and len(records) == len(hostile_sources)
    assert records[DOC].source == {"kind": "html", "title": (HOSTILE + BIG)[:MAX_SOURCE_CHARS], "author": HOSTILE}
    assert all(record.source == {} for record in records.values() if record.id != DOC)
    for fmt in ("json", "w3c", "markdown"):
        text = run(capsys, "export", "--db", str(db), "--format", fmt)
        assert "\x1b" not in text and "\x9b" not in text and "\u202e" not in text and len(text) < 50_000, fmt
    store.remember_document(DOC, path="/p", title="T")  # rewriting the record keeps a clean source
    store.close()  # folds the journal into the file
    assert ("A" * (MAX_SOURCE_CHARS + 1) in db.read_text(encoding="utf-8")) is False


def test_an_old_store_without_sources_still_exports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "old.json"
    record = highlight(path="/gone/story.txt").to_dict()
    document = {"id": DOC, "path": "/gone/story.txt", "title": "Old", "position": 3, "opened": "2025-01-01T00:00:00"}
    db.write_text(json.dumps({"annotations": {"1": record}, "documents": {"1": document}}), encoding="utf-8")
    native = json.loads(run(capsys, "export", "--db", str(db)))
    assert native["documents"][0]["source"] == {} and native["documents"][0]["title"] == "Old"
    w3c = json.loads(run(capsys, "export", "--db", str(db), "-f", "w3c"))
    assert w3c["first"]["items"][0]["target"]["source"] == "file:///gone/story.txt"
    assert "# Old\n\nSource: `/gone/story.txt`" in run(capsys, "export", "--db", str(db), "-f", "markdown")


# -- end to end --------------------------------------------------------------------------------------------------


@pytest.fixture
def library(tmp_path: Path) -> dict[str, Any]:
    """A store the app filled: a saved web page (with its canonical URL), a URL document, a Markdown file and piped
    text, each with a highlight and its source recorded as the app records it."""
    page = shared_path("web-pages", "002", "source.html")
    notes = tmp_path / "my notes.md"
    notes.write_text("# Notes\n\nSome *emphasis* and `code` here, with more words.\n", encoding="utf-8")
    db = tmp_path / "db.json"
    store = Store(db)
    documents = [load_document(page), load_document(notes)]
    web = SourceInfo(kind="html", url=PAGE_URL, title="Fetched", author="A. Writer", date="2026-11-01")
    piped = SourceInfo(kind="text")
    for doc_id, path, title, info, text in [
        *((d.id, d.path, d.title, d.info, d.text) for d in documents),
        ("sha256:" + "1" * 64, PAGE_URL, "Fetched", web, "Fetched\n\nSome page text here."),
        ("sha256:" + "2" * 64, "", "Piped", piped, "Piped\n\nText from a pipe, read once."),
    ]:
        store.remember_document(doc_id, path=path, title=title, source=info)
        start = text.index(" ", len(text) // 2)
        store.add(
            Annotation.create(doc_id=doc_id, path=path, title=title, text_of_document=text, start=start, end=start + 5)
        )
    return {"db": db, "page": page, "notes": notes, "documents": documents}


@pytest.mark.parametrize("fmt", ["json", "w3c"])
def test_export_import_into_an_empty_store_export_is_equal(
    fmt: str, library: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / f"export.{fmt}"
    run(capsys, "export", "--db", str(library["db"]), "-f", fmt, "-o", str(exported))
    fresh = tmp_path / "fresh.json"
    assert "added 4" in run(capsys, "import", str(exported), "--db", str(fresh))
    for again in ("json", "w3c", "markdown"):
        before = run(capsys, "export", "--db", str(library["db"]), "-f", again)
        after = run(capsys, "export", "--db", str(fresh), "-f", again)
        if again == "markdown":
            # The same but for the percents: the app-opened files are measured (Markdown and HTML converted
            # again), the imported paths never read.
            assert before.count(" % ") == 2 and " % " not in after
            assert before.replace(" %", "").count("\n") == after.count("\n")
            kept = [line for line in before.split("\n") if not line.startswith("*offset")]
            assert kept == [line for line in after.split("\n") if not line.startswith("*offset")]
        else:
            assert without_time(after) == without_time(before), again
    native = json.loads(run(capsys, "export", "--db", str(fresh)))
    sources = {doc["title"]: doc["source"] for doc in native["documents"]}
    assert sources["Fetched"] == {
        "kind": "html",
        "url": PAGE_URL,
        "title": "Fetched",
        "author": "A. Writer",
        "date": "2026-11-01",
    }
    assert sources["Piped"] == {"kind": "text"}
    page_source = library["documents"][0].info.provenance()
    assert page_source["url"].startswith("https://hacks.mozilla.org/") and page_source in sources.values()
    records = Store(fresh).documents()
    assert len(records) == 4 and not any(record.opened_here for record in records)


def test_w3c_sources_are_the_page_urls_and_file_uris(
    library: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    items = json.loads(run(capsys, "export", "--db", str(library["db"]), "-f", "w3c"))["first"]["items"]
    targets = {item[EXTENSION_KEY]["title"]: item["target"]["source"] for item in items}
    page, notes = library["documents"]
    assert targets[page.title] == page.info.url  # a saved page: its canonical URL
    assert targets["Fetched"] == PAGE_URL
    assert targets[notes.title] == Path(library["notes"]).resolve().as_uri() and "%20" in targets[notes.title]
    assert targets["Piped"] == "sha256:" + "2" * 64
    for item in items:
        assert [s["type"] for s in item["target"]["selector"]] == ["TextQuoteSelector", "TextPositionSelector"]


def test_markdown_export_cites_each_source(library: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    md = run(capsys, "export", "--db", str(library["db"]), "-f", "markdown")
    assert f"# Fetched\n\nSource: A. Writer · 2026-11-01 · <{PAGE_URL}>" in md
    assert f"# Notes\n\nSource: `{Path(library['notes']).resolve()}`" in md
    assert "<https://hacks.mozilla.org/2015/03/this-api-is-so-fetching/>" in md


def test_a_hostile_import_file_is_refused_or_bounded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "db.json"
    secret = tmp_path / "secret.txt"
    secret.write_text("token=do-not-read\n", encoding="utf-8")
    data = export_native([ExportDocument(DOC, "T", str(secret), (highlight(path=str(secret)),))], EXPORTED_AT)
    for bad, where in (([], "source: expected an object"), ({"author": 5}, "source.author: expected a string")):
        data["documents"][0]["source"] = bad
        (tmp_path / "bad.json").write_text(json.dumps(data), encoding="utf-8")
        assert f"documents[0].{where}" in error(capsys, "import", str(tmp_path / "bad.json"), "--db", str(db))
        assert not db.exists()
    data["documents"][0]["source"] = {
        "kind": "exe",
        "path": str(secret),
        "url": "javascript:alert(1)",
        "title": HOSTILE + BIG,
        "author": HOSTILE,
        "unknown": {"nested": [BIG]},
    }
    (tmp_path / "in.json").write_text(json.dumps(data), encoding="utf-8")
    run(capsys, "import", str(tmp_path / "in.json"), "--db", str(db))
    (record,) = Store(db).documents()
    assert record.source == {
        "kind": "text",
        "path": str(secret),
        "title": (HOSTILE + BIG)[:MAX_SOURCE_CHARS],
        "author": HOSTILE,
    }
    for fmt in ("json", "w3c", "markdown"):
        text = run(capsys, "export", "--db", str(db), "-f", fmt)
        assert "do-not-read" not in text and "\x1b" not in text and "javascript" not in text and len(text) < 50_000
        assert " %" not in text  # the imported path was not read for a percent


def test_exports_never_read_a_url_or_an_imported_path(
    library: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader import loader

    read: list[str] = []

    def load(path: Any) -> Any:
        read.append(str(path))
        return loader.load_document(path)

    def read_text(path: Any) -> Any:
        read.append(str(path))
        return loader.read_text(path)

    monkeypatch.setattr("reader.transfer.load_document", load)
    monkeypatch.setattr("reader.transfer.read_text", read_text)
    run(capsys, "export", "--db", str(library["db"]), "-f", "markdown")
    assert sorted(read) == sorted(str(d.path) for d in library["documents"])  # the two files the app opened


def test_a_foreign_annotation_on_a_saved_pages_url_finds_the_saved_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Hypothesis files a highlight under the page's URL: importing it finds the saved copy whose canonical URL
    that is (by the recorded source, with no read and no fetch)."""
    db = tmp_path / "db.json"
    Store(db).remember_document(DOC, path="/x/story.html", title="The Story", source=HTML_SOURCE)
    foreign = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "https://hypothes.is/a/abc",
        "type": "Annotation",
        "target": {"source": PAGE_URL, "selector": {"type": "TextQuoteSelector", "exact": "Story"}},
    }
    (tmp_path / "h.json").write_text(json.dumps(foreign), encoding="utf-8")
    run(capsys, "import", str(tmp_path / "h.json"), "--db", str(db))
    (annotation,) = Store(db).all_annotations()
    assert (annotation.doc_id, annotation.path) == (DOC, "/x/story.html")
    assert Store(db).documents()[0].source == HTML_SOURCE  # the app's record is left as it was
