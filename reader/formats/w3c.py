"""W3C Web Annotation Data Model (JSON-LD) export and import.

Export decisions:
* The file is one ``AnnotationCollection`` with its single page embedded (``first``), not a bare list: that is
  the model's own container (section 5), it carries ``total`` and a label, and it is what annotation servers
  serve::

      {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:uuid:...", "type": "AnnotationCollection",
       "label": "...", "total": N, "generated": "...Z",
       "first": {"id": "urn:uuid:...", "type": "AnnotationPage", "startIndex": 0, "items": [...]}}

  The collection and page ids are UUID5s of the export time, so an export is deterministic given that time.
* Every annotation also carries ``"@context"`` so it is valid on its own (the W3C test suite checks
  annotations one by one). Its ``id`` is ``urn:uuid:<uuid>``; ``motivation`` is ``commenting`` when there is a
  note, else ``highlighting``; ``body`` lists a ``TextualBody`` (purpose ``commenting``, ``text/plain``) for
  the note and one (purpose ``tagging``) per tag, and is absent for a bare highlight; ``target`` has the
  document's address as ``source`` and a ``TextQuoteSelector`` (exact, prefix, suffix) and a
  ``TextPositionSelector`` (start, end): the shape annotation servers such as Hypothesis anchor on.
* ``target.source`` (:func:`source_uri`) is the page's URL for a document read from the web, or a saved page
  that names its canonical URL (its source's ``url``), so an annotation server files the highlight under the
  page itself; else the ``file:`` URI of the local file (absolute, percent-encoded); else the document's id
  when that is a URI (``sha256:...``, as for piped text) or a ``urn:x-quotemark-reader:document:`` name. A URL
  is written percent-encoded where it holds characters a URI may not (spaces, non-ASCII, controls).
* ``created``/``modified`` are written as the model asks: xsd:dateTime in UTC with ``Z``
  (``2026-11-25T14:00:00.123456Z``; the fraction only when non-zero).
* What the model has no place for - colour, speaker, anchor status, the document's hash id, title, path and
  source (:mod:`reader.provenance`: kind, path, URL, title, author, date...) - goes in an extension
  object under the absolute-IRI key :data:`EXTENSION_KEY` (JSON-LD processors treat an absolute IRI key as a
  property; the W3C schemas allow extra keys). It also keeps any value the model form
  would not give back exactly (an id that is not a UUID, a timestamp not in canonical form), so reader → W3C →
  reader is lossless.

Import reads a collection, a page, a list of annotations or one annotation, and checks each with the store's
own rules (:func:`reader.annotation_rules.refuse_invalid`), so nothing is imported that the store would later
skip or that a native export could not carry (an id of ``urn:uuid:``, an empty extension id, an extension
``created`` that is not a date-time, a note over the size limit). It never reads any file but the import file:
a ``file:`` target names the document (its path, and its file name as the title), it is not opened. Each
document's source comes back from the extension (checked and bounded like the native ``source``); without one,
from the target: an http(s) ``source`` is the page's URL, a ``file:`` URI gives the path as provenance text.

Foreign annotations (Hypothesis, other tools) need only a target with a ``TextQuoteSelector`` and/or
``TextPositionSelector``; notes come from ``commenting`` (or purpose-less) textual bodies and ``bodyValue``, tags
from ``tagging`` bodies. Without a position the annotation is imported as ``orphan`` at offset 0, for
re-anchoring by its quote; a foreign annotation on a file the store does not know keeps the ``file:`` URI as its
document id, and moves to the document's real id when that file is opened (re-anchoring by path).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from reader.annotation import Annotation, utc_now
from reader.annotation_rules import refuse_invalid
from reader.formats import ExportDocument, Imported, checked_offset, input_error, sorted_documents
from reader.provenance import Source, clean_source, is_web_url, parse_source, uri_text

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
EXTENSION_KEY = "urn:x-quotemark-reader:annotation"
"""The key of the reader's own data on each annotation (an absolute IRI, so it is namespaced in JSON-LD)."""

