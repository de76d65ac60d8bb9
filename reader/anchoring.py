"""Re-anchoring: find where each annotation belongs after its document's text changed.

Pure functions over strings and :class:`~reader.annotation.Annotation` (no tinydb, no textual), so the UI can
run them in a worker and the store can save the results with one ``update_many`` (a merge into the records as
stored then: one deleted meanwhile by another reader stays deleted, a note saved meanwhile is kept).

For each annotation, in this order:

* ``exact``  — its text is still at its old offsets;
* ``moved``  — its text is elsewhere: the occurrence nearest to the old start wins, and when two are equally
  near, the one whose surroundings agree more with the saved prefix/suffix;
* ``fuzzy``  — rapidfuzz finds a span scoring at least :data:`FUZZY_THRESHOLD` against the text (first in a
  window around the old position, then in the whole text); start, end and text become that span's;
* ``orphan`` — nothing fits: the annotation is kept (never dropped: its note may be precious) with its text,
  and its offsets clamped into the new text so that nothing indexes out of range.

Prefix and suffix are refreshed only when they no longer match the new surroundings, and ``updated`` is set
only when something changed, so re-anchoring an unchanged document changes nothing. A reading position follows
its version's highlights into the new text (:func:`carry_position`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from rapidfuzz import fuzz

from reader.annotation import CONTEXT_CHARS, Annotation, utc_now

FUZZY_THRESHOLD = 80.0
"""Least rapidfuzz score (0-100) of a fuzzy match against the annotation's text."""

MIN_FUZZY_LENGTH = 4
"""Shorter highlights are only found exactly: one changed character is already a different word."""

WINDOW = 2000
"""Characters searched on either side of the old position before searching the whole text."""


def selectors(text: str, start: int, end: int) -> tuple[str, str]:
    """The (prefix, suffix) context of ``text[start:end]``: up to CONTEXT_CHARS characters on each side."""
    return text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS]


def anchor(text: str, annotation: Annotation) -> Annotation:
    """``annotation`` re-anchored in ``text`` (see the module docstring); itself when nothing changed."""
    span = _exact(text, annotation)
    status = "exact"
    if span is None:
        span, status = _moved(text, annotation), "moved"
    if span is None:
        span, status = _fuzzy(text, annotation), "fuzzy"
    if span is None:
        start = min(max(annotation.start, 0), len(text))
        end = min(max(annotation.end, start), len(text))
        return _changed(annotation, start=start, end=end, anchor="orphan")
    start, end = span
    prefix, suffix = annotation.prefix, annotation.suffix
    if not (text.endswith(prefix, 0, start) and text.startswith(suffix, end)):
        prefix, suffix = selectors(text, start, end)
    return _changed(annotation, start=start, end=end, text=text[start:end], prefix=prefix, suffix=suffix, anchor=status)


def reanchor(text: str, annotations: Iterable[Annotation], *, doc_id: str | None = None) -> list[Annotation]:
    """Every annotation re-anchored in ``text``; with ``doc_id``, moved to that document id as well."""
    results = []
    for annotation in annotations:
        anchored = anchor(text, annotation)
        if doc_id is not None and anchored.doc_id != doc_id:
            anchored = _changed(anchored, doc_id=doc_id)
        results.append(anchored)
    return results


CARRY_LANDMARKS = 3
"""Highlights before a carried reading position tried as landmarks (the nearest first) before giving up."""


def carry_position(text: str, position: int, landmarks: Iterable[Annotation] = ()) -> int:
    """A reading position in an earlier version of a document, carried into ``text``, the new version: it moves as
    far as the nearest highlight at or before it (among ``landmarks``, that version's highlights, at its offsets)
    moves when re-anchored, so text added or cut above it moves it with the words; with no such highlight (or
    only orphans) it stays at the same offset. Clamped into the text. The store keeps a position as an offset
    alone, no context of its own, so the highlights are the only way to follow the words."""
    before = sorted((a for a in landmarks if a.start <= position), key=lambda a: a.start, reverse=True)
    for annotation in before[:CARRY_LANDMARKS]:
        anchored = anchor(text, annotation)
        if anchored.anchor != "orphan":
            position += anchored.start - annotation.start
            break
    return max(0, min(position, len(text) - 1))


def _changed(annotation: Annotation, **fields: object) -> Annotation:
    """A copy with ``fields``, and ``updated`` set to now, unless every field already had that value."""
    if all(getattr(annotation, name) == value for name, value in fields.items()):
        return annotation
    return replace(annotation, **fields, updated=utc_now())  # type: ignore[arg-type]


def _exact(text: str, annotation: Annotation) -> tuple[int, int] | None:
    start, end = annotation.start, annotation.end
    if 0 <= start <= end <= len(text) and text[start:end] == annotation.text:
        return start, end
    return None


def _context_score(text: str, start: int, end: int, annotation: Annotation) -> int:
    """How many characters of the saved prefix and suffix agree with the text around ``[start, end)``."""
    score = 0
    before = text[max(0, start - len(annotation.prefix)) : start]
    for a, b in zip(reversed(before), reversed(annotation.prefix), strict=False):
        if a != b:
            break
        score += 1
    for a, b in zip(text[end : end + len(annotation.suffix)], annotation.suffix, strict=False):
        if a != b:
            break
        score += 1
    return score


