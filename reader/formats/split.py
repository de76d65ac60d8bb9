"""``reader export --format markdown --split DIR``: one Markdown file per document, for Obsidian-style vaults.

Each file is YAML front matter, then the document's section exactly as the single-file digest writes it
(:func:`reader.formats.markdown.document_markdown`: heading, citation, each highlight as a block quote with its
speaker, note, tags and location)::

    ---
    reader-id: "sha256:9f86d08..."
    title: "The Story: a \\"quoted\\" title"
    author: "A. Writer"
    source: "https://example.com/story"
    date: "2026-11-25"
    tags:
      - "politics"
      - "two-words"
    ---

    # The Story: a "quoted" title
    ...

Decisions, and why:

* **Front matter.** Keys ``reader-id``, ``title``, ``author``, ``source`` (the URL, else the file's path),
  ``date`` (the source's own date: an export date would rewrite every file on every run) and ``tags`` (the
  union of the highlights' tags, as Obsidian tag names: white space becomes ``-``, sorted). A key with no value
  is left out, except ``title`` (``Untitled``) and ``tags`` (``[]``). Every value is a YAML *double-quoted*
  string (:func:`yaml_string`): ``"``, ``\\`` and every character that is not printable or that YAML reads as a
  line break (U+0085, U+2028, U+2029) is a backslash escape, so no title with ``:``, ``#``, quotes, newlines or
  ``---`` can end the string or the front matter. The values are the safe one-line text the heading shows
  (:func:`reader.sanitize.sanitize`: bidi and invisible characters are visible placeholders in the vault too),
  except ``reader-id``, which is exact (escaped, never changed), since it is how a file is recognised.
* **File names** (:func:`file_stem`) come from the raw title, NFC-normalised: letters, digits (and combining
  marks after them), spaces, ``-`` and ``_`` are kept; every other run of characters (``/``, ``.``, ``:``,
  emoji, bidi marks, line breaks) becomes one space, as does a run of ``-``/``_`` with a space in it
  (``Jean-Luc`` stays, ``a --- b`` is ``a b``); the result is trimmed, at most :data:`MAX_STEM_CHARS` characters
  and :data:`MAX_STEM_BYTES` UTF-8 bytes, cut at the end of a word when it is longer (``… own people Sto.md`` was
  a new user's review's finding; a single word longer than the limit is cut where the limit falls, and a cut
  that would keep less than half of the limit is made there too), ``Untitled`` when nothing is left, and a
  Windows device name (``CON``, ``com1``...) gets a ``_``. No name can hold a separator or start with a dot, so
  every file is directly inside DIR. Only the title's first :data:`STEM_SOURCE_CHARS` characters are read (a
  title has no length limit on import; a title whose first 1,024 characters keep nothing is ``Untitled``).
* **Linear time.** Every pattern here runs in time linear in its input, however hostile (a title of 80,000
  dashes, a foreign note's ``reader-id: a<64,000 spaces>b``): no two adjacent quantifiers can share characters
  without a possessive quantifier or a lookbehind pinning where a match may start, and trailing blanks are
  stripped in Python rather than by a lazy group followed by ``\\s*$`` (which cost 11 s per 64 KiB line).
* **Collisions** are compared case-insensitively (a vault synced to macOS or Windows) against every entry in
  DIR and every name chosen in this run: documents are taken in export order (path, id); the first keeps
  ``Title.md``, a later one gets ``Title 1a2b3c4d.md`` (the first 8 hex digits of its id's hash), then 16.
* **Re-running updates in place.** A ``.md`` regular file whose front matter (within its first
  :data:`HEAD_BYTES`) has ``reader-id`` equal to a document's id is that document's file, whatever its name now
  (renaming it in the vault is fine) and however an editor re-quoted the value; it is rewritten whole (write
  your own thoughts in the reader's notes, or in another file), or left alone when its bytes are already right,
  so a re-run changes no modification time needlessly. A file the reader did not write is never overwritten:
  the document takes the next name, and when all are taken it is refused with a one-line warning. A reader file
  of a document not in this export is left alone (nothing in DIR is ever deleted). Nor is a note the reader wrote
  rewritten once it has become a document the store knows (opened and annotated): the export is refused, with
  nothing written (``check``, :mod:`reader.export_target`).
* **Never outside DIR.** A symbolic link in DIR is never read or written through: it counts as someone else's
  file. Writes go through :func:`reader.formats.atomic.replace_atomic` (a temporary file in DIR, then a rename
  that replaces, never opens, what is there), after checking with ``lstat`` that the name is still what was
  planned. Existing files are read with ``O_NOFOLLOW`` and checked to be regular on the open descriptor.
* **DIR** must be a folder (a symbolic link to one is the user's choice and is followed); a missing DIR is
  created, mode 0700 (notes are private; its parent must exist, as with ``mkdir``).
* Everything is rendered before DIR is touched; each file is written atomically. A write that fails stops the
  export with one message saying how many files were written before it.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from reader.errors import ReaderError
from reader.formats import ExportDocument
from reader.formats.markdown import display_title, document_markdown, safe_lines, tag_name
from reader.markdown_text import one_line
from reader.provenance import uri_text
from reader.sanitize import INVISIBLE, sanitize

SUFFIX = ".md"
MAX_STEM_CHARS = 80
"""The longest file name stem taken from a title, in characters (the rest of a long title is in the file)."""
MAX_STEM_BYTES = 180
"""... and in UTF-8 bytes: with an id suffix and ``.md`` a name stays well under the usual 255-byte limit."""
STEM_SOURCE_CHARS = 1024
"""How much of a title :func:`file_stem` reads: far more than a stem keeps, and bounded whatever the title."""
HEAD_BYTES = 64 * 1024
"""How much of an existing ``.md`` file is read to find its ``reader-id`` (the reader writes it first)."""
ID_KEY = "reader-id"

_WINDOWS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"{name}{n}" for name in ("COM", "LPT") for n in "0123456789¹²³"}
)
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
_GAP = re.compile(r"(?<![-_ ])[-_]*+ [-_ ]*+")
"""A whole run of ``-``, ``_`` and spaces with a space in it. The lookbehind lets a match start only where a run
starts, and the possessive quantifiers never give back: linear (``[-_ ]* [-_ ]*`` tried every start in a run of
dashes and backtracked over the rest of it: N², 4.9 s for 80,000)."""
_YAML_BREAKS = frozenset("\x85\u2028\u2029")
_SIMPLE_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}


# -- front matter -----------------------------------------------------------------------------------------


def _escape_char(char: str) -> str:
    if char in _SIMPLE_ESCAPES:
        return _SIMPLE_ESCAPES[char]
    if char in _YAML_BREAKS or not char.isprintable():
        code = ord(char)
        return f"\\x{code:02X}" if code < 0x100 else f"\\u{code:04X}" if code < 0x10000 else f"\\U{code:08X}"
    return char


def yaml_string(text: str) -> str:
    """``text`` as a YAML double-quoted scalar that reads back as exactly ``text`` (YAML 1.1 and 1.2)."""
    if text.isascii() and text.isprintable() and '"' not in text and "\\" not in text:
        return f'"{text}"'
    return '"' + "".join(_escape_char(char) for char in text) + '"'


def document_tags(doc: ExportDocument) -> list[str]:
    """The union of the tags of the document's highlights, as Obsidian tag names, sorted (case-insensitively,
    then exactly)."""
    names = {tag_name(tag) for annotation in doc.annotations for tag in annotation.tags if tag.strip()}
    return sorted(names, key=lambda name: (name.casefold(), name))


def front_matter(doc: ExportDocument) -> str:
    """The document's YAML front matter, from the opening ``---`` to the closing one and its newline."""
    source = doc.source
    where = uri_text(source["url"]) if source.get("url") else source.get("path") or doc.path
    fields = [
        (ID_KEY, yaml_string(doc.id)),
        ("title", yaml_string(display_title(doc))),
        ("author", yaml_string(one_line(source.get("author", "")))),
        ("source", yaml_string(" ".join(safe_lines(where)).strip())),
        ("date", yaml_string(one_line(source.get("date", "")))),
    ]
    lines = ["---"] + [f"{key}: {value}" for key, value in fields if value != '""']
    tags = document_tags(doc)
    lines.append("tags:" if tags else "tags: []")
    lines.extend(f"  - {yaml_string(tag)}" for tag in tags)
    lines.append("---")
    return "\n".join(lines) + "\n"


