"""The shared record rules' fast path (:func:`reader.annotation_rules.record_problems`) gives the same verdict
and messages as the full, field-by-field way on any record: valid ones, and each field broken in the ways a
hand-edited store or a hostile import breaks it."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.annotation import COLORS, MAX_NOTE_CHARS, MAX_TAG_CHARS, MAX_TAGS
from reader.annotation_rules import MAX_OFFSET, _plainly_valid, all_plainly_valid, full_problems, record_problems


class Text(str):
    """A str subclass: passes ``isinstance`` but not the fast path's exact type check."""


def valid_record() -> dict[str, Any]:
    return {
        "id": "a1",
        "doc_id": "sha256:00",
        "path": "a.txt",
        "title": "A",
        "start": 3,
        "end": 9,
        "text": "naïve ",
        "prefix": "",
        "suffix": "x",
        "color": "green",
        "note": "",
        "tags": ["t"],
        "speaker": None,
        "created": "2026-01-01T10:00:00.000000+00:00",
        "updated": "2026-01-02T10:00:00+00:00",
        "anchor": "exact",
    }


ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-3, max_value=MAX_OFFSET + 3),
    st.sampled_from([0, 1, 2**53 - 1, 2**53, 1.5, float("nan")]),
    st.text(max_size=12),
    st.sampled_from(["", "red", *COLORS, "moved", "orphan", "2026-01-01", "2026-13-01T00:00:00", "x" * 300]),
    st.builds(Text, st.sampled_from(["yellow", "a", "2026-01-01T00:00:00"])),
    st.lists(st.one_of(st.text(max_size=3), st.integers(), st.none()), max_size=3),
    st.tuples(st.text(max_size=3)),
    st.just(["t"] * (MAX_TAGS + 1)),
    st.just(["x" * (MAX_TAG_CHARS + 1)]),
    st.just("n" * (MAX_NOTE_CHARS + 1)),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=1),
)
FIELDS = list(valid_record())


@settings(max_examples=600, deadline=None)
@given(
    changes=st.dictionaries(st.sampled_from(FIELDS), ODD_VALUES, max_size=3),
    removed=st.sets(st.sampled_from(FIELDS), max_size=2),
    importing=st.booleans(),
)
def test_fast_path_agrees_with_the_full_way(changes: dict[str, Any], removed: set[str], importing: bool) -> None:
    record = {**valid_record(), **changes}
    for name in removed:
        record.pop(name, None)
    assert record_problems(record, importing=importing) == full_problems(record, importing=importing)


def test_a_common_record_passes_and_a_mapping_goes_the_full_way() -> None:
    from types import MappingProxyType

    record = valid_record()
    assert record_problems(record, importing=True) == [] == full_problems(record, importing=True)
    assert record_problems(MappingProxyType(record)) == []
    broken = {**record, "color": "red"}
    assert [p.field for p in record_problems(broken)] == ["color"]


@settings(max_examples=300, deadline=None)
@given(
    changes=st.lists(st.dictionaries(st.sampled_from(FIELDS), ODD_VALUES, max_size=2), max_size=4),
    removed=st.sets(st.sampled_from(FIELDS), max_size=1),
    importing=st.booleans(),
)
def test_the_column_check_passes_exactly_the_lists_the_fast_path_passes(
    changes: list[dict[str, Any]], removed: set[str], importing: bool
) -> None:
    records = [{**valid_record(), **change} for change in changes] + [valid_record()]
    for name in removed:
        records[0].pop(name, None)
    passed = all_plainly_valid(records, importing=importing)
    assert passed == all(_plainly_valid(record, importing) for record in records)
    if passed:
        assert all(full_problems(record, importing=importing) == [] for record in records)


@settings(max_examples=300, deadline=None)
@given(
    changes=st.lists(st.dictionaries(st.sampled_from(FIELDS), ODD_VALUES, max_size=2), max_size=4),
    common=st.dictionaries(st.sampled_from(["doc_id", "path", "title"]), ODD_VALUES, max_size=3),
    importing=st.booleans(),
)
def test_common_fields_are_checked_as_if_every_record_had_them(
    changes: list[dict[str, Any]], common: dict[str, Any], importing: bool
) -> None:
    """``all_plainly_valid(records, common=...)`` (the native import: each document's id, path and title,
    checked once) gives the verdict of the records with those fields added, and changes no record."""
    records = [{**valid_record(), **change} for change in changes] + [valid_record()]
    for record in records:
        for name in common:
            record.pop(name, None)
    before = [dict(record) for record in records]
    merged = [{**record, **common} for record in records]
    expected = all_plainly_valid(merged, importing=importing)
    assert all_plainly_valid(records, importing=importing, common=common) == expected
    assert records == before
    exact = frozenset(FIELDS) - set(common)
    assert all_plainly_valid(records, importing=importing, common=common, keys=exact) == (
        expected and all(record.keys() == exact for record in records)
    )
    reordered = [dict(reversed(record.items())) for record in records[:1]] + records[1:]  # two key orders
    assert all_plainly_valid(reordered, importing=importing, common=common) == expected
