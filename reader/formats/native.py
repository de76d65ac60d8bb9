"""The native export: lossless JSON, described by ``native.schema.json`` (JSON Schema 2020-12) beside this
module.

::

    {"format": "reader-annotations", "version": 2, "exported_at": "...",
     "documents": [{"id": "sha256:...", "title": "...", "path": "...",
                    "source": {"kind": "html", "url": "...", "title": "...", "author": "...", "date": "..."},
                    "annotations": [{"id", "text", "prefix", "suffix", "start", "end", "color", "note",
                                     "tags", "speaker", "created", "updated", "anchor"}]}]}

Decisions:
* Output is deterministic: documents by (path, id), annotations by (start, end, created, id), keys in the
  order above, ``json.dumps(ensure_ascii=False, indent=2)`` layout plus a trailing newline. Control
  characters, quotes and line breaks are escaped by JSON; emoji and RTL text are written as they are (UTF-8).
* :func:`dumps_native` writes that exact text from a template (C-speed string escaping per value) instead of
  building dicts and running the pure-Python indenting encoder; a test checks it equals ``json.dumps`` of
  :func:`export_native` byte for byte.
* :func:`parse_native` checks everything the schema says, by hand (fast, and it can say *where*):
  ``documents[0].annotations[3].start: expected a non-negative integer``. Unknown keys are refused (a typo
  such as ``"not"`` for ``"note"`` would otherwise drop data silently); a newer ``version`` is refused by
  name. Whether each annotation is valid is checked by the rules the store reads with
  (:mod:`reader.annotation_rules`): any invalid record refuses the whole file, nothing is written.
* Version 2 added each document's ``source`` (issue 10: provenance in every export), always written (``{}``
  when the store never recorded one). Why a new version for one key: a version-1 reader refuses unknown keys,
  and "reads version 1, not version 2" says better what to do than "unknown key source". Version-1 files
  (no ``source``) still import. Inside ``source`` unknown keys are dropped and values bounded
  (:mod:`reader.provenance`), so a later reader's richer sources import here.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable
from datetime import datetime
from functools import cache
from itertools import repeat
from operator import itemgetter
from typing import Any

from reader.annotation import Annotation
from reader.annotation_rules import all_plainly_valid, describe, record_problems, refuse_invalid
from reader.formats import ExportDocument, Imported, checked_offset, input_error, sorted_documents
from reader.provenance import SOURCE_KEYS, Source, parse_source

FORMAT = "reader-annotations"
VERSION = 2
READABLE_VERSIONS = (1, 2)
"""Versions :func:`parse_native` reads (1: before documents had a ``source``)."""
SCHEMA_RESOURCE = "native.schema.json"

ANNOTATION_KEYS: tuple[str, ...] = (
    "id",
    "text",
    "prefix",
    "suffix",
    "start",
    "end",
    "color",
    "note",
    "tags",
    "speaker",
    "created",
    "updated",
    "anchor",
)
_REQUIRED_ANNOTATION_KEYS = frozenset(ANNOTATION_KEYS)
_get_id = itemgetter("id")
_DOCUMENT_KEYS = ("id", "title", "path", "source", "annotations")
_REQUIRED_DOCUMENT_KEYS = ("id", "title", "path", "annotations")
_TOP_KEYS = ("format", "version", "exported_at", "documents")


@cache
def load_schema() -> dict[str, Any]:
    """The JSON Schema of the native format, shipped inside the package."""
    from importlib import resources  # (not at start-up: ~3 ms that an import or export never needs)

    text = resources.files("reader.formats").joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def annotation_record(annotation: Annotation) -> dict[str, Any]:
    """One annotation as in a native export (the document's id, path and title are on the document)."""
    return {
        "id": annotation.id,
        "text": annotation.text,
        "prefix": annotation.prefix,
        "suffix": annotation.suffix,
        "start": annotation.start,
        "end": annotation.end,
        "color": annotation.color,
        "note": annotation.note,
        "tags": list(annotation.tags),
        "speaker": annotation.speaker,
        "created": annotation.created,
        "updated": annotation.updated,
        "anchor": annotation.anchor,
    }


def export_native(documents: Iterable[ExportDocument], exported_at: str) -> dict[str, Any]:
    """The native export of ``documents`` as a JSON-ready dict (sorted; see the module note)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": exported_at,
        "documents": [
            {
                "id": doc.id,
                "title": doc.title,
                "path": doc.path,
                "source": {key: doc.source[key] for key in SOURCE_KEYS if key in doc.source},
                "annotations": [annotation_record(a) for a in doc.annotations],
            }
            for doc in sorted_documents(documents)
        ],
    }


def _encode_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


try:  # the C accelerator behind json.dumps(ensure_ascii=False); same output, without the call overhead
    from json.encoder import c_encode_basestring as _c_encode  # type: ignore[attr-defined]

    if _c_encode is not None:
        _encode_string = _c_encode
except ImportError:  # pragma: no cover - every CPython has it
    pass


def dumps_native(documents: Iterable[ExportDocument], exported_at: str) -> str:
    """The native export as text.

    Exactly ``json.dumps(export_native(...), ensure_ascii=False, indent=2) + "\\n"``, only faster.
    """
    s = _encode_string
    docs = sorted_documents(documents)
    out: list[str] = [
        '{\n  "format": ',
        s(FORMAT),
        ',\n  "version": ',
        str(VERSION),
        ',\n  "exported_at": ',
        s(exported_at),
        ',\n  "documents": ',
    ]
    if not docs:
        out.append("[]\n}\n")
        return "".join(out)
    out.append("[")
    for d, doc in enumerate(docs):
        out.append(",\n    {\n" if d else "\n    {\n")
        out.append(f'      "id": {s(doc.id)},\n      "title": {s(doc.title)},\n      "path": {s(doc.path)},\n')
        out.append(_source_text(doc.source))
        if not doc.annotations:
            out.append('      "annotations": []\n    }')
            continue
        out.append('      "annotations": [')
        for i, a in enumerate(doc.annotations):
            if a.tags:
                tags = "[\n" + ",\n".join("            " + s(tag) for tag in a.tags) + "\n          ]"
            else:
                tags = "[]"
            speaker = "null" if a.speaker is None else s(a.speaker)
            sep = ",\n" if i else "\n"
            out.append(
                f"""{sep}        {{
          "id": {s(a.id)},
          "text": {s(a.text)},
          "prefix": {s(a.prefix)},
          "suffix": {s(a.suffix)},
          "start": {int(a.start)},
          "end": {int(a.end)},
          "color": {s(a.color)},
          "note": {s(a.note)},
          "tags": {tags},
          "speaker": {speaker},
          "created": {s(a.created)},
          "updated": {s(a.updated)},
          "anchor": {s(a.anchor)}
        }}"""
            )
        out.append("\n      ]\n    }")
    out.append("\n  ]\n}\n")
    return "".join(out)


def _source_text(source: Source) -> str:
    """The ``"source"`` member of a document, laid out as ``json.dumps(indent=2)`` does at that depth."""
    s = _encode_string
    fields = [f"        {s(key)}: {s(source[key])}" for key in SOURCE_KEYS if key in source]
    if not fields:
        return '      "source": {},\n'
    return '      "source": {\n' + ",\n".join(fields) + "\n      },\n"


# -- parsing -------------------------------------------------------------------------------------------


def _object(value: Any, where: str, keys: Iterable[str], required: Iterable[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise input_error(where, f"expected an object, got {describe(value)}")
    allowed = tuple(keys)
    for key in value:
        if key not in allowed:
            raise input_error(where, f"unknown key {describe(key)} (allowed: {', '.join(allowed)})")
    for key in required:
        if key not in value:
            raise input_error(where, f"missing key {describe(key)}")
    return value


def _string(value: Any, where: str, *, allow_empty: bool = True) -> str:
    if not isinstance(value, str):
        raise input_error(where, f"expected a string, got {describe(value)}")
    if not allow_empty and not value:
        raise input_error(where, "expected a non-empty string")
    return value


def _timestamp(value: Any, where: str) -> str:
    text = _string(value, where)
    try:
        datetime.fromisoformat(text)
    except ValueError:
        raise input_error(where, f"expected an ISO 8601 date-time, got {describe(text)}") from None
    return text


def _plain_record(data: Any, doc_id: str, path: str, title: str) -> dict[str, Any] | None:
    """The store record (:meth:`Annotation.to_dict`'s shape) of ``data`` when it has exactly the format's keys
    and passes the shared rules by their fast path (:func:`reader.annotation_rules.record_problems`), else
    None: then :func:`parse_annotation` checks it key by key, to say what is wrong and where.

    Why: an import of 50,000 annotations spent ~1 s checking records, more than ``json.loads`` of the whole
    file; and building an ``Annotation`` (a frozen dataclass: one ``object.__setattr__`` per field) costs
    another ~0.25 s, for objects an import only turns back into dicts. The rules' types cover the format's
    (strings, integer offsets, an array of strings, a string or null), so a record that passes them is of the
    format's shape too."""
    if type(data) is not dict or data.keys() != _REQUIRED_ANNOTATION_KEYS:
        return None
    g = data.__getitem__
    record = {
        "id": g("id"),
        "doc_id": doc_id,
        "path": path,
        "title": title,
        "start": g("start"),
        "end": g("end"),
        "text": g("text"),
        "prefix": g("prefix"),
        "suffix": g("suffix"),
        "color": g("color"),
        "note": g("note"),
        "tags": g("tags"),
        "speaker": g("speaker"),
        "created": g("created"),
        "updated": g("updated"),
        "anchor": g("anchor"),
    }
    return None if record_problems(record, importing=True) else record


def _take_whole(
    items: list[Any], doc_id: str, path: str, title: str, d: int, seen: dict[str, tuple[int, int]]
) -> bool:
    """One document's annotation objects made its records at once (``consume``), when every one has exactly
    the format's keys and all pass the shared rules by columns
    (:func:`reader.annotation_rules.all_plainly_valid`, the document's id, path and title checked once) and
    no id repeats; then ``seen`` has their ids, each with the document's index and -1 (the position is found
    only for a message: :func:`_first_seen`). Else False, with ``items`` as they were: the record-by-record
    way finds the problem and says where."""
    fields = {"doc_id": doc_id, "path": path, "title": title}
    if not all_plainly_valid(items, importing=True, common=fields, keys=_REQUIRED_ANNOTATION_KEYS):
        return False
    ids = dict.fromkeys(map(_get_id, items), (d, -1))
    if len(ids) != len(items) or not seen.keys().isdisjoint(ids):
        return False
    deque(map(dict.update, items, repeat(fields)), 0)
    seen.update(ids)
    return True


def _first_seen(documents: list[Any], at: tuple[int, int], ident: str) -> tuple[int, int]:
    """Where ``ident`` was first seen: ``at``, its record's position found when it is -1 (:func:`_take_whole`)."""
    d, i = at
    if i < 0:
        i = next(n for n, item in enumerate(documents[d]["annotations"]) if item["id"] == ident)
    return d, i


def _consumed_record(data: Any, doc_id: str, path: str, title: str) -> dict[str, Any] | None:
    """:func:`_plain_record` made of ``data`` itself (see ``consume`` in :func:`parse_native_records`); a
    record that fails is left as it was, for the long way's message."""
    if type(data) is not dict or data.keys() != _REQUIRED_ANNOTATION_KEYS:
        return None
    data["doc_id"], data["path"], data["title"] = doc_id, path, title
    if record_problems(data, importing=True):
        del data["doc_id"], data["path"], data["title"]
        return None
    return data


def annotation_of(record: dict[str, Any]) -> Annotation:
    """The annotation of a record :func:`parse_native_records` returned (valid, in ``to_dict``'s shape)."""
    g = record.__getitem__
    return Annotation(
        g("id"), g("doc_id"), g("path"), g("title"), g("start"), g("end"), g("text"), g("prefix"), g("suffix"),
        g("color"), g("note"), tuple(g("tags")), g("speaker"), g("created"), g("updated"), g("anchor"),
    )  # fmt: skip


def parse_annotation(data: Any, where: str, *, doc_id: str, path: str, title: str) -> Annotation:
    """One annotation record of a native export; ``where`` names it in error messages.

    The format's shape (keys, types) is checked here; what a valid annotation is (colours, anchor statuses,
    timestamps, non-empty ids, the size limits) is :func:`reader.annotation_rules.refuse_invalid`'s, the rules
    the store reads with, so an import never stores a record the store would skip or mend."""
    record = _plain_record(data, doc_id, path, title)
    if record is not None:  # the usual case; any failure goes the long way for its message
        return annotation_of(record)
    record = _object(data, where, ANNOTATION_KEYS, _REQUIRED_ANNOTATION_KEYS)
    start = checked_offset(record["start"], f"{where}.start")
    end = checked_offset(record["end"], f"{where}.end")
    if start > end:
        raise input_error(where, f"start {start} is after end {end}")
    tags = record["tags"]
    if not isinstance(tags, list):
        raise input_error(f"{where}.tags", f"expected an array of strings, got {describe(tags)}")
    for t, tag in enumerate(tags):
        _string(tag, f"{where}.tags[{t}]")
    speaker = record["speaker"]
    if speaker is not None:
        _string(speaker, f"{where}.speaker")
    annotation = Annotation(
        id=_string(record["id"], f"{where}.id", allow_empty=False),
        doc_id=doc_id,
        path=path,
        title=title,
        start=start,
        end=end,
        text=_string(record["text"], f"{where}.text"),
        prefix=_string(record["prefix"], f"{where}.prefix"),
        suffix=_string(record["suffix"], f"{where}.suffix"),
        color=_string(record["color"], f"{where}.color"),
        note=_string(record["note"], f"{where}.note"),
        tags=tuple(tags),
        speaker=speaker,
        created=_string(record["created"], f"{where}.created"),
        updated=_string(record["updated"], f"{where}.updated"),
        anchor=_string(record["anchor"], f"{where}.anchor"),
    )
    document_where = where.rsplit(".annotations[", 1)[0]
    refuse_invalid(
        annotation.to_dict(),
        lambda field: f"{document_where}.id" if field == "doc_id" else f"{where}.{field}",
    )
    return annotation


def parse_native(data: Any) -> list[Annotation]:
    """The annotations of a parsed native export, in file order; ReaderError says what is wrong, where."""
    return parse_native_documents(data).annotations


def parse_native_documents(data: Any) -> Imported:
    """The annotations of a parsed native export, in file order, and each document's source (the documents
    that have annotations and name one); ReaderError says what is wrong, where. Nothing a source names is
    read or fetched: it is provenance text."""
    records, sources = parse_native_records(data)
    return Imported([annotation_of(record) for record in records], sources)


def parse_native_records(data: Any, *, consume: bool = False) -> tuple[list[dict[str, Any]], dict[str, Source]]:
    """:func:`parse_native_documents` with each annotation as its store record (:meth:`Annotation.to_dict`'s
    fields, checked by the same rules): what ``reader import`` stores, without the objects in between.

    ``consume``: the caller gives ``data`` up (``reader import``: it parsed the file for this), so each valid
    annotation object of it becomes the record itself, its document's id, path and title added: ~0.1 s less
    at 50,000 than a new dict each (made, then freed at exit with the parsed file). The keys are then in
    the file's order, not ``to_dict``'s (JSON objects have none that counts)."""
    plain = _consumed_record if consume else _plain_record
    if not isinstance(data, dict):
        raise input_error("", f"expected a JSON object, got {describe(data)}")
    top: dict[str, Any] = data
    if "format" not in top:
        raise input_error("", 'missing key "format" (expected "reader-annotations")')
    if top["format"] != FORMAT:
        raise input_error("format", f"expected {describe(FORMAT)}, got {describe(top['format'])}")
    if "version" not in top:
        raise input_error("", 'missing key "version"')
    version = top["version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise input_error("version", f"expected an integer, got {describe(version)}")
    if version not in READABLE_VERSIONS:
        raise input_error("version", f"this reader reads version {VERSION} (and 1), not version {version}")
    _object(top, "", _TOP_KEYS, _TOP_KEYS)
    _timestamp(top["exported_at"], "exported_at")
    documents = top["documents"]
    if not isinstance(documents, list):
        raise input_error("documents", f"expected an array, got {describe(documents)}")
    annotations: list[dict[str, Any]] = []
    sources: dict[str, Source] = {}
    seen_docs: dict[str, int] = {}
    seen: dict[str, tuple[int, int]] = {}  # id -> where (formatted only for a message)
    for d, doc_data in enumerate(documents):
        where = f"documents[{d}]"
        doc = _object(doc_data, where, _DOCUMENT_KEYS, _REQUIRED_DOCUMENT_KEYS)
        doc_id = _string(doc["id"], f"{where}.id", allow_empty=False)
        if doc_id in seen_docs:
            raise input_error(f"{where}.id", f"duplicate document id (also documents[{seen_docs[doc_id]}])")
        seen_docs[doc_id] = d
        path = _string(doc["path"], f"{where}.path")
        title = _string(doc["title"], f"{where}.title")
        source = parse_source(doc.get("source"), f"{where}.source")
        records = doc["annotations"]
        if not isinstance(records, list):
            raise input_error(f"{where}.annotations", f"expected an array, got {describe(records)}")
        if source and records:
            sources[doc_id] = source
        if consume and _take_whole(records, doc_id, path, title, d, seen):
            annotations.extend(records)
            continue
        for i, data_item in enumerate(records):
            record = plain(data_item, doc_id, path, title)
            if record is None:
                at = f"{where}.annotations[{i}]"
                record = parse_annotation(data_item, at, doc_id=doc_id, path=path, title=title).to_dict()
            ident = record["id"]
            if ident in seen:
                d0, i0 = _first_seen(documents, seen[ident], ident)
                raise input_error(
                    f"{where}.annotations[{i}].id",
                    f"duplicate annotation id {describe(ident)} (also documents[{d0}].annotations[{i0}])",
                )
            seen[ident] = (d, i)
            annotations.append(record)
    return annotations, sources
