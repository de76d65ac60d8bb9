"""The pure export/import formats: native JSON (+ its JSON Schema), W3C, Markdown, and the atomic write."""

from __future__ import annotations

import copy
import json
import os
import random
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from reader.annotation import ANCHOR_STATUSES, COLORS, Annotation
from reader.errors import ReaderError
from reader.formats import ExportDocument, detect_format, group_by_document, parse_any, sorted_documents
from reader.formats.atomic import write_atomic
from reader.formats.markdown import export_markdown
from reader.formats.native import dumps_native, export_native, load_schema, parse_native
from reader.formats.w3c import EXTENSION_KEY, export_w3c, from_w3c_time, parse_w3c, to_w3c_time

EXPORTED_AT = "2026-11-25T14:00:00.000000+00:00"
DOC_A = "sha256:" + "a" * 64
DOC_B = "sha256:" + "b" * 64


def make(**changes: Any) -> Annotation:
    values: dict[str, Any] = {
        "id": "00000000-0000-4000-8000-000000000001",
        "doc_id": DOC_A,
        "path": "articles/a.txt",
        "title": "Article A",
        "start": 10,
        "end": 20,
        "text": "0123456789",
        "prefix": "before",
        "suffix": "after",
        "created": "2026-11-01T10:00:00.000001+00:00",
        "updated": "2026-11-02T10:00:00.000001+00:00",
    }
    values.update(changes)
    return Annotation(**values)


HOSTILE_NOTES = [
    'He said "no" \\ and left',
    "line one\nline two\r\nline three\rfour",
    "emoji 😀👍🏽🇨🇭 and ZWJ 👩‍👩‍👧",
    "RTL שלום עולם and العربية \u202eevil\u202c",
    "controls \x00\x01\x07\x1b[2J\x1b]0;title\x07\x7f\x85\x9b\u2028\u2029",
    "",
]


def sample_documents() -> list[ExportDocument]:
    a = [
        make(id=f"00000000-0000-4000-8000-00000000000{i}", note=note, start=10 * i, end=10 * i + 5, tags=("t", "x y"))
        for i, note in enumerate(HOSTILE_NOTES)
    ]
    a.append(make(id="orphan-1", anchor="orphan", start=0, end=0, text="lost quote", speaker="Someone"))
    b = [make(id="b-1", doc_id=DOC_B, path="b.md", title="B \x1b title", color="pink", speaker="שרה")]
    return [
        ExportDocument(DOC_B, "B \x1b title", "b.md", tuple(b)),
        ExportDocument(DOC_A, "Article A", "articles/a.txt", tuple(a)),
    ]


def all_annotations(documents: list[ExportDocument]) -> list[Annotation]:
    return [a for doc in sorted_documents(documents) for a in doc.annotations]


# -- native ------------------------------------------------------------------------------------------------


def test_schema_is_valid_draft_2020_12_and_ships_in_the_package() -> None:
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_export_matches_schema_and_fast_writer_matches_json_dumps() -> None:
    docs = sample_documents()
    data = export_native(docs, EXPORTED_AT)
    Draft202012Validator(load_schema()).validate(data)
    text = dumps_native(docs, EXPORTED_AT)
    assert text == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    assert json.loads(text) == data


def test_export_of_nothing() -> None:
    assert (
        dumps_native([], EXPORTED_AT) == json.dumps(export_native([], EXPORTED_AT), ensure_ascii=False, indent=2) + "\n"
    )
    doc = ExportDocument(DOC_A, "t", "p", ())
    assert (
        dumps_native([doc], EXPORTED_AT)
        == json.dumps(export_native([doc], EXPORTED_AT), ensure_ascii=False, indent=2) + "\n"
    )
    assert parse_native(export_native([doc], EXPORTED_AT)) == []


