"""``reader quotes PATH|URL|- [--json]``: list a document's quotations and who said them (no Textual import).

The document comes from :func:`reader.sources.open_source` (a file of any kind, an http(s) URL, ``-`` for standard
input) and is parsed whole before detection: a large file is otherwise parsed lazily, its first part only. A large
file's quotations are found by up to :data:`MAX_PROCESSES` processes (:mod:`reader.quotes.parallel`)."""

from __future__ import annotations

import argparse
import sys

from reader.errors import ReaderError
from reader.formats.json_text import dumps
from reader.quotes import find_quotations
from reader.quotes.parallel import usable_cores
from reader.sanitize import sanitize
from reader.sources import STDIN_ARGUMENT, open_source

MAX_PROCESSES = 4
"""At most this many processes find a large file's quotations (:mod:`reader.quotes.parallel`)."""

MAX_SHOWN = 72
"""Characters of quoted text shown on a line; longer quotations are shortened in the middle."""


def shorten(text: str, limit: int = MAX_SHOWN) -> str:
    """``text`` on one line, at most ``limit`` characters, elided in the middle with ``…``."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    head = (limit - 1) * 2 // 3
    return flat[:head].rstrip() + "…" + flat[len(flat) - (limit - 1 - head) :].lstrip()


def run_quotes(args: argparse.Namespace) -> int:
    """Print one line per quotation (or a JSON array with ``--json``). Raises ReaderError for bad input.
    With ``--by NAME``: that person's quotations across the store's documents (:mod:`reader.people_cli`)."""
    if getattr(args, "by", None) is not None:
        if getattr(args, "path", None):
            raise ReaderError("give either a SOURCE or --by NAME, not both")
        from reader.people_cli import run_quotes_by

        return run_quotes_by(args)
    if not getattr(args, "path", None):
        raise ReaderError("name a SOURCE (a file, an http(s) URL, or -), or a person with --by NAME")
    if args.path == STDIN_ARGUMENT:
        from reader.piped_input import refuse_terminal_stdin

        refuse_terminal_stdin("cmd | reader quotes -")  # (the app's own `cmd | reader` would open the app)
    document = open_source(args.path, refresh=bool(getattr(args, "refresh", False)))
    document.finish_parsing()
    # This process runs no other thread: a large file's finding is shared with forked children
    quotations = find_quotations(document, processes=min(MAX_PROCESSES, usable_cores()))
    out = sys.stdout
    if getattr(args, "json", False):
        rows = [
            {
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "kind": q.kind,
                "speaker": q.speaker,
                "speaker_full": q.speaker_full,
                "open": q.open,
                "close": q.close,
                "nested": q.nested,
                "parent": q.parent,
            }
            for q in quotations
        ]
        out.write(dumps(rows, indent=1) + "\n")
        return 0
    for q in quotations:
        speaker = sanitize(q.speaker_full or q.speaker) if q.speaker else "—"
        indent = "  " if q.nested else ""
        out.write(f"{indent}{q.start}-{q.end}  {q.kind:6}  {speaker}  “{sanitize(shorten(q.text))}”\n")
    if not quotations:
        out.write("no quotations found\n")
    return 0
