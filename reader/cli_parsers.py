"""The argument parsers of ``reader`` and of each subcommand, and where the global options may stand.

Global options before a subcommand (a decision; the README's "Command line" section says it too): ``--db PATH``,
``--width COLS`` and ``--refresh`` are the main command's options, and people write them first, before the
subcommand (``reader --db S library``, or an alias ``reader='reader --db ~/notes.json'`` used as ``reader export``).
They used to make the subcommand's name read as a file (``reader: no such file: library``). Now, when the first
argument after any number of global options names a subcommand, that subcommand runs, with the global options
it uses placed right after its name (:func:`subcommand_first`); those it has no use for are ignored (``--width``
before ``export``, ``--db`` before ``text``, which reads no store), so an alias of global options works with
every subcommand. A file named like a subcommand is opened by a path that is not the bare name (``reader
./library``), or after ``--`` (``reader --db S -- library``).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from reader import __version__
from reader.errors import ReaderError

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

SUBCOMMANDS = ("text", "quotes", "export", "import", "where", "people", "library", "search")
DEFAULT_DB = "annotations.json"

GLOBAL_OPTIONS: dict[str, bool] = {"--db": True, "--width": True, "--refresh": False}
"""The main command's options that may stand before a subcommand, and whether each takes a value."""

USED_GLOBALS: dict[str, tuple[str, ...]] = {"text": ("--refresh",)}
"""The global options each subcommand uses (every other subcommand: ``--db``)."""


def subcommand_first(argv: Sequence[str]) -> list[str] | None:
    """``argv`` with its subcommand first, when one follows only global options (``--db S library`` →
    ``library --db S``), the global options it uses right after its name and the others left out; None when
    no subcommand follows them (``--db S story.txt``, ``--db S -- library``, ``--help library``)."""
    taken: list[list[str]] = []
    position = 0
    while position < len(argv):
        name, equals, _value = argv[position].partition("=")
        if name not in GLOBAL_OPTIONS:
            break
        end = position + (2 if GLOBAL_OPTIONS[name] and not equals else 1)
        taken.append(list(argv[position:end]))
        position = end
    if not taken or position >= len(argv) or argv[position] not in SUBCOMMANDS:
        return None
    command = argv[position]
    used = USED_GLOBALS.get(command, ("--db",))
    options = [part for option in taken if option[0].partition("=")[0] in used for part in option]
    return [command, *options, *argv[position + 1 :]]


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one ``reader: ...`` line and exit status 2, and which takes no
    abbreviated option (``reader --d S where`` read ``--d`` as ``--db`` and then opened a file named "where";
    the subcommand-first rule above knows the options only by their full names)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        raise ReaderError(message)

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        """Write ``--help``/``--version`` text, letting a write error through (argparse swallows it, so
        ``reader --help > /dev/full`` printed nothing and exited 0): :func:`main` makes it one line."""
        if message:
            if file is None:  # argparse passes sys.stdout, None when it is closed (``reader --help >&-``)
                raise ReaderError("cannot write to standard output: it is closed")
            file.write(message)


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=None,
        help=f"the annotation store (default: $READER_DB, else ./{DEFAULT_DB} when that file exists in the current "
        "folder, else annotations.json in your user data directory; 'reader where' prints the path)",
    )