def test_export_is_deterministic_and_sorted() -> None:
    docs = sample_documents()
    shuffled = [
        ExportDocument(d.id, d.title, d.path, tuple(random.Random(1).sample(d.annotations, len(d.annotations))))
        for d in reversed(docs)
    ]
    assert dumps_native(shuffled, EXPORTED_AT) == dumps_native(docs, EXPORTED_AT)
    data = export_native(docs, EXPORTED_AT)
    assert [d["path"] for d in data["documents"]] == ["articles/a.txt", "b.md"]
    keys = [(r["start"], r["end"], r["created"], r["id"]) for r in data["documents"][0]["annotations"]]
    assert keys == sorted(keys)
    assert list(data["documents"][0]["annotations"][0]) == [
        "id",
        "text",
        "prefix",
        "suffix",
        "start",
        "end",
        "color",
        "note",
        "tags",
        "speaker",
        "created",
        "updated",
        "anchor",
    ]


def test_control_characters_are_escaped_and_unicode_kept() -> None:
    text = dumps_native(sample_documents(), EXPORTED_AT)
    assert "\x1b" not in text and "\x00" not in text and "\x07" not in text
    assert "\\u001b" in text and "😀" in text and "שלום" in text
    assert "\n" not in "".join(line for line in text.splitlines())  # only layout newlines


def test_native_round_trip() -> None:
    docs = sample_documents()
    parsed = parse_native(json.loads(dumps_native(docs, EXPORTED_AT)))
    assert parsed == all_annotations(docs)


def _valid() -> dict[str, Any]:
    return export_native(
        [ExportDocument(DOC_A, "A", "a.txt", (make(), make(id="second", start=30, end=40)))], EXPORTED_AT
    )


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def apply(data: dict[str, Any]) -> None:
        target: Any = data
        parts = path.replace("[", ".").replace("]", "").split(".")
        for part in parts[:-1]:
            target = target[int(part)] if part.isdigit() else target[part]
        last = parts[-1]
        if value is KeyError:
            del target[int(last) if last.isdigit() else last]
        elif last.isdigit():
            target[int(last)] = value
        else:
            target[last] = value

    return apply


A0 = "documents[0].annotations[0]"
BAD_NATIVE: list[tuple[str, Callable[[dict[str, Any]], None], str, bool]] = [
    # (name, mutation, expected message, does the JSON Schema also reject it?)
    ("format", _set("format", "something-else"), 'format: expected "reader-annotations", got "something-else"', True),
    ("no format", _set("format", KeyError), 'missing key "format"', True),
    ("version", _set("version", 3), "version: this reader reads version 2 (and 1), not version 3", True),
    ("version type", _set("version", "1"), 'version: expected an integer, got "1"', True),
    ("no documents", _set("documents", KeyError), 'missing key "documents"', True),
    ("documents type", _set("documents", {}), "documents: expected an array, got an object", True),
    ("unknown top key", _set("extra", 1), 'unknown key "extra"', True),
    ("exported_at", _set("exported_at", "last tuesday"), "exported_at: expected an ISO 8601 date-time", True),
    ("doc not object", _set("documents[0]", []), "documents[0]: expected an object, got an array", True),
    ("doc id", _set("documents[0].id", ""), "documents[0].id: expected a non-empty string", True),
    ("doc path", _set("documents[0].path", None), "documents[0].path: expected a string, got null", True),
    ("negative start", _set(f"{A0}.start", -1), f"{A0}.start: expected a non-negative integer, got -1", True),
    ("float end", _set(f"{A0}.end", 2.5), f"{A0}.end: expected a non-negative integer, got 2.5", True),
    ("bool start", _set(f"{A0}.start", True), f"{A0}.start: expected a non-negative integer, got true", True),
    ("string start", _set(f"{A0}.start", "3"), f'{A0}.start: expected a non-negative integer, got "3"', True),
    ("start after end", _set(f"{A0}.start", 99), f"{A0}: start 99 is after end 20", False),
    ("missing text", _set(f"{A0}.text", KeyError), f'{A0}: missing key "text"', True),
    ("unknown key", _set(f"{A0}.not", "typo"), f'{A0}: unknown key "not"', True),
    ("color", _set(f"{A0}.color", "red"), f"{A0}.color: expected one of yellow, green, blue, pink, purple", True),
    ("anchor", _set(f"{A0}.anchor", "lost"), f"{A0}.anchor: expected one of exact, moved, fuzzy, orphan", True),
    ("tags type", _set(f"{A0}.tags", "a,b"), f'{A0}.tags: expected an array of strings, got "a,b"', True),
    ("tag type", _set(f"{A0}.tags", ["a", 3]), f"{A0}.tags[1]: expected a string, got 3", True),
    ("speaker", _set(f"{A0}.speaker", 5), f"{A0}.speaker: expected a string, got 5", True),
    ("note", _set(f"{A0}.note", None), f"{A0}.note: expected a string, got null", True),
    ("created", _set(f"{A0}.created", "soon"), f"{A0}.created: expected an ISO 8601 date-time", True),
    ("empty id", _set(f"{A0}.id", ""), f"{A0}.id: expected a non-empty string", True),
    (
        "duplicate id",
        _set("documents[0].annotations[1].id", "00000000-0000-4000-8000-000000000001"),
        "documents[0].annotations[1].id: duplicate annotation id",
        False,
    ),
]


