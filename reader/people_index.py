"""Who is quoted across the library: a cache of every document's attributed quotations, and the people in it.

Quotations are derived data (the finder, :func:`reader.quotes.find_quotations`, makes them from a document's text),
so they are kept in a cache, never in the store: ``<cache root>/quotations/`` where the cache root is the page
cache's (:func:`reader.sources.page_cache.cache_root`: ``$READER_CACHE_DIR``, else platformdirs'
``user_cache_dir("reader")``).

Decisions, and why:

* **One entry file per document, plus one index file.** ``<sha256 of the doc id>.json`` holds a document's
  attributed quotations (offsets, text, speaker); ``index.json`` holds, per document id, only what the people
  list needs: the id of the text the entry was made from, the source's signature, and each person's count. The
  people list (``P``, ``reader people``) reads the store and the index and ``stat``s each source: one file read
  for 2,000 documents instead of 2,000 (measured in ``benchmarks/people.py``). A person's quotations read only
  the entries of the documents that quote them. The index is a summary of the entries: when it is missing or
  corrupt, each document's entry is read again (and re-made only when it does not match).
* **When an entry is re-made.** A document's source is ``stat``ed each time (a local file; a URL's page-cache
  body): while its signature (size, mtime, inode) is the one recorded, nothing is read. When it changed, the
  source is read again and its text's id computed: the same id keeps the quotations (only the signature is
  updated), another id re-runs the finder. Every entry and the index also carry :data:`FINDER_VERSION`; another
  version means the entry is re-made.
* **FINDER_VERSION** is a hash of the bytes of the finder itself: every ``*.py`` and ``*.json`` file (its code and
  its data, the ranker's weights) of the ``reader.quotes`` package but its ``cli.py`` (output only), with this
  module's :data:`FORMAT`. Any change
  to how quotations are found or attributed therefore re-makes every entry, with no version number for anyone to
  forget to raise; an unreadable package falls back to the reader's version.
* **Which documents.** Those the store knows (:meth:`Store.documents`) that the app itself opened
  (:attr:`DocumentRecord.opened_here`: an import's record names a path nothing may read). A record whose path is
  a URL is read from the page cache only, never fetched: an address not in the cache is skipped. Several records
  of one path (the file changed between two openings, so its text got a new id) count once, as the most recently
  opened; the entry then follows the file's current text, which is what Enter opens. A source that is gone keeps
  the entry it had (its people are still listed).
* **Names.** A quotation is listed under its speaker's fullest name (``speaker_full``, else ``speaker``); names
  that differ only by case or white space are one person, shown in their most frequent spelling. A quotation with
  no speaker is not listed. ``--by`` matches the full name or the short one ("Stoltenberg").
* **Hostile or broken cache files.** Every file is read bounded (:data:`MAX_INDEX_BYTES`, :data:`MAX_ENTRY_BYTES`)
  and checked field by field: a corrupt, truncated or foreign entry is "no entry" and re-made, never a crash.
  Files are written atomically (a temporary file in the same folder, then ``os.replace``) in a folder of mode
  0700, without fsync: a torn file after a crash is only a cache miss. Two processes refreshing at once may each
  replace the index; the loser's work is simply redone later.
* Bounds: at most :data:`MAX_QUOTATIONS` quotations per document are kept and each text at most
  :data:`MAX_TEXT` characters (for showing; the offsets are exact).

No Textual import: the CLI (:mod:`reader.people_cli`) and the People screen share this module.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.errors import ReaderError
from reader.people_cache import (
    FORMAT,
    INDEX_NAME,
    MAX_INDEX_BYTES,
    MAX_INDEX_DOCUMENTS,
    MAX_NAME,
    MAX_QUOTATIONS,
    MAX_TEXT,
    Cited,
    cache_dir,
    entry_name,
    index_item,
    people_of,
    read_json,
    write_json,
)
from reader.people_cache import read_entry as _read_entry

if TYPE_CHECKING:
    from reader.document import Document
    from reader.quotes import Quotation
    from reader.store import Store
    from reader.store.file import DocumentRecord


Signature = list[Any]
Finder = Callable[["Document"], Sequence["Quotation"]]


@cache
def _finder_version() -> str:
    digest = hashlib.sha256(f"format {FORMAT}\n".encode())
    try:
        import reader.quotes

        folder = Path(reader.quotes.__file__).parent
        for path in sorted(folder.iterdir(), key=lambda p: p.name):
            if path.suffix in (".py", ".json") and path.name != "cli.py" and path.is_file():
                digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    except OSError:
        from reader import __version__

        digest.update(f"reader {__version__}".encode())
    return digest.hexdigest()[:16]


FINDER_VERSION = _finder_version()
"""A hash of the finder's code and data (see the module's decisions): another value re-makes every entry."""


def read_entry(doc_id: str, root: Path | None = None, *, any_finder: bool = False) -> tuple[str, list[Cited]] | None:
    """(text id, quotations) of ``doc_id``'s entry made by this :data:`FINDER_VERSION` (``any_finder``: by any
    version: the entry of a source that is gone cannot be made again, and is kept as it is), or None."""
    return _read_entry(root or cache_dir(), doc_id, None if any_finder else FINDER_VERSION)


def person_key(name: str) -> str:
    """The identity of a name: case and white space do not matter ("jens  STOLTENBERG" is Jens Stoltenberg)."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class Person:
    """One person in the people list."""

    name: str
    quotations: int
    documents: int
    key: str


