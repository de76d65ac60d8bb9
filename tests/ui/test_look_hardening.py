"""Issue 12, items 10 (UI), 16, 17, 18 (panel and title), 19: how the reading screen looks, through the pilot.

Highlight colours are checked by rendering a highlighted row through Rich at 256 and 16 colours, as a terminal
without truecolor gets it; the same in a real pseudo-terminal is in ``test_look_hardening_pty.py``.
"""

from __future__ import annotations

import dataclasses
import io
import re
from pathlib import Path
from typing import Literal

import pytest
from rich.color import ColorSystem
from rich.console import Console
from rich.segment import Segment, Segments
from rich.style import Style
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.strip import Strip

from reader.annotation import COLORS, Annotation
from reader.document import Document, Span
from reader.loader import load_document
from reader.preferences import PANEL_WIDTH_DEFAULT, Preferences, settings_path
from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.reading import ReadingScreen
from reader.ui.widgets import article_render
from reader.ui.widgets.highlight_colors import (
    downgraded_number,
    highlight_background,
    known_color,
    swatch_color,
)
from reader.ui.widgets.highlight_list import (
    MAX_ENTRY_HEIGHT,
    NOTE_LINES,
    ORPHANED_HEADER,
    Entry,
    HighlightList,
    entry_lines,
)
from reader.ui.widgets.highlight_panel import HighlightPanel
from reader.ui.widgets.key_bar import KeyBar
from reader.ui.widgets.top_bar import TopBar
from tests.conftest import SEED
from tests.robustness import wait_for
from tests.ui.support import rendered_text
from tests.ui.test_panel_entries import ListApp

SIZE = (120, 40)
SYSTEMS = {"256": ColorSystem.EIGHT_BIT, "standard": ColorSystem.STANDARD}
BACKGROUND = re.compile(r"\x1b\[([0-9;]*)m")


def first_sentences(document: Document, count: int) -> list[Span]:
    """The first sentence of ``count`` different paragraphs (so no two share a row)."""
    spans: list[Span] = []
    for index in range(1, len(document.blocks)):
        sentences = document.sentences(index)
        if sentences and len(document.text[sentences[0].start : sentences[0].end]) > 20:
            spans.append(sentences[0])
        if len(spans) == count:
            return spans
    raise AssertionError("the seed has too few paragraphs")


def store_with(tmp_path: Path, colors: list[str], **fields: object) -> tuple[Store, list[Span]]:
    document = load_document(SEED)
    spans = first_sentences(document, len(colors))
    store = Store(tmp_path / "a.json")
    store.put_many(
        Annotation.create(
            doc_id=document.id, path=str(SEED), title=document.title, text_of_document=document.text,
            start=span.start, end=span.end, color=color, **fields,  # type: ignore[arg-type]
        )
        for span, color in zip(spans, colors, strict=True)
    )
    return store, spans


def make_app(store: Store) -> ReaderApp:
    return ReaderApp(store=store, paths=[SEED], document=load_document(SEED))


async def loaded(pilot: Pilot[None]) -> ReadingScreen:
    app = pilot.app
    await app.workers.wait_for_complete()
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, ReadingScreen)
    return screen


def background_codes(segments: list[Segment], system: ColorSystem) -> list[str]:
    """The background parameters of every SGR sequence Rich writes for ``segments`` in ``system``."""
    console = Console(
        file=io.StringIO(), force_terminal=True, color_system=SYSTEMS_BY_ENUM[system], width=400, legacy_windows=False
    )
    # Fresh styles of the backgrounds alone: Rich caches a Style's SGR string for the first colour system it was
    # rendered in, and Textual's styles are shared.
    fresh = [Segment(s.text, Style(bgcolor=s.style.bgcolor) if s.style else None) for s in segments]
    with console.capture() as capture:
        console.print(Segments(fresh), end="")
    codes: list[str] = []
    for params in BACKGROUND.findall(capture.get()):
        parts = params.split(";")
        i = 0
        while i < len(parts):
            part = parts[i]
            if part == "48" and i + 2 < len(parts) and parts[i + 1] == "5":
                codes.append("48;5;" + parts[i + 2])
                i += 3
                continue
            if part.isdigit() and (40 <= int(part) <= 47 or 100 <= int(part) <= 107):
                codes.append(part)
            i += 1
    return codes


