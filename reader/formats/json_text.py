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
"""

from __future__ import annotations

import json
from typing import Any

from reader.sanitize import MAX_COMBINING, unsafe_spans


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
    escaped; the same JSON value."""
    if json_text.isascii() and "\x7f" not in json_text:
        return json_text
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
