"""The list of highlights in the side panel: a Line-API widget whose cost follows the screen, like the article.

Every entry has the same height (:data:`ENTRY_HEIGHT` rows: two lines of the quote, the speaker and tags, the
note, a blank), so row ``y`` belongs to entry ``y // ENTRY_HEIGHT`` and only the entries on screen are ever drawn.
An OptionList measures every option on each change; with 10,000 highlights that made adding one cost far more
than adding one to a short list. Entries keep the small part of OptionList's interface the screen and tests use
(``highlighted``, ``option_count``, ``get_option_at_index``, ``get_option_index``, ``OptionHighlighted`` and
``OptionSelected`` messages with an ``option`` that has ``id``, ``prompt`` and ``disabled``).
"""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.annotation import Annotation
from reader.layout import text_width, wrap
from reader.sanitize import sanitize
from reader.ui.widgets.highlight_colors import TRUECOLOR_SWATCH, swatch_color, terminal_color_system

NOTE_LINES = 3
"""Lines of a note an entry shows (one line was too little to know a note by)."""

ENTRY_HEIGHT = 4 + NOTE_LINES
"""Rows per entry: quote, quote, speaker and #tags, up to NOTE_LINES of note, blank. Every entry has this height,
with or without a note, so row -> entry stays a division."""

COLOR_HEX = TRUECOLOR_SWATCH
"""The swatch of each highlight colour in truecolor (the article uses the same hues, blended with the background)."""

ORPHANED_HEADER = "Orphaned — their text is no longer in the document"


class Entry(NamedTuple):
    """One row group of the list: a highlight, or the (disabled) header of the orphaned section.
    (A NamedTuple, as :class:`reader.session.Put` explains.)"""

    annotation: Annotation | None
    unsaved: bool = False
    header: str = ""

    @property
    def id(self) -> str | None:
        return self.annotation.id if self.annotation is not None else None

    @property
    def disabled(self) -> bool:
        return self.annotation is None

    @property
    def prompt(self) -> Content:
        """The whole entry as text (for tests and screen readers); drawing uses :meth:`lines`."""
        if self.annotation is None:
            return Content(self.header)
        return Content("\n".join(line for line, _ in entry_lines(self, 10_000)))


