"""The clipboard formats of `y` (a one-line citation) and `Y` (a Markdown block quote with its note): exact
layouts, the source (URL, else file, else nothing), the cleaning of the quoted words, escaping, sanitising and
the size bound."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from reader.citation import (
    MAX_ADDRESS_CHARS,
    MAX_COPY_CHARS,
    MAX_TITLE_CHARS,
    Passage,
    Source,
    cited_words,
    copied_message,
    markdown_citation,
    plain_citation,
)
from reader.document_meta import SourceInfo
from reader.sanitize import is_unsafe_char

TITLE = "Belarus regime uses bogus NATO threat to justify violence against own people – Stoltenberg"
URL = "https://example.org/story"
WEB = Source(TITLE, URL, True)
QUOTE = Passage("We will not move,", "quotation", "Jens Stoltenberg")


# -- y --------------------------------------------------------------------------------------------------------


def test_plain_citation_of_a_quotation_with_a_url() -> None:
    clip = plain_citation(QUOTE, WEB)
    assert clip.text == f"“We will not move” — Jens Stoltenberg, {TITLE} ({URL})"
    assert not clip.cut and not clip.markdown


def test_plain_citation_without_speaker_names_the_title_after_the_dash() -> None:
    clip = plain_citation(Passage("A plain sentence.", "sentence"), WEB)
    assert clip.text == f"“A plain sentence.” — {TITLE} ({URL})"


def test_plain_citation_of_a_file_and_of_a_piped_document() -> None:
    local = Source.of("Notes", SourceInfo(path="/home/me/notes.txt"))
    assert plain_citation(QUOTE, local).text == "“We will not move” — Jens Stoltenberg, Notes (/home/me/notes.txt)"
    piped = Source.of("From a pipe", SourceInfo())
    assert plain_citation(QUOTE, piped).text == "“We will not move” — Jens Stoltenberg, From a pipe"


def test_the_url_wins_over_the_file_it_was_saved_as() -> None:
    source = Source.of(TITLE, SourceInfo(kind="html", url=URL, path="/tmp/saved.html"), "/tmp/saved.html")
    assert source == WEB
    assert Source.of("T", SourceInfo(), "/only/the/document/path.md").address == "/only/the/document/path.md"


def test_plain_citation_is_one_line() -> None:
    clip = plain_citation(Passage("First paragraph.\n\nSecond\tparagraph\r\nends.", "selection"), Source("T"))
    assert clip.text == "“First paragraph. Second paragraph ends.” — T"


# -- cleaning the words ---------------------------------------------------------------------------------------


def test_quotation_marks_and_a_trailing_comma_are_taken_off() -> None:
    assert cited_words("„There is no build up,” ") == "There is no build up"
    assert cited_words("“Right here.”") == "Right here."
    assert cited_words("»Hier«") == "Hier"
    assert cited_words("« ici »") == "ici"
    assert cited_words("‘the regime and the President’") == "the regime and the President"


def test_single_marks_are_taken_off_only_as_a_pair() -> None:
    assert cited_words("the students’") == "the students’"
    assert cited_words("‘tis the season") == "‘tis the season"
    assert cited_words("He said ‘no’ twice.") == "He said ‘no’ twice."


def test_inner_marks_stay_and_only_marks_are_kept() -> None:
    assert cited_words("calls on ‘the regime’ to act;") == "calls on ‘the regime’ to act"
    assert cited_words("„") == "„"


def test_a_hostile_run_of_marks_is_cleaned_in_a_few_rounds() -> None:
    text = "word" + ",”" * 200_000
    assert cited_words(text).startswith("word")  # and returns at once: a few rounds, not one per mark


# -- Y --------------------------------------------------------------------------------------------------------


def test_markdown_citation_with_note_and_tags() -> None:
    passage = Passage("We will not move", "highlight", "Jens Stoltenberg", "My note.\nSecond line.", ("nato", "to do"))
    clip = markdown_citation(passage, WEB)
    assert clip.text == (
        "> We will not move\n"
        ">\n"
        f"> — Jens Stoltenberg, *{TITLE}* (<{URL}>)\n"
        "\n"
        "My note.\nSecond line.\n"
        "\n"
        "#nato #to-do\n"
    )


def test_markdown_citation_keeps_paragraphs_as_quoted_lines() -> None:
    passage = Passage("„First line\nsecond line\n\n\n\n    indented paragraph.”", "selection")
    clip = markdown_citation(passage, Source("T"))
    assert clip.text == "> First line\n> second line\n>\n> indented paragraph.\n>\n> — *T*\n"


def test_markdown_attribution_is_escaped_and_a_path_is_a_code_span() -> None:
    passage = Passage("Words", "quotation", "A_B [x]")
    clip = markdown_citation(passage, Source("*Bold* <b> #tag", "/tmp/a `b`.txt"))
    assert clip.text.splitlines()[-1] == r"> — A\_B \[x\], *\*Bold\* \<b\> \#tag* (``/tmp/a `b`.txt``)"


def test_a_url_an_autolink_cannot_hold_is_escaped_text() -> None:
    clip = markdown_citation(QUOTE, Source("T", "https://example.org/a b<c>", True))
    assert clip.text.splitlines()[-1] == r"> — Jens Stoltenberg, *T* (https://example.org/a b\<c\>)"


def test_markdown_without_title_or_address() -> None:
    assert markdown_citation(Passage("x", "sentence"), Source("")).text == "> x\n"


# -- safety and bounds ----------------------------------------------------------------------------------------


HOSTILE = "a\x1b]52;c;aGk=\x07b\u202ec\u2066d\x00e\x9bf\u200b"


def _unsafe(text: str) -> list[str]:
    return [char for char in text if char != "\n" and is_unsafe_char(char)]


def test_every_part_is_sanitised() -> None:
    passage = Passage(HOSTILE, "highlight", HOSTILE, note=HOSTILE + "\n" + HOSTILE, tags=(HOSTILE,))
    source = Source(HOSTILE, "https://x.org/" + HOSTILE, True)
    for clip in (plain_citation(passage, source), markdown_citation(passage, source)):
        assert _unsafe(clip.text) == []
        assert "␛]52;c;aGk=␇b⟨U+202E⟩c" in clip.text
        assert _unsafe(copied_message(clip)) == []


@given(st.text(max_size=200), st.text(max_size=40), st.text(max_size=60))
def test_no_unsafe_character_reaches_the_clipboard(text: str, speaker: str, note: str) -> None:
    passage = Passage(text or "x", "highlight", speaker or None, note, (speaker,))
    source = Source(speaker, text, bool(note))
    for clip in (plain_citation(passage, source), markdown_citation(passage, source)):
        assert _unsafe(clip.text) == []
    assert "\n" not in plain_citation(passage, source).text


def test_a_long_passage_is_cut_and_the_message_says_so() -> None:
    passage = Passage("word " * 50_000, "selection")  # 250,000 characters
    clip = plain_citation(passage, Source("T"))
    assert clip.cut and clip.words_cut
    assert len(clip.text) < MAX_COPY_CHARS + 100
    assert clip.text.endswith("…” — T")
    message = copied_message(clip)
    assert "Cut to its first 100,000 characters (it has 250,000)." in message


def test_a_whole_book_selection_costs_only_the_bound() -> None:
    passage = Passage("x" * 20_000_000, "selection")
    clip = markdown_citation(passage, Source("T"))
    assert clip.words_cut and len(clip.text) < MAX_COPY_CHARS + 100


def test_a_long_note_is_cut_and_said() -> None:
    clip = markdown_citation(Passage("w", "highlight", note="n" * (MAX_COPY_CHARS + 5)), Source("T"))
    assert clip.note_cut and not clip.words_cut
    assert "The note was cut" in copied_message(clip)


def test_long_title_is_shortened_and_a_long_address_left_out() -> None:
    clip = plain_citation(QUOTE, Source("t" * 5_000, "https://x.org/" + "p" * MAX_ADDRESS_CHARS, True))
    assert clip.text == f"“We will not move” — Jens Stoltenberg, {'t' * (MAX_TITLE_CHARS - 1)}…"


# -- the notification -----------------------------------------------------------------------------------------


def test_message_names_kind_format_preview_and_speaker() -> None:
    assert copied_message(plain_citation(QUOTE, WEB)) == (
        "Copied the quotation as a citation: “We will not move” — Jens Stoltenberg"
    )
    noted = Passage("x " * 100, "highlight", note="n")
    message = copied_message(markdown_citation(noted, WEB))
    assert re.fullmatch(r"Copied the highlight as Markdown with its note: “(x ){29}x…”", message), message


def test_y_never_turns_an_articles_words_into_a_link_an_image_or_html() -> None:
    """`Y` writes the words as a Markdown quote: where they would turn live (a hostile review), escaped."""
    passage = Passage("See ![](https://t.example/p.gif) and <img src=x> for [Trump]", "sentence", None,
                      tags=("a](javascript:b)",))
    clip = markdown_citation(passage, WEB)
    assert "> See !\\[\\](https://t.example/p.gif) and \\<img src=x> for [Trump]" in clip.text
    assert "#a\\](javascript:b)" in clip.text
