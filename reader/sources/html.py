"""A web page as a Document: the article trafilatura finds, with its structure, inline styles and metadata.

Steps: size check, decode (:mod:`reader.sources.charset`: BOM, HTTP header, ``<meta>``, else UTF-8), one safe
lxml parse (:func:`reader.sources.html_blocks.parse_html_text`), trafilatura on that tree (it copies it), and
its XML body renamed to plain HTML tags and walked by :func:`reader.sources.html_blocks.add_html`, so pages and
EPUB chapters become blocks by the same code. trafilatura is imported here, inside the function: a ``.txt``
start-up never pays for it (about 140 ms).

Decisions (each measured with ``benchmarks/extraction_quality.py`` on the 130 pages of ../shared/web-pages):

* Limits. A page over :data:`MAX_HTML_BYTES` (50 MB) is refused. trafilatura's cost grows faster than the page
  (about 1 s at 9,000 elements, 3 s at 18,000, 12 s at 30,000 on this machine), so a page of more than
  :data:`MAX_EXTRACT_ELEMENTS` elements (after scripts, styles, SVG and inline wrappers are taken out), or of
  more than :data:`MAX_EXTRACT_CHARS` characters of markup, is not given to it: the reader shows all of its
  visible text and says why. Long ``data:`` URIs (pictures saved inside the page) are cut before the parse.
* trafilatura's options: formatting, links and tables kept; readers' comments left out; no extensive date
  search (it hands strings to dateparser, seconds on some pages for a byline date); no images: with them it
  takes far more than the article on some pages (yahoo-4: F1 0.29 instead of 0.99). Pictures are put back by
  the reader: each picture with a telling ``alt`` is placed before the article block that followed it in the
  page (a picture whose next text is not in the article, such as a logo, stays out); a caption already shown
  is not repeated, and a block that is the picture's own caption becomes its placeholder. A picture that ends
  the article (a new user's review: its placeholder was missing, while one mid-article had it) is placed after
  the article's last block when it stands right after that block in the page: as the element that follows it
  (or follows the block's container, when the block ends it, up to 3 levels), alone in it but for its caption,
  wrapped in nothing but ``figure``, ``picture``, ``p``, ``div`` or ``span`` (a footer's or share bar's
  pictures, and a picture that is a link, such as a "back" button, stay out).
* Before extraction the tree loses what no reader sees (``hidden``, ``aria-hidden``, ``display: none``); each
  ``<pre>`` is wrapped so trafilatura keeps it as code (it makes a ``<pre>`` without code-like text, an RFC or
  a poem, a quotation and loses its lines), and a quotation that is still one of the page's ``<pre>`` is made
  code again; a paragraph that repeats an earlier one is made unique for the extraction (trafilatura drops
  repeats as its own artifacts; a page's repeats are its content) and restored after.
* Title: the page's own, as Firefox's Reader View finds it (:mod:`reader.sources.html_meta`), else
  trafilatura's; the first block, then a byline (author · date · site, whichever exist). The body's first
  block is dropped when it repeats the title (equal, or a ``h1``/``h2`` whose words are mostly the title's).
* URL: the page's canonical address (``<link rel=canonical>``, ``og:url``) when it is http(s), else the
  address it was fetched from. Language: ``<html lang>``, else ``content-language``, else trafilatura's.
* No article (trafilatura finds nothing, fails, or is not run): the page's visible text through the same block
  walker (head, scripts, styles and hidden elements left out) with :attr:`SourceInfo.notice` saying so. Never raw
  markup, never a traceback: any exception from trafilatura (a RecursionError included) means this fallback.
* Metadata values are cut to :data:`~reader.sources.html_meta.MAX_META` characters with their white space
  collapsed; they stay raw text (sanitised where shown).
"""

from __future__ import annotations

import logging
import re
from typing import Any, Final

from reader.document import Document
from reader.document_meta import SourceInfo
from reader.errors import ReaderError
from reader.sources import Origin, own_address
from reader.sources.builder import DocumentBuilder
from reader.sources.charset import decode_html
from reader.sources.decode import bom_encoding, check_not_binary
from reader.sources.html_blocks import add_html, gather_text, image_caption, is_hidden, link_target, parse_html_text
from reader.sources.html_meta import MAX_META, clean, page_facts, similarity

