"""An EPUB book as one document: its spine in reading order, each chapter's title a heading in the outline.

:mod:`reader.sources.epub_package` reads the archive within its limits, the package document and the DRM
check; this module reads the table of contents and converts the chapters, through the same HTML-to-blocks walk
as web pages (:func:`reader.sources.html_blocks.add_html`), without any boilerplate removal: a book has none.

Decisions:

* **Reading order.** The spine's linear items in order, then its ``linear="no"`` items (notes, answer keys,
  sometimes the cover), in order, at the end: the main text flows uninterrupted and nothing the book holds is
  lost. A member named twice is read once. A spine item that is not a text document follows its manifest
  ``fallback`` to one; an image or SVG page without one is left out. An empty spine falls back to the
  manifest's (X)HTML items. An item whose file is absent (or whose href leaves the archive) is skipped and
  counted in the document's notice.
* **Chapter titles.** The table of contents names a chapter (the EPUB 3 nav, else the NCX): that title opens
  it as a level-1 HEADING, unless the chapter's own first heading (or first ``h1``/``h2``) already says it
  (equal, or one containing the other, ignoring case and punctuation). Without a table of contents entry, a
  chapter with its own ``h1``/``h2`` is titled by it as it stands; one without any gets "Chapter N" (N its
  place in the reading order). A chapter with no text and no picture gets no heading; a picture-only chapter
  (a cover, a plate) gets one only from the table of contents.
* **Parsing a chapter.** Strict XML first (the safe parser of :mod:`reader.sources.epub_package`: no DTD, no
  external or declared entity expanded); references to HTML's named entities (``&nbsp;``, ``&eacute;``, common
  in books that declare the XHTML 1.1 DTD) are replaced by their characters from Python's own table, never
  from the document's declarations, and any other reference is dropped. A chapter that is not well-formed XML
  is read by the HTML parser (:func:`reader.sources.html_blocks.parse_html_text`, which strips a DOCTYPE's
  internal subset first).
* **Lazy.** A book's first paint must not wait for the whole book: chapters are converted until about
  :data:`FIRST_PART_CHARS` characters exist, then the document is returned with ``rest``, which converts the
  next chapters in parts of growing size (each at least as large as the text so far, so appending parts costs
  linear time) and returns None when the book is done. ``rest`` holds the archive open (over the bytes in
  memory) and closes it at the end. A limit hit in a later chapter (a zip bomb inside) cannot refuse a book
  already shown: the text stops there with a bracketed paragraph saying why.
* **Identity.** ``doc_id`` is ``sha256:`` and the hex digest of the EPUB file's bytes, not of the text: the text
  is not whole when the document is made, and the file is what a reader reopens. A book re-saved with
  different bytes is a changed document (its highlights re-anchor as for a changed file).
* Title (``dc:title``, else the NCX ``docTitle``) is the TITLE block, the authors the BYLINE. All metadata is
  raw (sanitised at display); images become placeholders through ``add_html``.
"""

from __future__ import annotations

import hashlib
import html.entities
import posixpath
import re
from typing import Any

from lxml import etree

from reader.blocks import BlockKind
from reader.document import Document
from reader.document_meta import DocumentPart, SourceInfo
from reader.errors import ReaderError
from reader.sources import Origin
from reader.sources.builder import DocumentBuilder
from reader.sources.epub_package import (
    CHAPTER_TYPES,
    NCX_TYPE,
    Archive,
    DamagedMember,
    Item,
    LimitError,
    Package,
    check_drm,
    check_mimetype,
    find_package,
    invalid,
    local,
    parse_xml,
    read_package,
    resolve,
    text_of,
    xml_parser,
)
from reader.sources.html_blocks import add_html, parse_html_text

