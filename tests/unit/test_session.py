"""AnnotationSession: edits, undo/redo as before/after Changes, the store ops, the panel filter and parse_tags."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.annotation import COLORS, Annotation
from reader.session import (
    AnnotationSession,
    Change,
    Put,
    Remove,
    StoreOp,
    matches_filter,
    parse_tags,
    retry_ops,
)

TEXT = (
    "Title\n\n„There is no military NATO build up in the region,” he said. The regime is wrong. "
    "A third sentence follows here, and then a fourth one ends the paragraph.\n"
)
DOC = "sha256:" + "b" * 64


def make(start: int = 8, end: int = 51, **fields: object) -> Annotation:
    annotation = Annotation.create(
        doc_id=DOC, path="/tmp/doc.txt", title="Title", text_of_document=TEXT, start=start, end=end
    )
    return annotation.edited(**fields) if fields else annotation


def apply_ops(disk: dict[str, Annotation], ops: list[StoreOp]) -> None:
    """What the background writer does with the ops, on a dict standing for the store."""
    for op in ops:
        if isinstance(op, Put):
            disk[op.annotation.id] = op.annotation
        else:
            assert isinstance(op, Remove)
            disk.pop(op.annotation_id, None)


def visible(annotation: Annotation) -> tuple[object, ...]:
    """Everything but ``updated`` (which an edit sets to now)."""
    return (
        annotation.id,
        annotation.start,
        annotation.end,
        annotation.text,
        annotation.color,
        annotation.note,
        annotation.tags,
        annotation.speaker,
        annotation.created,
        annotation.anchor,
    )


# -- single edits and their ops ---------------------------------------------------------------------------------


def test_add_records_a_change_and_returns_a_put() -> None:
    session = AnnotationSession()
    annotation = make()
    ops = session.add(annotation)
    assert ops == [Put(annotation)]
    assert session.annotations == {annotation.id: annotation}
    assert session.undo_stack == [Change("highlight", None, annotation)]
    assert session.redo_stack == []


def test_delete_returns_a_remove_and_unknown_ids_are_no_ops() -> None:
    annotation = make()
    session = AnnotationSession([annotation])
    assert session.undo_stack == []  # loading is not undoable
    assert session.delete("no-such-id") == []
    assert session.undo_stack == []
    assert session.delete(annotation.id) == [Remove(annotation.id)]
    assert session.annotations == {}
    assert session.undo_stack == [Change("delete", annotation, None)]


@pytest.mark.parametrize(
    ("label", "changes"),
    [
        ("recolour", {"color": "green"}),
        ("note", {"note": "A claim to check"}),
        ("tags", {"tags": ("nato", "claim")}),
        ("resize", {"start": 9, "end": 40, "text": TEXT[9:40]}),
    ],
)
def test_edit_keeps_id_and_created_and_returns_a_put(label: str, changes: dict[str, object]) -> None:
    annotation = make()
    session = AnnotationSession([annotation])
    ops = session.edit(annotation.id, label, **changes)
    after = session.annotations[annotation.id]
    assert ops == [Put(after, annotation)]  # the change, from the copy it was made from: merged by the store
    assert after.id == annotation.id and after.created == annotation.created
    for key, value in changes.items():
        assert getattr(after, key) == value
    assert after.updated >= annotation.updated
    assert session.undo_stack == [Change(label, annotation, after)]


def test_edit_that_changes_nothing_is_not_an_undo_step() -> None:
    annotation = make(color="blue", note="n")
    session = AnnotationSession([annotation])
    assert session.edit(annotation.id, "recolour", color="blue") == []
    assert session.edit(annotation.id, "note", note="n") == []
    assert session.undo_stack == []
    assert session.annotations[annotation.id] is annotation


def test_edit_of_an_unknown_id_is_a_no_op() -> None:
    session = AnnotationSession()
    assert session.edit("nope", "recolour", color="green") == []
    assert session.undo_stack == []


def test_undo_and_redo_with_nothing_to_do() -> None:
    session = AnnotationSession([make()])
    assert session.undo() == (None, [])
    assert session.redo() == (None, [])


def test_undo_and_redo_return_the_inverse_ops() -> None:
    session = AnnotationSession()
    annotation = make()
    session.add(annotation)
    change, ops = session.undo()
    assert change == Change("highlight", None, annotation)
    assert ops == [Remove(annotation.id)]
    assert session.annotations == {}
    change, ops = session.redo()
    assert change is not None and change.label == "highlight"
    assert ops == [Put(annotation)]
    assert session.annotations == {annotation.id: annotation}

    session.delete(annotation.id)
    assert session.undo() == (Change("delete", annotation, None), [Put(annotation)])
    assert session.redo() == (Change("delete", annotation, None), [Remove(annotation.id)])

    session.undo()
    session.edit(annotation.id, "recolour", color="pink")
    pink = session.annotations[annotation.id]
    assert session.undo() == (Change("recolour", annotation, pink), [Put(annotation, pink)])
    assert session.annotations[annotation.id] is annotation
    assert session.redo() == (Change("recolour", annotation, pink), [Put(pink, annotation)])


def test_undo_everything_then_redo_everything_returns_the_same_state() -> None:
    first, second = make(), make(60, 79)
    session = AnnotationSession()
    disk: dict[str, Annotation] = {}
    states = [dict(session.annotations)]
    steps = [
        lambda: session.add(first),
        lambda: session.add(second),
        lambda: session.edit(first.id, "recolour", color="green"),
        lambda: session.edit(first.id, "note", note="why?"),
        lambda: session.edit(second.id, "tags", tags=("a", "b")),
        lambda: session.edit(first.id, "resize", start=9, end=30, text=TEXT[9:30]),
        lambda: session.delete(second.id),
    ]
    for step in steps:
        apply_ops(disk, step())
        states.append(dict(session.annotations))
        assert disk == session.annotations
    labels = []
    for expected in reversed(states[:-1]):
        change, ops = session.undo()
        assert change is not None
        labels.append(change.label)
        apply_ops(disk, ops)
        assert session.annotations == expected
        assert disk == expected
    assert labels == ["delete", "resize", "tags", "note", "recolour", "highlight", "highlight"]
    assert session.undo() == (None, [])
    for expected in states[1:]:
        change, ops = session.redo()
        assert change is not None
        apply_ops(disk, ops)
        assert session.annotations == expected
        assert disk == expected
    assert session.redo() == (None, [])


def test_a_new_edit_clears_redo() -> None:
    annotation = make()
    session = AnnotationSession()
    session.add(annotation)
    session.edit(annotation.id, "recolour", color="green")
    session.undo()
    assert len(session.redo_stack) == 1
    session.edit(annotation.id, "note", note="new")
    assert session.redo_stack == []
    assert session.redo() == (None, [])
    assert session.annotations[annotation.id].color == "yellow"
    assert session.annotations[annotation.id].note == "new"


def test_ordered_and_at() -> None:
    outer, inner, later = make(8, 80), make(20, 30), make(90, 100)
    orphan = make(0, 5, anchor="orphan")
    session = AnnotationSession([later, orphan, inner, outer])
    assert [a.id for a in session.ordered()] == [outer.id, inner.id, later.id, orphan.id]
    assert [a.id for a in session.at(25)] == [inner.id, outer.id]  # innermost first
    assert [a.id for a in session.at(8)] == [outer.id]
    assert session.at(80) == []  # end is exclusive
    assert session.at(2) == []  # orphans are not under any cursor


def test_replace_all_is_not_undoable() -> None:
    session = AnnotationSession()
    session.add(make())
    fresh = make(60, 79)
    session.replace_all([fresh])
    assert session.annotations == {fresh.id: fresh}


# -- matches_filter ----------------------------------------------------------------------------------------------

QUOTE = make(color="green", note="Check against the SHAPE report", tags=("nato", "Claim"), speaker="Jens Stoltenberg")
PLAIN = make(60, 79)


@pytest.mark.parametrize(
    ("query", "quote", "plain"),
    [
        ("", True, True),
        ("   ", True, True),
        ("military", True, False),
        ("MILITARY", True, False),
        ("shape", True, False),  # the note
        ("stoltenberg", True, False),  # the speaker
        ("claim", True, False),  # a tag as free text
        ("regime", False, True),
        ("#nato", True, False),
        ("#claim", True, False),  # tags match case-insensitively
        ("#nat", False, False),  # a tag matches whole
        ("#", False, False),  # a lone # is free text: no '#' in either
        ("color:green", True, False),
        ("color:yellow", False, True),
        ("colour:GREEN", True, False),
        ("has:note", True, False),
        ("has:tags", True, False),
        ("by:Stoltenberg", True, False),
        ("by:jens", True, False),
        ("by:lukashenka", False, False),
        ("#nato color:green has:note by:Stoltenberg military", True, False),
        ("#nato color:blue", False, False),  # every word must hold
        ("military regime", False, False),
    ],
)
def test_matches_filter(query: str, quote: bool, plain: bool) -> None:
    assert matches_filter(QUOTE, query) is quote
    assert matches_filter(PLAIN, query) is plain


def test_has_note_ignores_a_blank_note() -> None:
    assert not matches_filter(make(note="  \n "), "has:note")


# -- parse_tags --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("", ()),
        ("   ", ()),
        ("a", ("a",)),
        ("a, b #c", ("a", "b", "c")),
        ("a,b,,c", ("a", "b", "c")),
        ("#a ##b", ("a", "b")),
        ("a a, #a b", ("a", "b")),
        ("  nato\tclaim\n", ("nato", "claim")),
        ("#, #", ()),
        ("Nato nato", ("Nato", "nato")),  # case is kept; only exact duplicates go
    ],
)
def test_parse_tags(text: str, tags: tuple[str, ...]) -> None:
    assert parse_tags(text) == tags


# -- random sequences against a model ----------------------------------------------------------------------------

SPANS = [(8, 51), (60, 79), (20, 30), (90, 100)]
action = st.one_of(
    st.tuples(st.just("add"), st.sampled_from(range(len(SPANS)))),
    st.tuples(st.just("delete"), st.integers(0, 5)),
    st.tuples(st.just("recolour"), st.integers(0, 5), st.sampled_from(COLORS)),
    st.tuples(st.just("note"), st.integers(0, 5), st.sampled_from(["", "a", "b note"])),
    st.tuples(st.just("tags"), st.integers(0, 5), st.sampled_from([(), ("a",), ("a", "b")])),
    st.tuples(st.just("undo")),
    st.tuples(st.just("redo")),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(action, max_size=30))
def test_random_edit_sequences_match_a_model(actions: list[tuple[object, ...]]) -> None:
    session = AnnotationSession()
    disk: dict[str, Annotation] = {}
    # The model: the list of states; undo/redo move an index, a new edit truncates the future.
    states: list[dict[str, tuple[object, ...]]] = [{}]
    index = 0

    def record(new_state: dict[str, tuple[object, ...]]) -> None:
        nonlocal index, states
        states = [*states[: index + 1], new_state]
        index += 1

    for act in actions:
        kind = act[0]
        current = dict(states[index])
        ids = sorted(session.annotations)
        if kind == "add":
            start, end = SPANS[int(act[1])]  # type: ignore[call-overload]
            annotation = make(start, end)
            ops = session.add(annotation)
            assert ops == [Put(annotation)]
            current[annotation.id] = visible(annotation)
            record(current)
        elif kind in ("delete", "recolour", "note", "tags"):
            pick = int(act[1])  # type: ignore[call-overload]
            target = ids[pick % len(ids)] if ids and pick < 4 else "missing-id"
            if kind == "delete":
                ops = session.delete(target)
                if target in current:
                    assert ops == [Remove(target)]
                    del current[target]
                    record(current)
                else:
                    assert ops == []
            else:
                field = {"recolour": "color", "note": "note", "tags": "tags"}[kind]
                value = act[2]
                position = {"color": 4, "note": 5, "tags": 6}[field]
                ops = session.edit(target, kind, **{field: value})
                if target in current and current[target][position] != value:
                    before = current[target]
                    current[target] = (*before[:position], value, *before[position + 1 :])
                    record(current)
                    assert [op.annotation for op in ops if isinstance(op, Put)] == [session.annotations[target]]
                else:
                    assert ops == []  # unknown id, or nothing would change
        elif kind == "undo":
            change, ops = session.undo()
            if index == 0:
                assert (change, ops) == (None, [])
            else:
                index -= 1
                assert change is not None and len(ops) == 1
        else:
            change, ops = session.redo()
            if index == len(states) - 1:
                assert (change, ops) == (None, [])
            else:
                index += 1
                assert change is not None and len(ops) == 1
        apply_ops(disk, ops)
        assert {key: visible(a) for key, a in session.annotations.items()} == states[index]
        assert disk == session.annotations
        assert len(session.undo_stack) == index
        assert len(session.redo_stack) == len(states) - 1 - index


def test_load_keeps_what_the_session_made_before_the_store_was_read() -> None:
    """The store is read in a worker: a highlight made before that read finishes must survive it."""
    stored = make(0, 10)
    session = AnnotationSession()
    session.add(made_now := make(20, 30))
    session.load([stored, made_now.edited(note="older copy")])
    assert set(session.annotations) == {stored.id, made_now.id}
    assert session.annotations[made_now.id].note == ""  # the session's own copy wins


# -- retrying failed writes ---------------------------------------------------------------------------------------


def test_retry_ops_write_each_highlight_once_from_the_base_of_its_first_failed_write() -> None:
    created, edited, removed = make(), make(60, 79), make(80, 90)
    session = AnnotationSession([edited, removed])
    failed: list[StoreOp] = session.add(created) + session.edit(created.id, "note", note="n")
    failed += session.edit(edited.id, "recolour", color="green") + session.edit(edited.id, "note", note="x")
    failed += session.delete(removed.id)
    retry = retry_ops(failed, session.annotations)
    assert retry == [
        Put(session.annotations[created.id]),  # its creation failed: written whole, as it is now
        Put(session.annotations[edited.id], edited),  # every field changed since the stored copy, merged
        Remove(removed.id),
    ]
