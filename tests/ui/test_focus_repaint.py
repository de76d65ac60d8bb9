"""Focus moving to or from the article (`/` opens the prompt, Esc closes it, Tab to the panel and back) repaints
the cursor's row, not the pane: only the cursor looks different without focus (issue 14, any key in one frame:
Widget's focus handling repainted every row, 10-15 ms of `/` and Esc at 20 MB).

Counted, not timed: the article's ``render_line`` calls (one per row the compositor repaints) in the key's frame."""

from __future__ import annotations

from pathlib import Path

from reader.ui.screens.searching import SearchBar
from reader.ui.widgets.article_view import ArticleView
from tests.ui.support import opened_article, record_calls, seed_app


def count_painted(article: ArticleView) -> list[int]:
    """Record the rows (screen y) the compositor asks the article for from now on."""
    return record_calls(article, "render_line")


opened = opened_article


def cursor_style(article: ArticleView) -> str:
    """The style of the cell under the cursor, as drawn now."""
    row, in_text = article.layout_rows.column_of(article.cursor)
    column = article.margin + article._indent_of_row(row) + in_text
    x = 0
    for segment in article.render_line(row - int(article.scroll_offset.y)):
        if x <= column < x + len(segment.text):
            return str(segment.style)
        x += len(segment.text)
    raise AssertionError("the cursor's cell was not drawn")


async def test_slash_and_escape_repaint_only_the_cursor_row(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        article = await opened(pilot)
        await pilot.press("j", "j")
        await pilot.pause()
        focused_look = cursor_style(article)
        cursor_row = article.layout_rows.row_of(article.cursor) - int(article.scroll_offset.y)
        painted = count_painted(article)

        await pilot.press("slash")
        await pilot.pause()
        await pilot.pause()
        assert app.focused is app.screen.query_one(SearchBar)
        assert set(painted) == {cursor_row}, painted
        assert cursor_style(article) != focused_look  # the cursor shows the article is not focused

        painted.clear()
        await pilot.press("escape")
        await pilot.pause()
        await pilot.pause()
        assert app.focused is article
        assert set(painted) <= {cursor_row}, painted
        assert cursor_style(article) == focused_look


async def test_tab_to_the_panel_and_back_repaints_only_the_cursor_row(tmp_path: Path) -> None:
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        article = await opened(pilot)
        await pilot.press("h")  # the panel takes focus only with an entry in it
        await pilot.pause()
        pilot.app.writer.drain()  # type: ignore[attr-defined]
        await pilot.pause(0.2)
        await pilot.press("j")
        await pilot.pause()
        cursor_row = article.layout_rows.row_of(article.cursor) - int(article.scroll_offset.y)
        focused_look = cursor_style(article)
        painted = count_painted(article)
        await pilot.press("tab")
        await pilot.pause()
        await pilot.pause()
        assert app.focused is not article
        assert set(painted) == {cursor_row}, painted
        assert cursor_style(article) != focused_look
        painted.clear()
        await pilot.press("tab")
        await pilot.pause()
        await pilot.pause()
        assert app.focused is article
        assert set(painted) == {cursor_row}, painted
        assert cursor_style(article) == focused_look


async def test_no_style_rule_for_the_article_depends_on_focus(tmp_path: Path) -> None:
    """ArticleView skips Textual's style update on focus changes (``watch_has_focus``): that is right only while
    no rule for the article or its parts uses ``:focus`` or ``:blur`` (the cursor's two looks are two component
    classes, picked as the row is drawn)."""
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await opened(pilot)
        focus_classes = {"focus", "blur", "focus-within"}
        for rule in app.stylesheet.rules:
            for selector_set in rule.selector_set:
                for selector in selector_set.selectors:
                    if selector.name in ("ArticleView", "article") or selector.name.startswith("article-view"):
                        assert not selector.pseudo_classes & focus_classes, selector.css


async def test_the_search_prompt_looks_the_same_focused_or_not(tmp_path: Path) -> None:
    """SearchBar skips Textual's style update on focus changes (``watch_has_focus``, a cost in the frames of
    `/` and Esc): right only while the styles computed with and without focus are the same."""
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await opened(pilot)
        await pilot.press("slash")
        await pilot.pause()
        bar = app.screen.query_one(SearchBar)
        assert app.focused is bar

        def look() -> tuple[object, ...]:
            bar.update_node_styles()
            styles = bar.styles
            return (styles.border, styles.background_tint, styles.background, styles.color, styles.padding,
                    tuple(bar.get_component_rich_style(name) for name in sorted(bar.COMPONENT_CLASSES)))

        focused = look()
        bar.has_focus = False  # only the pseudo-class: the widget's own watch does nothing
        assert look() == focused
        bar.has_focus = True


async def test_deleting_the_panels_last_highlight_gives_focus_back_to_the_article(tmp_path: Path) -> None:
    """`x` on the panel's only entry: the empty list cannot keep focus, and nothing had it (no key reached
    anything until a click); the article takes it."""
    app = seed_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        article = await opened(pilot)
        await pilot.press("h")
        await pilot.pause()
        pilot.app.writer.drain()  # type: ignore[attr-defined]
        await pilot.pause(0.2)
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is not article
        await pilot.press("x")
        await pilot.pause()
        await pilot.pause()
        assert app.focused is article
        before = article.cursor
        await pilot.press("j")
        await pilot.pause()
        assert article.cursor != before
