"""The rules an annotation record follows: one function that the store uses when it reads its file and both
importers (native and W3C) use before they write, so an import can only store what the store reads back.

Decisions, and why:

* **Two kinds of problem.** A record that cannot be placed at all - a field of the wrong type, an empty id or
  document id, offsets that are not offsets - is *unusable*: the store skips it with a warning (and keeps it in
  the file). A field whose value is merely unknown - a colour or anchor status this reader does not know, a
  timestamp that is not ISO 8601 or is missing - has a *default*: the store shows the record with the default
  and a warning, so a hand-edited ``"color": "red"`` neither crashes the app nor hides the highlight, and every
  consumer (the app, ``export``) gets the same valid record. The file keeps the original value until the
  annotation is next edited (then the record shown is what is written).
* **Imports refuse the whole file.** Any problem, of either kind, in any record of an import file is one
  ``reader: FILE: <where>: ...`` line and exit status 2, and nothing is written. Why not skip the bad record:
  an import is one atomic write, "fix this record and run it again" is easy to act on, and a record dropped
  with a warning in a long import is easy to miss; a default would store a value the file did not say.
* **Size limits are import rules** (:data:`~reader.annotation.MAX_NOTE_CHARS`, ``MAX_TAGS``,
  ``MAX_TAG_CHARS``): what the store already holds is shown, never hidden for its size (the note editor caps
  what it edits); what comes in is refused when over the limit, with the limit named.

Pure: no I/O, no tinydb, no textual.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import chain
from operator import itemgetter, le
from typing import Any

from reader.annotation import (
    ANCHOR_STATUSES,
    COLORS,
    DEFAULT_COLOR,
    MAX_FIELD_CHARS,
    MAX_NOTE_CHARS,
    MAX_TAG_CHARS,
    MAX_TAGS,
)
from reader.errors import ReaderError

MAX_OFFSET = 2**53
"""Offsets are below this (JSON's exact integers): a larger one would not survive a round trip."""

EPOCH = "1970-01-01T00:00:00.000000+00:00"
"""The time a record with neither a valid ``created`` nor ``updated`` is given: the oldest, so any real version
of the same annotation (an import) wins over it."""

REQUIRED = ("id", "doc_id", "start", "end", "text")
"""Fields without which a record is not an annotation at all."""
STRING_FIELDS = tuple("id doc_id path title text prefix suffix color note created updated anchor".split())

_STRING_VALUES = itemgetter(*STRING_FIELDS)
_ONLY_STR = {str}
_STRING_SET = frozenset(STRING_FIELDS)
_FIELD_SET = frozenset((*STRING_FIELDS, "start", "end", "tags", "speaker"))
_COLOR_SET = frozenset(COLORS)
_ANCHOR_SET = frozenset(ANCHOR_STATUSES)
_parse_time = datetime.fromisoformat

UNUSABLE: Any = object()
"""The :attr:`Problem.default` of a problem no default can mend: the record cannot be used."""


@dataclass(frozen=True, slots=True)
class Problem:
    """What is wrong with one field of a record; ``default`` is what the store shows instead, or
    :data:`UNUSABLE` when the record cannot be used at all."""

    field: str
    message: str
    default: Any = UNUSABLE

    @property
    def usable(self) -> bool:
        return self.default is not UNUSABLE


def describe(value: Any) -> str:
    """A JSON value as a message names it: null, true, an object, "text" (shortened), 12."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return json.dumps(shown, ensure_ascii=True)
    return repr(value)


def is_offset(value: object) -> bool:
    """A text offset: a non-negative integer (not a bool) below :data:`MAX_OFFSET`."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < MAX_OFFSET


def is_timestamp(value: object) -> bool:
    """An ISO 8601 date-time string, as :func:`datetime.fromisoformat` reads it."""
    if not isinstance(value, str) or not value:
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def record_problems(record: Mapping[str, Any], *, importing: bool = False) -> list[Problem]:
    """Everything wrong with ``record`` (an :meth:`Annotation.to_dict`-shaped mapping); empty when it is valid.

    An unusable problem is reported alone (the first found); otherwise every field with a default is listed.
    ``importing`` adds the size limits (see the module note)."""
    if _plainly_valid(record, importing):
        return []
    return full_problems(record, importing=importing)


def all_plainly_valid(
    records: list[dict[str, Any]],
    *,
    importing: bool = False,
    common: Mapping[str, Any] | None = None,
    keys: frozenset[str] | None = None,
) -> bool:
    """True when :func:`record_problems` finds nothing in any of ``records`` by its fast path - checked by
    columns: one ``map`` per field over every record, so ``reader import`` of 50,000 annotations pays a few C
    loops instead of 50,000 Python calls (~0.2 s). False is no verdict, as for the fast path: check the
    records one by one then (:func:`record_problems`), for the messages.

    ``common``: string fields every record is to be given (a native import's document id, path and title):
    the records are checked as if each were ``{**record, **common}``, each common value once, not once a
    record, so the caller adds them only to records that pass (and has nothing to take back from the others).
    ``keys``: every record must have exactly these keys (the native format's), else no verdict.

    Records that all have their keys in one order (the usual case: one program wrote them) are taken apart by
    position (``zip`` of their values), not looked up field by field: ~0.02 s less at 50,000."""
    if not records:
        return True
    fixed = dict(common or {})
    if not _STRING_SET.issuperset(fixed):
        raise ValueError(f"common fields must be string fields, not {sorted(set(fixed) - _STRING_SET)}")
    needed = _FIELD_SET.difference(fixed)
    if set(map(type, records)) != {dict}:
        return False
    orders = set(map(tuple, records))  # the distinct key orders (one, usually)
    for order in orders:
        if not needed.issubset(order) or (keys is not None and (len(order) != len(keys) or keys.difference(order))):
            return False
    columns: dict[str, Sequence[Any]]
    if len(orders) == 1:
        columns = dict(zip(next(iter(orders)), zip(*map(dict.values, records), strict=True), strict=True))
    else:
        columns = {name: list(map(itemgetter(name), records)) for name in needed}
    columns.update((name, [value]) for name, value in fixed.items())  # (one value stands for the column)
    for name in STRING_FIELDS:
        if set(map(type, columns[name])) != _ONLY_STR:
            return False
    starts, ends, tags = columns["start"], columns["end"], columns["tags"]
    if not (all(columns["id"]) and all(columns["doc_id"])):
        return False
    if set(map(type, starts)) != {int} or set(map(type, ends)) != {int}:
        return False
    if min(starts) < 0 or max(ends) >= MAX_OFFSET or not all(map(le, starts, ends)):
        return False
    if not set(map(type, tags)) <= {list, tuple} or not set(map(type, columns["speaker"])) <= {str, type(None)}:
        return False
    flat = list(chain.from_iterable(tags))
    if flat and set(map(type, flat)) != _ONLY_STR:
        return False
    if not (set(columns["color"]) <= _COLOR_SET and set(columns["anchor"]) <= _ANCHOR_SET):
        return False
    if importing and (
        max(map(len, columns["note"])) > MAX_NOTE_CHARS
        or max(map(len, tags)) > MAX_TAGS
        or (flat and max(map(len, flat)) > MAX_TAG_CHARS)
        or any(max(map(len, filter(None, columns[name])), default=0) > limit for name, limit in MAX_FIELD_CHARS.items())
    ):
        return False
    try:
        deque(map(_parse_time, columns["created"]), 0)
        deque(map(_parse_time, columns["updated"]), 0)
    except ValueError:
        return False
    return True


def full_problems(record: Mapping[str, Any], *, importing: bool = False) -> list[Problem]:
    """:func:`record_problems` without its fast path, field by field (the reference its tests compare with)."""
    fatal = _unusable(record, importing=importing)
    if fatal is not None:
        return [fatal]
    problems: list[Problem] = []
    color = record.get("color", DEFAULT_COLOR)
    if color not in COLORS:
        problems.append(Problem("color", f"expected one of {', '.join(COLORS)}, got {describe(color)}", DEFAULT_COLOR))
    anchor = record.get("anchor", "exact")
    if anchor not in ANCHOR_STATUSES:
        message = f"expected one of {', '.join(ANCHOR_STATUSES)}, got {describe(anchor)}"
        problems.append(Problem("anchor", message, "exact"))
    created, updated = record.get("created"), record.get("updated")
    for name, value, other in (("created", created, updated), ("updated", updated, created)):
        if not is_timestamp(value):
            got = "nothing" if value is None else describe(value)
            default = other if is_timestamp(other) else EPOCH
            problems.append(Problem(name, f"expected an ISO 8601 date-time, got {got}", default))
    return problems


def _plainly_valid(record: Mapping[str, Any], importing: bool) -> bool:
    """True when ``record`` is valid by a few C-level checks: a plain dict with every field, each of its
    usual exact type (``str``, ``int``, a ``list`` or ``tuple`` of ``str``, ``None``), a known colour and
    anchor, two ISO timestamps, sizes within the import limits when ``importing``.

    Why: the checks below, field by field with a message ready for each, took ~0.5 s of a 50,000-annotation
    import (and of every full store read), although nearly every record is of this shape. False is no verdict:
    anything unusual (a missing field, a ``str`` subclass, a bool, an empty id) goes the full way, which finds
    and words the problem, so the same records are refused, mended or passed with the same messages (a
    property test compares the two ways)."""
    if type(record) is not dict:
        return False
    try:
        strings = _STRING_VALUES(record)
        start, end, tags, speaker = record["start"], record["end"], record["tags"], record["speaker"]
    except KeyError:
        return False
    if set(map(type, strings)) != _ONLY_STR or not (strings[0] and strings[1]):  # id, doc_id
        return False
    if type(start) is not int or type(end) is not int or not 0 <= start <= end < MAX_OFFSET:
        return False
    if (type(tags) is not list and type(tags) is not tuple) or (tags and set(map(type, tags)) != _ONLY_STR):
        return False
    if speaker is not None and type(speaker) is not str:
        return False
    if record["color"] not in _COLOR_SET or record["anchor"] not in _ANCHOR_SET:
        return False
    if importing and (
        len(record["note"]) > MAX_NOTE_CHARS
        or len(tags) > MAX_TAGS
        or (tags and max(map(len, tags)) > MAX_TAG_CHARS)
        or any(len(record[name] or "") > limit for name, limit in MAX_FIELD_CHARS.items())
    ):
        return False
    try:
        _parse_time(record["created"])
        _parse_time(record["updated"])
    except ValueError:  # (an empty string too)
        return False
    return True


def _unusable(record: Mapping[str, Any], *, importing: bool) -> Problem | None:
    for name in REQUIRED:
        if name not in record:
            return Problem(name, "missing")
    for name in STRING_FIELDS:
        if name in record and not isinstance(record[name], str):
            return Problem(name, f"expected a string, got {describe(record[name])}")
    for name in ("id", "doc_id"):
        if not record[name]:
            return Problem(name, "expected a non-empty string")
    start, end = record["start"], record["end"]
    for name, value in (("start", start), ("end", end)):
        if not is_offset(value):
            return Problem(name, f"expected a non-negative integer below 2^53, got {describe(value)}")
    if start > end:
        return Problem("start", f"start {start} is after end {end}")
    tags = record.get("tags", [])
    if not isinstance(tags, list | tuple) or not all(isinstance(tag, str) for tag in tags):
        return Problem("tags", f"expected an array of strings, got {describe(tags)}")
    speaker = record.get("speaker")
    if speaker is not None and not isinstance(speaker, str):
        return Problem("speaker", f"expected a string or null, got {describe(speaker)}")
    if importing:
        note = record.get("note", "")
        if len(note) > MAX_NOTE_CHARS:
            return Problem("note", f"note too long: {len(note):,} characters (at most {MAX_NOTE_CHARS:,})")
        if len(tags) > MAX_TAGS:
            return Problem("tags", f"too many tags: {len(tags):,} (at most {MAX_TAGS})")
        for tag in tags:
            if len(tag) > MAX_TAG_CHARS:
                return Problem("tags", f"tag too long: {len(tag):,} characters (at most {MAX_TAG_CHARS})")
        for name, limit in MAX_FIELD_CHARS.items():
            value = record.get(name) or ""
            if len(value) > limit:
                return Problem(name, f"{name} too long: {len(value):,} characters (at most {limit:,})")
    return None


def repaired(record: Mapping[str, Any], problems: list[Problem]) -> dict[str, Any]:
    """``record`` with each usable problem's field set to its default (a copy; the record is not changed)."""
    fixed = dict(record)
    for problem in problems:
        fixed[problem.field] = problem.default
    return fixed


def refuse_invalid(record: Mapping[str, Any], locate: Callable[[str], str]) -> None:
    """For the importers: a ReaderError for the first problem of ``record`` (with the size limits), naming
    where it is in the import file - ``locate(field)`` maps a record field to that place
    (``first.items[3].body``)."""
    problems = record_problems(record, importing=True)
    if problems:
        problem = problems[0]
        where = locate(problem.field)
        raise ReaderError(f"{where}: {problem.message}" if where else problem.message)
