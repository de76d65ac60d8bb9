"""``reader text PATH|URL|- [--json] [--refresh]``: print a document as the reader reads it (no Textual import).

The plain text is what annotation offsets index: what a highlight's ``start``/``end`` count in, with no markup,
entities or Markdown markers. ``--json`` prints an object with the source's metadata (``title``, ``author``,
``date``, ``site``, ``url``, ``language``, ``kind``), ``text`` (the whole plain text) and ``body`` (the text after
the title and byline blocks), escaped so it is safe on a terminal and reads back as the same strings.

Decision: without ``--json``, the text goes out exactly as it is when standard output is a pipe or a file (so it
can be processed, and offsets still count in it); on a terminal each line is sanitised first (escape sequences,
controls, bidi and invisible characters become visible placeholders), since document text is never allowed to
reach a terminal raw.

Decision: ``reader text -`` reads a document from standard input only when it is piped, as ``reader -`` does (the
app takes its keys from the terminal): on a terminal it is refused in one line, which names this command's pipe
(it said ``cmd | reader``, which opens the app). ``reader import -`` accepts a terminal
(:func:`reader.import_file.say_reading_from_terminal`): pasting an export is a use, pasting a document to see
it printed back is not.
"""

from __future__ import annotations

import argparse
import os
import sys

from reader.document import Document
from reader.formats.json_text import dumps
from reader.output import write_stdout
from reader.sanitize import sanitize_lines


def document_json(document: Document) -> dict[str, str]:
    """The ``--json`` object of a (completely converted) document."""
    info = document.info
    return {
        "title": document.title,
        "author": info.author,
        "date": info.date,
        "site": info.site,
        "url": info.url,
        "language": info.language,
        "kind": info.kind,
        "text": document.text,
        "body": document.text[document.body_start :],
    }


def run_text(args: argparse.Namespace) -> int:
    """Print the document's plain text (or JSON). Raises ReaderError for bad input."""
    from reader.sources import STDIN_ARGUMENT, open_source

    if args.source == STDIN_ARGUMENT:
        from reader.piped_input import refuse_terminal_stdin

        refuse_terminal_stdin("cmd | reader text -")  # as `reader -`, but naming this command's pipe
    document = open_source(args.source, refresh=getattr(args, "refresh", False))
    document.finish_parsing()  # a large text is parsed in two steps and an EPUB converted in parts: all of it
    out = sys.stdout
    if getattr(args, "json", False):
        out.write(dumps(document_json(document), indent=1) + "\n")
        return 0
    text = document.text
    try:
        on_terminal = os.isatty(out.fileno())
    except (OSError, ValueError, AttributeError):
        on_terminal = False
    if on_terminal:
        text = sanitize_lines(text)
    write_stdout(text if text.endswith("\n") else text + "\n")  # all of it, or BrokenPipeError (reader.output)
    return 0
