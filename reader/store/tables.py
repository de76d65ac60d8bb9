"""The store's state in memory: its tables in TinyDB's layout, indexed by id, and how an operation changes them.

Why a module of its own: :class:`Tables` is what both the store file and the journal are replayed into, and
what every write changes first. Its indexes (annotation id -> keys, document id -> key) make one operation cost
O(1) instead of a scan of the table, and new keys are assigned as operations are applied, deterministically
from the file and the journal's order, so every process replays the same keys. No I/O and no locking here
(that is :mod:`reader.store.database`'s job), and no tinydb import: only the layout is shared. :class:`Cache` is what a
Store knows of its files besides: the store file's signature and how far the journal was read.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from reader.annotation import Annotation
from reader.provenance import clean_source
from reader.store.file import ANNOTATIONS, DOCUMENTS, DocumentRecord, Raw, _View
from reader.store.layout import Index


class _Documents:
    """The documents table with its index (document id -> key); shared by both kinds of tables."""

    raw: Raw
    version: int

    def _index_documents(self) -> None:
        self.docs: dict[str, str] = {}
        """Document id -> the key of its first record."""
        documents = self.raw.get(DOCUMENTS, {})
        for key, record in documents.items():
            if isinstance(record.get("id"), str):
                self.docs.setdefault(record["id"], key)
        self.next_document = int(next_key(documents))

    def _put_document(self, record: dict[str, Any]) -> None:
        table = self.raw.setdefault(DOCUMENTS, {})
        found = self.docs.get(record["id"])
        if found is None:
            found = self.docs[record["id"]] = str(self.next_document)
            self.next_document += 1
        table[found] = record

    def apply(self, op: dict[str, Any]) -> None:
        """Apply one journal operation (idempotent: upserts and removals by id)."""
        kind = op["op"]
        self.version += 1
        if kind == "batch":
            for member in op["ops"]:
                self.apply(member)
        elif kind == "put":
            self._put(op["annotation"])
        elif kind == "delete":
            self._delete(op["id"])
        else:
            self._put_document(op["document"])

    def apply_all(self, ops: list[dict[str, Any]]) -> None:
        """:meth:`apply` each of ``ops``, in order."""
        for op in ops:
            self.apply(op)

    def _put(self, record: dict[str, Any]) -> None:
        raise NotImplementedError

    def _delete(self, annotation_id: str) -> None:
        raise NotImplementedError


class Tables(_Documents):
    """The store's tables in memory (TinyDB's layout), with indexes so an operation costs O(1), not a scan."""

    def __init__(self, raw: Raw) -> None:
        self.raw = raw
        self.version = 0
        self._ids: dict[str, list[str]] | None = None
        self._index_documents()
        self.next_annotation = int(next_key(raw.get(ANNOTATIONS, {})))

    @property
    def ids(self) -> dict[str, list[str]]:
        """Annotation id -> the keys of its records, in file order (the first is the one an upsert replaces).

        Made on first use, from the table as it is then: what every operation since would have made of it (a
        put keeps its id's keys or appends a key, a delete drops them), and a process that only reads the
        records, or only imports into a store without any (:meth:`put_records`), never needs it."""
        if self._ids is None:
            self._ids = {}
            for key, record in self.raw.get(ANNOTATIONS, {}).items():
                if isinstance(record.get("id"), str):
                    self._ids.setdefault(record["id"], []).append(key)
        return self._ids

    def has_annotation(self, annotation_id: str) -> bool:
        return annotation_id in self.ids

    def apply_all(self, ops: list[dict[str, Any]]) -> None:
        """:meth:`apply` each of ``ops``, in order, the puts inline: an import's 50,000 puts spent ~0.1 s in
        two method calls each. The same keys and tables as one :meth:`apply` after another."""
        table: dict[str, Any] | None = None  # made by the first put, as by _put
        ids: dict[str, list[str]] = {}  # (self.ids, asked for by the first put: documents alone never need it)
        for op in ops:
            if op["op"] != "put":
                self.apply(op)
                continue
            self.version += 1
            record = op["annotation"]
            if table is None:
                table, ids = self.raw.setdefault(ANNOTATIONS, {}), self.ids
            keys = ids.get(record["id"])
            if keys:
                table[keys[0]] = record
            else:
                key = str(self.next_annotation)
                self.next_annotation += 1
                table[key] = record
                ids[record["id"]] = [key]

    def put_records(self, records: Sequence[dict[str, Any]]) -> None:
        """Upsert each of ``records`` by id, in order: the same keys and table as one ``put`` operation after
        another. When every id is new and none repeats (an import into a store that lacks them), all at once,
        by C-level calls: an import of 50,000 spent ~0.05 s building and applying one operation per record."""
        if not records:
            return
        count, first = len(records), self.next_annotation
        incoming = list(map(itemgetter("id"), records))
        if len(set(incoming)) != count or (self.raw.get(ANNOTATIONS) and not self.ids.keys().isdisjoint(incoming)):
            self.apply_all([{"op": "put", "annotation": record} for record in records])  # a known id, or a repeat
            return
        self.version += count
        self.next_annotation = first + count
        keys = list(map(str, range(first, first + count)))
        if self._ids is not None:  # (else made on first use, from the table)
            self._ids.update(zip(incoming, map(list, zip(keys)), strict=True))
        table = self.raw.get(ANNOTATIONS)
        if table:
            table.update(zip(keys, records, strict=True))
        else:
            self.raw[ANNOTATIONS] = dict(zip(keys, records, strict=True))

    def _put(self, record: dict[str, Any]) -> None:
        table = self.raw.setdefault(ANNOTATIONS, {})
        keys = self.ids.get(record["id"])
        if keys:
            table[keys[0]] = record
        else:
            key = str(self.next_annotation)
            self.next_annotation += 1
            table[key] = record
            self.ids[record["id"]] = [key]

    def _delete(self, annotation_id: str) -> None:
        table = self.raw.get(ANNOTATIONS, {})
        for key in self.ids.pop(annotation_id, []):
            table.pop(key, None)


class LiteTables(_Documents):
    """A large store as its index describes it (:mod:`reader.store.layout`), without its annotation records.

    ``raw`` holds the documents table only (read from its byte range); the annotation records stay in the file
    until a document's are asked for (:meth:`Store.annotations_for` reads that document's run of bytes). The
    journal's operations are kept as an ``overlay`` (annotation id -> the record put last, or None when deleted),
    which is what the file plus the journal means: a record of the file whose id is in the overlay is replaced
    by the overlay's, wherever it now belongs. Writes need no more than this: a put or a delete is appended as
    it is, keys are assigned when a fold replays the journal into the whole file."""

    def __init__(self, raw: Raw, index: Index) -> None:
        self.raw = raw
        self.version = 0
        self.index = index
        self.overlay: dict[str, dict[str, Any] | None] = {}
        self.files: dict[str | None, dict[str, Any]] = {}
        """Records read from the file, by document id (the run of bytes of that document), kept while the
        file is the same (a new file means new LiteTables)."""
        self._index_documents()

    def has_annotation(self, annotation_id: str) -> bool:
        return True  # unknown without reading the file; a delete of an id that is not there removes nothing

    def _put(self, record: dict[str, Any]) -> None:
        self.overlay[record["id"]] = record

    def _delete(self, annotation_id: str) -> None:
        self.overlay[annotation_id] = None


def upsert(table: dict[str, dict[str, Any]], batch: list[Annotation]) -> None:
    """Replace the first record with each id, append the others under fresh keys."""
    pending = {a.id: a for a in batch}
    for key, record in table.items():
        annotation_id = record.get("id")
        if isinstance(annotation_id, str) and annotation_id in pending:
            table[key] = pending.pop(annotation_id).to_dict()
    if pending:
        # One scan for the next free key, then count up: a per-record scan made large imports quadratic.
        first = int(next_key(table))
        for offset, annotation in enumerate(pending.values()):
            table[str(first + offset)] = annotation.to_dict()


def document_record(
    doc_id: str, path: str, title: str, position: int | None, opened: str, source: Mapping[str, str]
) -> dict[str, Any]:
    """A document record as the file keeps it; ``source`` only when there is one (readers before issue 10
    ignore it, and a store without sources stays as it was)."""
    record: dict[str, Any] = dict(id=doc_id, path=path, title=title, position=position, opened=opened)
    if source:
        record["source"] = dict(source)
    return record


def new_documents(tables: Tables | LiteTables, records: list[DocumentRecord]) -> list[dict[str, Any]]:
    """Operations adding the records an import brings for documents ``tables`` does not know (a known one keeps
    its record), each with no position and an empty ``opened``: the app never opened it, so nothing reads its
    path (:attr:`DocumentRecord.opened_here`)."""
    ops: list[dict[str, Any]] = []
    added: set[str] = set()
    for record in records:
        if record.id in tables.docs or record.id in added:
            continue
        added.add(record.id)
        document = document_record(record.id, record.path, record.title, None, "", clean_source(record.source))
        ops.append({"op": "document", "document": document})
    return ops


def next_key(table: dict[str, Any]) -> str:
    """One more than the largest key in the table as read under the lock, so processes never collide."""
    return str(max((int(key) for key in table), default=0) + 1)


@dataclass
class Cache:
    """What this Store knows of the files: the store file's signature, the journal read so far, the state."""

    main_sig: tuple[int, ...] | None
    main_blob: bytes | None
    journal_id: str | None
    journal_inode: int | None
    journal_end: int
    journal_entries: int
    torn: bool
    tables: Tables | LiteTables
    journal_weight: int = 0
    """Operations in the journal that count toward a fold: puts and deletes (a reading position does not)."""
    view: _View | None = None
    view_version: int = -1
    selections: dict[str, tuple[int, _View]] = field(default_factory=dict)
    """LiteTables only: the records of one document (``doc:<id>``) or path (``path:<path>``), parsed, with the
    ``tables.version`` they were read at (a later operation makes them stale)."""
