"""The `reader` command: open documents in the app, or run a subcommand without a terminal.

    reader [SOURCE ...] [--db PATH] [--refresh]   read (no SOURCE: the bundled seeds/, or a piped document)
    reader text SOURCE [--json] [--refresh]       print a document as the reader reads it
    reader quotes SOURCE [--json]                 list the quotations of a document
    reader quotes --by NAME [--db PATH] [--json]  what one person said, across the documents of the store
    reader people [--db PATH] [--json]            everyone quoted in the documents of the store
    reader export [PATH ...] [--format F] [-o FILE | --split DIR] [--db PATH]
    reader import FILE [--db PATH] [--dry-run]
    reader where [--db PATH]                      print the path of the annotation store
    reader library [--db PATH]                    the library: every document of the store (/ searches them)
    reader search QUERY [--db PATH] [--json]      search every highlight, note, tag and speaker

The store is ``--db PATH``, else ``$READER_DB``, else ``./annotations.json`` when that file exists in the current
folder (a project's own store), else the user store, ``annotations.json`` in the user data directory
(:mod:`reader.store.location`, which imports platformdirs only when that last rule is reached).

A SOURCE is a file (plain text, Markdown, HTML, EPUB), a folder (the library of its documents), an http(s) URL
(fetched once, then read from the cache: ``--refresh`` fetches it again) or ``-`` (standard input).
A first argument that names a subcommand runs it, and so does one after global options (``reader --db S
library``: :mod:`reader.cli_parsers` says how); to open a file called ``export``, write ``./export``.
Textual is imported only when the app opens, so ``--help``, ``export``, ``import`` and ``quotes`` start fast.
Every user-facing failure is one line on stderr, ``reader: ...``, with exit status 2 and no traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from reader.cli_parsers import DEFAULT_DB as DEFAULT_DB  # (re-exported: the parsers lived here)
from reader.cli_parsers import SUBCOMMANDS, build_main_parser, subcommand_first
from reader.cli_parsers import build_subcommand_parser as build_subcommand_parser
from reader.errors import ReaderError
from reader.sanitize import sanitize

if TYPE_CHECKING:
    from reader.document import Document
    from reader.ui.app import ReaderApp


EXIT_USAGE = 2
EXIT_CLOSED_PIPE = 128 + 13
"""128 + SIGPIPE: the exit status of a command whose output pipe was closed by its reader."""


def error_line(message: object) -> str:
    """``reader: MESSAGE`` as one line that is safe on a terminal.

    A message can quote anything the user or an attacker chose: a file name, the store's path, ``$READER_DB``,
    an argument argparse did not recognise, an OS error's text. Its escape sequences, controls, bidi and
    invisible characters become visible placeholders and its line breaks spaces (:func:`reader.sanitize.sanitize`),
    here at the one place messages are printed, so no call site can forget it.
    """
    return "reader: " + sanitize(str(message)).strip()


def _streams_that_cannot_fail_to_encode() -> None:
    """Where the locale's encoding is not UTF-8 (``LC_ALL=C`` without UTF-8 mode, ``PYTHONIOENCODING=latin-1``):
    standard output is written as UTF-8, as ``reader text`` and ``reader export`` always write it
    (:func:`reader.output.write_stdout`), and a message on standard error that the encoding cannot hold shows
    ``\\u`` escapes. ``reader quotes`` printing a name with a curly quote ended in a traceback."""
    for stream, encoding in ((sys.stdout, "utf-8"), (sys.stderr, None)):
        current = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
        reconfigure = getattr(stream, "reconfigure", None)
        if current in ("utf-8", "utf8") or reconfigure is None:
            continue
        try:
            if encoding is None:
                reconfigure(errors="backslashreplace")
            else:
                reconfigure(encoding=encoding, errors="backslashreplace")
        except (OSError, ValueError):  # a stream that cannot change now: it stays as it is
            pass


def print_error(message: object) -> None:
    """Print :func:`error_line` of ``message`` on stderr (``print_error(f"warning: {w}")`` for a warning)."""
    print(error_line(message), file=sys.stderr)


def seeds_dir() -> Path:
    """The bundled articles: ``seeds/`` beside the package (a source checkout or an editable install)."""
    return Path(__file__).resolve().parent.parent / "seeds"


def default_db() -> str:
    """The store when no ``--db`` is given: ``$READER_DB``, else ./annotations.json when it exists here, else the
    user store (:func:`reader.store.location.choose`)."""
    return store_path(None)


def store_path(db: str | None) -> str:
    """The store to use, by the rule of :mod:`reader.store.location`: ``--db`` as given, else ``$READER_DB``,
    else ./annotations.json when it exists, else the user store. ``--db ''`` names no file at all (it used to
    become the current directory, refused with a message naming an empty file); a path ending in a slash names a
    folder. Both are refused here, before anything is opened."""
    from reader.store.location import choose

    return choose(db).path


_RUNNERS: dict[str, tuple[str, str]] = {
    "text": ("reader.text_cli", "run_text"),
    "quotes": ("reader.quotes.cli", "run_quotes"),
    "export": ("reader.transfer", "run_export"),
    "import": ("reader.transfer", "run_import"),
    "people": ("reader.people_cli", "run_people"),
    "search": ("reader.search_cli", "run_search"),
    "where": ("reader.store.location", "run_where"),
}
"""Each subcommand's runner (``library`` opens the app: :func:`_open_library`)."""


