"""The library: every document the store knows, the sources named on the command line and the bundled seeds.

One row a document (:mod:`reader.library_index` builds and orders them, without reading any file): title,
source (marked when the file is gone or changed), highlights and notes, how far it was read, when it was last
opened. ``s`` cycles the order, ``f`` filters by title and source as you type (Enter there opens the document
under the cursor), ``/`` searches every highlight (:mod:`reader.ui.screens.library_search`), Enter opens.
Reached by ``L`` from a document (``L`` or Esc goes back), by ``reader library``, and by ``reader DIR`` or
several sources.

Decisions, and why:

* The list is a :class:`~reader.ui.widgets.line_list.LineList` (Line API): 2,000 documents cost what a
  screenful costs.
* The rows come from the store's documents table and a count of its annotation records
  (:meth:`Store.annotation_counts`), and a ``stat`` of every document's path (gone? changed?), read in a worker
  (:meth:`LibraryScreen.load_rows`): on mount, and each time the screen comes back (a document was read, a
  highlight made). Cheap when the store is as it was, but a store another program changed or touched is read
  again whole - 2-3 s for a 135 MB store, which held the keys on the UI thread (a hostile review's finding); its
  parse is a child process's now (:mod:`reader.store.parse_child`), so keys wait ~30 ms, not 1.6 s.
  The rows shown stay until the new ones arrive; a read that takes longer than :data:`READING_NOTICE` says
  ``reading the store…`` in the title. The search index needs every annotation built, so it is made in a
  worker after the first paint, and again when the screen comes back and the counts changed.
* Enter on a file that is gone opens its highlights alone, with the context the store keeps, read-only
  (:mod:`reader.ui.screens.stored_highlights`): there is no text to place them in.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.events import Key
from textual.screen import Screen
from textual.strip import Strip
from textual.widgets import Input, Static

from reader.errors import ReaderError
from reader.library_index import SORT_LABELS, LibraryRow, build_rows, local_now, matches, next_sort, sort_rows, when
from reader.loader import show_path
from reader.sanitize import sanitize
from reader.ui.timers import call_later
from reader.ui.widgets.inert_text import BoundedInput
from reader.ui.widgets.key_bar import KeyBar
from reader.ui.widgets.line_list import LineList

if TYPE_CHECKING:
    from reader.search import SearchIndex
    from reader.ui.app import ReaderApp

READING_NOTICE = 0.3
"""Seconds a read of the rows may take before the title says ``reading the store…`` (a quick one says nothing:
the title would flash on every return from a document)."""

COUNT_WIDTH = 6
"""Columns of the highlights and of the notes count at least: a gap and five characters (``9,999``)."""

READ_AND_OPENED_WIDTH = 5 + 2 + 16
"""Columns of the rest of a row's right-hand part: progress, a gap, last opened."""


def count_widths(rows: Sequence[LibraryRow]) -> tuple[int, int]:
    """Columns of the highlights and notes counts for ``rows``: :data:`COUNT_WIDTH`, or one more than the widest
    count when that is wider, so that a count always has a gap before it. At 300,000 highlights ``300,000`` took
    seven columns of six, and ran into the source column and the notes count after it."""
    widths = []
    for field in ("highlights", "notes"):
        widest = max((getattr(row, field) for row in rows), default=0)
        widths.append(max(COUNT_WIDTH, 1 + len(f"{widest:,}")))
    return widths[0], widths[1]


def clock() -> datetime:
    """What "last opened" is shown against: now, in the local time zone (tests replace this function, so that
    snapshots do not depend on the day)."""
    return local_now()


def label(source: str) -> str:
    """How the library names a document it has no title for: a file by its name, a URL whole (made safe)."""
    return show_path(source if "://" in source else os.path.basename(source.rstrip("/")) or source)


def shown_source(row: LibraryRow) -> str:
    """The source column of ``row`` (see :func:`display_source`)."""
    return display_source(row.source, seed=row.seed)


def display_source(source: str, *, seed: bool = False) -> str:
    """A source as the library shows it: a URL as it is, a bundled seed as ``seeds/NAME``, a path under the home
    folder with ``~`` (shorter, and the same on every machine for the same layout)."""
    if not source or "://" in source:
        return source
    from reader.cli import seeds_dir
    from reader.loader import visible_breaks

    source = visible_breaks(source)  # a file name's line break is no space
    if seed or os.path.dirname(source) == str(seeds_dir()):
        return "seeds/" + os.path.basename(source)
    home = os.path.expanduser("~").rstrip("/")
    if home not in ("", "~") and source.startswith(home + "/"):
        return "~" + source[len(home) :]
    return source


