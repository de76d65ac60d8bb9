"""An EPUB's container, read as hostile input: the ZIP archive within limits, the package document (OPF) and the
DRM check. :mod:`reader.sources.epub` reads the table of contents and turns the chapters into a document.

Decisions:

* **ZIP limits.** At most :data:`MAX_ENTRIES` entries (counted from the end-of-central-directory record before
  :mod:`zipfile` builds an object per entry, and again after), a central directory of at most
  :data:`MAX_DIRECTORY_BYTES`, and a declared uncompressed total of at most :data:`MAX_DECLARED_BYTES` (a cheap
  early refusal). The sizes in the headers are not trusted for what is read: each member is read in chunks and
  counted as it decompresses, against :data:`MAX_MEMBER_BYTES` per member, :data:`MAX_TOTAL_BYTES` for the
  whole book (every read counts, so a spine naming one chapter a million times is caught too) and a
  compression ratio of :data:`MAX_RATIO` once a member passed :data:`RATIO_FLOOR`. (A header declaring more than
  the member limit is refused before anything is read; one declaring less than its data inflates to is cut
  there by :mod:`zipfile` and fails its CRC: a damaged chapter, skipped.) Only the members the reader needs are
  decompressed (container, package, table of contents, chapters): images and fonts never are. Exceeding a
  limit raises :class:`LimitError`, a :class:`ReaderError` that names the limit.
* **Paths.** An ``href`` is a relative URL: its fragment and query are dropped, it is percent-decoded and
  resolved against the folder of the document naming it. A result that would leave the archive (``../``) or
  that has a scheme (``http:``, ``file:``, ``data:``) is no path at all: nothing outside the ZIP is ever
  read, and a member literally named ``../x`` is never reached. A member is looked up by its exact name, else
  case-insensitively (archives made on Windows).
* **XML.** Every XML parse uses lxml with ``resolve_entities=False, no_network=True, load_dtd=False,
  huge_tree=False``: no DTD or external entity is loaded, no entity declared by the document is expanded (an
  expansion bomb stays one unexpanded reference, or is refused by libxml2's amplification guard), nothing is
  fetched. A package that is not well-formed is read again in recovery mode before being refused.
* **mimetype.** When the ``mimetype`` member exists it must say ``application/epub+zip``; when it is missing,
  ``META-INF/container.xml`` decides (many books in the wild store it badly; none lack the container).
* **DRM.** ``META-INF/encryption.xml`` listing a content document (a spine item, the nav or NCX, or an
  (X)HTML/XML file), a spine item with the ZIP's own encryption flag, or Apple's ``META-INF/sinf.xml``, means
  the book is protected: refused with one line.
  Fonts (obfuscated by the IDPF or Adobe algorithm, or encrypted by any other) and images are not content:
  whatever the algorithm, such a book opens (the reader never reads them). Adobe's ``rights.xml`` or an LCP
  licence without encrypted content does not stop reading either.
* **Metadata.** ``dc:title`` (the one refined as ``main`` when several), ``dc:creator`` (authors: role
  ``aut`` or no role; all creators when none is an author), ``dc:language``, ``dc:date`` (the publication
  event when named). Raw text, white space collapsed and bounded in length; sanitised at display.
"""

from __future__ import annotations

import io
import posixpath
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

from lxml import etree

from reader.errors import ReaderError
from reader.sanitize import sanitize

MAX_ENTRIES = 10_000
MAX_DIRECTORY_BYTES = 16 * 1024 * 1024
MAX_DECLARED_BYTES = 1024 * 1024 * 1024
MAX_MEMBER_BYTES = 32 * 1024 * 1024
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200
RATIO_FLOOR = 1024 * 1024
MAX_META_CHARS = 2_000
MAX_AUTHORS = 10
CHUNK = 64 * 1024

EPUB_MEDIA_TYPE = "application/epub+zip"
CONTAINER = "META-INF/container.xml"
ENCRYPTION = "META-INF/encryption.xml"
FAIRPLAY = "META-INF/sinf.xml"
CHAPTER_TYPES = frozenset({"application/xhtml+xml", "text/html", "application/xml", "text/xml"})
NCX_TYPE = "application/x-dtbncx+xml"
_FONT_SUFFIXES = (".otf", ".ttf", ".woff", ".woff2", ".eot", ".pfb", ".pfm", ".afm")
_CONTENT_SUFFIXES = (".xhtml", ".html", ".htm", ".xml", ".ncx", ".opf", ".txt", ".svg")
_OPF = "http://www.idpf.org/2007/opf"
_MB = 1024 * 1024


