"""Quotations found range by range, in a forked child: the same as the whole-document finder, the child reaped on
every path, a failure found again in this process, and ``reader quotes`` on a file over a million characters.

No timing assertions: slowness is made by patching the finder (the child inherits the patch through the fork).
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reader.document import Document
from reader.quotes import Detection, Quotation, find_quotations
from reader.quotes import background as bg
from reader.quotes.table import Payload, QuotationTable, encode
from tests.conftest import SEED

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the background finder forks")

EXTRA = """\
“We will stay in the alliance,” Maria Kowalski said on Monday.

“And we will not be moved.” The minister then left the room.

Kowalski told reporters that the plan was “a disgrace”. She said: “Nobody asked us. Nobody asked the farmers.

“Nobody asked the towns either.”

The so-called “peace dividend” is gone, said Jan Novak, who watched “Meet the Press” on Sunday.
"""


def seed_document() -> Document:
    return Document.from_text(SEED.read_text(encoding="utf-8"))


def long_document(copies: int = 30) -> Document:
    """The seed's body and a few attribution patterns across paragraphs (inheritance, a pronoun, a quotation over
    two paragraphs, a term, a title), repeated: many ranges, each depending on people named before it."""
    title, _, body = SEED.read_text(encoding="utf-8").partition("\n\n")
    parts = [title]
    for number in range(copies):
        parts += [body.strip(), f"Section {number} of the dispatch.", EXTRA.strip()]
    document = Document.from_text("\n\n".join(parts) + "\n")
    document.finish_parsing()
    return document


def table_of(payloads: Iterator[Payload] | list[Payload], text: str) -> QuotationTable:
    table = QuotationTable(text)
    for payload in payloads:
        table.add(payload)
    return table


def reaped(pid: int) -> bool:
    """The child is gone and was waited for (no zombie of ours)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return pid not in bg._LIVE
    return False


@pytest.fixture
def children(monkeypatch: pytest.MonkeyPatch) -> list[bg.Child]:
    """Every child started in the test (and a large-document route for any size)."""
    started: list[bg.Child] = []
    original = bg.Child.start

    def start(document: Document, *, chars: int | None = None) -> bg.Child | None:
        child = original(document, chars=chars)
        if child is not None:
            started.append(child)
        return child

    monkeypatch.setattr(bg.Child, "start", start)
    monkeypatch.setattr(bg, "IN_PROCESS_CHARS", 0)
    monkeypatch.setattr(bg, "CHUNK_CHARS", 2_000)
    return started


def find_all(document: Document, cancelled: Callable[[], bool] = lambda: False) -> QuotationTable:
    table = QuotationTable(document.text)
    bg.find_progressively(document, table.add, cancelled)
    return table


# -- ranges -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("chars", [1, 500, 5_000])
def test_ranges_joined_are_the_whole_document_result(chars: int) -> None:
    for document in (seed_document(), long_document()):
        whole = find_quotations(document)
        detection = Detection(document)
        ranges = detection.ranges(chars)
        assert [q for lo, hi in ranges for q in detection.attribute(lo, hi)] == whole
        assert ranges[0][0] == 0 and ranges[-1][1] == len(whole)
        assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:], strict=False))
    assert len(Detection(long_document()).ranges(500)) > 20  # really many ranges


def test_forgetting_the_caches_between_ranges_changes_nothing() -> None:
    """The finder drops the attributor's and the ranker's per-block caches after each range (memory): they are
    memos, so the result is the same."""
    document = long_document()
    detection = Detection(document)
    found: list[Quotation] = []
    for lo, hi in detection.ranges(300):
        found += detection.attribute(lo, hi)
        detection.forget()
        assert not detection.attributor._narrative and not detection.attributor._starts
    assert found == find_quotations(document)


def test_ranges_keep_inheritance_and_nesting_inside_one_range() -> None:
    """A cut never falls between a quotation and the one that inherits its speaker in the next paragraph, nor
    between a parent and its nested quotations."""
    document = long_document(3)
    detection = Detection(document)
    for lo, hi in detection.ranges(1):
        for number in range(lo, hi):
            parent = detection.parent(number)
            assert parent is None or lo <= parent < hi
        if lo:
            assert max(detection.last_blocks[:lo]) < detection.first_blocks[lo] - 1
    found = find_quotations(document)
    second = next(q for q in found if q.text.startswith("And we will not be moved"))
    assert second.speaker == "Kowalski"  # inherited from the paragraph before


