"""The command palette's commands (ctrl+p): Textual's own, with ours for the screen it was opened over.

The README sends a new user to ctrl+p to find what the app can do, and the palette listed the panes, the exports
and the widths, but not the library, the quotation list, People, undo or the copies: typing "library" or "undo"
there found nothing, as if the app had no such thing. Each key-bar-less action a new user looks for is here now,
its key in the description so that the palette also teaches it. Textual's "Quit" said "Quit the application as
soon as possible", which is not what our quit does (it waits for pending saves and asks about a note being
typed): it says so now, and runs the same action as `q`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.app import SystemCommand

from reader.ui.screens.library import LibraryScreen
from reader.ui.screens.reading import ReadingScreen

if TYPE_CHECKING:
    from textual.screen import Screen

    from reader.ui.app import ReaderApp

REPLACED = frozenset({"Keys", "Quit"})
"""Textual's commands that ours replace: its "Keys" opened its own key panel (the palette listed "Keys" twice),
its "Quit" described another quit than ours."""


def system_commands(
    app: ReaderApp, screen: Screen[object], inherited: Iterable[SystemCommand]
) -> Iterator[SystemCommand]:
    """Textual's commands but :data:`REPLACED`, then ours: every screen's, then the reading screen's or the
    library's."""
    yield from (command for command in inherited if command.title not in REPLACED)
    yield SystemCommand("Keys", "Show every key binding (?)", app.action_help)
    yield SystemCommand("Quit", "Quit, saving the reading position and waiting for pending saves (q)", app.action_quit)
    if isinstance(screen, (ReadingScreen, LibraryScreen)):
        yield SystemCommand("People", "Everyone quoted in your documents, and what each said (P)", app.action_people)
    if isinstance(screen, LibraryScreen):
        yield SystemCommand("Search all highlights", "Search the highlights of every document (/)",
                            screen.action_search)
    if isinstance(screen, ReadingScreen):
        yield from _reading_commands(screen)


def _reading_commands(screen: ReadingScreen) -> Iterator[SystemCommand]:
    yield SystemCommand("Search", "Search the article (/)", screen.action_search)
    yield SystemCommand("Quotations", "List every quotation with its speaker; Enter jumps (Q)", screen.action_quotes)
    yield SystemCommand("Library", "Every document, and search across all of them (L)", screen.action_library)
    yield SystemCommand("Undo", "Undo the last change to a highlight (u)", screen.action_undo)
    yield SystemCommand("Redo", "Redo the change undone (ctrl+r)", screen.action_redo)
    yield SystemCommand("Copy as a citation", "“quote” — Speaker, Title (source) to the clipboard (y)",
                        screen.action_copy_citation)
    yield SystemCommand("Copy as a Markdown quote", "A block quote with the speaker, note and tags (Y)",
                        screen.action_copy_markdown)
    yield SystemCommand("Toggle outline", "Show or hide the headings (o)", screen.action_toggle_outline)
    yield SystemCommand("Toggle highlights panel", "Show or hide the side panel (H)", screen.action_toggle_panel)
    for fmt, label in (("json", "native JSON"), ("w3c", "W3C Web Annotation JSON-LD"), ("markdown", "Markdown")):
        yield SystemCommand(
            f"Export as {label}",
            f"Write this document's annotations to <name>{screen.EXPORT_SUFFIXES[fmt]} here",
            partial(screen.action_export, fmt),
        )
    yield SystemCommand("Wider text", "Widen the reading measure (+)", screen.action_wider)
    yield SystemCommand("Narrower text", "Narrow the reading measure (-)", screen.action_narrower)
    yield SystemCommand("Wider panel", "Widen the highlights panel (>)", screen.action_panel_wider)
    yield SystemCommand("Narrower panel", "Narrow the highlights panel (<)", screen.action_panel_narrower)
