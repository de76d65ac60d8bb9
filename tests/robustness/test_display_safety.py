"""Whatever text comes in, nothing that can steer the terminal, reorder text or hide itself reaches it (issue 12,
items 4 and 5, and the property test the issue asks for).

The oracle here is independent of :mod:`reader.sanitize`'s scan: it asks :mod:`unicodedata` for each character
shown. No C0/C1 control or ESC, no format (bidi, zero-width, ...), surrogate, private-use, unassigned, line or
paragraph separator character, no invisible filler or variation selector, and no run of more than
``MAX_COMBINING`` combining marks may be in what a display path produces.

Two levels:
* properties (hypothesis, arbitrary Unicode from every plane, floods of marks, escape sequences) of every
  function the display paths go through: the sanitiser and the article's display text, titles, the outline,
  panel entries (quote, note, tags, speaker), the quotes list, file names, notifications, the `e` question and
  toast, CLI ``reader:`` lines, ``quotes`` (plain and ``--json``) and the exports;
* the app under the pilot, on a hostile document (hostile file name too) and store: the strips of every screen
  (reading with outline and panel, the `e` toast and overwrite question, the quotes list, the library) are
  checked, so a display path that bypasses those functions is caught.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textual.pilot import Pilot

from reader.annotation import Annotation
from reader.cli import error_line
from reader.document import Document
from reader.formats import ExportDocument
from reader.formats.json_text import dumps, terminal_safe
from reader.formats.markdown import export_markdown
from reader.loader import load_document, show_path
from reader.quotes import find_quotations
from reader.quotes.cli import run_quotes
from reader.sanitize import MAX_COMBINING, display_text, sanitize, sanitize_lines
from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.notices import exported_message, overwrite_question
from reader.ui.screens.dialogs import ConfirmScreen
from reader.ui.screens.quotes import QuotesScreen, quote_entry
from reader.ui.widgets.highlight_list import Entry, entry_lines
from tests.robustness import wait_for

FORBIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
INVISIBLE = frozenset(
    [0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B, 0x180C, 0x180D, 0x180F, 0x3164, 0xFFA0]
    + list(range(0xFE00, 0xFE10))
    + list(range(0xE0100, 0xE01F0))
)
"""Default-ignorable code points that are letters or marks (printable), yet draw nothing."""


def terminal_problems(text: str, *, line_breaks: bool = False) -> list[str]:
    """What in ``text`` must not reach a terminal (empty when nothing). ``line_breaks``: ``\\n`` is layout."""
    problems = []
    marks = 0
    for index, char in enumerate(text):
        if line_breaks and char == "\n":
            marks = 0
            continue
        category = unicodedata.category(char)
        if category in FORBIDDEN_CATEGORIES or ord(char) in INVISIBLE:
            problems.append(f"U+{ord(char):04X} ({category}) at {index}")
        marks = marks + 1 if category[0] == "M" else 0
        if marks == MAX_COMBINING + 1:
            problems.append(f"more than {MAX_COMBINING} marks in a row at {index}")
        if len(problems) > 5:
            break
    return problems


def assert_safe(text: str, *, line_breaks: bool = False) -> None:
    problems = terminal_problems(text, line_breaks=line_breaks)
    assert not problems, (problems, text[:300])


# -- what hostile text is made of ---------------------------------------------------------------------------

ISSUE_CHARACTERS = ["\U0001bca0", "\U0001d173", "\uffa0", "\U00013430", "\U000110bd", "\u0890"]
ISSUE_FLOOD_MARKS = ["\u0e49", "\u302a", "\U0001d167"]
SPECIAL = (
    [chr(code) for code in range(0x20)]
    + [chr(code) for code in range(0x7F, 0xA0)]
    + ["\u200b", "\u200d", "\u200e", "\u202a", "\u202e", "\u2066", "\u2069", "\u061c", "\ufeff", "\u00ad"]
    + ["\u2028", "\u2029", "\ue000", "\U000f0000", "\U0010fffd", "\U000e0041", "\U000e0080", "\ufff0"]
    + ["\ud800", "\udc80", "\u3164", "\u115f", "\ufe0f", "\u034f", "\U000e0100", "\u00a0", "\u3000"]
    + ISSUE_CHARACTERS
)
MARKS = sorted(
    {chr(code) for code in range(0x300, 0x20000) if unicodedata.category(chr(code))[0] == "M"}
    | set(ISSUE_FLOOD_MARKS)
)
ESCAPES = ["\x1b]0;PWNED\x07", "\x1b]52;c;cHduZWQ=\x1b\\", "\x1b[2J", "\x9b31m", "\x1bP+q\x1b\\", "[bold]x[/]"]

any_char = st.one_of(
    st.characters(blacklist_categories=()),  # hypothesis's own mix, lone surrogates included
    st.integers(0, 0x10FFFF).map(chr),  # every plane alike: mostly unassigned, private use, astral
    st.sampled_from(SPECIAL),
)
floods = st.one_of(
    st.tuples(st.sampled_from(MARKS), st.integers(MAX_COMBINING + 1, 300)).map(lambda pair: pair[0] * pair[1]),
    st.lists(st.sampled_from(MARKS), min_size=MAX_COMBINING - 1, max_size=40).map("".join),
)
pieces = st.one_of(
    any_char, floods, st.sampled_from(ESCAPES), st.text(max_size=6), st.sampled_from(["e", " ", "“", "\r\n"])
)
hostile = st.lists(pieces, max_size=30).map("".join)
hostile_line = hostile.map(lambda text: text or "x")

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# -- the sanitiser and the article ---------------------------------------------------------------------------


@SETTINGS
@given(hostile)
def test_sanitize_is_safe_for_any_text(text: str) -> None:
    assert_safe(sanitize(text))
    assert_safe(sanitize_lines(text), line_breaks=True)


@SETTINGS
@given(hostile, st.data())
def test_article_rows_are_safe_for_any_text(text: str, data: st.DataObject) -> None:
    if not text:
        return
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), min_size=2, max_size=5, unique=True)))
    segments = tuple((a, b) for a, b in zip(cuts, cuts[1:], strict=False) if a < b)
    if segments:
        assert_safe(display_text(text, segments).text)


@SETTINGS
@given(hostile_line, hostile, hostile)
def test_document_title_outline_and_paragraphs_are_safe(title: str, heading: str, body: str) -> None:
    text = f"{title}\n\n{heading.replace(chr(10), ' ')}\n\n{body}\n"
    document = Document.from_text(text, path="/tmp/" + title.replace("/", "_"))
    assert_safe(document.display_title)
    for index in range(len(document.blocks)):
        assert_safe(document.display(index).text)


# -- the panel, the quotes list, notices ------------------------------------------------------------------


def _annotation(text: str, note: str, tags: tuple[str, ...], speaker: str | None) -> Annotation:
    source = f"before {text} after"
    return Annotation.create(
        doc_id="d" * 64, path=f"/tmp/{note[:20]}", title=note[:40], text_of_document=source,
        start=7, end=7 + len(text), note=note, tags=tags, speaker=speaker,
    )  # fmt: skip


@SETTINGS
@given(hostile_line, hostile, st.lists(hostile_line, max_size=3), st.one_of(st.none(), hostile_line), st.data())
def test_panel_entries_are_safe(
    text: str, note: str, tags: list[str], speaker: str | None, data: st.DataObject
) -> None:
    annotation = _annotation(text, note, tuple(tags), speaker)
    width = data.draw(st.integers(8, 60))
    for line, _style in entry_lines(Entry(annotation), width):
        assert_safe(line)


@SETTINGS
@given(hostile_line, hostile_line)
def test_quotes_list_entries_are_safe(quoted: str, name: str) -> None:
    clean = quoted.replace("“", "").replace("”", "")
    document = Document.from_text(f"Title\n\n“{clean},” said {name}.\n\n„{clean}“, sagte {name}.\n")
    for quotation in find_quotations(document):
        assert_safe(quote_entry(quotation).plain, line_breaks=True)


@SETTINGS
@given(hostile_line, st.integers(0, 10_000), st.integers(20, 300))
def test_export_question_and_toast_are_safe(name: str, count: int, width: int) -> None:
    target = Path("/tmp") / name.replace("/", "_").replace("\x00", "_") / ("x" + name.replace("/", "_"))
    assert_safe(overwrite_question(target))
    message = exported_message(count, target, width)
    assert_safe(message, line_breaks=True)
    assert message.count("\n") == 2  # count, name, folder: one line each, whatever the name holds


@SETTINGS
@given(hostile, hostile)
def test_file_names_and_cli_messages_are_one_safe_line(name: str, message: str) -> None:
    assert_safe(show_path(name))
    assert not {"\n", "\r", "\t"} & set(show_path(name))
    assert show_path("new\nline.txt") != show_path("new line.txt")  # a line break in a name is visible
    line = error_line(f"cannot open {name}: {message}")
    assert line.startswith("reader: ")
    assert "\n" not in line
    assert_safe(line)


# -- CLI outputs ------------------------------------------------------------------------------------------


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), hostile),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(hostile, inner, max_size=4)),
    max_leaves=12,
)


@SETTINGS
@given(json_values, st.sampled_from([None, 1, 2]))
def test_json_output_is_safe_and_the_same_value(value: object, indent: int | None) -> None:
    text = dumps(value, indent=indent)
    assert_safe(text, line_breaks=True)
    # the same value as any JSON reader reads it back (two lone surrogates that form a pair are one character
    # once written as escapes, by json.dumps too)
    assert json.loads(text) == json.loads(json.dumps(value))
    assert terminal_safe(text) == text  # nothing left to escape
    text.encode("utf-8")  # lone surrogates are escapes now


@SETTINGS
@given(hostile_line, hostile, hostile, st.lists(hostile_line, max_size=3), st.one_of(st.none(), hostile_line))
def test_markdown_export_is_safe(title: str, quote: str, note: str, tags: list[str], speaker: str | None) -> None:
    annotation = _annotation(quote or "q", note, tuple(tags), speaker)
    document = ExportDocument("d" * 64, title, f"/tmp/{title}", (annotation,), 100)
    assert_safe(export_markdown([document]), line_breaks=True)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_line, hostile_line, hostile)
def test_quotes_command_output_is_safe(quoted: str, name: str, body: str) -> None:
    """``reader quotes`` and ``quotes --json`` on a document of hostile text: what they print is safe."""
    clean = quoted.replace("“", "").replace("”", "").replace("\x00", "")
    text = f"Title\n\n“{clean},” said {name.replace(chr(0), '')}.\n\n{body.replace(chr(0), '')}\n"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.txt"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        for as_json in (False, True):
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                try:
                    run_quotes(argparse.Namespace(path=str(path), json=as_json))
                except Exception as error:  # a refused file (binary-looking) is one ReaderError, not output
                    from reader.errors import ReaderError

                    assert isinstance(error, ReaderError)
                    return
            assert_safe(out.getvalue(), line_breaks=True)
            if as_json:
                json.loads(out.getvalue())


# -- the oracle itself -------------------------------------------------------------------------------------


@pytest.mark.parametrize("char", ISSUE_CHARACTERS + ["\x1b", "\x9b", "\u202e", "\ue000", "\U000e0080"])
def test_oracle_catches_what_it_must(char: str) -> None:
    assert terminal_problems(f"a{char}b")
    assert terminal_problems("e" + ISSUE_FLOOD_MARKS[0] * (MAX_COMBINING + 1))
    assert not terminal_problems("e" + ISSUE_FLOOD_MARKS[0] * MAX_COMBINING + " naïve “日本” 🙂")


# -- the app: every screen's strips ------------------------------------------------------------------------

HOSTILE_FILE = "doc\x1b]0;PWNED\x07\u202e\U0001bca0"
HOSTILE_ARTICLE = (
    "Title \x1b]0;TITLE\x07 \u202e \U0001d173 e" + "\u0e49" * 50 + "\n\n"
    "A Heading \u2066 with \U00013430 Marks\n\n"
    "“Quoted \x9b2J \u200b words o" + "\u302a" * 40 + ",” said Jens \u202eStoltenberg.\n\n"
    "Body \ue000 \U000e0080 \uffa0 \u0890 text \U0001d167" * 3 + "\n"
)


def screen_text(app: ReaderApp) -> str:
    """Everything the current screen draws (its compositor's strips), one line per row."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


def _hostile_app(tmp_path: Path, *, library: bool = False) -> ReaderApp:
    path = tmp_path / f"{HOSTILE_FILE}.txt"
    path.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    document = load_document(path)
    start = document.text.index("Quoted")
    Store(tmp_path / "a.json").put_many(
        [
            Annotation.create(
                doc_id=document.id, path=str(path), title=document.title, text_of_document=document.text,
                start=start, end=start + 40, note="note \x1b]52;c;eA==\x07 \u202e \U0001bca0 e" + "\u0e49" * 30,
                tags=("t\u200bag", "\U000e0041x"), speaker="Jens \u2066Stoltenberg\U0001d173",
            )
        ]
    )  # fmt: skip
    store = Store(tmp_path / "a.json")
    if library:
        second = tmp_path / f"second{HOSTILE_FILE}.txt"
        second.write_text(HOSTILE_ARTICLE, encoding="utf-8")
        return ReaderApp(store=store, paths=[path, second], document=None)
    return ReaderApp(store=store, paths=[path], document=document)


async def _shown(pilot: Pilot[None], app: ReaderApp, condition: Callable[[], bool], what: str) -> str:
    await wait_for(pilot, condition, timeout=30.0)
    await pilot.pause()
    text = screen_text(app)
    problems = terminal_problems(text, line_breaks=True)
    assert not problems, (what, problems)
    return text


async def test_every_screen_of_the_app_shows_only_safe_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # `e` writes the export into the current folder
    app = _hostile_app(tmp_path)
    async with app.run_test(size=(160, 50), notifications=True) as pilot:
        text = await _shown(pilot, app, lambda: "Body" in screen_text(app) and "note" in screen_text(app), "reading")
        assert "PWNED" not in text or "␛" in text
        assert "A Heading" in text  # the outline is shown at 160 columns
        await pilot.press("e")
        text = await _shown(pilot, app, lambda: "written to" in screen_text(app), "export toast")
        assert "⟨U+202E⟩" in text  # the file name, inert
        await pilot.press("e")
        await _shown(pilot, app, lambda: isinstance(app.screen, ConfirmScreen), "overwrite question")
        assert "Overwrite it?" in screen_text(app)
        await pilot.press("n")
        await pilot.press("Q")
        await _shown(pilot, app, lambda: isinstance(app.screen, QuotesScreen), "quotes")
        await pilot.press("escape")


async def test_library_shows_only_safe_names(tmp_path: Path) -> None:
    app = _hostile_app(tmp_path, library=True)
    async with app.run_test(size=(120, 40)) as pilot:
        text = await _shown(pilot, app, lambda: "second" in screen_text(app), "library")
        assert text.count("⟨U+1BCA0⟩") >= 2


@given(st.lists(st.sampled_from([*"ab 語", "\u202e", "\x1b"]), max_size=60).map("".join), st.integers(1, 30))
def test_a_cut_never_leaves_part_of_a_placeholder(raw: str, cells: int) -> None:
    """A name cut through ``⟨U+202E⟩`` left ``⟨U+20`` or ``202E⟩``, which read as part of the name (a hostile
    review); a cut keeps whole placeholders or none, and never more cells than asked."""
    from rich.cells import cell_len

    from reader.ui.notices import fit_middle, take_cells, take_end_cells

    text = sanitize(raw)  # real placeholders, from the sanitiser
    for part in (take_cells(text, cells), take_end_cells(text, cells)):
        assert cell_len(part) <= cells and part in text
        assert part.count("⟨") == part.count("⟩")  # whole placeholders only
    shown = fit_middle(text, max(cells, 3))
    assert cell_len(shown) <= max(cells, 3)
    assert "⟨U+20" not in shown.replace("⟨U+202E⟩", "") and "202E⟩" not in shown.replace("⟨U+202E⟩", "")