FIRST_PART_CHARS = 200_000
"""Characters converted before the document is returned (many screens' worth; cf. :data:`reader.blocks.FIRST_PART`)."""
PART_CHARS = 200_000
"""The least a call of ``rest`` converts."""
MAX_FALLBACKS = 10
SURVEY_ELEMENTS = 2_000
"""Elements of a chapter looked at for its own first heading (a chapter's title is near its start)."""
_OPS = "http://www.idpf.org/2007/ops"
_XHTML = "http://www.w3.org/1999/xhtml"
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SILENT = frozenset({"script", "style", "noscript", "template", "svg", "head", "title", "math"})
_NOT_WORD = re.compile(r"[\W_]+")
_PARSE_ERRORS = (ReaderError, etree.LxmlError, ValueError, LookupError, RecursionError)


def from_bytes(data: bytes, origin: Origin) -> Document:
    """The book in ``data`` (its first chapters converted, the rest when the document's ``rest`` is called).
    Raises ReaderError for a broken archive, DRM, a limit exceeded or a book with nothing to read."""
    book = _Book(data, origin)
    try:
        builder = book.builder
        if book.title:
            builder.title(book.title)
        if book.package.authors:
            builder.byline(", ".join(book.package.authors))
        book.convert(FIRST_PART_CHARS)
    except BaseException:
        book.close()
        raise
    if not len(builder):
        book.close()
        raise ReaderError(f"{origin.name} holds no text to read")
    info = SourceInfo(
        kind="epub",
        title=book.title,
        author=", ".join(book.package.authors),
        date=book.package.date,
        language=book.package.language,
        path=origin.path,
        url=origin.url,
        notice=book.notice(),
    )
    doc_id = "sha256:" + hashlib.sha256(data).hexdigest()
    if book.done:
        book.close()
        return builder.document(info, doc_id=doc_id)
    return builder.document(info, doc_id=doc_id, rest=book.rest)


class _Book:
    """An open book: its archive, package, table of contents and the chapters still to convert."""

    def __init__(self, data: bytes, origin: Origin) -> None:
        self.name = origin.name
        self.archive: Archive | None = Archive(data, origin.name)
        try:
            check_mimetype(self.archive)
            self.package: Package = read_package(self.archive, find_package(self.archive))
            check_drm(self.archive, self.package)
            titles, doc_title = toc_titles(self.archive, self.package)
        except BaseException:
            self.close()
            raise
        self.toc: dict[str, str] = {}
        for path, title in titles.items():  # keyed by the member's own name (the href may differ in case)
            self.toc.setdefault(self.archive.find(path) or path, title)
        self.title = self.package.title or doc_title
        self.missing = 0
        self.unreadable = 0
        self.too_deep = 0
        self.chapters = self._reading_order(self.archive)
        if not self.chapters:
            self.close()
            raise invalid(origin.name, "its spine names no chapter that the archive holds")
        self.next = 0
        self.builder = DocumentBuilder()

    @property
    def done(self) -> bool:
        return self.next >= len(self.chapters)

    def _reading_order(self, archive: Archive) -> list[str]:
        spine = [item for item, linear in self.package.spine if linear]
        spine += [item for item, linear in self.package.spine if not linear]
        if not spine:
            spine = [item for item in self.package.manifest.values() if _is_text(item) and "nav" not in item.properties]
        members: list[str] = []
        seen: set[str] = set()
        for item in spine:
            text_item = self._text_item(item)
            if text_item is None:
                continue
            member = archive.find(text_item.path) if text_item.path else None
            if member is None:
                self.missing += 1
            elif member not in seen:
                seen.add(member)
                members.append(member)
        return members

    def _text_item(self, item: Item) -> Item | None:
        """``item`` or the first of its fallbacks that is a text document."""
        for _ in range(MAX_FALLBACKS):
            if _is_text(item):
                return item
            fallback = self.package.manifest.get(item.fallback)
            if fallback is None:
                return None
            item = fallback
        return None

    # -- converting -------------------------------------------------------------------------------------------

    def convert(self, chars: int) -> None:
        """Convert chapters until ``chars`` more characters of text exist (at least one chapter) or none is left."""
        target = len(self.builder) + chars
        while not self.done:
            self._chapter(self.next)
            self.next += 1
            if len(self.builder) >= target:
                break

    def rest(self) -> DocumentPart | None:
        """The next part of the book, or None when it is all converted (see the module notes)."""
        if self.done and self.archive is None:
            return None
        try:
            self.convert(max(PART_CHARS, len(self.builder)))
        except ReaderError as error:  # a limit (LimitError) reached in a later chapter
            self.next = len(self.chapters)
            self.builder.block(BlockKind.PARAGRAPH, f"[The rest of the book is not shown: {error}]")
        if self.done:
            self.close()
        return self.builder.take_part()

    def _chapter(self, index: int) -> None:
        assert self.archive is not None
        member = self.chapters[index]
        try:
            data = self.archive.read(member)
        except DamagedMember as error:
            self.unreadable += 1
            self.builder.block(BlockKind.PARAGRAPH, f"[This chapter cannot be read: {error}]")
            return
        try:
            root, too_deep = parse_xhtml_checked(data)
        except _PARSE_ERRORS:
            if data.strip():
                self.unreadable += 1
            return
        self.too_deep += too_deep
        body = next(root.iter(f"{{{_XHTML}}}body", "body"), root)
        heading = self._heading(index, member, body)
        if heading:
            self.builder.block(BlockKind.HEADING, heading, level=1)
        add_html(body, self.builder)

    def _heading(self, index: int, member: str, body: Any) -> str:
        has_text, has_image, first, first_major = _survey(body)
        title = self.toc.get(member, "")
        if title:
            if not (has_text or has_image) or _says(first, title) or _says(first_major, title):
                return ""
            return title
        if first_major or not has_text:
            return ""
        return f"Chapter {index + 1}"

    def notice(self) -> str:
        sentences = []
        if self.missing:
            are, were = ("is", "was") if self.missing == 1 else ("are", "were")
            sentences.append(
                f"{_count(self.missing, 'chapter')} named by the book {are} missing from the file and {were} skipped."
            )
        if self.unreadable:
            sentences.append(f"{_count(self.unreadable, 'chapter')} of the book could not be read.")
        if self.too_deep:
            sentences.append("Part of a chapter nested too deeply to read was left out.")
        return " ".join(sentences)

    def close(self) -> None:
        if self.archive is not None:
            self.archive.close()
            self.archive = None


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _is_text(item: Item) -> bool:
    if item.media_type:
        return item.media_type in CHAPTER_TYPES
    return item.path.lower().endswith((".xhtml", ".html", ".htm", ".xht"))


