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
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reader.annotation import (
    ANCHOR_STATUSES,
    COLORS,
    DEFAULT_COLOR,
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
