"""What one HTML element is and says, asked by the walk and by the page source alike: its tag, whether anyone
sees it, a link's target as the reader keeps it, a picture's caption, the text under it.

Apart from the walk (:mod:`reader.sources.html_blocks`) because :mod:`reader.sources.html` and
:mod:`reader.sources.html_meta` ask the same questions of elements they never walk (trafilatura's output, a
page's title and headings), and the answers must agree with what the walk shows.

Decisions:

* A link keeps its target only when it is http, https or mailto, or relative (resolved against ``base_url``
  when that is an http(s) address); any other scheme (``javascript:``, ``file:``, ``data:``) is styled as a link
  with an empty target.
* Hidden is what no reader sees: ``hidden``, ``aria-hidden="true"``, an inline ``display: none`` or
  ``visibility: hidden``.
* A picture whose ``alt`` (or ``title``) says nothing of it has no caption, so it leaves no placeholder: none, a
  file name, a generic word ("image", "icon 2", "Image for post"), one word of Latin script ("Loading",
  "Screenshot"), or a 1x1 tracking pixel; "[image]" alone tells a reader of text nothing.
* :func:`gather_text` is iterative (an explicit stack), never recursive, and bounded by its ``limit``.
"""

from __future__ import annotations

import re
from typing import Any, Final
from urllib.parse import urljoin

MAX_TEXT: Final = 2_000_000
"""Characters of text taken from one HTML tree: what one :func:`reader.sources.html_blocks.add_html` call emits
before it stops (the rest is not shown, and said so), and :func:`gather_text`'s bound unless given another."""
MAX_TARGET: Final = 4096
"""Longest link target kept (longer ones are styled as links with an empty target)."""

SKIPPED_TAGS = frozenset(
    "script style noscript template svg head title iframe frame frameset noframes object embed applet canvas "
    "audio video map area meta link base param source track select option optgroup datalist textarea input "
    "button dialog".split()
)
"""Elements left out whole, with everything in them: code, metadata, embedded objects, form controls."""
BLOCK_TAGS = frozenset(
    "p div section article main header footer nav aside address center form fieldset legend details summary "
    "dl dt dd hgroup caption figcaption figure body html menu dir ul ol table thead tbody tfoot tr td th "
    "search".split()
)
"""Elements that break the text: a new block in the walk, a space in :func:`gather_text`."""
HEADING_LEVELS = {f"h{n}": n for n in range(1, 7)}

_ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_URL_EDGES = "".join(chr(c) for c in range(0x21))
_URL_INNER = re.compile(r"[\t\n\r]")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_TAG_LIKE = re.compile(r"<[^<>]{0,200}>")
_FILE_NAME = re.compile(r"[\w\-. ]{0,200}\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|avif)", re.IGNORECASE)
_GENERIC_CAPTION = re.compile(
    r"\W*(?:an? |the )?(?:image|img|picture|photo|photograph|icon|logo|screenshot|graphic|banner|avatar|"
    r"thumbnail|spacer|pixel)s?(?: ?\d+| for post)?\W*",
    re.IGNORECASE,
)


def tag_name(element: Any) -> str | None:
    """The lower-case local name of an element, or None for a comment, processing instruction or entity."""
    tag = element.tag
    if not isinstance(tag, str):
        return None
    if tag.startswith("{"):
        tag = tag.rpartition("}")[2]
    return tag.lower()


# -- links, hidden elements ---------------------------------------------------------------------------------------


def link_target(href: str, base_url: str = "") -> str:
    """A link's target as the reader keeps it: http(s)/mailto, or relative (resolved against an http(s)
    ``base_url``); "" for any other scheme or an unusable address."""
    href = _URL_INNER.sub("", href.strip(_URL_EDGES))
    if not href or len(href) > MAX_TARGET:
        return ""
    scheme = _SCHEME.match(href)
    if scheme:
        return href if scheme.group(1).lower() in _ALLOWED_SCHEMES else ""
    base_scheme = _SCHEME.match(base_url)
    if base_scheme is None or base_scheme.group(1).lower() not in ("http", "https"):
        return href
    try:
        joined = urljoin(base_url, href)
    except ValueError:
        return ""
    scheme = _SCHEME.match(joined)
    if scheme is None or scheme.group(1).lower() not in _ALLOWED_SCHEMES or len(joined) > MAX_TARGET:
        return ""
    return joined


def is_hidden(element: Any) -> bool:
    """True for an element a browser does not show, or shows to no one reading: ``hidden``, ``aria-hidden``,
    an inline style of ``display: none`` or ``visibility: hidden``."""
    attributes = element.attrib
    if not attributes:
        return False
    if "hidden" in attributes or (attributes.get("aria-hidden") or "").strip().lower() == "true":
        return True
    style = attributes.get("style")
    return bool(style) and _HIDDEN_STYLE.search(style) is not None


# -- pictures -----------------------------------------------------------------------------------------------------


def is_pixel(image: Any) -> bool:
    """True for a 0x0 or 1x1 picture (a tracking pixel, a spacer): nothing to show."""
    return image.get("width", "").strip() in ("0", "1") or image.get("height", "").strip() in ("0", "1")


def image_caption(image: Any) -> str:
    """What a picture's placeholder says: its ``alt``, else its ``title``, with tag-like text taken out; "" for
    none, or for a bare file name ("IMG_3886.jpg" tells a reader nothing)."""
    for name in ("alt", "title"):
        caption = " ".join(_TAG_LIKE.sub(" ", image.get(name) or "").split())
        if caption:
            return caption if _telling(caption) else ""
    return ""


def _telling(caption: str) -> bool:
    """False for a caption that says nothing of the picture: a file name, a generic word ("image", "icon 2",
    "Image for post"), or a single word of Latin script ("Loading", "line", "Screenshot")."""
    if _FILE_NAME.fullmatch(caption) or _GENERIC_CAPTION.fullmatch(caption):
        return False
    return " " in caption or (len(caption) >= 4 and any(char >= "\u2e80" for char in caption))


# -- text of a whole element (cells, captions, code) ----------------------------------------------------------


def gather_text(element: Any, *, preformatted: bool = False, limit: int = MAX_TEXT) -> str:
    """The text of ``element`` and its descendants, in order (skipped elements left out; ``br`` a line break in
    preformatted text, else a space; block elements separated by a space). Iterative; at most ``limit``
    characters."""
    parts: list[str] = []
    size = 0
    stack: list[tuple[Any, bool]] = [(element, False)]
    while stack and size < limit:
        node, leaving = stack.pop()
        if leaving:
            if node.tail and node is not element:
                parts.append(node.tail)
                size += len(node.tail)
            continue
        tag = tag_name(node)
        if node is not element and (tag is None or tag in SKIPPED_TAGS or is_hidden(node)):
            if node.tail:
                parts.append(node.tail)
                size += len(node.tail)
            continue
        if tag == "br":
            parts.append("\n" if preformatted else " ")
        elif not preformatted and (tag in BLOCK_TAGS or tag in HEADING_LEVELS or tag == "li"):
            parts.append(" ")
        if node.text:
            parts.append(node.text)
            size += len(node.text)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    return "".join(parts)[:limit]