def _normal(text: str) -> str:
    return _NOT_WORD.sub("", text.casefold())


def _says(heading: str, title: str) -> bool:
    """True when a chapter's own ``heading`` already says its table-of-contents ``title``."""
    a, b = _normal(heading), _normal(title)
    if not a or not b:
        return False
    shorter, longer = sorted((a, b), key=len)
    return shorter == longer or (len(shorter) >= 3 and shorter in longer)


def _survey(body: Any) -> tuple[bool, bool, str, str]:
    """(has visible text, has a picture, its first heading's text, its first h1/h2's text), from the first
    :data:`SURVEY_ELEMENTS` elements of a chapter, walking iteratively and stopping once the title is known."""
    has_text = has_image = False
    first = first_major = ""
    stack = [body]
    seen = 0
    while stack and seen < SURVEY_ELEMENTS and not (has_text and first_major):
        element = stack.pop()
        seen += 1
        tag = local(element).lower()
        if element is not body and element.tail and element.tail.strip():
            has_text = True
        if tag in _SILENT or not tag:
            continue
        if tag == "img":
            has_image = True
        elif tag in _HEADING_TAGS and not first_major:
            text = text_of(element)
            first = first or text
            if tag in ("h1", "h2"):
                first_major = text
        if element.text and element.text.strip():
            has_text = True
        stack.extend(reversed(element))
    return has_text, has_image, first, first_major


# -- the table of contents ---------------------------------------------------------------------------------------