DEFAULT_LABEL = "Annotations exported by reader"

_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s\"<>\\^`{|}]*$")

DocumentInfo = tuple[str, str, str]
"""(doc_id, path, title) of the document an annotation's target source names."""

Resolver = Callable[[str], DocumentInfo | None]


# -- time and ids ------------------------------------------------------------------------------------------


def to_w3c_time(value: str) -> str | None:
    """``value`` (ISO 8601) as xsd:dateTime in UTC with ``Z``; None when it is not a date-time.

    A time without a zone is taken as UTC (the reader only writes UTC)."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        moment = moment.astimezone(UTC)
    except OverflowError:  # year 1 or 9999 moved past the edge by its offset
        return None
    text = moment.strftime("%Y-%m-%dT%H:%M:%S")
    if moment.year < 1000:  # strftime does not pad years on every platform
        text = f"{moment.year:04d}" + text[text.index("-") :]
    if moment.microsecond:
        text += f".{moment.microsecond:06d}"
    return text + "Z"


def from_w3c_time(value: str) -> str | None:
    """An xsd:dateTime as the reader writes times (``isoformat``, microseconds); None when invalid."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC).isoformat(timespec="microseconds")
    except OverflowError:
        return None


def _annotation_iri(annotation_id: str) -> tuple[str, bool]:
    """(IRI, exact): the W3C id for a reader id, and whether importing it gives the same id back."""
    try:
        parsed = uuid.UUID(annotation_id)
    except ValueError:
        parsed = None
    if parsed is not None and str(parsed) == annotation_id:
        return f"urn:uuid:{annotation_id}", True
    if _URI.match(annotation_id) and not annotation_id.lower().startswith("urn:uuid:"):
        return annotation_id, True
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'reader-annotation:' + annotation_id)}", False


def _reader_id(iri: str) -> str:
    return iri[len("urn:uuid:") :] if iri.lower().startswith("urn:uuid:") else iri


_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")


def source_uri(doc: ExportDocument) -> str:
    """The target source of a document (see the module note): its page URL, else the file URI of its path,
    else its id when that is a URI, else a URN made from its id. Touches no network; a relative path is made
    absolute by name (as the file was found when it was recorded)."""
    url = doc.source.get("url", "")
    if url and is_web_url(url):
        return uri_text(url)
    for path in (doc.source.get("path", ""), doc.path):
        if not path:
            continue
        if _SCHEME.match(path):  # an address recorded as the path: a page read from the web
            if is_web_url(path):
                return uri_text(path)
            continue
        try:
            if path.startswith("/"):
                return Path(path).as_uri()
            return Path(path).resolve().as_uri()
        except (ValueError, OSError, RuntimeError):
            continue
    if _URI.match(doc.id):
        return doc.id
    return f"urn:x-quotemark-reader:document:{uuid.uuid5(uuid.NAMESPACE_URL, doc.id)}"


def path_from_uri(uri: str) -> str | None:
    """The local path of a ``file:`` URI (None for any other URI)."""
    parts = urlsplit(uri)
    if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
        return None
    return unquote(parts.path)


# -- export ------------------------------------------------------------------------------------------------


