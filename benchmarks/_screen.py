"""A minimal terminal screen for the benchmarks: enough of a VT100 to replay what Textual writes and tell a
repaint that changes what a person sees from one that rewrites the same cells.

Textual writes each updated region as cursor positions (``CSI row;col H``) followed by styled text (SGR
``CSI ... m``) and ``\\r\\n``; this keeps a grid of (character, style) cells and applies exactly that. Other
sequences (mode switches, synchronised output, OSC) change no cell and are skipped. Wide characters take one
cell here: the grid is compared with itself, never shown, so that is consistent and enough.
"""

from __future__ import annotations

import codecs
import re

_TOKEN = re.compile(
    r"\x1b\[(?P<params>[0-?]*)[ -/]*(?P<final>[@-~])"  # CSI
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC
    r"|\x1bP[^\x1b]*\x1b\\"  # DCS
    r"|\x1b[()][0-9A-Za-z]|\x1b[=>78DEHMNOcZ\\]"  # charset, two-byte escapes
    r"|(?P<text>[^\x1b\r\n]+)|(?P<cr>\r)|(?P<lf>\n)|\x1b"
)
_COMPLETE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1bP[^\x1b]*\x1b\\|\x1b[()][0-9A-Za-z]"
    r"|\x1b[=>78DEHMNOcZ\\]"
)
"""An escape sequence that is complete (one cut by a chunk's end is not)."""
_STATUS = re.compile(r"[a-z]+(?: [a-z]+)* \d+%|(?<=… )\d+%")
"""Background progress in the top bar: "laying out 37%", and the percentage of the notice `]` shows ("Finding
quotations… 40%": the notice is the key's doing, its number moving on is the finder's). Not a key's doing."""


class Screen:
    """Cells of a ``lines`` x ``columns`` terminal, updated by :meth:`feed`."""

    def __init__(self, lines: int, columns: int) -> None:
        self.lines, self.columns = lines, columns
        self.chars = [[" "] * columns for _ in range(lines)]
        self.styles = [[""] * columns for _ in range(lines)]
        self.row = self.col = 0
        self.style = ""
        self._pending = ""
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")

    def feed(self, data: bytes) -> None:
        """Apply a chunk of output; an escape sequence or a UTF-8 character cut by the chunk's end waits for
        the next chunk."""
        text = self._pending + self._decoder.decode(data)
        cut = text.rfind("\x1b")
        if cut >= 0 and _COMPLETE.match(text, cut) is None:
            text, self._pending = text[:cut], text[cut:]
        else:
            self._pending = ""
        self._apply(text)

    def _apply(self, text: str) -> None:
        for match in _TOKEN.finditer(text):
            if match.group("text") is not None:
                self._put(match.group("text"))
            elif match.group("final") is not None:
                final, params = match.group("final"), match.group("params")
                if final == "H":
                    parts = params.split(";") if params else []
                    self.row = max(0, min(self.lines - 1, int(parts[0] or 1) - 1 if parts else 0))
                    self.col = max(0, min(self.columns - 1, int(parts[1] or 1) - 1 if len(parts) > 1 else 0))
                elif final == "m":
                    self.style = "" if params in ("", "0") else params
            elif match.group("cr") is not None:
                self.col = 0
            elif match.group("lf") is not None:
                self.row = min(self.lines - 1, self.row + 1)

    def _put(self, text: str) -> None:
        chars, styles, style = self.chars[self.row], self.styles[self.row], self.style
        for char in text:
            if self.col < self.columns:
                chars[self.col] = char
                styles[self.col] = style
            self.col += 1

    def row_text(self, row: int) -> str:
        return "".join(self.chars[row])

    def snapshot(self, *, mask_columns: tuple[int, ...] = ()) -> tuple[str, ...]:
        """What a person sees, as comparable rows: each row's characters and styles, the top bar's background
        progress ("laying out 37%") blanked, and the cells in ``mask_columns`` (0-based: a scroll bar that
        shrinks as the layout grows) left out."""
        rows: list[str] = []
        for number in range(self.lines):
            chars, styles = self.chars[number], self.styles[number]
            if mask_columns:
                chars = [c for i, c in enumerate(chars) if i not in mask_columns]
                styles = [s for i, s in enumerate(styles) if i not in mask_columns]
            text = "".join(chars)
            if number == 0:
                text = _STATUS.sub(lambda m: " " * len(m.group(0)), text)
                rows.append(text)  # the bar's styles change with its status text: compare its characters only
                continue
            rows.append(text + "\x00" + "\x01".join(styles))
        return tuple(rows)