class LimitError(ReaderError):
    """The book would decompress beyond a limit (a zip bomb, or simply too large): it is refused as a whole."""


class DamagedMember(Exception):
    """One member cannot be read (bad CRC, truncated data, unsupported compression): skipped, not fatal."""


def invalid(name: str, reason: str) -> ReaderError:
    return ReaderError(f"{name} is not a valid EPUB: {reason}")


def drm(name: str) -> ReaderError:
    return ReaderError(f"{name} is protected by DRM: the reader cannot open it")


def _show(member: str) -> str:
    return sanitize(member[:200])


# -- the archive ------------------------------------------------------------------------------------------------


def _declared_directory(data: bytes) -> tuple[int, int] | None:
    """(entries, central directory bytes) from the end-of-central-directory record (ZIP64 when it says so), or
    None when there is none to read (:mod:`zipfile` then says what is wrong)."""
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if end < 0 or end + 22 > len(data):
        return None
    entries, size = struct.unpack_from("<HI", data, end + 10)
    if (entries == 0xFFFF or size == 0xFFFFFFFF) and end >= 20 and data[end - 20 : end - 16] == b"PK\x06\x07":
        (offset,) = struct.unpack_from("<Q", data, end - 12)
        if offset + 56 <= len(data) and data[offset : offset + 4] == b"PK\x06\x06":
            entries, size = struct.unpack_from("<QQ", data, offset + 32)
            return int(entries), int(size)
    if entries == 0xFFFF or size == 0xFFFFFFFF:
        return None  # ZIP64 values not found where the locator says: zipfile looks, and the count is checked after
    return int(entries), int(size)


class Archive:
    """The book's ZIP, read within the limits above. Not thread-safe: one reader at a time (the converter's
    first chapters, then :meth:`Document.finish_parsing` under its lock)."""

    def __init__(self, data: bytes, name: str) -> None:
        self.name = name
        self.read_total = 0
        declared = _declared_directory(data)
        if declared is not None:
            self._check_entries(declared[0])
            if declared[1] > MAX_DIRECTORY_BYTES:
                raise LimitError(
                    f"{name} has a ZIP directory of {declared[1] // _MB} MB, over the limit of "
                    f"{MAX_DIRECTORY_BYTES // _MB} MB for an EPUB: the reader refuses it"
                )
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, struct.error) as error:
            raise invalid(name, f"the ZIP archive is damaged ({sanitize(str(error)[:200])})") from None
        self._check_entries(len(infos))
        total = sum(info.file_size for info in infos)
        if total > MAX_DECLARED_BYTES:
            raise LimitError(
                f"{name} would decompress to {total // _MB:,} MB, over the limit of {MAX_DECLARED_BYTES // _MB:,} MB "
                "for an EPUB: the reader refuses it"
            )
        self._members = {info.filename: info for info in infos if not info.is_dir()}
        self._folded: dict[str, str] = {}
        for member in self._members:
            self._folded.setdefault(member.casefold(), member)

    def _check_entries(self, count: int) -> None:
        if count > MAX_ENTRIES:
            raise LimitError(
                f"{self.name} holds {count:,} files, over the limit of {MAX_ENTRIES:,} for an EPUB: the reader "
                "refuses it"
            )

    def find(self, path: str) -> str | None:
        """The member named ``path`` (exactly, else ignoring case), or None."""
        if path in self._members:
            return path
        return self._folded.get(path.casefold())

    def encrypted(self, member: str) -> bool:
        return bool(self._members[member].flag_bits & 0x1)

    def read(self, member: str, limit: int = MAX_MEMBER_BYTES) -> bytes:
        """The bytes of ``member`` (a name :meth:`find` returned), counted as they decompress. Raises
        :class:`LimitError` over a limit, :class:`DamagedMember` when the member cannot be read."""
        info = self._members[member]
        if info.file_size > limit:
            raise self._too_large(member, limit)
        chunks: list[bytes] = []
        size = 0
        try:
            with self._zip.open(info) as stream:
                while True:
                    chunk = stream.read(CHUNK)
                    if not chunk:
                        break
                    size += len(chunk)
                    self.read_total += len(chunk)
                    if size > limit:
                        raise self._too_large(member, limit)
                    if self.read_total > MAX_TOTAL_BYTES:
                        raise LimitError(
                            f"{self.name} decompresses to more than {MAX_TOTAL_BYTES // _MB} MB, over the limit for "
                            "an EPUB: the reader refuses it"
                        )
                    if size > RATIO_FLOOR and size > MAX_RATIO * max(info.compress_size, 1):
                        raise LimitError(
                            f"{self.name}: {_show(member)} expands more than {MAX_RATIO} times when decompressed "
                            "(a zip bomb): the reader refuses it"
                        )
                    chunks.append(chunk)
        except LimitError:
            raise
        except RuntimeError as error:  # zipfile: "File ... is encrypted, password required"
            raise DamagedMember(f"{_show(member)} is encrypted") from error
        except NotImplementedError as error:
            raise DamagedMember(f"{_show(member)} uses a compression method the reader does not know") from error
        except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError) as error:
            raise DamagedMember(f"{_show(member)} is damaged") from error
        return b"".join(chunks)

    def _too_large(self, member: str, limit: int) -> LimitError:
        return LimitError(
            f"{self.name}: {_show(member)} decompresses to more than {limit // _MB} MB, over the limit for one "
            "file of an EPUB: the reader refuses it"
        )

    def close(self) -> None:
        self._zip.close()


