"""``--split`` export's patterns run in linear time (a hostile review: ``_ID_LINE`` took 11 s on a foreign note
whose ``reader-id`` value was padded with 64,000 blanks, ``_GAP`` 4.9 s on a title of 80,000 dashes), and they
find what the quadratic patterns found. The large inputs would take the old patterns many minutes."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.formats import split
from reader.formats.split import MAX_STEM_CHARS, STEM_SOURCE_CHARS, file_stem, reader_id

_OLD_GAP = re.compile(r"[-_ ]* [-_ ]*")
_OLD_ID_LINE = re.compile(r"^reader-id\s*:\s*(.*?)\s*$")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="-_ ab", max_size=40))
def test_the_gap_pattern_replaces_what_the_old_one_did(text: str) -> None:
    assert split._GAP.sub(" ", text) == _OLD_GAP.sub(" ", text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=[" ", "\t", "\u00a0", "\u3000", ":", "a", "b", '"', "#", "-"], max_size=30))
def test_the_id_line_finds_what_the_old_one_did(value: str) -> None:
    for line in (f"reader-id{value}", f"reader-id:{value}", f"reader-id :{value}"):
        old = _OLD_ID_LINE.match(line)
        new = split._ID_LINE.match(line)
        assert (old is None) == (new is None)
        if old is not None and new is not None:
            assert new.group(1).rstrip() == old.group(1)


def test_a_title_of_a_million_dashes_is_linear() -> None:
    dashes = "-" * 1_000_000
    assert split._GAP.sub(" ", dashes + "x") == dashes + "x"  # no space: nothing replaced
    assert split._GAP.sub(" ", dashes + " " + dashes) == " "
    assert file_stem(dashes + "x") == "Untitled"  # only the first STEM_SOURCE_CHARS characters are read


def test_file_stem_reads_a_bounded_part_of_the_title() -> None:
    title = "word " * 2_000_000
    assert file_stem(title) == file_stem(title[:STEM_SOURCE_CHARS])
    assert len(file_stem(title)) <= MAX_STEM_CHARS
    assert file_stem("Jean-Luc --- snake_case  -  x") == "Jean-Luc snake_case x"


def test_a_foreign_note_with_a_padded_reader_id_is_read_in_linear_time() -> None:
    padded = b"---\nreader-id: a" + b" " * 1_000_000 + b"b\n---\n\nMy own note.\n"
    assert reader_id(padded) == "a" + " " * 1_000_000 + "b"
    assert reader_id(b"---\nreader-id:   " + b" " * 1_000_000 + b"\n---\n") is None
    assert reader_id(b'---\nreader-id :  "sha256:ab"   \t\n---\n') == "sha256:ab"