@pytest.mark.parametrize(("name", "mutate", "message", "schema_rejects"), BAD_NATIVE, ids=[b[0] for b in BAD_NATIVE])
def test_parse_native_says_what_and_where(
    name: str, mutate: Callable[[dict[str, Any]], None], message: str, schema_rejects: bool
) -> None:
    data = copy.deepcopy(_valid())
    mutate(data)
    with pytest.raises(ReaderError) as caught:
        parse_native(data)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)
    schema_errors = list(Draft202012Validator(load_schema()).iter_errors(data))
    assert bool(schema_errors) == schema_rejects


@pytest.mark.parametrize("data", [None, [], "text", 3])
def test_parse_native_rejects_non_objects(data: Any) -> None:
    with pytest.raises(ReaderError, match="expected a JSON object"):
        parse_native(data)


# -- hypothesis round trips -----------------------------------------------------------------------------------

_TEXT = st.text(st.characters(codec="utf-8"), max_size=40)
_TIMES = st.datetimes(timezones=st.timezones()).map(lambda moment: moment.isoformat(timespec="microseconds"))


@st.composite
def annotation_values(draw: st.DrawFn, doc_id: str = DOC_A) -> Annotation:
    start = draw(st.integers(0, 10**9))
    return Annotation(
        id=draw(st.one_of(st.uuids().map(str), st.text(st.characters(codec="utf-8"), min_size=1, max_size=20))),
        doc_id=doc_id,
        path="docs/a.txt",
        title="Title",
        start=start,
        end=start + draw(st.integers(0, 10**6)),
        text=draw(_TEXT),
        prefix=draw(_TEXT),
        suffix=draw(_TEXT),
        color=draw(st.sampled_from(COLORS)),
        note=draw(_TEXT),
        tags=tuple(draw(st.lists(_TEXT, max_size=4))),
        speaker=draw(st.none() | _TEXT),
        created=draw(_TIMES),
        updated=draw(_TIMES | st.just("not a time")),
        anchor=draw(st.sampled_from(ANCHOR_STATUSES)),
    )


def _unique(items: list[Annotation]) -> list[Annotation]:
    seen: dict[str, Annotation] = {}
    for item in items:
        seen.setdefault(item.id, item)
    return list(seen.values())


_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(st.lists(annotation_values(), max_size=6).map(_unique))
def test_native_round_trip_property(items: list[Annotation]) -> None:
    items = [a if a.updated != "not a time" else a.edited() for a in items]
    docs = [ExportDocument(DOC_A, "Title", "docs/a.txt", tuple(items))]
    text = dumps_native(docs, EXPORTED_AT)
    assert text == json.dumps(export_native(docs, EXPORTED_AT), ensure_ascii=False, indent=2) + "\n"
    parsed = parse_native(json.loads(text))
    assert parsed == all_annotations(docs)
    assert dumps_native([ExportDocument(DOC_A, "Title", "docs/a.txt", tuple(parsed))], EXPORTED_AT) == text


