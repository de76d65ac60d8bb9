"""The header: the document's title (as data, never markup), the quotation under the cursor and who said it,
reading progress and layout progress."""

from __future__ import annotations

from typing import NamedTuple

from rich.cells import cell_len
from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

from reader.sanitize import sanitize
from reader.ui.notices import take_cells

SPEAKER_CELLS = 32
"""At most this much of a speaker's name is shown in the bar (a name is rarely longer; a hostile one could be)."""


class QuoteNote(NamedTuple):
    """What the bar says about the quotation under the cursor: ``“…” — Lukashenka · speech``; a title or a term
    has no speaker (``“…” · title``)."""

    marks: str
    """The quotation's own marks around an ellipsis (``“…”``, ``«…»``; ``„…`` when it never closes: it ran to the end
    of its paragraph); ``“…”`` for a block quotation."""
    speaker: str | None
    """The speaker, sanitised and at most :data:`SPEAKER_CELLS` long (document text is data)."""
    kind: str

    @classmethod
    def of(cls, opening: str, closing: str, speaker: str | None, speaker_full: str | None, kind: str) -> QuoteNote:
        if opening in ("", ">"):
            opening, closing = "“", "”"
        name = speaker_full or speaker
        shown = " ".join(sanitize(name).split()) if name else None
        if shown is not None and cell_len(shown) > SPEAKER_CELLS:  # cells: a CJK name is twice as wide
            shown = take_cells(shown, SPEAKER_CELLS - 1).rstrip() + "…"
        return cls(sanitize(opening) + "…" + sanitize(closing), shown or None, kind)  # unclosed: "„…"

    def content(self) -> Content:
        speaker = ((" — ", "$foreground-muted"), (self.speaker, "bold")) if self.speaker else ()
        return Content.assemble(self.marks, *speaker, (f" · {self.kind}", "$foreground-muted"))


class TopBar(Widget):
    """Title on the left; the quotation under the cursor (``“…” — Lukashenka · speech``), ``laying out 37%``
    while a big document is indexed, and ``42%`` on the right.

    One widget that draws one line, not a row of three Labels: every widget on the first screen costs start-up
    time (styling, layout, rendering), and this bar is on every reading screen."""

    DEFAULT_CSS = """
    TopBar { height: 1; split: top; background: $panel; color: $foreground; padding: 0 1; }
    """

    progress: reactive[float] = reactive(0.0)
    """Reading progress, 0.0 to 1.0."""

    status: reactive[str] = reactive("")
    """A short note such as ``laying out 40%``; empty when nothing is going on."""

    show_title: reactive[bool] = reactive(True)
    """Whether the title is drawn: not while the article's own title is on screen (shown twice, it was noise)."""

    quote: reactive[QuoteNote | None] = reactive(None)
    """The quotation under the cursor (None: the cursor is on none). It goes before the title when the bar is
    short of room: it is about where the reader looks."""

    notice: reactive[str] = reactive("")
    """A moment's answer to a key that cannot act yet (``Finding quotations… 40%`` for `]`), drawn in place of
    the quotation note; the screen clears it. Here rather than in a toast: a toast mounts widgets and re-lays
    out the screen, ~100-150 ms while a 20 MB article is being laid out; this repaints one line."""

    def __init__(self, title: str, *, show_title: bool = True) -> None:
        super().__init__()
        self.title_text = title
        self.set_reactive(TopBar.show_title, show_title)

    def render(self) -> Content:
        width = self.content_region.width
        right = Content.assemble(
            (self.status, "$foreground-muted"), "  " if self.status else "", (f"{round(self.progress * 100)}%", "bold")
        )
        quote = self.quote
        if self.notice or quote is not None:
            note = quote.content() if quote is not None and not self.notice else Content.styled(
                self.notice, "bold $text-warning"
            )
            room_for_note = width - right.cell_length - 2
            if note.cell_length > room_for_note:
                note = note.truncate(max(0, room_for_note), ellipsis=True)
            right = Content.assemble(note, "  ", right) if note.cell_length else right
        room = width - right.cell_length - 2
        title = Content(self.title_text if self.show_title else "")
        if title.cell_length > room:
            title = title.truncate(max(0, room), ellipsis=True)
        gap = max(1, width - title.cell_length - right.cell_length)
        return Content.assemble(title.stylize("bold $accent"), " " * gap, right)
