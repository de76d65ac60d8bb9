"""``reader search QUERY [--db PATH] [--json]``: search every highlight of the store from the command line.

The same search as the library's ``/`` (:mod:`reader.search`: the panel's filter words plus ``doc:WORD``,
ranked and grouped by document). Plain output is one line per document, then one indented line per highlight
(``start-end  “quote” — speaker  #tags  note: ...``; the quote cleaned as `y` cites it, without a trailing comma
or marks around it, and one holding marks of its own shown without ours: :func:`reader.citation.shown_quote`),
every field sanitised for the terminal; ``--json`` is an
object (``query``, ``total``, ``documents``: each with its ``doc_id``, ``title``, ``source`` and ``matches``),
terminal-safe (:func:`reader.formats.json_text.dumps`). Exit status 0 when something matched, 1 when nothing
did (as grep), 2 for an error (an unreadable store, a query it refuses). The store is only read: nothing is
created.

Decision: **the query is what the library's** ``/`` **takes, at most** :data:`reader.text_search.MAX_QUERY`
**characters** (the words joined by one space), the bound of every query field of the app
(:class:`reader.ui.widgets.inert_text.BoundedInput`). A field cuts a longer paste and says so, since the user can
still see and edit what is left; a command cannot ask, and searching for a cut query would answer a question
nobody asked, so a longer one is refused with one ``reader:`` line and status 2, as bad input is everywhere in
the CLI, before the store is read. So is a query with no words at all (``reader search ""``): it said
``no highlight matches`` followed by nothing, status 1, as if it had looked for something.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from reader.citation import shown_quote
from reader.errors import ReaderError
from reader.loader import show_path, visible_breaks
from reader.sanitize import sanitize
from reader.search import Group, Hit, SearchIndex, document_infos
from reader.text_search import MAX_QUERY

NOTE_CHARS = 80
"""Characters of a note shown on a plain line (``--json`` has it whole)."""


def run_search(args: argparse.Namespace) -> int:
    from reader.store import Store

    query = checked_query(args.query)
    store = Store(args.db)
    index = SearchIndex(store.all_annotations(), document_infos(store.documents()))
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


def checked_query(words: list[str]) -> str:
    """The query ``words`` make (joined by one space); ReaderError for one the library's ``/`` could not hold
    (over :data:`MAX_QUERY` characters) or with nothing to look for (see the module's decision)."""
    query = " ".join(words)
    if len(query) > MAX_QUERY:
        raise ReaderError(
            f"a search query holds at most {MAX_QUERY:,} characters (as the library's / does); "
            f"this one has {len(query):,}"
        )
    if not query.strip():
        raise ReaderError("nothing to search for: give words or filters (#tag, color:green, by:NAME, doc:WORD)")
    return query


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
