"""Reading a large store one document at a time, through its index (:mod:`reader.store.layout`).

Why: the reading screen needs one document's highlights, the documents table and a reading position, and the
library needs counts; none of that should cost a parse of every record of a 70 MB store. With a
:class:`~reader.store.tables.LiteTables` (the documents table, the index, and the journal as an overlay), a
document's records are its run of bytes in the file, parsed alone (and kept: a read after a read parses
nothing), with the journal's operations laid over them; they are then checked and built into annotations by
the same :func:`reader.store.file._parse` as a whole-file read, so both ways show the same records and the
same warnings for them. Anything that needs every record (an export, the search index) reads the whole file.

A run that cannot be read as the index says (the file changed under us, a damaged index) raises ValueError;
the store then reads the whole file, which refuses a damaged one with its usual message.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reader.store.file import ANNOTATIONS, Raw, _parse, _View
from reader.store.layout import read_records
from reader.store.tables import LiteTables

KEEP_RECORDS = 5000
"""A document's records read from the file are kept (a later read after a write parses nothing) up to this many;
more are read again when needed: 100,000 raw records would hold ~70 MB beside the annotations built from
them, for the rare second read (an export) of a document with that many highlights."""


def file_records(tables: LiteTables, store: Path, doc_id: str | None) -> dict[str, Any]:
    """The records the file holds for ``doc_id`` (as of the fold), by key; read once per file (see
    :data:`KEEP_RECORDS`)."""
    found = tables.files.get(doc_id)
    if found is None:
        found = {}
        for group in tables.index.groups:
            if group[0] == doc_id:
                found.update(read_records(store, tables.index.signature, group[1], group[2]))
        if len(found) <= KEEP_RECORDS:
            tables.files[doc_id] = found
    return found


def select(tables: LiteTables, store: Path, *, doc_id: str | None = None, path: str | None = None) -> _View:
    """The records of one document (``doc_id``) or made on one path (``path``), file and journal together,
    parsed and checked (warnings for those records only)."""
    if path is not None:
        doc_ids = [group[0] for group in tables.index.groups if path in group[5]]
    else:
        doc_ids = [doc_id]
    overlay = tables.overlay
    records: dict[str, Any] = {}
    for owner in dict.fromkeys(doc_ids):
        for key, record in file_records(tables, store, owner).items():
            ident = record.get("id")
            if not (isinstance(ident, str) and ident in overlay) and _wanted(record, doc_id, path):
                records[key] = record
    for ident, record in overlay.items():
        if record is not None and _wanted(record, doc_id, path):
            records[f"(journal) {ident[:40]}"] = record
    raw: Raw = {ANNOTATIONS: records}
    return _parse(raw, store)


def _wanted(record: dict[str, Any], doc_id: str | None, path: str | None) -> bool:
    if path is not None:
        return record.get("path") == path
    return record.get("doc_id") == doc_id


def counts(tables: LiteTables, store: Path) -> dict[str, tuple[int, int]]:
    """(highlights, notes) per document id as :meth:`Store.annotation_counts` counts them: the index's counts,
    with the documents the journal touched counted again from their records."""
    result: dict[str, tuple[int, int]] = {}
    for group in tables.index.groups:
        if group[0] is not None:
            before = result.get(group[0], (0, 0))
            result[group[0]] = (before[0] + group[3], before[1] + group[4])
    if not tables.overlay:
        return result
    owner = tables.index.owner()
    touched: set[str] = set()
    for ident, record in tables.overlay.items():
        previous = owner.get(ident)
        if previous is not None:
            touched.add(previous)
        if record is not None and isinstance(record.get("doc_id"), str):
            touched.add(record["doc_id"])
    for doc_id in touched:
        records = [
            record
            for record in file_records(tables, store, doc_id).values()
            if not (isinstance(record.get("id"), str) and record["id"] in tables.overlay)
        ]
        records += [r for r in tables.overlay.values() if r is not None and r.get("doc_id") == doc_id]
        notes = sum(1 for r in records if isinstance(r.get("note"), str) and r["note"].strip())
        if records:
            result[doc_id] = (len(records), notes)
        else:
            result.pop(doc_id, None)
    return result
