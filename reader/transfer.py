"""``reader export`` and ``reader import``: the I/O around the pure formats in :mod:`reader.formats`.

Export decisions:
* No PATH: every document that has annotations. A PATH names documents by path (as given, or the same resolved
  absolute path) or by the sha256 of the file's text, so a file that moved or was renamed still finds its
  annotations; ``sha256:<hex>`` names a document by id. A PATH whose document has no annotations (a file never
  highlighted, a document the store knows without any) is left out, as one that is neither a file nor known: when
  nothing named has any, ``reader: no annotations for PATH``, exit status 2, nothing written; else a warning line
  each, and the rest is exported. (It used to export an empty document with the path as typed, status 0, which
  read as a successful export of nothing: a new user's review.) No PATH and no annotations: an empty export.
* Every export carries each document's source (kind, path, URL, title, author, date...), as the store
  recorded it when the app opened the document (or as an import brought it); a PATH the store does not know
  gives the source of the file as it is loaded now.
* Everything is collected and rendered before the output is opened; a file is written atomically (UTF-8), so
  an error never leaves a half-written or empty file. ``-o -`` (the default) writes UTF-8 to stdout; a device or
  a FIFO (``-o /dev/null``) is written into, never replaced (:mod:`reader.formats.atomic`).

Import decisions:
* The file is parsed and checked completely before anything is written; the first problem is one line saying
  what and where, and the store is unchanged. The format is detected by keys (``"format"`` → native, a W3C
  ``"@context"``/``"type"`` → W3C).
* Merge by annotation id: a new id is added; a known id is replaced only when the incoming ``updated`` is
  later (compared as instants, not strings); otherwise the local one is kept. An incoming document whose hash
  the store knows takes the store's path and title. All changes go to the store in one atomic write, and an
  update only if, under the store's lock, its record is still there and still older (the plan is made without
  the lock: a highlight another reader deleted or changed meanwhile stands; the report counts them).
* Each document's source comes in with it and is kept in the store (a document record with no ``opened``:
  :attr:`reader.store.DocumentRecord.opened_here`), so a later export still has it; a document the store
  already knows keeps its own record. Nothing a source names is read or fetched, then or at export time.
* W3C annotations from other tools carry no reader data: their ``file:`` target is matched to a known document
  by path; an unknown one keeps its URI as the document id (the file is never read: an import reads nothing but
  the import file), as do other sources.
* Every imported record is checked with the rules the store reads with (:mod:`reader.annotation_rules`), by the
  format's parser: one invalid record refuses the whole file (exit 2, nothing written), so an import never
  stores what the store would later skip, mend or fail to export and import again.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.annotation import Annotation, utc_now
from reader.errors import ReaderError
from reader.export_target import given_documents, known_documents
from reader.formats import ExportDocument, Imported, detect_format, sorted_documents
from reader.formats.json_text import dumps, terminal_safe
from reader.import_file import MAX_IMPORT_BYTES, read_json
from reader.loader import load_document, read_text, show_path
from reader.merge_plan import MergePlan, RecordPlan, is_newer, plan_merge, plan_merge_records
from reader.output import write_stdout
from reader.provenance import Source, clean_source
from reader.sanitize import sanitize
from reader.store import DocumentRecord, Store

__all__ = ["MAX_IMPORT_BYTES", "MergePlan", "RecordPlan", "is_newer", "plan_merge", "plan_merge_records", "read_json"]

if TYPE_CHECKING:  # (imported when used: an import or export of the native format needs neither, ~6 ms)
    from reader.document import Document
    from reader.formats.w3c import Resolver

# -- export ----------------------------------------------------------------------------------------------


def _same_path(stored: str, given: str, given_resolved: Path | None) -> bool:
    if not stored:
        return False
    if stored == given:
        return True
    if given_resolved is None:
        return False
    try:
        return Path(stored).resolve() == given_resolved
    except (OSError, RuntimeError, ValueError):
        return False


def _document(
    doc_id: str,
    annotations: list[Annotation],
    records: Mapping[str, DocumentRecord],
    fallback: tuple[str, str] = ("", ""),
    source: Source | None = None,
) -> ExportDocument:
    """The export of one document: title, path and source from its store record when there is one, else
    title and path from its latest annotation (or ``fallback``) and ``source`` (the file's, as loaded now)."""
    record = records.get(doc_id)
    if record is not None:
        title, path = record.title, record.path
        source = record.source or source
    elif annotations:
        latest = max(annotations, key=lambda a: (a.updated, a.id))
        title, path = latest.title, latest.path
    else:
        title, path = fallback
    return ExportDocument(doc_id, title, path, tuple(annotations), source=clean_source(source))


def collect_documents(store: Store, paths: Iterable[str], left_out: list[str] | None = None) -> list[ExportDocument]:
    """The documents named by ``paths`` (all annotated documents when empty), with their annotations; a PATH
    with none is added to ``left_out`` (none has any: a ReaderError, see the module note)."""
    by_doc: dict[str, list[Annotation]] = {}
    for annotation in store.all_annotations():
        by_doc.setdefault(annotation.doc_id, []).append(annotation)
    records = {record.id: record for record in store.documents()}
    names = list(paths)
    if not names:
        return sorted_documents(_document(doc_id, group, records) for doc_id, group in by_doc.items())

    doc_paths = {doc_id: {a.path for a in group} for doc_id, group in by_doc.items()}
    chosen: dict[str, ExportDocument] = {}
    named: dict[str, set[str]] = {}
    for given in names:
        if given.startswith("sha256:") and not _exists(given):
            if given not in by_doc and given not in records:
                raise ReaderError(f"no annotations for {show_path(given)}")
            chosen.setdefault(given, _document(given, by_doc.get(given, []), records))
            named[given] = {given}
            continue
        resolved = _resolved(given)
        ids = {doc_id for doc_id, known in doc_paths.items() if any(_same_path(p, given, resolved) for p in known)}
        ids |= {record.id for record in records.values() if _same_path(record.path, given, resolved)}
        file_doc: tuple[str, str, int, Source] | None = None  # id, title, length, source of the file now
        try:
            document = load_document(given)
            document.finish_parsing()  # a document converted in parts (an EPUB): its whole length
            file_doc = (document.id, document.title, len(document.text), clean_source(document.info))
            # The file's current text counts when it is annotated or known, or when nothing else matched
            # (then it exports as a document with no annotations); an edited file's new, unannotated hash
            # does not add an empty document next to its annotated old one.
            if document.id in by_doc or document.id in records or not ids:
                ids.add(document.id)
        except ReaderError:
            if not ids:
                if not _exists(given):
                    raise ReaderError(f"no annotations for {show_path(given)}") from None
                raise
        for doc_id in sorted(ids):
            if doc_id in chosen:
                continue
            if file_doc is not None and file_doc[0] == doc_id:
                doc = _document(doc_id, by_doc.get(doc_id, []), records, (file_doc[1], given), file_doc[3])
                doc = replace(doc, length=file_doc[2])
            else:
                doc = _document(doc_id, by_doc.get(doc_id, []), records, ("", given))
            chosen[doc_id] = doc
        named[given] = ids
    empty = [given for given, ids in named.items() if not any(chosen[i].annotations for i in ids)]
    if len(empty) == len(named):
        others = f" (nor for the {len(empty) - 1} others named)" if len(empty) > 1 else ""
        raise ReaderError(f"no annotations for {show_path(empty[0])}{others}")
    if left_out is not None:
        left_out.extend(empty)
    return sorted_documents(doc for doc in chosen.values() if doc.annotations)


def _with_lengths(documents: list[ExportDocument], records: Mapping[str, DocumentRecord]) -> list[ExportDocument]:
    """Each document with its text length when its file is there with the same text (for percents).

    Only a path the app itself opened (a store record with :attr:`~DocumentRecord.opened_here`) is read,
    never a path that came with an annotation or an import's source: an import may name any file
    (``/etc/shadow``, a FIFO), and an import must never cause a read of anything but itself, not even later, at
    export time. Never a URL either (an export touches no network). A document recorded as plain text (or
    with no kind: recorded before sources were) is read as text, as its id was made; another kind (Markdown,
    HTML, EPUB) is converted as the app converted it (:func:`reader.loader.load_document`)."""
    from reader.document import document_id
    from reader.sources import is_url

    filled = []
    for doc in documents:
        record = records.get(doc.id)
        if doc.length is None and record is not None and record.opened_here and record.path:
            if not is_url(record.path):
                length = _length_of(record.path, record.source.get("kind", "text"), doc.id, document_id)
                if length is not None:
                    doc = replace(doc, length=length)
        filled.append(doc)
    return filled


def _length_of(path: str, kind: str, doc_id: str, hash_of: Callable[[str], str]) -> int | None:
    """The length of the text of the file ``path`` read as ``kind``, when it is still the document ``doc_id``."""
    try:
        if kind == "text":
            text, _ = read_text(path)
            return len(text) if hash_of(text) == doc_id else None
        document = load_document(path)
        if document.id != doc_id:
            return None
        document.finish_parsing()
        return len(document.text)
    except ReaderError:
        return None


def render(documents: list[ExportDocument], fmt: str, exported_at: str) -> str:
    """The export text of ``documents`` in ``fmt`` (json, w3c or markdown)."""
    if fmt == "json":
        from reader.formats.native import dumps_native

        return terminal_safe(dumps_native(documents, exported_at))
    if fmt == "w3c":
        from reader.formats.w3c import export_w3c

        return dumps(export_w3c(documents, exported_at), indent=2) + "\n"
    if fmt == "markdown":
        from reader.formats.markdown import export_markdown

        return export_markdown(documents)
    raise ReaderError(f"unknown format {fmt!r} (expected json, w3c or markdown)")


def _belongs_to_store(output: Path, db: Path) -> bool:
    """Is ``output`` the store file or one of the files kept beside it (``<store>.journal``, ``.index``,
    ``.lock``, ``.corrupt-…``, its temporary ``.<store>.tmp-…``, the settings ``<stem>.settings.json``)? Both
    as given and with links resolved: the store's own files sit beside the file its path leads to. Overwriting
    the journal lost the edits only it held and left the store unreadable (a hostile review)."""
    try:
        out = output.resolve()
        stores = {db.absolute(), db.resolve()}
    except (OSError, RuntimeError):  # a link loop: nothing to compare, the write reports it
        return False
    from reader.preferences import settings_path

    for store in stores:
        if out.parent == store.parent and (out.name == store.name or out.name.startswith(store.name + ".")
                                           or out.name.startswith(f".{store.name}.")
                                           or out.name == settings_path(store).name):
            return True
    return False


def write_output(output: str, text: str, *, db: str | None = None) -> None:
    """``text`` to ``output`` ('-' is stdout), atomically; a ReaderError when the file cannot be written."""
    if output in ("", "-"):
        write_stdout(text)
        return
    from reader.formats.atomic import StreamWriteError, write_atomic

    name = show_path(output)
    if db is not None and _belongs_to_store(Path(output), Path(db)):
        raise ReaderError(f"refusing to write the export over the store or one of its files ({name}); "
                          "choose another -o FILE")
    try:
        write_atomic(output, text)
    except IsADirectoryError:
        raise ReaderError(f"cannot write {name}: it is a directory") from None
    except StreamWriteError as error:  # a device or a FIFO: part of the text may have reached it
        raise ReaderError(f"cannot write {name}: {error.strerror or error}") from None
    except OSError as error:
        raise ReaderError(f"cannot write {name}: {error.strerror or error}; nothing was written") from None


def export_document_to(store: Store, document: Document, target: str | Path, fmt: str = "json") -> int:
    """Export one open document's annotations (as stored) to ``target``, atomically; the app's `e` key.
    Returns the number of annotations written."""
    records = {record.id: record for record in store.documents()}
    annotations = store.annotations_for(document.id)
    exported = _document(document.id, annotations, records, (document.title, document.path), document.info.provenance())
    exported = replace(exported, length=len(document.text))
    given_documents([document.path]).refuse(target, "choose another file")
    known_documents(store, [exported], annotations=False).refuse(target, "choose another file")
    write_output(str(target), render([exported], fmt, utc_now()), db=str(store.path))
    return len(annotations)


def report_skipped(store: Store) -> None:
    """One ``reader: warning: ...`` line on stderr per store record skipped by the latest read (they stay in
    the file; without this an export would silently leave them out)."""
    for warning in store.warnings:
        print(f"reader: warning: {show_path(warning)}", file=sys.stderr)


def run_export(args: argparse.Namespace) -> int:
    """``reader export [PATH ...] [--format F] [-o FILE | --split DIR] [--db PATH]``, with the garbage collector
    paused as for :func:`run_import` (reading a large store builds millions of objects and frees none)."""
    from reader.gc_pause import paused

    with paused():
        return _run_export(args)


def _run_export(args: argparse.Namespace) -> int:
    split = getattr(args, "split", None)
    if split is not None:
        _check_split(split, args.format)
    elif args.output not in ("", "-"):  # never over a document (reader.export_target): first the ones named
        given_documents(args.paths).refuse(args.output)
    store = Store(args.db)
    empty: list[str] = []
    documents = collect_documents(store, list(args.paths), empty)
    report_skipped(store)
    for name in empty:
        print(f"reader: warning: no annotations for {show_path(name)}: left out of the export", file=sys.stderr)
    if args.format == "markdown":
        documents = _with_lengths(documents, {record.id: record for record in store.documents()})
    if split is not None or args.output not in ("", "-"):
        known = known_documents(store, documents)
        if split is not None:
            _export_split(split, documents, lambda path: known.refuse(path, "nothing was written"))
            return _done(args)
        known.refuse(args.output)
    text = render(documents, args.format, utc_now())
    write_output(args.output, text, db=args.db)
    return _done(args)


def _check_split(directory: str, fmt: str) -> None:
    """``--split DIR`` is for Markdown only (one note per document), and needs a folder name."""
    if fmt != "markdown":
        raise ReaderError("--split writes one Markdown file per document: add --format markdown")
    if not directory:
        raise ReaderError("--split needs a folder: an empty path names none")


def _export_split(directory: str, documents: list[ExportDocument], check: Callable[[Path], None]) -> int:
    """``--split DIR``: one Markdown file per document (:mod:`reader.formats.split`); a warning line per
    document refused, and a summary on stdout. ``check`` refuses a file that is a document."""
    from reader.formats.split import write_split

    result = write_split(directory, documents, check=check)
    for refused in result.refused:
        print(f"reader: warning: {show_path(refused)}", file=sys.stderr)
    write_stdout(f"{result.summary()} in {show_path(directory)}\n")
    return 0


# -- import ----------------------------------------------------------------------------------------------


def _resolver(records: Mapping[str, DocumentRecord]) -> Resolver:
    """Map a W3C target source to a document the store knows, by its path (or the source itself): never by
    reading the file it names. An import file must not make reader read anything but itself - a ``file:`` URI
    of ``~/.ssh/id_rsa`` once had its first line stored (and exported) as a title, ``/dev/zero`` exhausted
    memory and a FIFO hung even ``--dry-run``. An unknown file keeps its URI as the document id and is
    re-anchored by path when it is opened."""
    from reader.formats.w3c import path_from_uri

    cache: dict[str, tuple[str, str, str] | None] = {}

    def resolve(source: str) -> tuple[str, str, str] | None:
        if source in cache:
            return cache[source]
        found: tuple[str, str, str] | None = None
        path = path_from_uri(source)
        if path is not None:
            resolved = _resolved(path)
            found = next(
                ((r.id, r.path, r.title) for r in records.values() if _same_path(r.path, path, resolved)), None
            )
        else:
            found = next(
                ((r.id, r.path, r.title) for r in records.values() if source in (r.path, r.source.get("url"))), None
            )
        cache[source] = found
        return found

    return resolve


def _exists(path: str) -> bool:
    """Whether anything is at ``path``; False for a name the system refuses (over 255 bytes, a link loop), which
    then reads as a name with no annotations, not a traceback (a hostile review's finding)."""
    try:
        return Path(path).exists()
    except (OSError, ValueError):
        return False


def _resolved(path: str) -> Path | None:
    """``path`` made absolute with symlinks followed (names only: nothing is opened), None when impossible."""
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError, ValueError):
        return None


