"""How :class:`reader.store.Store` reads: the cache of the files' state, brought up to date by stat
signature, the journal replayed incrementally, a large store read through its index.

Split from :mod:`reader.store.database` (which keeps the API, the writes, the locking and the folds) by job:
everything here answers "what is the store now?" and writes nothing. :class:`StoreReading` is the base class
of ``Store`` only, not a mixin for others: the read side and the write side share one lock and one cached
state (a write brings the same cache up to date under the file lock, then changes it), so they are one
object, written in two modules: here the queries (:meth:`StoreReading.annotations_for`, ``documents``,
``annotation_counts``, ...) and the state they read; there the writes, the locking and the folds.

Decisions, and why:

* A large store reader wrote itself is read through its index (:mod:`reader.store.layout`): opening reads the
  index's first line and the journal, not the file; :meth:`Store.annotations_for` parses that document's runs
  of bytes only (:mod:`reader.store.lite`), with the journal laid over them; whatever needs every record (an
  export, :meth:`all_annotations`) parses the whole file, once. A file the index does not describe is parsed
  and checked whole on open, as any store was before.
* Reads take no lock and do not re-parse: the store file is parsed once and re-parsed only when its stat
  signature (device, inode, size, mtime, ctime) changes - small files are compared byte for byte as well - and
  the journal is replayed incrementally, reading only what was appended since (a new journal id means it was
  folded: read from the start). Reads check that neither file was replaced while they read, else read again.
  Writes bring the same state up to date under the lock first, so two processes never lose each other's
  changes; TinyDB's own ``Table`` (which caches per process) is not used. New keys are assigned when
  operations are applied, deterministically from the file and the journal's order.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from reader.annotation import Annotation
from reader.store import journal as store_journal
from reader.store import layout as store_layout
from reader.store import lite as store_lite
from reader.store.file import (
    ANNOTATIONS,
    DOCUMENTS,
    AtomicJSONStorage,
    DocumentRecord,
    Raw,
    StoreError,
    _cannot,
    _migrate,
    _name,
    _parse,
    _parse_documents,
    _View,
    move_aside_hint,
)
from reader.store.journal import JournalCorrupt, JournalRead, JournalTooNew
from reader.store.lock import DirectoryLock, LockTimeout
from reader.store.tables import Cache as _Cache
from reader.store.tables import LiteTables
from reader.store.tables import Tables as _Tables


class StoreReading:
    """The read side of :class:`reader.store.Store` (see the module note): ``Store.__init__`` sets the
    attributes below."""

    SCHEMA_VERSION = 1

    path: Path
    warnings: list[str]
    _storage: AtomicJSONStorage
    _lock: threading.RLock
    _file_locks: dict[Path, DirectoryLock]
    _closed: bool
    _cache: _Cache | None
    background_reads = False
    """The app sets it once the store is open: a large store file changed since it was read is parsed by a child
    process (:meth:`_parse_blob`). The first read (before any UI) and the other commands parse here: quicker."""

    def annotations_for(self, doc_id: str) -> list[Annotation]:
        """The annotations of one document, in reading order: by (start, end, created). A large store reads
        only that document's records (:mod:`reader.store.lite`)."""
        view = self._select(doc_id=doc_id)
        if view is not None:
            return sorted(view.annotations, key=_reading_order)
        return sorted((a for a in self._load().annotations if a.doc_id == doc_id), key=_reading_order)

    def annotations_for_path(self, path: str) -> list[Annotation]:
        """Annotations made on ``path`` under any document id: what to re-anchor when that file changed."""
        view = self._select(path=path)
        if view is not None:
            return sorted(view.annotations, key=_reading_order)
        return sorted((a for a in self._load().annotations if a.path == path), key=_reading_order)

    def all_annotations(self) -> list[Annotation]:
        """Every annotation, grouped by document, each group in reading order."""
        return sorted(self._load().annotations, key=lambda a: (a.doc_id, *_reading_order(a)))

    def get(self, annotation_id: str) -> Annotation | None:
        return next((a for a in self._load().annotations if a.id == annotation_id), None)

    def documents(self) -> list[DocumentRecord]:
        """Every remembered document, most recently opened first. Reads only the documents table when the
        annotations were not parsed yet (the library lists 2,000 documents without building 100,000 records)."""
        with self._lock:
            cache = self._refresh()
            if cache.view is not None and cache.view_version == cache.tables.version:
                records = cache.view.documents
            else:  # the documents table alone (all that a LiteTables holds)
                records = _parse_documents(cache.tables.raw, self.path, [])
        return sorted(records.values(), key=lambda d: d.opened, reverse=True)

    def annotation_counts(self) -> dict[str, tuple[int, int]]:
        """(highlights, notes) per document id, counted from the records as stored, without building them (a
        record the next full read would skip still counts): cheap at any size, for the library."""
        counts: dict[str, list[int]] = {}
        with self._lock:
            tables = self._refresh().tables
            if isinstance(tables, LiteTables):
                try:
                    return store_lite.counts(tables, self.path)
                except ValueError:  # the index does not describe the file: read the whole file
                    tables = self._refresh(full=True).tables
            records = list(tables.raw.get(ANNOTATIONS, {}).values())
        for record in records:
            doc_id, note = record.get("doc_id"), record.get("note")
            if isinstance(doc_id, str):
                pair = counts.get(doc_id)
                if pair is None:
                    pair = counts[doc_id] = [0, 0]
                pair[0] += 1
                if isinstance(note, str) and note.strip():
                    pair[1] += 1
        return {doc_id: (pair[0], pair[1]) for doc_id, pair in counts.items()}

    def position(self, doc_id: str) -> int | None:
        record = self.document(doc_id)
        return None if record is None else record.position

    def document(self, doc_id: str) -> DocumentRecord | None:
        """The store's record of one document (its path, title, position, when opened), or None."""
        with self._lock:
            cache = self._refresh()
            if isinstance(cache.tables, LiteTables):
                return _parse_documents(cache.tables.raw, self.path, []).get(doc_id)
            return self._load().documents.get(doc_id)

    # -- the cached state ---------------------------------------------------------------------------------

    def _direct_write_bytes(self) -> int:
        """Below this size a store file is also compared byte for byte (the store's ``DIRECT_WRITE_BYTES``,
        asked at each read so that the store module's setting is the one used)."""
        raise NotImplementedError

    def _journal(self) -> Path:
        return store_journal.journal_path(self._storage.target())

    def _load(self) -> _View:
        """The store as on disk now (file + journal), every record parsed; bad records become :attr:`warnings`."""
        with self._lock:
            cache = self._refresh(full=True)
            if cache.view is None or cache.view_version != cache.tables.version:
                cache.view, cache.view_version = _parse(cache.tables.raw, self.path), cache.tables.version
            self.warnings = cache.view.warnings
            return cache.view

    def _select(self, *, doc_id: str | None = None, path: str | None = None) -> _View | None:
        """One document's (or one path's) records when the store is read through its index; None when the
        whole store is in memory (or has to be: the index does not describe the file), for :meth:`_load`."""
        with self._lock:
            for _ in range(3):
                cache = self._refresh()
                tables = cache.tables
                if not isinstance(tables, LiteTables):
                    return None
                key = f"doc:{doc_id}" if path is None else f"path:{path}"
                kept = cache.selections.get(key)
                if kept is not None and kept[0] == tables.version:
                    self.warnings = kept[1].warnings
                    return kept[1]
                try:
                    view = store_lite.select(tables, self.path, doc_id=doc_id, path=path)
                except ValueError:  # the file changed since the refresh (another process folded): again
                    self._cache = None
                    continue
                cache.selections[key] = (tables.version, view)
                self.warnings = view.warnings
                return view
            return None

    def _refresh(self, *, locked: bool = False, full: bool = False) -> _Cache:
        """Bring the cached state up to date with the files: re-read the store file only when it changed, and
        read only what was appended to the journal since the last time. ``full``: every record in memory
        (:class:`_Tables`), not the index's view (:class:`LiteTables`)."""
        with self._lock:
            if self._closed:
                raise StoreError(f"the store {self.path.name} was closed")
            for _ in range(8):
                cache, consistent = self._try_refresh(full)
                self._cache = cache
                if locked or consistent:
                    break
                # Without the lock, another process folded the journal between our reads: read again.
            return cache

    def _try_refresh(self, full: bool) -> tuple[_Cache, bool]:
        cached, self._cache = self._cache, None  # dropped while it is being changed: an error leaves none
        storage = self._storage
        sig = storage.signature()
        blob: bytes | None = None
        same_main = cached is not None and sig == cached.main_sig
        if same_main and full and cached is not None and isinstance(cached.tables, LiteTables):
            same_main = False  # every record is needed now: read the whole file
        if cached is not None and same_main and sig is not None and sig[2] < self._direct_write_bytes():
            blob = storage.read_blob()  # small: compare the bytes too, so no coincidence of stat can fool us
            same_main = blob == cached.main_blob
        journal_file = self._journal()
        continuing = cached is not None and same_main and cached.journal_id is not None
        journal = self._read_journal(
            journal_file, cached.journal_id if cached and continuing else None, cached.journal_end if cached else 0
        )
        tables: _Tables | LiteTables
        if (
            cached is not None
            and same_main
            and (
                cached.journal_id is None  # the tables are the store file alone
                or (journal is not None and not journal.from_start and journal.ident == cached.journal_id)
            )
        ):
            tables = cached.tables
            from_start = journal is None or journal.from_start
            entries = 0 if from_start else cached.journal_entries
            weight = 0 if from_start else cached.journal_weight
        else:
            lite = None if full or blob is not None else self._lite_tables(sig)
            if lite is None and not full and blob is None and self._waited_for_a_fold(sig):
                sig = storage.signature()  # the file a fold had just put in place, its index now beside it
                lite = self._lite_tables(sig)
            if lite is not None:
                tables = lite
            else:
                if blob is None:
                    blob = storage.read_blob()
                if blob is None and journal is not None:
                    # We create the store file before any journal and only ever replace it: the file was removed.
                    name = journal_file.name
                    raise StoreError(
                        f"{name} belongs to a store file that is gone ({self.path.name} was removed or renamed); "
                        f"it was left untouched — put the store file back, or remove {name} to start an empty store"
                    )
                tables = _Tables(self.migrate({} if blob is None else self._parse_blob(blob)))
            entries = weight = 0
        if journal is not None:
            for op in journal.ops:
                tables.apply(op)
            entries += store_journal.count(journal.ops)
            weight += store_journal.weight(journal.ops)
        cache = _Cache(
            main_sig=sig,
            main_blob=blob if sig is not None and sig[2] < self._direct_write_bytes() else None,
            journal_id=journal.ident if journal else None,
            journal_inode=journal.inode if journal else None,
            journal_end=journal.end if journal else 0,
            journal_entries=entries,
            torn=journal.torn if journal else False,
            tables=tables,
            journal_weight=weight,
        )
        if cached is not None and tables is cached.tables:  # same tables: keep their parsed records (a re-parse of
            cache.view, cache.view_version = cached.view, cached.view_version  # 100,000 records is ~2 s)
            cache.selections = cached.selections
        elif cached is not None and self.background_reads and isinstance(cached.tables, _Tables):
            _release(cached.tables.raw)
        consistent = storage.signature() == sig and inode_of(journal_file) == cache.journal_inode
        return cache, consistent

    def _parse_blob(self, blob: bytes) -> Raw:
        """The store file's bytes parsed and checked: with :attr:`background_reads` (the app) a large file by a
        child process (:mod:`reader.store.parse_child`: ``json.loads`` holds the interpreter lock, and a
        re-read in a worker held the UI's keys for seconds), else here; the same tables either way."""
        if self.background_reads:
            from reader.store import parse_child

            return parse_child.parse(self._storage, blob)
        return self._storage.parse(blob)

    def _waited_for_a_fold(self, sig: tuple[int, ...] | None) -> bool:
        """A large file whose index names another file: a fold may be between replacing the file and writing
        its index (a child fold does both under the lock). Wait for the lock, once, rather than parse 70 MB;
        True when the file changed meanwhile. Under our own lock (a write) no fold can be half done."""
        lock = self._file_lock()
        if sig is None or sig[2] < store_layout.INDEX_MIN_BYTES or lock.held:
            return False
        if not store_layout.index_path(self._storage.target()).exists():
            return False
        try:
            lock.acquire(2.0)
        except (LockTimeout, OSError):
            return False
        lock.release()
        return self._storage.signature() != sig

    def _lite_tables(self, sig: tuple[int, ...] | None) -> LiteTables | None:
        """The store file as its index describes it, when it has a valid one (:mod:`reader.store.layout`)."""
        if sig is None:
            return None
        index = store_layout.read_index(self._storage.target(), list(sig[:4]))
        if index is None:
            return None
        try:
            documents = store_layout.read_records(self.path, index.signature, *index.documents)
            return LiteTables({DOCUMENTS: documents}, index)
        except (ValueError, OSError):
            return None

    def _read_journal(self, path: Path, ident: str | None, offset: int) -> JournalRead | None:
        try:
            return store_journal.read(path, ident=ident, offset=offset)
        except JournalCorrupt as error:
            raise StoreError(
                f"{_name(path)} is not a valid store journal ({error}); it was left untouched — move it aside "
                f"({move_aside_hint(path)}: the changes saved since the store was last compacted are in it) "
                "or pass --db to use another store"
            ) from None
        except JournalTooNew as error:
            raise StoreError(
                f"{_name(path)} was written by a newer reader ({error}); upgrade reader, or pass --db to use "
                "another store"
            ) from None
        except OSError as error:
            raise _cannot("read", path, error) from None

    def migrate(self, data: Raw) -> Raw:
        """Bring a store written by an older reader up to :attr:`SCHEMA_VERSION` (saved on the next write).

        A store without ``meta`` (e.g. the ``{}`` a fresh clone ships) counts as the current version. This is
        the hook for later versions: add a step to :data:`MIGRATIONS`.
        """
        return _migrate(data, self.path, self.SCHEMA_VERSION)

    def _file_lock(self) -> DirectoryLock:
        target = self._storage.target()
        lock = self._file_locks.get(target)
        if lock is None:
            lock = self._file_locks[target] = DirectoryLock(target)
        return lock

def inode_of(path: Path) -> int | None:
    try:
        return os.stat(path).st_ino
    except OSError:
        return None


def _release(raw: Raw) -> None:
    """Empty the tables of a store read that a new read replaced, a slice of records at a time: dropped whole,
    freeing a 130 MB store's records is one C call that held the interpreter lock ~70 ms (the app's longest wait
    in a re-read once the parse was a child's: :mod:`reader.store.parse_child`). Only the cache held them (every
    use of a cache's tables is under the store's lock), so nothing else sees them emptied."""
    for table in raw.values():
        while table:
            for _ in range(min(len(table), 2000)):
                table.popitem()


def _reading_order(annotation: Annotation) -> tuple[int, int, str]:
    return (annotation.start, annotation.end, annotation.created)
