"""The reading screen: outline · article · side panel of highlights and notes, with search and the title bar.

What it reads after the first paint is :mod:`reader.ui.screens.loading`'s (the start-up worker)."""

from __future__ import annotations

import threading
from concurrent.futures import Future
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.dom import DOMNode
from textual.events import DescendantBlur, Key
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

from reader.counts import counted
from reader.document import BlockKind, Document, Span
from reader.preferences import MEASURE_MIN, Preferences
from reader.session import StoreOp
from reader.ui.screens.annotating import AnnotatingMixin
from reader.ui.screens.loading import LoadingMixin
from reader.ui.screens.panes import OUTLINE_MIN_WIDTH, PanesMixin
from reader.ui.screens.searching import SearchingMixin
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.highlight_list import HighlightList
from reader.ui.widgets.highlight_panel import HighlightPanel
from reader.ui.widgets.key_bar import KeyBar
from reader.ui.widgets.search_bar import SearchBar
from reader.ui.widgets.top_bar import TopBar

if TYPE_CHECKING:
    from reader.ui.app import ReaderApp
    from reader.ui.widgets.line_list import LineList

POSITION_SAVE_DELAY = 1.0
"""Seconds of stillness before the reading position is written to the store."""


def file_size(path: str) -> int | None:
    """Bytes of the local file ``path`` (None: no file, or it cannot be stat'ed)."""
    import os

    try:
        return os.stat(path).st_size if path else None
    except OSError:
        return None


