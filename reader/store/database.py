"""The annotation store: one JSON file in TinyDB's table layout, safe for threads and for several processes.

Layout (what TinyDB itself reads: ``{table: {"<int>": record}}``)::

    meta         one record: {"schema_version": 1}
    annotations  Annotation.to_dict() records; identity is the record's UUID ``id``, never TinyDB's key
    documents    {"id", "path", "title", "position", "opened"[, "source"]}, one per document id; "source" is
                 where the document came from (kind, path, url, title, author, date, site, language), when known

Decisions, and why:

* Writes go to a write-ahead journal once the store is large (``annotations.json.journal``, JSON Lines, see
  :mod:`reader.store.journal`): under the in-process ``RLock`` and the store directory's ``flock`` (see
  :mod:`reader.store.lock`: no lock file, so removing a file can never break the lock), one line per
  operation (put / delete by the record's UUID, a whole document record, or a batch) is appended and fsync'ed.
  Why: rewriting a 10,000-annotation store (~6 MB) on every highlight made a commit cost ~100x more than on a
  small store; an append costs the same at any size. The store file stays in TinyDB's layout (TinyDB reads it;
  it lags the journal by at most ``COMPACT_ENTRIES`` operations until the next compaction).
* Below ``DIRECT_WRITE_BYTES`` (with an empty journal) the whole file is rewritten instead, as before: that is
  already cheap there, and a small store stays one plain file that TinyDB and people read as it is.
* Compaction folds the journal into the store file - after ``COMPACT_ENTRIES`` operations or ``COMPACT_BYTES``,
  for a large batch (an import), when a torn line is found under the lock, and on :meth:`Store.close` - with
  the atomic write of :mod:`reader.store.file`, *then* replaces the journal by an empty one with a new id. A
  crash between the two leaves operations that are already in the file; replaying them again changes nothing
  (upserts and removals by id), so the order makes compaction crash-safe without a second lock or a marker.
  Only puts and deletes count toward ``COMPACT_ENTRIES`` (a reading position does not: positions made a
  70 MB store rewrite itself every 200 moves). With ``background_folds`` (the app) a large store is folded by
  a child process instead (:mod:`reader.store.fold`: encoding 70 MB holds the interpreter lock ~1.5 s), and
  never on close.
* A change to a stored annotation (:meth:`Store.update`) is a merge, under the lock, of the fields it sets into
  the record as stored now, and never recreates a record deleted elsewhere (:mod:`reader.store.merge`): a whole
  record written back by a process holding an older copy undid another process's note, or its delete.
* Reads - of the index, of one document's runs, of the whole file only when needed, taking no lock and
  re-parsing nothing that did not change - are :mod:`reader.store.reading`'s, with their decisions.
* A journal line cut short (no ``\n``: a crash or a full disk mid-append) was never reported as saved and is
  ignored; the next write folds the journal before appending, so nothing is ever appended after it. A complete
  line that is not an operation is a StoreError and neither file is touched (never dropped, never "repaired").
  A journal whose store file is gone is refused too (the file is created first and only ever replaced).
* The file itself - atomic writes, symlinks and modes, stale temp files, parsing and checking the JSON, bad
  records skipped with a line in :attr:`Store.warnings` - is :mod:`reader.store.file`'s job; the tables in
  memory and how an operation changes them are :mod:`reader.store.tables`'. This module keeps the locking, the
  journal's use, the writes and the API (its queries are inherited from :mod:`reader.store.reading`). An
  absent file is an empty store; the file is created on the first write.
* Opening and reading create nothing (issue 13: opening and quitting without a change leaves no file anywhere):
  no store file, no journal (made by the first append), no lock file (the lock is a ``flock`` on the folder; the
  fallback lock file is made by the first write), and no folder - the user store's folder
  (:mod:`reader.store.location`) is made, mode 0700, by the first write, before it takes the lock. Stale temp
  files are swept on open only when there are some (a crash left them): that removes, never creates.

The store is the only part of reader that imports tinydb; split as it is, that means only its own modules
(``reader.store.*``) may. Everything other modules and tests import from here stays importable from here.
"""