# -- XML --------------------------------------------------------------------------------------------------------


def xml_parser(*, recover: bool = False) -> Any:
    """A new lxml parser that loads nothing and expands nothing (a new one per parse: lxml parsers are not
    meant to be shared between threads)."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        recover=recover,
        remove_comments=True,
        remove_pis=True,
    )


def parse_xml(data: bytes) -> Any | None:
    """The root element of ``data``, read strictly, else in recovery mode; None when nothing can be read."""
    for recover in (False, True):
        try:
            root = etree.fromstring(data, xml_parser(recover=recover))
        except (etree.XMLSyntaxError, ValueError):
            continue
        if root is not None:
            return root
    return None


def local(element: Any) -> str:
    """An element's tag without its namespace ("" for comments and entity references)."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def text_of(element: Any) -> str:
    """The element's text, white space collapsed, bounded (entity references left out)."""
    pieces: list[str] = []
    size = 0
    for piece in element.itertext():
        pieces.append(piece)
        size += len(piece)
        if size > MAX_META_CHARS * 4:
            break
    return " ".join("".join(pieces).split())[:MAX_META_CHARS]


def resolve(base: str, href: str) -> str | None:
    """The archive path ``href`` names relative to the folder ``base``, or None when it names nothing inside
    the archive (a scheme, an escape with ``../``, an empty path)."""
    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return None
    if parts.scheme or parts.netloc or not parts.path:
        return None
    path = unquote(parts.path)
    joined = path.lstrip("/") if path.startswith("/") else posixpath.join(base, path)
    normal = posixpath.normpath(joined)
    if normal in (".", "..") or normal.startswith(("../", "/")) or "\x00" in normal:
        return None
    return normal


# -- the package ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Item:
    """A manifest item: ``path`` is its archive path ("" when its href leaves the archive)."""

    id: str
    href: str
    path: str
    media_type: str
    properties: frozenset[str] = frozenset()
    fallback: str = ""


@dataclass(slots=True)
class Package:
    opf_path: str
    title: str = ""
    authors: list[str] = field(default_factory=list)
    language: str = ""
    date: str = ""
    manifest: dict[str, Item] = field(default_factory=dict)
    spine: list[tuple[Item, bool]] = field(default_factory=list)
    """(item, linear) in spine order."""
    toc_id: str = ""


def check_mimetype(archive: Archive) -> None:
    member = archive.find("mimetype")
    if member is None:
        return
    try:
        value = archive.read(member, limit=1024).decode("ascii", "replace").strip()
    except (DamagedMember, LimitError):
        return  # a broken or odd mimetype member: the container decides
    if value.lower() != EPUB_MEDIA_TYPE:
        raise ReaderError(f"{archive.name} is not an EPUB: its mimetype is {sanitize(value[:80])!r}")


def read_xml_member(archive: Archive, member: str, what: str) -> Any:
    try:
        data = archive.read(member)
    except DamagedMember as error:
        raise invalid(archive.name, f"its {what} cannot be read: {error}") from None
    root = parse_xml(data)
    if root is None:
        raise invalid(archive.name, f"its {what} ({_show(member)}) is not well-formed XML")
    return root


def find_package(archive: Archive) -> str:
    """The archive path of the package document named by ``META-INF/container.xml``."""
    member = archive.find(CONTAINER)
    if member is None:
        raise invalid(archive.name, f"{CONTAINER} is missing")
    root = read_xml_member(archive, member, "container")
    candidates: list[str] = []
    for element in root.iter():
        if local(element) == "rootfile":
            path = resolve("", element.get("full-path") or "")
            if path is None:
                continue
            if (element.get("media-type") or "").strip() == "application/oebps-package+xml":
                candidates.insert(0, path)
            else:
                candidates.append(path)
    for path in candidates:
        found = archive.find(path)
        if found is not None:
            return found
    raise invalid(archive.name, "its container names no package document that the archive holds")


