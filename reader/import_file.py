"""The file ``reader import`` reads: bounded, UTF-8, JSON, and every way it can be wrong said in one line.

What can be imported (a decision; the README's "Export formats" says it too): reader's own JSON export and W3C
Web Annotations (JSON-LD), nothing else. A Markdown export is for reading (note apps), not for coming back: it
holds no offsets, ids or times to merge by. A file that is not JSON at all (it does not open with ``{`` or
``[``: a Markdown export, a text file) says so plainly, ``reader: all.md is not JSON: only native JSON and W3C
JSON(-LD) exports can be imported (a Markdown export cannot)`` - the parser's ``Expecting value at line 1, column
1`` read as a broken file, not as the wrong kind of file (a new user's review). A JSON file that breaks off or
has a typo keeps the parser's message, with its line and column: there the place is what helps.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

from reader.bounded_read import InputTooLarge, NotRegularFile, read_bounded, read_regular_file
from reader.errors import ReaderError
from reader.loader import show_path

IMPORTABLE = "only native JSON and W3C JSON(-LD) exports can be imported (a Markdown export cannot)"
_JSON_START = re.compile(r"\s*[\[{]")
"""What JSON an import could be opens with, after white space: an object or an array."""


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in JSON")


MAX_IMPORT_BYTES = 256 * 1024 * 1024
"""Largest import file read (256 MiB, as for the store: an export of the largest store imports back)."""


END_OF_INPUT = "ctrl+z then Enter" if sys.platform == "win32" else "ctrl+d on a line of its own"
"""The keys that end what is typed or pasted on a terminal (at the start of a line: elsewhere ctrl+d only sends
the line so far)."""


def say_reading_from_terminal() -> None:
    """``reader import -`` with standard input a terminal: say what it waits for and how to end it, on stderr.

    Decision: accepted, not refused as ``reader -`` and ``reader text -`` refuse a terminal (a document from
    standard input is piped: the app takes its keys from the terminal, and ``reader text -`` shows what ``reader
    -`` would open): pasting an export someone sent is a use, and a command ends when its input does, as ``cat``
    does. But it waited without a word, which reads as a hang (a review's finding); ``cat`` users know ctrl+d,
    others are told."""
    if sys.stderr is None:  # (print would fall back to stdout, where the import's report goes)
        return
    from reader.cli import print_error

    print_error(f"reading an export from standard input: paste it, then press {END_OF_INPUT} (ctrl+c cancels)")
    sys.stderr.flush()


def read_json(file: str) -> Any:
    """Parsed JSON of ``file`` ('-' is stdin); ReaderError saying what is wrong and where.

    Only a regular file (or stdin, when asked for by '-', if it is not a device) is read, and never more than
    :data:`MAX_IMPORT_BYTES`, counted as read: a device or a FIFO is refused by its type (:mod:`reader.bounded_read`).
    """
    name = "stdin" if file == "-" else show_path(file)
    try:
        if file == "-":
            from reader.piped_input import refuse_stdin_device, stdin_is_terminal

            refuse_stdin_device("pipe an export file in, or name it")
            stream = sys.stdin.buffer
            if stdin_is_terminal():
                say_reading_from_terminal()
                # Unbuffered: a buffered read given the pasted lines at ctrl+d read on, so it took a second one.
                stream = getattr(stream, "raw", stream)
            data = read_bounded(stream, MAX_IMPORT_BYTES, name=name)
        else:
            data = read_regular_file(file, MAX_IMPORT_BYTES)
    except FileNotFoundError:
        raise ReaderError(f"no such file: {name}") from None
    except IsADirectoryError:
        raise ReaderError(f"{name} is a directory, not an export file") from None
    except NotRegularFile as error:
        raise ReaderError(f"{name} is {error.kind}, not a regular file: import reads an export file") from None
    except InputTooLarge as error:
        raise ReaderError(f"{name} is too large to import ({error.strerror})") from None
    except PermissionError:
        raise ReaderError(f"permission denied: {name}") from None
    except OSError as error:
        raise ReaderError(f"cannot read {name}: {error.strerror or error}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ReaderError(f"{name} is not UTF-8 text (invalid byte at offset {error.start})") from None
    if not text or text.isspace():  # (not ``strip()``: that copied a 35 MB import once more)
        raise ReaderError(f"{name} is empty: expected exported annotations (JSON)")
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        if _JSON_START.match(text) is None:  # not JSON at all: a Markdown export, a text file
            raise ReaderError(f"{name} is not JSON: {IMPORTABLE}") from None
        raise ReaderError(f"{name} is not JSON: {error.msg} at line {error.lineno}, column {error.colno}") from None
    except ValueError as error:
        raise ReaderError(f"{name} is not valid JSON: {error}") from None
    except RecursionError:
        raise ReaderError(f"{name} is not usable JSON: nested too deeply") from None
