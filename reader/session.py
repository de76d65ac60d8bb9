"""The annotations of the open document, with undo and redo: the editing logic, apart from the UI.

Every edit is recorded as a :class:`Change` (the record before and after; ``None`` means absent), so undo and
redo are the same operation in two directions and cover creating, deleting, recolouring, notes, tags and
resizing alike. Each edit returns the store operations that make the disk match (:class:`Put` / :class:`Remove`);
the app hands them to the background writer. Pure Python: no Textual, no TinyDB.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple

from reader.annotation import Annotation


class Put(NamedTuple):
    """Write this annotation: with no ``base``, whole (a new one, or one brought back by undo: ``Store.add``);
    with a ``base`` (the copy it was changed from), only the fields that differ from it, merged into the record
    as stored, and never into one deleted elsewhere (``Store.update``, :mod:`reader.store.merge`).

    The value types here are NamedTuples rather than frozen dataclasses: this module is imported before the first
    paint, and a frozen dataclass takes ~0.3 ms to define (it compiles its methods), a NamedTuple a sixth of it."""

    annotation: Annotation
    base: Annotation | None = None


class Remove(NamedTuple):
    """Delete the annotation with this id."""

    annotation_id: str


StoreOp = Put | Remove


class Change(NamedTuple):
    """One undoable edit: ``before`` → ``after`` (either may be None: created / deleted)."""

    label: str
    before: Annotation | None
    after: Annotation | None


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags from free text: words separated by spaces or commas, a leading # dropped, duplicates removed."""
    seen: list[str] = []
    for word in text.replace(",", " ").split():
        tag = word.lstrip("#").strip()
        if tag and tag not in seen:
            seen.append(tag)
    return tuple(seen)


def panel_order(annotation: Annotation) -> tuple[bool, int, int, str, str]:
    """The order of the side panel: text order, orphans last, ties by creation then id."""
    return (annotation.anchor == "orphan", annotation.start, annotation.end, annotation.created, annotation.id)


class AnnotationSession:
    """In-memory annotations of one document and the undo/redo history of this session."""

    def __init__(self, annotations: Iterable[Annotation] = ()) -> None:
        self.annotations: dict[str, Annotation] = {a.id: a for a in annotations}
        self.undo_stack: list[Change] = []
        self.redo_stack: list[Change] = []

    def ordered(self) -> list[Annotation]:
        """In text order; orphans last (their offsets no longer mean anything)."""
        return sorted(self.annotations.values(), key=panel_order)

    def replace_all(self, annotations: Iterable[Annotation]) -> None:
        """Replace everything with ``annotations`` (not undoable)."""
        self.annotations = {a.id: a for a in annotations}

    def load(self, annotations: Iterable[Annotation]) -> None:
        """Add annotations read from the store (not undoable). The store is read in a worker, so the user may
        already have highlighted something: what this session created or changed wins over the older copy."""
        loaded = {a.id: a for a in annotations}
        loaded.update(self.annotations)
        self.annotations = loaded

    def at(self, offset: int) -> list[Annotation]:
        """Anchored annotations containing ``offset``, innermost (shortest) first."""
        found = [a for a in self.annotations.values() if a.anchor != "orphan" and a.start <= offset < a.end]
        return sorted(found, key=lambda a: (a.end - a.start, a.start))

    # -- edits --------------------------------------------------------------------------------------------

    def _apply(self, change: Change, *, record: bool = True) -> list[StoreOp]:
        if change.after is None:
            assert change.before is not None
            self.annotations.pop(change.before.id, None)
            ops: list[StoreOp] = [Remove(change.before.id)]
        else:
            self.annotations[change.after.id] = change.after
            ops = [Put(change.after, change.before)]
        if record:
            self.undo_stack.append(change)
            self.redo_stack.clear()
        return ops

    def add(self, annotation: Annotation) -> list[StoreOp]:
        return self._apply(Change("highlight", None, annotation))

    def delete(self, annotation_id: str) -> list[StoreOp]:
        before = self.annotations.get(annotation_id)
        if before is None:
            return []
        return self._apply(Change("delete", before, None))

    def edit(self, annotation_id: str, label: str, **changes: object) -> list[StoreOp]:
        """Change fields of an annotation (colour, note, tags, start/end/text...), keeping id and created."""
        before = self.annotations.get(annotation_id)
        if before is None:
            return []
        if all(getattr(before, key) == value for key, value in changes.items()):
            return []  # nothing but the time would change: not an edit worth an undo step
        return self._apply(Change(label, before, before.edited(**changes)))

    def retract(self, annotation_id: str) -> list[StoreOp]:
        """Take back the creation of ``annotation_id`` when it is the last change, as if it never happened: no
        undo or redo step remains. For a highlight made only to hold a note or tags whose dialog was
        cancelled (the user made nothing). Anything else (it existed before, or changed since) is left: []."""
        if not self.undo_stack:
            return []
        last = self.undo_stack[-1]
        if last.before is not None or last.after is None or last.after.id != annotation_id:
            return []
        self.undo_stack.pop()
        self.annotations.pop(annotation_id, None)
        return [Remove(annotation_id)]

    def undo(self) -> tuple[Change | None, list[StoreOp]]:
        if not self.undo_stack:
            return None, []
        change = self.undo_stack.pop()
        self.redo_stack.append(change)
        return change, self._restore(change.after, change.before)

    def redo(self) -> tuple[Change | None, list[StoreOp]]:
        if not self.redo_stack:
            return None, []
        change = self.redo_stack.pop()
        self.undo_stack.append(change)
        return change, self._restore(change.before, change.after)

    def _restore(self, current: Annotation | None, target: Annotation | None) -> list[StoreOp]:
        if target is None:
            assert current is not None
            self.annotations.pop(current.id, None)
            return [Remove(current.id)]
        self.annotations[target.id] = target
        return [Put(target, current)]


