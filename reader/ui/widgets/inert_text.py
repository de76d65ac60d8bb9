"""Editable fields that show what they hold inert, and keep it exactly: the search bar, the panel's filter and
the tags line (:class:`InertInput`); :mod:`reader.ui.widgets.note_area` builds the note editor on the same map.

Textual's ``Input`` and ``TextArea`` paint their value as it is, so a stored note or tag holding
``ESC ] 52 ; c ; …`` (write the clipboard) or a bidi override reached the terminal when a dialog opened it.

Decision: **the value keeps the real text; only what is painted changes, one character for one.** Every
character that :func:`reader.sanitize.sanitize` would replace is painted as one placeholder cell of its own:
a C0 control or DEL as its Control Picture (``␛``, ``␇``, ``␡``), anything else (C1, bidi, zero-width, format,
private use, surrogates, the marks past :data:`~reader.sanitize.MAX_COMBINING` in a flood) as ``▯``, dimmed so
it does not read as typed text. One for one keeps every index of the value an index of what is painted, so the
widgets' own cursor, selection, word motions and cell arithmetic stay right without an offset map, and nothing
the user did not type is ever stored: a value saved without an edit is the stored text, character for
character, and typed or pasted characters are stored as they came. (A display copy with ``⟨U+202E⟩`` would
read better but would need every cursor movement and edit mapped back through it, and a user who typed the
placeholder's own characters could not be told apart from the placeholder.)
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.widgets import Input

from reader.sanitize import MAX_COMBINING, sanitize
from reader.text_search import MAX_QUERY

PLACEHOLDER = "▯"
"""What an unsafe character other than a C0 control or DEL is painted as (one cell; the empty box that fonts
show for a missing glyph)."""

PLACEHOLDER_STYLE = Style(dim=True, reverse=True)
"""How placeholders are painted: apart from the text around them, so a typed ``▯`` or ``␛`` is not mistaken
for one."""


class InertLine(NamedTuple):
    """One line as painted (``text``, as long as the original) and the (start, end) spans of placeholders."""

    text: str
    spans: tuple[tuple[int, int], ...]


@lru_cache(maxsize=4096)
def _stand_in(char: str, keep_tabs: bool) -> str | None:
    """The one-cell placeholder for ``char``, or None when it is painted as it is."""
    if char == "\t" and keep_tabs:
        return None  # the TextArea expands tabs itself, by its own cell arithmetic
    if sanitize(char) == char:
        return None
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "␡"
    return PLACEHOLDER


def _is_mark(char: str) -> bool:
    return unicodedata.category(char)[0] == "M"


@lru_cache(maxsize=256)
def _run_pattern(chars: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(chars) + "]+")


@lru_cache(maxsize=256)
def _flood_pattern(marks: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(marks) + f"]{{{MAX_COMBINING + 1},}}")


def inert_line(line: str, *, keep_tabs: bool = False) -> InertLine:
    """``line`` as it is painted: the same length, each unsafe character replaced by one placeholder.

    Decided per distinct character (cached), then applied with ``str.translate`` and one regular expression,
    so a 100,000-character line costs milliseconds; text that is ASCII and printable is returned at once."""
    if line.isascii() and line.isprintable():
        return InertLine(line, ())
    distinct = set(line)
    table = {ord(char): stand_in for char in distinct if (stand_in := _stand_in(char, keep_tabs)) is not None}
    spans: list[tuple[int, int]] = []
    shown = line
    if table:
        shown = line.translate(table)
        unsafe = "".join(sorted(chr(code) for code in table))
        spans = [match.span() for match in _run_pattern(unsafe).finditer(line)]
    if len(line) > MAX_COMBINING:
        marks = "".join(sorted(c for c in distinct if ord(c) not in table and not c.isascii() and _is_mark(c)))
        floods = [match.span() for match in _flood_pattern(marks).finditer(line)] if marks else []
        if floods:
            pieces: list[str] = []
            last = 0
            for start, end in floods:
                cut = start + MAX_COMBINING  # the first marks stay on their letter, as the article shows them
                pieces.append(shown[last:cut])
                pieces.append(PLACEHOLDER * (end - cut))
                spans.append((cut, end))
                last = end
            pieces.append(shown[last:])
            shown = "".join(pieces)
            spans.sort()
    return InertLine(shown, tuple(spans))


def styled_inert(line: str, *, keep_tabs: bool = False) -> Text:
    """``line`` as a Rich Text to paint: placeholders instead of unsafe characters, dimmed."""
    shown = inert_line(line, keep_tabs=keep_tabs)
    text = Text(shown.text, no_wrap=True, overflow="ignore", end="")
    for start, end in shown.spans:
        text.stylize(PLACEHOLDER_STYLE, start, end)
    return text


def _editing_keys() -> dict[str, str]:
    """Input's own editing keys (cursor moves, deletions, selection) and their actions, read off its bindings."""
    keys: dict[str, str] = {}
    for binding in Input.BINDINGS:
        if not isinstance(binding, Binding):
            continue
        if binding.action.startswith(("cursor_", "delete_", "home", "end", "select_all")):
            for key in binding.key.split(","):
                keys[key.strip()] = binding.action
    return keys


