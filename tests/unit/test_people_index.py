"""The quotations cache and the people in it (:mod:`reader.people_index`): build, reuse, invalidate, recover.

Most tests use a fake finder that reads ``Full name|short: quoted text`` lines, so they test the cache and the
grouping, not the attribution (another module's job, tested on its own); one test runs the real finder.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader import people_index
from reader.document import Document
from reader.people_cache import cache_dir, entry_name
from reader.people_index import PeopleIndex, person_key
from reader.quotes import Quotation
from reader.sources import load_file, page_cache
from reader.store import Store


class Finder:
    """Quotations from ``full|short: text`` lines (an empty full name: no speaker); counts its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, document: Document) -> Sequence[Quotation]:
        self.calls += 1
        found = []
        offset = 0
        for line in document.text.split("\n"):
            if ": " in line and "|" in line.split(": ", 1)[0]:
                head, text = line.split(": ", 1)
                full, short = head.split("|", 1)
                start = offset + len(head) + 2
                found.append(
                    Quotation(start=start, end=start + len(text), open="“", close="”", kind="speech",
                              speaker=short or None, nested=False, parent=None, text=text, speaker_full=full or None)
                )
            offset += len(line) + 1
        return found


def write_doc(store: Store, path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    document = load_file(path)
    store.remember_document(document.id, path=document.path, title=document.title, source=document.info)
    return document.id


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "people.json")


def test_cache_is_under_reader_cache_dir(tmp_path: Path) -> None:
    assert cache_dir() == tmp_path / "page-cache" / "quotations"


def test_build_then_warm_list_reads_no_document(store: Store, tmp_path: Path) -> None:
    write_doc(store, tmp_path / "a.txt", "Title A\n\nJens Stoltenberg|Stoltenberg: We will win.\n\n|: Nobody.\n")
    write_doc(store, tmp_path / "b.txt", "Title B\n\nJens Stoltenberg|Stoltenberg: Again.\n\nAnna Berg|Berg: Yes.\n")
    finder = Finder()
    report = PeopleIndex(store, finder=finder).refresh()
    assert (report.documents, report.built, report.reread) == (2, 2, 0)
    assert (cache_dir() / "index.json").is_file()
    assert len(list(cache_dir().glob("*.json"))) == 3  # two entries and the index
    assert oct(cache_dir().stat().st_mode & 0o777) == "0o700"
    index = PeopleIndex(store, finder=finder)
    report = index.refresh()
    assert (report.built, report.reread, finder.calls) == (0, 0, 2)
    assert [(p.name, p.quotations, p.documents) for p in index.people()] == [
        ("Jens Stoltenberg", 2, 2),
        ("Anna Berg", 1, 1),
    ]


def test_grouping_merges_case_and_space_variants(store: Store, tmp_path: Path) -> None:
    write_doc(store, tmp_path / "a.txt", "A\n\nJens Stoltenberg|Stoltenberg: 1.\n\njens  stoltenberg|Stoltenberg: 2.\n")
    write_doc(store, tmp_path / "b.txt", "B\n\nJENS STOLTENBERG|STOLTENBERG: 3.\n\nJens Stoltenberg|Stoltenberg: 4.\n")
    write_doc(store, tmp_path / "c.txt", "C\n\n|Berg: Short name only.\n\n|: No speaker at all.\n")
    index = PeopleIndex(store, finder=Finder())
    index.refresh()
    people = index.people()
    assert [(p.name, p.quotations, p.documents) for p in people] == [("Jens Stoltenberg", 4, 2), ("Berg", 1, 1)]
    assert person_key(" JENS\tStoltenberg ") == person_key("jens stoltenberg")
    assert {q.name for q in index.quotations_by("jens stoltenberg")} == {"Jens Stoltenberg"}


def test_a_tie_is_shown_in_mixed_case(store: Store, tmp_path: Path) -> None:
    write_doc(store, tmp_path / "a.txt", "A\n\nanna berg|berg: 1.\n\nANNA BERG|BERG: 2.\n\nAnna Berg|Berg: 3.\n")
    index = PeopleIndex(store, finder=Finder())
    index.refresh()
    assert [p.name for p in index.people()] == ["Anna Berg"]


