"""One toast of a kind at a time: a new width, panel, copy or export notice replaces the one still shown
(eight presses of `-` showed six "Text width" toasts)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets._toast import Toast

from reader.ui.screens.reading import ReadingScreen
from tests.ui.support import opened_article, seed_app

SIZE = (120, 40)


def shown(app: object, words: str) -> list[str]:
    return [str(n.message) for n in app._notifications if words in str(n.message)]  # type: ignore[attr-defined]


async def test_a_burst_of_width_keys_leaves_one_width_toast(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:  # (toasts drawn: a rack on the screen)
        await opened_article(pilot)
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        # As keys read in one burst from a terminal: eight actions before any message is handled (each toast
        # used to be posted as a message, and one withdrawn before its message arrived came back).
        for _ in range(8):
            screen.action_narrower()
        await pilot.pause()
        await pilot.pause()
        assert shown(app, "Text width") == [f"Text width {screen.article.text_width} columns"]
        toasts = [t for t in screen.query(Toast) if "Text width" in str(t._notification.message)]
        assert len(toasts) == 1
        await pilot.press("plus", "plus", "minus")  # and key by key
        await pilot.pause()
        assert len(shown(app, "Text width")) == 1


async def test_copies_replace_each_other_and_other_kinds_stay(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await opened_article(pilot)
        await pilot.press("y", "j", "y", "j", "y", "minus")
        await pilot.pause()
        assert len(shown(app, "Copied")) == 1
        assert len(shown(app, "Text width")) == 1  # another kind: its own toast


async def test_exports_replace_each_other(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = seed_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await opened_article(pilot)
        for keys in (("h", "e"), ("e", "y"), ("e",)):  # written; written again over it; then the question
            await pilot.press(*keys)
            await app.workers.wait_for_complete()
            await pilot.pause()
        (written,) = shown(app, "annotation written to")  # the last of the two exports only
        assert written.startswith("1 annotation written to\nbelarus-nato-stoltenberg.annotations.json\nin ")
        await pilot.press("n")  # kept as it was: that toast replaces the last export's
        await pilot.pause()
        assert shown(app, "annotations.json") == [
            "belarus-nato-stoltenberg.annotations.json was kept as it is: nothing was exported"
        ]
