"""A web page's bytes to text: which encoding, decided as a browser would, and never an exception or nonsense.

Order (the WHATWG "encoding sniffing" steps, simplified):

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) wins;
2. the charset of the HTTP ``Content-Type`` header (:attr:`reader.sources.Origin.charset`);
3. ``<meta charset>`` or ``<meta http-equiv="content-type" content="...; charset=...">`` in the first 4 KB
   (comments skipped), else an XML declaration's ``encoding`` (XHTML, EPUB chapters);
4. else UTF-8, each invalid byte becoming U+FFFD (counted).

Decisions, for labels that lie or are dangerous:

* Labels are mapped as browsers map them: ``latin1``/``iso-8859-1``/``ascii`` mean windows-1252, ``gb2312`` means
  GB18030, ``shift_jis`` the Windows variant, and so on. Only the encodings of the WHATWG Encoding standard are
  accepted; an unknown label, or one Python knows but the web does not (``rot13``, ``base64``, ``utf-7``,
  ``unicode_escape``, the ISO-2022 variants browsers replace) is ignored and the next step decides.
* A header or ``<meta>`` that names UTF-16 or UTF-32 for a document with no NUL byte in its first 4 KB is read
  as UTF-8 (browsers do so for ``<meta>``: a document that can state its charset in ASCII is not UTF-16).
* A declared legacy encoding over bytes that are valid UTF-8 and contain non-ASCII is overruled: the text is
  UTF-8. Servers that send ``charset=iso-8859-1`` by default for UTF-8 pages are common; valid multi-byte UTF-8
  arising by chance from a legacy encoding is not.
* No guessing beyond that (no statistical detector): a wrong guess turns a page into nonsense, while U+FFFD for
  a few bytes is honest and counted.

Pure standard library (no lxml: it runs before the parse).
"""

from __future__ import annotations

import codecs
import re

from reader.sources.decode import bom_encoding

PRESCAN = 4096
"""Bytes of the page's start searched for a ``<meta>`` charset."""

_ALIASES = {
    # WHATWG: these labels all mean windows-1252 (or its relatives), whatever the label says.
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "l1": "cp1252",
    "cp819": "cp1252",
    "ibm819": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "iso8859-9": "cp1254",
    "latin5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "windows-874": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "chinese": "gb18030",
    "big5": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ms_kanji": "cp932",
    "windows-31j": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "korean": "cp949",
    "x-mac-roman": "mac-roman",
    "macintosh": "mac-roman",
    "x-mac-cyrillic": "mac-cyrillic",
    "utf-16": "utf-16-le",
    "utf-16le": "utf-16-le",
    "utf-16be": "utf-16-be",
    "utf-32": "utf-32-le",
    "unicode": "utf-16-le",
    "ucs-2": "utf-16-le",
}

_WEB_ENCODINGS = (
    "utf-8 utf-16-le utf-16-be utf-32-le utf-32-be cp866 koi8-r koi8-u mac-roman mac-cyrillic cp874 cp1250 cp1251 "
    "cp1252 cp1253 cp1254 cp1255 cp1256 cp1257 cp1258 iso8859-2 iso8859-3 iso8859-4 iso8859-5 iso8859-6 "
    "iso8859-7 iso8859-8 iso8859-10 iso8859-13 iso8859-14 iso8859-15 iso8859-16 gb18030 big5hkscs euc_jp "
    "iso2022_jp cp932 cp949"
).split()
_ALLOWED = frozenset(codecs.lookup(name).name for name in _WEB_ENCODINGS)
_WIDE = frozenset(codecs.lookup(name).name for name in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"))
_UTF8 = codecs.lookup("utf-8").name

_COMMENT = re.compile(rb"<!--.*?(?:-->|$)", re.DOTALL)
_META = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""", re.IGNORECASE)
_XML_DECLARATION = re.compile(
    rb"""^\s*<\?xml\b[^>]{0,200}?\bencoding\s*=\s*["']([A-Za-z0-9_.:\-]{1,40})["']""", re.IGNORECASE
)


def codec_for(label: str) -> str | None:
    """The Python codec a charset label means on the web, or None for an unknown or refused label."""
    name = label.strip().strip("\"'").strip().lower()
    if not name or len(name) > 40:
        return None
    name = _ALIASES.get(name, name)
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return codec if codec in _ALLOWED else None


def declared_charset(data: bytes) -> str:
    """The label a ``<meta>`` (or else an XML declaration) in the first 4 KB names, or ""."""
    head = _COMMENT.sub(b"", data[:PRESCAN])
    for tag in _META.finditer(head):
        found = _META_CHARSET.search(tag.group())
        if found:
            return found.group(1).decode("ascii")
    declaration = _XML_DECLARATION.match(head)
    return declaration.group(1).decode("ascii") if declaration else ""


def _plausible(codec: str, data: bytes) -> bool:
    """False for a declaration the bytes contradict: UTF-16/32 without NUL bytes."""
    return codec not in _WIDE or b"\x00" in data[:PRESCAN]


def choose_encoding(data: bytes, header_charset: str = "") -> tuple[str, int]:
    """(Python codec, bytes to skip: a BOM's length) for a page's bytes (see the module notes)."""
    bom = bom_encoding(data)
    if bom is not None:
        return bom[0], bom[2]
    for label in (header_charset, declared_charset(data)):
        if not label:
            continue
        codec = codec_for(label)
        if codec is None or not _plausible(codec, data):
            continue
        if codec != _UTF8 and codec not in _WIDE and _is_non_ascii_utf8(data):
            return _UTF8, 0
        return codec, 0
    return _UTF8, 0


def _is_non_ascii_utf8(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_html(data: bytes, header_charset: str = "") -> tuple[str, int]:
    """The page's text and the number of U+FFFD that replaced undecodable bytes (a U+FFFD the page itself
    holds does not count). Never raises for any bytes."""
    codec, skip = choose_encoding(data, header_charset)
    body = data[skip:] if skip else data
    text = body.decode(codec, errors="replace")
    if "\ufffd" not in text:
        return text, 0
    genuine = body.decode(codec, errors="ignore").count("\ufffd")
    return text, max(text.count("\ufffd") - genuine, 0)


__all__ = ["PRESCAN", "choose_encoding", "codec_for", "decode_html", "declared_charset"]