MAX_HTML_BYTES: Final = 50 * 1024 * 1024
"""Largest page opened (bytes as read)."""
MAX_EXTRACT_ELEMENTS: Final = 15_000
"""Elements above which trafilatura is not run (its time grows faster than the page)."""
MAX_EXTRACT_CHARS: Final = 8_000_000
"""Characters of markup above which trafilatura is not run."""

NO_ARTICLE_NOTICE: Final = "No article found in this page: showing all of its visible text."
TOO_LARGE_NOTICE: Final = "This page is too large to look for its article in: showing all of its visible text."
TOO_DEEP_NOTICE: Final = "This page nests its elements too deeply: what lies deepest is not shown."
TRUNCATED_NOTICE: Final = "This page is longer than the reader's limit: its end is not shown."

_REPEAT_MARK = "\ue000"
"""Made unique with a private-use character before extraction, removed after (see :func:`_mark_repeats`)."""
_REPEATABLE = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd", "dt", "pre")
_CAPTIONED = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "figcaption")
_DATA_URI = re.compile(r"data:[^\"'\s)>]{1024,}", re.IGNORECASE)
_TITLE_EDGES = " \t\r\n\"'“”‘’«»‹›.:;,!?-–—|"
_PRUNE = ("script", "style", "svg", "noscript", "template", "iframe", "object", "embed", "canvas")
_UNWRAP = ("span", "font", "small", "big", "abbr", "bdi", "bdo", "data", "time", "mark", "ins", "wbr")
_HI = {"#i": "em", "#b": "strong", "#u": "u", "#t": "code", "#sub": "sub", "#sup": "sup"}
_INLINE_PARENTS = frozenset({"p", "hi", "ref", "head", "cell", "del", "em", "strong", "code", "a", "td", "th"})
_BLOCK_CODE_PARENTS = frozenset({"body", "div", "quote", "blockquote", "list", "section", "article", "main"})

for _name in ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer"):
    if not logging.getLogger(_name).handlers:  # no "lastResort" lines on stderr under the TUI
        logging.getLogger(_name).addHandler(logging.NullHandler())


def from_bytes(data: bytes, origin: Origin) -> Document:
    """The page in ``data`` as a Document. Raises ReaderError for a page too large, empty, binary or with no
    text at all."""
    if len(data) > MAX_HTML_BYTES:
        size = len(data) / (1024 * 1024)
        limit = MAX_HTML_BYTES // (1024 * 1024)
        raise ReaderError(f"{origin.name} is {size:.0f} MB of HTML; the reader opens web pages up to {limit} MB")
    if not data or data.isspace():
        raise ReaderError(f"{origin.name} is empty: there is nothing to read")
    bom = bom_encoding(data)
    if bom is None or bom[0] == "utf-8":  # UTF-16/32 text is full of NUL bytes: not binary
        check_not_binary(data, origin.name)
    text, replaced = decode_html(data, origin.charset)
    if len(text) > 1_000_000:
        text = _DATA_URI.sub("data:,", text)
    try:
        root, too_deep = parse_html_text(text)
    except ReaderError:
        raise ReaderError(f"{origin.name} holds no HTML content to read") from None
    notices = [TOO_DEEP_NOTICE] if too_deep else []
    page = page_facts(root)
    article: Any = None
    preformatted: set[str] = set()
    pictures: dict[str, list[str]] = {}
    closing: dict[str, list[str]] = {}
    tree = _for_extraction(root, len(text))
    if tree is None:
        notices.append(TOO_LARGE_NOTICE)
    else:
        _drop_hidden(tree)
        preformatted = _preformatted_as_code(tree)
        pictures, closing = _pictures(tree)
        article = _extract(tree, origin.url)
        if article is None:
            notices.append(NO_ARTICLE_NOTICE)
    builder = DocumentBuilder()
    info = _info(article, page, origin)
    if info.title:
        builder.title(info.title)
    byline = " · ".join(value for value in (info.author, info.date, info.site) if value)
    if byline:
        builder.byline(byline)
    start = len(builder.blocks)
    base = info.url or origin.url
    truncated = False
    if article is not None:
        try:
            body = _as_html(article.body, info.title, preformatted)
            _put_images(body, pictures, closing)
        except ValueError:  # lxml refusing a value: not expected (the tree's text is XML-safe), never a traceback
            body = None
        truncated = add_html(body, builder, base_url=base) if body is not None else False
        builder.close_block()
        if len(builder.blocks) == start:
            notices.append(NO_ARTICLE_NOTICE)
            article = None
    if article is None:
        body = root.find("body")
        truncated = add_html(body if body is not None else root, builder, base_url=base)
    if truncated:
        notices.append(TRUNCATED_NOTICE)
    if not builder.has_text:
        raise ReaderError(f"{origin.name} holds no text to read")
    from dataclasses import replace

    info = replace(info, notice=" ".join(notices))
    return builder.document(info, replaced_bytes=replaced)


