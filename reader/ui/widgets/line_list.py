"""A list of one-line rows drawn with the Line API: its cost follows the screen, not the number of rows.

The library (2,000 documents or more) and the search results (tens of thousands of highlights) are lists of
rows of one line each. An OptionList measures and styles every option when its content changes; here only the
rows on screen are drawn, by a function the owner passes (``draw(index, width, selected) -> Strip``), so
2,000 or 100,000 rows cost the same to show and to move through.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

Draw = Callable[[int, int, bool], Strip]
"""Draws row ``index`` at ``width`` cells, ``selected`` when the cursor is on it."""


class LineList(ScrollView, can_focus=True):
    """Rows of one line; a cursor moved by the arrows, j/k, PageUp/PageDown, Home/End; Enter chooses."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "move(1)", "Down", show=False),
        Binding("up,k", "move(-1)", "Up", show=False),
        Binding("pagedown,space", "page(1)", "Page down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("home,g", "edge(0)", "First", show=False),
        Binding("end,G", "edge(1)", "Last", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "line-list--cursor",
        "line-list--muted",
        "line-list--warning",
        "line-list--heading",
    }

    DEFAULT_CSS = """
    LineList { height: 1fr; scrollbar-gutter: stable; background: $surface; }
    LineList > .line-list--cursor { background: $block-cursor-blurred-background; text-style: bold; }
    LineList:focus > .line-list--cursor {
        background: $block-cursor-background; color: $block-cursor-foreground; text-style: bold;
    }
    LineList > .line-list--muted { color: $text-muted; }
    LineList > .line-list--warning { color: $text-warning; }
    LineList > .line-list--heading { color: $text-accent; text-style: bold; }
    """

    cursor: reactive[int] = reactive(0, always_update=True, repaint=False)

    class RowMessage(Message):
        """A message about row ``index`` of a list."""

        def __init__(self, sender: LineList, index: int) -> None:
            super().__init__()
            self.list = sender
            self.index = index

        @property
        def control(self) -> LineList:
            return self.list

    class Chosen(RowMessage):
        """Enter (or a second click) on row ``index``."""

    class Moved(RowMessage):
        """The cursor moved to row ``index``."""

    def __init__(self, draw: Draw, count: int = 0, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._draw = draw
        self.count = count

    def set_count(self, count: int, *, cursor: int | None = None) -> None:
        """The list now has ``count`` rows (redrawn); the cursor goes to ``cursor`` (default: kept, clamped)."""
        self.count = count
        self.virtual_size = Size(self.size.width, count)
        target = self.cursor if cursor is None else cursor
        self.cursor = max(0, min(target, count - 1))
        self.refresh()
        self.call_after_refresh(self._scroll_to_cursor)

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, self.count)

    def render_line(self, y: int) -> Strip:
        index = y + self.scroll_offset.y
        width = self.scrollable_content_region.width
        if index >= self.count or width <= 0:
            return Strip.blank(width, self.rich_style)
        return self._draw(index, width, index == self.cursor)

    def style(self, name: str) -> Style:
        """The rich style of a component class (``cursor``, ``muted``, ``warning``, ``heading``)."""
        return self.get_component_rich_style(f"line-list--{name}", partial=True)

    def watch_cursor(self, old: int, new: int) -> None:
        self._refresh_row(old)
        self._refresh_row(new)
        self._scroll_to_cursor()
        if self.count:
            self.post_message(self.Moved(self, new))

    def _refresh_row(self, index: int) -> None:
        y = index - self.scroll_offset.y
        if 0 <= y < self.size.height:
            self.refresh(Region(0, y, self.size.width, 1))

    def _scroll_to_cursor(self) -> None:
        if not self.count:
            return
        top, height = self.scroll_offset.y, max(1, self.scrollable_content_region.height)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False)

    def action_move(self, step: int) -> None:
        if self.count:
            self.cursor = max(0, min(self.count - 1, self.cursor + step))

    def action_page(self, step: int) -> None:
        self.action_move(step * max(1, self.scrollable_content_region.height - 1))

    def action_edge(self, end: int) -> None:
        if self.count:
            self.cursor = self.count - 1 if end else 0

    def action_choose(self) -> None:
        if self.count:
            self.post_message(self.Chosen(self, self.cursor))

    def on_click(self, event: events.Click) -> None:
        index = event.y + self.scroll_offset.y
        if 0 <= index < self.count:
            if index == self.cursor and event.chain >= 2:
                self.post_message(self.Chosen(self, index))
            self.cursor = index

    def on_focus(self) -> None:
        self._refresh_row(self.cursor)

    def on_blur(self) -> None:
        self._refresh_row(self.cursor)
