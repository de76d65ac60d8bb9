"""Markdown export, for Obsidian and other note apps (export only: the native JSON is the lossless format).

Per document::

    # Title

    Source: path

    > the highlighted text,
    > every line quoted

    — Speaker

    The note, as written (Markdown in a note stays Markdown).

    #tag #another-tag

    *offset 416–657 · 12 % · yellow*

    ---

    > the next highlight ...

Decisions:
* Nothing is backslash-escaped: quotes and notes are written as they are, so copying them out gives the
  original words. Only what could harm the viewer is changed: control, bidi and invisible characters become
  visible placeholders (``␛``, ``⟨U+202E⟩``) via :func:`reader.sanitize.sanitize`, line by line so line breaks
  survive.
* A tag becomes an Obsidian tag: ``#`` plus the tag with white space turned into ``-`` (a tag cannot hold
  spaces).
* The location line gives the offsets, the percent through the document when its length is known, the colour,
  and says so when the highlight is orphaned (its text is no longer found in the document).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.annotation import Annotation
from reader.formats import ExportDocument, sorted_documents
from reader.sanitize import sanitize

_LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x0b|\x0c|\x1c|\x1d|\x1e|\x85")
_TAG_SPACE = re.compile(r"\s+")


def safe_lines(text: str) -> list[str]:
    """``text`` split into lines, each made safe to show (see the module note)."""
    return [sanitize(line) for line in _LINE_BREAK.split(text)]


def _quote_block(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in safe_lines(text))


def _tag(tag: str) -> str:
    return "#" + sanitize(_TAG_SPACE.sub("-", tag.strip()))


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
        blocks.append("— " + " ".join(safe_lines(annotation.speaker)))
    if annotation.note.strip():
        blocks.append("\n".join(safe_lines(annotation.note.strip("\r\n"))))
    if annotation.tags:
        blocks.append(" ".join(_tag(tag) for tag in annotation.tags if tag.strip()))
    blocks.append(location(annotation, length))
    return "\n\n".join(block for block in blocks if block)


def export_markdown(documents: Iterable[ExportDocument]) -> str:
    """All documents as one Markdown text (a ``#`` section per document), ending with a newline."""
    sections: list[str] = []
    for doc in sorted_documents(documents):
        title = " ".join(safe_lines(doc.title)).strip() or "Untitled"
        head = [f"# {title}"]
        if doc.path:
            head.append("Source: " + " ".join(safe_lines(doc.path)))
        if not doc.annotations:
            head.append("*No highlights.*")
        parts = ["\n\n".join(head)]
        parts.extend(annotation_markdown(annotation, doc.length) for annotation in doc.annotations)
        sections.append("\n\n---\n\n".join(parts) if len(parts) > 1 else parts[0])
    if not sections:
        return "*No highlights.*\n"
    return "\n\n".join(sections) + "\n"