from __future__ import annotations

import json
import os
import stat
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.annotation import Annotation, utc_now
from reader.document_meta import SourceInfo
from reader.errors import ReaderError
from reader.provenance import clean_source
from reader.store import journal as store_journal
from reader.store import layout as store_layout
from reader.store import location as store_location
from reader.store import merge as store_merge
from reader.store.file import (
    ANNOTATIONS,
    DOCUMENTS,
    META,
    MIGRATIONS,
    AtomicJSONStorage,
    DocumentRecord,
    Migration,
    Raw,
    StoreError,
    StoreTooLarge,
    _cannot,
    _is_offset,
    _move_aside,
    _replace_file,
    check_room,
    write_all,
)
from reader.store.lock import DirectoryLock, LockTimeout
from reader.store.reading import StoreReading, inode_of
from reader.store.tables import Cache as _Cache
from reader.store.tables import LiteTables, document_record, new_documents
from reader.store.tables import Tables as _Tables
from reader.store.tables import upsert as _upsert

if TYPE_CHECKING:
    from reader.store.fold import FoldProcess

__all__ = [
    "ANNOTATIONS",
    "DOCUMENTS",
    "META",
    "MIGRATIONS",
    "AtomicJSONStorage",
    "DocumentRecord",
    "Migration",
    "Raw",
    "Store",
    "StoreError",
]

LOCK_TIMEOUT = 15.0
"""Seconds to wait for another process's write before giving up with a StoreError."""

DIRECT_WRITE_BYTES = 256 * 1024
"""A store file smaller than this (with an empty journal) is simply rewritten on each write, as TinyDB would."""
COMPACT_ENTRIES = 200
"""Fold the journal into the store file once it holds this many operations (or a batch is this large)."""
COMPACT_BYTES = 1024 * 1024
"""... or this many bytes."""
BACKGROUND_FOLD_BYTES = store_layout.INDEX_MIN_BYTES
"""With :attr:`Store.background_folds`, a store file this large is folded by a child process."""