def document_file(doc: ExportDocument) -> str:
    """The whole text of the document's file: front matter, a blank line, its Markdown section."""
    return f"{front_matter(doc)}\n{document_markdown(doc)}\n"


_ID_LINE = re.compile(rf"{re.escape(ID_KEY)}\s*+:\s*+(.*)")
"""The value after ``reader-id:``, trailing blanks stripped by the caller (``(.*?)\\s*$`` was N² on a value of
blanks followed by a letter)."""
_ESCAPED = {"0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v", "f": "\f", "r": "\r"}
_ESCAPED |= {"e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85", "_": "\xa0"}
_ESCAPED |= {"L": "\u2028", "P": "\u2029"}
_HEX_DIGITS = {"x": 2, "u": 4, "U": 8}


def _unquote_double(body: str) -> str | None:
    """The value of a one-line YAML double-quoted scalar's inside, or None when it is not one."""
    out: list[str] = []
    i = 0
    while i < len(body):
        char = body[i]
        if char == '"':
            return None
        if char != "\\":
            out.append(char)
            i += 1
            continue
        if i + 1 >= len(body):
            return None
        kind = body[i + 1]
        if kind in _ESCAPED:
            out.append(_ESCAPED[kind])
            i += 2
        elif kind in _HEX_DIGITS:
            digits = body[i + 2 : i + 2 + _HEX_DIGITS[kind]]
            if len(digits) != _HEX_DIGITS[kind] or not all(d in "0123456789abcdefABCDEF" for d in digits):
                return None
            code = int(digits, 16)
            if code > 0x10FFFF:
                return None
            out.append(chr(code))
            i += 2 + len(digits)
        else:
            return None
    return "".join(out)


