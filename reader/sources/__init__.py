"""Every kind of source becomes one :class:`~reader.document.Document`: plain text, Markdown, HTML, EPUB, a URL.

One module per kind, each a pure function from bytes (and an :class:`Origin`: where they came from) to a
Document; nothing outside this package knows about formats:

* :mod:`reader.sources.text` - plain text (the first line is the title; paragraphs are found by blank lines);
* :mod:`reader.sources.markdown` - Markdown with markdown-it-py (code and tables kept, markers hidden);
* :mod:`reader.sources.html` - a web page: the article found by trafilatura, structure and metadata kept;
* :mod:`reader.sources.epub` - a book: its spine in order, converted chapter by chapter;
* :mod:`reader.sources.url` - fetch an http(s) URL (limits, cache) and hand the bytes to one of the above.

:func:`open_source` is the one entry point (the CLI, the app's library, ``reader text``/``quotes``/``export``).
Which kind a source is: a URL's content type, else the file name's suffix, else its content (a page is HTML
whatever its name; an EPUB is a ZIP whose first entry says so; piped input, which has neither a name nor a
content type, may also be Markdown: :func:`looks_like_markdown`). The heavy libraries (trafilatura, lxml, httpx,
markdown-it) are imported by the module of their kind only when such a source is opened: a ``.txt`` start-up
loads none of them.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import NamedTuple

from reader.document import Document
from reader.document_meta import SourceKind
from reader.errors import ReaderError

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".xht", ".shtml"})
EPUB_SUFFIXES = frozenset({".epub"})
READABLE_SUFFIXES = frozenset({".txt", ".text", *MARKDOWN_SUFFIXES, *HTML_SUFFIXES, *EPUB_SUFFIXES})
"""Files a directory argument lists in the library (others in the folder are left out)."""

STDIN_ARGUMENT = "-"
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")
_HTML_START = re.compile(
    rb"^(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)
MARKDOWN_SNIFF_BYTES = 32 * 1024
"""How much of a nameless input :func:`looks_like_markdown` reads."""
_MD_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+\S", re.MULTILINE)
_MD_FIRST_HEADING = re.compile(r"\A\s*#{1,6}[ \t]+\S")
_MD_STRONG = re.compile(
    r"(?<![\w*])\*\*(?=[^\s*])[^*\n]{1,200}?(?<=\S)\*\*(?![\w*])|(?<![\w_])__(?=[^\s_])[^_\n]{1,200}?(?<=\S)__(?![\w_])"
)
_MD_LINK = re.compile(r"\[[^\[\]\n]{1,200}\]\((?:https?://|mailto:|/|\.{1,2}/|#)[^()\s]{0,500}\)")
_MD_FENCE = re.compile(r"^ {0,3}(?:```|~~~)", re.MULTILINE)



def own_address(url: str) -> str:
    """The address a document gives of itself (a page's ``<link rel=canonical>`` or ``og:url``, Markdown front
    matter's ``url``), as the reader keeps it: an http(s) URL with a host and no user name or password, else ""
    (``https://user:pw@…`` would reach every citation and export, and so would the forms a browser reads as one:
    ``https:/u:p@h``, ``https:\\u:p@h``; a URL the reader fetches with credentials is refused outright,
    :mod:`reader.sources.url`)."""
    return url if _OWN_ADDRESS.match(url) else ""


_OWN_ADDRESS = re.compile(r"(?i)https?://[^/?#@\\\s]+(?:[/?#][^\s]*)?\Z")
"""An http(s) URL whose authority holds no "@" (credentials) nor backslash, and no white space anywhere."""

class Origin(NamedTuple):
    """Where a source's bytes came from. ``name`` is display-safe (sanitised), for messages; ``path`` the
    absolute local file ("" for stdin and URLs); ``url`` the final http(s) address of a fetched page;
    ``charset`` the encoding an HTTP ``Content-Type`` header named ("" when none)."""

    name: str
    path: str = ""
    url: str = ""
    charset: str = ""


def is_url(argument: str) -> bool:
    """True when ``argument`` has a URL scheme (``https://``, ``file://``, ``ftp://``...); only http and https
    are fetched (:func:`reader.sources.url.check_url` refuses the others)."""
    return bool(_URL.match(argument))


def sniff_kind(data: bytes, name: str = "", content_type: str = "") -> SourceKind:
    """The kind of a source by its content type, else by its name's suffix, else by its first bytes."""
    media = content_type.split(";", 1)[0].strip().lower()
    if media in ("text/html", "application/xhtml+xml"):
        return "html"
    if media == "application/epub+zip":
        return "epub"
    if media in ("text/markdown", "text/x-markdown"):
        return "markdown"
    suffix = Path(name.split("?", 1)[0].split("#", 1)[0]).suffix.lower()
    from reader.sources.decode import is_epub

    if suffix in EPUB_SUFFIXES or is_epub(data[:512]):
        return "epub"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in HTML_SUFFIXES or looks_like_html(data):
        return "html"
    if not name and not media and looks_like_markdown(data):
        return "markdown"  # piped input: nothing but its content says what it is
    return "text"


def looks_like_markdown(data: bytes) -> bool:
    """True when a nameless input (piped) is plainly Markdown, judged on its first :data:`MARKDOWN_SNIFF_BYTES`.

    The rule is conservative, since Markdown joins the lines of a paragraph and a plain text written one paragraph
    a line would lose its breaks: Markdown when the input opens with front matter that names a title, author, date,
    language or URL (:mod:`reader.sources.front_matter`), or when its first line of text is an ATX heading
    (``# Climate Talks``), or when it shows two different Markdown signs among: a heading line (``## Part``),
    strong emphasis (``**bold**``, ``__bold__``), an inline link (``[words](https://...)``, a path or ``#anchor``)
    and a code fence (a line starting with three backticks or tildes). Else plain text: a news text with
    hashtags (``#climate``), a press release's closing ``###``, a stray ``**`` or a single heading-like line in
    its middle stays text."""
    head = data[:MARKDOWN_SNIFF_BYTES]
    from reader.sources.decode import bom_encoding

    bom = bom_encoding(head)
    codec, skip = (bom[0], bom[2]) if bom is not None else ("utf-8", 0)
    try:
        text = head[skip:].decode(codec, errors="replace")
    except LookupError:
        return False
    from reader.sources.front_matter import split_front_matter

    meta, _body = split_front_matter(text)
    if meta or _MD_FIRST_HEADING.match(text):
        return True
    signs = (_MD_HEADING, _MD_STRONG, _MD_LINK, _MD_FENCE)
    return sum(1 for sign in signs if sign.search(text)) >= 2


def looks_like_html(data: bytes) -> bool:
    """True when a document starts as a web page does (a doctype, ``<html>``, ``<head>``...), whatever its name."""
    head = data[:2048]
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    elif head.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec = "utf-16-le" if head.startswith(b"\xff\xfe") else "utf-16-be"
        head = head[2:].decode(codec, errors="ignore").encode("ascii", errors="ignore")
    return bool(_HTML_START.match(head))


def convert(data: bytes, origin: Origin, kind: SourceKind) -> Document:
    """``data`` as a Document of ``kind``. Raises ReaderError for input that cannot be read as that kind."""
    if kind == "html":
        from reader.sources import html

        return html.from_bytes(data, origin)
    if kind == "epub":
        from reader.sources import epub

        return epub.from_bytes(data, origin)
    if kind == "markdown":
        from reader.sources import markdown

        return markdown.from_bytes(data, origin)
    from reader.sources import text

    return text.from_bytes(data, origin)


def read_file(path: str | os.PathLike[str]) -> tuple[bytes, Origin, SourceKind]:
    """A local file's bytes, where they came from, and their kind (by suffix, then content). Raises
    ReaderError."""
    from reader.loader import read_file_bytes, show_path

    data = read_file_bytes(path)
    absolute = os.fsdecode(Path(path).resolve())
    return data, Origin(name=show_path(path), path=absolute), sniff_kind(data, os.fsdecode(path))


def load_file(path: str | os.PathLike[str]) -> Document:
    """Read and convert a local file. Raises ReaderError."""
    return convert(*read_file(path))


def load_stdin() -> Document:
    """The document piped to standard input (any kind, by its content: EPUB, HTML, Markdown as
    :func:`looks_like_markdown` tells it, else plain text). Raises ReaderError."""
    from reader.piped_input import STDIN_NAME, read_stdin_bytes

    data = read_stdin_bytes()
    return convert(data, Origin(name=STDIN_NAME), sniff_kind(data))


def open_source(argument: str, *, refresh: bool = False) -> Document:
    """The document an argument names: ``-`` (standard input), an http(s) URL (fetched, or from the cache
    unless ``refresh``) or a file. Raises ReaderError with one clear line for anything that cannot be read."""
    if argument == STDIN_ARGUMENT:
        return load_stdin()
    if is_url(argument):
        from reader.sources import url

        return url.load_url(argument, refresh=refresh)
    return load_file(argument)


def readable_files(directory: str | os.PathLike[str]) -> list[Path]:
    """The files of ``directory`` the reader opens (by suffix), sorted by name; hidden files left out.
    Raises ReaderError when the folder cannot be listed or holds none."""
    from reader.loader import show_path

    folder = Path(directory)
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name.lower())
    except PermissionError:
        raise ReaderError(f"permission denied: {show_path(folder)}") from None
    except OSError as error:
        raise ReaderError(f"cannot list {show_path(folder)}: {error.strerror or error}") from None
    found = []
    for entry in entries:
        if entry.name.startswith(".") or entry.suffix.lower() not in READABLE_SUFFIXES:
            continue
        try:
            if entry.is_file():
                found.append(entry)
        except OSError:
            continue
    if not found:
        raise ReaderError(f"{show_path(folder)} holds no document the reader opens (.txt, .md, .html, .epub)")
    return found


__all__ = [
    "Origin",
    "convert",
    "is_url",
    "load_file",
    "load_stdin",
    "looks_like_html",
    "looks_like_markdown",
    "open_source",
    "read_file",
    "readable_files",
    "sniff_kind",
]
