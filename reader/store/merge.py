"""A change this process made to a stored annotation, merged into the record as the store holds it now.

Why: the app edits its own copy of a highlight, read when the document was opened. Another process - a second
reader on the same store, ``reader import`` - may have saved to that highlight since (a note, tags, a colour), or
deleted it. Writing the app's copy whole (an upsert by id, as ``Store.update`` once did) put the old note back
over the new one, or recreated the deleted highlight (a hostile review). So a change is a merge, made under the
store's lock against the record as stored *now* (file and journal, brought up to date under that lock):

* The fields a change sets are those in which ``after`` differs from ``base``, the copy it was made from (its
  ``updated`` aside). Only those are written over the stored record, with ``updated`` set to the change's time;
  every other field keeps what is stored, whoever saved it. When both processes changed the same field, the
  later write wins that field (two notes are not merged as texts). Without a ``base`` every field is set.
* A record that is gone (deleted elsewhere) is not recreated: the change is dropped, nothing is written, and the
  caller is told (``Store.update`` returns False, and the app says the highlight was deleted elsewhere and takes
  it off the screen). Creating a highlight, or bringing a deleted one back by undo, is ``Store.add``: whole.
* The journal and the folds are unchanged: the merged record is an ordinary ``put`` of the whole record,
  appended (or written into the file) by the same locked write that read it, so no other process can write
  between the read and the write, and a replay gives the same record.

Several changes go in one locked write with :func:`updates` (``Store.update_many``: re-anchoring a changed file's
highlights, each merged from the copy read before it was re-anchored).

``reader import`` replaces whole records, planned against a read made without the lock (an import of a large store
takes seconds); :func:`replacements` keeps of them, under the lock, those that still replace what is stored: a
record deleted meanwhile is not recreated, and one changed meanwhile with a later ``updated`` is kept.

A large store read through its index (:class:`~reader.store.tables.LiteTables`) finds the record in the
journal's overlay, else in its document's run of the file (the run of ``base``'s document first, then the one
the index's ids line names); a run that cannot be read as the index says raises :class:`EveryRecordNeeded`, and
the store reads every record instead. Pure but for those reads; no locking here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reader.annotation import Annotation
from reader.store.file import ANNOTATIONS
from reader.store.lite import file_records
from reader.store.tables import LiteTables, Tables

_TIME = "updated"


class EveryRecordNeeded(Exception):
    """The index could not give the stored record (a run of the file is not what it says): read every record."""


Runs = dict[str | None, dict[str, dict[str, Any]]]
"""Runs of a large store's file read for one lookup or one batch: document id -> its records by id (the first of
each id). A document's run of more than :data:`reader.store.lite.KEEP_RECORDS` records is not kept by the tables,
and a batch re-read and scanned it for every record it changed: re-anchoring 6,000 highlights of one document held
the store's lock 109 s (measured); read once here, it is ~0.2 s."""


def stored_record(
    tables: Tables | LiteTables, store: Path, annotation_id: str, doc_hint: str, runs: Runs | None = None
) -> dict[str, Any] | None:
    """The record stored under ``annotation_id`` now (the first of that id, as reads show it), None when there is
    none. ``doc_hint``: the document it was last known in (where a large store looks first). ``runs``: the runs
    of the file already read for the same ``tables`` (:func:`updates` finds many records with one)."""
    if isinstance(tables, Tables):
        keys = tables.ids.get(annotation_id)
        return tables.raw[ANNOTATIONS][keys[0]] if keys else None
    if annotation_id in tables.overlay:  # put or deleted since the last fold
        return tables.overlay[annotation_id]
    runs = {} if runs is None else runs
    try:
        found = _first(tables, store, runs, doc_hint, annotation_id)
        if found is None:
            owner = tables.index.owner()
            if annotation_id not in owner:
                return None
            found = _first(tables, store, runs, owner[annotation_id], annotation_id)
    except ValueError:
        raise EveryRecordNeeded from None
    if found is None:  # the ids line names a run that does not hold it: the index is not to be trusted
        raise EveryRecordNeeded
    return found


def _first(
    tables: LiteTables, store: Path, runs: Runs, doc_id: str | None, annotation_id: str
) -> dict[str, Any] | None:
    """The first record of ``annotation_id`` in the run of ``doc_id`` (read into ``runs`` once)."""
    by_id = runs.get(doc_id)
    if by_id is None:
        by_id = {}
        for record in file_records(tables, store, doc_id).values():
            ident = record.get("id")
            if isinstance(ident, str):
                by_id.setdefault(ident, record)
        runs[doc_id] = by_id
    return by_id.get(annotation_id)


def changed_fields(after: Annotation, base: Annotation | None) -> dict[str, Any]:
    """The fields ``after`` sets (those that differ from ``base``; all of them without one), as record values."""
    new = after.to_dict()
    del new[_TIME]
    if base is None:
        return new
    old = base.to_dict()
    return {name: value for name, value in new.items() if old[name] != value}


def merged(stored: dict[str, Any], after: Annotation, base: Annotation | None) -> dict[str, Any] | None:
    """``stored`` with the fields ``after`` sets (and its ``updated``), a new dict; None when that changes nothing."""
    fields = changed_fields(after, base)
    if all(name in stored and stored[name] == value for name, value in fields.items()):
        return None
    record = dict(stored)
    record.update(fields)
    record[_TIME] = after.updated
    return record


def updates(
    tables: Tables | LiteTables,
    store: Path,
    changes: Sequence[tuple[Annotation, Annotation | None]],
    found: dict[str, dict[str, Any]],
) -> list[dict[str, Any]]:
    """``put`` operations merging each ``(after, base)`` of ``changes`` into its record as stored now
    (:func:`merged`); none for a record that is gone. ``found`` is filled (emptied first: a write may ask twice)
    with the record of each one still stored, by id, as it is once the operations are applied."""
    found.clear()
    ops: list[dict[str, Any]] = []
    runs: Runs = {}  # each run of the file read once for the batch (the tables do not change meanwhile)
    for after, base in changes:
        stored = found.get(after.id)  # a second change of one record in the batch merges into the first's
        if stored is None:
            stored = stored_record(tables, store, after.id, (base or after).doc_id, runs)
        if stored is None:
            continue
        record = merged(stored, after, base)
        found[after.id] = stored if record is None else record
        if record is not None:
            ops.append({"op": "put", "annotation": record})
    return ops


def replacements(
    tables: Tables | LiteTables, store: Path, records: Sequence[dict[str, Any]], newer: Callable[[str, str], bool]
) -> list[dict[str, Any]]:
    """``put`` operations for the ``records`` (an import's, each replacing a stored one when it was planned) that
    still do now: the stored record is there, and ``newer(record's updated, stored one's)`` (see the module note)."""
    ops: list[dict[str, Any]] = []
    for record in records:
        stored = stored_record(tables, store, record["id"], record["doc_id"])
        if stored is None:
            continue
        old = stored.get(_TIME)
        if not isinstance(old, str) or newer(record[_TIME], old):
            ops.append({"op": "put", "annotation": record})
    return ops
