"""The reading screen's panes: the outline (`o`) and the highlights panel (`H`, `<` `>`) beside the article,
shown, folded and sized; Tab between them. A mixin of :class:`~reader.ui.screens.reading.ReadingScreen`, which
composes the panes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.preferences import PANEL_WIDTH_MAX, PANEL_WIDTH_MIN, Preferences, clamp_panel_width
from reader.ui.widgets.highlight_panel import HighlightPanel

if TYPE_CHECKING:
    from pathlib import Path

    from textual.screen import Screen
    from textual.widget import AwaitMount, Widget

    from reader.document import Document
    from reader.ui.app import ReaderApp
    from reader.ui.widgets.article_view import ArticleView
    from reader.ui.widgets.outline import Outline

    _ScreenBase = Screen[None]
else:
    _ScreenBase = object

OUTLINE_MIN_WIDTH = 150
"""Below this terminal width the outline starts folded away (`o` shows it), so the text keeps its measure."""
PANEL_MIN_WIDTH = 100
"""Below this width the highlights panel starts folded away (`H` shows it)."""
ARTICLE_MIN_WIDTH = 40
"""The fewest columns the article keeps beside the panes (:meth:`PanesMixin.fit_panes`); `>` stops there too."""
OUTLINE_WIDTH = 28
"""The outline pane's width (its CSS)."""


