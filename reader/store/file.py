"""The store's file layer: the JSON file in TinyDB's table layout, written atomically, read and checked.

Why a module of its own: this is everything about the bytes on disk - where the file really is (a symlinked
store is written through to its target, whose mode is kept), how it is replaced (temp file in the same
directory, fsync, ``os.replace``, fsync of the directory: a crash leaves the old file or the new one), which
temp files a crash left behind, and how the raw JSON is parsed and validated into records. The locking, the
journal, caching and the API are :mod:`reader.store.database`'s job; this module takes no lock.

Decisions, and why:

* Anything that is not a store in TinyDB's layout (0 bytes, bad UTF-8 or JSON, NaN, a wrong shape) is a
  StoreError naming the file and how to recover, and the file is left untouched.
* One bad record (wrong field types, impossible offsets, a duplicate id) does not lock the user out of all the
  others: :func:`_parse` skips it with a warning line, and it is kept as it is in the file on later writes. A
  field with an unknown value (a colour, an anchor status, a timestamp) is shown with a default and a warning
  instead: the rules are :mod:`reader.annotation_rules`', shared with the importers.
  (A record with required fields missing is not ours at all: the store refuses it when it migrates.)
* Nothing is written that the reader would refuse to read: a store file larger than :data:`MAX_STORE_BYTES`
  (:meth:`AtomicJSONStorage.write_prepared`, which every rewrite and fold goes through), nor a journal append
  that makes the journal, or the file a fold makes of it, larger (:func:`check_room`). Such a write is a
  :class:`StoreTooLarge` and changes nothing: written, it locked every highlight away (a hostile review).
* A document record may hold the document's ``source`` (kind, path, URL, title, author, date, site, language:
  issue 10's provenance). It is optional (records written before have none, and load as they are) and read
  through :func:`reader.provenance.clean_source`, which never fails: a value of the wrong type, an
  unknown key or kind, a 10 MB title is dropped, mapped or cut, never a reason to skip the record.
* A document record with an empty ``opened`` was made by an import (only to keep its source): the app never
  opened it here, so nothing reads the path it names (see :attr:`DocumentRecord.opened_here`).

The store is the only part of reader that imports tinydb (its ``Storage`` base class, here): only the store's
own modules (``reader.store.*``) may; nothing else.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from reader.annotation import Annotation
from reader.annotation_rules import REQUIRED, Problem, describe, is_offset, record_problems, repaired
from reader.bounded_read import read_regular_file
from reader.errors import ReaderError
from reader.provenance import Source, clean_source
from reader.store import journal as store_journal
from reader.store import layout

Raw = dict[str, dict[str, Any]]
"""The whole store as TinyDB lays it out: table name -> {"<int key>": record}."""

META, ANNOTATIONS, DOCUMENTS = "meta", "annotations", "documents"

MAX_STORE_BYTES = 256 * 1024 * 1024
"""Largest store file (and journal) read: 256 MiB, about 400,000 annotations; a larger file is refused, untouched."""


class StoreError(ReaderError):
    """The store file cannot be used; the message says which file, what is wrong and how to recover."""


class StoreTooLarge(StoreError):
    """A write refused because it would make a file larger than the reader reads (:data:`MAX_STORE_BYTES`, the
    journal's :data:`reader.store.journal.MAX_BYTES`): written, it would have locked every highlight away."""


def too_large(path: Path, size: int, limit: int) -> StoreTooLarge:
    """The one line for a write refused by :func:`check_room` or :meth:`AtomicJSONStorage.write_prepared`."""
    return StoreTooLarge(
        f"cannot save to {_name(path)}: it would grow to {_size(size)}, past the {_size(limit)} that reader reads "
        "(a larger file could not be opened again); nothing was changed — delete highlights or long notes you no "
        "longer need, or pass --db to use another store"
    )


def _size(count: int) -> str:
    mib = 1024 * 1024
    return f"{count:,} bytes" if count < mib else f"{count / mib:.1f} MiB".replace(".0 MiB", " MiB")


def check_room(path: Path, store_bytes: int, journal_bytes: int, line: bytes, *, grows: bool) -> None:
    """Refuse (:class:`StoreTooLarge`) to append ``line`` to a journal of ``journal_bytes`` beside a store file of
    ``store_bytes`` when that makes a file the reader would refuse to read: the journal itself past its limit, or,
    for a line that adds or grows records (a put, a document; ``grows``), the file a fold makes of the two past
    :data:`MAX_STORE_BYTES`. The file's size plus the journal's bounds what a fold writes (a put's line is its
    record, escaped to ASCII, with more framing than the file gives it), so what was appended can be folded; a
    delete only shrinks what a fold writes, and is refused only when the journal itself is full."""
    journal_after = journal_bytes + len(line)
    if journal_after > store_journal.MAX_BYTES:
        raise too_large(store_journal.journal_path(path), journal_after, store_journal.MAX_BYTES)
    if grows and store_bytes + journal_after > MAX_STORE_BYTES:
        raise too_large(path, store_bytes + journal_after, MAX_STORE_BYTES)


@dataclass(frozen=True)
class DocumentRecord:
    """What the store remembers of a document: where it was, its title, the reading position, when opened, and
    where it came from (``source``: :mod:`reader.provenance`; empty for records written before)."""

    id: str
    path: str
    title: str
    position: int | None
    opened: str
    source: Source = field(default_factory=dict)
    length: int | None = None
    """Characters in the document's text when it was last opened (for reading progress); None if unknown."""
    size: int | None = None
    """Bytes of its file when it was last opened (the library marks a file of another size as changed)."""

    @property
    def opened_here(self) -> bool:
        """True when the app opened the document (an import's record has no ``opened``): only then is
        ``path`` a file the app itself read, which an export may read again."""
        return bool(self.opened)


def write_all(fd: int, data: bytes | Sequence[layout.Piece]) -> None:
    """Write all of ``data`` (bytes, or pieces one after another) to ``fd`` (``os.write`` may write less than
    asked), then fsync it."""
    for piece in (data,) if isinstance(data, bytes) else data:
        view = memoryview(piece)
        while view:
            view = view[os.write(fd, view) :]
    os.fsync(fd)


def _tmp_prefix(target: Path) -> str:
    return f".{target.name}.tmp-"


def _name(path: Path) -> str:
    """The store's path for a message, whole: "cannot use tmp" for ``--db /tmp`` named the wrong thing, and a
    ``mv`` command with the bare file name failed from any other folder (a review's finding)."""
    return os.fspath(path)


def move_aside_hint(path: Path) -> str:
    """``mv <path> <path>.bak``, quoted for a shell, to paste as it is."""
    import shlex

    name = _name(path)
    return f"mv {shlex.quote(name)} {shlex.quote(name + '.bak')}"


def _invalid(path: Path, why: str) -> StoreError:
    return StoreError(
        f"{_name(path)} is not a valid store ({why}); it was left untouched — move it aside "
        f"({move_aside_hint(path)}) or pass --db to use another store"
    )


def _cannot(action: str, path: Path, error: OSError | str) -> StoreError:
    """``cannot <action> <file>: <reason>; ...``: a problem with the file system, not with the content."""
    reason = error if isinstance(error, str) else error.strerror or str(error)
    return StoreError(f"cannot {action} {_name(path)}: {reason}; pass --db to use another store")


class AtomicJSONStorage(Storage):
    """A TinyDB storage that validates what it reads and replaces the file atomically when it writes.

    A symlinked store is written through to its target, so the link stays a link; the target's mode is kept.
    ``read`` returns None for an absent file and raises StoreError for anything it cannot trust.
    """

    def __init__(self, path: str | os.PathLike[str], *, create_folders: bool = False) -> None:
        """Open (and check) the store at ``path``. An absent file is an empty store, created on first write;
        a 0-byte file, bad JSON or a wrong shape is a StoreError, and the file stays as it was.
        ``create_folders``: a missing folder is an empty store too (the user store: its folder is made by the
        first write); otherwise it is an error at once."""
        self.path = Path(path)
        self.create_folders = create_folders
        if not self.target().name:  # "/": no file name to put the journal, the lock or a temp file beside
            raise _cannot("use", self.path, "it is a directory, not a store file")

    def target(self) -> Path:
        """The real file behind ``path`` (itself when it is not a symlink)."""
        return Path(os.path.realpath(self.path))

    def read(self) -> Raw | None:
        blob = self.read_blob()
        return None if blob is None else self.parse(blob)

    def read_blob(self) -> bytes | None:
        """The file's bytes; None for an absent file; StoreError for a directory, no permission, ...

        Only a regular file is read, and at most :data:`MAX_STORE_BYTES` of it, counted as read
        (:mod:`reader.bounded_read`): ``--db /dev/zero`` or a FIFO is refused by its type instead of read until
        memory runs out or waited on for ever. An absent file is an empty store only where it can be created:
        a dangling symlink whose target's folder is missing is refused like a missing folder (the folder is
        never created for it); only the user store (``create_folders``) may have a folder that does not exist
        yet."""
        try:
            return read_regular_file(self.path, MAX_STORE_BYTES)
        except FileNotFoundError:
            target = self.target()  # for a dangling symlink: the file it names, to be created there
            if target.parent.is_dir() or (self.create_folders and not self.path.is_symlink()):
                return None
            why = f"directory {target.parent} does not exist"
            if self.path.is_symlink():
                why = f"it is a symlink to {target}, and {why}"
            raise _cannot("create", self.path, why) from None
        except IsADirectoryError:  # nothing to move aside: not "not a valid store (... mv X X.bak)"
            raise _cannot("use", self.path, "it is a directory, not a store file") from None
        except OSError as error:  # permission denied, I/O error, a device or a FIFO, too large, ...
            raise _cannot("read", self.path, error) from None

    def signature(self) -> tuple[int, ...] | None:
        """(device, inode, size, mtime, ctime) of the file now, None when it cannot be stat'ed (absent...).

        An atomic write makes a new inode and a write of any kind a new mtime/ctime, so an unchanged signature
        means an unchanged file (small files are also compared byte for byte; see Store)."""
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)

    def parse(self, blob: bytes) -> Raw:
        """Decode and check ``blob``; StoreError on anything that is not a store in TinyDB's layout."""
        if not blob:
            raise _invalid(self.path, "the file is empty, 0 bytes")
        try:
            text = blob.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise _invalid(self.path, f"invalid UTF-8 at byte {error.start}") from None
        try:
            data = store_journal.loads(text)  # the journal's lines are read by the same rules
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
        self.write_encoded(data)

    def write_encoded(self, data: Raw) -> layout.Encoded:
        """Write ``data`` atomically, with its index when it is large; return what was written."""
        return self.write_prepared(self.encode(data))

    def encode(self, data: Raw) -> layout.Encoded:
        """``data`` as the file's bytes (:mod:`reader.store.layout`: TinyDB's layout, compact, grouped by
        document) and its index; a lone surrogate is escaped rather than written as invalid UTF-8."""
        try:
            return layout.encode(data)
        except (ValueError, RecursionError, TypeError) as error:
            raise _cannot("write", self.path, str(error)[:80]) from None

    def write_prepared(self, encoded: layout.Encoded) -> layout.Encoded:
        """Replace the file by ``encoded`` (atomically), then write its index beside it - or remove an old
        index, for a small file. The index is written after the file because it names the file by its inode
        and mtime; a crash in between leaves an index for another file, which is ignored (the file is then
        read whole, once)."""
        if encoded.size > MAX_STORE_BYTES:  # never a file that the next read refuses (nothing is written)
            raise too_large(self.path, encoded.size, MAX_STORE_BYTES)
        target = self.target()
        try:
            mode: int | None = stat.S_IMODE(target.stat().st_mode)
        except FileNotFoundError:
            mode = None
        except OSError as error:
            raise _cannot("write", self.path, error) from None
        _replace_file(target, encoded.parts, mode, self.path)
        index = layout.index_path(target)
        try:
            if encoded.size < layout.INDEX_MIN_BYTES:
                index.unlink(missing_ok=True)
            else:
                lines = encoded.index_lines(layout.signature_of(os.stat(target)))
                _replace_file(index, lines, mode, index)
        except (OSError, ReaderError):
            pass  # without an index the file is read whole: slower, never wrong
        return encoded

    def stale_temp_files(self) -> list[Path]:
        target = self.target()
        prefixes = (
            _tmp_prefix(target),
            _tmp_prefix(store_journal.journal_path(target)),
            _tmp_prefix(layout.index_path(target)),
        )
        try:
            return sorted(p for p in target.parent.iterdir() if p.name.startswith(prefixes))
        except OSError:
            return []


