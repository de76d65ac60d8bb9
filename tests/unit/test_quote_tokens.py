"""reader.quotes.token_windows._slice_tokens: the same (token, offset) pairs as ``_TOKEN.finditer`` on the slice;
reader.quotes.names.lower_case_words: the same words as one ``findall``; the sentence boundaries read backwards."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.quotes.names import _TOKEN
from reader.quotes.token_windows import _slice_tokens

TEXTS = [
    "“It’s over,” said Sen. Bernie Sanders (I-Vt.) on Monday.",
    "  leading spaces,\tA\u00a0non-breaking space and a soft hy\u00adphen… — dash;  trailing  ",
    "Lukashenka‘s men – «Un choc»\n\nnext paragraph: 'quoted' words, O'Neill's “x”",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_as_finditer_on_every_window(text: str) -> None:
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1, 3):
            expected = [(m.group(), m.start()) for m in _TOKEN.finditer(text, start, end)]
            assert _slice_tokens(text, start, end) == expected


@pytest.mark.parametrize("chunk", [1, 2, 5, 17, 1 << 20])
@pytest.mark.parametrize("text", [*TEXTS, "über die Brücke und zurück’s, l'été dernier était chaud " * 7,
                                  "odd\x1cspaces\u2028and\u00a0more\u200bjoined\r\nwords\x0bhere 'tis don't"])
def test_lower_case_words_in_chunks_equal_one_findall(text: str, chunk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The words are read from the text's distinct whitespace-separated chunks, a chunk of text at a time, each
    cut at a space: the set is the one a single findall over the whole text gives, for any chunk size and any
    whitespace (``str.split``'s is the regex's ``\\s``)."""
    import reader.quotes.names as people

    monkeypatch.setattr(people, "_WORDS_CHUNK", chunk)
    assert people.lower_case_words(text) == set(people._LOWER_WORD.findall(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1.,-’'‘ \n\t\u00ad\u00a0“”Zé9_", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_same_as_finditer_on_any_text(text: str, start: int, end: int) -> None:
    """The possessive two-group pattern tiles any text as ``_TOKEN`` does (digits with separators, hyphens,
    apostrophes, soft hyphens, marks, any whitespace), from any start to any end."""
    expected = [(m.group(), m.start()) for m in _TOKEN.finditer(text, start, end)]
    assert _slice_tokens(text, start, end) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1.,-’'‘ \n\t\u00ad“”Z9_", max_size=40))
def test_possessive_token_pattern_matches_as_the_plain_one(text: str) -> None:
    """``_TOKEN``'s possessive quantifiers change its speed, not its matches."""
    import re

    plain = re.compile(r"\d+(?:[.,]\d+)+|[\w\u00ad]+(?:[-’'‘][\w\u00ad]+)*|[^\w\s]")
    assert _TOKEN.findall(text) == plain.findall(text)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="a Z.!?…\"”’»“)]\n\t\u00a0é1", max_size=40))
def test_reversed_boundaries_are_the_boundaries_last_first(text: str) -> None:
    """reader.quotes.sentence_bounds: ``_BOUNDARY_REVERSED`` on the reversed text finds ``_BOUNDARY``'s matches
    (start and end) in the text, last first."""
    from reader.quotes.sentence_bounds import _BOUNDARY, _BOUNDARY_REVERSED

    forward = [m.span() for m in _BOUNDARY.finditer(text)]
    backward = [(len(text) - m.end(), len(text) - m.start()) for m in _BOUNDARY_REVERSED.finditer(text[::-1])]
    assert backward == forward[::-1]
