"""The side panel of highlights and notes, beside the article.

Every highlight of the document in text order: a bar in its colour, the quoted text (elided after a few
lines), the speaker of a quotation, the note and the #tags; orphans (annotations whose text is gone from a
changed document) in their own section at the end. All text is data, never markup. The list itself is
:class:`~reader.ui.widgets.highlight_list.HighlightList`, drawn line by line like the article.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Self

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Size
from textual.widgets import Input, Static

from reader.annotation import Annotation
from reader.session import matches_filter, panel_order
from reader.ui.widgets.highlight_list import ORPHANED_HEADER, Entry, HighlightList
from reader.ui.widgets.inert_text import BoundedInput

EMPTY_TEXT = (
    "No highlights yet.\n\n"
    "]  [   next / previous quote\n"
    "h      highlight quote/sentence\n"
    "v      select, then h\n"
    "1-5    highlight in a colour\n"
    "n  t   add a note, tags\n"
    "Tab    browse highlights here"
)

EMPTY_LINES = ("", *EMPTY_TEXT.splitlines(), "")
"""The empty state as the list draws it, below the title: a blank row, EMPTY_TEXT, a blank row."""
NO_MATCH_LINES = ("", "No highlight matches the filter.", "Esc in the filter clears it.", "")
"""What the list shows when the filter leaves none of the highlights (an empty list said nothing)."""


class PanelTitle(Static):
    """The title line, whose change of height needs one layout pass, not two.

    A widget resized by a layout pass sets its ``virtual_size``, a layout reactive, and so asks for another pass of
    the whole screen (Textual does this for every widget). A Static's virtual size is its content's, which nothing
    here reads. (The title held the empty state too, and going from its ten lines to one, on the first `h` and the
    `u` that took it back, cost two passes of ~35 ms at 20 MB; now only a title that wraps differently resizes.)"""

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        return super()._size_updated(size, virtual_size, container_size, layout=False)


class HighlightPanel(Vertical):
    """The panel: a title with the count, an optional filter line, and the list (or the empty state)."""

    DEFAULT_CSS = """
    HighlightPanel { width: 38; border-left: solid $panel-lighten-2; background: $surface; padding: 0 0 0 1; }
    HighlightPanel:focus-within { border-left: solid $accent; }
    HighlightPanel > #panel-title { height: auto; }
    HighlightPanel > #panel-filter { height: 1; border: none; padding: 0; display: none; }
    HighlightPanel > #panel-filter.-active { display: block; }
    HighlightPanel > HighlightList { height: 1fr; border: none; padding: 0; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.annotations: list[Annotation] = []
        self._keys: list[tuple[bool, int, int, str, str]] = []
        self._by_id: dict[str, Annotation] = {}
        self.unsaved: set[str] = set()
        self.filter_text = ""
        self._entries = HighlightList(id="panel-list")
        self._entries.set_empty(EMPTY_LINES)
        self.heading = "Highlights (0)"
        """The title line: the count, and how many are shown and orphaned."""

    def compose(self) -> ComposeResult:
        yield PanelTitle(self._heading(), id="panel-title")
        yield self._entries

    def _heading(self) -> Content:
        """The title line (one line: the empty state's text is drawn by the list, below it)."""
        return Content.styled(self.heading, "bold $accent")

    @property
    def entries(self) -> HighlightList:
        """The list of entries, mounted with the panel; while there are no highlights it draws what to press to
        make one (the empty state), and cannot take focus.

        The empty state was the title's second part, and the list was mounted with the first highlight (hidden
        while empty after that). Then the first `h` of a document, and the `u` that took it back, changed the
        title's height, showed or hid the list and mounted it: two or three layout passes of the whole screen,
        each a full repaint (~35 ms at 20 MB) and a frame of its own (issue 14). Now the title is always one line
        and the list is always there: those keys repaint the title and the list, in the key's frame. The list
        costs ~2 ms at start-up; it draws the empty state, as the title did."""
        return self._entries

    @property
    def has_entries(self) -> bool:
        """Whether there are highlights (the list shows entries, or none that match the filter): a pane Tab can
        reach."""
        return bool(self.annotations)

    def focus(self, scroll_visible: bool = True) -> Self:
        """The panel itself cannot take focus: give it to the list (Tab from the article lands there)."""
        if self.has_entries:
            self.entries.focus(scroll_visible)
        return self

    def show(self, annotations: list[Annotation], unsaved: set[str], *, keep: str | None = None) -> None:
        """Show ``annotations`` (already in panel order), keeping the highlighted entry where possible."""
        self._set_annotations(annotations)
        self.unsaved = unsaved
        self._rebuild(keep)

    def change(self, puts: list[Annotation], removed: list[str], unsaved: set[str], *, keep: str | None = None) -> None:
        """Apply a few changes without rebuilding the list (a highlight in a 10,000-highlight document costs
        what it costs in a short one). With a filter or orphans shown, the order of entries is not the plain
        reading order, and the panel is rebuilt instead."""
        self.unsaved = unsaved
        by_id = self._by_id
        touches_orphans = any(a.anchor == "orphan" for a in puts) or any(
            by_id[i].anchor == "orphan" for i in removed if i in by_id
        )
        orphans_shown = bool(self.annotations) and self.annotations[-1].anchor == "orphan"
        if self.filter_text or touches_orphans or orphans_shown:
            changed = {a.id: a for a in puts}
            gone = set(removed)
            kept = [a for a in self.annotations if a.id not in changed and a.id not in gone]
            self._set_annotations(sorted(kept + list(changed.values()), key=panel_order))
            self._rebuild(keep)
            return
        entries = self.entries
        for annotation_id in [*removed, *(a.id for a in puts)]:
            old = by_id.pop(annotation_id, None)
            if old is not None:
                index = bisect_left(self._keys, panel_order(old))
                del self.annotations[index]
                del self._keys[index]
                entries.remove_entry(index)
        for annotation in puts:
            key = panel_order(annotation)
            index = bisect_left(self._keys, key)
            self.annotations.insert(index, annotation)
            self._keys.insert(index, key)
            by_id[annotation.id] = annotation
            entries.insert_entry(index, Entry(annotation, annotation.id in unsaved))
        if keep is not None:
            self.select(keep)
        self._update_title(len(self.annotations), 0)

    def _set_annotations(self, annotations: list[Annotation]) -> None:
        """The panel's annotations (in panel order), with the lookups :meth:`change` uses."""
        self.annotations = annotations
        self._keys = [panel_order(a) for a in annotations]
        self._by_id = {a.id: a for a in annotations}

    def set_saved(self, annotation_id: str, unsaved: set[str]) -> None:
        """Redraw one entry whose "not saved yet" mark changed (``unsaved``: the ids to mark; no rebuild)."""
        self.unsaved = unsaved
        entries = self.entries
        try:
            index = entries.get_option_index(annotation_id)
        except KeyError:
            return
        entry = entries.get_option_at_index(index)
        if entry.unsaved != (annotation_id in unsaved):
            entries.replace_entry(index, Entry(entry.annotation, annotation_id in unsaved))

    def _update_title(self, shown: int, orphans: int) -> None:
        total = len(self.annotations)
        title = f"Highlights ({total:,})" if shown == total else f"Highlights ({shown:,} of {total:,})"
        if orphans:
            title += f" · {orphans:,} orphaned"
        self._entries.set_empty(EMPTY_LINES if total == 0 else NO_MATCH_LINES if shown == 0 else ())
        if title == self.heading:
            return
        self.heading = title
        heading = self._heading()
        static = self.query_one("#panel-title", Static)
        # Only a title that wraps to one line more or less needs a layout pass; another count is drawn in place.
        # A layout of the whole screen repaints all of it (~35 ms of each `h` at 20 MB) in a frame after the
        # article's (issue 14).
        width = static.content_region.width
        same_height = width > 0 and len(heading.wrap(width)) == static.size.height
        static.update(heading, layout=not same_height)

    def _rebuild(self, keep: str | None = None) -> None:
        if not self.annotations and not self._entries.option_count:
            self._update_title(0, 0)
            return
        entries = self.entries
        if keep is None and entries.highlighted is not None and entries.option_count:
            keep = entries.get_option_at_index(entries.highlighted).id
        shown = [a for a in self.annotations if matches_filter(a, self.filter_text)]
        anchored = [a for a in shown if a.anchor != "orphan"]
        orphans = [a for a in shown if a.anchor == "orphan"]
        unsaved = self.unsaved
        rows = [Entry(a, a.id in unsaved) for a in anchored]
        if orphans:
            rows.append(Entry(None, header=ORPHANED_HEADER))
            rows.extend(Entry(a, a.id in unsaved) for a in orphans)
        entries.set_entries(rows, keep=keep)
        self._update_title(len(shown), len(orphans))

    def select(self, annotation_id: str | None, *, scroll: bool = True) -> None:
        """Highlight the entry of ``annotation_id`` (the article's cursor is on it)."""
        if annotation_id is None:
            return
        entries = self.entries
        try:
            index = entries.get_option_index(annotation_id)
        except KeyError:  # filtered out
            return
        if entries.highlighted != index:
            with entries.prevent(HighlightList.OptionHighlighted):
                entries.highlighted = index
            if scroll:
                entries.scroll_to_highlight()

    async def open_filter(self) -> None:
        """Show the filter line (mounted on first use: an Input costs start-up time) and focus it."""
        found = self.query("#panel-filter")
        if found:
            box = found.first(Input)
        else:
            box = BoundedInput(placeholder="filter: text #tag color:green has:note by:Name", id="panel-filter")
            await self.mount(box, after=self.query_one("#panel-title"))
        box.add_class("-active")
        box.focus()

    @on(Input.Changed, "#panel-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.filter_text = event.value
        self._rebuild()

    @on(Input.Submitted, "#panel-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not event.value.strip():
            self.query_one("#panel-filter", Input).remove_class("-active")
        entries = self.entries
        if entries.highlighted is None:
            # The entry that was highlighted was filtered out: select the first match, so n, t, x and Enter
            # act at once instead of doing nothing until an arrow key is pressed.
            first = next((i for i in range(entries.option_count) if not entries.get_option_at_index(i).disabled), None)
            if first is not None:
                entries.highlighted = first
        entries.focus()

    def clear_filter(self) -> bool:
        """Esc in the filter: clear it and hide it. True when there was one."""
        box = self.query_one("#panel-filter", Input)
        had = bool(self.filter_text) or box.has_class("-active")
        box.value = ""
        box.remove_class("-active")
        self.filter_text = ""
        self._rebuild()
        self.entries.focus()
        return had


__all__ = ["EMPTY_TEXT", "HighlightList", "HighlightPanel"]
