"""``reader export`` and ``reader import``: the I/O around the pure formats in :mod:`reader.formats`.

Export decisions:
* No PATH: every document that has annotations. A PATH names documents by path (as given, or the same resolved
  absolute path) or by the sha256 of the file's text, so a file that moved or was renamed still finds its
  annotations; ``sha256:<hex>`` names a document by id. A PATH that is a readable file but has no annotations
  exports as a document with an empty list; one that is neither a file nor known is an error (``no annotations
  for PATH``).
* Everything is collected and rendered before the output is opened; a file is written atomically (UTF-8), so
  an error never leaves a half-written or empty file. ``-o -`` (the default) writes UTF-8 to stdout.

Import decisions:
* The file is parsed and checked completely before anything is written; the first problem is one line saying
  what and where, and the store is unchanged. The format is detected by keys (``"format"`` → native, a W3C
  ``"@context"``/``"type"`` → W3C).
* Merge by annotation id: a new id is added; a known id is replaced only when the incoming ``updated`` is
  later (compared as instants, not strings); otherwise the local one is kept. An incoming document whose hash
  the store knows takes the store's path and title. All changes go to the store in one atomic ``put_many``.
* W3C annotations from other tools carry no reader data: their ``file:`` target is matched to a known document
  by path, else hashed from the file when it can be read; other sources keep their URI as the document id.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reader.annotation import Annotation, utc_now
from reader.document import Document
from reader.errors import ReaderError
from reader.formats import ExportDocument, detect_format, sorted_documents
from reader.formats.w3c import Resolver, parse_w3c, path_from_uri
from reader.loader import load_document, read_text, show_path
from reader.store import DocumentRecord, Store

# -- export ----------------------------------------------------------------------------------------------


def _same_path(stored: str, given: str, given_resolved: Path) -> bool:
    if not stored:
        return False
    if stored == given:
        return True
    try:
        return Path(stored).resolve() == given_resolved
    except (OSError, RuntimeError, ValueError):
        return False


def _document(
    doc_id: str,
    annotations: list[Annotation],
    records: Mapping[str, DocumentRecord],
    fallback: tuple[str, str] = ("", ""),
) -> ExportDocument:
    record = records.get(doc_id)
    if record is not None:
        title, path = record.title, record.path
    elif annotations:
        latest = max(annotations, key=lambda a: (a.updated, a.id))
        title, path = latest.title, latest.path
    else:
        title, path = fallback
    return ExportDocument(doc_id, title, path, tuple(annotations))


def collect_documents(store: Store, paths: Iterable[str]) -> list[ExportDocument]:
    """The documents named by ``paths`` (all annotated documents when empty), with their annotations."""
    by_doc: dict[str, list[Annotation]] = {}
    for annotation in store.all_annotations():
        by_doc.setdefault(annotation.doc_id, []).append(annotation)
    records = {record.id: record for record in store.documents()}
    names = list(paths)
    if not names:
        return sorted_documents(_document(doc_id, group, records) for doc_id, group in by_doc.items())

    doc_paths = {doc_id: {a.path for a in group} for doc_id, group in by_doc.items()}
    chosen: dict[str, ExportDocument] = {}
    for given in names:
        if given.startswith("sha256:") and not Path(given).exists():
            if given not in by_doc and given not in records:
                raise ReaderError(f"no annotations for {show_path(given)}")
            chosen.setdefault(given, _document(given, by_doc.get(given, []), records))
            continue
        resolved = Path(given).resolve()
        ids = {doc_id for doc_id, known in doc_paths.items() if any(_same_path(p, given, resolved) for p in known)}
        ids |= {record.id for record in records.values() if _same_path(record.path, given, resolved)}
        file_doc: tuple[str, str, int] | None = None  # (id, title, length) of the file's current text
        try:
            document = load_document(given)
            file_doc = (document.id, document.title, len(document.text))
            # The file's current text counts when it is annotated or known, or when nothing else matched
            # (then it exports as a document with no annotations); an edited file's new, unannotated hash
            # does not add an empty document next to its annotated old one.
            if document.id in by_doc or document.id in records or not ids:
                ids.add(document.id)
        except ReaderError:
            if not ids:
                if not Path(given).exists():
                    raise ReaderError(f"no annotations for {show_path(given)}") from None
                raise
        for doc_id in sorted(ids):
            if doc_id in chosen:
                continue
            fallback = (file_doc[1], given) if file_doc is not None and file_doc[0] == doc_id else ("", given)
            doc = _document(doc_id, by_doc.get(doc_id, []), records, fallback)
            if file_doc is not None and file_doc[0] == doc_id:
                doc = replace(doc, length=file_doc[2])
            chosen[doc_id] = doc
    return sorted_documents(chosen.values())


def _with_lengths(documents: list[ExportDocument]) -> list[ExportDocument]:
    """Each document with its text length when its file is there with the same text (for percents)."""
    from reader.document import document_id

    filled = []
    for doc in documents:
        if doc.length is None and doc.path:
            try:
                text, _ = read_text(doc.path)
            except ReaderError:
                text = None
            if text is not None and document_id(text) == doc.id:
                doc = replace(doc, length=len(text))
        filled.append(doc)
    return filled


_SURROGATE = re.compile("[\ud800-\udfff]")


def escape_surrogates(json_text: str) -> str:
    """JSON text with lone surrogates (from undecodable bytes) as ``\\udXXX`` escapes, so it encodes as UTF-8.

    ``json.dumps(ensure_ascii=False)`` leaves them raw; in JSON they can only be inside string literals, where
    the escape means the same thing, and ``json.loads`` gives the same string back.
    """
    if not _SURROGATE.search(json_text):
        return json_text
    return _SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", json_text)


def render(documents: list[ExportDocument], fmt: str, exported_at: str) -> str:
    """The export text of ``documents`` in ``fmt`` (json, w3c or markdown)."""
    if fmt == "json":
        from reader.formats.native import dumps_native

        return escape_surrogates(dumps_native(documents, exported_at))
    if fmt == "w3c":
        from reader.formats.w3c import export_w3c

        return escape_surrogates(json.dumps(export_w3c(documents, exported_at), ensure_ascii=False, indent=2) + "\n")
    if fmt == "markdown":
        from reader.formats.markdown import export_markdown

        return export_markdown(_with_lengths(documents))
    raise ReaderError(f"unknown format {fmt!r} (expected json, w3c or markdown)")


def _write_stdout(text: str) -> None:
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        sys.stdout.flush()
        buffer.write(text.encode("utf-8", "surrogateescape"))
        buffer.flush()
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


def write_output(output: str, text: str, *, db: str | None = None) -> None:
    """``text`` to ``output`` ('-' is stdout), atomically; a ReaderError when the file cannot be written."""
    if output in ("", "-"):
        _write_stdout(text)
        return
    from reader.formats.atomic import write_atomic

    name = show_path(output)
    if db is not None and Path(output).resolve() == Path(db).resolve():
        raise ReaderError(f"refusing to write the export over the store {name}; choose another -o FILE")
    try:
        write_atomic(output, text)
    except IsADirectoryError:
        raise ReaderError(f"cannot write {name}: it is a directory") from None
    except OSError as error:
        raise ReaderError(f"cannot write {name}: {error.strerror or error}; nothing was written") from None


def export_document_to(store: Store, document: Document, target: str | Path, fmt: str = "json") -> int:
    """Export one open document's annotations (as stored) to ``target``, atomically; the app's `e` key.
    Returns the number of annotations written."""
    records = {record.id: record for record in store.documents()}
    annotations = store.annotations_for(document.id)
    exported = replace(
        _document(document.id, annotations, records, (document.title, document.path)), length=len(document.text)
    )
    write_output(str(target), render([exported], fmt, utc_now()), db=str(store.path))
    return len(annotations)


def report_skipped(store: Store) -> None:
    """One ``reader: warning: ...`` line on stderr per store record skipped by the latest read (they stay in
    the file; without this an export would silently leave them out)."""
    for warning in store.warnings:
        print(f"reader: warning: {show_path(warning)}", file=sys.stderr)


def run_export(args: argparse.Namespace) -> int:
    """``reader export [PATH ...] [--format F] [-o FILE] [--db PATH]``."""
    store = Store(args.db)
    documents = collect_documents(store, list(args.paths))
    report_skipped(store)
    text = render(documents, args.format, utc_now())
    write_output(args.output, text, db=args.db)
    return 0


# -- import ----------------------------------------------------------------------------------------------


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in JSON")


def read_json(file: str) -> Any:
    """Parsed JSON of ``file`` ('-' is stdin); ReaderError saying what is wrong and where."""
    name = "stdin" if file == "-" else show_path(file)
    try:
        data = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    except FileNotFoundError:
        raise ReaderError(f"no such file: {name}") from None
    except IsADirectoryError:
        raise ReaderError(f"{name} is a directory, not an export file") from None
    except PermissionError:
        raise ReaderError(f"permission denied: {name}") from None
    except OSError as error:
        raise ReaderError(f"cannot read {name}: {error.strerror or error}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ReaderError(f"{name} is not UTF-8 text (invalid byte at offset {error.start})") from None
    if not text.strip():
        raise ReaderError(f"{name} is empty: expected exported annotations (JSON)")
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise ReaderError(f"{name} is not JSON: {error.msg} at line {error.lineno}, column {error.colno}") from None
    except ValueError as error:
        raise ReaderError(f"{name} is not valid JSON: {error}") from None
    except RecursionError:
        raise ReaderError(f"{name} is not usable JSON: nested too deeply") from None


def _instant(value: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def is_newer(incoming: str, existing: str) -> bool:
    """True when time ``incoming`` is after ``existing`` (as instants; as strings when one is unparsable)."""
    a, b = _instant(incoming), _instant(existing)
    if a is not None and b is not None:
        return a > b
    return incoming > existing


@dataclass
class MergePlan:
    """What an import changes: annotations to add and to update, and how many are kept as they are."""

    added: list[Annotation] = field(default_factory=list)
    updated: list[Annotation] = field(default_factory=list)
    kept: int = 0

    @property
    def changes(self) -> list[Annotation]:
        return self.added + self.updated

    def summary(self) -> str:
        return f"add {len(self.added)}, update {len(self.updated)}, keep {self.kept}"


def plan_merge(
    existing: Mapping[str, Annotation],
    incoming: Iterable[Annotation],
    documents: Mapping[str, DocumentRecord] | None = None,
) -> MergePlan:
    """Merge ``incoming`` into ``existing`` (both by id); see the module note. Pure."""
    plan = MergePlan()
    for annotation in incoming:
        record = (documents or {}).get(annotation.doc_id)
        if record is not None and (annotation.path, annotation.title) != (record.path, record.title):
            annotation = replace(annotation, path=record.path, title=record.title)
        current = existing.get(annotation.id)
        if current is None:
            plan.added.append(annotation)
        elif is_newer(annotation.updated, current.updated):
            plan.updated.append(annotation)
        else:
            plan.kept += 1
    return plan


def _resolver(records: Mapping[str, DocumentRecord]) -> Resolver:
    cache: dict[str, tuple[str, str, str] | None] = {}

    def resolve(source: str) -> tuple[str, str, str] | None:
        if source in cache:
            return cache[source]
        found: tuple[str, str, str] | None = None
        path = path_from_uri(source)
        if path is not None:
            resolved = Path(path).resolve()
            for record in records.values():
                if _same_path(record.path, path, resolved):
                    found = (record.id, record.path, record.title)
                    break
            else:
                try:
                    document = load_document(path)
                    found = (document.id, path, document.title)
                except ReaderError:
                    found = None
        else:
            found = next(((r.id, r.path, r.title) for r in records.values() if r.path == source), None)
        cache[source] = found
        return found

    return resolve


def parse_import(data: Any, records: Mapping[str, DocumentRecord]) -> list[Annotation]:
    """Annotations of parsed JSON in either format; ReaderError on malformed input."""
    if detect_format(data) == "native":
        from reader.formats.native import parse_native

        return parse_native(data)
    return parse_w3c(data, _resolver(records))


def run_import(args: argparse.Namespace) -> int:
    """``reader import FILE [--db PATH] [--dry-run]``."""
    name = "stdin" if args.file == "-" else show_path(args.file)
    data = read_json(args.file)
    store = Store(args.db)
    records = {record.id: record for record in store.documents()}
    try:
        incoming = parse_import(data, records)
    except ReaderError as error:
        raise ReaderError(f"{name}: {error}") from None
    existing = {annotation.id: annotation for annotation in store.all_annotations()}
    report_skipped(store)
    plan = plan_merge(existing, incoming, records)
    if args.dry_run:
        print(f"would {plan.summary()} (dry run: nothing written)")
        return 0
    if plan.changes:
        store.put_many(plan.changes)
    print(
        f"imported {name}: added {len(plan.added)}, updated {len(plan.updated)}, kept {plan.kept} "
        f"into {show_path(os.fsdecode(args.db))}"
    )
    return 0