def annotation_to_w3c(annotation: Annotation, doc: ExportDocument, source: str | None = None) -> dict[str, Any]:
    """One annotation in the Web Annotation Data Model."""
    iri, exact_id = _annotation_iri(annotation.id)
    extension: dict[str, Any] = {
        "document": doc.id,
        "title": doc.title,
        "path": doc.path,
        "source": dict(doc.source),
        "color": annotation.color,
        "speaker": annotation.speaker,
        "anchor": annotation.anchor,
    }
    if not exact_id:
        extension["id"] = annotation.id
    record: dict[str, Any] = {
        "@context": ANNO_CONTEXT,
        "id": iri,
        "type": "Annotation",
        "motivation": "commenting" if annotation.note else "highlighting",
    }
    for key, value in (("created", annotation.created), ("modified", annotation.updated)):
        w3c_time = to_w3c_time(value)
        if w3c_time is not None:
            record[key] = w3c_time
        if w3c_time is None or from_w3c_time(w3c_time) != value:
            extension["updated" if key == "modified" else "created"] = value
    body: list[dict[str, Any]] = []
    if annotation.note:
        body.append({"type": "TextualBody", "value": annotation.note, "purpose": "commenting", "format": "text/plain"})
    body.extend({"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in annotation.tags)
    if body:
        record["body"] = body
    record["target"] = {
        "source": source if source is not None else source_uri(doc),
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": annotation.text,
                "prefix": annotation.prefix,
                "suffix": annotation.suffix,
            },
            {"type": "TextPositionSelector", "start": annotation.start, "end": annotation.end},
        ],
    }
    record[EXTENSION_KEY] = extension
    return record


def export_w3c(documents: Iterable[ExportDocument], exported_at: str, *, label: str = DEFAULT_LABEL) -> dict[str, Any]:
    """All annotations of ``documents`` as one W3C ``AnnotationCollection``, sorted like the native export."""
    items: list[dict[str, Any]] = []
    for doc in sorted_documents(documents):
        source = source_uri(doc)
        items.extend(annotation_to_w3c(annotation, doc, source) for annotation in doc.annotations)
    collection: dict[str, Any] = {
        "@context": ANNO_CONTEXT,
        "id": f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'reader-collection:' + exported_at)}",
        "type": "AnnotationCollection",
        "label": label,
        "total": len(items),
    }
    generated = to_w3c_time(exported_at)
    if generated is not None:
        collection["generated"] = generated
    collection["first"] = {
        "id": f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'reader-page:' + exported_at)}",
        "type": "AnnotationPage",
        "startIndex": 0,
        "items": items,
    }
    return collection


# -- import ------------------------------------------------------------------------------------------------


def _types(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str)]
    return []


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _items(data: Any) -> tuple[list[Any], str]:
    """The annotations of a collection, page, list or single annotation, and the path prefix for messages."""
    if isinstance(data, list):
        return data, ""
    if not isinstance(data, dict):
        raise input_error("", "expected a W3C Annotation, AnnotationPage or AnnotationCollection object")
    kinds = _types(data.get("type"))
    if "AnnotationCollection" in kinds:
        first = data.get("first")
        if first is None:
            # Empty only when it says so (or holds nothing at all): annotations put in ``items`` instead of an
            # embedded first page were dropped without a word
            if data.get("total") == 0 or ("total" not in data and "items" not in data):
                return [], ""
            raise input_error("first", "missing: the collection has no embedded first page (an AnnotationCollection "
                              "keeps its annotations in first.items)")
        if not isinstance(first, dict):
            raise input_error("first", "pages linked by URI are not supported; embed the AnnotationPage")
        if "next" in first and first["next"] is not None:
            raise input_error("first.next", "multi-page collections are not supported; embed all items in one page")
        items = first.get("items")
        if not isinstance(items, list):
            raise input_error("first.items", "expected an array of annotations")
        return items, "first.items"
    if "AnnotationPage" in kinds:
        items = data.get("items")
        if not isinstance(items, list):
            raise input_error("items", "expected an array of annotations")
        return items, "items"
    return [data], ""


def _target(record: dict[str, Any], where: str) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """(source, quote selector, position selector) of the first target that has a text selector."""
    targets = _as_list(record.get("target"))
    if not targets:
        raise input_error(where, 'missing key "target"')
    for t, target in enumerate(targets):
        if not isinstance(target, dict):
            continue
        source = target.get("source", target.get("id", ""))
        if not isinstance(source, str):
            raise input_error(f"{where}.target[{t}].source", "expected a URI string")
        quote: dict[str, Any] = {}
        position: dict[str, Any] = {}
        for selector in _as_list(target.get("selector")):
            if not isinstance(selector, dict):
                continue
            kinds = _types(selector.get("type"))
            if "TextQuoteSelector" in kinds and not quote:
                quote = selector
            elif "TextPositionSelector" in kinds and not position:
                position = selector
        if quote or position:
            return source, quote, position
    raise input_error(
        f"{where}.target", "no TextQuoteSelector or TextPositionSelector: nothing to anchor the highlight to"
    )