# -- metadata -------------------------------------------------------------------------------------------------


def _web_address(value: str, base: str) -> str:
    target = own_address(link_target(value, base))
    return target if target.lower().startswith(("http://", "https://")) else ""


def _info(article: Any, page: dict[str, str], origin: Origin) -> SourceInfo:
    title = page.get("title", "") or clean(getattr(article, "title", None))
    canonical = _web_address(page.get("canonical", ""), origin.url)
    language = page.get("language", "") or clean(getattr(article, "language", None))[:35]
    return SourceInfo(
        kind="html",
        title=title.replace(_REPEAT_MARK, ""),
        author=_distinct_names(clean(getattr(article, "author", None)).replace(_REPEAT_MARK, "")),
        date=clean(getattr(article, "date", None)),
        site=clean(getattr(article, "sitename", None)).replace(_REPEAT_MARK, ""),
        url=canonical or origin.url,
        language=language,
        path=origin.path,
    )


def _distinct_names(authors: str) -> str:
    """trafilatura's ``"; "``-joined authors, each name once whatever its case ("Jeffrey Gettleman; JEFFREY
    GETTLEMAN" is one author, from the byline and from the metadata)."""
    seen: set[str] = set()
    names = []
    for name in authors.split("; "):
        key = " ".join(name.casefold().split())
        if key and key not in seen:
            seen.add(key)
            names.append(name.strip())
    return "; ".join(names)


# -- extraction ----------------------------------------------------------------------------------------------


def _for_extraction(root: Any, markup: int) -> Any:
    """The tree to give trafilatura: ``root`` itself, a pruned copy for a large page, or None when the page is
    too large to give it at all."""
    if markup > MAX_EXTRACT_CHARS:
        return None
    count = sum(1 for _ in root.iter())
    if count <= MAX_EXTRACT_ELEMENTS:
        return root
    from copy import deepcopy

    from lxml import etree

    tree = deepcopy(root)
    etree.strip_elements(tree, *_PRUNE, with_tail=False)
    body = tree.find("body")
    etree.strip_tags(body if body is not None else tree, *_UNWRAP)
    return tree if sum(1 for _ in tree.iter()) <= MAX_EXTRACT_ELEMENTS else None


def _drop_hidden(root: Any) -> None:
    """Take out of the page the elements no one reading sees (see :func:`html_blocks.is_hidden`), and a short
    note beside the article (``role="note"``: a wiki's "See also: …" hatnote, which trafilatura glued into a
    paragraph of its own, "Mozilla Foundationand", its "See also:" lost; Readability's extraction leaves it out)."""
    body = root.find("body")
    hidden = [e for e in (body if body is not None else root).iter() if isinstance(e.tag, str) and (
        is_hidden(e) or (e.get("role") == "note" and len("".join(e.itertext())) < 300))]
    for element in hidden:
        _remove_keeping_tail(element)


def _preformatted_as_code(root: Any) -> set[str]:
    """Wrap each ``<pre>``'s content in one ``<span>``: trafilatura then keeps it as code (preformatted lines),
    where it would otherwise turn a ``<pre>`` without code-like text (an RFC, a poem) into a quotation whose
    line breaks are lost (the text is unchanged). Returns the start of each one's text (see :func:`_key`), by
    which a ``<pre>`` that trafilatura's other extractors still made a quotation is found again."""
    from lxml import etree

    starts: set[str] = set()
    for pre in list(root.iter("pre")):
        key = _key(gather_text(pre, preformatted=True, limit=400))[:200]
        if key:
            starts.add(key)
        if len(pre) == 1 and pre[0].tag == "span" and not (pre.text or "").strip():
            continue
        span = etree.SubElement(pre, "span")
        span.text, pre.text = pre.text, None
        for child in list(pre)[:-1]:
            span.append(child)
    return starts