def _scalar(value: str) -> str | None:
    """A one-line YAML scalar's value: double-quoted, single-quoted or plain (as an editor may rewrite it)."""
    if value.startswith('"'):
        return _unquote_double(value[1:-1]) if len(value) >= 2 and value.endswith('"') else None
    if value.startswith("'"):
        inner = value[1:-1]
        if len(value) < 2 or not value.endswith("'") or "'" in inner.replace("''", ""):
            return None
        return inner.replace("''", "'")
    plain = re.split(r"\s#", value, maxsplit=1)[0].strip()
    return plain or None


def reader_id(head: bytes) -> str | None:
    """The ``reader-id`` in the front matter at the start of ``head`` (a file's first bytes), or None: the file
    is not one the reader wrote."""
    text = head.decode("utf-8", "replace").removeprefix("\ufeff")
    lines = text.splitlines()
    if not lines or lines[0].rstrip() != "---":
        return None
    for line in lines[1:]:
        if line.rstrip() in ("---", "..."):
            return None
        match = _ID_LINE.match(line)
        if match:
            return _scalar(match.group(1).rstrip())
    return None


# -- file names -------------------------------------------------------------------------------------------


def _cut(stem: str) -> str:
    """``stem`` within :data:`MAX_STEM_CHARS` and :data:`MAX_STEM_BYTES`, cut at the end of a word when it is
    longer (see the module note)."""
    whole = stem
    stem = stem[:MAX_STEM_CHARS]
    while len(stem.encode("utf-8", "surrogatepass")) > MAX_STEM_BYTES:
        stem = stem[:-1]
    if len(stem) < len(whole) and whole[len(stem)] != " ":
        space = stem.rfind(" ")
        if space >= len(stem) // 2:
            stem = stem[:space]  # a word that goes on past the limit is left out whole
    return stem.strip(" -_")