SYSTEMS_BY_ENUM: dict[ColorSystem, Literal["256", "standard"]] = {
    ColorSystem.EIGHT_BIT: "256",
    ColorSystem.STANDARD: "standard",
}


# -- 16: five distinct highlight colours in 256 and 16 colours, dark and light --------------------------------


@pytest.mark.parametrize("system", list(SYSTEMS))
@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_highlight_colours_stay_distinct_below_truecolor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, system: str, theme: str
) -> None:
    # A headless app draws as in truecolor; here it draws for the terminal Rich detects from
    # TERM=xterm-256color (or TERM=xterm) without COLORTERM.
    monkeypatch.setattr(article_render, "terminal_color_system", lambda app: system)
    store, spans = store_with(tmp_path, list(COLORS))
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        app.theme = theme
        screen = await loaded(pilot)
        article = screen.article
        base = article.rich_style
        plain_codes = set(background_codes([Segment("x", base)], SYSTEMS[system]))
        seen: list[str] = []
        for span in spans:
            row = article.layout_rows.row_of(span.start)
            strip = article._render_row(row, base)
            codes = set(background_codes(list(strip), SYSTEMS[system])) - plain_codes
            assert len(codes) == 1, (theme, system, codes)
            seen.extend(codes)
        assert len(set(seen)) == len(COLORS), (theme, system, seen)


@pytest.mark.parametrize("system", [ColorSystem.EIGHT_BIT, ColorSystem.STANDARD])
@pytest.mark.parametrize("dark", [True, False])
def test_highlight_and_swatch_colours_downgrade_to_distinct_codes(system: ColorSystem, dark: bool) -> None:
    name = SYSTEMS_BY_ENUM[system]
    backgrounds = [highlight_background(color, dark=dark, system=name) for color in COLORS]
    assert all(background is not None for background in backgrounds)
    assert len({downgraded_number(b, system) for b in backgrounds if b is not None}) == len(COLORS)
    swatches = [swatch_color(color, dark=dark, system=name) for color in COLORS]
    assert len({downgraded_number(s, system) for s in swatches}) == len(COLORS)
    # Truecolor keeps the translucent CSS tint.
    assert highlight_background("yellow", dark=dark, system="truecolor") is None


# -- 10 (UI half): an unknown colour is drawn as the default one ---------------------------------------------


class RedStore(Store):
    """A store that hands the UI a record with a colour the app does not know (as a hand-edited file can)."""

    def annotations_for(self, doc_id: str) -> list[Annotation]:
        return [dataclasses.replace(a, color="red") for a in super().annotations_for(doc_id)]