class PanesMixin(_ScreenBase):
    """Mixed into ReadingScreen, which provides the document, the article and the preferences."""

    if TYPE_CHECKING:
        document: Document
        preferences: Preferences

        @property
        def article(self) -> ArticleView: ...
        @property
        def reader_app(self) -> ReaderApp: ...
        @property
        def _settings_path(self) -> Path: ...
        def announce(self, kind: str, message: str, *, timeout: float = 1.5) -> None: ...

    _opened_last = "panel"
    """The pane the user showed last (`o`: "outline", `H`: "panel"); the other one folds first for room."""

    def fit_panes(self, width: int | None = None) -> None:
        """Keep the article at least :data:`ARTICLE_MIN_WIDTH` columns wide beside the panes.

        At 80x24 with the outline and the panel both shown the article was a 12-column strip that broke words.
        The decision, in this order: the panel is drawn narrower, down to its narrowest (its remembered width is
        kept and comes back); if the two still leave the article too little, the pane the user showed first
        folds away (the outline when neither was toggled): the one just asked for stays, and a toast says how
        to get the other back (`o` or `H`, which then folds the other one in turn). Nothing else changes: a
        pane alone is never folded here (the user asked for it). Run on every resize and toggle, so a pane
        folded for room comes back, and the panel gets its width back, as soon as the terminal is wide enough.
        """
        width = self.size.width if width is None else width
        outline, panel = self.outline, self.query_one(HighlightPanel)
        panes = {"outline": outline, "panel": panel}
        squeezed = {name for name, pane in panes.items() if pane is not None and pane.has_class("-squeezed")}
        for name in squeezed:  # wanted: shown again unless there is still no room
            panes[name].remove_class("-squeezed", "-hidden")  # type: ignore[union-attr]
        shown = {name for name, pane in panes.items() if pane is not None and not pane.has_class("-hidden")}
        beside = OUTLINE_WIDTH if "outline" in shown else 0
        fold = None
        if shown == {"outline", "panel"} and width - beside - PANEL_WIDTH_MIN < ARTICLE_MIN_WIDTH:
            fold = "outline" if self._opened_last == "panel" else "panel"
            folded = panes[fold]
            assert folded is not None
            folded.add_class("-squeezed", "-hidden")
            if self.focused is not None and (self.focused is folded or folded in self.focused.ancestors):
                self.article.focus()
            if fold == "outline":
                beside = 0
            if fold not in squeezed:
                key = "o" if fold == "outline" else "H"
                name = "Outline" if fold == "outline" else "Highlights panel"
                self.announce("panes", f"{name} folded to keep the text {ARTICLE_MIN_WIDTH} columns wide: {key} "
                              "shows it", timeout=3)
        if "outline" in shown and fold != "outline" and outline is not None:
            self.call_after_refresh(outline.fill)
        wanted = max(PANEL_WIDTH_MIN, min(self.preferences.panel_width, width - beside - ARTICLE_MIN_WIDTH))
        if panel.styles.width is None or panel.styles.width.value != wanted:
            panel.styles.width = wanted

    def _collapse_for_size(self, width: int) -> None:
        """Panels fold away on narrow terminals so the text keeps a readable width (below
        :data:`OUTLINE_MIN_WIDTH` and :data:`PANEL_MIN_WIDTH`, unless the user showed them), then
        :meth:`fit_panes`."""
        outline = self.outline
        panel = self.query_one(HighlightPanel)
        if width < OUTLINE_MIN_WIDTH and outline is not None and not outline.has_class("-user-shown"):
            outline.add_class("-hidden")
        if width < PANEL_MIN_WIDTH and not panel.has_class("-user-shown"):
            panel.add_class("-hidden")
        if width >= OUTLINE_MIN_WIDTH and (outline is None or not outline.has_class("-user-hidden")):
            outline = outline or self._add_outline(hidden=False)[0]
            outline.remove_class("-hidden")  # (filled by fit_panes, as every outline shown)
        if width >= PANEL_MIN_WIDTH and not panel.has_class("-user-hidden"):
            panel.remove_class("-hidden")
        self.fit_panes(width)

    @property
    def outline(self) -> Outline | None:
        """The outline pane, or None until it is first shown (it is not built for a narrow terminal)."""
        found = self.query("#outline")
        return found.first() if found else None  # type: ignore[return-value]

    def _new_outline(self) -> Outline:
        """A new outline pane (its module is imported here: a narrow terminal's first screen has none)."""
        from reader.ui.widgets.outline import Outline

        return Outline(self.document, id="outline")

    def _add_outline(self, *, hidden: bool) -> tuple[Outline, AwaitMount]:
        """Mount the outline pane that was not composed (at start-up on a terminal too narrow to show it, it is
        left out, so the first screen does not pay for a widget that is folded away); await the second item to
        wait until it is mounted."""
        outline = self._new_outline()
        outline.set_class(hidden, "-hidden")
        return outline, self.mount(outline, before=self.article)

    def _resize_panel(self, step: int) -> None:
        """`>` and `<`: the panel's width in steps of 4 columns, leaving the article at least 40; remembered."""
        panel = self.query_one(HighlightPanel)
        if panel.has_class("-hidden"):
            self.announce("panel", "The highlights panel is hidden: H shows it")
            return
        outline = self.outline
        beside = OUTLINE_WIDTH if outline is not None and not outline.has_class("-hidden") else 0
        widest = max(PANEL_WIDTH_MIN, min(PANEL_WIDTH_MAX, self.size.width - beside - ARTICLE_MIN_WIDTH))
        current = panel.outer_size.width or self.preferences.panel_width
        width = max(PANEL_WIDTH_MIN, min(widest, current + step))
        if width == current:
            limit = "widest" if step > 0 else "narrowest"
            self.announce("panel", f"Panel width {width} columns: the {limit} it can be here")
            return
        panel.styles.width = width
        self.preferences = Preferences(panel_width=clamp_panel_width(width))
        self.announce("panel", f"Panel width {width} columns")
        preferences, path = self.preferences, self._settings_path
        create_folders = self.reader_app.store.creates_folders

        def save() -> None:
            try:
                preferences.save(path, create_folders=create_folders)
            except OSError:
                pass  # a preference that cannot be written (read-only folder) is not worth an error

        self.reader_app.writer.submit(save)

    def action_panel_wider(self) -> None:
        self._resize_panel(4)

    def action_panel_narrower(self) -> None:
        self._resize_panel(-4)

    async def action_toggle_outline(self) -> None:
        outline = self.outline
        if outline is None:
            outline, mounting = self._add_outline(hidden=True)
            await mounting
        if _toggle_shown(outline):
            self._opened_last = "outline"
            outline.fill()
            outline.focus()
        else:
            self.article.focus()
        self.fit_panes()

    def action_toggle_panel(self) -> None:
        if _toggle_shown(self.query_one(HighlightPanel)):
            self._opened_last = "panel"
        self.fit_panes()

    def action_cycle_focus(self) -> None:
        """Tab: outline → article → highlights panel, skipping panes that are hidden or empty."""
        panel = self.query_one(HighlightPanel)
        candidates = (self.outline, self.article, panel.entries if panel.has_entries else None)
        order = [
            w
            for w in candidates
            if w is not None
            and w.display
            and w.focusable
            and not w.has_class("-hidden")
            and not (w.parent is panel and panel.has_class("-hidden"))
        ]
        focused = self.focused
        index = next((i for i, w in enumerate(order) if focused is w), -1)
        order[(index + 1) % len(order)].focus()


def _toggle_shown(pane: Widget) -> bool:
    """Show a hidden pane or hide a shown one, as the user asked (its "-user-" classes, which
    :meth:`PanesMixin.fit_panes` respects; a fold for room is undone); True when it is now shown."""
    hidden = pane.has_class("-hidden")
    pane.set_class(not hidden, "-hidden")
    pane.remove_class("-squeezed")
    pane.set_class(hidden, "-user-shown")
    pane.set_class(not hidden, "-user-hidden")
    return hidden

