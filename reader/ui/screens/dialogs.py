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
        Binding("ctrl+e", "external_editor", "Edit in $EDITOR", priority=True),
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
            yield Static("ctrl+s  save    Esc  cancel    ctrl+e  edit in $EDITOR", classes="dialog-hint", markup=False)

    def action_external_editor(self) -> None:
        """Hand the terminal to $VISUAL or $EDITOR on a temporary copy of the note, then take its text back.
        The note is saved only by ctrl+s here, as with typing: the editor is another way to type."""
        import os
        import shlex
        import subprocess
        import tempfile
        from pathlib import Path

        from textual.app import SuspendNotSupported

        command = os.environ.get("VISUAL") or os.environ.get("EDITOR")
        if not command:
            self.notify("Set $EDITOR (or $VISUAL) to write notes in your own editor", severity="warning")
            return
        handle, name = tempfile.mkstemp(prefix="reader-note-", suffix=".md")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                file.write(self.text)
            try:
                with self.app.suspend():
                    result = subprocess.run([*shlex.split(command), name], check=False)
            except SuspendNotSupported:
                self.notify("This terminal cannot hand over to an editor", severity="warning")
                return
            except OSError as error:
                self.notify(f"Could not start {command}: {error.strerror or error}", severity="error", markup=False)
                return
            if result.returncode != 0:
                self.notify(f"{command} exited with status {result.returncode}; the note is unchanged", markup=False)
                return
            self.query_one(TextArea).text = Path(name).read_text(encoding="utf-8", errors="replace").rstrip("\n")
        finally:
            Path(name).unlink(missing_ok=True)

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