class Store(StoreReading):
    """Annotations, documents and reading positions in one JSON file. Thread-safe; safe across processes.

    Construct with the store's path; an unreadable store raises :class:`StoreError` and is left untouched.
    """

    def __init__(
        self, path: str | os.PathLike[str], *, create_folders: bool | None = None, background_folds: bool = False
    ) -> None:
        """Open (and check) the store at ``path``. An absent file is an empty store, created on first write;
        a 0-byte file, bad JSON or a wrong shape is a StoreError, and the file stays as it was.

        Opening creates nothing: no file, no journal, no lock file, no folder. ``create_folders``: the store's
        missing folders are made (mode 0700) by the first write; None (the default) means "when the store is the
        user store" (:func:`reader.store.location.creates_folders`), False that a missing folder is an error.

        ``background_folds`` (the app): a large store's journal is folded by a child process
        (``python -m reader.store.fold``), so encoding 70 MB of JSON never holds this process's interpreter
        lock, and :meth:`close` leaves the journal to the next open instead of rewriting the file."""
        self.path = Path(path)
        self.background_folds = background_folds
        self._fold_child: FoldProcess | None = None  # made with the first fold due (not imported at start-up)
        self.warnings: list[str] = []
        """Skipped records of the latest read of the records, one line each (they stay in the file)."""
        if create_folders is None:
            create_folders = store_location.creates_folders(self.path)
        self._storage = AtomicJSONStorage(self.path, create_folders=create_folders)
        self._lock = threading.RLock()
        self._file_locks: dict[Path, DirectoryLock] = {}
        self._closed = False
        self._cache: _Cache | None = None
        # Read and check the file now (what makes a store unusable is found before the app takes the terminal),
        # but check its records one by one and build them only when they are first read: with 10,000
        # annotations that is ~60 ms that would otherwise come before the first paint. A bad record is never
        # fatal, only skipped with a warning, so nothing is lost by finding it later. A large file that reader
        # wrote itself is not read at all: its index (reader.store.layout) names it by inode, size and mtime,
        # and it was checked when it was written; only the index's first line and the journal are read.
        self._refresh()
        self._remove_stale_temp_files()

    @property
    def creates_folders(self) -> bool:
        """True when the first write makes the store's missing folders (the user store); what sits beside the
        store (the settings file of :mod:`reader.preferences`) may then make them too."""
        return self._storage.create_folders

    # -- writing -----------------------------------------------------------------------------------------

    def add(self, annotation: Annotation) -> None:
        """Store a new annotation (an existing one with the same id is replaced, never duplicated)."""
        self.put_many([annotation])

    def update(self, annotation: Annotation, *, base: Annotation | None = None) -> bool:
        """Save a change to a stored annotation as a merge (:mod:`reader.store.merge`): under the lock, the
        record as stored now gets the fields in which ``annotation`` differs from ``base`` (the copy the change
        was made from; None: every field), so what another process saved to the others since is kept. A
        record that is gone (deleted elsewhere) is not recreated: nothing is written and the result is False
        (the change was dropped; the app says so). True when the store has the change."""
        return annotation.id in self.update_many([(annotation, base)])

    def update_many(self, changes: Sequence[tuple[Annotation, Annotation | None]]) -> dict[str, dict[str, Any]]:
        """:meth:`update` of each ``(annotation, base)`` in one locked write, all or nothing (a re-anchoring):
        by id, the record each is stored as now, merged; one deleted elsewhere is left out, and not recreated."""
        found: dict[str, dict[str, Any]] = {}
        if changes:
            self._commit(lambda tables: store_merge.updates(tables, self.path, changes, found))
        return found

    def put_many(self, annotations: Iterable[Annotation], *, documents: Iterable[DocumentRecord] = ()) -> None:
        """Upsert by id in one locked write: an import is all-or-nothing (a change to stored records, such as a
        re-anchoring, is :meth:`update_many`: a merge that never recreates one deleted elsewhere).

        ``documents`` are records an import brings for documents the store does not know yet, to keep their
        source: each is added with no reading position and an empty ``opened`` (the app never opened it, so its
        path is never read: :attr:`DocumentRecord.opened_here`); a document the store knows is left as it is."""
        self.put_records([a.to_dict() for a in annotations], documents=documents)

    def put_records(self, annotations: Iterable[dict[str, Any]], *, documents: Iterable[DocumentRecord] = (),
                    updates: Iterable[dict[str, Any]] = (), newer: Callable[[str, str], bool] = str.__gt__) -> int:
        """:meth:`put_many` of annotation records already in :meth:`Annotation.to_dict`'s shape, each a fresh
        dict of JSON types that passes :func:`reader.annotation_rules.record_problems` (``reader import``'s,
        made straight from the import file: building ``Annotation`` objects only to turn them back into dicts
        cost ~0.3 s of an import of 50,000). The store keeps the dicts (the caller lets go of them).
        ``updates``: records replacing stored ones, written only when, under the lock, the stored record is
        still there and older by ``newer`` (:func:`reader.store.merge.replacements`); returns how many were."""
        batch, records, replacing = list(annotations), list(documents), list(updates)
        written: list[dict[str, Any]] = []

        def ops(tables: _Tables | LiteTables) -> list[dict[str, Any]]:
            if isinstance(tables, LiteTables) and len(batch) + len(replacing) >= COMPACT_ENTRIES:
                raise store_merge.EveryRecordNeeded  # a large batch is folded: every record is read anyway
            written[:] = store_merge.replacements(tables, self.path, replacing, newer)
            return new_documents(tables, records) + written

        if batch or records or replacing:
            self._commit(ops, puts=batch)
        return len(written)

    def delete(self, annotation_id: str) -> None:
        """Remove the annotation (every record with this id, so a duplicate cannot bring it back)."""
        self._commit(
            lambda tables: [{"op": "delete", "id": annotation_id}] if tables.has_annotation(annotation_id) else []
        )

    def replace_all_for(self, doc_id: str, annotations: Iterable[Annotation]) -> None:
        """Make ``annotations`` the whole set for ``doc_id`` in one write (others of it are removed)."""
        batch = list(annotations)
        keep = {a.id for a in batch}
        with self._locked(full=True) as cache:  # a bulk change: rewrite the whole file (folding the journal in)
            assert isinstance(cache.tables, _Tables)
            table = cache.tables.raw.setdefault(ANNOTATIONS, {})
            for key in [k for k, r in table.items() if r.get("doc_id") == doc_id and r.get("id") not in keep]:
                del table[key]
            _upsert(table, batch)
            cache.tables, cache.view = _Tables(cache.tables.raw), None
            self._fold(cache)

    def remember_document(
        self,
        doc_id: str,
        *,
        path: str,
        title: str,
        source: SourceInfo | Mapping[str, str] | None = None,
        length: int | None = None,
        size: int | None = None,
    ) -> None:
        """Record that the document was opened now (its reading position is kept). ``source`` is where it
        came from (its :class:`SourceInfo`); None keeps the source recorded before. ``length`` (characters of
        its text) and ``size`` (bytes of its file) are for the library's progress and "changed" mark; None
        keeps what was recorded."""
        self._put_document(doc_id, path, title, None, source, {"length": length, "size": size})

    def save_position(
        self, doc_id: str, offset: int, *, path: str, title: str, source: SourceInfo | Mapping[str, str] | None = None
    ) -> None:
        """Remember where the reader is in the document, to come back there next time."""
        if not _is_offset(offset):
            raise ValueError(f"not a text offset: {offset!r}")
        self._put_document(doc_id, path, title, offset, source)

    def close(self) -> None:
        """Fold the journal into the store file (best effort), then any later call raises StoreError.

        Nothing is lost when folding is not possible now (another process holds the lock, the disk is full):
        the journal is durable, and the next reader replays and folds it. With :attr:`background_folds` (the
        app) a large store is not folded here at all: that would rewrite the whole file on the way out."""
        with self._lock:
            if self._closed:
                return
            try:
                sig = self._storage.signature()
                large = sig is not None and sig[2] >= BACKGROUND_FOLD_BYTES
                if store_journal.journal_path(self._storage.target()).exists() and not (
                    self.background_folds and large
                ):
                    with self._locked(timeout=1.0, full=True) as cache:
                        if cache.journal_entries or cache.torn:
                            self._fold(cache)
            except (ReaderError, OSError):
                pass
            finally:
                self._closed = True
                self._cache = None
                self._file_locks.clear()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @staticmethod
    def move_aside(path: str | os.PathLike[str]) -> Path:
        """Rename a broken store to ``<name>.corrupt-YYYYmmddTHHMMSSZ`` and return the new path.

        Only after the user agreed. A symlinked store's target is moved, so the link stays where it is and
        the next write creates a fresh target through it.
        """
        return _move_aside(path)

    def wait_for_fold(self, timeout: float | None = None) -> bool:
        """Wait for a fold running in a child process (:attr:`background_folds`); True when none is left."""
        return self._fold_child is None or self._fold_child.wait(timeout)

    # -- internals (the read side - the queries, the cache and its refresh - is reader.store.reading's) ---

    def _direct_write_bytes(self) -> int:
        return DIRECT_WRITE_BYTES

    def _put_document(
        self,
        doc_id: str,
        path: str,
        title: str,
        offset: int | None,
        source: SourceInfo | Mapping[str, str] | None,
        counts: Mapping[str, int | None] | None = None,
    ) -> None:
        """Upsert a document record; ``offset`` None: keep the position and mark it opened now. ``source``
        None keeps the recorded source (cleaned)."""

        def ops(tables: _Tables | LiteTables) -> list[dict[str, Any]]:
            key = tables.docs.get(doc_id)
            old = tables.raw.get(DOCUMENTS, {}).get(key, {}) if key is not None else {}
            kept, opened = old.get("position"), old.get("opened")
            if offset is None or not isinstance(opened, str) or not opened:
                opened = utc_now()
            position = offset if offset is not None else kept if _is_offset(kept) else None
            recorded = clean_source(old.get("source") if source is None else source)
            record = document_record(doc_id, path, title, position, opened, recorded)
            for name in ("length", "size"):  # optional (records before issue 13 have none): kept unless given
                value = (counts or {}).get(name)
                value = value if value is not None else old.get(name)
                if _is_offset(value):
                    record[name] = value
            return [{"op": "document", "document": record}]

        self._commit(ops)

    def _commit(
        self, make_ops: Callable[[_Tables | LiteTables], list[dict[str, Any]]], puts: Sequence[dict[str, Any]] = ()
    ) -> None:
        """Lock, bring the state up to date, and make the operations durable: appended to the journal (one
        line, fsync'ed), or, for a small store or a large batch, by rewriting the store file atomically.
        ``puts``: annotation records upserted before ``make_ops``' operations, spelt as ``put`` operations
        only when they go to the journal (an import's 50,000 go into the file: :meth:`_Tables.put_records`).

        With :attr:`background_folds`, a large store is never rewritten here: a batch is appended like any
        other line, and a journal that is due to be folded is folded by a child process
        (:mod:`reader.store.fold`) once the lock is released."""
        in_background = False
        with self._locked() as cache:
            try:
                ops = make_ops(cache.tables)
            except store_merge.EveryRecordNeeded:  # the index did not give a record: read them all
                cache = self._refresh(locked=True, full=True)
                ops = make_ops(cache.tables)
            if not ops and not puts:
                return
            size = 0 if cache.main_sig is None else cache.main_sig[2]
            direct = cache.journal_entries == 0 and (cache.main_sig is None or size < DIRECT_WRITE_BYTES)
            many = len(puts) + len(ops) >= COMPACT_ENTRIES
            batch = many and not (self.background_folds and size >= BACKGROUND_FOLD_BYTES)
            if direct or cache.torn or batch:
                if isinstance(cache.tables, LiteTables):
                    cache = self._refresh(locked=True, full=True)
                    ops = make_ops(cache.tables)
                assert isinstance(cache.tables, _Tables)
                # fresh dicts of JSON types (to_dict, document_record, an import's): what a replay would make
                cache.tables.put_records(puts)
                cache.tables.apply_all(ops)
                self._fold(cache)
                return
            ops = [{"op": "put", "annotation": record} for record in puts] + ops
            line = store_journal.op_line(ops[0] if len(ops) == 1 else {"op": "batch", "ops": ops})
            journal = cache.journal_end if cache.journal_id is not None else len(store_journal.header_line())
            check_room(self._storage.target(), size, journal, line, grows=any(op["op"] != "delete" for op in ops))
            self._append(cache, line)
            cache.tables.apply(json.loads(line))  # exactly what a replay of the line would do
            cache.journal_end += len(line)
            cache.journal_entries += len(ops)
            cache.journal_weight += store_journal.weight(ops)
            if cache.journal_weight >= COMPACT_ENTRIES or cache.journal_end >= COMPACT_BYTES:
                if self.background_folds and size >= BACKGROUND_FOLD_BYTES:
                    in_background = True
                else:
                    if isinstance(cache.tables, LiteTables):
                        cache = self._refresh(locked=True, full=True)
                    try:
                        self._fold(cache)
                    except StoreTooLarge:  # the change is saved (in the journal); folded when it fits
                        pass
        if in_background:
            if self._fold_child is None:
                from reader.store.fold import FoldProcess

                self._fold_child = FoldProcess()
            self._fold_child.start(self.path)

    def _append(self, cache: _Cache, line: bytes) -> None:
        """Append one line to the journal (created, with its header, when there is none) and fsync it."""
        path = self._journal()
        if cache.journal_id is None:
            header = store_journal.header_line()
            _replace_file(path, header, self._mode(), path)
            cache.journal_id = json.loads(header)["id"]
            cache.journal_inode, cache.journal_end, cache.journal_entries = inode_of(path), len(header), 0
        try:
            fd = os.open(path, os.O_WRONLY | os.O_APPEND)
            try:
                write_all(fd, line)
            finally:
                os.close(fd)
        except OSError as error:
            # A line cut short is ignored by every reader, and the next write folds the journal before it
            # appends (so nothing is ever appended after it); the journal is not edited in place.
            raise _cannot("write", path, error) from None

    def _fold(self, cache: _Cache) -> None:
        """Compaction: write the whole state into the store file (atomically), then replace the journal by an
        empty one with a new id. In that order: a crash between the two leaves a journal whose operations are
        already in the file, and replaying them again changes nothing (upserts and removals by id). The file
        is written with its index (:mod:`reader.store.layout`), compactly, by the C encoder."""
        assert isinstance(cache.tables, _Tables), "a fold needs every record"
        encoded = self._storage.write_encoded(cache.tables.raw)
        cache.main_sig = self._storage.signature()
        cache.main_blob = encoded.data if encoded.size < DIRECT_WRITE_BYTES else None
        if cache.journal_id is not None and (cache.journal_entries or cache.torn):
            path = self._journal()
            header = store_journal.header_line()
            _replace_file(path, header, self._mode(), path)
            cache.journal_id = json.loads(header)["id"]
            cache.journal_inode, cache.journal_end = inode_of(path), len(header)
            cache.journal_entries, cache.journal_weight, cache.torn = 0, 0, False

    def _mode(self) -> int | None:
        try:
            return stat.S_IMODE(self._storage.target().stat().st_mode)
        except OSError:
            return None

    @contextmanager
    def _locked(self, timeout: float | None = None, *, full: bool = False) -> Iterator[_Cache]:
        """Lock (thread, then the store's directory: :mod:`reader.store.lock`) and yield the state brought up
        to date under the lock. An error inside drops the cached state (it may be half-changed): the next
        operation reads the files again."""
        with self._lock:
            lock = self._file_lock()
            if self._storage.create_folders:  # the user store: its folder is made by the first write
                try:
                    store_location.make_folders(lock.directory)
                except OSError as error:
                    raise _cannot("create the folder of", self.path, error) from None
            try:
                lock.acquire(LOCK_TIMEOUT if timeout is None else timeout)
            except LockTimeout:
                raise StoreError(
                    f"{self.path.name} is being saved by another reader, which has held the store's lock for "
                    f"{LOCK_TIMEOUT if timeout is None else timeout:g} s; try again (the lock ends when that "
                    "reader finishes or exits; there is no lock file to remove)"
                ) from None
            except OSError as error:
                raise _cannot("lock", self.path, error) from None
            try:
                cache = self._refresh(locked=True, full=full)
                try:
                    yield cache
                except BaseException:
                    self._cache = None
                    raise
            finally:
                lock.release()

    def _remove_stale_temp_files(self) -> None:
        """Delete temp files left by a crash mid-write; under the lock, so never a live writer's."""
        if not self._storage.stale_temp_files():
            return
        lock = self._file_lock()
        try:
            lock.acquire(1.0)
        except (LockTimeout, OSError):
            return  # another writer is active (or the directory cannot be locked): clean up another time
        try:
            for stale in self._storage.stale_temp_files():
                stale.unlink(missing_ok=True)
        except OSError:
            pass
        finally:
            lock.release()

