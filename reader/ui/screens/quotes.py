"""The quotes screen (`Q`): every quotation of the document with its speaker; Enter jumps to it."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.sanitize import sanitize

if TYPE_CHECKING:
    from reader.quotes import Quotation


def quote_entry(quotation: Quotation) -> Content:
    text = sanitize(quotation.text.replace("\n", " "))
    if len(text) > 200:
        text = text[:199] + "…"
    name = quotation.speaker_full or quotation.speaker
    speaker = sanitize(name) if name else "unattributed"
    indent = "    " if quotation.nested else ""
    return Content.assemble(
        indent,
        (f"{speaker}", "bold $accent" if quotation.speaker else "italic $foreground-muted"),
        (f"  {quotation.kind}", "$foreground-muted"),
        "\n",
        indent,
        f"{quotation.open}{text}{quotation.close}",
    )


class QuotesScreen(ModalScreen[int | None]):
    """Lists quotations; dismisses with the offset to jump to (or None)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,Q,q", "close", "Close", show=False)]

    DEFAULT_CSS = """
    QuotesScreen { align: center middle; }
    QuotesScreen > Vertical { width: 100; max-width: 96%; height: 90%; border: round $accent; background: $surface; }
    QuotesScreen #quotes-title { text-style: bold; color: $accent; padding: 0 1; }
    QuotesScreen OptionList { height: 1fr; border: none; }
    QuotesScreen OptionList > .option-list--option { padding: 0 1 1 1; }
    """

    def __init__(self, quotations: list[Quotation], current: int | None) -> None:
        super().__init__()
        self.quotations = quotations
        self.current = current

    def compose(self) -> ComposeResult:
        count = len(self.quotations)
        with Vertical():
            yield Static(
                Content(f"Quotations ({count}) — Enter jumps, Esc closes" if count else "No quotations found"),
                id="quotes-title",
            )
            yield OptionList(*[Option(quote_entry(q), id=str(i)) for i, q in enumerate(self.quotations)])

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.focus()
        if self.current is not None and self.quotations:
            options.highlighted = self.current

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.dismiss(self.quotations[int(event.option.id)].start)

    def action_close(self) -> None:
        self.dismiss(None)