def parse_import_records(
    data: Any, records: Mapping[str, DocumentRecord]
) -> tuple[list[dict[str, Any]], dict[str, Source]]:
    """:func:`parse_import` with the annotations as store records (native files: straight from the file's
    dicts, which it takes over: ``data`` is not to be used after; see
    :func:`reader.formats.native.parse_native_records`)."""
    if detect_format(data) == "native":
        from reader.formats.native import parse_native_records

        return parse_native_records(data, consume=True)
    from reader.formats.w3c import parse_w3c_documents

    imported = parse_w3c_documents(data, _resolver(records))
    return [annotation.to_dict() for annotation in imported.annotations], imported.sources


def parse_import(data: Any, records: Mapping[str, DocumentRecord]) -> Imported:
    """Annotations and document sources of parsed JSON in either format; ReaderError on malformed input."""
    if detect_format(data) == "native":
        from reader.formats.native import parse_native_documents

        return parse_native_documents(data)
    from reader.formats.w3c import parse_w3c_documents

    return parse_w3c_documents(data, _resolver(records))


def run_import(args: argparse.Namespace) -> int:
    """``reader import FILE [--db PATH] [--dry-run]``.

    The garbage collector is paused for the import: it builds millions of long-lived objects (the parsed
    file, the annotations, the store's records) and frees none, so every collection re-scanned a growing heap
    for nothing - a third of the time of an import of 50,000 annotations."""
    from reader.gc_pause import paused

    with paused():
        return _run_import(args)