@dataclass(frozen=True)
class PersonQuote:
    """One quotation of a person, with the document it is in."""

    name: str
    text: str
    start: int
    end: int
    doc_id: str
    source: str
    """What opens the document: its path or URL, as the store has it."""
    title: str
    date: str
    """The document's own date (its source's), else the day it was last opened; "" when neither is known."""


@dataclass
class Report:
    """What a refresh did: documents listed, re-made (the finder ran), re-read only, and skipped."""

    documents: int = 0
    built: int = 0
    reread: int = 0
    skipped: int = 0
    problems: list[str] = field(default_factory=list)


def _quotation_rows(quotations: Sequence[Quotation]) -> list[Cited]:
    rows: list[Cited] = []
    for q in quotations:
        name = q.speaker_full or q.speaker
        if not name or not name.strip():
            continue
        rows.append(Cited(q.start, q.end, q.text[:MAX_TEXT], name[:MAX_NAME], (q.speaker or name)[:MAX_NAME]))
        if len(rows) >= MAX_QUOTATIONS:
            break
    return rows


def _spelling(spellings: Counter[str]) -> str:
    """The spelling a person is shown by: the most frequent; on a tie, one in mixed case ("Jens Stoltenberg"
    before "JENS STOLTENBERG" and "jens stoltenberg"), then the first in order."""
    return min(spellings.items(), key=lambda kv: (-kv[1], kv[0].isupper() or kv[0].islower(), kv[0]))[0]


def _date(record: DocumentRecord) -> str:
    """The source's own date, else the day the document was last opened (ISO dates shortened to the day)."""
    for value in (record.source.get("date", ""), record.opened):
        value = " ".join(value.split())
        if value:
            return value[:10] if len(value) > 10 and value[4:5] == "-" and value[:4].isdigit() else value[:40]
    return ""


