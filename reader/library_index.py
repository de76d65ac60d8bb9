"""The rows of the library: every document the store knows, the paths given on the command line and the bundled
seeds, merged. Pure (no Textual): the library screen draws these rows, tests build them directly.

Decisions, and why:

* **Merged by source**: a document's key is its URL, else its absolute path, else its id. A file that changed has
  a new document id (the hash of its text) but the same path: its versions are one row (counts added up, the
  most recently opened version names it), as re-anchoring on open treats them as one document. Its reading
  position is that of the most recently opened version that has one: where opening it starts, since a version
  with no position of its own takes that one's (``LoadingMixin.load_position``).
* **One row per document, by the identity the store uses: the hash of its text** (its id). The store keeps one
  record per id, at the path it was last opened from (a moved or renamed file is the same document there). A
  source named on the command line or a bundled seed that is not a record's path joins the row of the record
  with its id, when its id is known without reading it (``ids``: a document open on a screen, whose id is
  known; a seed, hashed when listed: :func:`seed_ids`); otherwise it is a row of its own. The row keeps the
  record's source (the copy last read, which Enter opens, with its position), unless that file is gone and
  the one joining is there: then Enter opens the one that is there. Two named sources of one text (a seed and
  a copy named on the command line, neither opened yet) are one row too, the one named first. Before, a copy of
  the bundled article that had been opened was listed beside the seed, as two documents with one set of
  highlights (a review's finding).
* **Nothing is read at list time**, but the bundled seeds (a few small files, hashed once a process): a local
  file is only ``stat``'ed. Gone (no such file) and changed (its size
  is not the size recorded when it was last opened, :attr:`DocumentRecord.size`) are marked; whether the text
  really changed is found when it is opened (its hash). A URL is never fetched: opening it reads the page cache.
* **Title**: the recorded title; a file never opened shows its file name (reading it to find a title would read
  every file of a folder before the first paint).
* **Order** (``s`` cycles): "recent" - the documents named on the command line (or the folder's files) first, in
  the order given, then by last opened, newest first, never opened last; "title" (case-insensitive);
  "highlights" (most first). Ties by title, then source.
* **Filter**: every word of it must be in the title or the source (case-insensitive).
* **Last opened** is shown relative to a ``now`` passed in (tests pass a fixed one; the clock is never read here).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from reader.store import DocumentRecord

SORTS: tuple[str, ...] = ("recent", "title", "highlights")
SORT_LABELS = {"recent": "last opened", "title": "title", "highlights": "highlights"}


class LibraryRow(NamedTuple):
    """One document of the library."""

    key: str
    """What rows are merged by: the URL, else the absolute path, else the document id."""
    source: str
    """What Enter opens: a path or a URL ("" when the store knows no source)."""
    title: str
    doc_ids: tuple[str, ...]
    """The store's document ids of this source, the most recently opened first (empty: never opened)."""
    highlights: int = 0
    notes: int = 0
    position: int | None = None
    length: int | None = None
    opened: str = ""
    state: str = ""
    """"" (a file that is there, or a URL), "gone" or "changed"."""
    given: int = -1
    """Its place among the sources named on the command line (-1: not named)."""
    seed: bool = False
    size: int | None = None
    """Bytes of the file when it was last opened (None: not recorded)."""

    @property
    def is_url(self) -> bool:
        """An http(s)-style address (a scheme first), not any path that holds "://" (a file named so was never
        shown as gone, and could not be opened read-only)."""
        from reader.sources import is_url

        return is_url(self.source)

    @property
    def progress(self) -> float | None:
        """How far it was read (0..1), when both the position and the text's length are known."""
        if self.position is None or not self.length:
            return None
        return min(1.0, self.position / self.length)


def row_key(path: str, url: str, doc_id: str) -> str:
    """What a row is merged by, and (but the id) what it opens: the path the document was read from (a file, or
    the address a page was fetched from), else the page's own address (a piped page), else the id.

    Why the path first: ``url`` is the page's own word for its address (``<link rel=canonical>``, ``og:url``),
    which a saved page (``story.html``) also carries. Listed by it, Enter fetched an address the page chose (any
    host) instead of opening the file, the file was never shown gone or changed, and the same file named on the
    command line got a second row (a hostile review)."""
    return path or url or doc_id


def _absolute(source: str) -> str:
    return source if "://" in source else os.path.abspath(source)