def _replace_file(target: Path, encoded: bytes | Sequence[layout.Piece], mode: int | None, shown: Path) -> None:
    """Temp file in the same directory, fsync, ``os.replace``, fsync of the directory: the old file or the new
    one, never half of one. ``mode`` None: a new file (the umask applies)."""
    tmp = target.with_name(_tmp_prefix(target) + os.urandom(6).hex())
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            if mode is not None:
                os.fchmod(fd, mode)
            write_all(fd, encoded)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise _cannot("write", shown, error) from None  # the old file is still there, whole
    _fsync_directory(target.parent)


def _fsync_directory(folder: Path) -> None:
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass  # some file systems cannot fsync a directory; the rename itself is done


@dataclass
class _View:
    """One read of the store, parsed: the usable records and a warning for each skipped one."""

    annotations: list[Annotation]
    documents: dict[str, DocumentRecord]
    warnings: list[str]


def _parse(data: Raw, path: Path) -> _View:
    """The records of ``data`` as the rest of reader sees them, checked by
    :func:`reader.annotation_rules.record_problems` - the same rules an import is checked with: a record that
    cannot be used is skipped, a field with an unknown value (a colour, a timestamp) is shown with its default;
    either gives one warning line, and the file keeps the record as it is."""
    view = _View([], {}, [])
    seen: set[str] = set()
    for key, record in data.get(ANNOTATIONS, {}).items():
        problems = record_problems(record)
        fatal = next((problem for problem in problems if not problem.usable), None)
        if fatal is None and record["id"] in seen:
            fatal = Problem("id", f"duplicate id {record['id'][:40]!r}")
        if fatal is not None:
            # a duplicate goes with the highlight of its id when that is deleted (Store.delete removes every
            # record of an id, so that a deleted highlight never comes back as its duplicate): the line says so
            kept = ("it is kept in the file until the highlight of that id is deleted"
                    if fatal.message.startswith("duplicate id") else "it is kept in the file")
            view.warnings.append(
                f"{path.name}: annotation record {key} skipped ({fatal.field}: {fatal.message}); {kept}"
            )
            continue
        if problems:
            mended = "; ".join(f"{p.field}: {p.message}, shown as {describe(p.default)}" for p in problems)
            view.warnings.append(f"{path.name}: annotation record {key}: {mended}; the file keeps it as it is")
            record = repaired(record, problems)
        seen.add(record["id"])
        view.annotations.append(Annotation.from_dict(record))
    view.documents = _parse_documents(data, path, view.warnings)
    return view