def _clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` cells with an ellipsis."""
    if text_width(text) <= width:
        return text
    while text and text_width(text) > width - 1:
        text = text[: max(0, min(len(text) - 1, width - 1))]
    return text.rstrip() + "…"


def entry_lines(entry: Entry, width: int) -> list[tuple[str, str]]:
    """The ENTRY_HEIGHT - 1 text lines of an entry with a style name for each: the quote (one or two lines), then
    the speaker and tags, then the note, packed upwards and padded with blank lines to the fixed height."""
    annotation = entry.annotation
    if annotation is None:
        return [(_clip(entry.header, width), "header")] + [("", "")] * (ENTRY_HEIGHT - 2)
    quote = "“" + sanitize(" ".join(annotation.text.split())) + "”"
    rows = wrap(quote, max(4, width))
    first = quote[rows[0][0] : rows[0][1]] if rows else quote
    second = ""
    if len(rows) > 1:
        second = quote[rows[1][0] :].strip() if len(rows) == 2 else quote[rows[1][0] : rows[1][1]] + "…"
        second = _clip(second, width)
    meta = []
    if annotation.speaker:
        meta.append("— " + sanitize(annotation.speaker))
    if annotation.tags:
        meta.append(" ".join("#" + sanitize(tag) for tag in annotation.tags))
    if entry.unsaved:
        meta.append("● not saved yet")
    lines = [(first, "quote")]
    if second:
        lines.append((second, "quote"))
    if meta:
        lines.append((_clip("  ".join(meta), width), "meta"))
    lines.extend((line, "note") for line in note_lines(annotation.note, width, ENTRY_HEIGHT - 1 - len(lines)))
    return lines + [("", "")] * (ENTRY_HEIGHT - 1 - len(lines))


def note_lines(note: str, width: int, room: int) -> list[str]:
    """A note wrapped to ``width``, at most NOTE_LINES (and ``room``) lines, the last cut with an ellipsis when
    there is more. Only the first few thousand characters are looked at: an entry shows three lines of it."""
    text = " ".join(note[:4000].split())
    if not text or room <= 0:
        return []
    text = "✎ " + sanitize(text)
    rows = wrap(text, max(4, width))
    shown = min(NOTE_LINES, room)
    lines = [text[start:end].rstrip() for start, end in rows[:shown]]
    if len(rows) > shown or len(note) > 4000:
        lines[-1] = _clip(text[rows[shown - 1][0] :], width)
    return [_clip(line, width) for line in lines]


class HighlightList(ScrollView, can_focus=True):
    """Highlights in panel order; option ids are annotation ids."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "highlight-list--quote",
        "highlight-list--meta",
        "highlight-list--note",
        "highlight-list--header",
        "highlight-list--highlighted",
    }

    DEFAULT_CSS = """
    HighlightList { background: $surface; scrollbar-size-vertical: 1; }
    HighlightList > .highlight-list--meta { color: $foreground-muted; text-style: italic; }
    HighlightList > .highlight-list--note { color: $text; }
    HighlightList > .highlight-list--header { color: $warning; text-style: bold; }
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
        Binding("enter", "select", "Jump to it", show=False),
        Binding("n", "note", "Edit note", tooltip="Edit the note of this highlight"),
        Binding("t", "tags", "Edit tags", show=False),
        Binding("x", "delete", "Delete", tooltip="Delete this highlight (u undoes)"),
        Binding("slash", "filter", "Filter", tooltip="Filter: text, #tag, color:green, has:note, by:Name"),
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
        self._index_stale = False
        self._cache: LRUCache[tuple[object, ...], list[Strip]] = LRUCache(256)

    # -- the OptionList-like interface -------------------------------------------------------------------

    @property
    def option_count(self) -> int:
        return len(self.entries)

    def get_option_at_index(self, index: int) -> Entry:
        return self.entries[index]

    def get_option_index(self, option_id: str) -> int:
        """Index of the entry of ``option_id``; KeyError when it is not shown (filtered out)."""
        if self._index_stale:
            self._index = {entry.annotation.id: i for i, entry in enumerate(self.entries) if entry.annotation}
            self._index_stale = False
        return self._index[option_id]

    def set_entries(self, entries: list[Entry], *, keep: str | None = None) -> None:
        """Show ``entries``, keeping the cursor on ``keep`` (or on the same highlight) when it is still there."""
        if keep is None and self.highlighted is not None and self.highlighted < len(self.entries):
            keep = self.entries[self.highlighted].id
        self.entries = entries
        self._index_stale = True
        self._cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(entries) * ENTRY_HEIGHT)
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
        if self.highlighted is not None and index <= self.highlighted:
            with self.prevent(HighlightList.OptionHighlighted):
                self.highlighted += 1
        self._changed()

    def remove_entry(self, index: int) -> None:
        del self.entries[index]
        if self.highlighted is not None and index < self.highlighted:
            with self.prevent(HighlightList.OptionHighlighted):
                self.highlighted -= 1
        self._changed()

    def replace_entry(self, index: int, entry: Entry) -> None:
        self.entries[index] = entry
        self._changed()

    def _changed(self) -> None:
        self._index_stale = True
        self._cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.entries) * ENTRY_HEIGHT)
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

    def scroll_to_highlight(self) -> None:
        if self.highlighted is None:
            return
        top = self.highlighted * ENTRY_HEIGHT
        height = self.scrollable_content_region.height
        if top < self.scroll_offset.y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif top + ENTRY_HEIGHT > self.scroll_offset.y + height:
            self.scroll_to(y=top + ENTRY_HEIGHT - height, animate=False, immediate=True)

    def on_resize(self) -> None:
        """Sized at last (the list is mounted with the first highlights, often with an entry already chosen, as when
        a reading position is restored onto a highlight): measure the scroll area at the real width and bring the
        chosen entry into view. Also keeps it in view when the terminal is resized."""
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.entries) * ENTRY_HEIGHT)
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

    def action_page_up(self) -> None:
        self._step(-max(1, self.scrollable_content_region.height // ENTRY_HEIGHT))

    def action_page_down(self) -> None:
        self._step(max(1, self.scrollable_content_region.height // ENTRY_HEIGHT))

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
        index = (int(self.scroll_offset.y) + event.y) // ENTRY_HEIGHT
        if 0 <= index < len(self.entries) and not self.entries[index].disabled:
            self.highlighted = index
            self.action_select()

    # -- drawing ---------------------------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    def render_line(self, y: int) -> Strip:
        scroll_y = int(self.scroll_offset.y)
        row = scroll_y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        index, line = divmod(row, ENTRY_HEIGHT)
        if index >= len(self.entries):
            return Strip.blank(width, base)
        entry = self.entries[index]
        chosen = index == self.highlighted
        key = (index, entry, width, chosen, self.has_focus)
        strips = self._cache.get(key)
        if strips is None:
            strips = self._render_entry(entry, width, chosen, base)
            self._cache[key] = strips
        return strips[line].crop_extend(0, width, base).apply_offsets(0, row)

    def _render_entry(self, entry: Entry, width: int, chosen: bool, base: Style) -> list[Strip]:
        if chosen and not entry.disabled:
            base = base + self.get_component_rich_style("highlight-list--highlighted")
        swatch = base
        if entry.annotation is not None:
            dark, system = self.app.current_theme.dark, terminal_color_system(self.app)
            hue = swatch_color(entry.annotation.color, dark=dark, system=system)
            swatch = Style(color=hue, bold=True)
        strips: list[Strip] = []
        for text, kind in entry_lines(entry, max(4, width - 2)):
            style = base + self.get_component_rich_style(f"highlight-list--{kind}", partial=True) if kind else base
            # The swatch runs beside the entry's text only, not down its blank rows (entries have a fixed height).
            bar = Segment("▌ " if entry.annotation is not None and text else "  ", base + swatch)
            strips.append(Strip([bar, Segment(text, style)]).extend_cell_length(width, base))
        strips.append(Strip.blank(width, self.rich_style))
        return strips
