"""Quitting while a document's screen is not shown yet (a large or slow file still being read): its reading
position has not moved, so nothing is saved, and quitting must not fail (a hostile review found `q` and SIGTERM
ending in an internal error, "No nodes match 'ArticleView'")."""

from __future__ import annotations

from reader.document import Document
from reader.ui.screens.reading import ReadingScreen


def test_an_unshown_screen_saves_no_position() -> None:
    screen = ReadingScreen(Document.from_text("Title\n\nWords.\n"))
    screen.save_position()  # (no app, no article view: returns before needing either)