_ENDS_PROCESS = ("import", "export")
"""Subcommands that end the process themselves once done (:func:`end_process`), when they are its command."""


def _run_subcommand(name: str, argv: Sequence[str], *, whole_process: bool = False) -> int:
    args = build_subcommand_parser(name).parse_args(list(argv))
    if hasattr(args, "db"):
        args.db = store_path(args.db)
    if name in _ENDS_PROCESS:
        args.end_process = end_process if whole_process else None
    runner: Callable[[argparse.Namespace], int]
    if name == "library":
        runner = _open_library
    else:
        import importlib

        module, function = _RUNNERS[name]
        runner = getattr(importlib.import_module(module), function)  # only the subcommand's own modules load
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
        from reader import piped_input
        from reader.store import Store

        sources, chosen, folder = _choose_sources(args, piped_input)
        from reader.ui.terminal_env import make_environment_safe

        make_environment_safe()  # before Textual reads it: COLUMNS=99999999, TEXTUAL_COLOR_SYSTEM=bogus...
        from reader.ui.app import ReaderApp  # while a page is converted in a child process (reader.sources.forked)

        document = chosen() if callable(chosen) else chosen  # bad input raises here, before the store is opened
        chosen = None  # its closure holds the file's bytes: the document drops them once its text is whole
        store = Store(args.db, background_folds=True)  # a large store's folds run in a child process
        store.background_reads = True  # and its re-reads' parses (reader.store.parse_child)
        if not piped_input.stdin_is_terminal():  # after every input check: their messages come first
            piped_input.take_keys_from_terminal()  # no byte from a pipe may act as a key
        saved_stderr = piped_input.draw_on_terminal()  # `reader story.txt 2>/dev/null` drew the app into the file
        from reader.ui.terminal_env import draw_in_utf8

        draw_in_utf8()  # PYTHONIOENCODING=latin-1 drew `\u2502` for every border

        app = ReaderApp(
            store=store, paths=sources, document=document, measure=args.width, gc_paused=True, folder=folder
        )
        try:
            app.run()
        finally:
            piped_input.restore_stderr(saved_stderr)
        if app.exit_deadline is not None:
            app.exit_deadline.done.set()  # the orderly exit got this far: nothing left that can hang
        # The store is not closed (folded) here: folding rewrites the whole file, seconds for a large store,
        # and quitting must take under a second whatever the store holds. Nothing needs it: every change is
        # durable in the journal, which folds itself every 200 changes and is replayed by the next open.
        code = app.return_code or 0
        if app.crash_message:  # a bug ended the app: one safe line, the traceback in the file it names
            sys.stderr.write(app.crash_message + "\n")
            sys.stderr.flush()
        _exit_without_waiting_for_readers(code)
        return code
    finally:
        if app is None or app.gc_paused:
            gc_pause.resume()


