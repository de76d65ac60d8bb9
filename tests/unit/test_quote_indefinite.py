"""reader.quotes.role_mentions.indefinite_ending_at: what the per-role pattern ``_indefinite`` finds, searched for
up to the role written at ``at``, when the match ends with that role (one pattern for every role there, the role's
own when it is written twice in the window)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.quotes.role_mentions import _GENERIC_BEFORE, _indefinite, indefinite_ending_at

_WORDS = ["a", "A", "an", "One", "another", "the", "for", "un", "une", "Ein", "eine", "l'homme", "x-y", "it’s", "1",
          "source", "sources", "sourced", "Sprecher", "témoin", "_source", "de"]
_SEPARATORS = [" ", " ", " ", "  ", ", ", ".", "\n", "-", ""]


def _expected(text: str, floor: int, at: int, role: str, lang: str) -> tuple[int, int] | None:
    """The pattern's match, unless a preposition before it makes the role anyone's ("for a source": part 43)."""
    found = _indefinite(role, lang).search(text, floor, at + len(role) + 1)
    return (found.start(), found.end()) if found is not None and found.end() >= at + len(role) and not (
        _GENERIC_BEFORE.search(text, max(0, found.start() - 8), found.start())) else None


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)), max_size=10),
       st.sampled_from(["source", "Sprecher", "témoin", "a"]), st.sampled_from(["en", "fr", "de", "it"]),
       st.integers(min_value=0, max_value=80))
def test_same_as_the_role_pattern(pieces: list[tuple[str, str]], role: str, lang: str, back: int) -> None:
    text = "".join(word + separator for word, separator in pieces)
    at = text.find(role)
    while at >= 0:
        floor = max(0, at - back)
        assert indefinite_ending_at(text, floor, at, role, lang) == _expected(text, floor, at, role, lang)
        at = text.find(role, at + 1)


def test_examples() -> None:
    text = "A Labour source said. One Western diplomat briefed on it, a source close to another source"
    assert indefinite_ending_at(text, 0, text.find("source"), "source", "en") == (0, 15)
    at = text.find("diplomat")
    assert indefinite_ending_at(text, 0, at, "diplomat", "en") == (22, at + len("diplomat"))
    assert indefinite_ending_at(text, 40, text.rfind("source"), "source", "en") is None  # (ends with the first)
