"""Small modal dialogs: the note editor, the tags editor and a yes/no question, drawn over the article.

Text shown here is data: it is shown through ``Content`` after :func:`~reader.sanitize.sanitize`, or in editing
widgets that paint it inert (:mod:`reader.ui.widgets.inert_text`), never parsed as markup and never written raw.

**Over the article, not instead of it.** A note is written about the passage in view, so a dialog keeps the
article visible around it: its screen's background is a light tint of the theme's background, not the opaque
``Screen`` background of ``reader.tcss``, and a dialog opened about a passage is placed on the side of the
screen (above or below) that leaves the passage's rows uncovered, as high as the room there allows. Only when
neither side has room for a usable dialog (a very small terminal) does it cover the passage. The tint is set
under a class selector in the screen's ``CSS`` (app-level rules): ``DEFAULT_CSS`` always loses to the app's
``Screen`` rule, whatever its specificity.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen, ScreenResultType
from textual.widgets import Input, Static

from reader.annotation import MAX_NOTE_CHARS, MAX_TAG_CHARS, MAX_TAGS
from reader.citation import quoted, shown_quote
from reader.sanitize import sanitize
from reader.ui.widgets.inert_text import InertInput
from reader.ui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from reader.ui.widgets.note_area import NoteArea

OVER_ARTICLE_CSS = """
Screen.-over-article { background: $background 30%; }
Screen.-over-article:ansi { background: transparent; }
"""
"""The see-through background of every dialog (and the help screen): app-level CSS, under a class selector so
it wins over ``reader.tcss``'s ``Screen`` rule."""

MIN_DIALOG_ROWS = 5
"""The fewest rows a small dialog (a question, the tags) beside the passage may have; with less room on both
sides it covers the passage."""

DIALOG_CSS = """
{name} {{ align: center middle; }}
{name}.-above {{ align: center top; }}
{name}.-below {{ align: center bottom; }}
{name} > Vertical {{
    width: 76; max-width: 96%; height: auto; max-height: 100%;
    border: round $accent; background: $surface; padding: 0 1;
}}
{name} .dialog-title {{ text-style: bold; color: $accent; width: 100%; }}
{name} .dialog-quote {{
    color: $text-muted; text-style: italic; height: 1; text-wrap: nowrap; text-overflow: ellipsis;
}}
{name} .dialog-hint {{ color: $text-muted; dock: bottom; height: auto; }}
"""


