"""The annotation store: one JSON file in TinyDB's table layout, safe for threads and for several processes.

Layout (what TinyDB itself reads: ``{table: {"<int>": record}}``)::

    meta         one record: {"schema_version": 1}
    annotations  Annotation.to_dict() records; identity is the record's UUID ``id``, never TinyDB's key
    documents    {"id", "path", "title", "position", "opened"}, one per document id

Decisions, and why:

* Every operation re-reads the file. A second ``reader`` (or ``reader import``) may have written since, and a
  reader that trusted a cached copy would write that stale copy back and lose the other's changes. TinyDB's
  ``Table`` caches query results and its next key per process, so this module does not go through
  ``Table``: it uses a TinyDB :class:`~tinydb.storages.Storage` subclass (:class:`AtomicJSONStorage`) and
  does each read-modify-write on the raw dict itself, under an in-process ``RLock`` and a ``filelock`` lock
  file. New keys are computed from the file as read under the lock, so two processes never share a key.
* Writes are atomic: a temp file in the same directory, fsync, ``os.replace``, fsync of the directory. A crash
  leaves the old store or the new one, never half of one. Reads take no file lock, for that reason.
* A file that cannot be read (bad JSON, bad UTF-8, wrong shape, 0 bytes, a directory, no permission) raises
  :class:`StoreError` and is never written over nor treated as empty: the user's highlights may be in there.
  A 0-byte file is an error too: a store is never legitimately empty (an empty store is ``{}``), so
  0 bytes means something truncated it. This is checked on every re-read, not only when opening.
* One bad record (wrong field types, impossible offsets, a duplicate id) does not lock the user out of all the
  others: it is skipped with a line in :attr:`Store.warnings` and kept as it is in the file on later writes.
  A record with required fields missing is not ours at all, and makes the store unreadable (StoreError).
* An absent file is an empty store; the file is created on the first write.
"""

from __future__ import annotations

import json
import math
import os
import secrets
import stat
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb.storages import Storage

from reader.annotation import Annotation, utc_now

if TYPE_CHECKING:
    from filelock import FileLock
from reader.errors import ReaderError

Raw = dict[str, dict[str, Any]]
"""The whole store as TinyDB lays it out: table name -> {"<int key>": record}."""

META, ANNOTATIONS, DOCUMENTS = "meta", "annotations", "documents"
LOCK_TIMEOUT = 15.0
"""Seconds to wait for another process's write before giving up with a StoreError."""

_REQUIRED = ("id", "doc_id", "start", "end", "text")
_STR_FIELDS = "id doc_id path title text prefix suffix color note created updated anchor".split()
_MAX_OFFSET = 2**53


class StoreError(ReaderError):
    """The store file cannot be used; the message says which file, what is wrong and how to recover."""


@dataclass(frozen=True)
class DocumentRecord:
    """What the store remembers of a document: where it was, its title, the reading position, when opened."""

    id: str
    path: str
    title: str
    position: int | None
    opened: str


def _tmp_prefix(target: Path) -> str:
    return f".{target.name}.tmp-"


def _invalid(path: Path, why: str) -> StoreError:
    name = path.name
    return StoreError(
        f"{name} is not a valid store ({why}); it was left untouched — move it aside "
        f"(mv {name} {name}.bak) or pass --db to use another store"
    )


def _cannot(action: str, path: Path, error: OSError | str) -> StoreError:
    """``cannot <action> <file>: <reason>; ...``: a problem with the file system, not with the content."""
    reason = error if isinstance(error, str) else error.strerror or str(error)
    return StoreError(f"cannot {action} {path.name}: {reason}; pass --db to use another store")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number out of range: {text[:20]}")
    return value


def _no_constant(text: str) -> Any:
    raise ValueError(f"non-standard JSON constant {text}")


