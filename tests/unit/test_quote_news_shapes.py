"""Shapes from a seventh review set of new news prose (issue 11, part 18): British single marks around a phrase
that ends in "s" before the sentence's full stop, French incises inside the marks, German reported speech.
Short examples written for these tests, each shaped after a failure of that set."""

from __future__ import annotations

import pytest

from reader.document import Document
from reader.quotes import Quotation, find_quotations


def quotes(body: str) -> list[Quotation]:
    return find_quotations(Document.from_text("Title\n\n" + body + "\n"))


def test_a_single_mark_after_s_before_a_full_stop_closes_the_quotation() -> None:
    """"‘a grown-up process’." had been read as a possessive ("the players’ union") because a later mark could
    close: the quotation was lost and the next one given its words."""
    found = quotes("Blakely said he wanted \u2018a grown-up process\u2019. Ferris said simply: \u2018Give them back.\u2019")
    assert [(q.text, q.speaker) for q in found] == [("a grown-up process", "Blakely"), ("Give them back.", "Ferris")]


def test_a_possessive_single_mark_still_is_one() -> None:
    found = quotes("\u2018The players\u2019 union is strong,\u2019 Ann Lee said.")
    assert [q.text for q in found] == ["The players\u2019 union is strong,"]
