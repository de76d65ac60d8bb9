"""Search every highlight from the library (``/``): results grouped by document, Enter jumps to the highlight.

The query language and the ranking are :mod:`reader.search`'s (the side panel's filter plus ``doc:WORD``);
this screen only shows them: a header row per document, then its highlights, best first. The index is the
library's (:meth:`LibraryScreen.build_index`), built in a worker; until it is ready the screen says so and runs
the query when it is. Enter on a highlight closes this screen and opens its document at the highlight's start
(Esc there comes back to the library); Enter on a document's header opens it where it was left.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, NamedTuple

from rich.segment import Segment
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.events import Key
from textual.screen import Screen
from textual.strip import Strip
from textual.widgets import Input, Static

from reader.citation import shown_quote
from reader.library_index import LibraryRow
from reader.sanitize import sanitize
from reader.search import DocumentInfo, Hit, Results
from reader.ui.screens.library import clip, display_source
from reader.ui.widgets.inert_text import BoundedInput
from reader.ui.widgets.key_bar import KeyBar
from reader.ui.widgets.line_list import LineList

if TYPE_CHECKING:
    from reader.ui.screens.library import LibraryScreen

MAX_ROWS = 5_000
"""Rows listed at most (documents and highlights); the status line says how many matched in all."""

PLACEHOLDER = "search: words  #tag  color:green  has:note  by:Name  doc:WORD"


class ResultRow(NamedTuple):
    document: DocumentInfo
    matches: int
    hit: Hit | None
    """None: the document's header row."""


