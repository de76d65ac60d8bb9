"""The quotation finder forked early (issue 14, item 1): right after the first paint, before the rest of a large
document is decoded and parsed, while the process maps about half the memory (the fork's cost follows it). The
child parses the rest itself and finds what the whole-document finder finds; the fork never happens while another
thread holds the document's parse lock. No timing assertions."""

from __future__ import annotations

import os

import pytest

from reader import blocks
from reader.document import Document
from reader.quotes import background as bg
from reader.quotes import find_quotations
from reader.quotes.table import QuotationTable
from tests.conftest import SEED
from tests.unit.test_quotes_background import EXTRA, children, reaped

__all__ = ["children"]  # the fixture, shared with test_quotes_background

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the background finder forks")


def unparsed_document(monkeypatch: pytest.MonkeyPatch, copies: int = 12) -> Document:
    """A document whose blocks after the first ~2,000 characters are not parsed yet (as a large file's are at the
    first paint)."""
    monkeypatch.setattr(blocks, "FIRST_PART", 2_000)
    title, _, body = SEED.read_text(encoding="utf-8").partition("\n\n")
    parts = [title]
    for number in range(copies):
        parts += [body.strip(), f"Section {number} of the dispatch.", EXTRA.strip()]
    document = Document("\n\n".join(parts) + "\n", lazy=True)
    assert not document.complete
    return document


def test_a_finder_forked_before_the_rest_is_parsed_finds_the_whole_result(
    children: list[bg.Child], monkeypatch: pytest.MonkeyPatch
) -> None:
    document = unparsed_document(monkeypatch)
    child = bg.fork_finder(document)
    assert child is not None and len(children) == 1
    document.finish_parsing()  # the start-up worker's parse, while the child parses its own copy
    table = QuotationTable(document.text)
    bg.find_progressively(document, table.add, lambda: False, child=child)
    assert len(children) == 1  # the early child was read: no second fork
    assert list(table) == find_quotations(document)
    assert reaped(child.pid) and child.status == 0


def test_an_early_finder_never_read_is_stopped_and_reaped(
    children: list[bg.Child], monkeypatch: pytest.MonkeyPatch
) -> None:
    child = bg.fork_finder(unparsed_document(monkeypatch))
    assert child is not None
    child.stop()  # what the start-up worker does when it is cancelled before reading it
    child.stop()  # idempotent
    assert reaped(child.pid)


def test_a_small_whole_document_is_not_forked(monkeypatch: pytest.MonkeyPatch) -> None:
    forks: list[int] = []

    def fork() -> int:
        forks.append(1)
        raise OSError("no fork in this test")

    monkeypatch.setattr(os, "fork", fork)
    document = Document.from_text(SEED.read_text(encoding="utf-8")[:5_000])
    assert bg.fork_finder(document) is None and forks == []


def test_the_fork_waits_for_the_parse_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    """A thread parsing the rest (a jump far ahead) holds the lock; a fork then would leave the child a half-made
    block list and a lock nobody releases. The fork happens with the lock held by the forking thread itself."""
    document = unparsed_document(monkeypatch)
    held: list[bool] = []

    def fork() -> int:
        held.append(document._parse_lock.locked())
        raise OSError("no fork in this test")

    monkeypatch.setattr(os, "fork", fork)
    assert bg.fork_finder(document) is None
    assert held == [True]
    assert not document._parse_lock.locked()  # released after the failed fork


def test_the_child_does_not_give_way_to_the_apps_frozen_queues(
    children: list[bg.Child], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's give-way hook is installed by the thread that forks; in the child it would read the app's queues
    as they were at the fork and could sleep at every part of the parse. The child drops it: here a hook that
    would keep any other process waiting for a minute at each call does not delay it."""
    import time

    from reader.give_way import giving_way

    parent = os.getpid()

    def hook() -> None:
        if os.getpid() != parent:
            time.sleep(60)

    document = unparsed_document(monkeypatch)
    with giving_way(hook):
        child = bg.fork_finder(document)
    assert child is not None
    document.finish_parsing()
    table = QuotationTable(document.text)
    bg.find_progressively(document, table.add, lambda: False, child=child)
    assert list(table) == find_quotations(document)
    assert reaped(child.pid) and child.status == 0
