"""How the store file is laid out when reader writes it, and the index beside it that lets a large store be read
one document at a time.

Why: at 100,000 annotations the store file is ~70 MB of JSON, and ``json.loads`` of it takes ~2 s (holding the
interpreter lock, so a thread does not help the UI). The reading screen needs one document's highlights and the
documents table; the library needs counts. So a fold writes the file so that each document's records are one
contiguous run of bytes, and ``<store>.index`` beside it says where each run is:

* The file stays exactly TinyDB's layout (``{table: {"<key>": record}}``): other tables and ``meta`` first,
  then ``documents``, then ``annotations`` with its records grouped by document id (in key order inside a
  group), written compactly (``separators=(",", ":")``: the C encoder; ``indent`` makes ``json`` use its
  pure-Python encoder, ~1.5x slower and 10% larger), as escaped ASCII past :data:`READABLE_RECORDS`. Only
  the order of the records in the file changes, never a key or a record. (A record id written twice under two
  documents - only a hand-edited file has that - may then count its other copy as the first; nothing is lost
  either way.)
* ``<store>.index`` is three lines of JSON. Line 1: the format and the store file's signature (device, inode,
  size, mtime) as written, and the byte range of the documents table. Line 2: one entry per run of up to
  :data:`RUN_RECORDS` records of one document, ``[doc_id, start, end, records, notes, [paths]]``. Line 3: the
  record ids of each run, read only when asked (the library's counts with a journal to apply), as it is the
  largest part.
* The index is trusted only while the store file's signature is the one it names: a file written by anything
  else (an older reader, an editor, a tool, a crash before the index was written) has another inode, size or
  mtime, and is read and checked whole, as before. So a damaged store is still refused on open, before the
  app takes the terminal, and a store reader wrote itself (checked when it was written) opens by reading the
  small index line only. A range that does not parse as records is treated as a stale index (the caller reads
  the whole file).
* The index is written only for files of :data:`INDEX_MIN_BYTES` or more (a smaller file parses in a few ms);
  a smaller write removes an old index.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from itertools import chain, groupby, repeat
from pathlib import Path
from typing import Any

from reader.bounded_read import open_regular, read_bounded
from reader.store.journal import loads

Raw = dict[str, dict[str, Any]]
META, ANNOTATIONS, DOCUMENTS = "meta", "annotations", "documents"

FORMAT = 1
SUFFIX = ".index"
READABLE_RECORDS = 2000
"""Up to this many annotation records the file is readable UTF-8; a larger store is written as escaped ASCII
(``\u00e9``), which the C encoder makes ~30% faster (a 70 MB file is not read by people; TinyDB reads both)."""
INDEX_MIN_BYTES = 1024 * 1024
"""Store files at least this large get an index (smaller ones are read whole: a few milliseconds)."""
MAX_INDEX_BYTES = 64 * 1024 * 1024
_HEAD_MAX = 4096

RUN_RECORDS = 1000
"""Records per run: a document with more has several runs (in order), each parsed by its own ``json.loads``
(~10-20 ms), so reading 100,000 highlights of one document lets other threads run between runs instead of
holding the interpreter lock for one 1-2 s call."""

Group = list[Any]
"""``[doc_id or None, start, end, records, notes, [paths]]``: one document's run of annotation records."""


def index_path(store_target: Path) -> Path:
    return store_target.with_name(store_target.name + SUFFIX)


def signature_of(st: os.stat_result) -> list[int]:
    """What the index names the store file by: device, inode, size, mtime (ns). An atomic replace makes a new
    inode, any write a new mtime: an index for another file never matches."""
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns]


def _dumps(value: Any, readable: bool = True) -> bytes:
    """Compact JSON by the C encoder: readable UTF-8, or escaped ASCII when asked (faster: see :func:`encode`)
    or when the text holds a lone surrogate (which UTF-8 cannot hold)."""
    if readable:
        try:
            return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
        except UnicodeEncodeError:
            pass
    return json.dumps(value, ensure_ascii=True, separators=(",", ":"), allow_nan=False).encode("ascii")


Piece = bytes | memoryview


@dataclass
class Encoded:
    """A store encoded for writing: its bytes, as pieces, and the index entries (byte ranges within them).

    The pieces are written one after another (:func:`reader.store.file.write_all`), never joined for that:
    each copy of a 36 MB store (a slice, a join) cost ~10-20 ms, mostly in page faults."""

    parts: list[Piece] = field(default_factory=list)
    size: int = 0
    documents: tuple[int, int] = (0, 0)
    groups: list[Group] = field(default_factory=list)
    ids: list[list[Any]] = field(default_factory=list)

    @property
    def data(self) -> bytes:
        """The file's bytes in one piece (joined on each call: for a small store, and for tests)."""
        return b"".join(self.parts)

    def add(self, piece: Piece) -> None:
        self.parts.append(piece)
        self.size += len(piece)

    def index_lines(self, signature: list[int]) -> bytes:
        head = {"format": FORMAT, "store": signature, "documents": list(self.documents)}
        return b"\n".join((_dumps(head), _dumps(self.groups), ids_line(self.ids))) + b"\n"


