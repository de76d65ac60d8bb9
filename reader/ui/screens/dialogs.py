"""Small modal dialogs: the note editor, the tags editor and a yes/no question.

Text typed here is data: it is shown through ``Content`` or in editing widgets, never parsed as markup.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static, TextArea

from reader.sanitize import sanitize

DIALOG_CSS = """
{name} {{ align: center middle; }}
{name} > Vertical {{
    width: 76; max-width: 96%; height: auto; max-height: 90%;
    border: round $accent; background: $surface; padding: 0 1;
}}
{name} .dialog-title {{ text-style: bold; color: $accent; width: 100%; }}
{name} .dialog-quote {{ color: $text-muted; text-style: italic; max-height: 4; }}
{name} .dialog-hint {{ color: $text-muted; }}
"""


class ConfirmScreen(ModalScreen[bool]):
    """A yes/no question; y/Enter answers yes, n/Esc answers no."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y,enter", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]
    DEFAULT_CSS = DIALOG_CSS.format(name="ConfirmScreen")

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content(self.question), classes="dialog-title")
            yield Static("y  yes    n / Esc  no", classes="dialog-hint", markup=False)

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class NoteEditor(ModalScreen[str | None]):
    """Edit a highlight's note. ctrl+s saves; Esc cancels, asking first if the text changed."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save note", priority=True),
        Binding("escape", "cancel", "Cancel", priority=True),
    ]
    DEFAULT_CSS = (
        DIALOG_CSS.format(name="NoteEditor")
        + """
    NoteEditor TextArea { height: 10; margin: 1 0 0 0; }
    """
    )

    def __init__(self, quote: str, note: str) -> None:
        super().__init__()
        self.quote = quote
        self.original = note

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("Note", classes="dialog-title", markup=False)
            quote = sanitize(self.quote.replace("\n", " "))
            yield Static(Content(f"“{quote[:300]}{'…' if len(quote) > 300 else ''}”"), classes="dialog-quote")
            yield TextArea(self.original, id="note-text", soft_wrap=True, show_line_numbers=False)
            yield Static("ctrl+s  save    Esc  cancel", classes="dialog-hint", markup=False)

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    @property
    def text(self) -> str:
        return self.query_one(TextArea).text

    def action_save(self) -> None:
        self.dismiss(self.text)

    def action_cancel(self) -> None:
        if self.text == self.original:
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(ConfirmScreen("Discard the changes to this note?"), answered)


class TagsEditor(ModalScreen[tuple[str, ...] | None]):
    """Edit a highlight's tags: words separated by spaces or commas; Enter saves, Esc cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]
    DEFAULT_CSS = DIALOG_CSS.format(name="TagsEditor")

    def __init__(self, tags: tuple[str, ...]) -> None:
        super().__init__()
        self.tags = tags

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("Tags", classes="dialog-title", markup=False)
            yield Input(" ".join(self.tags), placeholder="e.g. nato belarus claim", id="tags-input")
            yield Static(
                "spaces or commas between tags    Enter  save    Esc  cancel", classes="dialog-hint", markup=False
            )

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        from reader.session import parse_tags

        self.dismiss(parse_tags(event.value))

    def action_cancel(self) -> None:
        self.dismiss(None)