def _run_import(args: argparse.Namespace) -> int:
    name = "stdin" if args.file == "-" else show_path(args.file)
    data = read_json(args.file)
    store = Store(args.db)
    records = {record.id: record for record in store.documents()}
    try:
        incoming, sources = parse_import_records(data, records)
    except ReaderError as error:
        raise ReaderError(f"{name}: {error}") from None
    _refuse_future(name, incoming)
    annotations = store.all_annotations()
    existing = {annotation.id: annotation.updated for annotation in annotations}
    owners = {annotation.id: annotation.doc_id for annotation in annotations}
    report_skipped(store)
    plan = plan_merge_records(existing, incoming, records, sources, owners)
    if plan.conflicts:
        first = plan.conflicts[0]
        raise ReaderError(f"{name}: annotation {sanitize(first)} is, in the store, an annotation of another "
                          f"document ({len(plan.conflicts)} such); nothing was imported")
    if args.dry_run:
        print(f"would {plan.summary()} (dry run: nothing written)")
        return _done(args)
    updated = len(plan.updated)
    if plan.changes or plan.documents:  # an update is written only if still due under the store's lock
        updated = store.put_records(plan.added, documents=plan.documents, updates=plan.updated, newer=is_newer)
    left = len(plan.updated) - updated
    meanwhile = f" ({left} changed or deleted meanwhile: left as they are)" if left else ""
    report = (f"imported {name}: added {len(plan.added)}, updated {updated}{meanwhile}, kept {plan.kept} "
              f"into {show_path(os.fsdecode(args.db))}")
    try:
        print(report, flush=True)
    except BrokenPipeError:
        raise
    except OSError as error:  # the store has it: the one line says so (a bare "cannot write" read as a failure)
        raise ReaderError(f"{report}, but this report could not be written to standard output: "
                          f"{error.strerror or error}") from None
    return _done(args)


def _refuse_future(name: str, incoming: list[dict[str, Any]]) -> None:
    """Refuse a file with a time after next year: a version "updated" in 9999 would win every later merge, so
    no real edit of that annotation could ever replace it. (Timestamps are valid ISO 8601 here: the first four
    characters are the year, and the latest string is the latest year.)"""
    if not incoming:
        return
    limit = str(datetime.now(UTC).year + 1)
    for field_name in ("created", "updated"):
        latest = max(map(itemgetter(field_name), incoming))
        if latest[:4] > limit:
            raise ReaderError(f"{name}: an annotation was {field_name} in {sanitize(latest[:4])}, in the "
                              "future; nothing was imported")


def _done(args: argparse.Namespace) -> int:
    """Status 0, or the end of the process right here when the CLI says this command is the process's own
    (``args.end_process``: :func:`reader.cli.end_process`, which says why that is safe): called while what
    the command built is still referenced, so none of it is freed object by object on the way out."""
    end: Callable[[int], None] | None = getattr(args, "end_process", None)
    if end is not None:
        end(0)
    return 0