@_SETTINGS
@given(st.lists(annotation_values(), max_size=6).map(_unique))
def test_w3c_round_trip_property(items: list[Annotation]) -> None:
    items = [a if a.updated != "not a time" else a.edited() for a in items]  # the store never yields one now
    docs = [ExportDocument(DOC_A, "Title", "docs/a.txt", tuple(items))]
    text = json.dumps(export_w3c(docs, EXPORTED_AT), ensure_ascii=False, indent=2)
    assert parse_w3c(json.loads(text)) == all_annotations(docs)


# -- W3C ----------------------------------------------------------------------------------------------------


def test_w3c_shape() -> None:
    bare, noted = make(), make(id="00000000-0000-4000-8000-000000000002", note="n", tags=("a", "b"), start=30, end=31)
    collection = export_w3c([ExportDocument(DOC_A, "A", "/tmp/x y.txt", (noted, bare))], EXPORTED_AT)
    assert collection["type"] == "AnnotationCollection" and collection["total"] == 2
    assert collection["first"]["type"] == "AnnotationPage" and collection["first"]["startIndex"] == 0
    first, second = collection["first"]["items"]
    assert first["id"] == f"urn:uuid:{bare.id}" and first["motivation"] == "highlighting"
    assert "body" not in first
    assert second["motivation"] == "commenting"
    assert second["body"] == [
        {"type": "TextualBody", "value": "n", "purpose": "commenting", "format": "text/plain"},
        {"type": "TextualBody", "value": "a", "purpose": "tagging"},
        {"type": "TextualBody", "value": "b", "purpose": "tagging"},
    ]
    assert first["target"]["source"] == "file:///tmp/x%20y.txt"
    assert first["target"]["selector"] == [
        {"type": "TextQuoteSelector", "exact": "0123456789", "prefix": "before", "suffix": "after"},
        {"type": "TextPositionSelector", "start": 10, "end": 20},
    ]
    assert first["created"] == "2026-11-01T10:00:00.000001Z"
    assert first[EXTENSION_KEY]["document"] == DOC_A
    assert export_w3c([ExportDocument(DOC_A, "A", "/tmp/x y.txt", (noted, bare))], EXPORTED_AT) == collection


def test_w3c_times() -> None:
    assert to_w3c_time("2026-11-25T15:00:00+01:00") == "2026-11-25T14:00:00Z"
    assert to_w3c_time("2026-11-25T14:00:00.500000+00:00") == "2026-11-25T14:00:00.500000Z"
    assert to_w3c_time("nonsense") is None
    assert from_w3c_time("2026-11-25T14:00:00Z") == "2026-11-25T14:00:00.000000+00:00"


HYPOTHESIS_LIKE: dict[str, Any] = {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    "id": "https://hypothes.is/a/kJ2lq1M7Ee",
    "type": "Annotation",
    "created": "2026-01-02T03:04:05.678+00:00",
    "modified": "2026-01-03T03:04:05.678+00:00",
    "body": [
        {"type": "TextualBody", "value": "A comment", "format": "text/markdown"},
        {"type": "TextualBody", "value": "climate", "purpose": "tagging"},
        "https://example.org/linked-body",
    ],
    "target": [
        {
            "source": "https://example.com/article",
            "selector": [
                {"type": "RangeSelector", "startSelector": {"type": "XPathSelector", "value": "/p[1]"}},
                {"type": "TextPositionSelector", "start": 5, "end": 9},
                {"type": "TextQuoteSelector", "exact": "word", "prefix": "a ", "suffix": " b"},
            ],
        }
    ],
}


