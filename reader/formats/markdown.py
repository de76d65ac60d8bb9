"""Markdown export, for Obsidian and other note apps (export only: the native JSON is the lossless format).

Per document::

    # Title

    Source: Author · 2026-11-25 · Site · <https://example.com/story>

    > the highlighted text,
    > every line quoted

    — Speaker

    The note, as written (Markdown in a note stays Markdown).

    #tag #another-tag

    *offset 416–657 · 12 % · yellow*

    ---

    > the next highlight ...

Decisions:
* The ``#`` heading (the document's title) is Markdown-escaped as the citation line is: an imported title such
  as ``[x](javascript:…)`` or ``<img …>`` is text, never a live link or HTML in a Markdown viewer.
* Under each heading, a citation line: the author, date and site, and where it is - its URL as an autolink, or
  else its file path in a code span (copied out exactly). The source's own title is on it only when it is not
  the heading's (an imported record's title may differ from what the page says): the line said the title the
  heading above it had just said (a new user's review). That line is
  Markdown-escaped (a title's ``*``, ``_``, ``[``, ``#``, ``<`` are text, not emphasis, links, tags or HTML), and
  a URL is linked only when it is an http(s) address with nothing a Markdown autolink cannot hold; otherwise it
  is escaped text too. It is also sanitised like everything else.
* Quotes, speakers and tags are an article's words (an attacker's as much as anyone's): only where they would
  turn live - a link, an image or embed, HTML, a reference definition - are they backslash-escaped
  (:func:`reader.markdown_text.inert`: ``![](https://tracker/…)`` loads nothing, ``[x](javascript:…)`` links
  nowhere; a hostile review's finding), so copying them out gives the original words otherwise ("[Trump]"
  stays). Notes are the user's own Markdown and are written as they are. In all of them control, bidi and
  invisible characters become visible placeholders (``␛``, ``⟨U+202E⟩``) via :func:`reader.sanitize.sanitize`,
  line by line so line breaks survive.
* A tag becomes an Obsidian tag: ``#`` plus the tag with white space turned into ``-`` (a tag cannot hold
  spaces).
* The location line gives the offsets, the percent through the document when its length is known, the colour,
  and says so when the highlight is orphaned (its text is no longer found in the document).
* One document's section is :func:`document_markdown`; the digest joins them, and the one-file-per-document
  export (:mod:`reader.formats.split`, ``--split DIR``) puts each under its YAML front matter, so the two never
  differ in how a highlight reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.annotation import Annotation
from reader.citation import cited_words
from reader.formats import ExportDocument, sorted_documents
from reader.markdown_text import address_link, code_span, escape, inert
from reader.provenance import uri_text
from reader.sanitize import sanitize

_LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x0b|\x0c|\x1c|\x1d|\x1e|\x85")
_TAG_SPACE = re.compile(r"\s+")


def safe_lines(text: str) -> list[str]:
    """``text`` split into lines, each made safe to show (see the module note)."""
    return [sanitize(line) for line in _LINE_BREAK.split(text)]


def _quote_block(text: str) -> str:
    """The highlight's words as a block quote, cleaned as `Y` cleans them (:func:`reader.citation.cited_words`:
    no trailing comma, no marks around them), so the export and the copy read the same."""
    return "\n".join(f"> {inert(line)}" if line else ">" for line in safe_lines(cited_words(text)))


def tag_name(tag: str) -> str:
    """``tag`` as an Obsidian tag name (no ``#``): white space runs become ``-``, made safe to show and inert."""
    return inert(sanitize(_TAG_SPACE.sub("-", tag.strip())))


def _tag(tag: str) -> str:
    return "#" + tag_name(tag)


def location(annotation: Annotation, length: int | None) -> str:
    parts = [f"offset {annotation.start}–{annotation.end}"]
    if length:
        parts.append(f"{min(100, annotation.start * 100 // length)} %")
    parts.append(sanitize(annotation.color))
    if annotation.anchor == "orphan":
        parts.append("orphaned: not found in the current text")
    elif annotation.anchor in ("moved", "fuzzy"):
        parts.append(f"re-anchored ({annotation.anchor})")
    return "*" + " · ".join(parts) + "*"


def annotation_markdown(annotation: Annotation, length: int | None = None) -> str:
    """One highlight: quote, speaker, note, tags, location; blocks separated by blank lines."""
    blocks = [_quote_block(annotation.text)]
    if annotation.speaker:
        blocks.append("— " + inert(" ".join(safe_lines(annotation.speaker))))
    if annotation.note.strip():
        blocks.append("\n".join(safe_lines(annotation.note.strip("\r\n"))))
    if annotation.tags:
        blocks.append(" ".join(_tag(tag) for tag in annotation.tags if tag.strip()))
    blocks.append(location(annotation, length))
    return "\n\n".join(block for block in blocks if block)


def citation(doc: ExportDocument) -> str:
    """The document's citation line: the source's title when the heading does not already say it, author, date,
    site, then its URL (an autolink) or file path."""
    source = doc.source
    title = source.get("title", "")
    if " ".join(safe_lines(title)).strip().casefold() == display_title(doc).casefold():
        title = ""
    texts = (title, source.get("author", ""), source.get("date", ""), source.get("site", ""))
    parts = [escape(text) for text in texts]
    url = uri_text(source.get("url", ""))
    path = source.get("path") or doc.path
    if url:
        parts.append(address_link(url))
    elif path:
        parts.append(code_span(path))
    shown = [part for part in parts if part]
    return "Source: " + " · ".join(shown) if shown else ""


def display_title(doc: ExportDocument) -> str:
    """The document's title as its heading shows it: one safe line, ``Untitled`` when it has none."""
    return " ".join(safe_lines(doc.title)).strip() or "Untitled"


def document_markdown(doc: ExportDocument) -> str:
    """One document as Markdown (no trailing newline): its ``#`` heading, citation line, then each highlight,
    separated by ``---``. Used by :func:`export_markdown` for each section and by :mod:`reader.formats.split` for
    each file's body, so the two exports never differ in how a highlight reads."""
    head = [f"# {escape(display_title(doc))}"]  # a title is text: "[x](javascript:…)" or "<img …>" never live
    cited = citation(doc)
    if cited:
        head.append(cited)
    if not doc.annotations:
        head.append("*No highlights.*")
    parts = ["\n\n".join(head)]
    parts.extend(annotation_markdown(annotation, doc.length) for annotation in doc.annotations)
    return "\n\n---\n\n".join(parts)


def export_markdown(documents: Iterable[ExportDocument]) -> str:
    """All documents as one Markdown text (a ``#`` section per document), ending with a newline."""
    sections = [document_markdown(doc) for doc in sorted_documents(documents)]
    if not sections:
        return "*No highlights.*\n"
    return "\n\n".join(sections) + "\n"