def toc_titles(archive: Archive, package: Package) -> tuple[dict[str, str], str]:
    """Each chapter's title by archive path (the first table-of-contents entry that points into it: the EPUB 3
    nav first, the NCX for files the nav does not name), and the NCX's ``docTitle``. A table of contents that
    cannot be read is no table of contents."""
    titles: dict[str, str] = {}
    doc_title = ""
    for item in package.manifest.values():
        if "nav" in item.properties and item.path:
            root = _read_quietly(archive, item.path, parse_xhtml)
            if root is not None:
                _nav_titles(root, posixpath.dirname(item.path), titles)
            break
    ncx = package.manifest.get(package.toc_id)
    if ncx is None or not ncx.path:
        ncx = next((item for item in package.manifest.values() if item.media_type == NCX_TYPE and item.path), None)
    if ncx is not None:
        root = _read_quietly(archive, ncx.path, parse_xml)
        if root is not None:
            doc_title = _ncx_titles(root, posixpath.dirname(ncx.path), titles)
    return titles, doc_title


def _read_quietly(archive: Archive, path: str, parse: Any) -> Any | None:
    member = archive.find(path)
    if member is None:
        return None
    try:
        return parse(archive.read(member))
    except LimitError:
        raise
    except (DamagedMember, ReaderError, etree.LxmlError, ValueError, LookupError, RecursionError):
        return None


def _nav_titles(root: Any, base: str, titles: dict[str, str]) -> None:
    navs = [element for element in root.iter() if local(element) == "nav"]
    toc = next((nav for nav in navs if "toc" in _epub_type(nav).split()), navs[0] if navs else None)
    if toc is None:
        return
    for link in toc.iter():
        if local(link) == "a" and link.get("href"):
            path = resolve(base, link.get("href") or "")
            text = text_of(link)
            if path and text:
                titles.setdefault(path, text)


def _epub_type(element: Any) -> str:
    return str(element.get(f"{{{_OPS}}}type") or element.get("epub:type") or element.get("type") or "")


def _ncx_titles(root: Any, base: str, titles: dict[str, str]) -> str:
    doc_title = ""
    for element in root.iter():
        name = local(element)
        if name == "docTitle" and not doc_title:
            doc_title = text_of(element)
        elif name == "navPoint":
            label, source = "", ""
            for child in element:
                if local(child) == "navLabel":
                    label = text_of(child)
                elif local(child) == "content":
                    source = child.get("src") or ""
            path = resolve(base, source) if source else None
            if path and label:
                titles.setdefault(path, label)
    return doc_title


# -- parsing ------------------------------------------------------------------------------------------------------


def parse_xhtml(data: bytes) -> Any:
    """A chapter or nav document's root element (see the module notes). Raises ReaderError when nothing in it
    can be parsed."""
    return parse_xhtml_checked(data)[0]


def parse_xhtml_checked(data: bytes) -> tuple[Any, bool]:
    """(root element, True when nesting too deep to read was dropped)."""
    try:
        root = etree.fromstring(data, xml_parser())
    except (etree.XMLSyntaxError, ValueError):
        root = None
    if root is not None:
        _replace_entities(root)
        return root, False
    from reader.sources.charset import decode_html

    return parse_html_text(decode_html(data)[0])


def _replace_entities(root: Any) -> None:
    """Replace each entity reference by the character HTML names so (``&nbsp;``), or by nothing: one pass per
    parent, so a chapter of a million references costs linear time."""
    parents: dict[int, Any] = {}
    for entity in root.iter(etree.Entity):
        parent = entity.getparent()
        if parent is not None:
            parents.setdefault(id(parent), parent)
    table = html.entities.html5
    for parent in parents.values():
        pending = [parent.text or ""]
        last = None
        for child in list(parent):
            if isinstance(child.tag, str) or child.tag is not etree.Entity:
                _set_text(parent, last, pending)
                pending = [child.tail or ""]
                last = child
                continue
            pending.append(table.get(f"{child.name};", ""))
            pending.append(child.tail or "")
            child.tail = None
            parent.remove(child)
        _set_text(parent, last, pending)


def _set_text(parent: Any, last: Any, pending: list[str]) -> None:
    text = "".join(pending) or None
    if last is None:
        parent.text = text
    else:
        last.tail = text


__all__ = ["FIRST_PART_CHARS", "from_bytes", "parse_xhtml"]
