"""Chunks of non-blank lines (reader.blocks._chunks): the one-regex scan agrees with reading line by line, and a
line of many blanks before a word costs linear time (a hostile review: N² before, 80,000 spaces took 17 s)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.blocks import _LEADING_BLANKS, _TRAILING_BLANKS, _chunks, _strip

_PIECES = st.lists(st.sampled_from([" ", "\t", "\u00a0", "\ufeff", "\r", "\n", "\n\n", "a", "b c", "\f", "\v"]),
                   max_size=40)


def _by_lines(text: str) -> list[list[tuple[int, int]]]:
    chunks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        s, e = _strip(text, start, start + len(line))
        if s < e:
            current.append((s, e))
        elif current:
            chunks.append(current)
            current = []
        start += len(line) + 1
    if current:
        chunks.append(current)
    return chunks


@settings(max_examples=500, deadline=None)
@given(pieces=_PIECES)
def test_the_scan_finds_the_chunks_reading_line_by_line_finds(pieces: list[str]) -> None:
    text = "".join(pieces) + "\n"
    assert _chunks(text) == _by_lines(text)


def test_a_line_of_many_blanks_before_a_word_is_one_chunk() -> None:
    for blank in (" ", "\t", "\u00a0"):
        text = "Title\n\n" + blank * 300_000 + "x\n\nLast.\n"  # (quadratic, this took minutes)
        assert [len(chunk) for chunk in _chunks(text)] == [1, 1, 1]
    assert " " in _LEADING_BLANKS and " " in _TRAILING_BLANKS  # the classes overlap: what made it quadratic
