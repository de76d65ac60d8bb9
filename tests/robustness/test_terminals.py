"""Terminal sizes and kinds: tiny to huge, resized over and over while a 2 MB document is still being laid out,
and the real process under NO_COLOR=1, TERM=dumb and TERM=linux.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from reader.document import Document
from reader.loader import load_document
from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.widgets.highlight_panel import HighlightPanel
from reader.ui.widgets.outline import Outline
from tests.conftest import SEED
from tests.robustness import PtyApp, clean_env, wait_for

SIZES = [(40, 10), (80, 24), (120, 40), (300, 100)]


def big_document(tmp_path: Path) -> Document:
    seed = SEED.read_text(encoding="utf-8")
    title, _, body = seed.partition("\n")
    text = title + "\n" + (body + "\n\n## A heading\n\n") * (2 * 1024 * 1024 // len(body) + 1)
    return Document(text, path=str(tmp_path / "big.md"), markdown=True)


def article_text(app: ReaderApp) -> str:
    article = app.screen.article
    return "".join("".join(segment.text for segment in article.render_line(y)) for y in range(article.size.height))


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
async def test_each_size_renders_and_keys_work(tmp_path: Path, size: tuple[int, int]) -> None:
    document = load_document(SEED)
    app = ReaderApp(store=Store(tmp_path / "a.json"), paths=[SEED], document=document)
    async with app.run_test(size=size) as pilot:
        await app.workers.wait_for_complete()
        for key in ("j", "w", ")", "G", "g", "h", "space", "pageup", "plus", "minus", "o", "H", "H", "o"):
            await pilot.press(key)
            await pilot.pause()
            assert 0 <= app.screen.article.cursor < len(document.text)
        assert app.screen.session.annotations
        assert article_text(app).strip()


async def test_usable_at_40x10_with_panels_collapsed(tmp_path: Path) -> None:
    document = load_document(SEED)
    app = ReaderApp(store=Store(tmp_path / "a.json"), paths=[SEED], document=document)
    async with app.run_test(size=(40, 10)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert not screen.query(Outline) or screen.query_one(Outline).has_class("-hidden")
        assert screen.query_one(HighlightPanel).has_class("-hidden")
        article = screen.article
        assert article.display and article.size.width >= 20 and article.size.height >= 3
        assert "Belarus" in article_text(app)
        article.move_to(92)
        await pilot.press("h")
        await wait_for(pilot, lambda: bool(screen.session.annotations) and not screen.unsaved)
        # Grow: the panel comes back; shrink again: it folds away.
        await pilot.resize_terminal(160, 40)
        await pilot.pause()
        assert not screen.query_one(HighlightPanel).has_class("-hidden")
        await pilot.resize_terminal(40, 10)
        await pilot.pause()
        assert screen.query_one(HighlightPanel).has_class("-hidden")


@pytest.mark.slow
async def test_resized_repeatedly_while_a_two_megabyte_document_lays_out(tmp_path: Path) -> None:
    document = big_document(tmp_path)
    app = ReaderApp(store=Store(tmp_path / "a.json"), document=document)
    rng = random.Random(7)
    async with app.run_test(size=(120, 40)) as pilot:
        article = app.screen.article
        for step in range(40):
            width, height = rng.randint(20, 320), rng.randint(5, 110)
            await pilot.resize_terminal(width, height)
            await pilot.press(rng.choice(["j", "k", "w", "G", "g", "space", ")", "}", "b"]))
            if step % 5 == 0:
                await pilot.pause()
            cursor = article.cursor
            assert 0 <= cursor <= len(document.text)
            article_text(app)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.press("G")
        await pilot.pause()
        assert article.cursor >= len(document.text) - 1000
        row = article.layout_rows.row_of(article.cursor)
        assert 0 <= row < len(article.layout_rows)
        assert article_text(app).strip()


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
@pytest.mark.parametrize(
    "env",
    [{"NO_COLOR": "1", "TERM": "xterm-256color"}, {"TERM": "dumb"}, {"TERM": "linux"}],
    ids=["NO_COLOR", "dumb", "linux"],
)
def test_odd_terminals_run_and_quit_or_refuse_in_one_line(tmp_path: Path, env: dict[str, str]) -> None:
    db = tmp_path / "a.json"
    app = PtyApp([str(SEED), "--db", str(db)], clean_env(READER_DB=str(db), **env), columns=80, lines=24)
    try:
        started = app.wait_output(b"Stoltenberg", timeout=30)
        if started:
            app.settle(1.0)
            app.send(b"q")
        status = app.wait_exit(timeout=20)
        assert status is not None, f"did not exit; wrote {bytes(app.output[-500:])!r}"
    finally:
        app.close()
    output = bytes(app.output)
    assert b"Traceback" not in output
    if started:
        assert status == 0, output[-2000:]
    else:
        text = output.decode("utf-8", "replace").strip().splitlines()
        assert status == 2 and len(text) == 1 and text[0].startswith("reader: "), output[-2000:]


@pytest.mark.parametrize("size", [(1, 1), (10, 3), (20, 5)], ids=["1x1", "10x3", "20x5"])
async def test_absurdly_small_terminals_do_not_crash(tmp_path: Path, size: tuple[int, int]) -> None:
    document = load_document(SEED)
    app = ReaderApp(store=Store(tmp_path / "a.json"), paths=[SEED], document=document)
    async with app.run_test(size=size) as pilot:
        await app.workers.wait_for_complete()
        for key in ("j", "w", "G", "h", "g", "question_mark", "escape", "slash", "a", "enter", "o", "H"):
            await pilot.press(key)
            await pilot.pause()
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert 0 <= app.screen.article.cursor < len(document.text)