def build_rows(
    records: Iterable[DocumentRecord],
    counts: Mapping[str, tuple[int, int]],
    given: Sequence[str] = (),
    seeds: Sequence[str] = (),
    *,
    titles: Mapping[str, tuple[str, str]] | None = None,
    ids: Mapping[str, str] | None = None,
    stat: Callable[[str], os.stat_result] = os.stat,
) -> list[LibraryRow]:
    """The library's rows: ``records`` (the store's documents), ``counts`` ((highlights, notes) per document id,
    :meth:`Store.annotation_counts`), the ``given`` sources and the ``seeds``. ``titles`` gives (path, title)
    for document ids that have annotations but no record (an import's), so they are listed too. ``ids`` gives
    the document id of sources known without the store (a seed's, an open document's), so that a source of a
    document listed already joins its row (see the module's first decision)."""
    rows: dict[str, LibraryRow] = {}
    for record in sorted(records, key=lambda r: r.opened, reverse=True):  # the newest version names the row
        url = str(record.source.get("url", "") or "")
        key = row_key(record.path, url, record.id)
        highlights, notes = counts.get(record.id, (0, 0))
        old = rows.get(key)
        if old is None:
            rows[key] = _row(key, record.path or url, record, highlights, notes)
        else:
            rows[key] = old = old._replace(
                doc_ids=(*old.doc_ids, record.id), highlights=old.highlights + highlights, notes=old.notes + notes
            )
            if old.position is None and record.position is not None:  # what opening carries over (see above)
                rows[key] = old._replace(position=record.position, length=record.length)
    from reader.loader import visible_breaks

    known = {doc_id for row in rows.values() for doc_id in row.doc_ids}
    for doc_id, (path, title) in (titles or {}).items():
        if doc_id in known:
            continue
        highlights, notes = counts.get(doc_id, (0, 0))
        key = row_key(path, "", doc_id)
        old = rows.get(key)
        if old is None:
            shown = title or visible_breaks(os.path.basename(path)) or doc_id
            rows[key] = LibraryRow(key, path, shown, (doc_id,), highlights, notes)
        else:
            rows[key] = old._replace(
                doc_ids=(*old.doc_ids, doc_id), highlights=old.highlights + highlights, notes=old.notes + notes
            )
    known_ids = {_absolute(source): doc_id for source, doc_id in (ids or {}).items()}
    by_id = {doc_id: row.key for row in rows.values() for doc_id in row.doc_ids}
    for place, source in enumerate(given):
        _add_source(rows, by_id, _absolute(source), known_ids, stat, given=place)
    for source in seeds:
        _add_source(rows, by_id, _absolute(source), known_ids, stat, seed=True)
    return [_with_state(row, stat) for row in rows.values()]


def _add_source(
    rows: dict[str, LibraryRow],
    by_id: dict[str, str],
    key: str,
    ids: Mapping[str, str],
    stat: Callable[[str], os.stat_result],
    *,
    given: int = -1,
    seed: bool = False,
) -> None:
    """Add a named source or a seed (``key``, absolute) to ``rows``: its own row's mark, else the row of the
    document with its id (``ids``, ``by_id``), else a new row (see the module's first decision)."""
    doc_id = ids.get(key, "")
    joined = rows.get(key)
    if joined is None and doc_id in by_id:
        joined = rows[by_id[doc_id]]
        if joined.source and not joined.is_url and not _present(joined.source, stat) and _present(key, stat):
            joined = joined._replace(source=key, seed=False, size=None)  # (the size was the other file's)
    elif joined is None:
        joined = LibraryRow(key, key, _file_name(key), ())
    if given >= 0 and joined.given < 0:
        joined = joined._replace(given=given)
    if seed and joined.source == key:
        joined = joined._replace(seed=True)
    rows[joined.key] = joined
    if doc_id:
        by_id.setdefault(doc_id, joined.key)


def _present(path: str, stat: Callable[[str], os.stat_result]) -> bool:
    try:
        stat(path)
    except (OSError, ValueError):
        return False
    return True


SEED_HASH_LIMIT = 1 << 20
"""A seed larger than this (bytes) is not hashed when the library is listed (the bundled ones are a few KB)."""

SEED_SUFFIXES = (".txt", ".md", ".markdown")
"""The kinds of seed hashed (the bundled ones are; a page or a book would be converted first)."""