class LibrarySearchScreen(Screen[None]):
    """Type a query; the results show as you type. Enter in the query goes to the results; Esc goes back."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Jump to it"),
        Binding("slash", "edit_query", "Edit query"),
        Binding("escape", "back", "Back to the library"),
    ]

    DEFAULT_CSS = """
    LibrarySearchScreen > #search-title { text-style: bold; color: $text-accent; padding: 1 2 0 2; height: 2; }
    LibrarySearchScreen > #search-query { height: 1; border: none; padding: 0 2; }
    /* auto: the status is two sentences, cut after the first row ("…then tags; newest") when it was 2 high */
    LibrarySearchScreen > #search-status { height: auto; max-height: 4; padding: 0 2 1 2; color: $text-muted; }
    LibrarySearchScreen > LineList { margin: 0 0 0 1; }
    """

    def __init__(self, library: LibraryScreen) -> None:
        super().__init__()
        self.library = library
        self.results: Results | None = None
        self.rows: list[ResultRow] = []

    def compose(self) -> ComposeResult:
        yield Static("Search all highlights", id="search-title", markup=False)
        yield BoundedInput(value=self.library_query, placeholder=PLACEHOLDER, id="search-query")
        yield Static("", id="search-status", markup=False)
        yield LineList(self._draw_row, id="search-results")
        yield KeyBar()

    @property
    def library_query(self) -> str:
        return self.library.last_query

    @property
    def list(self) -> LineList:
        return self.query_one("#search-results", LineList)

    def on_mount(self) -> None:
        self.query_one("#search-query", Input).focus()
        if self.library.index_ready.is_set():
            self.run_query(self.library_query)
        else:
            self._status(f"Indexing the highlights of {len(self.library.all_rows):,} documents…")
            self.wait_for_index()

    @work(thread=True, exclusive=True, group="search-index")
    def wait_for_index(self) -> None:
        self.library.index_ready.wait(120)
        self.app.call_from_thread(self._index_ready)

    def _index_ready(self) -> None:
        if self.is_attached:
            self.run_query(self.query_one("#search-query", Input).value)

    def _status(self, text: str) -> None:
        self.query_one("#search-status", Static).update(text)

    def run_query(self, query: str) -> None:
        """Search and list the results (documents, each followed by its highlights)."""
        self.library.last_query = query
        index = self.library.index
        if index is None:
            return
        results = index.search(query) if query.strip() else None
        self.results = results
        rows: list[ResultRow] = []
        if results is not None:
            for position in range(len(results)):
                document, count = results.document(position), results.count(position)
                rows.append(ResultRow(document, count, None))
                rows.extend(ResultRow(document, count, hit) for hit in results.hits(position, MAX_ROWS - len(rows)))
                if len(rows) >= MAX_ROWS:
                    break
        self.rows = rows
        self.list.set_count(len(rows), cursor=1 if len(rows) > 1 else 0)
        if results is None:
            self._status(f"{len(index):,} highlights in the store. Type words, #tag, color:green, has:note, "
                         "by:Name, doc:WORD (every word must hold).")
        elif not results.total:
            self._status("No highlight matches.")
        else:
            more = f" (the first {MAX_ROWS:,} rows listed)" if len(rows) >= MAX_ROWS else ""
            documents = len(results)
            self._status(
                f"{results.total:,} highlight{'s' if results.total != 1 else ''} in {documents:,} "
                f"document{'s' if documents != 1 else ''}{more}. Best matches first: quote or speaker, then "
                "note, then tags; newest first."
            )

    @on(Input.Changed, "#search-query")
    def _query_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.run_query(event.value)

    @on(Input.Submitted, "#search-query")
    def _query_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.rows:
            self.list.focus()

    def on_key(self, event: Key) -> None:
        box = self.query_one("#search-query", Input)
        if box.has_focus and event.key in ("down", "pagedown") and self.rows:
            event.stop()
            event.prevent_default()
            self.list.focus()

    def action_edit_query(self) -> None:
        self.query_one("#search-query", Input).focus()

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_open(self) -> None:
        if self.rows:
            self.open_result(self.rows[self.list.cursor])

    @on(LineList.Chosen, "#search-results")
    def _chosen(self, event: LineList.Chosen) -> None:
        if 0 <= event.index < len(self.rows):
            self.open_result(self.rows[event.index])

    def open_result(self, result: ResultRow) -> None:
        """Back to the library, then open the document (at the highlight, for a highlight's row)."""
        library = self.library
        row = library.row_for(result.document.key) or LibraryRow(
            result.document.key, result.document.source, result.document.title, (result.document.doc_id,)
        )
        self.app.pop_screen()
        if result.hit is None:
            library.open_row(row)
        else:
            annotation = result.hit.annotation
            library.open_row(row, at=annotation.start, annotation_id=annotation.id)

    def _draw_row(self, index: int, width: int, selected: bool) -> Strip:
        """A document's header (title, how many highlights matched, its source) or a highlight's row (its words,
        speaker, tags and note). What does not fit is cut with ``…``: the row was cropped at the edge, which
        left a header's count as "2 hi" and a note mid-word with no sign of more; the count is kept whole now,
        the title and the source (its end: the file name) give way."""
        row = self.rows[index]
        widget = self.list
        base = widget.style("cursor") if selected else widget.rich_style
        muted = base if selected else base + widget.style("muted")
        if row.hit is None:
            heading = base if selected else base + widget.style("heading")
            title = sanitize(row.document.title or display_source(row.document.source))
            plural = "s" if row.matches != 1 else ""
            count = f"  {row.matches:,} highlight{plural}"
            title = clip(title, min(cell_width(title), max(10, width - 2 - cell_width(count))))
            room = width - 1 - cell_width(title) - cell_width(count) - len(" · ") - 1
            source = sanitize(display_source(row.document.source))
            tail = count + (" · " + clip(source, min(cell_width(source), room), keep_end=True) if room >= 8 else "")
            segments = [Segment(" " + title, heading), Segment(tail, muted)]
        else:
            annotation = row.hit.annotation
            quote = shown_quote(annotation.text)  # as `y` copies it: no trailing comma
            meta = []
            if annotation.speaker:
                meta.append("— " + sanitize(annotation.speaker))
            if annotation.tags:
                meta.append(" ".join("#" + sanitize(tag) for tag in annotation.tags))
            if annotation.note.strip():
                meta.append("note: " + sanitize(" ".join(annotation.note.split())))
            quote_width = max(10, min(cell_width(quote), (width - 4) * 3 // 5 if meta else width - 4))
            shown = "   " + clip(quote, quote_width) + "  "
            about = "  ".join(meta)
            about = clip(about, min(cell_width(about), width - cell_width(shown) - 1))
            segments = [Segment(shown, base), Segment(about, muted)]
        return Strip(segments).crop_extend(0, width, base)


def cell_width(text: str) -> int:
    from rich.cells import cell_len

    return cell_len(text)