_EDITING_KEYS = _editing_keys()


class InertInput(Input):
    """An Input whose value may hold anything (a stored tag, a pasted escape sequence) and paints it inert.

    Input paints ``_value`` and measures the cursor with ``_position_to_cell`` / ``_cell_offset_to_index`` on
    the raw value; all three are taken over here (private in Textual 8.2; a test paints a hostile value, so a
    change there shows up as a failure, not as a leak).

    Its editing keys (Backspace, Delete, the cursor keys...) act when the key arrives, as typed characters do:
    in Textual they are bindings, run only once the key has bubbled up to the app, after the characters typed
    just after them when the screen was busy (``t e x ⌫ ⌫ e x t`` typed fast into the library's search gave
    ``texe``)."""

    async def _on_key(self, event: events.Key) -> None:
        action = _EDITING_KEYS.get(event.key)
        if action is None:
            await super()._on_key(event)
            return
        event.stop()
        event.prevent_default()
        await self.run_action(action)

    @property
    def _value(self) -> Text:
        if self.password:
            return super()._value
        return styled_inert(self.value)

    def _shown(self) -> str:
        return inert_line(self.value).text

    def _position_to_cell(self, position: int) -> int:
        return cell_len(self._shown()[:position])  # a tab is painted as ␉, one cell

    def _cell_offset_to_index(self, offset: int) -> int:
        shown = self._shown()
        target = offset + int(self.scroll_offset.x)
        cells = 0
        for index, char in enumerate(shown):
            width = cell_len(char)
            if cells <= target < cells + width:
                return index
            cells += width
        return max(0, min(target, len(shown)))


class BoundedInput(InertInput):
    """An :class:`InertInput` that holds at most :attr:`limit` characters (a query's bound,
    :data:`reader.text_search.MAX_QUERY`, 500: a long sentence). What a key or a paste would add past it is cut
    off and a toast says so, one of its kind however often (Input's own ``max_length`` refuses a whole paste with a
    bell, saying nothing). A query is read on the UI thread as it is typed: unbounded, a pasted filter of 50,000
    words held the library's search 4.5 s (a hostile review)."""

    limit = MAX_QUERY
    too_long_key = "query-length"
    """The toast's kind (:meth:`reader.ui.app.ReaderApp.announce`: a later one replaces it)."""
    too_long = f"At most {MAX_QUERY} characters; the rest was left out"

    def replace(self, text: str, start: int, end: int) -> None:
        """Every edit (a key, a paste, a deletion) comes here: see the class's docstring."""
        value = self.value
        start, end = sorted((max(0, start), min(len(value), end)))
        room = self.limit - (len(value) - (end - start))
        if len(text) > room:
            text = text[: max(0, room)]
            announce = getattr(self.screen, "announce", None)
            if announce is not None:
                announce(self.too_long_key, self.too_long, timeout=3)
            else:
                self.notify(self.too_long, severity="warning", timeout=3)
        super().replace(text, start, end)