def file_stem(title: str) -> str:
    """A safe file name stem (no suffix) for a document titled ``title``: see the module note."""
    kept: list[str] = []
    for char in _INVISIBLE.sub(" ", unicodedata.normalize("NFC", title[:STEM_SOURCE_CHARS])):
        if char.isalnum() or char in "-_":
            kept.append(char)
        elif unicodedata.category(char).startswith("M") and kept and kept[-1] != " ":
            kept.append(char)  # a combining mark stays on its letter (Devanagari, Thai...)
        elif not kept or kept[-1] != " ":
            kept.append(" ")
    joined = _GAP.sub(" ", "".join(kept))  # "a - b", "a --- b": one space; "Jean-Luc", "snake_case" stay
    stem = _cut(joined.strip(" -_")) or "Untitled"
    if stem.upper() in _WINDOWS_DEVICES:
        stem += "_"
    return stem


def short_id(doc_id: str, digits: int = 8) -> str:
    """``digits`` hex digits naming ``doc_id``: from its own hash when it is ``sha256:<hex>``, else hashed."""
    match = re.fullmatch(r"sha256:([0-9a-f]{64})", doc_id)
    hexa = match.group(1) if match else hashlib.sha256(doc_id.encode("utf-8", "surrogatepass")).hexdigest()
    return hexa[:digits]


def _fold(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


def plan_names(
    documents: Iterable[ExportDocument], existing: Mapping[str, str | None]
) -> list[tuple[ExportDocument, str | None]]:
    """Each document with the name of its file in DIR, or None when it is refused.

    ``existing`` maps every entry already in DIR to the document id its front matter names, or None when it is
    not a reader file (someone else's, a folder, a symbolic link): see the module note."""
    owned: dict[str, str] = {}
    for name in sorted(existing):
        doc_id = existing[name]
        if doc_id is not None:
            owned.setdefault(doc_id, name)
    taken = {_fold(name) for name in existing}
    planned: list[tuple[ExportDocument, str | None]] = []
    for doc in documents:
        if doc.id in owned:
            planned.append((doc, owned[doc.id]))
            continue
        stem = file_stem(doc.title)
        candidates = [stem, f"{stem} {short_id(doc.id)}", f"{stem} {short_id(doc.id, 16)}"]
        chosen = next((c + SUFFIX for c in candidates if _fold(c + SUFFIX) not in taken), None)
        if chosen is not None:
            taken.add(_fold(chosen))
        planned.append((doc, chosen))
    return planned


# -- the folder -------------------------------------------------------------------------------------------

_READ_FLAGS = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)


def _read_head(path: Path, limit: int) -> bytes | None:
    """At most ``limit`` bytes of the regular file at ``path``, never through a symbolic link; None otherwise."""
    try:
        fd = os.open(path, _READ_FLAGS)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        chunks: list[bytes] = []
        total = 0
        while total < limit:
            chunk = os.read(fd, min(limit - total, 1 << 16))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        return b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(fd)


def scan_directory(directory: Path) -> dict[str, str | None]:
    """Every entry in ``directory``: its name -> the reader id of a reader file, or None."""
    entries: dict[str, str | None] = {}
    with os.scandir(directory) as listing:
        for entry in listing:
            doc_id = None
            if entry.name.lower().endswith(SUFFIX) and entry.is_file(follow_symlinks=False):
                head = _read_head(Path(entry.path), HEAD_BYTES)
                doc_id = reader_id(head) if head is not None else None
            entries[entry.name] = doc_id
    return entries


