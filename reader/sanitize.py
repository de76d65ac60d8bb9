"""Make document text safe to show: text is data, never markup, and never reaches the terminal raw.

Textual forwards escape sequences inside strings to the terminal as they are, so every character that could
steer the terminal, reorder text or hide itself is replaced here by a visible placeholder. What is unsafe is
decided by Unicode category (the one :mod:`unicodedata` of this Python knows), not by lists of ranges, so a
format character or a combining mark that nobody thought of is caught like the known ones:

* C0 controls, DEL and ESC become Control Pictures (``␛``, ``␇``, ``␀`` ...); tabs and line breaks inside a
  paragraph become a plain space (they are layout, not content);
* every other character that :meth:`str.isprintable` refuses, except the visible spaces (category Zs), becomes
  ``⟨U+XXXX⟩``: C1 controls (Cc, e.g. the 8-bit CSI), format characters (Cf: bidi controls, zero-width
  characters, the BOM, soft hyphen, tag characters, U+1D173, U+13430 ...), lone surrogates (Cs, from
  ``surrogateescape``), private use (Co), line and paragraph separators (Zl, Zp) and unassigned code points
  (Cn, which a later Unicode may make anything);
* the default-ignorable code points that are letters or marks by category, and so printable, but draw
  nothing (Hangul fillers, variation selectors, the combining grapheme joiner, Mongolian free variation
  selectors, Khmer inherent vowels: :data:`INVISIBLE`) become ``⟨U+XXXX⟩`` too;
* a run of more than :data:`MAX_COMBINING` marks (categories Mn, Mc, Me) keeps the first few and shows
  ``⟨+N marks⟩``: a flood stacks on one cell and spills over the rows and borders around it.

What remains after an ESC (``[2J``) is harmless literal text once the ESC itself is gone.

Speed: this runs for every paragraph laid out and every panel row painted, so a decision per character in
Python is avoided. Text that is ASCII and printable is returned at once; other text is scanned by one
precompiled regular expression, after the characters that :meth:`str.isprintable` refuses (found among the
text's distinct characters, in C) are masked to NUL, which that expression catches. Runs of marks are found by
a cheap over-approximation in the same expression (nine or more non-ASCII characters that are neither word
characters nor spaces; no mark is either) and only those runs are checked by category.

:class:`DisplayText` keeps a run-length mapping between display indices and original offsets, so a cursor on a
placeholder still stands on the exact original character. This module imports neither Textual nor Rich.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

MAX_COMBINING = 8
"""Combining marks kept on one base character before the rest are summarised."""

_COMBINING = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f"
    "\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
)
"""The common combining marks, for :mod:`reader.document`'s word pattern (a mark belongs to its word). The
filter here does not use it: it decides by category."""

INVISIBLE = (
    "\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180d\u180f\u3164\ufe00-\ufe0f\uffa0\U000e0100-\U000e01ef"
)
"""Default-ignorable code points (Unicode's DerivedCoreProperties) that are not Cf or Cn, so no category test
finds them, yet draw nothing: they would hide inside a word like a zero-width space. Variation selectors are
here (an emoji's U+FE0F shows as ``⟨U+FE0F⟩``): invisible, and an attacker's free choice of bytes."""

_FILLERS = "\u115f\u1160\u3164\uffa0"
"""The invisible characters of :data:`INVISIBLE` that are letters (Lo), so word characters to a regex: masked
before the scan, like the characters :meth:`str.isprintable` refuses."""
_HAS_FILLER = re.compile(f"[{_FILLERS}]")

_SCAN = re.compile(
    "(?=[^\\w \x21-\x7e])"  # what can start a match: lets the engine skip words and ASCII at C speed
    "(?:(?P<pair>\r\n)|[\x00-\x1f\x7f" + INVISIBLE + "]"
    f"|(?P<run>[^\\w\\s\x00-\x7f]{{{MAX_COMBINING + 1},}}))"
)
"""One pass over masked text: a CRLF (one space), a C0/DEL or masked character, an invisible one, or a run that
may hold a flood of marks (checked by :func:`_floods`). The lookahead first is worth about 2x on non-ASCII
text: without it every position tries each alternative in turn."""

_MASK = "\x00"
_SPACE_LIKE = {"\t", "\n", "\r\n", "\x0b", "\x0c"}


SOFT_HYPHEN = "\u00ad"


def without_soft_hyphens(text: str) -> str:
    """``text`` without its soft hyphens (U+00AD), which every source drops as it reads: a typesetter's hint where
    a word may break, invisible in the article. Kept, it showed as ``⟨U+00AD⟩`` (a format character, see the
    module) inside words, went into copied quotations and exports, and "cooperation" did not find
    "co\u00adoperation". Dropped, the text holds nothing hidden and nothing to show."""
    return text.replace(SOFT_HYPHEN, "") if SOFT_HYPHEN in text else text


def is_unsafe_char(char: str) -> bool:
    """True for one character that is never written as it is (a run of marks is judged by :func:`unsafe_spans`)."""
    if char.isprintable():
        return char in _FILLERS or bool(_SCAN.fullmatch(char))
    return char == "\x7f" or char < " " or unicodedata.category(char) != "Zs"


def is_mark(char: str) -> bool:
    """True for a combining mark (Mn, Mc, Me): what stacks on the character before it."""
    return unicodedata.category(char)[0] == "M"


_FILLER_MASKS = dict.fromkeys(map(ord, _FILLERS), _MASK)


_NEEDS_NO_MASK: set[str] = set()
"""Characters already classified as needing no mask (most are printable), so a paragraph's distinct characters
are classified once, not per paragraph. Bounded by :data:`_CACHE_LIMIT` (an all-planes text would make it huge).
Adding to a set is atomic under the GIL, so threads laying out text may share it."""
_CACHE_LIMIT = 1 << 16


def _masked(text: str) -> str:
    """``text`` (not all printable) with each non-ASCII character that is unsafe by category, and each filler,
    replaced by NUL: one character for one, so offsets stay. Only the distinct characters are classified."""
    unsafe = []
    for char in set(text).difference(_NEEDS_NO_MASK):
        if char > "\x7f" and not char.isprintable() and unicodedata.category(char) != "Zs":
            unsafe.append(char)
        elif len(_NEEDS_NO_MASK) < _CACHE_LIMIT:
            _NEEDS_NO_MASK.add(char)
    if not unsafe:
        return text.translate(_FILLER_MASKS) if _HAS_FILLER.search(text) else text
    table = dict.fromkeys(map(ord, unsafe), _MASK)
    table.update(_FILLER_MASKS)
    return text.translate(table)


_IS_INVISIBLE = re.compile(f"[{INVISIBLE}]")


@lru_cache(maxsize=256)
def _flood_pattern(marks: str) -> re.Pattern[str]:
    """An invisible character, or a flood of the (visible) ``marks``."""
    flood = "|[" + "".join(re.escape(mark) for mark in marks) + f"]{{{MAX_COMBINING + 1},}}" if marks else ""
    return re.compile(f"[{INVISIBLE}]{flood}")


def _floods(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans to replace in ``text[start:end]``, a candidate run of the scan: runs of more than
    :data:`MAX_COMBINING` marks, and invisible marks (a variation selector inside a run is one of these: it
    must not be kept with the first few marks of a flood)."""
    chunk = text[start:end]
    marks = "".join(sorted(char for char in set(chunk) if is_mark(char) and not _IS_INVISIBLE.match(char)))
    return [(start + match.start(), start + match.end()) for match in _flood_pattern(marks).finditer(chunk)]


def unsafe_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of ``text`` to replace by :func:`placeholder`, in order: one unsafe character, a
    CRLF, or a flood of marks each."""
    if text.isascii():
        if text.isprintable():
            return []
        scan = text
    elif text.isprintable():
        scan = text.translate(_FILLER_MASKS) if _HAS_FILLER.search(text) else text
    else:
        scan = _masked(text)
    spans: list[tuple[int, int]] = []
    for match in _SCAN.finditer(scan):
        if match.lastgroup == "run":
            spans.extend(_floods(text, match.start(), match.end()))
        else:
            spans.append(match.span())
    return spans


def placeholder(char_or_run: str) -> str:
    """The visible stand-in for one unsafe character (or a flood of combining marks)."""
    if len(char_or_run) > 1 and char_or_run != "\r\n":
        kept = char_or_run[:MAX_COMBINING]
        return f"{kept}⟨+{len(char_or_run) - MAX_COMBINING} marks⟩"
    if char_or_run in _SPACE_LIKE:
        return " "
    code = ord(char_or_run)
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "␡"
    return f"⟨U+{code:04X}⟩"


def is_placeholder_run(original: str) -> bool:
    """True when ``original`` is shown as a (dim) placeholder, not as a plain space."""
    return original not in _SPACE_LIKE


def sanitize(text: str) -> str:
    """``text`` with every unsafe character replaced; for titles, file names, notes and notifications."""
    if text.isascii() and text.isprintable():
        return text
    spans = unsafe_spans(text)
    if not spans:
        return text
    parts: list[str] = []
    last = 0
    for start, end in spans:
        parts.append(text[last:start])
        parts.append(placeholder(text[start:end]))
        last = end
    parts.append(text[last:])
    return "".join(parts)


def sanitize_lines(text: str) -> str:
    """``text`` with its line breaks (``\n``, ``\r\n``) kept and each line sanitised: a message of several lines."""
    return "\n".join(sanitize(line) for line in text.replace("\r\n", "\n").split("\n"))


class DisplayText(NamedTuple):
    """Safe text to draw, tied back to the original text by runs.

    Each run starts at ``disp_starts[i]`` in :attr:`text` and ``orig_starts[i]`` in the original. An identity run
    maps character for character; a replacement run (a placeholder) maps every display index to the start of the
    original characters it stands for. ``dim_runs`` lists the (start, end) display spans of placeholders.
    (A NamedTuple, as :class:`reader.session.Put` explains.)
    """

    text: str
    disp_starts: tuple[int, ...]
    orig_starts: tuple[int, ...]
    identity: tuple[bool, ...]
    orig_end: int
    dim_runs: tuple[tuple[int, int], ...]

    def to_orig(self, index: int) -> int:
        """The original offset of display index ``index`` (``len(text)`` maps to the end of the source)."""
        if index >= len(self.text):
            return self.orig_end
        run = bisect_right(self.disp_starts, index) - 1
        if self.identity[run]:
            return self.orig_starts[run] + index - self.disp_starts[run]
        return self.orig_starts[run]

    def to_display(self, offset: int) -> int:
        """The display index showing original ``offset`` (clamped into the text)."""
        if offset >= self.orig_end:
            return len(self.text)
        run = max(0, bisect_right(self.orig_starts, offset) - 1)
        if self.identity[run]:
            return min(self.disp_starts[run] + offset - self.orig_starts[run], len(self.text))
        return self.disp_starts[run]


def display_text(source: str, segments: tuple[tuple[int, int], ...]) -> DisplayText:
    """Build the safe display text for the original ``source[start:end]`` pieces of ``segments``.

    Segments are joined by one space (a line break inside a paragraph reads as a space), which maps to the end
    of the segment before it.
    """
    parts: list[str] = []
    disp_starts: list[int] = []
    orig_starts: list[int] = []
    identity: list[bool] = []
    dim: list[tuple[int, int]] = []
    position = 0

    def add(piece: str, orig: int, ident: bool, is_dim: bool = False) -> None:
        nonlocal position
        if not piece:
            return
        disp_starts.append(position)
        orig_starts.append(orig)
        identity.append(ident)
        parts.append(piece)
        if is_dim:
            dim.append((position, position + len(piece)))
        position += len(piece)

    for number, (start, end) in enumerate(segments):
        if number:
            add(" ", segments[number - 1][1], False)
        chunk = source[start:end]
        if chunk.isascii() and chunk.isprintable():
            add(chunk, start, True)
            continue
        last = 0
        for found_start, found_end in unsafe_spans(chunk):
            add(chunk[last:found_start], start + last, True)
            found = chunk[found_start:found_end]
            add(placeholder(found), start + found_start, False, is_placeholder_run(found))
            last = found_end
        add(chunk[last:], start + last, True)
    if not parts:
        begin = segments[0][0] if segments else 0
        add(" ", begin, False)
    return DisplayText(
        text="".join(parts),
        disp_starts=tuple(disp_starts),
        orig_starts=tuple(orig_starts),
        identity=tuple(identity),
        orig_end=segments[-1][1] if segments else 0,
        dim_runs=tuple(dim),
    )
