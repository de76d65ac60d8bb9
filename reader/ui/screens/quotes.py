"""The quotes screen (`Q`): every quotation of the document with its speaker; Enter jumps to it.

One line per quotation (speaker, kind, the quoted text) in a :class:`~reader.ui.widgets.line_list.LineList`:
only the rows on screen are drawn, so a 20 MB article's ~46,000 quotations open at once. (An OptionList measured
and styled every option: ~0.5 ms each, half a minute for that article, and each range the background finder
delivered froze an open list for ~300 ms.) While the finder is at work the list holds what is found so far, its
title says how far the finder got, and it grows as more is found (:meth:`QuotesScreen.grown`, called by the
reading screen).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.strip import Strip
from textual.widgets import Static

from reader.sanitize import sanitize
from reader.ui.notices import take_cells
from reader.ui.widgets.key_bar import KeyBar
from reader.ui.widgets.line_list import LineList

if TYPE_CHECKING:
    from reader.quotes import Quotation

SHOWN_CHARS = 200
"""Characters of a quotation's text drawn at most (the row is cut to the screen anyway)."""

SPEAKER_CELLS = 24
"""The speaker column's width: a name is padded to it, or cut with ``…`` when longer (the whole name is in the
top bar once the list jumps there, and on the People screen), so that the kind and the quotation start in the
same column on every row whatever the names' lengths."""
KIND_CELLS = max(len(kind) for kind in ("speech", "phrase", "title", "term"))
"""The kind column's width (:data:`reader.quotes.kinds.Kind`'s longest name)."""
UNATTRIBUTED = "unattributed"
"""The speaker column of a quotation with no speaker. A word, not the ``—`` that ``reader quotes`` prints: in a
list read down a column a dash reads as a missing value or as punctuation, while the word says that the finder
found nobody to attribute it to (and is drawn muted, so the names stand out)."""
NARROW_SPEAKER_CELLS = 10
"""The speaker column's narrowest, on a narrow terminal (:func:`speaker_cells`)."""
KIND_SHOWN_FROM = 64
"""Rows narrower than this (a terminal of about 70 columns or fewer) leave the kind column out: its 10 cells
go to the speaker and the quotation, which a reader needs first (the top bar shows the kind once it jumps)."""


def entry_parts(quotation: Quotation, speaker_cells: int = SPEAKER_CELLS) -> tuple[str, str, str, str]:
    """(indent, speaker or "unattributed" in a column of ``speaker_cells``, kind in a column of
    :data:`KIND_CELLS`, quoted text with its marks): one line, sanitised, its columns aligned."""
    text = sanitize(" ".join(quotation.text[: SHOWN_CHARS * 2].split()))
    if len(text) > SHOWN_CHARS:
        text = text[: SHOWN_CHARS - 1] + "…"
    name = quotation.speaker_full or quotation.speaker
    speaker = " ".join(sanitize(name).split()) if name else UNATTRIBUTED
    if cell_len(speaker) > speaker_cells:
        speaker = take_cells(speaker, speaker_cells - 1).rstrip() + "…"
    speaker += " " * (speaker_cells - cell_len(speaker))
    indent = "    " if quotation.nested else ""
    quoted = sanitize(quotation.open) + text + sanitize(quotation.close)
    return indent, speaker, quotation.kind.ljust(KIND_CELLS), quoted


