"""`s`, `p`, and a selection grown by `)` and `}`, then `h`: what is highlighted and stored (a new user's review:
the last sentence lost its full stop, and `v )` took the next sentence's first word or opening mark)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.loader import load_document
from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.reading import ReadingScreen
from tests.conftest import SEED

LAST = "One paragraph here.\n\nAnother paragraph. Final words are these."
SENTENCES = "Title\n\nOne two three. Four five six. Seven eight.\n"


async def highlighted(store: Path, path: Path, keys: list[str], at: str | None = None) -> list[str]:
    """The texts stored after pressing ``keys`` (the cursor first put on ``at``), read from the store's file."""
    app = ReaderApp(store=Store(store), paths=[path], document=load_document(path))
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        if at is not None:
            screen.article.move_to(screen.document.text.index(at))
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        app.writer.drain()
        shown = sorted(a.text for a in screen.session.annotations.values())
        stored = sorted(a.text for a in Store(store).annotations_for(screen.document.id))
        assert shown == stored
        return stored


@pytest.mark.parametrize("ending", ["", "\n"])
@pytest.mark.parametrize(
    ("key", "expected"), [("s", "Final words are these."), ("p", "Another paragraph. Final words are these.")]
)
async def test_s_or_p_on_the_last_sentence_keeps_its_full_stop(
    tmp_path: Path, ending: str, key: str, expected: str
) -> None:
    path = tmp_path / "last.txt"
    path.write_text(LAST + ending, encoding="utf-8")
    assert await highlighted(tmp_path / "s.json", path, [key, "h"], at="Final") == [expected]


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        (["v", ")", "h"], "One two three."),
        (["v", ")", ")", "h"], "One two three. Four five six."),
        (["v", ")", ")", "(", "h"], "One two three."),
        (["s", ")", "h"], "One two three. Four five six."),
        (["v", "}", "h"], "One two three. Four five six. Seven eight."),
    ],
)
async def test_growing_a_selection_by_sentence_ends_with_a_sentence(
    tmp_path: Path, keys: list[str], expected: str
) -> None:
    path = tmp_path / "three.txt"
    path.write_text(SENTENCES, encoding="utf-8")
    assert await highlighted(tmp_path / "s.json", path, keys, at="One") == [expected]


async def test_growing_by_sentence_in_the_seed_stops_before_the_next_one(tmp_path: Path) -> None:
    (quote,) = await highlighted(tmp_path / "a.json", SEED, ["v", ")", ")", "h"], at="“In NATO")
    assert quote == "“In NATO, we are following these developments very closely. They evolve at our borders."
    (passage,) = await highlighted(tmp_path / "b.json", SEED, ["s", ")", "h"], at="According to him")
    assert passage.startswith("According to him")
    assert passage.endswith("peaceful demonstrations.\n\n“In NATO, we are following these developments very closely.")