def _moved(text: str, annotation: Annotation) -> tuple[int, int] | None:
    """The nearest exact occurrence of the annotation's text; context breaks ties of distance."""
    needle = annotation.text
    if not needle:
        return None
    best: tuple[int, int, int] | None = None  # (distance, -context score, start)
    found = text.find(needle)
    while found != -1:
        distance = abs(found - annotation.start)
        if best is not None and distance > best[0] and found > annotation.start:
            break  # occurrences only get farther from here on
        key = (distance, -_context_score(text, found, found + len(needle), annotation), found)
        if best is None or key < best:
            best = key
        found = text.find(needle, found + 1)
    return None if best is None else (best[2], best[2] + len(needle))


MAX_PLACED = 10_000
"""Occurrences of an annotation's words weighed by :func:`placed_by_context`, at most (a word found everywhere)."""


def placed_by_context(text: str, annotation: Annotation) -> Annotation:
    """An annotation with no position of its own (imported by its quote alone, at offset 0) placed at the
    occurrence of its words whose surroundings agree most with its saved prefix and suffix (the first on a
    tie), so that :func:`anchor` then finds it there: nearness to offset 0 means nothing for it (a review found
    "the deal is dead" anchored in the union's sentence, not after "the minister conceded that ")."""
    needle = annotation.text
    if not needle or not (annotation.prefix or annotation.suffix):
        return annotation
    best: tuple[int, int] | None = None  # (-score, start)
    found, seen = text.find(needle), 0
    while found != -1 and seen < MAX_PLACED:
        key = (-_context_score(text, found, found + len(needle), annotation), found)
        if best is None or key < best:
            best = key
        found, seen = text.find(needle, found + 1), seen + 1
    if best is None:
        return annotation
    return replace(annotation, start=best[1], end=best[1] + len(needle))


def _fuzzy(text: str, annotation: Annotation) -> tuple[int, int] | None:
    """A span of ``text`` close to the annotation's text: near the old position first, then anywhere."""
    needle = annotation.text
    if len(needle) < MIN_FUZZY_LENGTH or not text:
        return None
    reach = max(WINDOW, 2 * len(needle))
    near = (max(0, annotation.start - reach), min(len(text), annotation.end + reach))
    for low, high in (near, (0, len(text))):
        span = _align_with_context(text, low, high, annotation) or _align(text, low, high, needle)
        if span is not None:
            return span
        if near == (0, len(text)):
            break
    return None


def _align_with_context(text: str, low: int, high: int, annotation: Annotation) -> tuple[int, int] | None:
    """Locate prefix + text + suffix first (a short highlight is ambiguous alone), then the text inside it."""
    if not (annotation.prefix or annotation.suffix):
        return None
    whole = annotation.prefix + annotation.text + annotation.suffix
    found = fuzz.partial_ratio_alignment(whole, text[low:high], score_cutoff=FUZZY_THRESHOLD)
    if found is None:
        return None
    slack = len(annotation.text) // 4 + 8
    return _align(
        text,
        max(low, low + found.dest_start - slack),
        min(high, low + found.dest_end + slack),
        annotation.text,
    )


def _align(text: str, low: int, high: int, needle: str) -> tuple[int, int] | None:
    """The best match of ``needle`` in ``text[low:high]``, its edges fitted to the needle's head and tail."""
    found = fuzz.partial_ratio_alignment(needle, text[low:high], score_cutoff=FUZZY_THRESHOLD)
    if found is None:
        return None
    start, end = low + found.dest_start, low + found.dest_end
    # partial_ratio compares windows as long as the needle, so a longer or shorter replacement inside the
    # highlight leaves the window's edges off: fit them to where the needle's head and tail are.
    slack = len(needle) // 4 + 4
    edge = min(len(needle), 12)
    head = _locate(text, needle[:edge], max(0, start - slack), start + edge + slack, start)
    tail = _locate(text, needle[-edge:], max(0, end - edge - slack), end + slack, end - edge)
    fitted_start = start if head is None else head[0]
    fitted_end = end if tail is None else tail[1]
    candidates = [(start, end)]
    if fitted_start < fitted_end:
        candidates.insert(0, (fitted_start, fitted_end))
    best_score, best = 0.0, None
    for s, e in candidates:
        if not needle[0].isspace():
            while s < e and text[s].isspace():
                s += 1
        if not needle[-1].isspace():
            while e > s and text[e - 1].isspace():
                e -= 1
        score = fuzz.ratio(needle, text[s:e])
        if score > best_score:
            best_score, best = score, (s, e)
    return best if best_score >= FUZZY_THRESHOLD else None


def _locate(text: str, piece: str, low: int, high: int, near: int) -> tuple[int, int] | None:
    """``piece`` in ``text[low:high]``: the exact occurrence nearest to ``near``, else rapidfuzz's best."""
    exact = []
    found = text.find(piece, low, high)
    while found != -1:
        exact.append(found)
        found = text.find(piece, found + 1, high)
    if exact:
        at = min(exact, key=lambda s: abs(s - near))
        return at, at + len(piece)
    alignment = fuzz.partial_ratio_alignment(piece, text[low:high], score_cutoff=FUZZY_THRESHOLD)
    return None if alignment is None else (low + alignment.dest_start, low + alignment.dest_end)