def test_quotations_by_full_or_short_name(store: Store, tmp_path: Path) -> None:
    text = "Talks\n\nJens Stoltenberg|Stoltenberg: We will win.\n\nAnna Berg|Berg: No.\n"
    a = write_doc(store, tmp_path / "a.txt", text)
    write_doc(store, tmp_path / "b.txt", "Summit\n\njens stoltenberg|Stoltenberg: Again.\n")
    index = PeopleIndex(store, finder=Finder())
    index.refresh()
    by_full = index.quotations_by("JENS   stoltenberg")
    assert sorted(q.text for q in by_full) == ["Again.", "We will win."]
    assert [q.text for q in index.quotations_by("stoltenberg")] == [q.text for q in by_full]
    first = next(q for q in by_full if q.doc_id == a)
    assert text[first.start : first.end] == "We will win."
    assert first.title == "Talks" and first.source == str(tmp_path / "a.txt") and len(first.date) == 10
    assert [q.text for q in index.quotations_by("Berg")] == ["No."]
    assert index.quotations_by("nobody") == [] and index.quotations_by("  ") == []


def test_date_is_the_sources_own_when_it_has_one(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "dated.md"
    path.write_text("---\ntitle: Dated\ndate: 2024-05-02\n---\n\nJens Stoltenberg|Stoltenberg: Hello.\n", "utf-8")
    document = load_file(path)
    store.remember_document(document.id, path=document.path, title=document.title, source=document.info)
    index = PeopleIndex(store, finder=Finder())
    index.refresh()
    assert [q.date for q in index.quotations_by("Stoltenberg")] == ["2024-05-02"]


def test_changed_text_rebuilds_a_touched_file_does_not(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    write_doc(store, path, "A\n\nJens Stoltenberg|Stoltenberg: One.\n")
    finder = Finder()
    PeopleIndex(store, finder=finder).refresh()
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))  # same text, new mtime
    report = PeopleIndex(store, finder=finder).refresh()
    assert (report.built, report.reread, finder.calls) == (0, 1, 1)
    path.write_text("A\n\nAnna Berg|Berg: Changed.\n", encoding="utf-8")
    index = PeopleIndex(store, finder=finder)
    report = index.refresh()
    assert (report.built, finder.calls) == (1, 2)
    assert [p.name for p in index.people()] == ["Anna Berg"]
    assert [q.text for q in index.quotations_by("Berg")] == ["Changed."]