def ids_line(ids: list[list[Any]]) -> bytes:
    """``_dumps(ids)``, made by joins when every id is a string of printable ASCII with nothing to escape (the
    hex ids reader makes): encoding 50,000 ids one by one was ~10 ms of an import. Anything else: ``_dumps``."""
    try:
        everything = "".join(chain.from_iterable(ids))
    except TypeError:  # an id that is not a string (None, for a record without one)
        return _dumps(ids)
    if not (everything.isascii() and everything.isprintable()) or '"' in everything or "\\" in everything:
        return _dumps(ids)
    runs = ['["' + '","'.join(run) + '"]' if run else "[]" for run in ids]
    return ("[" + ",".join(runs) + "]").encode("ascii")


def encode(raw: Raw) -> Encoded:
    """``raw`` as the file's bytes (TinyDB's layout, records grouped by document, compact) with its index.

    Raises ValueError (NaN, a circular value) like ``json.dumps``."""
    encoded = Encoded()
    add = encoded.add
    add(b"{")
    readable = len(raw.get(ANNOTATIONS, ())) <= READABLE_RECORDS
    names = [name for name in raw if name not in (DOCUMENTS, ANNOTATIONS)] + [DOCUMENTS, ANNOTATIONS]
    first = True
    for name in names:
        table = raw.get(name)
        if table is None:
            continue
        add((b"" if first else b",") + _dumps(name) + b":")
        first = False
        if name == ANNOTATIONS:
            add(b"{")
            _encode_groups(table, encoded, readable)
            add(b"}")
        else:
            body = _dumps(table, readable)
            if name == DOCUMENTS:
                encoded.documents = (encoded.size + 1, encoded.size + len(body) - 1)
            add(body)
    add(b"}\n")
    return encoded


def _encode_groups(table: dict[str, Any], out: Encoded, readable: bool) -> None:
    """Each document's records as runs of bytes, with their index entries. The columns an entry needs (document
    id, note, path, id) are taken by C-level ``map`` calls and runs of one document found by ``groupby``: a
    loop in Python over every record was ~0.1 s of an import of 50,000. A table with anything unusual in it
    (a record that is not a dict, a field of another type) is taken the same way, with the odd values mended
    field by field."""
    keys = list(table)
    records = list(table.values())
    if set(map(type, records)) <= {dict}:
        doc_ids = _column(records, "doc_id")
    else:  # (only a hand-made file: the file layer refuses records that are not objects)
        doc_ids = [record.get("doc_id") if isinstance(record, dict) else None for record in records]
    if not set(map(type, doc_ids)) <= {str}:
        doc_ids = [doc_id if isinstance(doc_id, str) else None for doc_id in doc_ids]
    groups: dict[Any, list[int]] = {}
    for doc_id, consecutive in groupby(range(len(keys)), doc_ids.__getitem__):
        groups.setdefault(doc_id, []).extend(consecutive)
    separator = b""
    for doc_id, positions in groups.items():
        for i in range(0, len(positions), RUN_RECORDS):
            run = positions[i : i + RUN_RECORDS]
            members = dict(zip(map(keys.__getitem__, run), map(records.__getitem__, run), strict=True))
            body = _dumps(members, readable)
            out.add(separator)
            separator = b","
            start = out.size
            out.add(memoryview(body)[1:-1])
            notes, paths, ids = _run_entries(list(members.values()))
            out.groups.append([doc_id, start, out.size, len(run), notes, paths])
            out.ids.append(ids)


def _column(records: list[dict[str, Any]], name: str) -> list[Any]:
    return list(map(dict.get, records, repeat(name)))


def _run_entries(records: list[Any]) -> tuple[int, list[str], list[str | None]]:
    """(records with a note, the distinct paths, the ids or None) of one run's records."""
    if not set(map(type, records)) <= {dict}:
        records = [record if isinstance(record, dict) else {} for record in records]
    notes = _column(records, "note")
    if set(map(type, notes)) <= {str}:  # not blank: not empty, and not all white space
        count = sum(map(bool, notes)) - sum(map(str.isspace, notes))
    else:
        count = sum(1 for note in notes if isinstance(note, str) and note.strip())
    paths = _column(records, "path")
    if not set(map(type, paths)) <= {str}:
        paths = [path for path in paths if isinstance(path, str)]
    ids = _column(records, "id")
    if not set(map(type, ids)) <= {str}:
        ids = [ident if isinstance(ident, str) else None for ident in ids]
    return count, list(dict.fromkeys(paths)), ids