def _parse_documents(data: Raw, path: Path, warnings: list[str]) -> dict[str, DocumentRecord]:
    """The document records of ``data`` by id (the first of an id wins); a bad one is a line in ``warnings``."""
    documents: dict[str, DocumentRecord] = {}
    for key, record in data.get(DOCUMENTS, {}).items():
        try:
            fields = {name: _text(record, name) for name in ("id", "path", "title", "opened")}
            source = clean_source(record.get("source"))
            document = DocumentRecord(
                **fields,
                position=_position(record.get("position")),
                source=source,
                length=_count(record.get("length")),
                size=_count(record.get("size")),
            )
        except (KeyError, TypeError) as error:
            warnings.append(f"{path.name}: document record {key} skipped ({error}); it is kept as is")
            continue
        documents.setdefault(document.id, document)
    return documents


def _count(value: Any) -> int | None:
    """An optional non-negative int field (``length``, ``size``); anything else reads as absent, never an error."""
    return value if _is_offset(value) else None


_is_offset = is_offset


def _text(record: dict[str, Any], name: str) -> str:
    value = record[name]
    if not isinstance(value, str):
        raise TypeError(f"{name} is not a string")
    return value


def _position(value: Any) -> int | None:
    if value is not None and not _is_offset(value):
        raise TypeError("position is not an offset")
    return value  # type: ignore[no-any-return]