def op_key(op: StoreOp) -> str:
    """The id of the annotation a store operation writes or removes."""
    return op.annotation.id if isinstance(op, Put) else op.annotation_id


def retry_ops(failed: Iterable[StoreOp], annotations: Mapping[str, Annotation]) -> list[StoreOp]:
    """What to write again after the ``failed`` writes: once per highlight, its current state in
    ``annotations`` (a later edit of it may have been saved meanwhile, and an older Put would overwrite it),
    merged from the ``base`` of its first failed Put (the last state the store is known to have: every field
    changed since is written; None, or a first failed Remove, means whole). Gone from ``annotations``: a Remove."""
    first: dict[str, StoreOp] = {}
    for op in failed:
        first.setdefault(op_key(op), op)
    ops: list[StoreOp] = []
    for key, op in first.items():
        current = annotations.get(key)
        if current is None:
            ops.append(Remove(key))
        else:
            ops.append(Put(current, op.base if isinstance(op, Put) else None))
    return ops


class FilterTerm(NamedTuple):
    """One word of the panel's filter (and of the library's search, :mod:`reader.search`), lowercased:
    ``kind`` is "tag" (``#tag``), "color" (``color:green``), "has" (``has:note``, ``has:tags``), "by"
    (``by:Name``, the speaker) or "text" (anything else: free text)."""

    kind: str
    value: str


def filter_terms(query: str) -> list[FilterTerm]:
    """The words of a filter query, each parsed into a :class:`FilterTerm`: the one parser of the syntax."""
    terms: list[FilterTerm] = []
    for word in query.split():
        lowered = word.lower()
        if lowered.startswith("#") and len(lowered) > 1:
            terms.append(FilterTerm("tag", lowered[1:]))
        elif lowered.startswith("color:") or lowered.startswith("colour:"):
            terms.append(FilterTerm("color", lowered.split(":", 1)[1]))
        elif lowered in ("has:note", "has:tags"):
            terms.append(FilterTerm("has", lowered[4:]))
        elif lowered.startswith("by:"):
            terms.append(FilterTerm("by", lowered[3:]))
        else:
            terms.append(FilterTerm("text", lowered))
    return terms


def matches_filter(annotation: Annotation, query: str) -> bool:
    """The side panel's filter: every word must hold. ``#tag``, ``color:green``, ``has:note``,
    ``by:Name`` (speaker), anything else: free text in the quote, note, speaker or tags (case-insensitive)."""
    for kind, value in filter_terms(query):
        if kind == "tag":
            if value not in (tag.lower() for tag in annotation.tags):
                return False
        elif kind == "color":
            if annotation.color != value:
                return False
        elif kind == "has":
            if not (annotation.note.strip() if value == "note" else annotation.tags):
                return False
        elif kind == "by":
            if value not in (annotation.speaker or "").lower():
                return False
        else:
            haystack = " ".join((annotation.text, annotation.note, annotation.speaker or "", *annotation.tags))
            if value not in haystack.lower():
                return False
    return True
