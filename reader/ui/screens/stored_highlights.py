"""The highlights of a document whose file is gone, read-only, with the context the store keeps around each.

Decision: a list, not a rebuilt document. The store keeps each highlight's text and up to 32 characters before
and after it (its W3C-style prefix and suffix), its note, tags and speaker - not the document. Stitching those
into a fake document would invent a text that never was; a list of the highlights, each in its context, says
exactly what is known. Nothing can be edited here (there is no text to anchor an edit to); the highlights stay
in the store, and open again in place if the file comes back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.annotation import Annotation
from reader.errors import ReaderError
from reader.sanitize import sanitize
from reader.ui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from reader.library_index import LibraryRow
    from reader.ui.app import ReaderApp

MAX_SHOWN = 2_000
"""Highlights listed at most (``reader export`` writes them all)."""


def entry(annotation: Annotation) -> Content:
    """One highlight: its context with the quote in bold, then speaker and tags, then the note."""
    prefix = sanitize(" ".join(annotation.prefix.split()))
    suffix = sanitize(" ".join(annotation.suffix.split()))
    # a space between context and quote only where the text has one: "“We will win,” said" stays as written
    before = " " if annotation.prefix[-1:].isspace() else ""
    after = " " if annotation.suffix[:1].isspace() else ""
    parts = [
        Content.styled(("…" + prefix + before) if prefix else "", "$text-muted"),
        Content.styled(sanitize(" ".join(annotation.text.split())), "bold"),
        Content.styled((after + suffix + "…") if suffix else "", "$text-muted"),
    ]
    meta = []
    if annotation.speaker:
        meta.append("— " + sanitize(annotation.speaker))
    if annotation.tags:
        meta.append(" ".join("#" + sanitize(tag) for tag in annotation.tags))
    lines = [Content.assemble(*parts)]
    if meta:
        lines.append(Content.styled("  ".join(meta), "$text-muted"))
    if annotation.note.strip():
        lines.append(Content.styled("Note: " + sanitize(annotation.note.strip()), "italic"))
    return Content("\n").join(lines)


class StoredHighlightsScreen(Screen[None]):
    """A gone document's highlights (read-only); Esc goes back to the library."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,L", "back", "Back to the library")]

    DEFAULT_CSS = """
    StoredHighlightsScreen > #stored-title {
        text-style: bold; color: $text-accent; padding: 1 2 0 2; height: auto; max-height: 3;
    }
    StoredHighlightsScreen > #stored-note { color: $text-warning; padding: 0 2 1 2; height: auto; max-height: 4; }
    StoredHighlightsScreen > OptionList { margin: 0 2; height: 1fr; }
    """

    def __init__(self, row: LibraryRow, *, focus: str | None = None) -> None:
        super().__init__()
        self.row = row
        self.focus_id = focus
        self.annotations: list[Annotation] = []

    def compose(self) -> ComposeResult:
        from reader.quotes.cli import shorten
        from reader.ui.screens.library import display_source

        # A stored title or path may be thousands of characters: cut in the middle (and the lines capped in
        # DEFAULT_CSS), so the highlights stay on screen
        yield Static(shorten(sanitize(self.row.title), 160), id="stored-title", markup=False)
        where = shorten(sanitize(display_source(self.row.source)), 200) if self.row.source else "no source recorded"
        yield Static(
            f"{where} is gone: its highlights as the store keeps them, with their context (read-only).",
            id="stored-note",
            markup=False,
        )
        yield OptionList(id="stored-list")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()
        self.load()

    @work(thread=True, exclusive=True, group="stored-highlights")
    def load(self) -> None:
        app: ReaderApp = self.app  # type: ignore[assignment]
        found: list[Annotation] = []
        try:
            for doc_id in self.row.doc_ids:
                found.extend(app.store.annotations_for(doc_id))
        except ReaderError as error:
            app.call_from_thread(self.notify, str(error), title="Store", severity="error")
        app.call_from_thread(self._show, found)

    def _show(self, annotations: list[Annotation]) -> None:
        self.annotations = annotations
        listed = self.query_one(OptionList)
        listed.clear_options()
        listed.add_options([Option(entry(a), id=a.id) for a in annotations[:MAX_SHOWN]])
        if len(annotations) > MAX_SHOWN:
            listed.add_option(Option(f"… and {len(annotations) - MAX_SHOWN:,} more (reader export lists them all)"))
        if not annotations:
            listed.add_option(Option("No highlights are stored for it."))
        if self.focus_id is not None:
            try:
                listed.highlighted = listed.get_option_index(self.focus_id)
            except KeyError:
                pass
        self.query_one("#stored-title", Static).update(
            f"{sanitize(self.row.title)} — {len(annotations):,} highlight{'s' if len(annotations) != 1 else ''}"
        )

    def action_back(self) -> None:
        self.app.pop_screen()
