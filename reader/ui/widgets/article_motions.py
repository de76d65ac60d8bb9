"""Moving the article's cursor: the motion keys (rows, characters, words, sentences, paragraphs, pages, the two
ends, shift+arrow to extend a selection) and the mouse (a click puts the cursor; pressing and dragging selects).

A mixin of :class:`reader.ui.widgets.article_view.ArticleView`, kept apart like :mod:`article_layout
<reader.ui.widgets.article_layout>` and :mod:`article_render <reader.ui.widgets.article_render>`: the widget file
holds the state (cursor, selection, marks) and how it changes (:meth:`~ArticleView.move_to`); this one decides
where each key or pointer movement takes the cursor, asking :class:`reader.document.Document` for the text's units
and :class:`reader.layout.Layout` for rows and columns. The keys' bindings stay on the widget.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual import events
    from textual.scroll_view import ScrollView

    from reader.document import Document
    from reader.layout import Layout

    _ViewBase = ScrollView
else:
    _ViewBase = object


class ArticleMotions(_ViewBase):
    """The motion actions and the mouse handlers; every move goes through ``move_to``."""

    if TYPE_CHECKING:
        document: Document
        layout_rows: Layout
        cursor: int
        selection_anchor: int | None
        _goal_column: int | None
        _press: int | None

        @property
        def margin(self) -> int: ...
        def _indent_of_row(self, row: int) -> int: ...
        def _update_virtual_size(self) -> None: ...
        def finish_layout(self) -> None: ...
        def jump_when_laid_out(self, offset: int | None, *, center: bool = False) -> None: ...
        def start_selection(self, offset: int | None = None) -> None: ...
        def move_to(self, offset: int, *, keep_goal: bool = False, center: bool = False) -> None: ...

    # -- keys -------------------------------------------------------------------------------------------------

    def _move_rows(self, delta: int) -> None:
        layout = self.layout_rows
        row, column = layout.column_of(self.cursor)
        if self._goal_column is None:
            self._goal_column = column
        target = row + delta
        if delta > 0 and target >= len(layout) and not layout.complete:
            layout.extend(rows=target + 1)
            self._update_virtual_size()
        target = max(0, min(target, len(layout) - 1))
        direction = 1 if delta > 0 else -1
        found = layout.nearest_text_row(target, direction)
        if found is None:
            found = layout.nearest_text_row(target, -direction)
        if found is None:
            return
        offset = layout.offset_at(found, self._goal_column)
        if offset is not None:
            self.move_to(offset, keep_goal=True)

    def action_cursor_down(self) -> None:
        self._move_rows(1)

    def action_cursor_up(self) -> None:
        self._move_rows(-1)

    def action_cursor_left(self) -> None:
        self.move_to(self.document.prev_char(self.cursor))

    def action_cursor_right(self) -> None:
        self.move_to(self.document.next_char(self.cursor))

    def action_word_next(self) -> None:
        self.move_to(self.document.next_word(self.cursor))

    def action_word_prev(self) -> None:
        self.move_to(self.document.prev_word(self.cursor))

    # A selection growing forward (the cursor at or after its anchor) is extended to the next sentence's or
    # paragraph's end, and shrunk back to the previous one's: the cursor's character is selected, so going to
    # the next start (as without a selection) took the next sentence's first letter, and `h` its first word.

    def _growing(self) -> bool:
        return self.selection_anchor is not None and self.cursor >= self.selection_anchor

    def _back_to_end(self, end: int, start: int) -> None:
        """Shrink a growing selection to ``end`` (a previous end), else (past the anchor) go to ``start``."""
        anchor = self.selection_anchor
        self.move_to(end if anchor is not None and anchor <= end < self.cursor else start)

    def action_sentence_next(self) -> None:
        document = self.document
        grow = self._growing()
        self.move_to(document.next_sentence_end(self.cursor) if grow else document.next_sentence(self.cursor))

    def action_sentence_prev(self) -> None:
        document = self.document
        if self._growing():
            self._back_to_end(document.prev_sentence_end(self.cursor), document.prev_sentence(self.cursor))
        else:
            self.move_to(document.prev_sentence(self.cursor))

    def action_paragraph_next(self) -> None:
        document = self.document
        grow = self._growing()
        self.move_to(document.next_paragraph_end(self.cursor) if grow else document.next_paragraph(self.cursor))

    def action_paragraph_prev(self) -> None:
        document = self.document
        if self._growing():
            self._back_to_end(document.prev_paragraph_end(self.cursor), document.prev_paragraph(self.cursor))
        else:
            self.move_to(document.prev_paragraph(self.cursor))

    def _page(self, rows: int) -> None:
        layout = self.layout_rows
        row, _ = layout.column_of(self.cursor)
        top = int(self.scroll_offset.y)
        if rows > 0 and not layout.complete:
            layout.extend(rows=row + rows * 3)
            self._update_virtual_size()
        self.scroll_to(y=max(0, top + rows), animate=False, immediate=True)
        self._move_rows(rows)

    @property
    def page_rows(self) -> int:
        return max(1, self.scrollable_content_region.height - 2)

    def action_page_down(self) -> None:
        self._page(self.page_rows)

    def action_page_up(self) -> None:
        self._page(-self.page_rows)

    def action_half_page_down(self) -> None:
        self._page(max(1, self.scrollable_content_region.height // 2))

    def action_half_page_up(self) -> None:
        self._page(-max(1, self.scrollable_content_region.height // 2))

    def action_go_start(self) -> None:
        self.move_to(self.document.blocks[0].start if self.document.blocks else 0)

    def action_go_end(self) -> None:
        self.jump_when_laid_out(None)  # the end (keys work while the layout gets there)

    def action_extend(self, motion: str) -> None:
        """shift+arrow: start a selection if none, then move."""
        if self.selection_anchor is None:
            self.start_selection()
        getattr(self, f"action_{motion}")()

    # -- mouse ------------------------------------------------------------------------------------------------

    def offset_at_point(self, x: int, y: int) -> int | None:
        """The text offset shown at ``(x, y)`` of the pane (None on a blank or rule row, or past the text)."""
        row = int(self.scroll_offset.y) + y
        column = x - self.margin - self._indent_of_row(row)
        return self.layout_rows.offset_at(row, max(0, column))

    def on_click(self, event: events.Click) -> None:
        offset = self.offset_at_point(event.x, event.y)
        if offset is not None:
            self.focus()
            self.move_to(offset)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        """The left button went down: a drag may start here (the click itself is :meth:`on_click`'s)."""
        if event.button != 1:
            return
        self._press = self.offset_at_point(event.x, event.y)
        if self._press is not None:
            self.capture_mouse()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        """While the button is held: select from the pressed character to the one under the pointer. Above or
        below the pane, the row just outside is taken, and moving there scrolls it into view."""
        press = self._press
        if press is None:
            return
        if event.button == 0:  # the button was let go where no release was reported to us
            self._end_drag()
            return
        height = max(1, self.scrollable_content_region.height)
        offset = self.offset_at_point(event.x, min(max(event.y, -1), height))
        if offset is None or offset == self.cursor and self.selection_anchor == press:
            return
        if self.selection_anchor != press:
            if offset == press:
                return  # not a drag yet: the pointer has not left the character pressed
            self.start_selection(press)
        self.move_to(offset)

    def on_mouse_up(self, event: events.MouseUp) -> None:
        self._end_drag()

    def on_mouse_release(self, event: events.MouseRelease) -> None:
        self._press = None

    def _end_drag(self) -> None:
        if self._press is not None:
            self._press = None
            self.release_mouse()
