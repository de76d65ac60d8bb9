"""Export and import formats: pure functions from annotations to text and back.

* :mod:`reader.formats.native` - the reader's own JSON (``"format": "reader-annotations"``), lossless.
* :mod:`reader.formats.w3c` - W3C Web Annotation Data Model JSON-LD (an ``AnnotationCollection``).
* :mod:`reader.formats.markdown` - a read-only Markdown digest for Obsidian and the like.
* :mod:`reader.formats.atomic` - the atomic file write every export goes through.
* :mod:`reader.provenance` - the rules for a document's source (path, URL, kind, title, author,
  date...), which every export writes and every import reads back.

Nothing here touches the store, the terminal or Textual; :mod:`reader.transfer` does the I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from reader.annotation import Annotation
from reader.annotation_rules import MAX_OFFSET, describe
from reader.errors import ReaderError
from reader.provenance import Source, clean_source


@dataclass(frozen=True, slots=True)
class ExportDocument:
    """One document and its annotations, as an export sees it.

    ``length`` is the length of the document's text when it is known (the Markdown export shows a percent
    with it). ``source`` is where the document came from (:mod:`reader.provenance`: kind, path, URL,
    title, author, date...; empty when the store never recorded it); every export writes it, cleaned and
    bounded by :func:`sorted_documents`.
    """

    id: str
    title: str
    path: str
    annotations: tuple[Annotation, ...] = ()
    length: int | None = None
    source: Source = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Imported:
    """What an import file holds: its annotations in file order, and the source of each document that names
    one (document id -> source, cleaned), for the store to keep."""

    annotations: list[Annotation]
    sources: dict[str, Source] = field(default_factory=dict)


def annotation_sort_key(annotation: Annotation) -> tuple[int, int, str, str]:
    """Annotations are exported in reading order: (start, end, created, id)."""
    return (annotation.start, annotation.end, annotation.created, annotation.id)


def document_sort_key(document: ExportDocument) -> tuple[str, str]:
    """Documents are exported by path, then id."""
    return (document.path, document.id)


def sorted_documents(documents: Iterable[ExportDocument]) -> list[ExportDocument]:
    """``documents`` in export order, each with its annotations in export order and its source cleaned
    (:func:`reader.provenance.clean_source`: whatever a caller passes, an export writes it bounded)."""
    return [
        replace(
            doc,
            annotations=tuple(sorted(doc.annotations, key=annotation_sort_key)),
            source=clean_source(doc.source),
        )
        for doc in sorted(documents, key=document_sort_key)
    ]


def group_by_document(annotations: Iterable[Annotation]) -> list[ExportDocument]:
    """Annotations grouped into documents by ``doc_id``.

    A document's title and path come from its most recently updated annotation.
    """
    groups: dict[str, list[Annotation]] = {}
    for annotation in annotations:
        groups.setdefault(annotation.doc_id, []).append(annotation)
    documents = []
    for doc_id, group in groups.items():
        latest = max(group, key=lambda a: (a.updated, a.id))
        documents.append(ExportDocument(doc_id, latest.title, latest.path, tuple(group)))
    return sorted_documents(documents)


def detect_format(data: Any) -> str:
    """``"native"`` or ``"w3c"`` for parsed JSON ``data``, by its keys; ReaderError for anything else."""
    if isinstance(data, dict):
        if "format" in data or "documents" in data:
            return "native"
        if "@context" in data or data.get("type") in ("Annotation", "AnnotationCollection", "AnnotationPage"):
            return "w3c"
    if isinstance(data, list) and all(isinstance(item, dict) for item in data):
        return "w3c"
    raise ReaderError(
        'not a reader export or W3C annotations (expected a "format" key, or a W3C "@context" and "type")'
    )


def parse_any(data: Any) -> list[Annotation]:
    """Annotations from parsed JSON in either import format (see :func:`detect_format`)."""
    return parse_any_documents(data).annotations


def parse_any_documents(data: Any) -> Imported:
    """Annotations and document sources from parsed JSON in either import format."""
    if detect_format(data) == "native":
        from reader.formats.native import parse_native_documents

        return parse_native_documents(data)
    from reader.formats.w3c import parse_w3c_documents

    return parse_w3c_documents(data)


def input_error(where: str, message: str) -> ReaderError:
    """An import error that says what is wrong and where (``documents[0].annotations[3].start: ...``)."""
    return ReaderError(f"{where}: {message}" if where else message)


def checked_offset(value: Any, where: str) -> int:
    """``value`` as an offset, or an :func:`input_error`: a non-negative integer below :data:`MAX_OFFSET`."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise input_error(where, f"expected a non-negative integer, got {describe(value)}")
    if value >= MAX_OFFSET:
        raise input_error(where, f"offset too large ({len(str(value))} digits)")
    return value
