"""What attribution reads of a whole text before any quotation: its lower-case words and its runs of capitalised
words (:func:`read_words`), a pure function of the text, so another process may read it meanwhile
(:mod:`reader.quotes.parallel`)."""

from __future__ import annotations

from reader.quotes.names import NameScan, lower_case_words, scan_names

TextWords = tuple[set[str], NameScan]
"""The text's lower-case words and its name scan."""


def read_words(text: str, words_from: int = 0) -> TextWords:
    """The text's :data:`TextWords`; only the lower-case words from ``words_from`` on (a space or 0: the caller
    reads those before it)."""
    return lower_case_words(text[words_from:] if words_from else text), scan_names(text)
