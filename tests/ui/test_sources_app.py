"""Converted documents in the app: code and tables set line for line, inline styles, a highlight over styled
text exports the plain words, notices, the library of a folder, export file names for URLs."""

from __future__ import annotations

from pathlib import Path

from reader.blocks import BlockKind
from reader.document import Document
from reader.document_meta import SourceInfo
from reader.sources.builder import DocumentBuilder
from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.annotating import export_stem
from reader.ui.screens.library import LibraryScreen
from reader.ui.screens.reading import ReadingScreen
from reader.ui.widgets.article_view import ArticleView

SIZE = (100, 40)


def structured() -> Document:
    b = DocumentBuilder()
    b.title("A Structured Article")
    b.byline("Jane Doe · 2024-05-01 · Example News")
    b.open_block(BlockKind.PARAGRAPH)
    b.text("The minister said ")
    b.push_style("em")
    b.text("“we will not move”")
    b.pop_style()
    b.text(" on Tuesday, and ")
    b.push_style("strong")
    b.text("nobody")
    b.pop_style()
    b.text(" argued.")
    b.close_block()
    b.block(BlockKind.HEADING, "Details", 2)
    b.code('def f():\n    return "not a quote"\n\n# end')
    b.table([["Name", "Age"], ["Alice", "30"]], header=True)
    b.image("A cat")
    return b.document(SourceInfo(kind="html", url="https://example.org/news/story.html", notice="Shown as found"))


def rows(view: ArticleView) -> list[str]:
    return [view.render_line(y).text.rstrip() for y in range(view.size.height)]


async def test_code_and_table_rows_and_styles(tmp_path: Path) -> None:
    app = ReaderApp(store=Store(tmp_path / "a.json"), document=structured())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        shown = rows(view)
        assert any(line.endswith('▏     return "not a quote"') for line in shown), shown
        assert any(line.strip() == "Name  | Age" for line in shown)
        assert any(line.strip() == "Alice | 30" for line in shown)
        assert any("[image: A cat]" in line for line in shown)
        assert not any("**" in line or "<" in line for line in shown)
        assert any("Shown as found" in str(n.message) for n in app._notifications)
        # the emphasised words are drawn italic, the strong word bold
        line = next(y for y, text in enumerate(shown) if "we will not move" in text)
        segments = [*view.render_line(line), *view.render_line(line + 1)]  # the paragraph's first two rows
        styles = {seg.text.strip(): seg.style for seg in segments if seg.text.strip()}
        italic = [text for text, style in styles.items() if style is not None and style.italic]
        bold = [text for text, style in styles.items() if style is not None and style.bold]
        assert any("we will not move" in text for text in italic), styles
        assert any("nobody" in text for text in bold), styles


async def test_highlight_over_styles_stores_plain_words(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.json")
    document = structured()
    app = ReaderApp(store=store, document=document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        view.move_to(document.text.index("we will"))
        await pilot.press("h")
        await pilot.pause()
        await app.workers.wait_for_complete()
        app.writer.drain()
    [annotation] = Store(tmp_path / "a.json").all_annotations()
    assert "we will not move" in annotation.text and "*" not in annotation.text and "<" not in annotation.text
    assert annotation.path == "https://example.org/news/story.html"


async def test_motions_step_through_code_lines(tmp_path: Path) -> None:
    document = structured()
    app = ReaderApp(store=Store(tmp_path / "a.json"), document=document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        code = next(b for b in document.blocks if b.kind is BlockKind.CODE)
        view.move_to(code.start)
        await pilot.press("j")
        await pilot.pause()
        assert document.text[view.cursor : view.cursor + 6] in ("    re", "return")
        await pilot.press("o")  # the outline lists the converted headings
        await pilot.pause()


async def test_folder_library_opens_html_in_a_worker(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("First title\n\nFirst body.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Second title\n\nSecond body.\n", encoding="utf-8")
    from reader.sources import readable_files

    app = ReaderApp(store=Store(tmp_path / "a.json"), paths=readable_files(folder), folder=str(folder))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert "articles" in str(app.screen.query_one("#library-title").render())
        await pilot.press("down", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)
        assert app.screen.document.title == "Second title"


def test_export_stem() -> None:
    assert export_stem("") == "stdin"
    assert export_stem("/tmp/dir.d/Über story.txt") == "Über story"
    assert export_stem("https://example.org/news/story.html?x=1#top") == "story"
    assert export_stem("https://example.org/") == "example.org"
    assert export_stem("https://example.org/%2e%2e/..") == "page"
    assert export_stem("https://x.org/a\x1b[31mb") == "a-31mb"
    assert "/" not in export_stem("https://x.org/" + "a" * 500) and len(export_stem("https://x.org/" + "a" * 500)) <= 80
    assert len(export_stem("/tmp/" + "é" * 200 + ".txt").encode()) <= 180  # cut by bytes, whole characters