def test_another_finder_version_rebuilds_everything(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_doc(store, tmp_path / "a.txt", "A\n\nJens Stoltenberg|Stoltenberg: One.\n")
    write_doc(store, tmp_path / "b.txt", "B\n\nAnna Berg|Berg: Two.\n")
    finder = Finder()
    PeopleIndex(store, finder=finder).refresh()
    monkeypatch.setattr(people_index, "FINDER_VERSION", "another")
    report = PeopleIndex(store, finder=finder).refresh()
    assert (report.built, finder.calls) == (2, 4)
    assert json.loads((cache_dir() / "index.json").read_text())["finder"] == "another"


def test_finder_version_is_a_hash_of_the_finder() -> None:
    assert len(people_index.FINDER_VERSION) == 16 and int(people_index.FINDER_VERSION, 16) >= 0


@pytest.mark.parametrize(
    "garbage",
    [b"", b"{", b"\xff\xfe", b"[]", b'{"format": 1}', b"null", b"[" * 100_000, b'{"format":1,"finder":"x"}'],
)
def test_a_corrupt_index_is_rebuilt_from_the_entries(store: Store, tmp_path: Path, garbage: bytes) -> None:
    write_doc(store, tmp_path / "a.txt", "A\n\nJens Stoltenberg|Stoltenberg: One.\n")
    finder = Finder()
    PeopleIndex(store, finder=finder).refresh()
    (cache_dir() / "index.json").write_bytes(garbage)
    index = PeopleIndex(store, finder=finder)
    report = index.refresh()
    assert (report.built, report.reread, finder.calls) == (0, 1, 1)  # the entry was good: the finder did not run
    assert [p.name for p in index.people()] == ["Jens Stoltenberg"]


def test_hostile_index_items_are_ignored(store: Store, tmp_path: Path) -> None:
    doc_id = write_doc(store, tmp_path / "a.txt", "A\n\nJens Stoltenberg|Stoltenberg: One.\n")
    PeopleIndex(store, finder=Finder()).refresh()
    raw = json.loads((cache_dir() / "index.json").read_text())
    bad_items: list[object] = [
        {"text": 3},
        {"text": "x", "sig": "s", "people": []},
        {"text": "x", "sig": [], "people": [[1, 2, 3]]},
        {"text": "x", "sig": [], "people": [["a", "b", -1]]},
        {"text": "x", "sig": [], "people": [["a", "b", True]]},
        [],
    ]
    for bad in bad_items:
        raw["docs"][doc_id] = bad
        (cache_dir() / "index.json").write_text(json.dumps(raw))
        index = PeopleIndex(store, finder=Finder())
        index.refresh()
        assert [(p.name, p.quotations) for p in index.people()] == [("Jens Stoltenberg", 1)]


@pytest.mark.parametrize(
    "garbage",
    [b"not json", b'{"format":1}', b'{"format":1,"finder":"%s","doc":"d","text":"t","quotations":[[1]]}'],
)
def test_a_corrupt_entry_is_rebuilt_never_a_crash(store: Store, tmp_path: Path, garbage: bytes) -> None:
    doc_id = write_doc(store, tmp_path / "a.txt", "A\n\nJens Stoltenberg|Stoltenberg: One.\n")
    finder = Finder()
    PeopleIndex(store, finder=finder).refresh()
    entry = cache_dir() / entry_name(doc_id)
    entry.write_bytes(garbage.replace(b"%s", people_index.FINDER_VERSION.encode()))
    index = PeopleIndex(store, finder=finder)
    index.refresh()  # the index is fine: the entry is not read
    assert [q.text for q in index.quotations_by("Stoltenberg")] == ["One."]
    assert finder.calls == 2
    assert people_index.read_entry(doc_id) is not None  # written again


def test_an_entry_with_bad_offsets_is_refused(store: Store, tmp_path: Path) -> None:
    doc_id = write_doc(store, tmp_path / "a.txt", "A\n\nJens Stoltenberg|Stoltenberg: One.\n")
    PeopleIndex(store, finder=Finder()).refresh()
    entry = cache_dir() / entry_name(doc_id)
    raw = json.loads(entry.read_text())
    for rows in ([[5, 1, "t", "n", "s"]], [[-1, 1, "t", "n", "s"]], [[0, 1, "t", "", "s"]], [[0, 1, 2, "n", "s"]]):
        raw["quotations"] = rows
        entry.write_text(json.dumps(raw))
        assert people_index.read_entry(doc_id) is None
    raw["doc"] = "sha256:another"
    raw["quotations"] = []
    entry.write_text(json.dumps(raw))
    assert people_index.read_entry(doc_id) is None


def test_a_gone_file_keeps_its_people(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    write_doc(store, path, "A\n\nJens Stoltenberg|Stoltenberg: One.\n")
    PeopleIndex(store, finder=Finder()).refresh()
    path.unlink()
    index = PeopleIndex(store, finder=Finder())
    index.refresh()
    assert [p.name for p in index.people()] == ["Jens Stoltenberg"]
    assert [q.text for q in index.quotations_by("Stoltenberg")] == ["One."]


def test_a_gone_file_keeps_its_people_when_the_finder_changes(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every change to reader/quotes/ is a new finder version: the entry of a source that is gone cannot be made
    again, so it is kept, whichever finder made it (its people vanished at the next release)."""
    path = tmp_path / "a.txt"
    write_doc(store, path, "A\n\nJens Stoltenberg|Stoltenberg: One.\n")
    PeopleIndex(store, finder=Finder()).refresh()
    path.unlink()
    monkeypatch.setattr(people_index, "FINDER_VERSION", "a-later-finder")
    index = PeopleIndex(store, finder=Finder())
    index.refresh()
    assert [p.name for p in index.people()] == ["Jens Stoltenberg"]
    assert [q.text for q in index.quotations_by("Stoltenberg")] == ["One."]
    again = PeopleIndex(store, finder=Finder())  # and from the index written by the later finder
    again.refresh()
    assert [q.text for q in again.quotations_by("Stoltenberg")] == ["One."]


def test_a_gone_file_never_cached_is_skipped(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    write_doc(store, path, "A\n\nJens Stoltenberg|Stoltenberg: One.\n")
    path.unlink()
    index = PeopleIndex(store, finder=Finder())
    report = index.refresh()
    assert index.people() == [] and report.skipped == 1


def test_one_record_per_path_the_latest(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    write_doc(store, path, "A\n\nJens Stoltenberg|Stoltenberg: Old.\n")
    write_doc(store, path, "A\n\nJens Stoltenberg|Stoltenberg: New.\n")  # a second record, same path
    assert len(store.documents()) == 2
    index = PeopleIndex(store, finder=Finder())
    index.refresh()
    assert [(p.name, p.quotations, p.documents) for p in index.people()] == [("Jens Stoltenberg", 1, 1)]
    assert [q.text for q in index.quotations_by("Stoltenberg")] == ["New."]


def test_an_imported_record_is_not_read(store: Store, tmp_path: Path) -> None:
    from reader.store.file import DocumentRecord

    secret = tmp_path / "secret.txt"
    secret.write_text("S\n\nJens Stoltenberg|Stoltenberg: Private.\n", encoding="utf-8")
    record = DocumentRecord(id="sha256:" + "0" * 64, path=str(secret), title="S", position=None, opened="")
    store.put_many([], documents=[record])
    index = PeopleIndex(store, finder=Finder())
    index.refresh()
    assert index.people() == []


def test_a_url_is_read_from_the_page_cache_only(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.sources import url

    def no_network(address: str) -> page_cache.Page:
        raise AssertionError(f"fetched {address}")

    monkeypatch.setattr(url, "fetch", no_network)
    body = b"Cached page\n\nJens Stoltenberg|Stoltenberg: From the cache.\n"
    page = page_cache.Page("https://example.org/a.txt", "text/plain", "utf-8", "2024-01-01T00:00:00Z", body)
    assert page_cache.write("https://example.org/a.txt", page) == ""
    document = url.load_url("https://example.org/a.txt")
    store.remember_document(document.id, path=document.path, title=document.title, source=document.info)
    store.remember_document("sha256:" + "1" * 64, path="https://example.org/not-cached", title="Gone")
    index = PeopleIndex(store, finder=Finder())
    report = index.refresh()
    assert report.documents == 1
    quotes = index.quotations_by("Stoltenberg")
    assert [(q.text, q.source) for q in quotes] == [("From the cache.", "https://example.org/a.txt")]


def test_real_finder(store: Store, tmp_path: Path) -> None:
    write_doc(
        store,
        tmp_path / "a.txt",
        "Talks resume\n\n“We will keep talking until there is peace,” said Jens Stoltenberg on Monday.\n",
    )
    index = PeopleIndex(store)
    index.refresh()
    assert [p.name for p in index.people()] == ["Jens Stoltenberg"]


def test_a_cache_that_cannot_be_written_still_answers(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_doc(store, tmp_path / "a.txt", "A\n\nJens Stoltenberg|Stoltenberg: One.\n")
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("READER_CACHE_DIR", str(blocker))
    index = PeopleIndex(store, finder=Finder())
    report = index.refresh()
    assert report.problems and all(p.startswith("cannot write the quotations cache") for p in report.problems)
    assert [p.name for p in index.people()] == ["Jens Stoltenberg"]
    assert [q.text for q in index.quotations_by("Stoltenberg")] == ["One."]


def test_a_stopped_refresh_keeps_what_it_made(store: Store, tmp_path: Path) -> None:
    for name in "abc":
        write_doc(store, tmp_path / f"{name}.txt", f"{name}\n\nJens Stoltenberg|Stoltenberg: {name}.\n")
    finder = Finder()
    asked = iter([False, False, True])
    report = PeopleIndex(store, finder=finder).refresh(stop=lambda: next(asked))
    assert report.built == 2 and finder.calls == 2
    report = PeopleIndex(store, finder=finder).refresh()
    assert (report.built, report.documents) == (1, 3)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(item=JSON, rows=JSON)
def test_any_json_in_the_cache_is_never_a_crash(tmp_path: Path, item: object, rows: object) -> None:
    root = tmp_path / "fuzz-cache"
    store = Store(tmp_path / "fuzz.json")
    path = tmp_path / "fuzz.txt"
    if not path.exists():
        write_doc(store, path, "F\n\nJens Stoltenberg|Stoltenberg: One.\n")
    doc_id = store.documents()[0].id
    root.mkdir(exist_ok=True)
    version = people_index.FINDER_VERSION
    (root / "index.json").write_text(json.dumps({"format": 1, "finder": version, "docs": {doc_id: item}}))
    entry = {"format": 1, "finder": version, "doc": doc_id, "text": "sha256:another", "quotations": rows}
    (root / entry_name(doc_id)).write_text(json.dumps(entry))
    index = PeopleIndex(store, root=root, finder=Finder())
    index.refresh()
    assert [p.name for p in index.people()] == ["Jens Stoltenberg"]
    assert [q.text for q in index.quotations_by("Stoltenberg")] == ["One."]