_seed_ids: dict[tuple[str, int, int], str] = {}
""":func:`seed_ids`'s answers, by (path, size, modification time): a seed is read once a process."""


def seed_ids(seeds: Iterable[str]) -> dict[str, str]:
    """The document id of each bundled seed (path → id), read and hashed as the reader opens it: the seeds are
    bundled, few and small, so this is the one exception to "nothing is read at list time", and what lets a
    copy of a seed that was opened be one row with it. A seed that cannot be read (or is over
    :data:`SEED_HASH_LIMIT`, or not of :data:`SEED_SUFFIXES`) is left out: it keeps a row of its own."""
    from reader.errors import ReaderError
    from reader.loader import load_document

    found: dict[str, str] = {}
    for seed in seeds:
        if os.path.splitext(seed)[1].lower() not in SEED_SUFFIXES:
            continue
        try:
            info = os.stat(seed)
            stamp = (os.path.abspath(seed), info.st_size, info.st_mtime_ns)
            if info.st_size > SEED_HASH_LIMIT:
                continue
            doc_id = _seed_ids.get(stamp)
            if doc_id is None:
                doc_id = _seed_ids[stamp] = load_document(seed).id
        except (OSError, ValueError, ReaderError):
            continue
        found[seed] = doc_id
    return found


def _row(key: str, source: str, record: DocumentRecord, highlights: int, notes: int) -> LibraryRow:
    title = record.title or _file_name(source) or record.id
    return LibraryRow(
        key, source, title, (record.id,), highlights, notes, record.position, record.length, record.opened,
        size=record.size,
    )


def _file_name(source: str) -> str:
    return source if "://" in source else os.path.basename(source.rstrip("/")) or source


def _with_state(row: LibraryRow, stat: Callable[[str], os.stat_result]) -> LibraryRow:
    """Gone or changed, from one ``stat`` of a local file (never read). A path no system call takes (one with a
    NUL character, which an import's ``file:///a%00b`` or a hand-edited store can hold: ValueError) is a gone file;
    it ended the library with an internal error (a hostile review)."""
    size = row.size
    if not row.source or row.is_url:
        return row
    try:
        found = stat(row.source)
    except (OSError, ValueError):
        return row._replace(state="gone")
    return row._replace(state="changed" if size is not None and found.st_size != size else "")


def matches(row: LibraryRow, query: str) -> bool:
    """Every word of ``query`` is in the title or the source (case-insensitive)."""
    if not query.strip():
        return True
    haystack = f"{row.title}\n{row.source}".lower()
    return all(word in haystack for word in query.lower().split())


def sort_rows(rows: Iterable[LibraryRow], order: str) -> list[LibraryRow]:
    """``rows`` in one of :data:`SORTS`."""
    by_title = sorted(rows, key=lambda r: (r.title.casefold(), r.source))
    if order == "title":
        return by_title
    if order == "highlights":
        return sorted(by_title, key=lambda r: -r.highlights)
    opened = sorted(by_title, key=lambda r: r.opened, reverse=True)  # never opened ("") last
    return sorted(opened, key=lambda r: (r.given < 0, r.given))


def next_sort(order: str) -> str:
    return SORTS[(SORTS.index(order) + 1) % len(SORTS)] if order in SORTS else SORTS[0]


def when(opened: str, now: datetime) -> str:
    """"Last opened" for a row, in ``now``'s time zone: the time today, "yesterday", the day this year, else
    the date; "—" for never (or a stamp that cannot be read)."""
    if not opened:
        return "—"
    try:
        moment = datetime.fromisoformat(opened)
    except ValueError:
        return "—"
    if moment.tzinfo is None or now.tzinfo is None:
        moment, now = moment.replace(tzinfo=None), now.replace(tzinfo=None)
    else:
        try:
            moment = moment.astimezone(now.tzinfo)
        except OverflowError:  # "0001-01-01T00:00:00+01:00" is before year 1 in UTC (a hand-edited store)
            return "—"
    days = (now.date() - moment.date()).days
    if days == 0:
        return f"today {moment:%H:%M}"
    if days == 1:
        return f"yesterday {moment:%H:%M}"
    if 0 < days < 300 and moment.year == now.year:
        return f"{moment:%b} {moment.day}"
    return f"{moment:%Y-%m-%d}"


def local_now() -> datetime:
    """The time now in the local time zone (what the app passes as ``now``)."""
    return datetime.now().astimezone()
