"""Quotations found by several processes (``reader quotes`` on a large file): exactly the one-process result, and
the same when a fork fails or a child sends something damaged; the name scan made apart equals the one made in
place; :func:`reader.forking.in_child` returns, raises and falls back as it says.

Documents are kept small by lowering the size limits (the forks and the sharing are the same at any size)."""

from __future__ import annotations

import os
import time
from array import array
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader import forking
from reader.document import Document
from reader.errors import ReaderError
from reader.quotes import Detection, Quotation, find_quotations
from reader.quotes import parallel as par
from reader.quotes.names import scan_names
from tests.conftest import SEED

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the parallel finder forks")

EXTRA = """\
“We will stay in the alliance,” Maria Kowalski said on Monday. Kowalski added: “Nobody asked us.

“Nobody asked the towns either.”

The so-called “peace dividend” is gone, said Jan Novak, who watched “Meet the Press” on Sunday.
"""


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(par, "PARALLEL_MIN_CHARS", 1_000)
    monkeypatch.setattr(par, "RANGE_CHARS", 3_000)


def long_document(markdown: bool = False) -> Document:
    seed = SEED.read_text(encoding="utf-8")
    return Document.from_text("\n\n".join([seed, EXTRA] * 6), markdown=markdown)


@pytest.mark.parametrize("processes", [2, 3])
@pytest.mark.parametrize("markdown", [False, True])
def test_several_processes_find_exactly_what_one_finds(small_limits: None, processes: int, markdown: bool) -> None:
    document = long_document(markdown)
    alone = find_quotations(document)
    assert len(alone) > 50 and any(q.speaker for q in alone)
    assert find_quotations(document, processes=processes) == alone


