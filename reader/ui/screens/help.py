"""The help screen: every key, generated from the bindings so it never drifts from them, and where the annotations
are stored (the app's store path, absolute: :mod:`reader.store.location` says how it was chosen). That line comes
last, below the keys, so the keys a user opened the help for come first (and a screenshot of the keys does not
show a temporary path)."""

from __future__ import annotations

import os
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.sanitize import sanitize
from reader.ui.screens.dialogs import OVER_ARTICLE_CSS
from reader.ui.widgets.key_bar import KeyBar


def describe_key(key: str) -> str:
    """How a key is written on the help screen: the character itself, or its name on the keyboard."""
    modifiers = ""
    for prefix, shown in (("ctrl+", "Ctrl+"), ("shift+", "Shift+")):
        if key.startswith(prefix):
            modifiers += shown
            key = key[len(prefix) :]
    return modifiers + KEY_NAMES.get(key, key)


KEY_NAMES = {
    "space": "Space",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "question_mark": "?",
    "slash": "/",
    "escape": "Esc",
    "enter": "Enter",
    "tab": "Tab",
    "home": "Home",
    "end": "End",
    "right_square_bracket": "]",
    "left_square_bracket": "[",
    "equals_sign": "=",
    "minus": "-",
    "plus": "+",
    "greater_than_sign": ">",
    "less_than_sign": "<",
    "down": "↓",
    "up": "↑",
    "left": "←",
    "right": "→",
}


def binding_rows(sections: list[tuple[str, list[Binding]]]) -> Content:
    """The help text: one line per action, its keys joined, under a heading per section."""
    lines: list[Content] = []
    for heading, bindings in sections:
        if not bindings:
            continue
        lines.append(Content.styled(heading, "bold $accent"))
        seen: dict[str, list[str]] = {}
        descriptions: dict[str, str] = {}
        for binding in bindings:
            keys = seen.setdefault(binding.action, [])
            for key in binding.key.split(","):
                key = describe_key(key.strip())
                if key not in keys:
                    keys.append(key)
            descriptions[binding.action] = binding.description or binding.action
        for action, keys in seen.items():
            lines.append(Content.assemble(("  " + " / ".join(keys)).ljust(22), descriptions[action]))
        lines.append(Content(""))
    return Content("\n").join(lines)


def store_line(path: str | os.PathLike[str]) -> Content:
    """Where the annotations are stored, as the help screen says it (sanitised: a folder name is data)."""
    from reader.store.location import shown_short

    return Content.assemble(
        ("Annotations are stored in ", "bold $accent"),
        sanitize(shown_short(path)),
        "\n(--db PATH or $READER_DB choose another; `reader where` prints it)",
    )


class HelpScreen(ModalScreen[None]):
    """A modal listing every key binding; Esc, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close help"),
        Binding("j,down", "scroll('down')", "Scroll", key_display="j k"),
        Binding("g,home", "scroll('home')", "Top", show=False),
        Binding("G,end", "scroll('end')", "Bottom", show=False),
        Binding("k,up", "scroll('up')", "Line up", show=False),
        Binding("space,pagedown,ctrl+d", "scroll('page_down')", "Page down", show=False),
        Binding("pageup,ctrl+u", "scroll('page_up')", "Page up", show=False),
    ]

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 72; max-width: 95%; height: 90%; border: round $accent; background: $surface; padding: 0 1;
    }
    HelpScreen #help-title { text-style: bold; width: 100%; content-align: center middle; }
    """
    CSS = OVER_ARTICLE_CSS  # drawn over the article, which stays visible around it (as every dialog)
    SCOPED_CSS = False

    def __init__(self, sections: list[tuple[str, list[Binding]]]) -> None:
        super().__init__(classes="-over-article")
        self.sections = sections

    def compose(self) -> ComposeResult:
        yield KeyBar()
        with VerticalScroll():
            yield Static("Keys — Esc or q closes", id="help-title")
            yield Static(binding_rows(self.sections), id="help-body")
            store = getattr(getattr(self.app, "store", None), "path", None)
            if store is not None:
                yield Static(store_line(store), id="help-store")

    def action_scroll(self, where: str) -> None:
        """The article's motion keys scroll the help too (g and G were dead here): the screen binds them, so
        they work whatever has focus inside it."""
        body = self.query_one(VerticalScroll)
        moves = {
            "home": body.scroll_home,
            "end": body.scroll_end,
            "down": body.scroll_down,
            "up": body.scroll_up,
            "page_down": body.scroll_page_down,
            "page_up": body.scroll_page_up,
        }
        move = moves.get(where)
        if move is not None:
            move(animate=False)

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)