def build_main_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="reader",
        description="A keyboard-first terminal reader: highlight quotes and passages, add notes, export them.",
        epilog="subcommands: reader text SOURCE [--json] | reader quotes SOURCE [--json] | "
        "reader quotes --by NAME [--json] (what one person said, across documents) | "
        "reader people [--json] (everyone quoted) | "
        "reader export [PATH ...] [--format json|w3c|markdown] [-o FILE | --split DIR] | "
        "reader import FILE [--dry-run] | "
        "reader where (the store's path) | reader library | reader search QUERY [--json]. "
        "Run 'reader SUBCOMMAND --help' for each. --db, --width and --refresh may also come before a "
        "subcommand (reader --db PATH library); to open a file named like one, write ./NAME.",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="SOURCE",
        help="files (text, Markdown, HTML, EPUB), a folder, http(s) URLs, or - for standard input "
        "(default: a piped document, else the bundled seeds/)",
    )
    _add_db(parser)
    _add_refresh(parser)
    parser.add_argument(
        "--width", type=int, default=None, metavar="COLS", help="reading measure in columns (default 80)"
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    return parser


def _add_refresh(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--refresh", action="store_true", help="fetch a URL again instead of reading it from the cache"
    )


def build_subcommand_parser(name: str) -> argparse.ArgumentParser:
    if name == "text":
        parser = _Parser(
            prog="reader text",
            description="Print a document as the reader reads it: the plain text that annotation offsets index.",
        )
        parser.add_argument("source", metavar="SOURCE", help="a file, an http(s) URL, or - for standard input")
        parser.add_argument(
            "--json", action="store_true", help="an object: title, author, date, site, url, language, kind, text, body"
        )
        _add_refresh(parser)
        return parser
    if name == "quotes":
        parser = _Parser(
            prog="reader quotes",
            description="List the quotations of a document and who said them; with --by NAME, what that person "
            "said across the documents of the store (exit 1 when they said nothing there, as reader search exits 1 "
            "when nothing matches).",
        )
        parser.add_argument(
            "path", metavar="SOURCE", nargs="?", help="a file, an http(s) URL, or - for standard input"
        )
        parser.add_argument("--json", action="store_true", help="print a JSON array instead of lines")
        parser.add_argument("--by", metavar="NAME", help="a person's quotations in every document of the store")
        _add_db(parser)
        return parser
    if name == "people":
        parser = _Parser(
            prog="reader people",
            description="Everyone quoted in the documents of the store, with how many quotations in how many "
            "documents (kept in a cache: the first run reads every document).",
        )
        parser.add_argument("--json", action="store_true", help="print a JSON array instead of lines")
        _add_db(parser)
        return parser
    if name == "export":
        parser = _Parser(prog="reader export", description="Export annotations (all documents when no PATH is given).")
        parser.add_argument("paths", nargs="*", metavar="PATH", help="documents, by path or by the hash of their text")
        parser.add_argument("--format", "-f", default="json", choices=("json", "w3c", "markdown"))
        target = parser.add_mutually_exclusive_group()
        target.add_argument("-o", "--output", default="-", metavar="FILE", help="output file ('-' or none: stdout)")
        target.add_argument(
            "--split",
            metavar="DIR",
            default=None,
            help="with --format markdown: one file per document in DIR (a notes vault), updated in place on re-runs",
        )
        _add_db(parser)
        return parser
    if name == "library":
        parser = _Parser(
            prog="reader library",
            description="Open the library: every document of the store and the bundled seeds (/ searches them).",
        )
        _add_db(parser)
        return parser
    if name == "search":
        parser = _Parser(
            prog="reader search",
            description="Search the highlights, notes, tags and speakers of every document in the store. Words "
            "must all match; #tag, color:green, has:note, has:tags, by:NAME and doc:WORD filter. Exit 1 when "
            "nothing matches.",
        )
        from reader.text_search import MAX_QUERY  # the app's query fields' bound (reader.search_cli)

        parser.add_argument(
            "query", nargs="+", metavar="QUERY", help=f"the words and filters (at most {MAX_QUERY} characters)"
        )
        parser.add_argument("--json", action="store_true", help="print a JSON object: documents and their matches")
        _add_db(parser)
        return parser
    if name == "where":
        parser = _Parser(
            prog="reader where",
            description="Print the path of the annotation store: --db PATH, else $READER_DB, else "
            f"./{DEFAULT_DB} when that file exists in the current folder, else the user store.",
        )
        _add_db(parser)
        return parser
    parser = _Parser(
        prog="reader import", description="Merge exported annotations (native or W3C JSON) into the store."
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--dry-run", action="store_true", help="print what would change, change nothing")
    _add_db(parser)
    return parser
