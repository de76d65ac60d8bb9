"""Counts with their nouns in the right number (reader.counts): messages had said "1 change(s) were not saved"."""

from __future__ import annotations

from reader.counts import counted, were


def test_one_is_singular_and_every_other_count_plural() -> None:
    assert counted(1, "change") == "1 change" and counted(0, "change") == "0 changes"
    assert counted(12_400, "highlight") == "12,400 highlights"
    assert counted(2, "child", "children") == "2 children" and counted(1, "child", "children") == "1 child"
    assert (were(1), were(0), were(3)) == ("was", "were", "were")