Migration = Callable[[Raw], Raw]
MIGRATIONS: dict[int, Migration] = {}
"""Version N -> a function upgrading a version-N store dict to N + 1. Version 1 is the first: none yet."""


def _migrate(data: Raw, path: Path, current: int) -> Raw:
    """Bring ``data`` (schema ``meta.schema_version``, absent: ``current``) up to ``current`` with
    :data:`MIGRATIONS`; StoreError for a newer or an impossible version, or an annotation record that misses a
    required field (not ours at all)."""
    meta: dict[str, Any] = next(iter((data.get(META) or {}).values()), {})
    version = meta.get("schema_version", current)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _invalid(path, f"schema_version {str(version)[:20]!r} is not a version number")
    if version > current:
        raise StoreError(
            f"{path.name} was written by a newer reader (store schema {version}, this reader "
            f"knows {current}); upgrade reader, or pass --db to use another store"
        )
    while version < current:
        step = MIGRATIONS.get(version)
        if step is None:
            raise _invalid(path, f"no migration from schema version {version}")
        data = step(data)
        version += 1
    data[META] = {"1": {**meta, "schema_version": current}}
    for key, record in data.get(ANNOTATIONS, {}).items():
        missing = [name for name in REQUIRED if name not in record]
        if missing:
            raise _invalid(path, f"annotation record {key} has no {', '.join(missing)}")
    return data


def _move_aside(path: str | os.PathLike[str]) -> Path:
    """Rename the store's real file (and its journal) to ``<name>.corrupt-<UTC stamp>``; see Store.move_aside."""
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
    try:
        layout.index_path(source).unlink(missing_ok=True)  # it describes the file moved aside: of no more use
    except OSError:
        pass  # an index names its file by inode and mtime: it can never describe another one
    journal = store_journal.journal_path(source)
    if journal.exists():  # its operations belong to the file moved aside: keep them with it
        try:
            os.rename(journal, store_journal.journal_path(aside))
        except OSError as error:
            raise _cannot("move aside", journal, error) from None
    return aside