def prepare_directory(directory: Path) -> None:
    """``directory`` as a folder to write into: created (mode 0700) when missing; ReaderError otherwise."""
    name = sanitize(os.fsdecode(directory))
    try:
        info = directory.stat()
    except FileNotFoundError:
        try:
            directory.mkdir(mode=0o700)
        except FileNotFoundError:
            raise ReaderError(f"cannot create {name}: its parent folder does not exist") from None
        except OSError as error:
            raise ReaderError(f"cannot create {name}: {error.strerror or error}") from None
        return
    except OSError as error:
        raise ReaderError(f"cannot use {name}: {error.strerror or error}") from None
    if not stat.S_ISDIR(info.st_mode):
        raise ReaderError(f"--split needs a folder: {name} is not one")


@dataclass
class SplitResult:
    """What :func:`write_split` did: names written, names already up to date, titles refused (with why)."""

    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    def summary(self) -> str:
        count = len(self.written) + len(self.unchanged)
        text = f"{count} file{'s' if count != 1 else ''}: {len(self.written)} written, {len(self.unchanged)} unchanged"
        return text + (f", {len(self.refused)} refused" if self.refused else "")


def _checked_name(name: str) -> str:
    """``name`` when it is a plain file name in DIR (the rules make it so; this is the last line of defence)."""
    if not name or name.startswith(".") or "\0" in name or "/" in name or (os.altsep and os.altsep in name):
        raise ValueError(f"unsafe file name {name!r}")
    if os.sep in name:
        raise ValueError(f"unsafe file name {name!r}")
    return name


def write_split(
    directory: str | os.PathLike[str], documents: list[ExportDocument], check: Callable[[Path], None] | None = None
) -> SplitResult:
    """Write one file per document into ``directory`` (see the module note). Raises ReaderError, also from
    ``check``, which is asked about each file to be rewritten before any is (a note that became a document the
    store knows: :mod:`reader.export_target`)."""
    from reader.formats.atomic import replace_atomic

    folder = Path(directory)
    texts = [(doc, document_file(doc)) for doc in documents]  # everything rendered before DIR is touched
    prepare_directory(folder)
    try:
        existing = scan_directory(folder)
    except OSError as error:
        raise ReaderError(f"cannot list {sanitize(str(folder))}: {error.strerror or error}") from None
    result = SplitResult()
    rendered = {doc.id: text for doc, text in texts}
    planned = plan_names((doc for doc, _ in texts), existing)
    for _, name in planned:
        if check is not None and name is not None and name in existing:
            check(folder / name)
    for doc, name in planned:
        shown = display_title(doc)
        if name is None:
            result.refused.append(f'not writing "{shown}": its file names are taken by files the reader did not write')
            continue
        path = folder / _checked_name(name)
        data = rendered[doc.id]
        try:
            info: os.stat_result | None = path.lstat()
        except FileNotFoundError:
            info = None
        except OSError as error:
            raise _write_error(path, error, result) from None
        if (info is None) != (name not in existing) or (info is not None and not stat.S_ISREG(info.st_mode)):
            result.refused.append(f'not writing "{shown}": {name} changed while the export ran')
            continue
        if info is not None and _read_head(path, len(data.encode("utf-8")) + 1) == data.encode("utf-8"):
            result.unchanged.append(name)
            continue
        try:
            replace_atomic(path, data)
        except OSError as error:
            raise _write_error(path, error, result) from None
        result.written.append(name)
    return result


def _write_error(path: Path, error: OSError, result: SplitResult) -> ReaderError:
    done = len(result.written)
    reason = error.strerror or (errno.errorcode.get(error.errno or 0) or str(error))
    return ReaderError(
        f"cannot write {sanitize(str(path))}: {reason}; {done} file{'s' if done != 1 else ''} written before it"
    )


__all__ = [
    "SplitResult",
    "document_file",
    "file_stem",
    "front_matter",
    "plan_names",
    "reader_id",
    "write_split",
    "yaml_string",
]
