"""The store's write-ahead journal: ``<store>.journal`` beside the store file, one JSON object per line.

The first line is a header naming this journal instance; every later line is one operation, written (under the
store's file lock) with a single append, then fsync::

    {"op": "journal", "format": 1, "id": "<random hex>"}      the header, written atomically with the file
    {"op": "put", "annotation": {...}}                        upsert by the record's UUID ``id``
    {"op": "delete", "id": "..."}                             remove every record with this id
    {"op": "document", "document": {...}}                     upsert the whole document record by id
    {"op": "batch", "ops": [...]}                             several of the above, all or none

Replaying an operation is idempotent (put and document are upserts by id, delete removes by id), so a journal
whose operations are already in the store file (a crash between compaction's replace of the store and its
replacement of the journal) replays to the same state. Only lines ended by ``\\n`` count: a line without it is
an append that a crash (or a full disk) cut short, never reported as saved, and is ignored. Any *complete* line
that is not a valid operation is corruption: :class:`JournalCorrupt` (the store turns it into a StoreError), and
the file is left as it is. A line is read by the store file's own JSON rules (:func:`loads`): a number out of
a float's range (``1e400``, read by plain ``json.loads`` as infinity) and ``NaN``/``Infinity`` are refused,
so such a line is corruption too, named by its line number. It cannot be skipped and kept as a bad record is:
a fold writes the journal's records into the store file, which cannot hold an infinite number (and refuses
one when read), so a skipped record would make every later fold fail; refused, the line stays in the journal
untouched until the user moves the journal aside. The journal is never edited in place: it is only appended
to, or replaced whole (with a fresh id) when it is folded into the store file. Pure I/O and parsing: no locking
here.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.bounded_read import open_regular, read_bounded

FORMAT = 1
MAX_BYTES = 256 * 1024 * 1024
"""Most bytes read from the journal at once (as for the store file); more is refused, never read into memory."""
SUFFIX = ".journal"
_HEADER_MAX = 4096
_OPS = ("put", "delete", "document", "batch")


class JournalCorrupt(ValueError):
    """A complete line of the journal is not an operation (the message says which line and why)."""


class JournalTooNew(ValueError):
    """The journal was written by a newer reader (its header's format is unknown here)."""


@dataclass
class JournalRead:
    """What one read of the journal found."""

    ident: str
    """The header's id: a new id means a new journal instance (it was folded and replaced)."""
    ops: list[dict[str, Any]] = field(default_factory=list)
    """The operations read (from the requested offset, or from the start for a new instance)."""
    end: int = 0
    """Offset just after the last complete line: where the next read continues."""
    torn: bool = False
    """Bytes after ``end``: an append cut short (or one in progress, for a reader without the lock)."""
    from_start: bool = True
    """False when ``ops`` continue an earlier read of the same instance from its ``end``."""
    inode: int = 0


def journal_path(store_target: Path) -> Path:
    return store_target.with_name(store_target.name + SUFFIX)


def header_line() -> bytes:
    return _dumps({"op": "journal", "format": FORMAT, "id": os.urandom(8).hex()})


def op_line(op: dict[str, Any]) -> bytes:
    return _dumps(op)


def _dumps(value: dict[str, Any]) -> bytes:
    # One line: json.dumps escapes control characters, so the text holds no raw newline. ASCII, so a lone
    # surrogate in a note is escaped rather than written as invalid UTF-8.
    return json.dumps(value, ensure_ascii=True, allow_nan=False, separators=(",", ":")).encode("ascii") + b"\n"


def finite_float(text: str) -> float:
    """``parse_float`` for the store's JSON: a number too large for a float is refused, not read as infinity."""
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number out of range: {text[:20]}")
    return value


def no_constant(text: str) -> Any:
    """``parse_constant`` for the store's JSON: ``NaN``, ``Infinity`` and ``-Infinity`` are refused."""
    raise ValueError(f"non-standard JSON constant {text}")


def loads(data: str | bytes) -> Any:
    """JSON as the store reads it, file and journal alike: no non-finite number (see :func:`finite_float`)."""
    return json.loads(data, parse_float=finite_float, parse_constant=no_constant)


def count(ops: list[dict[str, Any]]) -> int:
    """Number of single operations (a batch counts its members)."""
    return sum(len(op["ops"]) if op["op"] == "batch" else 1 for op in ops)


def weight(ops: list[dict[str, Any]]) -> int:
    """Operations that count toward a fold: puts and deletes. A ``document`` operation (a reading position, a
    document opened) does not: the reading screen saves positions as the reader moves, and those made a 70 MB
    store fold (rewrite itself) every 200 moves. Its bytes still count toward the journal's size limit."""
    total = 0
    for op in ops:
        members = op["ops"] if op["op"] == "batch" else (op,)
        total += sum(1 for member in members if member["op"] != "document")
    return total


def read(path: Path, *, ident: str | None = None, offset: int = 0) -> JournalRead | None:
    """Read the journal at ``path``: None when there is none. When its header id is ``ident`` and it is at least
    ``offset`` bytes long, only what was appended after ``offset`` is read; otherwise all of it."""
    try:
        handle = open_regular(path)  # a FIFO or a device there is refused (an OSError), never waited on or read
    except FileNotFoundError:
        return None
    with handle:
        inode = os.fstat(handle.fileno()).st_ino
        first = handle.readline(_HEADER_MAX)
        if not first:
            raise JournalCorrupt("the file is empty, 0 bytes")
        if not first.endswith(b"\n"):
            raise JournalCorrupt("line 1 is not a journal header")
        header = _header(first)
        size = os.fstat(handle.fileno()).st_size
        from_start = not (ident == header and len(first) <= offset <= size)
        start = len(first) if from_start else offset
        handle.seek(start)
        data = read_bounded(handle, MAX_BYTES, name=str(path))
    result = JournalRead(ident=header, from_start=from_start, inode=inode)
    complete = data.rfind(b"\n") + 1
    result.torn = complete < len(data)
    result.end = start + complete
    position = start
    for number, raw in enumerate(data[:complete].split(b"\n")[:-1], start=2):
        where = f"line {number} (byte {position})" if from_start else f"the line at byte {position}"
        result.ops.append(_operation(raw, where))
        position += len(raw) + 1
    return result


def _header(line: bytes) -> str:
    try:
        header = loads(line)
    except (ValueError, RecursionError):
        raise JournalCorrupt("line 1 is not a journal header") from None
    if not isinstance(header, dict) or header.get("op") != "journal" or not isinstance(header.get("id"), str):
        raise JournalCorrupt("line 1 is not a journal header")
    version = header.get("format")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise JournalCorrupt(f"journal format {str(version)[:20]!r} is not a version number")
    if version > FORMAT:
        raise JournalTooNew(f"journal format {version}, this reader knows {FORMAT}")
    return str(header["id"])


def _operation(line: bytes, where: str) -> dict[str, Any]:
    try:
        op = loads(line)
    except (ValueError, RecursionError) as error:
        raise JournalCorrupt(f"{where} is not JSON ({str(error).splitlines()[0][:60]})") from None
    problem = _op_problem(op)
    if problem is not None:
        raise JournalCorrupt(f"{where} is not an operation ({problem})")
    return op  # type: ignore[no-any-return]


def _op_problem(op: Any, *, nested: bool = False) -> str | None:
    if not isinstance(op, dict) or op.get("op") not in _OPS:
        return "unknown operation"
    kind = op["op"]
    if kind == "put":
        record = op.get("annotation")
        if not isinstance(record, dict) or not isinstance(record.get("id"), str):
            return "put without an annotation record"
        missing = [name for name in ("doc_id", "start", "end", "text") if name not in record]
        if missing:
            return f"annotation has no {', '.join(missing)}"
    elif kind == "delete":
        if not isinstance(op.get("id"), str):
            return "delete without an id"
    elif kind == "document":
        record = op.get("document")
        if not isinstance(record, dict) or not isinstance(record.get("id"), str):
            return "document without a record"
    else:
        members = op.get("ops")
        if nested or not isinstance(members, list):
            return "malformed batch"
        for member in members:
            problem = _op_problem(member, nested=True)
            if problem is not None:
                return problem
    return None