class ReadingScreen(PanesMixin, AnnotatingMixin, SearchingMixin, LoadingMixin, Screen[None]):
    """Read one document: move by keyboard, search, see outline and highlights."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *AnnotatingMixin.BINDINGS,
        *SearchingMixin.BINDINGS,
        Binding("o", "toggle_outline", "Outline", tooltip="Show or hide the outline of headings"),
        Binding("P", "app.people", "People", show=False, tooltip="Everyone quoted in your documents; Esc comes back"),
        Binding("L", "library", "Library", show=False, tooltip="Every document, and search them all; L or Esc back"),
        Binding("H", "toggle_panel", "Panel", show=False, tooltip="Show or hide the highlights panel"),
        Binding("tab", "cycle_focus", "Switch pane", show=False),
        Binding("plus,equals_sign", "wider", "Wider text", show=False),
        Binding("minus", "narrower", "Narrower text", show=False),
        Binding("greater_than_sign", "panel_wider", "Wider panel", show=False, key_display=">"),
        Binding("less_than_sign", "panel_narrower", "Narrower panel", show=False, key_display="<"),
        Binding("escape", "escape", "Cancel; back to the library", show=False),
    ]

    DEFAULT_CSS = """
    ReadingScreen { layers: default prompt; }
    ReadingScreen > ArticleView { width: 1fr; height: 1fr; }
    ReadingScreen > Outline { split: left; }
    ReadingScreen > HighlightPanel { split: right; height: 1fr; }
    ReadingScreen .-hidden { display: none; }
    """

    focused: Reactive[Widget | None] = Reactive(None, repaint=False)
    """Screen's, without the repaint of the whole screen on every change of focus (issue 14, any key in one
    frame: `/`, Esc and Tab each rewrote all 40 rows). What focus changes repaints itself: the widgets whose
    ``:focus`` styles change (Textual refreshes them), the article's cursor row (``ArticleView._on_focus``),
    the key bar (it follows ``refresh_bindings``, which the watcher still calls)."""

    def __init__(self, document: Document, *, measure: int = 80) -> None:
        super().__init__()
        self.document = document
        self.measure = measure
        self._position_timer: object | None = None
        self.init_annotating()
        self.init_searching()
        self._layout_status = ""
        """``laying out 40%`` while the background layout runs (the top bar shows it after the search's word)."""
        self.painted = threading.Event()
        """Set once the first screen is painted; the start-up workers wait for it."""
        self.preferences = Preferences()
        self.start_at: int | None = None
        """Where to put the cursor instead of the saved reading position (a quotation chosen on the People
        screen: :meth:`ReaderApp.open_document`'s ``at``)."""
        self._stored_position: int | None = None
        """The reading position the store holds for this document (None: none): a save of the same is skipped."""
        self._remembered = False
        """Whether this document has been recorded in the store (:meth:`remember_document`) in this session."""

    @property
    def reader_app(self) -> ReaderApp:
        from reader.ui.app import ReaderApp

        assert isinstance(self.app, ReaderApp)
        return self.app

    def compose(self) -> ComposeResult:
        # The bars and panes are split off the screen's edges (``split``, in this order: each one narrows what
        # is left for the next) rather than set in a row container: one widget fewer to style and lay out
        # before the first paint. The article fills what remains, above the search prompt when it is shown.
        blocks = self.document.blocks
        # The article opens at its title: the bar shows it only once the title has scrolled out of view.
        yield TopBar(self.document.display_title, show_title=not (blocks and blocks[0].kind is BlockKind.TITLE))
        yield KeyBar()
        if self.app.size.width >= OUTLINE_MIN_WIDTH:
            yield self._new_outline()
        yield HighlightPanel(id="panel")
        yield ArticleView(self.document, measure=self.measure, id="article")

    @property
    def article(self) -> ArticleView:
        return self.query_one(ArticleView)

    def on_mount(self) -> None:
        self.article.focus()
        # The top bar and the panel follow the cursor in the same frame as the article (see _cursor_changed).
        self.watch(self.article, "cursor", self._cursor_changed, init=False)
        self._collapse_for_size(self.size.width)
        if self.document.info.notice:
            self.notify(self.document.info.notice, title=self.document.kind.upper(), timeout=8)
        if self.document.replaced_bytes:
            self.notify(
                f"{counted(self.document.replaced_bytes, 'invalid UTF-8 byte')} shown as �",
                title="Not valid UTF-8",
                severity="warning",
            )
        # One worker starts now (so anyone waiting for workers, tests included, sees it), but it first waits for
        # the first paint, so disk and parsing work does not compete with it.
        self.call_after_refresh(self.painted.set)
        self.load_in_background()

    def on_resize(self) -> None:
        self._collapse_for_size(self.size.width)

    # -- position ---------------------------------------------------------------------------------------

    def remember_document(self) -> None:
        """Record this document in the store (path, title, source, opened now), once a session: on open when the
        store knows it already (:meth:`~reader.ui.screens.loading.LoadingMixin.load_position`, so the library's
        "last opened" orders it first even if no key moved the cursor), else just before its first write (a
        moved reading position or an edit), in the writer's queue either way, so it lands first.

        A document the store does not know is not recorded on open: opening and quitting without a change must
        create no file anywhere (issue 13), and a record written on open would create the store (or its
        journal), or list in a project's store a document only glanced at."""
        if self._remembered:
            return
        self._remembered = True
        store, document = self.reader_app.store, self.document
        future = self.reader_app.writer.submit(
            lambda: store.remember_document(
                document.id,
                path=document.path,
                title=document.title,
                source=document.info,
                length=len(document.text),  # the library's reading progress (and size: its "changed" mark)
                size=file_size(document.info.path),
            )
        )
        future.add_done_callback(self._remember_done)

    def _remember_done(self, future: Future[None]) -> None:
        if future.exception() is not None:  # not saved (disk full...): try again with the next write
            self._remembered = False

    def persist(self, ops: list[StoreOp]) -> None:
        self.remember_document()
        super().persist(ops)

    def _cursor_changed(self, offset: int) -> None:
        """Called synchronously when the article's cursor changes, inside the key's own handler: the reading
        progress and the panel's mark are updated before the key's handler returns, so their repaints reach the
        screen with the article's and go out in the same frame. Through the ``CursorMoved`` message they came a
        frame later (the message is handled after the article's repaint was queued, and the screen could paint
        in between): the top bar came ~25-30 ms after the text."""
        self.query_one(TopBar).progress = self.article.progress()
        self.mark_under_cursor()

    @on(ArticleView.CursorMoved)
    def _cursor_moved(self, event: ArticleView.CursorMoved) -> None:
        """The reading position is saved once the cursor has been still for a moment (the visible updates are
        :meth:`_cursor_changed`'s)."""
        if self._position_timer is not None:
            self._position_timer.stop()  # type: ignore[attr-defined]
        self._position_timer = self.set_timer(POSITION_SAVE_DELAY, self.save_position)

    def save_position(self, offset: int | None = None) -> None:
        """Write the reading position (``offset``, else the cursor's, or where a far jump waiting for the layout
        goes: the restored position, not the start it has not left yet), unless it is what the store holds
        already (the start of a document the store does not know counts as that): opening and quitting writes
        nothing."""
        if offset is None and not self.is_mounted:
            return  # quit before the screen was ever shown (a document still being read): nothing moved
        store = self.reader_app.store
        document = self.document
        if offset is None:
            jump = self.article.pending_jump
            offset = jump[0] if jump is not None and jump[0] is not None else self.article.cursor
        if offset == (self._stored_position or 0):
            return
        self._stored_position = offset
        self.remember_document()
        self.reader_app.writer.submit(
            lambda: store.save_position(
                document.id, offset, path=document.path, title=document.title, source=document.info
            )
        )

    @on(ArticleView.Scrolled)
    def _article_scrolled(self, event: ArticleView.Scrolled) -> None:
        self.query_one(TopBar).show_title = not self.article.title_in_view
        self.search_scrolled()

    @on(ArticleView.LayoutProgress)
    def _layout_progress(self, event: ArticleView.LayoutProgress) -> None:
        self.article.show_rows_laid_out()  # the scroll bar and the top bar in one frame
        laying_out = f"laying out {round(event.fraction * 100)}%"
        self._layout_status = (
            "" if event.fraction >= 1.0 else f"{event.going}: {laying_out}" if event.going else laying_out
        )
        self.refresh_status()

    def refresh_status(self) -> None:
        """The top bar's note: the search's (``match 3 of 4,345``), then the layout's. (None while the app closes:
        a search slice queued before can run after the screen's widgets are gone; seen once in CI.)"""
        for bar in self.query(TopBar):
            bar.status = "  ".join(note for note in (self.search_status, self._layout_status) if note)

    @on(HighlightList.OptionSelected, "#panel-list")
    def _panel_selected(self, event: HighlightList.OptionSelected) -> None:
        self.panel_jump(event)

    @on(HighlightList.OptionHighlighted, "#panel-list")
    def _panel_highlighted(self, event: HighlightList.OptionHighlighted) -> None:
        if not isinstance(event, HighlightList.OptionSelected):
            self.panel_highlighted(event)

    def on_line_list_chosen(self, event: LineList.Chosen) -> None:
        """Enter or a click on a heading of the outline (a LineList; its module is not imported at start)."""
        outline = self.outline
        if outline is not None and event.list is outline and 0 <= event.index < len(outline.headings):
            self.article.jump_when_laid_out(outline.offset_of(event.index), center=True)
            self.article.focus()

    def announce(self, kind: str, message: str, *, timeout: float = 1.5) -> None:
        """A short status toast that replaces the previous one of the same ``kind`` (pressing `-` eight times
        showed six toasts): the app's :class:`~reader.ui.notices.Notices`."""
        self.reader_app.notify(message, kind=kind, timeout=timeout)

    def action_wider(self) -> None:
        """`+`: widen the measure by 4, but not past what the pane can show (the text would not get wider);
        the toast says the width the text really has."""
        article = self.article
        if article.text_width >= article.widest_text:
            self.announce("width", f"Text width {article.text_width} columns: the widest this pane allows")
            return
        article.measure = min(200, article.widest_text, article.text_width + 4)
        self.announce("width", f"Text width {article.text_width} columns")

    def action_narrower(self) -> None:
        article = self.article
        if article.text_width <= MEASURE_MIN:
            self.announce("width", f"Text width {article.text_width} columns: the narrowest it can be")
            return
        article.measure = max(MEASURE_MIN, article.text_width - 4)
        self.announce("width", f"Text width {article.text_width} columns")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`n` is "next match" while a search has a match and "note" otherwise: one of its two bindings is off
        (hidden from the key bar, and the key goes to the other), so the key bar and the help say what `n`
        does now. `/` searches unless a text field has focus."""
        if action in ("next_match", "note_or_next"):
            return self.search_has_match == (action == "next_match")
        if action == "search":  # a priority binding: off where the focus has a `/` of its own or takes text
            return not self._focus_takes_slash()
        if action in ("accept_search", "cancel_search"):  # Enter and Esc: the prompt's, only while it has focus
            return isinstance(self.focused, SearchBar)
        if action == "cancel_selection":  # Esc in the key bar while there is a selection to cancel
            return self.article.selection_anchor is not None
        return True

    # -- search (reader.ui.screens.searching) -----------------------------------------------------------

    def on_descendant_blur(self, event: DescendantBlur) -> None:
        """Focus lost with nowhere to go (the panel's last highlight deleted with `x`: the list can no longer
        be focused) goes back to the article, once the screen has settled; else no key reached anything."""
        self.call_after_refresh(self._focus_article_if_none)

    def _focus_article_if_none(self) -> None:
        if self.focused is None and self.is_current and self.app.app_focus:
            self.set_focus(self.article)

    def _focus_takes_slash(self) -> bool:
        """Whether the focused widget (or a container of it below the screen) has a `/` of its own (the
        highlights panel's filter) or takes text (the prompt, the filter field): there `/` is theirs, as it was
        before the screen's `/` became a priority binding."""
        node: DOMNode | None = self.focused
        while node is not None and node is not self:
            if isinstance(node, Input) or "slash" in node._bindings.key_to_bindings:
                return True
            node = node.parent
        return False

    def on_key(self, event: Key) -> None:
        """Esc clears the panel's filter, from the filter line or from the list it filters (after Enter accepted
        the filter, the list has the focus: Esc there left the filter on, a review found)."""
        focused = self.focused
        if event.key == "escape" and focused is not None and (
                focused.id == "panel-filter" or (isinstance(focused, HighlightList) and self.panel.filter_text)):
            event.stop()
            self.panel.clear_filter()

    def action_escape(self) -> None:
        article = self.article
        if self.cancel_resize():
            return
        if article.selection_anchor is not None:
            article.clear_selection()
        elif not self.clear_search():
            self._back_to_library()

    def action_library(self) -> None:
        """`L`: the library - back to it when this document was opened from it, else a new one on top (its `L`
        or Esc comes back here)."""
        from reader.ui.screens.library import LibraryScreen

        stack = self.app.screen_stack
        if len(stack) >= 2 and isinstance(stack[-2], LibraryScreen):
            self._back_to_library()
            return
        app = self.reader_app
        self.app.push_screen(LibraryScreen(app.paths, folder=app.folder))

    def _back_to_library(self) -> None:
        """Esc with nothing left to cancel: back to the library this document was opened from, if any. The
        reading position is saved first; with changes still waiting to be saved, the screen stays (its retries
        live here) and says so."""
        from reader.ui.screens.library import LibraryScreen

        stack = self.app.screen_stack
        if len(stack) < 2 or not isinstance(stack[-2], LibraryScreen):
            return
        if self.unsaved:
            self.notify("Some changes are not saved yet; retrying. Try again in a moment.", severity="warning")
            return
        self.save_position()
        self.app.pop_screen()

    def current_sentence(self) -> Span | None:
        return self.document.sentence_at(self.article.cursor)

    def title_content(self) -> Content:
        return Content(self.document.display_title)