def _str_field(mapping: dict[str, Any], key: str, where: str, default: str = "") -> str:
    value = mapping.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise input_error(f"{where}.{key}", f"expected a string, got {type(value).__name__}")
    return value


def _bodies(record: dict[str, Any], where: str) -> tuple[str, tuple[str, ...]]:
    notes: list[str] = []
    tags: list[str] = []
    if "bodyValue" in record:
        notes.append(_str_field(record, "bodyValue", where))
    for b, body in enumerate(_as_list(record.get("body"))):
        if not isinstance(body, dict):
            continue  # a body given by URI: nothing the reader can show
        purposes = _types(body.get("purpose"))
        value = body.get("value")
        if value is None:
            continue
        if not isinstance(value, str):
            raise input_error(f"{where}.body[{b}].value", "expected a string")
        if "tagging" in purposes:
            tags.append(value)
        elif not purposes or {"commenting", "describing", "replying", "editing"} & set(purposes):
            notes.append(value)
    return "\n\n".join(notes), tuple(tags)


def _time(record: dict[str, Any], key: str, where: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise input_error(f"{where}.{key}", "expected an xsd:dateTime string")
    converted = from_w3c_time(value)
    if converted is None:
        raise input_error(f"{where}.{key}", f"expected an xsd:dateTime, got {value[:40]!r}")
    return converted


def _default_resolver(source: str) -> DocumentInfo:
    path = path_from_uri(source)
    if path is not None:
        return source, path, Path(path).name
    return source, "", source


def annotation_from_w3c(record: Any, where: str, resolve: Resolver | None = None) -> Annotation:
    """One W3C annotation as a reader Annotation; ``where`` names it in error messages."""
    return _annotation_and_source(record, where, resolve)[0]


def target_source(source: str) -> Source:
    """The provenance a bare target ``source`` gives: an http(s) URL is the page's address, a ``file:`` URI
    the local path (text only: nothing is opened), anything else nothing."""
    if is_web_url(source):
        return clean_source({"url": source})
    path = path_from_uri(source)
    return clean_source({"path": path}) if path else {}


def _annotation_and_source(record: Any, where: str, resolve: Resolver | None) -> tuple[Annotation, Source]:
    """One W3C annotation and the source of its document (the extension's, else what its target says)."""
    if not isinstance(record, dict):
        raise input_error(where, "expected an Annotation object")
    if "Annotation" not in _types(record.get("type")):
        raise input_error(f"{where}.type", 'expected "Annotation"')
    raw_id = record.get("id")
    if not isinstance(raw_id, str) or not raw_id:
        raise input_error(f"{where}.id", "expected the annotation's IRI (a non-empty string)")
    source, quote, position = _target(record, where)
    extension = record.get(EXTENSION_KEY)
    if extension is not None and not isinstance(extension, dict):
        raise input_error(f"{where}.{EXTENSION_KEY}", "expected an object")
    ext: dict[str, Any] = extension or {}
    ext_where = f"{where}.{EXTENSION_KEY}"

    text = _str_field(quote, "exact", f"{where}.target.selector")
    prefix = _str_field(quote, "prefix", f"{where}.target.selector")
    suffix = _str_field(quote, "suffix", f"{where}.target.selector")
    if position:
        start = checked_offset(position.get("start"), f"{where}.target.selector.start")
        end = checked_offset(position.get("end"), f"{where}.target.selector.end")
        if start > end:
            raise input_error(f"{where}.target.selector", f"start {start} is after end {end}")
        anchor = "exact"
    else:
        start = end = 0
        anchor = "orphan"
    note, tags = _bodies(record, where)

    created = _time(record, "created", where)
    updated = _time(record, "modified", where)
    created = _str_field(ext, "created", ext_where, created or updated or "") or utc_now()
    updated = _str_field(ext, "updated", ext_where, updated or created)

    if "document" in ext:
        doc_id = _str_field(ext, "document", ext_where)
        path = _str_field(ext, "path", ext_where)
        title = _str_field(ext, "title", ext_where)
        if not doc_id:
            raise input_error(f"{ext_where}.document", "expected a non-empty document id")
    else:
        found = resolve(source) if resolve is not None else None
        doc_id, path, title = found if found is not None else _default_resolver(source)
    color = _str_field(ext, "color", ext_where, "yellow")
    anchor = _str_field(ext, "anchor", ext_where, anchor)
    speaker = ext.get("speaker")
    if speaker is not None and not isinstance(speaker, str):
        raise input_error(f"{ext_where}.speaker", "expected a string or null")
    annotation_id = _str_field(ext, "id", ext_where, _reader_id(raw_id))
    annotation = Annotation(
        id=annotation_id,
        doc_id=doc_id,
        path=path,
        title=title,
        start=start,
        end=end,
        text=text,
        prefix=prefix,
        suffix=suffix,
        color=color,
        note=note,
        tags=tags,
        speaker=speaker,
        created=created,
        updated=updated,
        anchor=anchor,
    )
    refuse_invalid(annotation.to_dict(), lambda field: _place(field, where, ext))
    if "source" in ext:
        return annotation, parse_source(ext["source"], f"{ext_where}.source")
    return annotation, target_source(source)


def _place(field: str, where: str, ext: dict[str, Any]) -> str:
    """Where a record field came from in a W3C annotation, for an import error message."""
    ext_where = f"{where}.{EXTENSION_KEY}"
    if field in ("color", "anchor", "speaker", "path", "title") or field in ext:
        return f"{ext_where}.{field}"
    if field == "doc_id":
        return f"{ext_where}.document" if "document" in ext else f"{where}.target.source"
    if field in ("note", "tags"):
        return f"{where}.body"
    if field in ("text", "prefix", "suffix", "start", "end"):
        return f"{where}.target.selector"
    return f"{where}.modified" if field == "updated" else f"{where}.{field}"


def parse_w3c(data: Any, resolve: Resolver | None = None) -> list[Annotation]:
    """Annotations from parsed W3C JSON-LD (collection, page, list or one annotation).

    ``resolve(source_uri)`` maps a target source with no reader extension to ``(doc_id, path, title)``;
    without it (or when it returns None) a ``file:`` URI gives its path and the URI itself is the document id.
    Raises ReaderError saying what is wrong and where (``first.items[3].target.selector.start: ...``).
    """
    return parse_w3c_documents(data, resolve).annotations


def parse_w3c_documents(data: Any, resolve: Resolver | None = None) -> Imported:
    """:func:`parse_w3c`'s annotations and the source of each of their documents (the first annotation of a
    document that gives one decides)."""
    items, prefix = _items(data)
    single = isinstance(data, dict) and not prefix and "Annotation" in _types(data.get("type"))
    annotations: list[Annotation] = []
    sources: dict[str, Source] = {}
    seen: dict[str, str] = {}
    for i, record in enumerate(items):
        where = "annotation" if single else f"{prefix}[{i}]"
        annotation, source = _annotation_and_source(record, where, resolve)
        if annotation.id in seen:
            raise input_error(f"{where}.id", f"duplicate annotation id (also {seen[annotation.id]})")
        seen[annotation.id] = where
        annotations.append(annotation)
        if source and annotation.doc_id not in sources:
            sources[annotation.doc_id] = source
    return Imported(annotations, sources)