def test_a_small_document_is_not_shared_out(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork() -> int:
        raise AssertionError("a small document forked")

    monkeypatch.setattr(os, "fork", no_fork)
    document = Document.from_text(SEED.read_text(encoding="utf-8"))
    assert find_quotations(document, processes=2) == find_quotations(document)


def test_no_fork_finds_it_all_here(small_limits: None, monkeypatch: pytest.MonkeyPatch) -> None:
    document = long_document()
    alone = find_quotations(document)

    def failing_fork() -> int:
        raise OSError("no more processes")

    monkeypatch.setattr(os, "fork", failing_fork)
    assert find_quotations(document, processes=2) == alone


def test_what_a_child_sends_that_does_not_add_up_is_found_again_here(small_limits: None,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    document = long_document()
    alone = find_quotations(document)
    parent = os.getpid()
    real_attribute = par._attribute

    def miscounting(detection: Any, ranges: Any, numbers: Any) -> tuple[list[int], list[Quotation]]:
        counts, found = real_attribute(detection, ranges, numbers)
        if os.getpid() != parent and counts:
            counts[1] += 1  # one quotation more than it sends
        return counts, found

    monkeypatch.setattr(par, "_attribute", miscounting)
    assert find_quotations(document, processes=2) == alone


def test_kinds_classified_in_advance_are_the_kinds_attribution_gives() -> None:
    document = long_document()
    detection = Detection(document)
    inline = [q.kind for q in detection.attribute(0, len(detection))]
    codes = detection.kinds_of()
    assert len(codes) == len(detection)
    # before speakers are known: final_kind may still make a phrase a title or a term
    before = ["phrase" if kind in ("title", "term") and code == 1 else kind
              for kind, code in zip(inline, codes, strict=True)]
    assert [("speech", "phrase", "title", "term")[code] for code in codes] == before
    assert {"speech", "phrase"} <= set(before)
    given = Detection(document, classify_meanwhile=lambda work: work)
    assert given.kinds == codes
    assert given.attribute(0, len(given)) == detection.attribute(0, len(detection))


def _wrong_length(count: int) -> bytes:
    return b"\x00" * (count + 1)


def _unknown_code(count: int) -> bytes:
    return bytes([4]) * count


def _far_code(count: int) -> bytes:
    return bytes([7]) * count


@pytest.mark.parametrize("damage", [_wrong_length, _unknown_code, _far_code, lambda count: b"",
                                    lambda count: "not bytes"])
def test_kinds_damaged_on_the_way_are_classified_here(damage: Any) -> None:
    document = long_document()
    count = len(Detection(document))
    given = Detection(document, classify_meanwhile=lambda work: lambda: damage(count))
    assert given.kinds is None
    assert given.attribute(0, len(given)) == find_quotations(document)


def _watch_kinds(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, die: bool = False) -> list[bytes | None]:
    """Record (in files: a child's memory is its own) which process works out the kinds, and keep each Detection's
    kinds; ``die``: the child ends without answering."""
    real_kinds, real_init = Detection.kinds_of, Detection.__init__
    kept: list[bytes | None] = []

    def kinds_of(detection: Detection) -> bytes:
        (tmp_path / f"kinds-{os.getpid()}").write_text("")
        if die and os.getpid() != parent:
            os._exit(3)
        return real_kinds(detection)

    def init(detection: Detection, *args: Any, **kwargs: Any) -> None:
        real_init(detection, *args, **kwargs)
        kept.append(detection.kinds)

    parent = os.getpid()
    monkeypatch.setattr(Detection, "kinds_of", kinds_of)
    monkeypatch.setattr(Detection, "__init__", init)
    return kept


def test_the_kinds_are_worked_out_by_a_child_and_used(small_limits: None, monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    document = long_document()
    alone = find_quotations(document)
    kept = _watch_kinds(monkeypatch, tmp_path)
    assert find_quotations(document, processes=2) == alone
    assert _pids(tmp_path) and os.getpid() not in _pids(tmp_path)  # a child worked them out
    assert len(kept) == 1 and kept[0] is not None and len(kept[0]) == len(Detection(document))


def _pids(folder: Path) -> list[int]:
    return [int(p.name.split("-")[1]) for p in folder.glob("kinds-*")]


def test_a_kinds_child_that_dies_leaves_the_kinds_to_each_range(small_limits: None, monkeypatch: pytest.MonkeyPatch,
                                                               tmp_path: Path) -> None:
    document = long_document()
    alone = find_quotations(document)
    kept = _watch_kinds(monkeypatch, tmp_path, die=True)
    assert find_quotations(document, processes=2) == alone
    # the child started and died; this process did not classify them all before sharing the ranges out
    assert _pids(tmp_path) and os.getpid() not in _pids(tmp_path)
    assert kept == [None]


def test_a_kinds_child_that_claims_an_error_leaves_the_kinds_to_each_range(
        small_limits: None, monkeypatch: pytest.MonkeyPatch) -> None:
    document = long_document()
    alone = find_quotations(document)

    def failing(detection: Detection) -> bytes:
        raise ReaderError("no kinds")

    monkeypatch.setattr(Detection, "kinds_of", failing)
    assert find_quotations(document, processes=2) == alone


def test_every_process_takes_ranges_and_each_is_found_once(small_limits: None, monkeypatch: pytest.MonkeyPatch,
                                                          tmp_path: Path) -> None:
    parent = os.getpid()
    here: list[int] = []
    from_children: list[int] = []
    real_attribute, real_take = par._attribute, par._take

    started = tmp_path / "child-started"

    def slowly(numbers: Any) -> Any:  # each process takes a range every 20 ms; this one once the child is there
        deadline = time.monotonic() + 30
        while not started.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        for number in numbers:
            yield number
            time.sleep(0.02)

    def recording(detection: Any, ranges: Any, numbers: Any) -> tuple[list[int], list[Quotation]]:
        if os.getpid() != parent:
            started.touch()
            return real_attribute(detection, ranges, slowly(numbers))  # type: ignore[no-any-return]
        counts, found = real_attribute(detection, ranges, slowly(numbers))
        here.extend(counts[::2])
        return counts, found

    def taking(collect: Any) -> dict[int, list[Quotation]]:
        got = real_take(collect)
        from_children.extend(got)
        return got

    monkeypatch.setattr(par, "_attribute", recording)
    monkeypatch.setattr(par, "_take", taking)
    monkeypatch.setattr(par, "RANGE_CHARS", 1_000)
    document = long_document()
    assert find_quotations(document, processes=2) == find_quotations(document)
    assert here and from_children
    assert sorted(here + from_children) == list(range(len(here) + len(from_children)))


def test_the_ranges_of_a_child_that_fails_are_found_here(small_limits: None, monkeypatch: pytest.MonkeyPatch) -> None:
    document = long_document()
    alone = find_quotations(document)
    parent = os.getpid()

    real_attribute = par._attribute

    def failing(detection: Any, ranges: Any, numbers: Any) -> tuple[list[int], list[Quotation]]:
        result = real_attribute(detection, ranges, numbers)
        if os.getpid() != parent:
            raise RuntimeError("the child breaks after taking its ranges")
        return result

    monkeypatch.setattr(par, "_attribute", failing)
    assert find_quotations(document, processes=3) == alone


TEXT = SEED.read_text(encoding="utf-8") + "\n\n" + EXTRA


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(TEXT)), st.integers(1, 400)), max_size=12))
def test_a_name_scan_made_apart_equals_one_made_in_place(cuts: list[tuple[int, int]]) -> None:
    spans: list[tuple[int, int]] = []
    for start, length in sorted(cuts):  # sorted, not overlapping, as the outermost quotations are
        if not spans or start >= spans[-1][1]:
            spans.append((start, min(len(TEXT), start + length)))
    assert scan_names(TEXT).outside(spans) == scan_names(TEXT, spans)


def test_the_name_scan_keeps_runs_outside_quotations() -> None:
    text = "Maria Kowalski left. “Novak stays,” she said."
    scan = scan_names(text, [(text.index("Novak"), text.index("”"))])
    assert list(scan.starts) == [0]  # Maria Kowalski's run only
    assert "Novak" in scan.alone  # a name quoted still counts as one seen alone


# -- reader.forking ---------------------------------------------------------------------------------------------


def test_in_child_returns_the_childs_value() -> None:
    parent = os.getpid()
    collect = forking.in_child(lambda: ("pid", os.getpid()), lambda value: isinstance(value, tuple))
    name, pid = collect()
    assert name == "pid" and pid != parent


def test_in_child_raises_the_childs_reader_error() -> None:
    def refuse() -> str:
        raise ReaderError("not a page")

    with pytest.raises(ReaderError, match="not a page"):
        forking.in_child(refuse, lambda value: True)()


def test_in_child_runs_the_work_here_when_the_value_is_refused(tmp_path: Path) -> None:
    parent = os.getpid()
    assert forking.in_child(os.getpid, lambda value: False)() == parent
    assert forking.in_child(lambda: array("q", [1]), lambda value: isinstance(value, array))() == array("q", [1])


def test_in_child_leaves_no_child_behind() -> None:
    pid = forking.in_child(os.getpid, lambda value: isinstance(value, int))()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # reaped already


def test_a_child_not_waited_for_is_reaped_later() -> None:
    pid = forking.in_child(os.getpid, lambda value: isinstance(value, int), reap=False)()
    forking.in_child(os.getpid, lambda value: isinstance(value, int))()  # a later call that waits reaps it too
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)
