"""Property-based: random editing sequences against a plain dict model, then replayed onto a real store; random
texts through the document model, quotation finder and native export. Also two store instances (or an open
app and another store) editing one file at once.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.annotation import COLORS, Annotation
from reader.document import Document
from reader.formats import ExportDocument
from reader.formats.native import export_native, parse_native
from reader.loader import load_document
from reader.quotes import find_quotations
from reader.session import AnnotationSession, Put, Remove, StoreOp
from reader.store import Store
from reader.ui.app import ReaderApp
from tests.conftest import SEED
from tests.robustness import wait_for

TEXT = SEED.read_text(encoding="utf-8")[:4000]
DOCUMENT = Document(TEXT, path="/seed.txt")

Key = tuple[int, int, str, str]  # what the model keeps of an annotation: start, end, colour, note

action = st.one_of(
    st.tuples(st.just("highlight"), st.integers(0, len(TEXT) - 1)),
    st.tuples(st.just("recolour"), st.integers(0, 50), st.sampled_from(COLORS)),
    st.tuples(st.just("note"), st.integers(0, 50), st.sampled_from(["", "a", "note b", "\x1b[2J\u202e"])),
    st.tuples(st.just("delete"), st.integers(0, 50)),
    st.tuples(st.just("undo")),
    st.tuples(st.just("redo")),
    st.tuples(st.just("resize"), st.integers(0, 50), st.integers(0, len(TEXT) - 1), st.integers(1, 200)),
)


class Model:
    """The simplest thing that could be right: a dict and two stacks of whole-dict snapshots."""

    def __init__(self) -> None:
        self.items: dict[str, Key] = {}
        self.undo: list[dict[str, Key]] = []
        self.redo: list[dict[str, Key]] = []

    def change(self, annotation_id: str, value: Key | None) -> None:
        if self.items.get(annotation_id) == value:
            return
        self.undo.append(dict(self.items))
        self.redo.clear()
        if value is None:
            self.items.pop(annotation_id, None)
        else:
            self.items[annotation_id] = value

    def step(self, back: bool) -> None:
        source, target = (self.undo, self.redo) if back else (self.redo, self.undo)
        if source:
            target.append(dict(self.items))
            self.items = source.pop()


def key_of(annotation: Annotation) -> Key:
    return (annotation.start, annotation.end, annotation.color, annotation.note)


def apply_ops(disk: dict[str, Annotation], ops: list[StoreOp]) -> None:
    for op in ops:
        if isinstance(op, Put):
            assert op.base is None or disk[op.annotation.id] == op.base  # a change, from what is stored
            disk[op.annotation.id] = op.annotation
        else:
            assert isinstance(op, Remove)
            disk.pop(op.annotation_id, None)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=st.lists(action, max_size=40))
def test_session_matches_a_dict_model_and_the_store_matches_both(tmp_path: Path, actions: list[Any]) -> None:
    session, model = AnnotationSession(), Model()
    all_ops: list[StoreOp] = []
    disk: dict[str, Annotation] = {}
    for act in actions:
        ids = sorted(session.annotations, key=lambda i: session.annotations[i].created)
        name = act[0]
        ops: list[StoreOp] = []
        if name == "highlight":
            span = DOCUMENT.sentence_at(act[1])
            assert span is not None
            annotation = Annotation.create(
                doc_id=DOCUMENT.id, path="/seed.txt", title="t", text_of_document=TEXT, start=span.start, end=span.end
            )
            ops = session.add(annotation)
            model.change(annotation.id, key_of(annotation))
        elif name == "undo":
            ops = session.undo()[1]
            model.step(back=True)
        elif name == "redo":
            ops = session.redo()[1]
            model.step(back=False)
        elif ids:
            target = ids[act[1] % len(ids)]
            start, end, color, note = model.items[target]
            if name == "recolour":
                ops = session.edit(target, "recolour", color=act[2])
                model.change(target, (start, end, act[2], note))
            elif name == "note":
                ops = session.edit(target, "note", note=act[2])
                model.change(target, (start, end, color, act[2]))
            elif name == "delete":
                ops = session.delete(target)
                model.change(target, None)
            else:
                new_start = act[2]
                new_end = min(len(TEXT), new_start + act[3])
                ops = session.edit(target, "resize", start=new_start, end=new_end, text=TEXT[new_start:new_end])
                model.change(target, (new_start, new_end, color, note))
        apply_ops(disk, ops)
        all_ops.extend(ops)
        assert {i: key_of(a) for i, a in session.annotations.items()} == model.items
        assert disk == session.annotations
        for annotation in session.annotations.values():
            assert annotation.text == TEXT[annotation.start : annotation.end]
    db = tmp_path / f"model-{len(list(tmp_path.iterdir()))}.json"
    store = Store(db)
    for op in all_ops:
        if isinstance(op, Put) and op.base is None:  # as the app writes them (screens/saving.py)
            store.add(op.annotation)
        elif isinstance(op, Put):
            assert store.update(op.annotation, base=op.base)
        else:
            store.delete(op.annotation_id)
    reopened = Store(db)
    assert {a.id: a for a in reopened.annotations_for(DOCUMENT.id)} == session.annotations
    assert reopened.warnings == []


texts = st.text(
    alphabet=st.sampled_from(
        [*"abc XYZ.,!?;:'-\n\n\r\t", *'„“”«»‹›‘’"', "\u0301", "\u202e", "\x00", "\x1b", "\ud800", "é", "字"]
    ),
    max_size=400,
)


@settings(max_examples=500, deadline=None)
@given(body=texts, markdown=st.booleans())
def test_random_text_through_document_quotes_and_native_export(body: str, markdown: bool) -> None:
    text = "Title\n\n" + body
    document = Document(text, path="/random.md" if markdown else "/random.txt", markdown=markdown)
    assert document.text == text
    annotations = []
    for index in range(len(document.blocks)):
        block = document.blocks[index]
        assert 0 <= block.start <= block.end <= len(text)
        for span in document.sentences(index):
            assert block.start <= span.start <= span.end <= block.end
    for quotation in find_quotations(document):
        assert text[quotation.start : quotation.end] == quotation.text
        annotations.append(
            Annotation.create(
                doc_id=document.id,
                path=document.path,
                title=document.title,
                text_of_document=text,
                start=quotation.start,
                end=quotation.end,
                speaker=quotation.speaker,
                note=body[:30],
            )
        )
    span = document.sentence_at(len(text) // 2)
    if span is not None:
        annotations.append(
            Annotation.create(
                doc_id=document.id,
                path=document.path,
                title=document.title,
                text_of_document=text,
                start=span.start,
                end=span.end,
            )
        )
    exported = export_native(
        [ExportDocument(document.id, document.title, document.path, tuple(annotations))], "2026-01-01T00:00:00+00:00"
    )
    parsed = parse_native(json.loads(json.dumps(exported)))
    assert sorted(parsed, key=lambda a: a.id) == sorted(annotations, key=lambda a: a.id)
    for annotation in parsed:
        assert text[annotation.start : annotation.end] == annotation.text


# -- two instances on one store ------------------------------------------------------------------------------


def make(start: int, end: int) -> Annotation:
    return Annotation.create(
        doc_id=DOCUMENT.id, path="/seed.txt", title="t", text_of_document=TEXT, start=start, end=end
    )


def test_two_store_objects_keep_both_sets_and_the_later_write_wins(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    one, two = Store(db), Store(db)
    mine = [make(i, i + 5) for i in range(0, 50, 10)]
    theirs = [make(i, i + 5) for i in range(100, 150, 10)]
    for a, b in zip(mine, theirs, strict=True):
        one.add(a)
        two.add(b)
    shared = mine[0]
    first = shared.edited(note="from one", color="green")
    second = shared.edited(note="from two")  # edited later: its `updated` is later
    assert second.updated > first.updated
    one.update(first)
    two.update(second)
    one.delete(mine[1].id)
    two.delete(theirs[1].id)
    for store in (one, two, Store(db)):
        found = {a.id: a for a in store.annotations_for(DOCUMENT.id)}
        assert set(found) == {a.id for a in mine + theirs} - {mine[1].id, theirs[1].id}
        assert found[shared.id] == second  # the later write wins (the store upserts by id)
        assert store.warnings == []


async def test_app_keeps_working_while_another_instance_rewrites_the_store(tmp_path: Path) -> None:
    db = tmp_path / "a.json"
    document = load_document(SEED)
    app = ReaderApp(store=Store(db), paths=[SEED], document=document)
    other = Store(db)
    theirs: list[Annotation] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        screen = app.screen
        for offset in (92, 415, 669):
            theirs.append(
                Annotation.create(
                    doc_id=document.id,
                    path=document.path,
                    title=document.title,
                    text_of_document=document.text,
                    start=offset,
                    end=offset + 10,
                )
            )
            other.add(theirs[-1])
            screen.article.move_to(offset + 20)
            await pilot.press("h")
            other.update(theirs[-1].edited(note="rewritten"))
            await wait_for(pilot, lambda: not screen.unsaved)
        await pilot.press("x")  # delete the app's last highlight while the other writes again
        other.delete(theirs[0].id)
        await wait_for(pilot, lambda: not screen.unsaved)
        app.writer.drain()
        mine = dict(screen.session.annotations)
    on_disk = {a.id: a for a in Store(db).annotations_for(document.id)}
    mine_ids = {i for i in mine if i not in {t.id for t in theirs}}
    assert len(mine_ids) == 2
    assert {i: on_disk[i] for i in mine_ids} == {i: mine[i] for i in mine_ids}
    assert theirs[0].id not in on_disk
    assert {t.id for t in theirs[1:]} <= set(on_disk)
    assert all(on_disk[t.id].note == "rewritten" for t in theirs[1:])


@pytest.mark.parametrize("order", ["one_then_two", "two_then_one"])
def test_neither_instance_crashes_when_the_other_rewrites_between_its_reads(tmp_path: Path, order: str) -> None:
    db = tmp_path / "a.json"
    one, two = Store(db), Store(db)
    writers = (one, two) if order == "one_then_two" else (two, one)
    for round_ in range(50):
        writer, reader = writers[round_ % 2], writers[(round_ + 1) % 2]
        writer.add(make(round_, round_ + 3))
        assert len(reader.annotations_for(DOCUMENT.id)) == round_ + 1
