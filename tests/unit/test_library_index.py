"""The library's rows (reader.library_index): merging, gone/changed marks from a stat, orders, filter, dates."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from reader.library_index import LibraryRow, build_rows, matches, next_sort, sort_rows, when
from reader.loader import load_document
from reader.store import DocumentRecord

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def record(
    doc_id: str,
    path: str,
    title: str,
    opened: str,
    *,
    position: int | None = None,
    length: int | None = None,
    size: int | None = None,
    source: dict[str, str] | None = None,
) -> DocumentRecord:
    return DocumentRecord(doc_id, path, title, position, opened, source or {}, length=length, size=size)


def test_versions_of_a_file_merge_and_given_paths_join_their_rows(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Story\n\nText.\n", encoding="utf-8")
    new = record("sha256:new", str(story), "Story (new)", "2026-11-24T10:00:00+00:00", position=5, length=10,
                 size=story.stat().st_size)  # fmt: skip
    old = record("sha256:old", str(story), "Story (old)", "2026-10-01T10:00:00+00:00")
    page = record("sha256:p", "https://example.org/a", "A page", "2026-11-01T10:00:00+00:00",
                  source={"kind": "html", "url": "https://example.org/a"})  # fmt: skip
    counts = {"sha256:new": (2, 1), "sha256:old": (3, 0), "sha256:orphan": (4, 4)}
    rows = build_rows(
        [old, new, page], counts, given=[os.path.relpath(story), str(tmp_path / "unread.md")], seeds=[],
        titles={"sha256:orphan": ("/imported/elsewhere.txt", "Imported")},
    )  # fmt: skip
    by_title = {row.title: row for row in rows}
    assert set(by_title) == {"Story (new)", "A page", "unread.md", "Imported"}
    merged = by_title["Story (new)"]
    assert merged.doc_ids == ("sha256:new", "sha256:old") and (merged.highlights, merged.notes) == (5, 1)
    assert merged.given == 0 and merged.progress == 0.5 and merged.state == ""
    assert by_title["unread.md"].given == 1 and by_title["unread.md"].doc_ids == ()
    assert by_title["A page"].source == "https://example.org/a" and by_title["A page"].is_url
    assert by_title["Imported"].state == "gone" and by_title["Imported"].highlights == 4


def test_a_version_with_no_position_shows_the_one_opening_carries_over(tmp_path: Path) -> None:
    """The version opened last names the row; when it has no reading position of its own, the row shows the
    most recently opened version's that has one, as opening it will (a review's finding: the library said 94%,
    the document opened at 0%)."""
    story = str(tmp_path / "story.txt")
    rows = build_rows(
        [
            record("sha256:new", story, "Story", "2026-11-24T10:00:00+00:00", length=1000),
            record("sha256:mid", story, "Story", "2026-11-20T10:00:00+00:00", position=940, length=1000),
            record("sha256:old", story, "Story", "2026-11-01T10:00:00+00:00", position=10, length=1000),
        ],
        {},
    )
    (row,) = rows
    assert row.doc_ids == ("sha256:new", "sha256:mid", "sha256:old")
    assert (row.position, row.length, row.progress) == (940, 1000, 0.94)


def test_gone_and_changed_come_from_a_stat_only(tmp_path: Path) -> None:
    kept = tmp_path / "kept.txt"
    kept.write_text("same size", encoding="utf-8")
    size = kept.stat().st_size
    records = [
        record("a", str(kept), "Kept", "2026-11-01T00:00:00+00:00", size=size),
        record("b", str(tmp_path / "gone.txt"), "Gone", "2026-11-01T00:00:00+00:00", size=3),
        record("c", str(kept) + ".x", "Other size", "2026-11-01T00:00:00+00:00", size=1),
        record("d", str(kept), "Unknown size", "2026-10-01T00:00:00+00:00"),
    ]
    (tmp_path / "kept.txt.x").write_text("twelve bytes", encoding="utf-8")
    seen: list[str] = []

    def stat(path: str) -> os.stat_result:
        seen.append(path)
        return os.stat(path)

    states = {row.title: row.state for row in build_rows(records, {}, stat=stat)}
    assert states == {"Kept": "", "Gone": "gone", "Other size": "changed"}
    assert len(seen) == 3  # one stat per row, nothing read


def test_orders_and_filter() -> None:
    rows = [
        LibraryRow("1", "/a/zeta.txt", "zeta", ("1",), highlights=1, opened="2026-11-01T00:00:00+00:00"),
        LibraryRow("2", "/a/Alpha.txt", "Alpha", ("2",), highlights=9, opened="2026-10-01T00:00:00+00:00"),
        LibraryRow("3", "/a/never.txt", "never", ()),
        LibraryRow("4", "/b/named.txt", "named", (), given=0),
    ]
    assert [r.title for r in sort_rows(rows, "recent")] == ["named", "zeta", "Alpha", "never"]
    assert [r.title for r in sort_rows(rows, "title")] == ["Alpha", "named", "never", "zeta"]
    assert [r.title for r in sort_rows(rows, "highlights")][:2] == ["Alpha", "zeta"]
    assert [next_sort(o) for o in ("recent", "title", "highlights", "bogus")] == ["title", "highlights", "recent",
                                                                                  "recent"]  # fmt: skip
    assert [r.title for r in rows if matches(r, "A ALPHA")] == ["Alpha"]  # words in the title or source
    assert [r.title for r in rows if matches(r, "/b/")] == ["named"] and all(matches(r, " ") for r in rows)


def test_last_opened_is_relative_to_now_in_its_time_zone() -> None:
    assert when("", NOW) == "—" and when("not a date", NOW) == "—"
    assert when("2026-11-25T08:05:00+00:00", NOW) == "today 08:05"
    assert when("2026-11-24T23:30:00+00:00", NOW) == "yesterday 23:30"
    assert when("2026-03-02T10:00:00+00:00", NOW) == "Mar 2"
    assert when("2024-03-02T10:00:00+00:00", NOW) == "2024-03-02"
    tokyo = NOW.astimezone(timezone(timedelta(hours=9)))  # 21:00 there
    assert when("2026-11-24T23:30:00+00:00", tokyo) == "today 08:30"
    # a hand-edited store: a time out of the calendar's range in this time zone is no time (it was an internal
    # error of `reader library`: a hostile review's finding)
    assert when("0001-01-01T00:00:00+01:00", NOW) == "—"
    assert when("9999-12-31T23:59:59-05:00", NOW) == "—"


def test_the_store_keeps_length_and_size_and_counts_per_document(tmp_path: Path) -> None:
    from reader.annotation import Annotation
    from reader.store import Store

    store = Store(tmp_path / "a.json")
    store.remember_document("sha256:d", path="/x/d.txt", title="D", length=1234, size=999)
    store.save_position("sha256:d", 100, path="/x/d.txt", title="D")  # keeps what it does not give
    store.remember_document("sha256:d", path="/x/d.txt", title="D")
    store.remember_document("sha256:e", path="/x/e.txt", title="E")  # none recorded: None, never an error
    text = "One sentence. Another one."
    store.put_many(
        [
            Annotation.create(doc_id="sha256:d", path="/x/d.txt", title="D", text_of_document=text, start=0, end=3),
            Annotation.create(doc_id="sha256:d", path="/x/d.txt", title="D", text_of_document=text, start=4, end=8,
                              note="a note"),
        ]
    )  # fmt: skip
    again = Store(tmp_path / "a.json")
    documents = {d.id: d for d in again.documents()}
    d = documents["sha256:d"]
    assert (d.length, d.size, d.position) == (1234, 999, 100)
    assert (documents["sha256:e"].length, documents["sha256:e"].size) == (None, None)
    assert again.annotation_counts() == {"sha256:d": (2, 1)}
    first = again.all_annotations()
    assert again.all_annotations() == first  # read again from the parsed records, not parsed again


def test_a_path_holding_a_scheme_like_part_is_a_file_not_a_url(tmp_path: Path) -> None:
    """A file named "[link=https://x]…" was taken for a URL: never shown as gone, not opened read-only."""
    gone = str(tmp_path / "[link=https:" / "x]" / "a.txt")
    rows = build_rows([record("sha256:" + "a" * 64, gone, "A", "2026-12-01T00:00:00+00:00")], {})
    assert [(row.is_url, row.state) for row in rows] == [(False, "gone")]
    assert LibraryRow("k", "https://example.org/a", "t", ()).is_url


def test_a_seed_and_a_copy_of_it_are_one_row_by_the_documents_id(tmp_path: Path) -> None:
    """One row per document id: a seed (or a named source) whose id is known joins the row of the record with
    that id, whatever its path; the row keeps the record's source unless that file is gone."""
    from reader.library_index import seed_ids
    from tests.conftest import SEED

    seeds = [str(SEED)]
    ids = seed_ids(seeds)
    seed_id = ids[str(SEED)]
    assert seed_id == load_document(SEED).id and seed_ids(seeds) == ids  # (the second from its cache)
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SEED.read_bytes())
    opened = record(seed_id, str(copy), "Belarus", "2026-11-24T10:00:00+00:00", position=9, length=90,
                    size=copy.stat().st_size)  # fmt: skip
    other = tmp_path / "other.txt"
    rows = build_rows([opened], {seed_id: (2, 1)}, given=[str(copy), str(other)], seeds=seeds, ids=ids)
    assert sorted((r.source, r.doc_ids, r.highlights, r.given, r.seed, r.state) for r in rows) == [
        (str(copy), (seed_id,), 2, 0, False, ""),
        (str(other), (), 0, 1, False, "gone"),
    ]
    # the copy's file is gone: the row opens the seed, which is there (the same text), with its highlights
    copy.unlink()
    (row,) = build_rows([opened], {seed_id: (2, 1)}, seeds=seeds, ids=ids)
    assert (row.key, row.source, row.seed, row.state, row.size, row.position) == (str(copy), str(SEED), True, "",
                                                                                  None, 9)  # fmt: skip
    # a copy named on the command line and not recorded yet (open: its id is known) is one row with the seed
    other.write_bytes(SEED.read_bytes())
    (row,) = build_rows([], {}, given=[str(other)], seeds=seeds, ids={**ids, str(other): seed_id})
    assert (row.source, row.given, row.seed, row.doc_ids, row.state) == (str(other), 0, False, (), "")
    # without ids (an id not known), two rows as before
    assert len(build_rows([opened], {}, seeds=seeds)) == 2