def speaker_cells(width: int) -> int:
    """The speaker column for rows ``width`` cells wide: :data:`SPEAKER_CELLS`, or two fifths of what the
    kind column leaves when that is less (at least :data:`NARROW_SPEAKER_CELLS`). At 60 columns the 24-cell
    names and the kind left the quotations, what the list is for, 18 cells ("„There is no milit")."""
    beside = KIND_CELLS + 4 if width >= KIND_SHOWN_FROM else 2
    return max(NARROW_SPEAKER_CELLS, min(SPEAKER_CELLS, (width - beside - 1) * 2 // 5))


def fit_quoted(quotation: Quotation, quoted: str, cells: int) -> str:
    """``quoted`` (marks and text, from :func:`entry_parts`) in at most ``cells`` cells: when longer, its text is
    cut at a word where one ends near enough, marked ``…``, and its closing mark kept. The row was cropped at the
    list's edge instead, mid-word and with no sign that more followed ("So any att"), unlike the speaker column
    beside it and the People screen, which mark a cut with ``…``."""
    if cell_len(quoted) <= cells:
        return quoted
    close = sanitize(quotation.close)
    head = take_cells(quoted[: len(quoted) - len(close)], max(0, cells - 1 - cell_len(close)))
    space = head.rfind(" ")
    if space > len(head) * 2 // 3:
        head = head[:space]
    return head.rstrip(" ,;:") + "…" + close


def quote_entry(quotation: Quotation) -> Content:
    """The quotation's line as text (what the list draws, without its styles)."""
    indent, speaker, kind, quoted = entry_parts(quotation)
    return Content(f"{indent}{speaker}  {kind}  {quoted}")


class QuotesScreen(ModalScreen[int | None]):
    """Lists quotations; dismisses with the offset to jump to (or None)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "choose", "Jump to it"),
        Binding("escape,Q,q", "close", "Close"),
    ]

    DEFAULT_CSS = """
    QuotesScreen { align: center middle; }
    QuotesScreen > Vertical { width: 100; max-width: 96%; height: 90%; border: round $accent; background: $surface; }
    QuotesScreen #quotes-title { text-style: bold; color: $accent; padding: 0 1; }
    QuotesScreen LineList { height: 1fr; }
    """

    def __init__(self, quotations: Sequence[Quotation], current: int | None, *, progress: float | None = None) -> None:
        super().__init__()
        self.quotations = quotations
        self.current = current
        self.progress = progress
        """How far the finder got (0.0 to 1.0) while it is at work; None once it is done."""

    @property
    def list(self) -> LineList:
        return self.query_one("#quotes-list", LineList)

    def _title(self) -> Content:
        count = len(self.quotations)
        if self.progress is not None:
            finding = f"finding quotations… {int(self.progress * 100)}%"
            if not count:
                return Content(finding[:1].upper() + finding[1:])
            return Content(f"Quotations found so far ({count:,}), {finding} — Enter jumps, Esc closes")
        return Content(f"Quotations ({count:,}) — Enter jumps, Esc closes" if count else "No quotations found")

    def compose(self) -> ComposeResult:
        yield KeyBar()  # its own keys (the reading screen's bar under it said nothing of them)
        with Vertical():
            yield Static(self._title(), id="quotes-title")
            yield LineList(self._draw, len(self.quotations), id="quotes-list")

    def on_mount(self) -> None:
        rows = self.list
        rows.focus()
        if self.current is not None and self.quotations:
            rows.set_count(len(self.quotations), cursor=self.current)

    def grown(self, progress: float | None) -> None:
        """More quotations were found (the sequence is the reading screen's, which grew): list them too."""
        self.progress = progress
        self.query_one("#quotes-title", Static).update(self._title())
        self.list.set_count(len(self.quotations))

    def _draw(self, index: int, width: int, selected: bool) -> Strip:
        rows = self.list
        quotation = self.quotations[index]
        cells = speaker_cells(width)
        indent, speaker, kind, quoted = entry_parts(quotation, cells)
        kind = f"  {kind}  " if width >= KIND_SHOWN_FROM else "  "
        quoted = fit_quoted(quotation, quoted, width - 1 - len(indent) - cells - len(kind) - 1)
        base = rows.style("cursor") if selected else rows.rich_style
        muted = base if selected else base + rows.style("muted")
        name = base if selected else base + rows.style("heading" if speaker.rstrip() != UNATTRIBUTED else "muted")
        segments = [Segment(" " + indent, base), Segment(speaker, name), Segment(kind, muted),
                    Segment(quoted, base)]
        return Strip(segments).crop_extend(0, width, base)

    @on(LineList.Chosen, "#quotes-list")
    def _chosen(self, event: LineList.Chosen) -> None:
        self.dismiss(self.quotations[event.index].start)

    def action_choose(self) -> None:
        self.list.action_choose()

    def action_close(self) -> None:
        self.dismiss(None)