def _open_library(args: argparse.Namespace) -> int:
    """``reader library``: the app on the library screen (Textual is imported only now)."""
    args.paths, args.refresh, args.width, args.library = [], False, None, True
    return _open_app(args)


def _choose_sources(
    args: argparse.Namespace, piped_input: ModuleType
) -> tuple[list[str], Document | Callable[[], Document] | None, str]:
    """What the app opens: (the library's sources, the document to open at once (or a function that gives it,
    when it is being converted in a child process) or None, the folder the library lists or "").

    Everything that can be checked is checked before the terminal is taken over, so bad input is one clean
    line: a single source is read and converted (a URL fetched), each file of several is checked, each URL's
    scheme is checked (fetching them all up front would be slow)."""
    from reader.sources import STDIN_ARGUMENT, is_url, open_source, readable_files

    if getattr(args, "library", False):
        return [], None, ""  # `reader library`: the store's documents and the seeds, no source named
    given: list[str] = list(args.paths)
    from_stdin = given == [STDIN_ARGUMENT] or (not given and piped_input.stdin_has_document())
    if STDIN_ARGUMENT in given and not from_stdin:
        raise ReaderError("'-' (standard input) can only be read on its own, not with other files")
    from reader.preferences import MEASURE_MAX, MEASURE_MIN

    if args.width is not None and not MEASURE_MIN <= args.width <= MEASURE_MAX:
        raise ReaderError(f"--width must be between {MEASURE_MIN} and {MEASURE_MAX} columns")
    if from_stdin:
        return [], piped_input.read_stdin_document(), ""
    folder = ""
    if not given:
        seeds = sorted(p for p in seeds_dir().glob("*") if p.suffix.lower() in {".txt", ".md", ".markdown"})
        if not seeds:
            raise ReaderError(f"no bundled articles in {seeds_dir()}; name a file to read")
        given = [str(p) for p in seeds]
    sources: list[str] = []
    for source in given:
        if not is_url(source) and os.path.isdir(source):
            if len(given) == 1:
                folder = source
            sources.extend(str(p) for p in readable_files(source))
        else:
            sources.append(source)
    if len(sources) == 1 and not folder:
        from reader.sources import read_file
        from reader.sources.forked import convert_soon, in_child

        if is_url(sources[0]):
            from reader.sources.url import check_url, fetched_now, load_url

            url = check_url(sources[0])  # a refused scheme is one line at once, without a fork
            # The child fetches (and caches) the page; when its Document cannot come back (an EPUB is converted
            # in parts), this process opens the copy the child just cached rather than fetching it again.
            started = fetched_now()
            return sources, in_child(lambda: open_source(url, refresh=args.refresh),
                                     lambda: load_url(url, refresh=args.refresh, fresh_since=started)), ""

        # A page is converted in a child process while this one opens the store and imports Textual.
        return sources, convert_soon(*read_file(sources[0])), ""
    for source in sources:
        if is_url(source):
            from reader.sources.url import check_url

            check_url(source)
        elif not _is_file(source):
            open_source(source)  # raises the right one-line error
    return sources, None, folder


def _is_file(path: str) -> bool:
    """Whether ``path`` is a regular file; False for a name the system refuses (over 255 bytes, a link loop),
    whose opening then gives the one-line error (it was a traceback: a hostile review's finding)."""
    try:
        return Path(path).is_file()
    except (OSError, ValueError):
        return False


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


