"""``reader search QUERY [--db PATH] [--json]``: search every highlight of the store from the command line.

The same search as the library's ``/`` (:mod:`reader.search`: the panel's filter words plus ``doc:WORD``,
ranked and grouped by document). Plain output is one line per document, then one indented line per highlight
(``start-end  “quote” — speaker  #tags  note: ...``; the quote cleaned as `y` cites it, without a trailing comma
or marks around it, and one holding marks of its own shown without ours: :func:`reader.citation.shown_quote`),
every field sanitised for the terminal; ``--json`` is an
object (``query``, ``total``, ``documents``: each with its ``doc_id``, ``title``, ``source`` and ``matches``),
terminal-safe (:func:`reader.formats.json_text.dumps`). Exit status 0 when something matched, 1 when nothing
did (as grep), 2 for an error (an unreadable store). The store is only read: nothing is created.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from reader.citation import shown_quote
from reader.loader import show_path, visible_breaks
from reader.sanitize import sanitize
from reader.search import Group, Hit, SearchIndex, document_infos

NOTE_CHARS = 80
"""Characters of a note shown on a plain line (``--json`` has it whole)."""


def run_search(args: argparse.Namespace) -> int:
    from reader.store import Store

    store = Store(args.db)
    index = SearchIndex(store.all_annotations(), document_infos(store.documents()))
    query = " ".join(args.query)
    results = index.search(query)
    groups = results.groups
    out = sys.stdout
    if args.json:
        from reader.formats.json_text import dumps

        out.write(dumps({"query": query, "total": results.total, "documents": [_group(g) for g in groups]}, indent=1))
        out.write("\n")
    else:
        for group in groups:
            document = group.document
            count = len(group.hits)
            out.write(
                f"{sanitize(document.title or visible_breaks(document.source))}  ({show_path(document.source)}) — "
                f"{count} match{'es' if count != 1 else ''}\n"
            )
            for hit in group.hits:
                out.write("  " + _line(hit.annotation.start, hit.annotation.end, hit) + "\n")
        if not groups:
            out.write(f"no highlight matches {sanitize(query)!s}\n")
    return 0 if results.total else 1


def _line(start: int, end: int, hit: Hit) -> str:
    annotation = hit.annotation
    parts = [f"{start}-{end}", shown_quote(annotation.text)]  # as y copies it (no “ ” around marks)
    if annotation.speaker:
        parts.append("— " + sanitize(annotation.speaker))
    if annotation.tags:
        parts.append(" ".join("#" + sanitize(tag) for tag in annotation.tags))
    note = " ".join(annotation.note.split())
    if note:
        parts.append("note: " + sanitize(note if len(note) <= NOTE_CHARS else note[: NOTE_CHARS - 1] + "…"))
    return "  ".join(parts)


def _group(group: Group) -> dict[str, Any]:
    document = group.document
    return {
        "doc_id": document.doc_id,
        "title": document.title,
        "source": document.source,
        "opened": document.opened,
        "matches": [
            {
                "id": hit.annotation.id,
                "doc_id": hit.annotation.doc_id,
                "start": hit.annotation.start,
                "end": hit.annotation.end,
                "text": hit.annotation.text,
                "note": hit.annotation.note,
                "tags": list(hit.annotation.tags),
                "speaker": hit.annotation.speaker,
                "color": hit.annotation.color,
                "created": hit.annotation.created,
                "score": hit.score,
                "fields": list(hit.fields),
            }
            for hit in group.hits
        ],
    }
