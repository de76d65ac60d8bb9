"""The header: the document's title (as data, never markup), reading progress and layout progress."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget


class TopBar(Widget):
    """Title on the left; ``42%`` (and ``laying out 37%`` while a big document is indexed) on the right.

    One widget that draws one line, not a row of three Labels: every widget on the first screen costs start-up
    time (styling, layout, rendering), and this bar is on every reading screen."""

    DEFAULT_CSS = """
    TopBar { height: 1; split: top; background: $panel; color: $foreground; padding: 0 1; }
    """

    progress: reactive[float] = reactive(0.0)
    """Reading progress, 0.0 to 1.0."""

    status: reactive[str] = reactive("")
    """A short note such as ``laying out 40%``; empty when nothing is going on."""

    show_title: reactive[bool] = reactive(True)
    """Whether the title is drawn: not while the article's own title is on screen (shown twice, it was noise)."""

    def __init__(self, title: str, *, show_title: bool = True) -> None:
        super().__init__()
        self.title_text = title
        self.set_reactive(TopBar.show_title, show_title)

    def render(self) -> Content:
        right = Content.assemble(
            (self.status, "$foreground-muted"), "  " if self.status else "", (f"{round(self.progress * 100)}%", "bold")
        )
        room = self.content_region.width - right.cell_length - 2
        title = Content(self.title_text if self.show_title else "")
        if title.cell_length > room:
            title = title.truncate(max(0, room), ellipsis=True)
        gap = max(1, self.content_region.width - title.cell_length - right.cell_length)
        return Content.assemble(title.stylize("bold $accent"), " " * gap, right)