def read_package(archive: Archive, opf_member: str) -> Package:
    root = read_xml_member(archive, opf_member, "package document")
    base = posixpath.dirname(opf_member)
    package = Package(opf_member)
    refines: dict[str, dict[str, str]] = {}
    for element in root.iter():
        if local(element) == "meta" and element.get("refines") and element.get("property"):
            target = (element.get("refines") or "").lstrip("#")
            refines.setdefault(target, {})[element.get("property") or ""] = text_of(element)
    titles: list[tuple[bool, str]] = []
    creators: list[tuple[str, str]] = []
    dates: list[tuple[int, str]] = []
    for element in root.iter():
        name = local(element)
        if name == "title" and _in_metadata(element):
            text = text_of(element)
            if text:
                titles.append((refines.get(element.get("id") or "", {}).get("title-type") == "main", text))
        elif name == "creator" and _in_metadata(element):
            role = element.get(f"{{{_OPF}}}role") or element.get("role") or ""
            role = role or refines.get(element.get("id") or "", {}).get("role", "")
            if text := text_of(element):
                creators.append((role.strip().lower(), text))
        elif name == "language" and _in_metadata(element) and not package.language:
            package.language = text_of(element)[:100]
        elif name == "date" and _in_metadata(element):
            event = (element.get(f"{{{_OPF}}}event") or element.get("event") or "").lower()
            rank = {"publication": 0, "original-publication": 1}.get(event, 2)
            if text := text_of(element)[:100]:
                dates.append((rank, text))
        elif name == "item" and len(package.manifest) < MAX_ENTRIES * 2:
            item_id, href = element.get("id") or "", element.get("href") or ""
            if item_id and href and item_id not in package.manifest:
                package.manifest[item_id] = Item(
                    item_id,
                    href,
                    resolve(base, href) or "",
                    (element.get("media-type") or "").strip().lower(),
                    frozenset((element.get("properties") or "").split()),
                    element.get("fallback") or "",
                )
        elif name == "spine":
            package.toc_id = element.get("toc") or ""
    for element in root.iter():
        if local(element) == "itemref" and len(package.spine) < MAX_ENTRIES * 2:
            item = package.manifest.get(element.get("idref") or "")
            if item is not None:
                package.spine.append((item, (element.get("linear") or "yes").strip().lower() != "no"))
    if titles:
        package.title = next((text for main, text in titles if main), titles[0][1])
    authors = [text for role, text in creators if role in ("", "aut")] or [text for _, text in creators]
    package.authors = list(dict.fromkeys(authors))[:MAX_AUTHORS]
    if dates:
        package.date = min(dates, key=lambda pair: pair[0])[1]
    return package


def _in_metadata(element: Any) -> bool:
    parent = element.getparent()
    while parent is not None:
        if local(parent) == "metadata":
            return True
        parent = parent.getparent()
    return False


# -- DRM --------------------------------------------------------------------------------------------------------


def check_drm(archive: Archive, package: Package) -> None:
    """Raise the DRM refusal when a content document of the book is encrypted (see the module notes)."""
    if archive.find(FAIRPLAY) is not None:
        raise drm(archive.name)
    content = {item.path.casefold() for item, _ in package.spine if item.path}
    content.update(
        item.path.casefold()
        for item in package.manifest.values()
        if item.path and ("nav" in item.properties or item.media_type == NCX_TYPE)
    )
    types = {item.path.casefold(): item.media_type for item in package.manifest.values() if item.path}
    for item, _ in package.spine:
        member = archive.find(item.path) if item.path else None
        if member is not None and archive.encrypted(member):
            raise drm(archive.name)
    member = archive.find(ENCRYPTION)
    if member is None:
        return
    try:
        root = parse_xml(archive.read(member))
    except DamagedMember:
        return
    if root is None:
        return
    for element in root.iter():
        if local(element) != "CipherReference":
            continue
        uri = element.get("URI") or ""
        # Relative to the container's root (OCF); some tools write it relative to META-INF ("../OEBPS/c1.xhtml")
        path = resolve("", uri) or (resolve("META-INF/", uri) if uri.startswith("../") else None)
        if path is None:
            continue
        key = path.casefold()
        media_type = types.get(key, "")
        if "font" in media_type or "opentype" in media_type or key.endswith(_FONT_SUFFIXES):
            continue
        if key in content or media_type in CHAPTER_TYPES or media_type == NCX_TYPE or key.endswith(_CONTENT_SUFFIXES):
            raise drm(archive.name)
