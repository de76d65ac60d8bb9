"""``reader people [--db PATH] [--json]`` and ``reader quotes --by NAME [--db PATH] [--json]``: who is quoted in
the documents of the store, and what one person said, across documents (no Textual import).

Both bring the quotations cache up to date first (:class:`reader.people_index.PeopleIndex`: the first run reads
every document; later runs read only those that changed). A document that cannot be read (a file gone, a URL not
in the page cache) is left out without a word, as the People screen does; a cache that cannot be written is one
warning line on stderr and the answer is still printed.

Exit status (a decision shared with ``reader search``, and stated in the README and ``--help``): a query is 0
when it found something, 1 when it found nothing (as grep; ``--json`` then prints an empty array), 2 for an
error. ``quotes --by NAME`` is a query, so a name no quotation has is 1 (it was 0, while a search that matched
nothing was 1: a new user's review); ``reader people`` is a listing, 0 even when nobody is quoted.
"""

from __future__ import annotations

import argparse
import sys

from reader.citation import shown_quote
from reader.errors import ReaderError
from reader.formats.json_text import dumps
from reader.loader import show_path
from reader.people_index import PeopleIndex, PersonQuote
from reader.sanitize import sanitize

MAX_SHOWN = 100
"""Characters of a quotation shown on a line (the rest is elided in the middle); ``--json`` has it all."""


def _index(args: argparse.Namespace) -> PeopleIndex:
    from reader.cli import print_error
    from reader.store import Store

    store = Store(args.db)
    index = PeopleIndex(store)
    told = False

    def progress(done: int, total: int) -> None:
        nonlocal told
        if not told and total >= 50 and sys.stderr is not None and sys.stderr.isatty():
            told = True
            print(f"reader: finding the quotations of {total} documents (kept in a cache for next time)…",
                  file=sys.stderr)

    report = index.refresh(progress)
    for problem in dict.fromkeys(p for p in report.problems if p.startswith("cannot write")):
        print_error(f"warning: {problem}")
    return index


def run_people(args: argparse.Namespace) -> int:
    """One line per person: quotations, documents, name (most quoted first); ``--json``: an array of objects."""
    people = _index(args).people()
    out = sys.stdout
    if getattr(args, "json", False):
        rows = [{"name": p.name, "quotations": p.quotations, "documents": p.documents} for p in people]
        out.write(dumps(rows, indent=1) + "\n")
        return 0
    if not people:
        out.write("nobody is quoted in the documents of the store\n")
        return 0
    out.write(f"{'quotes':>6}  {'docs':>5}  person\n")
    for person in people:
        out.write(f"{person.quotations:>6}  {person.documents:>5}  {sanitize(person.name)}\n")
    return 0


def quote_rows(quotes: list[PersonQuote]) -> list[dict[str, object]]:
    """The JSON objects of ``reader quotes --by NAME --json``."""
    return [
        {
            "name": q.name,
            "text": q.text,
            "start": q.start,
            "end": q.end,
            "title": q.title,
            "source": q.source,
            "date": q.date,
            "doc_id": q.doc_id,
        }
        for q in quotes
    ]


def run_quotes_by(args: argparse.Namespace) -> int:
    """What one person said, grouped by document (the most recent first); ``--json``: an array of objects. Exit
    status 1 when the person said nothing in the documents of the store (see the module note)."""
    from reader.quotes.cli import shorten

    name = str(args.by)
    if not name.strip():
        raise ReaderError("--by needs a name (reader people lists who is quoted)")
    quotes = _index(args).quotations_by(name)
    out = sys.stdout
    if getattr(args, "json", False):
        out.write(dumps(quote_rows(quotes), indent=1) + "\n")
        return 0 if quotes else 1
    if not quotes:
        out.write(f"no quotations by {sanitize(shorten(name, 80))} in the documents of the store (reader people "
                  "lists who is quoted)\n")
        return 1
    documents = len({q.doc_id for q in quotes})
    names = sorted({q.name for q in quotes})
    out.write(f"{sanitize(', '.join(names))}: {len(quotes)} quotation{'s' * (len(quotes) != 1)} in {documents} "
              f"document{'s' * (documents != 1)}\n")
    current = None
    for q in quotes:
        if q.doc_id != current:
            current = q.doc_id
            date = f"{sanitize(q.date)}  " if q.date else ""
            out.write(f"\n{date}{sanitize(q.title)}  ({show_path(q.source)})\n")
        out.write(f"  {q.start:>7}  {shown_quote(shorten(q.text, MAX_SHOWN))}\n")  # as y copies it
    return 0
