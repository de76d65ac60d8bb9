"""The list of highlights in the side panel: a Line-API widget whose cost follows the screen, like the article.

An entry takes the rows it needs (:func:`entry_lines`: one or two lines of the quote, the speaker and tags when
there are any, up to :data:`NOTE_LINES` of the note, then one blank row), measured with the same function that
draws it, so geometry and drawing cannot disagree. The list keeps a prefix sum of the entries' first rows: row ``y``
belongs to the entry found by bisecting it, an entry's top is a lookup, and only the entries on screen are drawn.
Heights depend on the width (quotes and notes wrap), so all of them are measured again only when the width
changes (showing new entries measures only those not yet seen at this width); inserting, removing or replacing
an entry measures that one entry and shifts the offsets after it (one pass of integer adds). A widget per entry,
or an OptionList, measures every option on each change; with 10,000 highlights that made adding one cost far
more than adding one to a short list. The scrollbar's column is always kept (``scrollbar-gutter: stable``), so
the text width, and with it every height, does not change when the list grows past one screen. The drawing is
:mod:`reader.ui.widgets.highlight_list_render`'s.

Entries keep the small part of OptionList's interface the screen and tests use (``highlighted``,
``option_count``, ``get_option_at_index``, ``get_option_index``, ``OptionHighlighted`` and ``OptionSelected``
messages with an ``option`` that has ``id``, ``prompt`` and ``disabled``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.ui.widgets.highlight_colors import TRUECOLOR_SWATCH
from reader.ui.widgets.highlight_entries import (
    MAX_ENTRY_HEIGHT,
    NOTE_LINES,
    ORPHANED_HEADER,
    Entry,
    entry_height,
    entry_lines,
    note_lines,
    text_columns,
)
from reader.ui.widgets.highlight_list_render import HighlightListRendering, _Frame
from reader.ui.widgets.row_tops import RowTops

COLOR_HEX = TRUECOLOR_SWATCH
"""The swatch of each highlight colour in truecolor (the article uses the same hues, blended with the background)."""

MAX_DRIFT = 2048
"""Inserts and removals after which the id -> index map is built again (a lookup checks up to twice this many
entries, ~1 ms; a rebuild at 100,000 entries costs ~60 ms)."""


class HighlightList(HighlightListRendering, ScrollView, can_focus=True):
    """Highlights in panel order; option ids are annotation ids."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "highlight-list--quote",
        "highlight-list--meta",
        "highlight-list--note",
        "highlight-list--header",
        "highlight-list--highlighted",
        "highlight-list--empty",
    }

    DEFAULT_CSS = """
    HighlightList { background: $surface; scrollbar-size-vertical: 1; scrollbar-gutter: stable; }
    HighlightList > .highlight-list--meta { color: $foreground-muted; text-style: italic; }
    HighlightList > .highlight-list--note { color: $text; }
    HighlightList > .highlight-list--header { color: $warning; text-style: bold; }
    HighlightList > .highlight-list--empty { color: $foreground-muted; }
    HighlightList > .highlight-list--highlighted { background: $foreground 12%; }
    HighlightList:focus > .highlight-list--highlighted { background: $accent 30%; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "cursor_up", "Previous", show=False),
        Binding("down,j", "cursor_down", "Next", show=False),
        Binding("home,g", "first", "First", show=False),
        Binding("end,G", "last", "Last", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("n", "note", "Edit note", tooltip="Edit the note of this highlight"),
        Binding("x", "delete", "Delete", tooltip="Delete this highlight (u undoes)"),
        Binding("slash", "filter", "Filter", tooltip="Filter: text, #tag, color:green, has:note, by:Name"),
        # Shown too (after the others: a narrow bar leaves them out first). With the list focused the bar said
        # `n Edit note  x Delete  / Filter` and nothing of Enter, what a new user presses on an entry, or of `t`.
        Binding("t", "tags", "Edit tags", tooltip="Edit the tags of this highlight"),
        Binding("enter", "select", "Jump to it", tooltip="Move the article to this highlight"),
    ]

    highlighted: reactive[int | None] = reactive(None, init=False)
    """Index of the entry under the list's cursor (None when the list is empty)."""

    class OptionHighlighted(Message):
        """The list's cursor moved to ``option``."""

        def __init__(self, option_list: HighlightList, option: Entry, index: int) -> None:
            super().__init__()
            self.option_list = option_list
            self.option = option
            self.option_index = index

        @property
        def control(self) -> HighlightList:
            return self.option_list

    class OptionSelected(OptionHighlighted):
        """Enter (or a click) on ``option``."""

    class Action(Message):
        """The user asked for ``action`` (note, tags, delete) on highlight ``annotation_id``."""

        def __init__(self, action: str, annotation_id: str) -> None:
            super().__init__()
            self.action = action
            self.annotation_id = annotation_id

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries: list[Entry] = []
        self._index: dict[str, int] = {}
        """Annotation id -> its entry's index when last known: off by at most ``_drift`` (see
        :meth:`get_option_index`)."""
        self._drift = 0
        """Inserts and removals since ``_index`` was built: each moves an entry by one place at most."""
        self._cache: LRUCache[tuple[object, ...], list[Strip]] = LRUCache(256)
        self._tops = RowTops()
        """Prefix sum of entry heights: entry ``i`` takes rows ``_tops[i]`` to ``_tops[i + 1] - 1``; the last
        item is the height of the whole list (:mod:`reader.ui.widgets.row_tops`: cheap to change)."""
        self._measured_width: int | None = None
        """The width ``_tops`` was measured at (None: not measured; 0: not sized yet, every entry counts as
        :data:`MAX_ENTRY_HEIGHT` until it is)."""
        self._heights: dict[Entry, int] = {}
        """Heights of the entries seen, at ``_heights_width``: showing a filter again wraps no entry twice."""
        self._heights_width: int | None = None
        self.empty_lines: tuple[str, ...] = ()
        self._frame: _Frame | None = None
        """What the list draws while it has no entries (:meth:`set_empty`)."""

    def set_empty(self, lines: tuple[str, ...]) -> None:
        """Draw ``lines`` while there are no entries (the panel's "no highlights yet"; ``()``: nothing, as when
        a filter matches none). A list showing them cannot take focus: there is nothing in it to act on."""
        if lines == self.empty_lines:
            return
        self.empty_lines = lines
        if lines and self.has_focus:
            self.blur()
        self.refresh()

    def allow_focus(self) -> bool:
        return not self.empty_lines and super().allow_focus()

    # -- the OptionList-like interface -------------------------------------------------------------------

    @property
    def option_count(self) -> int:
        return len(self.entries)

    def get_option_at_index(self, index: int) -> Entry:
        return self.entries[index]

    def get_option_index(self, option_id: str) -> int:
        """Index of the entry of ``option_id``; KeyError when it is not shown (filtered out).

        Why not a map rebuilt after each change: rebuilding it for 100,000 entries cost ~60 ms, twice per `h`
        (selecting the new highlight, then marking it saved). The map is kept as it was built, each insert
        records the new entry's index, and an entry an insert or removal moved is at most ``_drift`` places
        from its recorded index: the lookup checks those places, nearest first, and the map is built again
        only after :data:`MAX_DRIFT` changes."""
        if self._drift > MAX_DRIFT:
            self._build_index()
        hint = self._index.get(option_id)
        if hint is None:
            raise KeyError(option_id)
        entries, count = self.entries, len(self.entries)
        for distance in range(self._drift + 1):
            for index in (hint - distance, hint + distance) if distance else (hint,):
                if 0 <= index < count:
                    annotation = entries[index].annotation
                    if annotation is not None and annotation.id == option_id:
                        return index
        raise KeyError(option_id)  # removed since

    def _build_index(self) -> None:
        self._index = {entry.annotation.id: i for i, entry in enumerate(self.entries) if entry.annotation}
        self._drift = 0

    def set_entries(self, entries: list[Entry], *, keep: str | None = None) -> None:
        """Show ``entries``, keeping the cursor on ``keep`` (or on the same highlight) when it is still there."""
        if keep is None and self.highlighted is not None and self.highlighted < len(self.entries):
            keep = self.entries[self.highlighted].id
        self.entries = entries
        self._build_index()  # now, with the entries (~50 ms at 100,000), rather than at the first `h`
        self._cache.clear()
        self._measured_width = None
        self._sync_geometry()
        index = None
        if keep is not None:
            try:
                index = self.get_option_index(keep)
            except KeyError:
                index = None
        if index is None and entries:
            index = min(self.highlighted or 0, len(entries) - 1)
        with self.prevent(HighlightList.OptionHighlighted):
            self.highlighted = index
        self.refresh()

    def insert_entry(self, index: int, entry: Entry) -> None:
        """Insert one entry (keeping the cursor on the entry it was on)."""
        self.entries.insert(index, entry)
        self._drift += 1
        if entry.annotation is not None:
            self._index[entry.annotation.id] = index
        if self._measured_width is not None:
            self._tops.insert(index, self._measure(entry))
        if self.highlighted is not None and index <= self.highlighted:
            with self.prevent(HighlightList.OptionHighlighted):
                self.highlighted += 1
        self._changed()

    def remove_entry(self, index: int) -> None:
        del self.entries[index]
        self._drift += 1
        if self._measured_width is not None:
            self._tops.delete(index)
        if self.highlighted is not None and index < self.highlighted:
            with self.prevent(HighlightList.OptionHighlighted):
                self.highlighted -= 1
        self._changed()

    def replace_entry(self, index: int, entry: Entry) -> None:
        self.entries[index] = entry
        if entry.annotation is not None:
            self._index[entry.annotation.id] = index
        if self._measured_width is not None:
            self._tops.set(index, self._measure(entry))
        self._changed()

    def _changed(self) -> None:
        # The strip cache stays: it is keyed by each entry's value (a changed entry is a new key), so the entries
        # an insert or a removal only moves are not drawn again.
        self._sync_geometry()
        if self.highlighted is None and self.entries:
            with self.prevent(HighlightList.OptionHighlighted):
                self.highlighted = 0
        elif self.highlighted is not None and self.highlighted >= len(self.entries):
            with self.prevent(HighlightList.OptionHighlighted):
                self.highlighted = len(self.entries) - 1 if self.entries else None
        self.refresh()

    def validate_highlighted(self, index: int | None) -> int | None:
        if index is None or not self.entries:
            return None
        return max(0, min(index, len(self.entries) - 1))

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        self.refresh()
        if new is not None and new < len(self.entries):
            self.scroll_to_highlight()
            entry = self.entries[new]
            if not entry.disabled:
                self.post_message(self.OptionHighlighted(self, entry, new))

    # -- geometry: a prefix sum of entry heights ------------------------------------------------------------

    def _measure(self, entry: Entry) -> int:
        """Rows ``entry`` takes at the measured width (wrapped with the function that draws it)."""
        width = self._measured_width
        if not width:
            return MAX_ENTRY_HEIGHT
        height = self._heights.get(entry)
        if height is None:
            height = self._heights[entry] = entry_height(entry, width)
        return height

    def _sync_geometry(self) -> RowTops:
        """The entries' top rows at the current width, measuring every entry again only when the width changed
        (or new entries were set); keeps the scroll area as tall as the entries."""
        width = max(0, self.scrollable_content_region.width)
        if width != self._measured_width:
            if width != self._heights_width:
                self._heights = {}
                self._heights_width = width
            elif len(self._heights) > 2 * len(self.entries) + 1024:
                self._heights = {}
            self._measured_width = width
            self._tops = RowTops(map(self._measure, self.entries))
        size = Size(width, self._tops[-1])
        if size != self.virtual_size:
            self._set_virtual_size(size)
        return self._tops

    def _set_virtual_size(self, size: Size) -> None:
        """Tell the scroll bar how many rows there are now, without a layout pass.

        ``virtual_size`` is a layout reactive: assigning it made every `h` and `u` (one entry more or less) cost a
        layout of the whole screen (~35 ms at 20 MB, issue 14) and a frame after the article's, and the list's
        first measure at its real width (in ``on_resize``, after a layout pass) a second pass. The list's own size
        comes from CSS, never from its content, and its text never overflows sideways: only its scroll bar changes,
        and ``_scroll_update`` (what Textual's own ``_size_updated`` calls for this, as
        :class:`~reader.ui.widgets.article_view.ArticleView` does) updates it. When the scroll bar has to appear or
        go, ``_scroll_update`` sets ``show_vertical_scrollbar``, itself a layout reactive: that change still gets
        its layout pass. No repaint here: every change of entries asks for one, and the first measure at a new width
        happens while the list is being drawn (a repaint requested then is a second frame, drawn the same)."""
        self.set_reactive(HighlightList.virtual_size, size)
        self._scroll_update(size)

    def entry_top(self, index: int) -> int:
        """The first row of entry ``index`` (rows count from the top of the whole list)."""
        return self._sync_geometry()[index]

    def entry_rows(self, index: int) -> int:
        """How many rows entry ``index`` takes, its blank separator included."""
        return self._sync_geometry().height(index)

    def entry_at_row(self, row: int) -> int | None:
        """Index of the entry drawn on ``row`` of the whole list (None below the last one)."""
        tops = self._sync_geometry()
        if row < 0 or row >= tops[-1]:
            return None
        return bisect_right(tops, row) - 1

    def scroll_to_highlight(self) -> None:
        """Scroll so the chosen entry is wholly in view (its top, when it is taller than the list)."""
        if self.highlighted is None or self.highlighted >= len(self.entries):
            return
        tops = self._sync_geometry()
        if not self._measured_width:
            return  # not sized yet: on_resize brings it into view
        top, bottom = tops[self.highlighted], tops[self.highlighted + 1]
        height = self.scrollable_content_region.height
        if top < self.scroll_offset.y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif bottom > self.scroll_offset.y + height:
            self.scroll_to(y=min(top, bottom - height), animate=False, immediate=True)

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        """The compositor's ``virtual_size`` is the region's, not the list's (its rows): ScrollView only compares
        the two, and their difference redrew the scroll bar a frame after each layout pass; the list's own is
        passed, so only a new size counts."""
        return super()._size_updated(size, self.virtual_size, container_size, layout)

    def on_resize(self) -> None:
        """Sized at last (the list is mounted with the first highlights, often with an entry already chosen, as when
        a reading position is restored onto a highlight): measure the entries at the real width and bring the
        chosen entry into view. Also keeps it in view when the terminal is resized."""
        self._sync_geometry()
        self.scroll_to_highlight()

    # -- keys ------------------------------------------------------------------------------------------------

    def _step(self, delta: int) -> None:
        if not self.entries:
            return
        index = self.highlighted if self.highlighted is not None else (-1 if delta > 0 else len(self.entries))
        index += delta
        while 0 <= index < len(self.entries) and self.entries[index].disabled:
            index += 1 if delta > 0 else -1
        if 0 <= index < len(self.entries):
            self.highlighted = index

    def action_cursor_up(self) -> None:
        self._step(-1)

    def action_cursor_down(self) -> None:
        self._step(1)

    def action_first(self) -> None:
        self.highlighted = None
        self._step(1)

    def action_last(self) -> None:
        self.highlighted = None
        self._step(-1)

    def _page(self, direction: int) -> None:
        """Move the cursor by the entries that fit in a page of rows above (-1) or below (1) it."""
        if self.highlighted is None:
            self._step(direction)
            return
        tops, index = self._sync_geometry(), self.highlighted
        height = max(1, self.scrollable_content_region.height)
        if direction > 0:
            # The last entry that starts within a page below the cursor entry's top.
            count = bisect_right(tops, tops[index] + height, hi=len(self.entries)) - 1 - index
        else:
            # The first entry whose top is at most a page above the cursor entry's top.
            count = index - bisect_left(tops, tops[index] - height, hi=index)
        self._step(direction * max(1, count))

    def action_page_up(self) -> None:
        self._page(-1)

    def action_page_down(self) -> None:
        self._page(1)

    def action_select(self) -> None:
        if self.highlighted is not None and not self.entries[self.highlighted].disabled:
            self.post_message(self.OptionSelected(self, self.entries[self.highlighted], self.highlighted))

    def _post(self, action: str) -> None:
        if self.highlighted is not None:
            entry = self.entries[self.highlighted]
            if entry.id is not None:
                self.post_message(self.Action(action, entry.id))

    def action_note(self) -> None:
        self._post("note")

    def action_tags(self) -> None:
        self._post("tags")

    def action_delete(self) -> None:
        self._post("delete")

    async def action_filter(self) -> None:
        open_filter = getattr(self.parent, "open_filter", None)
        if open_filter is not None:
            await open_filter()

    def on_click(self, event: events.Click) -> None:
        index = self.entry_at_row(int(self.scroll_offset.y) + event.y)
        if index is not None and not self.entries[index].disabled:
            self.highlighted = index
            self.action_select()


__all__ = [
    "MAX_ENTRY_HEIGHT",
    "NOTE_LINES",
    "ORPHANED_HEADER",
    "Entry",
    "HighlightList",
    "entry_height",
    "entry_lines",
    "note_lines",
    "text_columns",
]