@dataclass
class Index:
    """The index of one store file as read: trusted for that file only (see the module note)."""

    signature: list[int]
    documents: tuple[int, int]
    path: Path
    head: bytes
    """The first line, as read when the index was opened (the rest is read on first use, and must follow
    the same first line: an index replaced in between is not mixed with this one)."""
    _rest: bytes | None = None
    _groups: list[Group] | None = None
    _ids: dict[str, str | None] | None = None

    @property
    def rest(self) -> bytes:
        if self._rest is None:
            try:
                with open_regular(self.path) as handle:
                    data = read_bounded(handle, MAX_INDEX_BYTES)
            except OSError as error:
                raise ValueError(f"index unreadable: {error}") from None
            head, _, rest = data.partition(b"\n")
            if head != self.head:
                raise ValueError("the index was replaced")
            self._rest = rest
        return self._rest

    @property
    def groups(self) -> list[Group]:
        """Every group, parsed on first use (~2,000 entries for 2,000 documents: a few ms)."""
        if self._groups is None:
            line = self.rest.split(b"\n", 1)[0]
            groups = json.loads(line)
            if not isinstance(groups, list) or not all(_is_group(group) for group in groups):
                raise ValueError("bad index groups")
            self._groups = groups
        return self._groups

    def owner(self) -> dict[str, str | None]:
        """Annotation id -> the document id of the group holding it (the ids line, read on first use)."""
        if self._ids is None:
            rest = self.rest
            line = rest.split(b"\n", 1)[1] if b"\n" in rest else b""
            ids = json.loads(line)
            groups = self.groups
            if not isinstance(ids, list) or len(ids) != len(groups):
                raise ValueError("bad index ids")
            owner: dict[str, str | None] = {}
            for group, members in zip(groups, ids, strict=True):
                for ident in members if isinstance(members, list) else ():
                    if isinstance(ident, str):
                        owner.setdefault(ident, group[0])
            self._ids = owner
        return self._ids


def _is_group(group: Any) -> bool:
    return (
        isinstance(group, list)
        and len(group) == 6
        and (group[0] is None or isinstance(group[0], str))
        and all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in group[1:5])
        and group[1] <= group[2]
        and isinstance(group[5], list)
    )


def read_index(store_target: Path, signature: list[int] | None) -> Index | None:
    """The index of the store file whose signature is ``signature``; None when there is none, it is for another
    file, or it cannot be read (the caller then reads the whole store file)."""
    if signature is None or signature[2] < INDEX_MIN_BYTES:
        return None
    path = index_path(store_target)
    try:
        with open_regular(path) as handle:
            head = handle.readline(_HEAD_MAX)
    except OSError:
        return None
    try:
        header = json.loads(head)
    except (ValueError, RecursionError):
        return None
    if not isinstance(header, dict) or header.get("format") != FORMAT or header.get("store") != signature:
        return None
    documents = header.get("documents")
    if not (
        isinstance(documents, list)
        and len(documents) == 2
        and all(isinstance(n, int) and not isinstance(n, bool) and 0 <= n <= signature[2] for n in documents)
    ):
        return None
    return Index(signature, (documents[0], documents[1]), path, head.rstrip(b"\n"))


def read_records(store_path: Path, signature: list[int], start: int, end: int) -> dict[str, Any]:
    """The records in bytes ``start:end`` of the store file (a run the index names), as ``{key: record}``.

    ValueError when the file there is no longer the one the index describes, or the run is not records: the
    caller then reads the whole file, which reports what is wrong."""
    fd = os.open(store_path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    try:
        if signature_of(os.fstat(fd)) != signature or not 0 <= start <= end <= signature[2]:
            raise ValueError("the store file changed")
        chunks, at = [], start
        while at < end:
            chunk = os.pread(fd, end - at, at)
            if not chunk:
                raise ValueError("the store file is shorter than its index says")
            chunks.append(chunk)
            at += len(chunk)
    finally:
        os.close(fd)
    try:
        records = loads(b"{" + b"".join(chunks) + b"}")  # (as the whole file is read: no 1e400 as infinity)
    except (ValueError, RecursionError) as error:
        raise ValueError(f"not records: {error}") from None
    if not isinstance(records, dict) or not all(isinstance(r, dict) for r in records.values()):
        raise ValueError("not records")
    return records