class AtomicJSONStorage(Storage):
    """A TinyDB storage that validates what it reads and replaces the file atomically when it writes.

    A symlinked store is written through to its target, so the link stays a link; the target's mode is kept.
    ``read`` returns None for an absent file and raises StoreError for anything it cannot trust.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        """Open (and check) the store at ``path``. An absent file is an empty store, created on first write;
        a 0-byte file, bad JSON or a wrong shape is a StoreError, and the file stays as it was."""
        self.path = Path(path)

    def target(self) -> Path:
        """The real file behind ``path`` (itself when it is not a symlink)."""
        return Path(os.path.realpath(self.path))

    def read(self) -> Raw | None:
        try:
            blob = self.path.read_bytes()
        except FileNotFoundError:
            if self.path.is_symlink() or self.path.parent.is_dir():
                return None
            raise _cannot("create", self.path, f"directory {self.path.parent} does not exist") from None
        except IsADirectoryError:
            raise _invalid(self.path, "it is a directory") from None
        except OSError as error:  # permission denied, I/O error, ...
            raise _cannot("read", self.path, error) from None
        return self.parse(blob)

    def parse(self, blob: bytes) -> Raw:
        """Decode and check ``blob``; StoreError on anything that is not a store in TinyDB's layout."""
        if not blob:
            raise _invalid(self.path, "the file is empty, 0 bytes")
        try:
            text = blob.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise _invalid(self.path, f"invalid UTF-8 at byte {error.start}") from None
        try:
            data = json.loads(text, parse_float=_finite_float, parse_constant=_no_constant)
        except json.JSONDecodeError as error:
            if error.msg == "Extra data":
                why = f"unexpected data after the JSON at line {error.lineno}, column {error.colno}"
            elif not text[error.pos :].strip() or (
                error.msg.startswith("Unterminated string") and '"' not in text[error.pos + 1 :]
            ):
                why = f"truncated JSON at line {error.lineno}, column {error.colno}"
            else:
                why = f"invalid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
            raise _invalid(self.path, why) from None
        except RecursionError:
            raise _invalid(self.path, "JSON nested too deeply") from None
        except ValueError as error:  # a huge number, NaN, Infinity
            raise _invalid(self.path, str(error).splitlines()[0][:80]) from None
        if not isinstance(data, dict):
            kind = {list: "an array", str: "a string", type(None): "null"}.get(type(data), "a number")
            raise _invalid(self.path, f"the top level is {kind}, not an object of tables")
        for name, table in data.items():
            if not isinstance(table, dict):
                raise _invalid(self.path, f"table {name!r} is not an object of records")
            for key, record in table.items():
                if not (key.isascii() and key.isdigit()) or len(key) > 18:
                    raise _invalid(self.path, f"record key {key[:20]!r} in table {name!r} is not a number")
                if not isinstance(record, dict):
                    raise _invalid(self.path, f"record {key} in table {name!r} is not an object")
        return data

    def write(self, data: Raw) -> None:
        target = self.target()
        try:
            encoded = json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: escape it rather than write invalid UTF-8
            encoded = json.dumps(data, ensure_ascii=True, indent=1, allow_nan=False).encode("ascii")
        except (ValueError, RecursionError) as error:
            raise _cannot("write", self.path, str(error)[:80]) from None
        try:
            mode: int | None = stat.S_IMODE(target.stat().st_mode)
        except FileNotFoundError:
            mode = None
        except OSError as error:
            raise _cannot("write", self.path, error) from None
        tmp = target.with_name(_tmp_prefix(target) + secrets.token_hex(6))
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # umask applies to a new store
            try:
                if mode is not None:
                    os.fchmod(fd, mode)
                view = memoryview(encoded + b"\n")
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, target)
        except OSError as error:
            tmp.unlink(missing_ok=True)
            raise _cannot("write", self.path, error) from None  # the old store is still there, whole
        try:
            dir_fd = os.open(target.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        except OSError:
            pass  # some file systems cannot fsync a directory; the rename itself is done

    def stale_temp_files(self) -> list[Path]:
        target = self.target()
        try:
            return sorted(p for p in target.parent.iterdir() if p.name.startswith(_tmp_prefix(target)))
        except OSError:
            return []


Migration = Callable[[Raw], Raw]
MIGRATIONS: dict[int, Migration] = {}
"""Version N -> a function upgrading a version-N store dict to N + 1. Version 1 is the first: none yet."""


class Store:
    """Annotations, documents and reading positions in one JSON file. Thread-safe; safe across processes.

    Construct with the store's path; an unreadable store raises :class:`StoreError` and is left untouched.
    """

    SCHEMA_VERSION = 1

    def __init__(self, path: str | os.PathLike[str]) -> None:
        """Open (and check) the store at ``path``. An absent file is an empty store, created on first write;
        a 0-byte file, bad JSON or a wrong shape is a StoreError, and the file stays as it was."""
        self.path = Path(path)
        self.warnings: list[str] = []
        """Skipped records of the latest read, one line each (the records themselves stay in the file)."""
        self._storage = AtomicJSONStorage(self.path)
        self._lock = threading.RLock()
        self._file_locks: dict[Path, FileLock] = {}
        self._closed = False
        self._load()
        self._remove_stale_temp_files()

    # -- reading -----------------------------------------------------------------------------------------

    def annotations_for(self, doc_id: str) -> list[Annotation]:
        """The annotations of one document, in reading order: by (start, end, created)."""
        return sorted((a for a in self._load().annotations if a.doc_id == doc_id), key=_reading_order)

    def annotations_for_path(self, path: str) -> list[Annotation]:
        """Annotations made on ``path`` under any document id: what to re-anchor when that file changed."""
        return sorted((a for a in self._load().annotations if a.path == path), key=_reading_order)

    def all_annotations(self) -> list[Annotation]:
        """Every annotation, grouped by document, each group in reading order."""
        return sorted(self._load().annotations, key=lambda a: (a.doc_id, *_reading_order(a)))

    def get(self, annotation_id: str) -> Annotation | None:
        return next((a for a in self._load().annotations if a.id == annotation_id), None)

    def documents(self) -> list[DocumentRecord]:
        """Every remembered document, most recently opened first."""
        return sorted(self._load().documents.values(), key=lambda d: d.opened, reverse=True)

    def position(self, doc_id: str) -> int | None:
        record = self._load().documents.get(doc_id)
        return None if record is None else record.position

    # -- writing -----------------------------------------------------------------------------------------

    def add(self, annotation: Annotation) -> None:
        """Store a new annotation (an existing one with the same id is replaced, never duplicated)."""
        self.put_many([annotation])

    def update(self, annotation: Annotation) -> None:
        """Replace the annotation with this id; insert it when it is missing (e.g. deleted elsewhere)."""
        self.put_many([annotation])

    def put_many(self, annotations: Iterable[Annotation]) -> None:
        """Upsert by id in one locked read-modify-write: an import or a re-anchoring is all-or-nothing."""
        batch = list(annotations)
        if batch:
            with self._transaction() as data:
                _upsert(data.setdefault(ANNOTATIONS, {}), batch)

    def delete(self, annotation_id: str) -> None:
        """Remove the annotation (every record with this id, so a duplicate cannot bring it back)."""
        with self._transaction() as data:
            table = data.get(ANNOTATIONS, {})
            for key in [k for k, record in table.items() if record.get("id") == annotation_id]:
                del table[key]

    def replace_all_for(self, doc_id: str, annotations: Iterable[Annotation]) -> None:
        """Make ``annotations`` the whole set for ``doc_id`` in one write (others of it are removed)."""
        batch = list(annotations)
        keep = {a.id for a in batch}
        with self._transaction() as data:
            table = data.setdefault(ANNOTATIONS, {})
            for key in [k for k, r in table.items() if r.get("doc_id") == doc_id and r.get("id") not in keep]:
                del table[key]
            _upsert(table, batch)

    def remember_document(self, doc_id: str, *, path: str, title: str) -> None:
        """Record that the document was opened now (its reading position is kept)."""
        self._put_document(doc_id, path, title, None)

    def save_position(self, doc_id: str, offset: int, *, path: str, title: str) -> None:
        """Remember where the reader is in the document, to come back there next time."""
        if not _is_offset(offset):
            raise ValueError(f"not a text offset: {offset!r}")
        self._put_document(doc_id, path, title, offset)

    def close(self) -> None:
        """Any later call raises StoreError. Nothing is buffered, so there is nothing to flush."""
        with self._lock:
            self._closed = True
            self._file_locks.clear()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @staticmethod
    def move_aside(path: str | os.PathLike[str]) -> Path:
        """Rename a broken store to ``<name>.corrupt-YYYYmmddTHHMMSSZ`` and return the new path.

        Only after the user agreed. A symlinked store's target is moved, so the link stays where it is and
        the next write creates a fresh target through it.
        """
        source = Path(os.path.realpath(path))
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        aside = source.with_name(f"{source.name}.corrupt-{stamp}")
        number = 1
        while aside.exists() or aside.is_symlink():
            aside = source.with_name(f"{source.name}.corrupt-{stamp}-{number}")
            number += 1
        try:
            os.rename(source, aside)
        except OSError as error:
            raise _cannot("move aside", source, error) from None
        return aside

    # -- internals ---------------------------------------------------------------------------------------

    def _read(self) -> Raw:
        """The store as on disk now, checked and migrated; ``{}`` when there is no file yet."""
        with self._lock:
            if self._closed:
                raise StoreError(f"the store {self.path.name} was closed")
            data = self._storage.read()
            return {} if data is None else self.migrate(data)

    def _load(self) -> _View:
        """Read the store and parse its records; bad ones become :attr:`warnings`."""
        with self._lock:
            view = _parse(self._read(), self.path)
            self.warnings = view.warnings
            return view

    def migrate(self, data: Raw) -> Raw:
        """Bring a store written by an older reader up to :attr:`SCHEMA_VERSION` (saved on the next write).

        A store without ``meta`` (e.g. the ``{}`` a fresh clone ships) counts as the current version. This is
        the hook for later versions: add a step to :data:`MIGRATIONS`.
        """
        meta: dict[str, Any] = next(iter((data.get(META) or {}).values()), {})
        version = meta.get("schema_version", self.SCHEMA_VERSION)
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise _invalid(self.path, f"schema_version {str(version)[:20]!r} is not a version number")
        if version > self.SCHEMA_VERSION:
            raise StoreError(
                f"{self.path.name} was written by a newer reader (store schema {version}, this reader "
                f"knows {self.SCHEMA_VERSION}); upgrade reader, or pass --db to use another store"
            )
        while version < self.SCHEMA_VERSION:
            step = MIGRATIONS.get(version)
            if step is None:
                raise _invalid(self.path, f"no migration from schema version {version}")
            data = step(data)
            version += 1
        data[META] = {"1": {**meta, "schema_version": self.SCHEMA_VERSION}}
        for key, record in data.get(ANNOTATIONS, {}).items():
            missing = [name for name in _REQUIRED if name not in record]
            if missing:
                raise _invalid(self.path, f"annotation record {key} has no {', '.join(missing)}")
        return data

    def _put_document(self, doc_id: str, path: str, title: str, offset: int | None) -> None:
        """Upsert a document record; ``offset`` None: keep the position and mark it opened now."""
        with self._transaction() as data:
            table = data.setdefault(DOCUMENTS, {})
            key, old = _find(table, doc_id)
            kept, opened = (old or {}).get("position"), (old or {}).get("opened")
            if offset is None or not isinstance(opened, str):
                opened = utc_now()
            position = offset if offset is not None else kept if _is_offset(kept) else None
            table[key] = dict(id=doc_id, path=path, title=title, position=position, opened=opened)

    @contextmanager
    def _transaction(self) -> Iterator[Raw]:
        """Lock (thread, then file), read the store fresh, let the caller change it, write it atomically."""
        with self._lock:
            from filelock import Timeout

            lock = self._file_lock()
            try:
                lock.acquire(timeout=LOCK_TIMEOUT)
            except Timeout:
                raise StoreError(
                    f"{self.path.name} is locked by another reader (lock file {lock.lock_file}); "
                    "try again, or remove the lock file if no reader is running"
                ) from None
            except OSError as error:
                raise _cannot("lock", self.path, error) from None
            try:
                data = self._read()
                self.warnings = _parse(data, self.path).warnings
                yield data
                self._storage.write(data)
            finally:
                lock.release()

    def _file_lock(self) -> FileLock:
        # filelock is imported on the first write: it costs ~40 ms of start-up that reading does not need.
        from filelock import FileLock

        target = self._storage.target()
        lock = self._file_locks.get(target)
        if lock is None:
            lock = self._file_locks[target] = FileLock(str(target) + ".lock")
        return lock

    def _remove_stale_temp_files(self) -> None:
        """Delete temp files left by a crash mid-write; under the file lock, so never a live writer's."""
        if not self._storage.stale_temp_files():
            return
        from filelock import Timeout

        lock = self._file_lock()
        try:
            lock.acquire(timeout=1)
        except (Timeout, OSError):
            return  # another writer is active (or the directory is read-only): clean up another time
        try:
            for stale in self._storage.stale_temp_files():
                stale.unlink(missing_ok=True)
        except OSError:
            pass
        finally:
            lock.release()


@dataclass
class _View:
    """One read of the store, parsed: the usable records and a warning for each skipped one."""

    annotations: list[Annotation]
    documents: dict[str, DocumentRecord]
    warnings: list[str]


def _parse(data: Raw, path: Path) -> _View:
    view = _View([], {}, [])
    seen: set[str] = set()
    for key, record in data.get(ANNOTATIONS, {}).items():
        problem = _annotation_problem(record)
        if problem is None and record["id"] in seen:
            problem = f"duplicate id {record['id'][:40]!r}"
        if problem is not None:
            view.warnings.append(f"{path.name}: annotation record {key} skipped ({problem}); it is kept in the file")
            continue
        seen.add(record["id"])
        view.annotations.append(Annotation.from_dict(record))
    for key, record in data.get(DOCUMENTS, {}).items():
        try:
            fields = {name: _text(record, name) for name in ("id", "path", "title", "opened")}
            document = DocumentRecord(**fields, position=_position(record.get("position")))
        except (KeyError, TypeError) as error:
            view.warnings.append(f"{path.name}: document record {key} skipped ({error}); it is kept as is")
            continue
        view.documents.setdefault(document.id, document)
    return view


def _upsert(table: dict[str, dict[str, Any]], batch: list[Annotation]) -> None:
    """Replace the first record with each id, append the others under fresh keys."""
    pending = {a.id: a for a in batch}
    for key, record in table.items():
        annotation_id = record.get("id")
        if isinstance(annotation_id, str) and annotation_id in pending:
            table[key] = pending.pop(annotation_id).to_dict()
    if pending:
        # One scan for the next free key, then count up: a per-record scan made large imports quadratic.
        next_key = int(_next_key(table))
        for offset, annotation in enumerate(pending.values()):
            table[str(next_key + offset)] = annotation.to_dict()


def _reading_order(annotation: Annotation) -> tuple[int, int, str]:
    return (annotation.start, annotation.end, annotation.created)


def _next_key(table: dict[str, Any]) -> str:
    """One more than the largest key in the table as read under the lock, so processes never collide."""
    return str(max((int(key) for key in table), default=0) + 1)


def _find(table: dict[str, dict[str, Any]], record_id: str) -> tuple[str, dict[str, Any] | None]:
    for key, record in table.items():
        if record.get("id") == record_id:
            return key, record
    return _next_key(table), None


def _is_offset(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < _MAX_OFFSET


def _text(record: dict[str, Any], name: str) -> str:
    value = record[name]
    if not isinstance(value, str):
        raise TypeError(f"{name} is not a string")
    return value


def _position(value: Any) -> int | None:
    if value is not None and not _is_offset(value):
        raise TypeError("position is not an offset")
    return value  # type: ignore[no-any-return]


def _annotation_problem(record: dict[str, Any]) -> str | None:
    """Why ``record`` cannot be an Annotation, or None when it can (missing fields are caught earlier)."""
    for name in _STR_FIELDS:
        if name in record and not isinstance(record[name], str):
            return f"{name} is not a string"
    if not record.get("id"):
        return "empty id"
    if not (_is_offset(record["start"]) and _is_offset(record["end"]) and record["start"] <= record["end"]):
        return "start/end are not offsets with start <= end"
    tags = record.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        return "tags is not a list of strings"
    speaker = record.get("speaker")
    if speaker is not None and not isinstance(speaker, str):
        return "speaker is not a string"
    return None