def clip(text: str, width: int, *, keep_end: bool = False) -> str:
    """``text`` in at most ``width`` cells, cut with an ellipsis (at the start when ``keep_end``: a path's file
    name matters more than its folders), padded to ``width``."""
    if width <= 0:
        return ""
    if cell_len(text) > width:
        while text and cell_len(text) > width - 1:
            text = text[1:] if keep_end else text[:-1]
        text = "…" + text if keep_end else text + "…"
    return text + " " * max(0, width - cell_len(text))


class LibraryFilter(BoundedInput):
    """The filter line: Enter opens the document under the list's cursor, the first that matches unless the
    cursor was moved (the key bar says ``⏎ Open`` while the filter has the keys, and Enter only gave the list
    the focus: it looked as if nothing happened, a new user's review). At most :data:`~reader.text_search.MAX_QUERY`
    characters, as every query field: it was the one left unbounded, and a pasted 100,000-character filter held
    the keys 3.2 s over 2,000 documents (every word is looked for in every row as it is typed)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "Open", tooltip="Open the document under the cursor"),
    ]


class LibraryScreen(Screen[None]):
    """Choose a document; Enter opens it, and Esc on its reading screen (with nothing to cancel) comes back here."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", tooltip="Open the document (a gone file: its highlights, read-only)"),
        Binding("s", "sort", "Sort", tooltip="Order by last opened, title, or highlights"),
        Binding("f", "filter", "Filter", tooltip="Filter by title or source as you type; Esc clears"),
        Binding("slash", "search", "Search all", tooltip="Search the highlights, notes, tags and speakers of all"),
        Binding("escape,L", "back", "Back", tooltip="Back to the document"),
    ]

    DEFAULT_CSS = """
    LibraryScreen > #library-title { text-style: bold; color: $text-accent; padding: 1 2 0 2; width: 100%; height: 2; }
    LibraryScreen > #library-filter { height: 1; border: none; padding: 0 2; margin: 0 0 1 0; }
    LibraryScreen > #library-header { height: 1; padding: 0 0 0 1; color: $text-muted; text-style: bold; }
    LibraryScreen > LineList { margin: 0 0 0 1; }
    """

    def __init__(self, paths: Sequence[str | Path], *, folder: str = "") -> None:
        super().__init__()
        self.paths = [os.fspath(path) for path in paths]
        self.folder = folder
        """The folder the list was made from (a directory argument), shown in the title."""
        self.order = "recent"
        self.filter_text = ""
        self.all_rows: list[LibraryRow] = []
        self.rows: list[LibraryRow] = []
        """The rows shown: filtered and in order."""
        self.now = clock()
        self.index: SearchIndex | None = None
        """The search index of the store's annotations, once built (:meth:`build_index`)."""
        self.index_ready = threading.Event()
        self._painted = threading.Event()
        """Set once the first screen is painted: the index is built after it (it must not delay the paint)."""
        self._titles: dict[str, tuple[str, str]] = {}
        self._left = False
        """Another screen was shown over this one since its rows were read."""
        self._opened = False
        """A document was opened from here since the index was built."""
        self.last_query = ""
        """The search typed last (``/`` shows it again)."""
        self._reads = 0
        """Reads of the rows started (:meth:`load_rows`): only the newest one's rows are shown."""
        self._reading = False
        """A read of the rows is under way."""
        self._reading_said = False
        """The title says ``reading the store…`` (the read took longer than :data:`READING_NOTICE`)."""
        self._recheck_index = False
        """The screen came back: when the rows arrive, rebuild the index if the counts changed."""
        self._counts = (COUNT_WIDTH, COUNT_WIDTH)
        """Columns of the highlights and notes counts (:func:`count_widths` of every row, not only those shown:
        the columns stay where they are while the list is filtered or scrolled)."""

    @property
    def reader_app(self) -> ReaderApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Static("", id="library-title", markup=False)
        yield LibraryFilter(placeholder="f  filter by title or source", id="library-filter")
        yield Static("", id="library-header", markup=False)
        yield LineList(self._draw_row, id="library-list")
        yield KeyBar()

    @property
    def list(self) -> LineList:
        return self.query_one("#library-list", LineList)

    def on_mount(self) -> None:
        self.load_rows()
        self.list.focus()
        self.call_after_refresh(self._painted.set)
        self.build_index()

    def on_screen_suspend(self) -> None:
        self._left = True

    def on_screen_resume(self) -> None:
        if self._left:  # back from a document (or the search): positions and highlights may have changed
            self._left = False
            self.now = clock()
            self._recheck_index = True
            self.load_rows()

    # -- rows ---------------------------------------------------------------------------------------------

    def load_rows(self) -> None:
        """Read the rows (the store's documents and counts, the given sources, the seeds, a ``stat`` of each
        path) in a worker, and show them when they arrive; until then the rows shown stay."""
        self._reads += 1
        self._reading = True
        if not self._reading_said:
            call_later(self, READING_NOTICE, self._say_reading, self._reads)
        self._read_rows(self._reads, dict(self._titles), self._open_ids())

    def _open_ids(self) -> dict[str, str]:
        """The id of each document open on a screen of the stack (path → id), when it is known already (it is
        never computed here: a large file's hash waits for its text): a copy of a seed that is open joins the
        seed's row before the store records it (:func:`reader.library_index.build_rows`)."""
        from reader.document import Document

        ids: dict[str, str] = {}
        for screen in self.app.screen_stack:
            document = getattr(screen, "document", None)
            known = document.__dict__.get("id") if isinstance(document, Document) else None
            if isinstance(document, Document) and document.path and isinstance(known, str):
                ids[document.path] = known
        return ids

    @work(thread=True, group="library-rows")
    def _read_rows(self, read: int, titles: dict[str, tuple[str, str]], ids: dict[str, str]) -> None:
        """(A worker.) The rows, as :meth:`load_rows` says; a store error is reported with the rows there are."""
        from reader.cli import seeds_dir
        from reader.library_index import seed_ids
        from reader.sources import readable_files

        store = self.reader_app.store
        error = ""
        try:
            records, counts = store.documents(), store.annotation_counts()
        except ReaderError as problem:
            error, records, counts = str(problem), [], {}
        try:
            seeds = [str(p) for p in readable_files(seeds_dir())]
        except ReaderError:
            seeds = []
        rows = build_rows(records, counts, self.paths, seeds, titles=titles, ids={**seed_ids(seeds), **ids})
        if self.app.is_running:
            self.app.call_from_thread(self._rows_read, read, rows, error)

    def _rows_read(self, read: int, rows: Sequence[LibraryRow], error: str) -> None:
        """The rows of read number ``read`` arrived: show them, unless a newer read was started since."""
        if read != self._reads or not self.is_attached:
            return
        self._reading = self._reading_said = False
        if error:
            self.notify(error, title="Store", severity="error")
        before = [(row.key, row.highlights, row.notes) for row in self.all_rows]
        self.all_rows = [*rows]
        self._counts = count_widths(self.all_rows)
        self.show_rows()
        if self._recheck_index:
            self._recheck_index = False
            after = [(row.key, row.highlights, row.notes) for row in rows]
            # The index is rebuilt (seconds for 100,000 highlights) only when a document was opened from here
            # (its highlights may have been edited) or the counts changed, not after a search or the help.
            if self._opened or before != after:
                self._opened = False
                self.index_ready.clear()
                self.build_index()

    def _say_reading(self, read: int) -> None:
        """The read started :data:`READING_NOTICE` ago is still under way: say so in the title."""
        if self._reading and read == self._reads and self.is_attached:
            self._reading_said = True
            self.show_rows()

    def show_rows(self, *, keep: str | None = None) -> None:
        """Filter and order :attr:`all_rows` into the list, keeping the cursor on the same document."""
        if keep is None and self.rows and 0 <= self.list.cursor < len(self.rows):
            keep = self.rows[self.list.cursor].key
        self.rows = sort_rows((r for r in self.all_rows if matches(r, self.filter_text)), self.order)
        cursor = next((i for i, r in enumerate(self.rows) if r.key == keep), 0)
        self.list.set_count(len(self.rows), cursor=cursor)
        total = len(self.all_rows)
        shown = f"{len(self.rows):,} of {total:,}" if len(self.rows) != total else f"{total:,}"
        where = f" · in {show_path(self.folder)}" if self.folder else ""
        title = f"Library — {shown} document{'s' if total != 1 else ''}{where} · by {SORT_LABELS[self.order]}"
        if self._reading_said:
            title += " · reading the store…"
        self.query_one("#library-title", Static).update(title)
        self.query_one("#library-header", Static).update(self._header())

    def _columns(self, width: int) -> tuple[int, int]:
        """Widths of the title and source columns at ``width``."""
        rest = max(10, width - sum(self._counts) - READ_AND_OPENED_WIDTH - 2)
        title = max(8, rest * 11 // 20)
        return title, max(2, rest - title)

    def _header(self) -> str:
        title, source = self._columns(self.list.scrollable_content_region.width or self.size.width - 2)
        return (
            f" {clip('Title', title)} {clip('Source', source)}"
            f"{'Hl':>{self._counts[0]}}{'Notes':>{self._counts[1]}}{'Read':>5}  {clip('Last opened', 16)}"
        )

    def on_resize(self) -> None:
        self.query_one("#library-header", Static).update(self._header())

    def _draw_row(self, index: int, width: int, selected: bool) -> Strip:
        row = self.rows[index]
        widget = self.list
        base = widget.style("cursor") if selected else widget.rich_style
        title_width, source_width = self._columns(width)
        marks = {"gone": "✗ gone ", "changed": "≠ changed "} if source_width >= 30 else {"gone": "✗ ", "changed": "≠ "}
        mark = marks.get(row.state, "")
        source = clip(sanitize(shown_source(row)), source_width - cell_len(mark), keep_end=True)
        progress = row.progress
        read = "" if progress is None else f"{round(progress * 100)}%"
        highlights, notes = (f"{n:,}" if n else "" for n in (row.highlights, row.notes))
        counted, noted = self._counts
        numbers = f"{highlights:>{counted}}{notes:>{noted}}{read:>5}  {clip(when(row.opened, self.now), 16)}"
        muted = base + widget.style("muted") if not selected else base
        segments = [
            Segment(" " + clip(sanitize(row.title), title_width) + " ", base),
            Segment(mark, base + widget.style("warning") if mark else base),
            Segment(source, muted),
            Segment(numbers, base),
        ]
        strip = Strip(segments)
        return strip.crop_extend(0, width, base)

    # -- keys ---------------------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            return len(self.app.screen_stack) > 1
        return True

    def action_back(self) -> None:
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()

    def action_sort(self) -> None:
        self.order = next_sort(self.order)
        self.show_rows()

    async def action_filter(self) -> None:
        self.query_one("#library-filter", Input).focus()

    def action_open(self) -> None:
        if self.rows:
            self.open_row(self.rows[self.list.cursor])

    @on(LineList.Chosen, "#library-list")
    def _chosen(self, event: LineList.Chosen) -> None:
        if 0 <= event.index < len(self.rows):
            self.open_row(self.rows[event.index])

    def open_row(self, row: LibraryRow, *, at: int | None = None, annotation_id: str | None = None) -> None:
        """Open the document of ``row``: its source (a URL from the page cache when it is there), or when the
        file is gone its stored highlights, read-only. ``at``: a text offset to start at."""
        if row.state == "gone" or not row.source:
            from reader.ui.screens.stored_highlights import StoredHighlightsScreen

            self.app.push_screen(StoredHighlightsScreen(row, focus=annotation_id))
            return
        self._opened = True
        stack = self.app.screen_stack
        below = stack[-2] if len(stack) >= 2 and stack[-1] is self else None
        document = getattr(below, "document", None)
        if document is not None and os.path.abspath(document.path or "") == row.source and at is None:
            self.app.pop_screen()  # the document this library was opened from: back to it
            return
        self.reader_app.open_document(row.source, at=at)

    @on(Input.Changed, "#library-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.filter_text = event.value
        self.show_rows()

    @on(Input.Submitted, "#library-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        """Enter in the filter: open the document under the cursor (none matches: the filter keeps the keys)."""
        event.stop()
        if self.rows:
            self.list.focus()
            self.action_open()

    def on_key(self, event: Key) -> None:
        box = self.query_one("#library-filter", Input)
        if not box.has_focus:
            return
        if event.key == "escape":
            event.stop()
            event.prevent_default()
            box.value = ""
            self.list.focus()
        elif event.key in ("down", "up", "pagedown", "pageup"):
            event.stop()
            event.prevent_default()
            self.list.focus()

    # -- search -------------------------------------------------------------------------------------------

    def action_search(self) -> None:
        from reader.ui.screens.library_search import LibrarySearchScreen

        self.app.push_screen(LibrarySearchScreen(self))

    @work(thread=True, exclusive=True, group="library-index")
    def build_index(self) -> None:
        """(A worker.) Build the search index from every annotation of the store (the records are built now, not
        before the first paint); annotations whose document the store has no record of get a row too."""
        from reader.search import SearchIndex, document_infos

        self._painted.wait(2.0)
        store = self.reader_app.store
        try:
            annotations = store.all_annotations()
            documents = store.documents()
        except ReaderError as error:
            self.app.call_from_thread(self.notify, str(error), title="Store", severity="error")
            annotations, documents = [], []
        index = SearchIndex(annotations, document_infos(documents))
        recorded = {d.id for d in documents}
        titles = {a.doc_id: (a.path, a.title) for a in annotations if a.doc_id not in recorded}
        self.index = index
        self.index_ready.set()
        if titles and titles != self._titles:
            self._titles = titles
            self.app.call_from_thread(self.load_rows)

    def row_for(self, key: str) -> LibraryRow | None:
        return next((row for row in self.all_rows if row.key == key), None)