def test_foreign_w3c_imports_from_selectors_alone() -> None:
    (annotation,) = parse_w3c(HYPOTHESIS_LIKE)
    assert annotation.id == "https://hypothes.is/a/kJ2lq1M7Ee"
    assert (annotation.start, annotation.end, annotation.text) == (5, 9, "word")
    assert (annotation.prefix, annotation.suffix) == ("a ", " b")
    assert annotation.note == "A comment" and annotation.tags == ("climate",)
    assert annotation.doc_id == "https://example.com/article"
    assert annotation.anchor == "exact" and annotation.color == "yellow"
    assert annotation.created == "2026-01-02T03:04:05.678000+00:00"
    assert annotation.updated == "2026-01-03T03:04:05.678000+00:00"


def test_foreign_w3c_resolver_and_quote_only() -> None:
    data = copy.deepcopy(HYPOTHESIS_LIKE)
    data["target"] = {"source": "file:///tmp/a%20b.txt", "selector": {"type": "TextQuoteSelector", "exact": "q"}}
    (annotation,) = parse_w3c(data, lambda source: (DOC_B, "/tmp/a b.txt", "T") if source.startswith("file:") else None)
    assert (annotation.doc_id, annotation.path, annotation.title) == (DOC_B, "/tmp/a b.txt", "T")
    assert annotation.anchor == "orphan" and (annotation.start, annotation.end) == (0, 0)
    (default,) = parse_w3c(data)
    assert default.path == "/tmp/a b.txt"
    data["bodyValue"] = "plain"
    del data["body"]
    assert parse_w3c([data])[0].note == "plain"


BAD_W3C: list[tuple[object, str]] = [
    ({"type": "AnnotationCollection", "total": 1, "first": "https://x/page1"}, "first: pages linked by URI"),
    ({"type": "AnnotationPage", "items": {}}, "items: expected an array"),
    ([{"type": "Note", "id": "x"}], '[0].type: expected "Annotation"'),
    ([{**HYPOTHESIS_LIKE, "id": 5}], "[0].id: expected the annotation's IRI"),
    ([{**HYPOTHESIS_LIKE, "target": "https://example.com"}], "[0].target: no TextQuoteSelector"),
    (
        {
            "type": "AnnotationPage",
            "items": [
                {
                    **HYPOTHESIS_LIKE,
                    "target": {"source": "s", "selector": {"type": "TextPositionSelector", "start": -2, "end": 1}},
                }
            ],
        },
        "items[0].target.selector.start: expected a non-negative integer",
    ),
    (
        [
            {
                **HYPOTHESIS_LIKE,
                "target": {"source": "s", "selector": {"type": "TextPositionSelector", "start": 9, "end": 1}},
            }
        ],
        "[0].target.selector: start 9 is after end 1",
    ),
    ([{**HYPOTHESIS_LIKE, "created": "Tuesday"}], "[0].created: expected an xsd:dateTime"),
    ([HYPOTHESIS_LIKE, HYPOTHESIS_LIKE], "[1].id: duplicate annotation id"),
    ([{**HYPOTHESIS_LIKE, EXTENSION_KEY: {"color": "red"}}], "color: expected one of"),
]


@pytest.mark.parametrize(("data", "message"), BAD_W3C)
def test_parse_w3c_says_what_and_where(data: Any, message: str) -> None:
    with pytest.raises(ReaderError) as caught:
        parse_w3c(data)
    assert message in str(caught.value)


def test_detect_format() -> None:
    assert detect_format(_valid()) == "native"
    assert detect_format(export_w3c([], EXPORTED_AT)) == "w3c"
    assert detect_format([HYPOTHESIS_LIKE]) == "w3c"
    assert parse_any(export_w3c(sample_documents(), EXPORTED_AT)) == all_annotations(sample_documents())
    for data in ({"hello": 1}, "x", 3, None):
        with pytest.raises(ReaderError, match="not a reader export or W3C annotations"):
            detect_format(data)


def test_group_by_document() -> None:
    docs = group_by_document(all_annotations(sample_documents()))
    assert [d.id for d in docs] == [DOC_A, DOC_B]
    assert all_annotations(docs) == all_annotations(sample_documents())