class PeopleIndex:
    """The people quoted in the documents of ``store``, from the cache under ``root`` (default :func:`cache_dir`).

    Call :meth:`refresh` first (it brings the cache up to date, reading the sources that changed), then
    :meth:`people` and :meth:`quotations_by`. Not thread-safe: use one from one thread at a time."""

    def __init__(self, store: Store, *, root: Path | None = None, finder: Finder | None = None) -> None:
        self.store = store
        self.root = root or cache_dir()
        self._finder = finder
        self.records: dict[str, DocumentRecord] = {}
        """The documents listed (by id): one per source, the most recently opened."""
        self.items: dict[str, dict[str, Any]] = {}
        """The index's item of each document listed."""
        self._unsaved: dict[str, list[Cited]] = {}
        """Quotations made when their entry could not be written (a read-only cache): kept for this session."""

    # -- reading the sources ----------------------------------------------------------------------------

    def _find(self, document: Document) -> Sequence[Quotation]:
        if self._finder is not None:
            return self._finder(document)
        from reader.quotes import find_quotations

        return find_quotations(document)

    @staticmethod
    def _cached_url(record: DocumentRecord) -> tuple[str, Path] | None:
        """(normalised address, page-cache body) of a URL record whose page is in the cache, else None."""
        from reader.sources import page_cache
        from reader.sources.url import check_url

        for candidate in (record.path, record.source.get("url", "")):
            if not candidate:
                continue
            try:
                address = check_url(candidate)
            except ReaderError:
                continue
            body = page_cache.entry_paths(address)[0]
            if body.is_file():
                return address, body
        return None

    def signature(self, record: DocumentRecord) -> Signature | None:
        """What says the source is unchanged: a file's (size, mtime, inode), a cached page's, or None when the
        source cannot be read (gone, stdin, a URL not in the cache)."""
        from reader.sources import is_url

        if is_url(record.path):
            cached = self._cached_url(record)
            if cached is None:
                return None
            address, path = cached
        elif record.path and os.path.isabs(record.path):
            address, path = "", Path(record.path)
        else:
            return None
        try:
            st = path.stat()
        except (OSError, ValueError):
            return None
        if not path.is_file():
            return None
        return [address, st.st_size, st.st_mtime_ns, st.st_ino]

    def load(self, record: DocumentRecord) -> Document:
        """The document of ``record`` as it is now: a local file read again, a URL from the page cache only
        (never fetched). Raises ReaderError."""
        from reader import sources

        if not sources.is_url(record.path):
            document = sources.load_file(record.path)
        else:
            from urllib.parse import urlsplit

            from reader.sources import page_cache
            from reader.sources.url import MAX_BYTES

            cached = self._cached_url(record)
            page = page_cache.read(cached[0], MAX_BYTES) if cached else None
            if page is None:
                raise ReaderError("the page is not in the cache")
            origin = sources.Origin(name=page.final_url[:200], url=page.final_url, charset=page.charset)
            kind = sources.sniff_kind(page.body, urlsplit(page.final_url).path, page.content_type)
            document = sources.convert(page.body, origin, kind)
            document.path = page.final_url
        document.finish_parsing()
        return document

    # -- the cache --------------------------------------------------------------------------------------

    def _read_index(self) -> dict[str, Any]:
        raw = read_json(self.root / INDEX_NAME, MAX_INDEX_BYTES)
        if not isinstance(raw, dict) or raw.get("format") != FORMAT or raw.get("finder") != FINDER_VERSION:
            return {}
        docs = raw.get("docs")
        return docs if isinstance(docs, dict) else {}

    def _write_entry(self, doc_id: str, text_id: str, rows: Sequence[Cited]) -> None:
        value = {
            "format": FORMAT,
            "finder": FINDER_VERSION,
            "doc": doc_id,
            "text": text_id,
            "quotations": [[c.start, c.end, c.text, c.name, c.short] for c in rows],
        }
        write_json(self.root / entry_name(doc_id), value)

    def refresh(
        self, progress: Callable[[int, int], None] | None = None, *, stop: Callable[[], bool] | None = None
    ) -> Report:
        """Bring the cache up to date with the store's documents (see the module's decisions); ``progress(done,
        total)`` is called after each document that had to be read, and ``stop()`` before each: True ends the
        refresh early (what was made so far is kept). A cache that cannot be written is reported in
        :attr:`Report.problems` and the list is still made (from memory)."""
        report = Report()
        stored = self._read_index()
        self.records, self.items = {}, {}
        seen_paths: set[str] = set()
        for record in self.store.documents():  # most recently opened first
            if not record.opened_here or record.id in self.records:
                continue
            if record.path:
                if record.path in seen_paths:
                    continue
                seen_paths.add(record.path)
            self.records[record.id] = record
        stale: list[tuple[DocumentRecord, Signature | None, dict[str, Any] | None]] = []
        for doc_id, record in self.records.items():
            item = index_item(stored.get(doc_id))
            sig = self.signature(record)
            if item is not None and (sig is None or item["sig"] == sig):
                self.items[doc_id] = item
            else:
                stale.append((record, sig, item))
        changed = False
        for done, (record, sig, item) in enumerate(stale, 1):
            if stop is not None and stop():
                break
            made = self._remake(record, sig, item, report)
            if made is not None:
                self.items[record.id] = made
                changed = True
            if progress is not None:
                progress(done, len(stale))
        for doc_id in list(self.records):
            if doc_id not in self.items:
                del self.records[doc_id]
                report.skipped += 1
        report.documents = len(self.records)
        if changed:
            merged = {k: v for k, v in stored.items() if k not in self.items}
            if len(merged) + len(self.items) > MAX_INDEX_DOCUMENTS:
                merged = {}
            merged.update(self.items)
            try:
                write_json(self.root / INDEX_NAME, {"format": FORMAT, "finder": FINDER_VERSION, "docs": merged})
            except OSError as error:
                report.problems.append(f"cannot write the quotations cache: {error.strerror or error}")
        return report

    def _remake(
        self, record: DocumentRecord, sig: Signature | None, item: dict[str, Any] | None, report: Report
    ) -> dict[str, Any] | None:
        """The index item of ``record`` made again: from its entry when that matches, else from its source."""
        entry = read_entry(record.id, self.root, any_finder=sig is None)
        if sig is None:  # the source is gone: its entry, if any (made by any finder), is all there is
            if entry is None:
                return item
            return {"text": entry[0], "sig": None, "people": people_of(entry[1])}
        try:
            document = self.load(record)
        except ReaderError as error:
            report.problems.append(str(error))
            return item
        text_id = document.id
        if entry is not None and entry[0] == text_id:
            report.reread += 1
            rows = entry[1]
        else:
            rows = _quotation_rows(self._find(document))
            report.built += 1
            try:
                self._write_entry(record.id, text_id, rows)
            except OSError as error:
                report.problems.append(f"cannot write the quotations cache: {error.strerror or error}")
                self._unsaved[record.id] = rows
        return {"text": text_id, "sig": sig, "people": people_of(rows)}

    # -- the answers ------------------------------------------------------------------------------------

    def people(self) -> list[Person]:
        """Everyone quoted, most quoted first (then by name)."""
        counts: Counter[str] = Counter()
        docs: Counter[str] = Counter()
        spellings: dict[str, Counter[str]] = {}
        for item in self.items.values():
            here: set[str] = set()
            for name, _short, count in item["people"]:
                key = person_key(name)
                if not key:
                    continue
                counts[key] += count
                spellings.setdefault(key, Counter())[" ".join(name.split())] += count
                here.add(key)
            docs.update(here)
        people = [
            Person(name=_spelling(spellings[k]), quotations=n, documents=docs[k], key=k)
            for k, n in counts.items()
        ]
        people.sort(key=lambda p: (-p.quotations, p.key))
        return people

    def quotations_by(self, name: str) -> list[PersonQuote]:
        """Every quotation whose speaker's full or short name is ``name`` (case and spaces aside): the most
        recently dated document first, each document's in reading order."""
        key = person_key(name)
        found: list[PersonQuote] = []
        if not key:
            return found
        for doc_id, item in self.items.items():
            if not any(person_key(full) == key or person_key(short) == key for full, short, _n in item["people"]):
                continue
            rows = self._rows(doc_id, item)
            record = self.records[doc_id]
            title = record.title or os.path.basename(record.path.rstrip("/")) or record.path
            date = _date(record)
            found.extend(
                PersonQuote(" ".join(c.name.split()), c.text, c.start, c.end, doc_id, record.path, title, date)
                for c in rows
                if person_key(c.name) == key or person_key(c.short) == key
            )
        spellings: dict[str, Counter[str]] = {}
        for quote in found:
            spellings.setdefault(person_key(quote.name), Counter())[quote.name] += 1
        shown = {k: _spelling(v) for k, v in spellings.items()}
        found = [replace(q, name=shown[person_key(q.name)]) for q in found]
        found.sort(key=lambda q: (q.date, q.doc_id, -q.start), reverse=True)
        return found

    def _rows(self, doc_id: str, item: dict[str, Any]) -> list[Cited]:
        """The quotations of a listed document: its entry, or (corrupt, missing) made again from its source."""
        if doc_id in self._unsaved:
            return self._unsaved[doc_id]
        entry = read_entry(doc_id, self.root)
        if entry is not None and entry[0] == item["text"]:
            return entry[1]
        record = self.records[doc_id]
        try:
            document = self.load(record)
        except ReaderError:  # the source is gone: the entry it had, by whichever finder made it
            entry = entry if entry is not None else read_entry(doc_id, self.root, any_finder=True)
            return entry[1] if entry is not None else []
        rows = _quotation_rows(self._find(document))
        try:
            self._write_entry(doc_id, document.id, rows)
        except OSError:
            pass
        return rows