async def test_unknown_colour_is_drawn_as_the_default(tmp_path: Path) -> None:
    store, spans = store_with(tmp_path, ["green"])
    assert known_color("red") == COLORS[0]
    app = make_app(RedStore(tmp_path / "a.json"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        article = screen.article
        assert [m.color for m in article.highlights.overlapping(spans[0].start, spans[0].end)] == ["red"]
        row = article.layout_rows.row_of(spans[0].start)
        strip = article._render_row(row, article.rich_style)
        yellow = article._layer(f"article-view--hl-{COLORS[0]}").bgcolor
        assert any(segment.style is not None and segment.style.bgcolor == yellow for segment in strip)
        assert screen.panel.entries.option_count == 1
        screen.panel.entries.render_line(0)  # the swatch of an unknown colour draws too
        await pilot.press("j")
        await pilot.pause()
    assert app.return_code in (None, 0)


# -- 17: the underline of the quotation under the cursor is repainted on all its rows -------------------------


async def test_quotation_underline_is_repainted_on_every_row(tmp_path: Path) -> None:
    app = make_app(Store(tmp_path / "a.json"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        article = screen.article
        await wait_for(pilot, lambda: bool(article.quotation_spans))
        painted: dict[int, list[Segment]] = {}
        original = article.render_line

        def spy(y: int) -> Strip:
            strip = original(y)
            painted[int(article.scroll_offset.y) + y] = list(strip)
            return strip

        article.render_line = spy  # type: ignore[method-assign]  # record what is painted, row by row

        def underlined(row: int) -> bool:
            return any(s.style is not None and s.style.underline for s in painted.get(row, []) if s.text.strip())

        multi_row = None
        for _ in range(12):
            await pilot.press("right_square_bracket")
            await pilot.pause()
            index = article.quotation_at(article.cursor)
            assert index is not None
            span = article.quotation_spans[index]
            first, last = article.layout_rows.row_of(span.start), article.layout_rows.row_of(span.end - 1)
            if last > first:
                multi_row = (first, last)
                break
        assert multi_row is not None, "no quotation of the seed spans two rows"
        first, last = multi_row
        await pilot.pause()
        assert all(underlined(row) for row in range(first, last + 1)), [underlined(r) for r in range(first, last + 1)]
        await pilot.press("right_brace", "right_brace")
        await pilot.pause()
        if article.quotation_at(article.cursor) is None:
            assert not any(underlined(row) for row in range(first, last + 1))


async def test_row_key_covers_focus(tmp_path: Path) -> None:
    """The cursor looks different with the article focused; the strip cache must not keep the other look."""
    app = make_app(Store(tmp_path / "a.json"))
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await loaded(pilot)
        article = screen.article
        row = article.layout_rows.row_of(article.cursor)
        focused_key = article._row_key(row)
        await pilot.press("tab")  # to the outline (or the panel)
        await pilot.pause()
        assert not article.has_focus
        assert article._row_key(row) != focused_key


# -- 18: panel width (keys, remembered), three note lines, the title once -------------------------------------


async def test_panel_width_keys_and_remembered(tmp_path: Path) -> None:
    store_file = tmp_path / "a.json"
    app = make_app(Store(store_file))
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        panel = screen.query_one(HighlightPanel)
        assert panel.outer_size.width == PANEL_WIDTH_DEFAULT
        await pilot.press("greater_than_sign", "greater_than_sign", "greater_than_sign")
        await pilot.pause()
        assert panel.outer_size.width == PANEL_WIDTH_DEFAULT + 12
        await pilot.press("less_than_sign")
        await pilot.pause()
        assert panel.outer_size.width == PANEL_WIDTH_DEFAULT + 8
        app.writer.drain()
    assert Preferences.load(settings_path(store_file)).panel_width == PANEL_WIDTH_DEFAULT + 8
    again = make_app(Store(store_file))
    async with again.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        panel = screen.query_one(HighlightPanel)
        await wait_for(pilot, lambda: panel.outer_size.width == PANEL_WIDTH_DEFAULT + 8)


def test_broken_settings_file_means_defaults(tmp_path: Path) -> None:
    path = tmp_path / "a.settings.json"
    for content in ("", "[]", '{"panel_width": "wide"}', '{"panel_width": true}', "{" * 100_000, "\x00\xff"):
        path.write_text(content, encoding="latin-1")
        assert Preferences.load(path).panel_width == PANEL_WIDTH_DEFAULT
    path.write_text('{"panel_width": 100000}', encoding="utf-8")
    assert Preferences.load(path).panel_width < 1000
    assert Preferences.load(tmp_path / "missing.json").panel_width == PANEL_WIDTH_DEFAULT
    assert Preferences.load(tmp_path).panel_width == PANEL_WIDTH_DEFAULT  # a directory


def test_a_file_that_is_no_settings_file_is_never_replaced(tmp_path: Path) -> None:
    """A hostile review: `>` with --db notes.json replaced another store called notes.settings.json by
    {"panel_width": 42}. A preference replaces only a settings file (or an empty one); and an export is refused
    there as on the store's other files."""
    from reader.errors import ReaderError
    from reader.preferences import settings_path
    from reader.transfer import write_output

    other = settings_path(tmp_path / "notes.json")
    assert other.name == "notes.settings.json"
    store = '{"_default": {"1": {"text": "precious"}}}'
    other.write_text(store, encoding="utf-8")
    with pytest.raises(OSError, match="not a settings file"):
        Preferences(panel_width=42).save(other)
    assert other.read_text(encoding="utf-8") == store
    with pytest.raises(ReaderError):
        write_output(str(other), "{}", db=str(tmp_path / "notes.json"))
    assert other.read_text(encoding="utf-8") == store
    other.write_text('{"panel_width": 40}\n', encoding="utf-8")  # its own file: replaced
    Preferences(panel_width=42).save(other)
    assert Preferences.load(other).panel_width == 42


def test_entry_shows_three_lines_of_its_note() -> None:
    document = load_document(SEED)
    span = first_sentences(document, 1)[0]
    note = " ".join(f"word{n}" for n in range(80))
    annotation = Annotation.create(
        doc_id=document.id, path=str(SEED), title=document.title, text_of_document=document.text,
        start=span.start, end=span.end, note=note, tags=("rhetoric",),
    )
    lines = entry_lines(Entry(annotation), 34)
    notes = [text for text, kind in lines if kind == "note"]
    assert len(notes) == NOTE_LINES
    assert notes[0].startswith("✎ word0") and notes[-1].endswith("…")
    assert all(len(text) <= 34 for text, _ in lines)
    short = dataclasses.replace(annotation, note="one line")
    assert [t for t, k in entry_lines(Entry(short), 34) if k == "note"] == ["✎ one line"]


async def test_title_is_not_shown_twice(tmp_path: Path) -> None:
    app = make_app(Store(tmp_path / "a.json"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        bar = screen.query_one(TopBar)
        title = screen.document.display_title
        assert screen.article.title_in_view
        assert title not in rendered_text(bar)
        await pilot.press("G")
        await wait_for(pilot, lambda: title[:20] in rendered_text(bar))
        await pilot.press("g")
        await wait_for(pilot, lambda: title[:20] not in rendered_text(bar))


# -- 19: the little things ---------------------------------------------------------------------------------------


async def test_help_scrolls_with_g_and_G_and_lists_n(tmp_path: Path) -> None:
    app = make_app(Store(tmp_path / "a.json"))
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        body = app.screen.query_one(VerticalScroll)
        assert body.max_scroll_y > 0
        await pilot.press("G")
        await wait_for(pilot, lambda: body.scroll_y == body.max_scroll_y)
        await pilot.press("g")
        await wait_for(pilot, lambda: body.scroll_y == 0)
        text = str(app.screen.query_one("#help-body").render())
        rows = [line.split(maxsplit=1) for line in text.splitlines() if line.startswith("  ") and line.strip()]
        assert ["n", "Next match"] in rows and ["N", "Prev match"] in rows and ["n", "Note"] in rows


async def test_key_bar_says_what_n_does(tmp_path: Path) -> None:
    app = make_app(Store(tmp_path / "a.json"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        bar = screen.query_one(KeyBar)
        assert "n Note" in rendered_text(bar)
        await pilot.press("slash", *"NATO", "enter")
        await pilot.pause()
        assert screen.article.matches
        assert "n Next match" in rendered_text(bar) and "n Note" not in rendered_text(bar)
        before = screen.article.cursor
        await pilot.press("n")
        await pilot.pause()
        assert screen.article.cursor != before  # n still steps through the matches
        await pilot.press("escape")
        await pilot.pause()
        assert "n Note" in rendered_text(bar) and "Next match" not in rendered_text(bar)


async def test_key_bar_shows_the_outline_keys_when_it_has_focus(tmp_path: Path) -> None:
    app = make_app(Store(tmp_path / "a.json"))
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await loaded(pilot)
        outline = screen.outline
        assert outline is not None
        outline.focus()
        await pilot.pause()
        text = rendered_text(screen.query_one(KeyBar))
        assert "Go to heading" in text
        assert "Highlight" not in text and "Next quote" not in text
        screen.article.focus()
        await pilot.pause()
        assert "Highlight" in rendered_text(screen.query_one(KeyBar))


async def test_text_width_announces_the_real_width_in_one_toast(tmp_path: Path) -> None:
    app = make_app(Store(tmp_path / "a.json"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        article = screen.article
        for _ in range(6):
            await pilot.press("plus")
            await pilot.pause()
            messages = [n.message for n in app._notifications]
            assert len(messages) == 1, messages
            assert f"Text width {article.text_width} columns" in messages[0]
        assert article.text_width == article.widest_text
        for _ in range(3):
            await pilot.press("minus")
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert messages == [f"Text width {article.text_width} columns"]


async def test_command_palette_lists_keys_once(tmp_path: Path) -> None:
    app = make_app(Store(tmp_path / "a.json"))
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert titles.count("Keys") == 1



async def test_every_entry_takes_the_rows_it_draws() -> None:
    """Entries have the height they need: each entry's rows (from the prefix sum) are its drawn lines, none of
    them blank, then exactly one blank separator; the orphaned section's header takes two rows."""
    document = load_document(SEED)
    span = first_sentences(document, 1)[0]
    annotation = Annotation.create(
        doc_id=document.id, path=str(SEED), title=document.title, text_of_document=document.text,
        start=span.start, end=span.end,
    )
    long_note = " ".join(f"word{n}" for n in range(80))
    kinds = [
        Entry(None, header=ORPHANED_HEADER),
        Entry(annotation),
        Entry(annotation, unsaved=True),
        Entry(dataclasses.replace(annotation, text="short")),
        Entry(dataclasses.replace(annotation, text="short", note="a note")),
        Entry(dataclasses.replace(annotation, note=long_note, tags=("a", "b"), speaker="Someone")),
    ]
    app = ListApp(kinds)
    async with app.run_test(size=(60, 50)) as pilot:
        await pilot.pause()
        entries = app.query_one(HighlightList)
        width = entries.scrollable_content_region.width
        drawn = [entries.render_line(y).text for y in range(entries.size.height)]
        assert entries.virtual_size.height == sum(entries.entry_rows(i) for i in range(len(kinds)))
        for index, entry in enumerate(kinds):
            top, rows = entries.entry_top(index), entries.entry_rows(index)
            lines = entry_lines(entry, width - 2)
            assert rows == len(lines) + 1
            assert all(text[2:].strip() for text in drawn[top : top + rows - 1]), drawn[top : top + rows]
            assert not drawn[top + rows - 1].strip()
        assert entries.entry_rows(0) == 2
        assert entries.entry_rows(3) == 2  # a one-line quote, no note, no tags: no gap
        assert entries.entry_rows(5) == MAX_ENTRY_HEIGHT


async def test_outline_labels_fit_their_cells_with_wide_characters(tmp_path: Path) -> None:
    """A CJK heading was cut by characters, 21 of them taking ~43 cells: it wrapped over three rows."""
    from rich.cells import cell_len

    from reader.ui.widgets.outline import OUTLINE_TEXT_WIDTH

    path = tmp_path / "wide.md"
    title, part = "北京市人民政府新闻办公室举行新闻发布会介绍情况", "第二部分：全国人民代表大会常务委员会的报告"
    path.write_text(f"# {title}\n\nText.\n\n## {part}\n\nMore text.\n", encoding="utf-8")
    app = ReaderApp(store=Store(tmp_path / "a.json"), paths=[str(path)], document=load_document(path))
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await loaded(pilot)
        outline = screen.outline
        assert outline is not None
        outline.fill()
        labels = [outline.label(i) for i in range(outline.count)]
        assert len(labels) == 2 and all(label.endswith("…") for label in labels)
        assert all(cell_len(label) <= OUTLINE_TEXT_WIDTH for label in labels), labels