class OverArticle(ModalScreen[ScreenResultType]):
    """A modal dialog over the article, placed clear of the screen rows ``keep_clear`` (first, last).

    It has a key bar of its own on the bottom line (:meth:`key_bar`: the dialog's keys only), over the reading
    screen's, which showed `h Highlight  n Note` under a note being typed."""

    CSS = OVER_ARTICLE_CSS
    SCOPED_CSS = False  # screen CSS is scoped to the screen's descendants otherwise, and would miss the screen

    def __init__(self, keep_clear: tuple[int, int] | None = None) -> None:
        super().__init__(classes="-over-article")
        self.keep_clear = keep_clear

    def on_mount(self) -> None:
        self.place()

    def on_resize(self, event: events.Resize) -> None:
        self.place()

    def place(self) -> None:
        """Above or below the passage, whichever side has more room, and no higher than that room; over the
        passage, as high as the screen, when neither side has :meth:`min_rows`."""
        if not self.is_current:
            return  # being dismissed (its widgets may be gone already)
        box = self.query_one(Vertical)
        self.remove_class("-above", "-below")
        height = (self.size.height or self.app.size.height) - 1  # the key bar's row
        room = height
        if self.keep_clear is not None:
            first, last = self.keep_clear
            above, below = max(0, first), max(0, height - 1 - last)
            self.add_class("-below" if below >= above else "-above")
            if max(above, below) >= self.min_rows():
                room = max(above, below)
        box.styles.max_height = room
        self.fit(room)

    @property
    def content_width(self) -> int:
        """Columns inside the dialog's border and padding (its width is 76, at most 96% of the screen)."""
        width = self.size.width or self.app.size.width
        return max(10, min(76, width * 96 // 100) - 4)

    def min_rows(self) -> int:
        """The fewest rows this dialog is usable in: beside the passage only if there is that much room."""
        return MIN_DIALOG_ROWS

    def fit(self, room: int) -> None:
        """Size the parts of the dialog to ``room`` rows (a dialog whose parts have fixed heights needs not)."""

    @staticmethod
    def key_bar() -> KeyBar:
        """The dialog's key bar: its own keys (not the app's `q` and `?`, typed in its text field)."""
        return KeyBar(screen_keys_only=True)


class ConfirmScreen(OverArticle[bool]):
    """A yes/no question; y/Enter answers yes, n/Esc answers no."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y,enter", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]
    DEFAULT_CSS = DIALOG_CSS.format(name="ConfirmScreen")

    def __init__(self, question: str, keep_clear: tuple[int, int] | None = None) -> None:
        super().__init__(keep_clear)
        self.question = question

    def compose(self) -> ComposeResult:
        yield self.key_bar()
        with Vertical():
            yield Static(Content(sanitize(self.question)), classes="dialog-title")
            yield Static("y  yes    n / Esc  no", classes="dialog-hint", markup=False)

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class EditingDialog(OverArticle[ScreenResultType]):
    """A dialog whose text is the user's own work (a note, tags): quitting the app never drops it silently.

    ``settle`` is what the dialog's answer does (the same function as its ``push_screen`` callback): the app
    calls it at once when it quits with the dialog open (:mod:`reader.ui.screens.quitting`), where a dismissal's
    callback would run later on the opener's queue, after the quit had drained the writes."""

    NOUN = "text"
    """What the quit question calls the text ("note", "tags")."""

    def __init__(self, keep_clear: tuple[int, int] | None = None,
                 settle: Callable[[ScreenResultType | None], None] | None = None) -> None:
        super().__init__(keep_clear)
        self._settle = settle
        self._answered = False

    @property
    def changed(self) -> bool:
        """Whether the text differs from what the dialog opened with (and is not answered yet)."""
        raise NotImplementedError

    def typed(self) -> tuple[ScreenResultType | None, str]:
        """What saving now would give, and why it cannot be saved as it is ("" when it can)."""
        raise NotImplementedError

    def after_typed_keys(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` (on the app's queue) once the field has handled every key queued before now."""
        raise NotImplementedError

    def settle_for_quit(self, *, save: bool) -> str:
        """The app quits: hand the typed text (``save`` and changed) or no answer (a highlight made for the dialog
        is taken back, as Esc does) to the opener now. Returns why the text cannot be saved ("": settled)."""
        if self._answered or self._settle is None:
            return ""
        result, problem = self.typed() if save and self.changed else (None, "")
        if problem:
            return problem
        self._answered = True
        self._settle(result)
        return ""


def _quote_line(quote: str) -> Content:
    """The highlighted passage on one line, safe to show, as `y` copies it (:func:`reader.citation.shown_quote`:
    no trailing comma, in quotation marks unless it has its own); a long one is cut before cleaning (a quote may
    be a whole book) and keeps its words as they are."""
    if len(quote) <= 400:
        return Content(shown_quote(quote))
    return Content(quoted(sanitize(quote[:400].replace("\n", " ")) + "…"))


class NoteEditor(EditingDialog[str | None]):
    """Edit a highlight's note. ctrl+s saves; Esc cancels, asking first if the text changed.

    Saving and cancelling read the text only after the keys typed before them were handled: ctrl+s is a
    priority binding, run by the app as soon as it reads the key, while the keys before it may still wait in
    the text area's queue (a fast typist, a paste of keys, a pty with no gap). So both actions queue their
    work behind those keys (``call_later`` on the text area) instead of reading the text at once.

    A note longer than :data:`~reader.annotation.MAX_NOTE_CHARS` (only an old store or a hand edit can hold
    one: imports refuse them) is opened read-only and cut to the limit, with a line saying so: painting ten
    million characters froze the UI for seconds, and saving a cut copy would lose the rest. ctrl+e still opens
    the whole note in $EDITOR, and a result within the limit makes it editable again.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save note", priority=True),
        Binding("escape", "cancel", "Cancel", priority=True),
        Binding("ctrl+e", "external_editor", "Edit in $EDITOR", priority=True),
    ]
    DEFAULT_CSS = (
        DIALOG_CSS.format(name="NoteEditor")
        + """
    NoteEditor NoteArea { height: auto; min-height: 3; max-height: 10; margin: 1 0 0 0; }
    NoteEditor .dialog-warning { color: $warning; height: auto; }
    """
    )

    NOUN = "note"

    def __init__(self, quote: str, note: str, keep_clear: tuple[int, int] | None = None,
                 settle: Callable[[str | None], None] | None = None) -> None:
        super().__init__(keep_clear, settle)
        self.quote = quote
        self.original = note
        self.too_long = len(note) > MAX_NOTE_CHARS

    def compose(self) -> ComposeResult:
        from reader.ui.widgets.note_area import NoteArea  # TextArea is slow to import: on first use

        yield self.key_bar()
        with Vertical():
            yield Static("Note", classes="dialog-title", markup=False)
            yield Static(_quote_line(self.quote), classes="dialog-quote")
            if self.too_long:
                yield Static(self._warning(), classes="dialog-warning", markup=False)
            shown = self.original[:MAX_NOTE_CHARS] if self.too_long else self.original
            yield NoteArea(shown, id="note-text", max_chars=MAX_NOTE_CHARS, read_only=self.too_long)
            yield Static(self.HINT, classes="dialog-hint", markup=False)

    HINT = "ctrl+s save · Esc cancel · ctrl+e $EDITOR"
    """Docked at the bottom of the dialog, so no height of the terminal cuts it off (it wraps when narrow)."""

    def _warning(self) -> str:
        return (
            f"This note has {len(self.original):,} characters, more than the {MAX_NOTE_CHARS:,} the editor "
            "holds: shown cut short, read only. ctrl+e opens all of it in $EDITOR."
        )

    def _fixed_rows(self) -> int:
        """Rows of everything but the text area: border, title, quote, margin, warning and hint as wrapped."""
        width = self.content_width
        rows = 2 + 1 + 1 + 1 + len(Content(self.HINT).wrap(width))
        if self.too_long:
            rows += len(Content(self._warning()).wrap(width))
        return rows

    def min_rows(self) -> int:
        return self._fixed_rows() + 3  # the text area: one line and its border

    def fit(self, room: int) -> None:
        self.area.styles.max_height = max(3, min(10, room - self._fixed_rows()))

    def on_mount(self) -> None:
        super().on_mount()
        area = self.area
        area.focus()
        area.move_cursor(area.document.end)

    @property
    def area(self) -> NoteArea:
        from reader.ui.widgets.note_area import NoteArea

        return self.query_one(NoteArea)

    @property
    def text(self) -> str:
        """The note as it would be saved (the stored note itself while a too-long one is shown read-only)."""
        return self.original if self.too_long else self.area.text

    def on_note_area_too_long(self, event: NoteArea.TooLong) -> None:
        self.notify(
            f"A note holds at most {event.limit:,} characters (that would make {event.length:,})",
            severity="warning",
            timeout=4,
        )

    @property
    def changed(self) -> bool:
        return not self._answered and self.text != self.original

    def typed(self) -> tuple[str | None, str]:
        return (self.text, "") if not self.too_long else (None, "the note is too long to save here")

    def after_typed_keys(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` once the text area has handled every key queued before this moment: a callback
        queued behind those keys on the text area queues ``callback`` on the app, so that it runs where the
        binding itself runs (the app's queue), as every other dialog answer does."""
        self.area.call_later(self.app.call_later, callback)

    def action_save(self) -> None:
        self.after_typed_keys(self._save_now)

    def _save_now(self) -> None:
        if self._answered:
            return
        if self.too_long:
            self.notify("This note is too long to save here: shorten it with ctrl+e first", severity="warning")
            return
        self._answered = True
        self.dismiss(self.text)

    def action_cancel(self) -> None:
        self.after_typed_keys(self._cancel_now)

    def _cancel_now(self) -> None:
        if self._answered:
            return
        if self.text == self.original:
            self._answered = True
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard and not self._answered:
                self._answered = True
                self.dismiss(None)

        self.app.push_screen(ConfirmScreen("Discard the changes to this note?", self.keep_clear), answered)

    def action_external_editor(self) -> None:
        self.after_typed_keys(self._external_editor_now)

    def _external_editor_now(self) -> None:
        """Hand the terminal to $VISUAL or $EDITOR on a copy of the note and take its text back
        (:func:`reader.ui.screens.external_editor.text_from_editor`). The note is saved only by ctrl+s here,
        as with typing: the editor is another way to type."""
        from reader.ui.screens.external_editor import text_from_editor

        text = text_from_editor(self, self.text)
        if text is None:
            return
        self.too_long = False
        self.query(".dialog-warning").remove()
        self.place()
        area = self.area
        area.read_only = False
        area.text = text
        area.move_cursor(area.document.end)




class TagsEditor(EditingDialog[tuple[str, ...] | None]):
    """Edit a highlight's tags: words separated by spaces or commas; Enter saves, Esc cancels.

    Enter and Esc are handled in the line's own queue, after the keys typed before them. Saved without a change,
    the tags are returned as they were, character for character (even a tag the word split would cut). Tags are
    case-insensitive: ``known`` (the document's other highlights' tags) gives a tag typed in another case its
    spelling in use (:mod:`reader.ui.tags`)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "save", "Save"),  # (the line's own Enter submits it: this one is for the key bar)
        Binding("escape", "cancel", "Cancel"),
    ]
    DEFAULT_CSS = DIALOG_CSS.format(name="TagsEditor")

    NOUN = "tags"

    def __init__(self, tags: tuple[str, ...], keep_clear: tuple[int, int] | None = None,
                 known: Iterable[str] = (), settle: Callable[[tuple[str, ...] | None], None] | None = None,
                 quote: str = "") -> None:
        super().__init__(keep_clear, settle)
        self.tags = tags
        self.initial = " ".join(tags)
        self.known = tuple(known)
        self.quote = quote
        """The highlighted words, shown under the title as the note editor shows them: `t` on a sentence or a
        quotation (which it highlights first) or in the panel asked for tags without saying for what."""

    def compose(self) -> ComposeResult:
        yield self.key_bar()
        with Vertical():
            yield Static("Tags", classes="dialog-title", markup=False)
            if self.quote:
                yield Static(_quote_line(self.quote), classes="dialog-quote")
            yield InertInput(self.initial, placeholder="e.g. nato belarus claim", id="tags-input")
            yield Static(self.HINT, classes="dialog-hint", markup=False)

    HINT = "spaces or commas between tags · Enter save · Esc cancel"

    def min_rows(self) -> int:
        """Every row it draws: border, title, the words it tags, the line (3 with its border) and the hint as
        wrapped. Beside a passage in less room than that (:data:`MIN_DIALOG_ROWS` was taken for it) the line,
        the one thing to type in, was squeezed out; with less room it covers the passage, as high as it needs."""
        return 2 + 1 + bool(self.quote) + 3 + len(Content(self.HINT).wrap(self.content_width))

    @property
    def line(self) -> InertInput:
        return self.query_one("#tags-input", InertInput)

    @property
    def changed(self) -> bool:
        return not self._answered and self.line.value != self.initial

    def typed(self, value: str | None = None) -> tuple[tuple[str, ...] | None, str]:
        from reader.session import parse_tags
        from reader.ui.tags import spell_tags

        value = self.line.value if value is None else value
        if value == self.initial:
            return self.tags, ""
        tags = spell_tags(parse_tags(value), self.known)
        # The import rules' limits (reader.annotation_rules): what is typed here must survive an export and an
        # import of the store, which refuses more tags, or longer ones, than these.
        if len(tags) > MAX_TAGS:
            return None, f"Too many tags: {len(tags):,} (at most {MAX_TAGS})"
        longest = max(tags, key=len, default="")
        if len(longest) > MAX_TAG_CHARS:
            return None, f"A tag is too long: {len(longest):,} characters (at most {MAX_TAG_CHARS})"
        return tags, ""

    def after_typed_keys(self, callback: Callable[[], object]) -> None:
        self.line.call_later(self.app.call_later, callback)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        tags, problem = self.typed(event.value)
        if problem:
            self.notify(problem, severity="warning")
        elif not self._answered:
            self._answered = True
            self.dismiss(tags)

    async def action_save(self) -> None:
        await self.line.action_submit()

    def action_cancel(self) -> None:
        if not self._answered:
            self._answered = True
            self.dismiss(None)