def test_known_until_covers_every_quotation_of_the_ranges_before() -> None:
    document = long_document(5)
    detection = Detection(document)
    whole = find_quotations(document)
    for _, hi in detection.ranges(1_000):
        until = detection.known_until(hi)
        assert all(q.start >= until for q in whole[hi:])
    assert detection.known_until(len(detection)) == len(document.text)


# -- payloads and the compact table ---------------------------------------------------------------------------


def test_payloads_in_this_process_make_the_whole_result_and_skip_what_was_delivered() -> None:
    document = long_document(10)
    whole = find_quotations(document)
    sent = list(bg.payloads(document, chars=1_000))
    assert len(sent) > 5 and sent[-1][2] and not any(p[2] for p in sent[:-1])
    assert list(table_of(sent, document.text)) == whole
    table = table_of(sent[:3], document.text)
    assert not table.done and 0 < table.progress < 1
    for payload in bg.payloads(document, chars=1_000, skip=len(table)):
        table.add(payload)
    assert list(table) == whole and table.done and table.progress == 1.0


def test_no_quotation_is_one_empty_finished_payload() -> None:
    document = Document.from_text("Title\n\nNothing quoted here.\n")
    sent = list(bg.payloads(document))
    assert len(sent) == 1
    table = table_of(sent, document.text)
    assert len(table) == 0 and table.done


def test_the_table_keeps_texts_that_are_not_slices_and_finds_spans() -> None:
    text = "# Title\n\n> A block quotation\n> over two lines.\n\nShe said “yes” and “no”.\n"
    document = Document.from_text(text, markdown=True)
    whole = find_quotations(document)
    assert any(q.text != document.text[q.start : q.end] for q in whole)  # the block quotation joins its lines
    table = QuotationTable.of(document.text, whole)
    assert list(table) == whole and table[-1] == whole[-1] and table[1:] == whole[1:]
    assert table.find(whole[-1].start, whole[-1].end) == whole[-1]
    assert table.find(whole[-1].start, whole[-1].end + 1) is None
    assert table.speaker(len(whole) - 1) == (whole[-1].speaker, whole[-1].speaker_full)
    with pytest.raises(IndexError):
        table[len(whole)]


def test_the_table_refuses_a_payload_out_of_order_or_damaged() -> None:
    document = seed_document()
    whole = find_quotations(document)
    table = QuotationTable(document.text)
    with pytest.raises(ValueError, match="expected"):
        table.add(encode(document.text, 2, whole[2:], len(document.text), True))
    good = encode(document.text, 0, whole, len(document.text), True)
    damaged = (*good[:4], good[4][:-8], *good[5:])  # one end fewer than starts
    with pytest.raises(ValueError, match="damaged"):
        table.add(damaged)
    assert len(table) == 0


def test_speakers_are_stored_once() -> None:
    document = long_document(20)
    table = QuotationTable.of(document.text, find_quotations(document))
    assert len(table._speakers) < 10 < len(table)
    names = {id(table.speaker(i)[1]) for i in range(len(table)) if table.speaker(i)[1] == "Jens Stoltenberg"}
    assert len(names) == 1


# -- the provisional first range ----------------------------------------------------------------------------------


def small_provisional(monkeypatch: pytest.MonkeyPatch, chars: int = 3_000) -> None:
    """A provisional payload for any size of document, over its first ``chars`` characters."""
    monkeypatch.setattr(bg, "PROVISIONAL_MIN_CHARS", 0)
    monkeypatch.setattr(bg, "PROVISIONAL_CHARS", chars)