# -- Markdown ----------------------------------------------------------------------------------------------


def test_markdown_layout() -> None:
    text = "First line\nsecond line"
    doc = ExportDocument(
        DOC_A,
        "Article A",
        "articles/a.txt",
        (make(text=text, start=416, end=657, speaker="Jens", note="My note\nmore", tags=("a b", "c")),),
        length=1000,
    )
    md = export_markdown([doc])
    assert md.startswith("# Article A\n\nSource: `articles/a.txt`\n")  # the title once, in the heading
    assert (
        "> First line\n> second line\n\n— Jens\n\nMy note\nmore\n\n#a-b #c\n\n*offset 416–657 · 41 % · yellow*\n" in md
    )
    assert md.endswith("\n")


def test_markdown_is_safe_to_view() -> None:
    md = export_markdown(sample_documents())
    for bad in ("\x1b", "\x00", "\x07", "\x7f", "\x9b", "\u202e", "\u2028", "\r"):
        assert bad not in md
    assert "␛[2J" in md and "⟨U+202E⟩" in md
    assert "😀" in md and "שלום עולם" in md and 'He said "no" \\ and left' in md
    assert "orphaned" in md
    # every line of a quote is quoted
    multi = export_markdown([ExportDocument(DOC_A, "T", "p", (make(text="a\n\nb\r\nc"),))])
    assert "> a\n>\n> b\n> c\n" in multi


def test_markdown_quotes_speakers_and_tags_never_turn_live() -> None:
    """A hostile review: a highlighted passage was written raw, so an article's ``![](…)`` loaded a remote image
    in the note app, ``[…](javascript:…)`` linked and ``<img onerror>`` was HTML. Only those places are escaped:
    "[Trump]" and "*" stay as written; a note (the user's own Markdown) is written as it is."""
    text = ("Look ![](https://tracker.example/p.gif) and [the report](javascript:alert(1)) and "
            "<img src=x onerror=alert(1)> and ![[secret]] for [Trump] *now*")
    doc = ExportDocument(DOC_A, "T", "p", (make(text=text, speaker="<b>Evil</b>", note="[mine](https://a.org)",
                                                tags=("x](javascript:y)",)),))
    md = export_markdown([doc])
    assert "> Look !\\[\\](https://tracker.example/p.gif) and [the report\\](javascript:alert(1)) and " in md
    assert "\\<img src=x" in md and "!\\[[secret]] for [Trump] *now*" in md
    assert "— \\<b>Evil\\</b>" in md and "[mine](https://a.org)" in md and "#x\\](javascript:y)" in md


def test_markdown_of_nothing() -> None:
    assert export_markdown([]) == "*No highlights.*\n"
    assert "*No highlights.*" in export_markdown([ExportDocument(DOC_A, "T", "p", ())])


# -- atomic write ------------------------------------------------------------------------------------------


def test_atomic_write_replaces_and_keeps_mode(tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "out.json"
    target.write_text("old")
    target.chmod(0o640)
    write_atomic(target, "new ✓\n")
    assert target.read_bytes() == "new ✓\n".encode()
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_atomic_write_failure_leaves_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "out.json"
    target.write_text("old")

    def broken_replace(src: Any, dst: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_atomic(target, "new")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_atomic_write_errors(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        write_atomic(tmp_path, "x")
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "missing" / "x.json", "x")


def test_a_backslash_of_the_articles_own_does_not_undo_the_escape() -> None:
    """A review: "\\<img …>" in the article made the added escape a literal backslash before a live tag."""
    from markdown_it import MarkdownIt

    text = "Read this: \\<img src=x> and [click\\](https://evil.example/) now. C:\\path"
    html = MarkdownIt().render(export_markdown([ExportDocument(DOC_A, "T", "p", (make(text=text),))]))
    assert "<img" not in html and "<a " not in html and "C:\\path" in html