def _mark_repeats(tree: Any) -> list[tuple[Any, str, str | None]]:
    """Make each paragraph that repeats an earlier one word for word differ from it by invisible private-use
    characters, so trafilatura keeps it (it drops repeats, taking them for its own artifacts; a page's own
    repeats are its content). Returns what to restore."""
    changes: list[tuple[Any, str, str | None]] = []
    seen: dict[str, int] = {}
    for element in tree.iter(*_REPEATABLE):
        if element.tag == "div" and len(element):
            continue  # only a div of text alone: a container's text is its paragraphs'
        text = "".join(element.itertext()).strip()
        if len(text) < 20:
            continue
        count = seen[text] = seen.get(text, 0) + 1
        if count == 1:
            continue
        mark = _REPEAT_MARK * (count - 1)
        if len(element):
            last = element[-1]
            changes.append((last, "tail", last.tail))
            last.tail = (last.tail or "") + mark
        else:
            changes.append((element, "text", element.text))
            element.text = (element.text or "") + mark
    return changes


def _extract(tree: Any, url: str) -> Any:
    """trafilatura's Document for the page (None when it finds no article or fails)."""
    changes = _mark_repeats(tree)
    try:
        import trafilatura
        from trafilatura.settings import set_date_params

        found = trafilatura.bare_extraction(
            tree,
            url=url or None,
            with_metadata=True,
            date_extraction_params=set_date_params(False),
            include_formatting=True,
            include_links=True,
            include_images=False,
            include_tables=True,
            include_comments=False,
        )
    except Exception:  # noqa: BLE001 - a third-party extractor on hostile input: any failure means the fallback
        return None
    finally:
        for element, attribute, value in reversed(changes):
            setattr(element, attribute, value)
    body = getattr(found, "body", None)
    if body is None or not len(body) and not (body.text or "").strip():
        return None
    return found


def _normal(text: str) -> str:
    return " ".join(text.split()).strip(_TITLE_EDGES).casefold()


def _as_html(body: Any, title: str, preformatted: set[str]) -> Any:
    """trafilatura's XML body with its elements renamed to the HTML ones :func:`add_html` knows (in place),
    its first block dropped when it repeats the title."""
    for element in body.iter():
        if element.text and _REPEAT_MARK in element.text:
            element.text = element.text.replace(_REPEAT_MARK, "")
        if element.tail and _REPEAT_MARK in element.tail:
            element.tail = element.tail.replace(_REPEAT_MARK, "")
        tag = element.tag
        if not isinstance(tag, str):
            continue
        parent = element.getparent()
        parent_tag = parent.tag if parent is not None else "body"
        if tag == "head":
            rend = element.get("rend") or ""
            element.tag = rend if re.fullmatch(r"h[1-6]", rend) else "h3"
        elif tag == "list":
            element.tag = "ol" if element.get("rend") == "ol" else "ul"
        elif tag == "item":
            element.tag = "li"
        elif tag == "quote":
            if parent_tag in _INLINE_PARENTS:
                element.tag = "q"
            elif preformatted and _key(gather_text(element, preformatted=True, limit=400))[:200] in preformatted:
                element.tag = "pre"  # a <pre> that an extractor turned into a quotation
            else:
                element.tag = "blockquote"
        elif tag == "code":
            block = parent_tag in _BLOCK_CODE_PARENTS or "\n" in (element.text or "").strip()
            element.tag = "pre" if block else "code"
        elif tag == "row":
            element.tag = "tr"
        elif tag == "cell":
            element.tag = "th" if element.get("role") == "head" else "td"
        elif tag == "hi":
            element.tag = _HI.get(element.get("rend") or "", "span")
        elif tag == "ref":
            element.tag = "a"
            target = element.get("target")
            if target is not None:
                element.set("href", target)
        elif tag == "graphic":
            element.tag = "img"
        elif tag == "lb":
            element.tag = "br"
    _drop_repeated_title(body, title)
    return body


def _key(text: str) -> str:
    return " ".join(text.replace(_REPEAT_MARK, "").split())[:300].casefold()


