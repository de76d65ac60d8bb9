"""``reader import``'s record path: :func:`parse_native_records` (with ``consume``), :func:`plan_merge_records`
and :meth:`Store.put_records` store what the annotation-object path stores, and refuse the same files."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from reader.annotation import Annotation
from reader.errors import ReaderError
from reader.formats import ExportDocument
from reader.formats.native import dumps_native, parse_native_documents, parse_native_records
from reader.store import Store
from reader.transfer import plan_merge, plan_merge_records


def export_data() -> dict[str, Any]:
    notes = [
        Annotation(
            id=f"id{i}",
            doc_id="sha256:d",
            path="a.txt",
            title="A",
            start=i,
            end=i + 3,
            text="abc",
            note="n" if i % 2 else "",
            tags=("t",) if i % 3 else (),
            speaker="S" if i == 1 else None,
            created="2026-01-01T10:00:00+00:00",
            updated="2026-01-02T10:00:00+00:00",
        )
        for i in range(5)
    ]
    text = dumps_native([ExportDocument("sha256:d", "A", "a.txt", tuple(notes))], "2026-01-03T00:00:00+00:00")
    data: dict[str, Any] = json.loads(text)
    return data


def test_consumed_records_equal_the_annotations_path() -> None:
    expected = [a.to_dict() for a in parse_native_documents(export_data()).annotations]
    kept, _ = parse_native_records(export_data())
    consumed, _ = parse_native_records(export_data(), consume=True)
    assert kept == expected and consumed == expected


@pytest.mark.parametrize(
    "field, value", [("color", "red"), ("start", True), ("id", ""), ("tags", ["a", 1]), ("created", "soon")]
)
def test_a_bad_record_is_refused_with_the_same_message_either_way(field: str, value: object) -> None:
    data = export_data()
    data["documents"][0]["annotations"][2][field] = value
    messages = []
    for consume in (False, True):
        before = copy.deepcopy(data)
        with pytest.raises(ReaderError) as error:
            parse_native_records(data, consume=consume)
        messages.append(str(error.value))
        assert data["documents"][0]["annotations"][2] == before["documents"][0]["annotations"][2]
    assert messages[0] == messages[1] and f"annotations[2].{field}" in messages[0]


def test_put_records_stores_what_put_many_stores(tmp_path: Path) -> None:
    annotations = parse_native_documents(export_data()).annotations
    by_objects = Store(tmp_path / "one.json")
    by_objects.put_many(plan_merge({}, annotations).changes)
    by_records = Store(tmp_path / "two.json")
    records, sources = parse_native_records(export_data(), consume=True)
    by_records.put_records(plan_merge_records({}, records, {}, sources).changes)
    assert Store(tmp_path / "two.json").all_annotations() == Store(tmp_path / "one.json").all_annotations()
    assert len(by_records.all_annotations()) == 5


def test_a_repeated_id_is_refused_with_the_same_message_either_way() -> None:
    data = export_data()
    data["documents"][0]["annotations"][3]["id"] = "id1"
    messages = []
    for consume in (False, True):
        with pytest.raises(ReaderError) as error:
            parse_native_records(copy.deepcopy(data), consume=consume)
        messages.append(str(error.value))
    assert messages[0] == messages[1] and "annotations[3].id" in messages[0] and "annotations[1]" in messages[0]
