"""JSON text that is safe to print on a terminal and reads back as the same data.

``reader export`` and ``reader quotes --json`` write to stdout, often a terminal. ``json.dumps`` with
``ensure_ascii=False`` (kept: the files stay readable UTF-8, "naïve “quotes” 日本" as written) escapes C0
controls but writes everything else as it is: a C1 control (``\\x9b`` is an 8-bit CSI), a bidi override, a
zero-width or other format character, a lone surrogate, a private-use or unassigned code point, and a flood of
combining marks would reach the terminal raw. :func:`terminal_safe` escapes exactly the characters that
:mod:`reader.sanitize` would replace on screen (``\\u009b``, as ``ensure_ascii`` would write them), and of a run
of more than :data:`~reader.sanitize.MAX_COMBINING` marks, the marks after the first few.

Outside string literals, JSON text is ASCII (the indentation's line breaks and spaces are the only C0 or space
characters there), and an escape inside a string literal means the same character, so ``json.loads`` of the
result gives the same value: the text is only spelled differently. Astral characters are escaped as UTF-16
surrogate pairs, as JSON requires; a lone surrogate (from an undecodable byte) as itself, so the text also
encodes as UTF-8.

Speed (an export of 50,000 annotations is 35 MB of mostly non-ASCII JSON): the exact rule above needs each
distinct character's Unicode category, which :func:`reader.sanitize.unsafe_spans` finds with a Python-level
pass (4.4 s of a 5.9 s ``reader export``). :func:`terminal_safe` first asks, at C speed, which *lines* could
hold an unsafe character at all, and applies that exact rule to those lines only (none, usually): a line
holds one only if it is not :meth:`str.isprintable` (every unsafe single character but the invisible ones
fails it), or has an invisible character (one regex character class), or has a run of nine non-ASCII
characters (a flood of marks: marks are all at U+0300 or above, so at least 18 bytes of non-ASCII UTF-8,
found by :meth:`bytes.translate` and :meth:`bytes.find`). No span of the rule crosses a line break (it is
ASCII, so it ends every run), so line by line gives the same text as the whole at once; a property test
checks the two ways agree on any text.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from itertools import accumulate, compress
from typing import Any

from reader.sanitize import INVISIBLE, MAX_COMBINING, unsafe_spans

_INVISIBLE = re.compile(f"[{INVISIBLE}\u115f\u1160\u3164\uffa0]")
"""Unsafe characters that :meth:`str.isprintable` accepts: the invisible ones and the fillers (Lo letters that
draw nothing; :data:`reader.sanitize._FILLERS`)."""
_NON_ASCII_BYTES = bytes.maketrans(bytes(range(256)), bytes(128) + b"\x01" * 128)
_FLOOD_BYTES = b"\x01" * (2 * (MAX_COMBINING + 1))
"""The UTF-8 of the shortest flood: ``MAX_COMBINING + 1`` marks of two bytes or more each."""


def _escape(chars: str) -> str:
    """``chars`` as JSON ``\\uXXXX`` escapes (a surrogate pair for a character beyond the BMP)."""
    parts = []
    for char in chars:
        code = ord(char)
        if code > 0xFFFF:
            code -= 0x10000
            parts.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
        else:
            parts.append(f"\\u{code:04x}")
    return "".join(parts)


def terminal_safe(json_text: str) -> str:
    """``json_text`` (from ``json.dumps(..., ensure_ascii=False)``) with every character unsafe on a terminal
    escaped; the same JSON value. Only the lines that may hold one are looked at closely (module note)."""
    if json_text.isascii() and "\x7f" not in json_text:
        return json_text
    lines: list[str] | None = None
    dirty: set[int] = set()
    if not json_text.replace("\n", " ").isprintable():
        lines = json_text.split("\n")
        dirty.update(compress(range(len(lines)), [not ok for ok in map(str.isprintable, lines)]))
    invisible = [match.start() for match in _INVISIBLE.finditer(json_text)]
    floods = _flood_lines(json_text)
    if not (dirty or invisible or floods):
        return json_text
    if lines is None:
        lines = json_text.split("\n")
    if invisible:
        ends = list(accumulate(len(line) + 1 for line in lines))  # the offset just after each line's break
        dirty.update(bisect_right(ends, at) for at in invisible)
    dirty.update(floods)
    for number in dirty:
        lines[number] = _escaped_spans(lines[number])
    return "\n".join(lines)


def _flood_lines(text: str) -> list[int]:
    """The numbers of the lines of ``text`` with a run of more than :data:`MAX_COMBINING` non-ASCII characters
    (where a flood of marks could be); ``bytes`` methods, so C speed."""
    data = text.encode("utf-8", "surrogatepass")
    flags = data.translate(_NON_ASCII_BYTES)
    found: list[int] = []
    line, counted, at = 0, 0, flags.find(_FLOOD_BYTES)
    while at >= 0:
        line += data.count(b"\n", counted, at)
        found.append(line)
        counted = data.find(b"\n", at)  # the rest of this line is dirty already
        if counted < 0:
            break
        at = flags.find(_FLOOD_BYTES, counted)
    return found


def _escaped_spans(json_text: str) -> str:
    """The exact rule, by :func:`reader.sanitize.unsafe_spans` (a Python pass over each distinct character:
    for the few lines :func:`terminal_safe` finds suspect)."""
    parts: list[str] = []
    last = 0
    for start, end in unsafe_spans(json_text):
        found = json_text[start:end]
        if found[0] < " ":  # a line break of the layout: json.dumps escapes the C0 controls inside strings
            continue
        parts.append(json_text[last:start])
        if end - start > 1:  # a flood of marks: the first few stay, as on screen
            parts.append(found[:MAX_COMBINING] + _escape(found[MAX_COMBINING:]))
        else:
            parts.append(_escape(found))
        last = end
    if not parts:
        return json_text
    parts.append(json_text[last:])
    return "".join(parts)


def dumps(value: Any, *, indent: int | None = None) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=indent)``, terminal-safe (see the module docstring)."""
    return terminal_safe(json.dumps(value, ensure_ascii=False, indent=indent))
