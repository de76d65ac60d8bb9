"""Make document text safe to show: text is data, never markup, and never reaches the terminal raw.

Textual forwards escape sequences inside strings to the terminal as they are, so every character that could
steer the terminal, reorder text or hide itself is replaced here by a visible placeholder:

* C0 controls, DEL and ESC become Control Pictures (``␛``, ``␇``, ``␀`` ...); tabs and line breaks inside a
  paragraph become a plain space (they are layout, not content);
* C1 controls (U+0080-U+009F, e.g. the 8-bit CSI), bidi controls, zero-width characters, the BOM, line/paragraph
  separators, tag characters and lone surrogates (from ``surrogateescape``) become ``⟨U+XXXX⟩``;
* a run of more than :data:`MAX_COMBINING` combining marks keeps the first few and shows ``⟨+N marks⟩``.

What remains after an ESC (``[2J``) is harmless literal text once the ESC itself is gone.

:class:`DisplayText` keeps a run-length mapping between display indices and original offsets, so a cursor on a
placeholder still stands on the exact original character. This module imports neither Textual nor Rich.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

MAX_COMBINING = 8
"""Combining marks kept on one base character before the rest are summarised."""

_COMBINING = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f"
    "\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
)

UNSAFE_PATTERN = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2028-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\ufff9-\ufffb\ud800-\udfff\U000e0000-\U000e0fff]"
    f"|[{_COMBINING}]{{{MAX_COMBINING + 1},}}"
)
"""Everything that must not be written as it is. Variation selectors are included: they are invisible."""

_SPACE_LIKE = {"\t", "\n", "\r\n", "\x0b", "\x0c"}


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
    return UNSAFE_PATTERN.sub(lambda match: placeholder(match.group()), text.replace("\r\n", "\n"))


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
        for match in UNSAFE_PATTERN.finditer(chunk):
            add(chunk[last : match.start()], start + last, True)
            found = match.group()
            add(placeholder(found), start + match.start(), False, is_placeholder_run(found))
            last = match.end()
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