def test_a_provisional_payload_holds_the_starts_quotations_with_their_real_spans(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    small_provisional(monkeypatch)
    document = long_document()
    payload = bg.provisional_payload(document)
    assert payload is not None and payload[0] == 0 and not payload[2]  # numbered from 0, never done
    early = table_of([payload], document.text)
    whole = find_quotations(document)
    assert 0 < len(early) < len(whole)
    assert all(q.end <= 3_000 for q in early)
    # every quotation before ``known_until`` is there, with the span the whole-document finder gives it
    assert early.known_until <= 3_000
    before = [q for q in whole if q.start < early.known_until]
    assert [(q.start, q.end, q.open, q.close) for q in early] == [(q.start, q.end, q.open, q.close) for q in before]


def test_no_provisional_payload_for_a_document_found_quickly() -> None:
    assert bg.provisional_payload(seed_document()) is None  # small and whole: its first range comes at once


def test_the_child_sends_the_provisional_payload_before_the_real_ones(
    children: list[bg.Child], monkeypatch: pytest.MonkeyPatch
) -> None:
    small_provisional(monkeypatch)
    document = long_document(10)
    early: list[Payload] = []
    table = QuotationTable(document.text)

    def deliver(payload: Payload) -> None:
        assert len(early) == 1  # the provisional one came first
        table.add(payload)

    bg.find_progressively(document, deliver, lambda: False, provisional=early.append)
    assert list(table) == find_quotations(document)  # the real result, whole, unchanged by it


# -- the child --------------------------------------------------------------------------------------------------


def test_the_child_finds_the_whole_result_range_by_range_and_is_reaped(children: list[bg.Child]) -> None:
    document = long_document(10)
    received: list[int] = []
    table = QuotationTable(document.text)

    def deliver(payload: Payload) -> None:
        table.add(payload)
        received.append(len(table))

    bg.find_progressively(document, deliver, lambda: False)
    assert len(children) == 1 and len(received) > 5
    assert list(table) == find_quotations(document)
    assert reaped(children[0].pid) and children[0].status == 0  # it ended by itself, and was waited for


def slow_in_the_child(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every range after the first take a minute, in the child only (the patch is inherited by the fork)."""
    original = Detection.attribute
    parent = os.getpid()

    def attribute(self: Detection, lo: int, hi: int) -> list[Quotation]:
        if os.getpid() != parent and lo > 0:
            time.sleep(60)
        return original(self, lo, hi)

    monkeypatch.setattr(Detection, "attribute", attribute)


def test_cancelling_kills_and_reaps_the_child(children: list[bg.Child], monkeypatch: pytest.MonkeyPatch) -> None:
    slow_in_the_child(monkeypatch)
    document = long_document(10)
    first = threading.Event()
    table = QuotationTable(document.text)

    def deliver(payload: Payload) -> None:
        table.add(payload)
        first.set()

    bg.find_progressively(document, deliver, first.is_set)  # cancelled as soon as the first range came
    assert len(children) == 1 and 0 < len(table) < len(find_quotations(document)) and not table.done
    assert reaped(children[0].pid)
    assert not Path(f"/proc/{children[0].pid}").exists() or sys.platform != "linux"


def test_a_failing_child_is_replaced_by_this_process(children: list[bg.Child], monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(fd: int, parent: int) -> None:
        raise RuntimeError("no child today")

    monkeypatch.setattr(bg, "_leave_the_app", broken)
    document = long_document(5)
    assert list(find_all(document)) == find_quotations(document)
    assert len(children) == 1 and reaped(children[0].pid)


def test_a_child_dying_midway_is_continued_here_from_where_it_stopped(
    children: list[bg.Child], monkeypatch: pytest.MonkeyPatch
) -> None:
    original = bg._send
    sent = [0]

    def send(fd: int, message: tuple[str, object]) -> None:
        sent[0] += 1
        if sent[0] > 3:
            os._exit(3)  # in the child: it dies after three payloads
        original(fd, message)

    monkeypatch.setattr(bg, "_send", send)
    document = long_document(10)
    firsts: list[int] = []
    table = QuotationTable(document.text)

    def deliver(payload: Payload) -> None:
        firsts.append(payload[0])
        table.add(payload)

    bg.find_progressively(document, deliver, lambda: False)
    assert list(table) == find_quotations(document)
    assert firsts == sorted(set(firsts)) and len(firsts) > 4  # nothing delivered twice
    assert reaped(children[0].pid)


def test_when_both_fail_the_error_reaches_the_caller(children: list[bg.Child], monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: Detection, document: Document, collect: object = None) -> None:
        raise RuntimeError("finder broken")

    monkeypatch.setattr(Detection, "__init__", broken)
    with pytest.raises(RuntimeError, match="finder broken"):
        find_all(long_document(2))
    assert reaped(children[0].pid)


def test_a_small_document_is_done_here_without_a_child(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork(*args: object, **kwargs: object) -> None:
        raise AssertionError("a small document needs no child")

    monkeypatch.setattr(bg.Child, "start", no_fork)
    document = seed_document()
    assert len(document.text) < bg.IN_PROCESS_CHARS
    assert list(find_all(document)) == find_quotations(document)


# -- reader quotes ------------------------------------------------------------------------------------------------


def test_reader_quotes_covers_a_file_over_a_million_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.cli import main

    filler = "The council met again on Tuesday and discussed the budget at some length. " * 8
    parts = ["A long record", *[filler.strip()] * (1_100_000 // len(filler))]
    parts.append("“We have read every page of it,” Anna Berg said at the very end.")
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    assert path.stat().st_size > 1_000_000
    assert main(["quotes", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    start = int(lines[-1].split("-", 1)[0])
    assert start > 1_000_000 and "Anna Berg" in lines[-1] and "We have read every page" in lines[-1]