def _pictures(root: Any) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The captions of the page's pictures, keyed by the text block that follows each, and of those that stand
    right after a text block (:func:`_right_after`), keyed by that block (see :func:`_put_images`): trafilatura
    is run without images (with them it takes more than the article on some pages)."""
    found: dict[str, list[str]] = {}
    closing: dict[str, list[str]] = {}
    pending: list[str] = []
    last: tuple[Any, str] | None = None  # the last text block seen, and its key
    body = root.find("body")
    for element in (body if body is not None else root).iter():
        tag = element.tag
        if tag == "img":
            caption = image_caption(element)
            if caption and element.get("width", "").strip() not in ("0", "1"):
                pending.append(caption)
                if last is not None and _right_after(element, last[0], caption):
                    closing.setdefault(last[1], []).append(caption)
        elif tag in _CAPTIONED:
            key = _key(gather_text(element, limit=2000))
            if key:
                last = (element, key)
                if pending:
                    found.setdefault(key, []).extend(pending)
                    pending = []
    return found, closing


_PICTURE_WRAPPERS = frozenset({"figure", "picture", "p", "div", "span"})
"""What may hold a picture that ends an article (not a link: a picture that is a link there is a button, such as
hukumusume's "back to the previous page", or an advertisement)."""


def _right_after(image: Any, block: Any, caption: str) -> bool:
    """True when ``image`` stands right after ``block`` in the page: in the element that follows it (or follows
    the block's parent, when the block is its last element, up to 3 levels), which holds no other picture and
    no text but the picture's caption, through nothing but :data:`_PICTURE_WRAPPERS`."""
    for _level in range(3):
        following = block.getnext()
        while following is not None and not isinstance(following.tag, str):
            following = following.getnext()  # a comment or processing instruction between them
        if following is not None:
            break
        block = block.getparent()
        if block is None:
            return False
    else:
        return False
    node = image
    while node is not following:
        node = node.getparent()
        if node is None or (node is not following and node.tag not in _PICTURE_WRAPPERS):
            return False
    if following is not image:
        if following.tag not in _PICTURE_WRAPPERS or sum(1 for _ in following.iter("img")) != 1:
            return False
        text = gather_text(following, limit=2000)
        if text.strip() and not (similarity(caption, text) > 0.75 and similarity(text, caption) > 0.75):
            return False
    return True


def _put_images(body: Any, pictures: dict[str, list[str]], closing: dict[str, list[str]]) -> None:
    """Put an image placeholder before each block of the article that followed a picture in the page, and after
    the article's last block the pictures that stood right after it. A caption already shown is not repeated; a
    block that is the picture's caption (its words are those of the ``alt``) becomes the placeholder."""
    if not pictures and not closing:
        return
    from lxml import etree

    shown: set[str] = set()
    blocks = list(body.iter(*_CAPTIONED))
    last: Any = next((element for element in reversed(blocks) if _key(gather_text(element, limit=2000))), None)
    ending = closing.get(_key(gather_text(last, limit=2000)), []) if last is not None else []
    for caption in reversed(ending):  # each added right after the block: the last one first
        if _key(caption) not in shown:
            shown.add(_key(caption))
            last.addnext(etree.Element("img", alt=caption))
    for element in blocks:
        text = gather_text(element, limit=2000)
        captions = pictures.pop(_key(text), None)
        for caption in captions or ():
            if _key(caption) in shown:
                continue
            shown.add(_key(caption))
            if similarity(caption, text) > 0.75 and similarity(text, caption) > 0.75:
                element.tag = "img"
                element.attrib.clear()
                element.set("alt", " ".join(text.replace(_REPEAT_MARK, "").split()))
                for child in list(element):
                    element.remove(child)
                element.text = None
                break
            image = etree.Element("img", alt=caption)
            element.addprevious(image)


def _drop_repeated_title(body: Any, title: str) -> None:
    """Drop the body's first block when it is a heading that repeats the title (Reader View's test: at least
    3/4 of its words' text is in the title) or any block equal to it."""
    if not title:
        return
    for child in body:
        text = gather_text(child, limit=MAX_META * 4)
        if not text.strip():
            continue
        repeated = _normal(text) == _normal(title) or (child.tag in ("h1", "h2") and similarity(title, text) > 0.75)
        if repeated and child.tag in ("h1", "h2", "h3", "h4", "h5", "h6", "p"):
            _remove_keeping_tail(child)
        return


def _remove_keeping_tail(element: Any) -> None:
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


__all__ = ["MAX_EXTRACT_ELEMENTS", "MAX_HTML_BYTES", "NO_ARTICLE_NOTICE", "from_bytes"]