def end_process(code: int) -> None:
    """End the process now with ``code``, without freeing what it built: ``reader import`` and ``reader
    export`` call it when they are done and are the process's own command (:func:`main` without ``argv``).

    Why: an import of 50,000 annotations holds ~300 MB of small objects (the parsed file, the store's
    tables); freeing them one by one at exit cost ~0.05-0.08 s of a ~1 s command, for nothing. Why it is
    safe there: everything the command reports as done is done - the store file, its index and any journal
    line are written, fsync'ed and closed before ``put_records`` returns, an export's file likewise
    (:mod:`reader.formats.atomic`); the only lock is a ``flock``, which the kernel drops with the process;
    these commands start no thread and register no ``atexit`` handler (both checked: otherwise this returns,
    and the process ends the ordinary way), and leave no temp file. What remains is stdout and stderr,
    flushed here first: a failed flush (a closed pipe, a full disk) raises and is reported by :func:`main`
    as always, and the process then exits the ordinary way."""
    import atexit
    import threading

    if threading.active_count() > 1 or atexit._ncallbacks():
        return
    if sys.stdout is not None:
        sys.stdout.flush()
    if sys.stderr is not None:
        sys.stderr.flush()
    os._exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    """The ``reader`` command: ``argv`` None means the process's own arguments (the console script,
    ``python -m reader``), and only then may a subcommand end the process itself (:func:`end_process`)."""
    whole_process = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    if whole_process:
        _streams_that_cannot_fail_to_encode()
    in_app = False
    try:
        try:
            argv = subcommand_first(argv) or argv  # `reader --db S library`: global options first
            if argv and argv[0] in SUBCOMMANDS:
                _require_stdout()  # before the command does anything: an import's report must not be lost
                if whole_process and argv[0] != "library":
                    from reader.output import whole_writes_on_stdout

                    whole_writes_on_stdout()  # a pipe's reader gone part way is status 141, not a cut output
                code = _run_subcommand(argv[0], argv[1:], whole_process=whole_process)
            else:
                args = build_main_parser().parse_args(argv)
                args.db = store_path(args.db)
                in_app = True
                code = _open_app(args)
        except SystemExit as stop:  # --help and --version: argparse printed them and exits
            _require_stdout()
            code = stop.code if isinstance(stop.code, int) else 0 if stop.code is None else 1
        if sys.stdout is not None:
            sys.stdout.flush()  # the output's last bytes: a write error is reported here, not lost at exit
        return code
    except ReaderError as error:
        print_error(error)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `reader export | head -1`: whoever reads stopped reading. Quietly, with the status a command ended by
        # SIGPIPE has (what `cat` or `yes` report there), so a pipeline with `pipefail` still sees it.
        _discard_stdout()
        return EXIT_CLOSED_PIPE
    except OSError as error:
        if in_app or error.filename is not None:  # not a write to stdout (a bug): see below
            return _internal_error(error, in_app)
        # A write to stdout failed (a full disk, an I/O error): a command's file errors are ReaderErrors by now.
        _discard_stdout()
        print_error(f"cannot write to standard output: {error.strerror or error}")
        return EXIT_USAGE
    except Exception as error:  # noqa: BLE001 - a bug: one line, the details in a file
        return _internal_error(error, in_app)


EXIT_INTERNAL = 70
"""A subcommand's internal error (``EX_SOFTWARE``): not 1, which ``reader search`` and ``reader quotes --by`` give
when they find nothing, nor 2, bad input."""


def _internal_error(error: Exception, in_app: bool) -> int:
    """A subcommand's unexpected error (a bug, whatever the input): as the app's (:mod:`reader.ui.crash`), one
    sanitised ``reader: internal error …`` line on stderr naming a crash file with the traceback (none when stderr
    is closed: never in place of the output on stdout), status :data:`EXIT_INTERNAL`, never a traceback on the
    terminal (a hostile review's rule: its text can hold what a document put in a variable or a message). The
    app's own errors are the app's to report (re-raised)."""
    if in_app:
        raise error
    import traceback

    from reader.ui.crash import crash_line, write_report

    report = write_report("".join(traceback.format_exception(error)))
    if sys.stderr is not None:
        print(crash_line(error, report), file=sys.stderr)
    return EXIT_INTERNAL


def _require_stdout() -> None:
    """A ReaderError when there is no stdout at all (``reader export >&-``): its output would vanish."""
    if sys.stdout is None:
        raise ReaderError("cannot write to standard output: it is closed")


def _discard_stdout() -> None:
    """Point stdout's descriptor at /dev/null: what is still buffered is flushed again when Python exits, and
    must not fail a second time (that would print Python's own "Exception ignored" message)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
    except OSError:
        return
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no descriptor (captured in a test), or stdout is closed
        pass
    finally:
        os.close(devnull)
