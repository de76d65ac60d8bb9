"""The note editor's text area: a TextArea that paints a note inert, keeps it exactly, and holds at most
:data:`~reader.annotation.MAX_NOTE_CHARS` characters.

Why not the stock TextArea:

* it paints its document as it is, so a note's ``ESC ] 0 ; …`` retitled the window when `n` opened it;
* its ``Document`` splits lines with ``str.splitlines`` and joins them with the first line break it found, so a
  note holding ``\\r\\n`` and ``\\n``, a form feed, U+2028 or U+0085 came back changed although the user edited
  nothing.

:class:`InertDocument` keeps the real lines, split on ``\\n`` only (any other break character is a character
of its line, painted as a placeholder), and hands the TextArea a painted copy of each line, one character for
one (:mod:`reader.ui.widgets.inert_text` says why one for one): everything that measures, wraps, moves the
cursor or paints reads the painted lines; everything that reads text (``text``, ``get_text_range``: copy, cut,
the undo history) reads the real ones. Typed and pasted text is stored as it came, except that a paste's line
breaks (a terminal sends ``\\r``) become the editor's ``\\n``, as Enter does.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.document._document import Document, EditResult, Location
from textual.document._document_navigator import DocumentNavigator
from textual.document._wrapped_document import WrappedDocument
from textual.geometry import Size
from textual.message import Message
from textual.widgets import TextArea

from reader.ui.widgets.inert_text import PLACEHOLDER_STYLE, InertLine, inert_line


def _painted(line: str) -> InertLine:
    return inert_line(line, keep_tabs=True)


class InertDocument(Document):
    """A TextArea document whose lines are painted inert while its text stays exactly what it was given."""

    def __init__(self, text: str) -> None:  # noqa: D107 - Document.__init__ is replaced, not extended
        self._newline = "\n"
        self._lines: list[str] = text.split("\n")
        painted = [_painted(line) for line in self._lines]
        self._shown: list[str] = [line.text for line in painted]
        self._spans: list[tuple[tuple[int, int], ...]] = [line.spans for line in painted]
        self.length = len(text)
        """Characters in the text (kept up to date by every edit, so a size check costs nothing)."""

    @property
    def lines(self) -> list[str]:
        """The painted lines: what the TextArea measures, wraps and draws."""
        return self._shown

    def __getitem__(self, line_index: int | slice) -> str | list[str]:  # type: ignore[override]
        return self._shown[line_index]

    def placeholder_spans(self, line_index: int) -> tuple[tuple[int, int], ...]:
        """Where line ``line_index`` shows placeholders instead of its characters."""
        return self._spans[line_index]

    def get_size(self, tab_width: int) -> Size:
        widths = [cell_len(line.expandtabs(tab_width)) for line in self._shown]
        return Size(max(widths, default=0), len(self._shown))

    def replace_range(self, start: Location, end: Location, text: str) -> EditResult:
        """Replace ``start``..``end`` with ``text``; lines break at ``\\n`` only, so text is kept as given."""
        top, bottom = sorted((start, end))
        top_row, top_column = top
        bottom_row, bottom_column = bottom
        replaced = self.get_text_range(top, bottom)
        lines = self._lines
        before = lines[top_row][:top_column] if top_row < len(lines) else ""
        after = lines[bottom_row][bottom_column:] if bottom_row < len(lines) else ""
        inserted = text.split("\n")
        inserted[0] = before + inserted[0]
        destination_column = len(inserted[-1])
        inserted[-1] += after
        lines[top_row : bottom_row + 1] = inserted
        painted = [_painted(line) for line in inserted]
        self._shown[top_row : bottom_row + 1] = [line.text for line in painted]
        self._spans[top_row : bottom_row + 1] = [line.spans for line in painted]
        self.length += len(text) - len(replaced)
        return EditResult((top_row + len(inserted) - 1, destination_column), replaced)


class NoteArea(TextArea):
    """A plain-text TextArea on an :class:`InertDocument`, refusing keyboard edits past ``max_chars``."""

    class TooLong(Message):
        """Typing or a paste was refused: the note would have had ``length`` characters, over ``limit``."""

        def __init__(self, length: int, limit: int) -> None:
            super().__init__()
            self.length = length
            self.limit = limit

    def __init__(
        self, text: str = "", *, max_chars: int | None = None, read_only: bool = False, id: str | None = None
    ) -> None:
        self.max_chars = max_chars
        """The most characters typing and pasting may make the note (None: no limit)."""
        super().__init__(text, id=id, read_only=read_only, soft_wrap=True, show_line_numbers=False)

    def _set_document(self, text: str, language: str | None) -> None:
        """Always an :class:`InertDocument` (notes are plain text: no language, no syntax tree). Mirrors the
        plain-text branch of ``TextArea._set_document`` in Textual 8.2."""
        self._highlight_query = None
        document = InertDocument(text)
        self.document = document
        self.wrapped_document = WrappedDocument(document, tab_width=self.indent_width)
        self.navigator = DocumentNavigator(self.wrapped_document)
        self._build_highlight_map()
        self.move_cursor((0, 0))
        self._rewrap_and_refresh_virtual_size()

    def get_line(self, line_index: int) -> Text:
        line = super().get_line(line_index)
        document = self.document
        if isinstance(document, InertDocument):
            for start, end in document.placeholder_spans(line_index):
                line.stylize(PLACEHOLDER_STYLE, start, end)
        return line

    def _replace_via_keyboard(self, insert: str, start: Location, end: Location) -> EditResult | None:
        if "\r" in insert:
            insert = insert.replace("\r\n", "\n").replace("\r", "\n")
        document = self.document
        if self.max_chars is not None and isinstance(document, InertDocument) and not self.read_only:
            length = document.length - len(document.get_text_range(start, end)) + len(insert)
            if length > self.max_chars and length > document.length:  # shortening is always allowed
                self.post_message(self.TooLong(length, self.max_chars))
                return None
        return super()._replace_via_keyboard(insert, start, end)
