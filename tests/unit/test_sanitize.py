"""The sanitizer: nothing that can steer the terminal, reorder or hide text survives; markup stays data."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.formats.json_text import dumps, terminal_safe
from reader.sanitize import INVISIBLE, MAX_COMBINING, display_text, placeholder, sanitize, unsafe_spans

C0 = [chr(c) for c in range(0x20)]
C1 = [chr(c) for c in range(0x80, 0xA0)]
BIDI = (
    [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
    + [
        "\u200e",
        "\u200f",
        "\u061c",
    ]
)
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
UNSAFE = C0 + ["\x7f"] + C1 + BIDI + ZERO_WIDTH
UNSAFE_SET = frozenset(UNSAFE)


def unsafe_in(text: str) -> set[str]:
    return {c for c in text if c in UNSAFE_SET or "\ud800" <= c <= "\udfff"}


def shown(text: str) -> str:
    """What display_text draws for the whole of ``text`` as one segment."""
    return display_text(text, ((0, len(text)),)).text if text else ""


@pytest.mark.parametrize("char", UNSAFE, ids=lambda c: f"U+{ord(c):04X}")
def test_unsafe_character_never_survives(char: str) -> None:
    text = f"a{char}b"
    assert not unsafe_in(sanitize(text))
    assert not unsafe_in(shown(text))
    assert sanitize(text).startswith("a") and sanitize(text).endswith("b")


@pytest.mark.parametrize("char", [chr(c) for c in range(0x20) if chr(c) not in "\t\n\x0b\x0c"] + ["\x7f"])
def test_c0_controls_become_visible_pictures(char: str) -> None:
    out = sanitize(char)
    assert out == placeholder(char)
    assert out != " " and out.isprintable()


@pytest.mark.parametrize("char", ["\t", "\n", "\x0b", "\x0c"])
def test_layout_whitespace_becomes_a_space(char: str) -> None:
    assert sanitize(f"a{char}b") == "a b"
    assert sanitize("a\r\nb") == "a b"


def test_c1_and_format_characters_become_code_points() -> None:
    assert sanitize("\x9b") == "⟨U+009B⟩"
    assert sanitize("\u202e") == "⟨U+202E⟩"
    assert sanitize("\ufeff") == "⟨U+FEFF⟩"
    assert sanitize("\u00ad") == "⟨U+00AD⟩"  # soft hyphen: invisible
    assert sanitize("\U000e0041") == "⟨U+E0041⟩"  # tag character
    assert sanitize("\udc80") == "⟨U+DC80⟩"  # lone surrogate from surrogateescape


ESCAPES = {
    "CSI clear": "\x1b[2J\x1b[H",
    "CSI colour": "\x1b[31;1mred\x1b[0m",
    "OSC title": "\x1b]0;PWNED\x07",
    "OSC 52": "\x1b]52;c;cHduZWQ=\x07",
    "OSC 8": "\x1b]8;;file:///etc/passwd\x1b\\click\x1b]8;;\x1b\\",
    "DCS": "\x1bP+q544e\x1b\\",
    "APC": "\x1b_payload\x1b\\",
    "PM": "\x1b^private\x1b\\",
    "SOS": "\x1bXstring\x1b\\",
    "8-bit CSI": "\x9b2J",
    "8-bit OSC": "\x9d0;x\x9c",
    "8-bit DCS": "\x90+q\x9c",
    "RIS": "\x1bc",
    "keypad": "\x1b=",
}


@pytest.mark.parametrize("sequence", list(ESCAPES.values()), ids=list(ESCAPES))
def test_escape_sequences_are_defused(sequence: str) -> None:
    for out in (sanitize(sequence), shown(sequence), sanitize(f"Title {sequence} end"), shown(f"x {sequence} y")):
        assert "\x1b" not in out
        assert not unsafe_in(out)
        assert not re.search("[\x80-\x9f]", out)


def test_escape_leaves_harmless_visible_text() -> None:
    assert sanitize("\x1b[2J") == "␛[2J"
    assert sanitize("\x1b]0;PWNED\x07") == "␛]0;PWNED␇"


@pytest.mark.parametrize(
    "markup",
    [
        "[bold]",
        "[/",
        "[/]",
        "[@click=app.quit]click me[/]",
        "[bold red]not bold[/]",
        "[link=file:///etc/passwd]link[/link]",
        "[b unclosed",
        "[0]",
        "[[nested]]",
        "$accent",
        "\\[escaped]",
    ],
)
def test_markup_is_unchanged(markup: str) -> None:
    assert sanitize(markup) == markup
    assert shown(markup) == markup


def test_combining_flood_is_summarised() -> None:
    flood = "e" + "\u0301" * 40
    out = sanitize(flood)
    assert out == "e" + "\u0301" * MAX_COMBINING + f"⟨+{40 - MAX_COMBINING} marks⟩"
    assert shown(flood) == out


def test_few_combining_marks_are_kept() -> None:
    text = "noe\u0308l e" + "\u0301" * MAX_COMBINING
    assert sanitize(text) == text
    assert shown(text) == text


def test_ordinary_text_is_unchanged() -> None:
    for text in (
        "Plain ASCII.",
        "Grüße, naïve café",
        "日本語の文章",
        "„Zitat“ – ‘quote’ … «guillemets»",
        "emoji 🙂👍🏽",
    ):
        assert sanitize(text) == text
        assert shown(text) == text


def test_display_text_maps_placeholders_back() -> None:
    source = "ab\x1bc\u202ed"
    display = display_text(source, ((0, len(source)),))
    assert display.text == "ab␛c⟨U+202E⟩d"
    assert display.to_orig(display.text.index("␛")) == 2
    assert display.to_orig(display.text.index("⟨")) == 4
    assert display.to_orig(display.text.index("⟩")) == 4  # anywhere inside the placeholder: its character
    assert display.to_orig(display.text.index("d")) == 5
    assert display.to_display(4) == display.text.index("⟨")
    assert display.to_display(6) == len(display.text)
    assert display.dim_runs == ((2, 3), (4, 12))


def test_display_text_joins_segments_with_a_space() -> None:
    source = "one\ntwo\r\nthree"
    segments = ((0, 3), (4, 7), (9, 14))
    display = display_text(source, segments)
    assert display.text == "one two three"
    assert display.to_orig(3) == 3  # the joining space stands for the end of "one"
    assert display.to_orig(4) == 4
    assert display.to_orig(8) == 9
    assert display.dim_runs == ()


def test_display_text_of_nothing_is_one_space() -> None:
    display = display_text("abc", ((1, 1),))
    assert display.text == " "
    assert display.to_orig(0) == 1


# -- properties ---------------------------------------------------------------------------------------------

hostile_chars = st.sampled_from(UNSAFE + ["\u0301", "\u20d0", "e", " ", "[", "]", "/", "\x1b[", "\r\n", "\ud800"])
hostile = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=()), max_size=200),
    st.lists(hostile_chars, max_size=80).map("".join),
    st.text(max_size=200),
)


@settings(max_examples=400, deadline=None)
@given(hostile)
def test_sanitize_output_is_safe(text: str) -> None:
    out = sanitize(text)
    assert not unsafe_in(out)
    assert not unsafe_spans(out)
    assert sanitize(out) == out  # idempotent: a second pass finds nothing


@settings(max_examples=300, deadline=None)
@given(hostile, st.data())
def test_display_text_output_is_safe_and_maps_in_range(text: str, data: st.DataObject) -> None:
    if not text:
        return
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), min_size=2, max_size=6, unique=True)))
    segments = tuple((a, b) for a, b in zip(cuts, cuts[1:], strict=False) if a < b)
    if not segments:
        return
    display = display_text(text, segments)
    assert not unsafe_in(display.text)
    assert not unsafe_spans(display.text)
    low, high = segments[0][0], segments[-1][1]
    for index in range(len(display.text) + 1):
        assert low <= display.to_orig(index) <= high
    for start, end in segments:
        for offset in range(start, end):
            position = display.to_display(offset)
            assert 0 <= position < len(display.text)
            assert start <= display.to_orig(position) <= offset
    for dim_start, dim_end in display.dim_runs:
        assert 0 <= dim_start < dim_end <= len(display.text)


# -- by category (issue 12, item 5) ---------------------------------------------------------------------------


ISSUE_FORMAT_CHARACTERS = ["\U0001bca0", "\U0001d173", "\uffa0", "\U00013430", "\U000110bd", "\u0890"]


@pytest.mark.parametrize("char", ISSUE_FORMAT_CHARACTERS, ids=lambda c: f"U+{ord(c):04X}")
def test_invisible_format_characters_outside_the_old_lists_become_code_points(char: str) -> None:
    assert sanitize(f"a{char}b") == f"a⟨U+{ord(char):04X}⟩b"
    assert shown(f"a{char}b") == f"a⟨U+{ord(char):04X}⟩b"


@pytest.mark.parametrize("mark", ["\u0e49", "\u302a", "\U0001d167"], ids=lambda c: f"U+{ord(c):04X}")
def test_floods_of_any_combining_mark_are_summarised(mark: str) -> None:
    flood = "x" + mark * 10_000
    expected = "x" + mark * MAX_COMBINING + f"⟨+{10_000 - MAX_COMBINING} marks⟩"
    assert sanitize(flood) == expected
    assert shown(flood) == expected
    assert sanitize(f"[{flood}]") == f"[{expected}]"


@pytest.mark.parametrize(
    ("char", "category"),
    [("\ue000", "Co"), ("\U000f0000", "Co"), ("\U000e0080", "Cn"), ("\U0003fffe", "Cn"), ("\u2029", "Zp")],
)
def test_private_use_unassigned_and_separators_become_code_points(char: str, category: str) -> None:
    assert unicodedata.category(char) == category
    assert sanitize(char) == f"⟨U+{ord(char):04X}⟩"


@pytest.mark.parametrize("char", ["\u3164", "\u115f", "\ufe0f", "\u034f", "\U000e0100", "\u180b", "\u17b4"])
def test_printable_but_invisible_characters_become_code_points(char: str) -> None:
    assert sanitize(f"a{char}b") == f"a⟨U+{ord(char):04X}⟩b"


def test_visible_spaces_stay() -> None:
    text = "a\u00a0b\u2009c\u202fd\u3000e"
    assert sanitize(text) == text


def test_every_code_point_is_decided_by_its_category() -> None:
    """All 1,114,112 code points, each between two letters: a character is shown as it is exactly when it is
    printable or a visible space, and not one of the invisible letters and marks."""
    chars = [chr(code) for code in range(0x110000)]
    out = sanitize("".join(f"a{char}" for char in chars) + "a")
    expected = []
    for char in chars:
        category = unicodedata.category(char)
        if char in "\t\n\x0b\x0c":
            expected.append("a ")
        elif category in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"} or re.match(f"[{INVISIBLE}]", char):
            expected.append("a" + placeholder(char))
        else:
            expected.append("a" + char)
    assert out == "".join(expected) + "a"


def test_the_scan_assumptions_hold_for_this_unicode() -> None:
    """The scan finds floods among runs of non-ASCII characters that are neither word characters nor spaces, and
    masks the fillers because they are word characters: both must stay true of every mark and filler."""
    word_or_space = re.compile(r"[\w\s\x00-\x7f]")
    marks = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c))[0] == "M"]
    assert marks and not [mark for mark in marks if word_or_space.match(mark)]
    invisible_words = {chr(c) for c in range(0x110000) if re.match(f"[{INVISIBLE}]", chr(c)) and chr(c).isalnum()}
    assert invisible_words == set("\u115f\u1160\u3164\uffa0")


def test_a_variation_selector_inside_a_flood_is_not_kept() -> None:
    text = "e" + "\u0300" * 7 + "\ufe00" + "\u0300" * 3
    assert sanitize(text) == "e" + "\u0300" * 7 + "⟨U+FE00⟩" + "\u0300" * 3


def test_plain_text_is_returned_as_is() -> None:
    text = "Plain ASCII text, nothing to do."
    assert sanitize(text) is text


# -- JSON on a terminal -------------------------------------------------------------------------------------


def test_json_output_escapes_what_the_terminal_must_not_get() -> None:
    value = {"note": "\x9b2J \u202eevil\u202c \U0001bca0 \ue000 \udc80 \x7f naïve “q” 日本 🙂", "n": [1]}
    text = dumps(value, indent=2)
    assert "\\u009b" in text and "\\u202e" in text and "\\ud82f\\udca0" in text and "\\udc80" in text
    assert "\\u007f" in text
    assert "naïve “q” 日本 🙂" in text  # readable UTF-8 stays as it is
    assert json.loads(text) == value
    assert text.encode("utf-8")


def test_json_output_keeps_a_few_marks_of_a_flood() -> None:
    value = "e" + "\u0e49" * 20
    text = dumps(value)
    assert text == '"e' + "\u0e49" * MAX_COMBINING + "\\u0e49" * (20 - MAX_COMBINING) + '"'
    assert json.loads(text) == value


def test_json_text_without_anything_unsafe_is_unchanged() -> None:
    text = json.dumps({"a": ["naïve", 1, None]}, ensure_ascii=False, indent=2)
    assert terminal_safe(text) == text


def test_soft_hyphens_are_dropped_when_a_document_is_read(tmp_path: Path) -> None:
    """A soft hyphen (a hint where a word may break) is dropped by every source as it reads: a quotation copied,
    exported or searched holds "cooperation", not "co⟨U+00AD⟩operation" (a review's finding); the id is the
    text's."""
    from reader.document import Document, document_id
    from reader.document_meta import SourceInfo
    from reader.sources import load_file
    from reader.sources.builder import DocumentBuilder

    path = tmp_path / "shy.txt"
    path.write_bytes("Title\n\nThe co\u00adoperation was good.\n".encode())
    document = load_file(path)
    assert "co" + "operation" in document.text and "\u00ad" not in document.text
    assert document.id == document_id(document.text)
    assert "\u00ad" not in Document.from_text("co\u00adoperation").text
    builder = DocumentBuilder()
    builder.text("co\u00adoperation")
    assert "\u00ad" not in builder.document(SourceInfo(kind="html")).text


def test_soft_hyphens_leave_no_trace_in_table_widths_or_source_titles() -> None:
    """A review: a table cell's width counted its soft hyphens, and a page's title kept them (shown as
    ⟨U+00AD⟩ in the Markdown export's citation)."""
    from reader.document_meta import SourceInfo
    from reader.sources.builder import DocumentBuilder

    builder = DocumentBuilder()
    builder.table([["Zu\u00adsam\u00admen\u00adar\u00adbeit", "12"], ["Gemeinschaft", "7"]])
    text = builder.document(SourceInfo(kind="html", title="Die Zu\u00adsammen\u00adarbeit")).text
    assert text.splitlines() == ["Zusammenarbeit | 12", "Gemeinschaft   | 7"]
    assert SourceInfo(kind="html", title="Die Zu\u00adsammen\u00adarbeit").title == "Die Zusammenarbeit"
