"""The `reader` command: open documents in the app, or run a subcommand without a terminal.

    reader [PATH ...] [--db PATH]            read (no PATH: the bundled seeds/)
    reader quotes PATH [--json]              list the quotations of a document
    reader export [PATH ...] [--format F] [-o FILE] [--db PATH]
    reader import FILE [--db PATH] [--dry-run]

A first argument that names a subcommand runs it; to open a file called ``export``, write ``./export``.
Textual is imported only when the app opens, so ``--help``, ``export``, ``import`` and ``quotes`` start fast.
Every user-facing failure is one line on stderr, ``reader: ...``, with exit status 2 and no traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader import __version__
from reader.errors import ReaderError

if TYPE_CHECKING:
    from reader.ui.app import ReaderApp

SUBCOMMANDS = ("quotes", "export", "import")
DEFAULT_DB = "annotations.json"
EXIT_USAGE = 2


def seeds_dir() -> Path:
    """The bundled articles: ``seeds/`` beside the package (a source checkout or an editable install)."""
    return Path(__file__).resolve().parent.parent / "seeds"


def default_db() -> str:
    """``$READER_DB`` when set, else ./annotations.json."""
    return os.environ.get("READER_DB") or DEFAULT_DB


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one ``reader: ...`` line and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise ReaderError(message)


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=None,
        help=f"the annotation store (default: $READER_DB or ./{DEFAULT_DB})",
    )


def build_main_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="reader",
        description="A keyboard-first terminal reader: highlight quotes and passages, add notes, export them.",
        epilog="subcommands: reader quotes PATH [--json] | reader export [PATH ...] [--format json|w3c|markdown] "
        "[-o FILE] | reader import FILE [--dry-run]. Run 'reader SUBCOMMAND --help' for each.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="text or Markdown files (default: the bundled seeds/)")
    _add_db(parser)
    parser.add_argument(
        "--width", type=int, default=None, metavar="COLS", help="reading measure in columns (default 80)"
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    return parser


def build_subcommand_parser(name: str) -> argparse.ArgumentParser:
    if name == "quotes":
        parser = _Parser(prog="reader quotes", description="List the quotations of a document and who said them.")
        parser.add_argument("path", metavar="PATH")
        parser.add_argument("--json", action="store_true", help="print a JSON array instead of lines")
        return parser
    if name == "export":
        parser = _Parser(prog="reader export", description="Export annotations (all documents when no PATH is given).")
        parser.add_argument("paths", nargs="*", metavar="PATH", help="documents, by path or by the hash of their text")
        parser.add_argument("--format", "-f", default="json", choices=("json", "w3c", "markdown"))
        parser.add_argument("-o", "--output", default="-", metavar="FILE", help="output file ('-' or none: stdout)")
        _add_db(parser)
        return parser
    parser = _Parser(
        prog="reader import", description="Merge exported annotations (native or W3C JSON) into the store."
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--dry-run", action="store_true", help="print what would change, change nothing")
    _add_db(parser)
    return parser


def _run_subcommand(name: str, argv: Sequence[str]) -> int:
    args = build_subcommand_parser(name).parse_args(list(argv))
    if getattr(args, "db", "unset") is None:
        args.db = default_db()
    runner: Callable[[argparse.Namespace], int]
    if name == "quotes":
        from reader.quotes_cli import run_quotes

        runner = run_quotes
    elif name == "export":
        from reader.transfer import run_export

        runner = run_export
    else:
        from reader.transfer import run_import

        runner = run_import
    return runner(args)


def _open_app(args: argparse.Namespace) -> int:
    from reader import gc_pause

    # Start-up allocates a great many long-lived objects (Textual's modules, the parsed document, the widgets):
    # collecting while they are made finds nothing to free and costs about 10 ms before the first paint. The app
    # ends this pause, with all of that frozen out of the collector's way, once the first screen is painted; if
    # it never gets that far (bad input, an error), the pause ends below.
    gc_pause.pause()
    app: ReaderApp | None = None
    try:
        from reader.loader import load_document
        from reader.store import Store, StoreError

        paths = [Path(p) for p in args.paths]
        if not paths:
            seeds = sorted(p for p in seeds_dir().glob("*") if p.suffix.lower() in {".txt", ".md", ".markdown"})
            if not seeds:
                raise ReaderError(f"no bundled articles in {seeds_dir()}; name a file to read")
            paths = seeds
        if args.width is not None and not 20 <= args.width <= 400:
            raise ReaderError("--width must be between 20 and 400 columns")
        # Validate everything before the terminal is taken over, so bad input is one clean line.
        documents = [load_document(paths[0])] if len(paths) == 1 else []
        for path in paths[1:] if len(paths) == 1 else paths:
            if not path.is_file():
                load_document(path)  # raises the right one-line error
        store = Store(args.db)
        from reader.ui.app import ReaderApp

        document = documents[0] if documents else None
        app = ReaderApp(store=store, paths=paths, document=document, measure=args.width, gc_paused=True)
        app.run()
        try:
            store.close()  # folds the journal into the store file; the changes are safe in the journal if not
        except (StoreError, OSError) as error:
            print(f"reader: {error}", file=sys.stderr)
        code = app.return_code or 0
        _exit_without_waiting_for_readers(code)
        return code
    finally:
        if app is None or app.gc_paused:
            gc_pause.resume()


def _exit_without_waiting_for_readers(code: int) -> None:
    """Exit now, even if a background reader is still busy (finding the quotations of a 20 MB article takes
    seconds, and Python would otherwise wait for that thread before the shell prompt comes back). Nothing is
    lost: the app drained every store write before it exited, the store was closed above, and an interrupted
    read-only computation has nothing to save."""
    import threading

    if threading.active_count() > 1:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in SUBCOMMANDS:
            return _run_subcommand(argv[0], argv[1:])
        args = build_main_parser().parse_args(argv)
        if args.db is None:
            args.db = default_db()
        return _open_app(args)
    except ReaderError as error:
        print(f"reader: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `reader export | head`: the reader stopped writing; not an error worth a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
