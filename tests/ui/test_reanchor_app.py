"""Opening a file whose text changed since it was annotated: highlights move, or become orphans, and the app says so."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from reader.annotation import Annotation
from reader.loader import load_document
from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.reading import ReadingScreen
from reader.ui.widgets.highlight_panel import HighlightList
from tests.conftest import SEED

QUOTE = "There is no military NATO build up in the region."
DOOMED = (
    "It should be noted that the city of Hrodna turned out to be one of post-election protest centres: striking "
    "workers and demonstrators even managed to obtain concessions local authorities."
)
LATE = "Polish flags were being waved in Hrodna"
INSERTED = "An editor's note, added after the article was annotated, pushes everything down.\n\n"
ORPHANED_HEADER = "Orphaned — their text is no longer in the document"


def annotate(store: Store, path: Path) -> dict[str, Annotation]:
    """Three highlights on the file as it is now (one with a note), stored as the app would store them."""
    document = load_document(path)
    made = {}
    for name, needle, note in (("quote", QUOTE, ""), ("doomed", DOOMED, "precious note"), ("late", LATE, "")):
        start = document.text.index(needle)
        made[name] = Annotation.create(
            doc_id=document.id, path=document.path, title=document.title, text_of_document=document.text,
            start=start, end=start + len(needle), note=note,
        )
    store.put_many(made.values())
    store.remember_document(document.id, path=document.path, title=document.title)
    return made


def change(path: Path) -> str:
    """Insert a paragraph before the highlights and delete the doomed sentence (with the space after it)."""
    text = path.read_text(encoding="utf-8")
    title_end = text.index("\n\n") + 2
    text = text[:title_end] + INSERTED + text[title_end:]
    assert text.count(DOOMED + " ") == 1
    text = text.replace(DOOMED + " ", "")
    path.write_text(text, encoding="utf-8")
    return text


@asynccontextmanager
async def opened(store_path: Path, path: Path) -> AsyncIterator[tuple[ReaderApp, Pilot[None], list[str]]]:
    app = ReaderApp(store=Store(store_path), paths=[path], document=load_document(path))
    messages: list[str] = []
    original = app.notify

    def notify(message: str, *args: Any, **kwargs: Any) -> None:
        messages.append(str(message))
        original(message, *args, **kwargs)

    app.notify = notify  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        yield app, pilot, messages
        app.writer.drain()


def reading_screen(app: ReaderApp) -> ReadingScreen:
    screen = app.screen
    assert isinstance(screen, ReadingScreen)
    return screen


async def test_changed_file_moves_highlights_and_orphans_the_deleted_one(store_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    shutil.copyfile(SEED, path)
    made = annotate(Store(store_path), path)
    new_text = change(path)
    new_id = load_document(path).id
    assert new_id != made["quote"].doc_id

    async with opened(store_path, path) as (app, pilot, messages):
        screen = reading_screen(app)
        annotations = screen.session.annotations
        assert set(annotations) == {a.id for a in made.values()}  # nothing dropped

        quote, late, doomed = (annotations[made[name].id] for name in ("quote", "late", "doomed"))
        assert quote.anchor == "moved"
        assert quote.start == made["quote"].start + len(INSERTED)
        assert new_text[quote.start : quote.end] == QUOTE == quote.text
        assert late.anchor == "moved"
        assert late.start == made["late"].start + len(INSERTED) - len(DOOMED) - 1
        assert new_text[late.start : late.end] == LATE
        assert doomed.anchor == "orphan"
        assert doomed.text == DOOMED and doomed.note == "precious note"  # kept, note and all
        assert 0 <= doomed.start <= doomed.end <= len(new_text)
        assert {a.doc_id for a in annotations.values()} == {new_id}
        by_id = {a.id: a for a in made.values()}
        assert all(a.created == by_id[a.id].created for a in annotations.values())

        # Told once, with the counts.
        told = [m for m in messages if "re-anchored" in m]
        assert len(told) == 1
        assert "3 highlights re-anchored" in told[0] and "2 moved" in told[0] and "1 orphan" in told[0]

        # The article draws only the anchored ones; the panel lists the orphan in its own section, last.
        assert {mark.id for mark in screen.article.highlights.marks} == {quote.id, late.id}
        panel = screen.panel
        title = panel.heading
        assert title == "Highlights (3) · 1 orphaned"
        entries = panel.entries
        options = [entries.get_option_at_index(i) for i in range(entries.option_count)]
        assert [o.id for o in options] == [quote.id, late.id, None, doomed.id]
        assert ORPHANED_HEADER in str(options[2].prompt) and options[2].disabled
        assert "precious note" in str(options[3].prompt)

        # The store holds the re-anchored records under the new document id.
        app.writer.drain()
        on_disk = {a.id: a for a in Store(store_path).annotations_for(new_id)}
        assert on_disk == annotations
        assert Store(store_path).annotations_for(made["quote"].doc_id) == []

        # The orphan cannot be jumped to; it can be deleted from the panel.
        await pilot.press("tab")
        assert isinstance(app.focused, HighlightList)
        panel.select(doomed.id)
        cursor = screen.article.cursor
        await pilot.press("enter")
        assert screen.article.cursor == cursor
        await pilot.press("x")
        await pilot.pause()
        assert doomed.id not in screen.session.annotations
        assert panel.heading == "Highlights (2)"
        app.writer.drain()
        assert doomed.id not in {a.id for a in Store(store_path).annotations_for(new_id)}


async def test_reopening_after_reanchoring_says_nothing_more(store_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    shutil.copyfile(SEED, path)
    made = annotate(Store(store_path), path)
    change(path)
    async with opened(store_path, path) as (_app, _pilot, messages):
        assert any("re-anchored" in m for m in messages)
    async with opened(store_path, path) as (app, _pilot, messages):
        assert not any("re-anchored" in m for m in messages)
        annotations = reading_screen(app).session.annotations
        assert set(annotations) == {a.id for a in made.values()}
        assert annotations[made["doomed"].id].anchor == "orphan"


async def test_unchanged_file_keeps_every_highlight_exact_and_quiet(store_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    shutil.copyfile(SEED, path)
    made = annotate(Store(store_path), path)
    async with opened(store_path, path) as (app, _pilot, messages):
        annotations = reading_screen(app).session.annotations
        assert annotations == {a.id: a for a in made.values()}
        assert not any("re-anchored" in m for m in messages)
        assert "orphaned" not in reading_screen(app).panel.heading


async def test_only_deleting_text_orphans_without_moving_the_rest(store_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    shutil.copyfile(SEED, path)
    made = annotate(Store(store_path), path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(DOOMED + " ", ""), encoding="utf-8")
    async with opened(store_path, path) as (app, _pilot, messages):
        annotations = reading_screen(app).session.annotations
        assert annotations[made["quote"].id].anchor == "exact"
        assert annotations[made["quote"].id].start == made["quote"].start
        assert annotations[made["late"].id].anchor == "moved"
        assert annotations[made["doomed"].id].anchor == "orphan"
        told = [m for m in messages if "re-anchored" in m]
        assert len(told) == 1 and "1 exact" in told[0] and "1 moved" in told[0] and "1 orphan" in told[0]


async def test_a_record_whose_words_are_not_at_its_offsets_is_anchored_by_its_words(
    store_path: Path, tmp_path: Path
) -> None:
    """A store edited by hand: an exact highlight of this very text whose offsets hold other words (or lie past
    the end). The panel and `y` quoted words the document does not hold there; it is anchored again by its
    words, as for a changed file, and one past the end is orphaned."""
    from dataclasses import replace

    path = tmp_path / "article.txt"
    shutil.copyfile(SEED, path)
    made = annotate(Store(store_path), path)
    length = len(load_document(path).text)
    store = Store(store_path)
    shifted = replace(made["quote"], start=made["quote"].start + 40, end=made["quote"].end + 40)
    beyond = replace(made["late"], start=length + 100, end=length + 200)
    store.put_many([shifted, beyond])
    async with opened(store_path, path) as (app, _pilot, messages):
        text = reading_screen(app).document.text
        annotations = reading_screen(app).session.annotations
        quote = annotations[made["quote"].id]
        assert (quote.start, quote.end) == (made["quote"].start, made["quote"].end)  # back on its words
        assert text[quote.start : quote.end] == quote.text == QUOTE
        assert annotations[made["late"].id].anchor in ("orphan", "moved")
        late = annotations[made["late"].id]
        assert late.anchor == "orphan" or text[late.start : late.end] == late.text
        assert any("re-anchored" in m for m in messages)


async def test_a_renamed_file_is_recorded_at_its_new_path_when_opened(store_path: Path, tmp_path: Path) -> None:
    """A file the store knows by its text, opened from a new place: the store records the new path (and that it
    was opened now) without any edit, so the library, exports and search no longer cite the old one."""
    path = tmp_path / "article.txt"
    shutil.copyfile(SEED, path)
    made = annotate(Store(store_path), path)
    before = Store(store_path).document(made["quote"].doc_id)
    assert before is not None and before.path == str(path)
    moved = tmp_path / "renamed.txt"
    path.rename(moved)

    async with opened(store_path, moved) as (app, pilot, messages):
        screen = reading_screen(app)
        assert set(screen.session.annotations) == {a.id for a in made.values()}
        app.writer.drain()
        after = Store(store_path).document(made["quote"].doc_id)
        assert after is not None and after.path == str(moved) and after.opened >= before.opened
        assert not any("re-anchored" in m for m in messages)


async def test_a_known_file_opened_at_its_path_writes_only_its_opening(store_path: Path, tmp_path: Path) -> None:
    """Nothing is re-anchored or created; the document is recorded as opened now (the library orders by it)."""
    path = tmp_path / "article.txt"
    shutil.copyfile(SEED, path)
    made = annotate(Store(store_path), path)
    before = Store(store_path).document(made["quote"].doc_id)
    annotations = sorted(a.id for a in Store(store_path).all_annotations())
    names = sorted(p.name for p in store_path.parent.iterdir())
    async with opened(store_path, path) as (app, pilot, messages):
        app.writer.drain()
    after = Store(store_path).document(made["quote"].doc_id)
    assert before is not None and after is not None and after.opened > before.opened
    assert (after.path, after.position) == (before.path, before.position)
    assert sorted(a.id for a in Store(store_path).all_annotations()) == annotations
    assert sorted(p.name for p in store_path.parent.iterdir()) == names


async def test_a_changed_file_opens_where_its_last_version_was_read(store_path: Path, tmp_path: Path) -> None:
    """The reading position is kept per version (text hash): a changed file opened at 0% every time, while the
    library showed the old version's position. It is carried over, following the highlight before it, saved for
    the new version at once, and the library's row shows where the document opens."""
    from reader.library_index import build_rows

    path = tmp_path / "article.txt"
    shutil.copyfile(SEED, path)
    store = Store(store_path)
    made = annotate(store, path)
    old_text = path.read_text(encoding="utf-8")
    old_id = made["quote"].doc_id
    position = made["late"].start + 10  # just after the last highlight
    store.save_position(old_id, position, path=str(path), title="t")
    new_text = change(path)
    new_id = load_document(path).id
    carried = position + len(INSERTED) - len(DOOMED) - 1  # as the words moved
    assert new_text[carried : carried + 30] == old_text[position : position + 30]

    async with opened(store_path, path) as (app, pilot, messages):
        assert reading_screen(app).article.cursor == carried
        await pilot.press("q")
    reopened = Store(store_path)
    record = reopened.document(new_id)
    assert record is not None and record.position == carried and record.length == len(new_text)
    (row,) = build_rows(reopened.documents(), reopened.annotation_counts())
    assert row.doc_ids[0] == new_id and (row.position, row.length) == (carried, len(new_text))

    async with opened(store_path, path) as (app, pilot, messages):  # and again: its own position now
        assert reading_screen(app).article.cursor == carried
        assert not any("re-anchored" in m for m in messages)


async def test_a_position_past_the_end_of_a_shorter_version_is_clamped(store_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Title\n\n" + "A long paragraph of words. " * 40 + "\n", encoding="utf-8")
    old = load_document(path)
    Store(store_path).save_position(old.id, len(old.text) - 5, path=str(path), title="Title")
    path.write_text("Title\n\nShort now.\n", encoding="utf-8")
    async with opened(store_path, path) as (app, _pilot, _messages):
        article = reading_screen(app).article
        assert article.cursor == article.document.clamp(len(article.document.text) - 1)


async def test_reanchoring_merges_so_a_highlight_deleted_meanwhile_stays_deleted(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another reader deletes one highlight and changes another's note between this reader's read of the changed
    file's highlights and its write of them re-anchored: the deleted one stays deleted (on disk and on screen), the
    note is not reverted, and the re-anchoring is still saved (its offsets and document id merged in)."""
    path = tmp_path / "article.txt"
    shutil.copyfile(SEED, path)
    made = annotate(Store(store_path), path)
    change(path)
    new_id = load_document(path).id
    other = Store(store_path)  # a second reader on the same store file
    read = Store.annotations_for_path

    def read_then_the_other_reader_writes(self: Store, source: str) -> list[Annotation]:
        found = read(self, source)
        if self is not other and found:
            other.delete(made["late"].id)
            assert other.update(made["quote"].edited(note="written meanwhile"), base=made["quote"])
        return found

    monkeypatch.setattr(Store, "annotations_for_path", read_then_the_other_reader_writes)
    async with opened(store_path, path) as (app, _pilot, messages):
        annotations = reading_screen(app).session.annotations
        assert set(annotations) == {made["quote"].id, made["doomed"].id}  # the deleted one is not shown
        assert annotations[made["quote"].id].note == "written meanwhile"
        told = [m for m in messages if "re-anchored" in m]
        assert len(told) == 1 and "2 highlights re-anchored" in told[0]
    on_disk = {a.id: a for a in Store(store_path).all_annotations()}
    assert set(on_disk) == {made["quote"].id, made["doomed"].id}  # not brought back
    quote = on_disk[made["quote"].id]
    assert quote.note == "written meanwhile"  # not reverted
    assert quote.doc_id == new_id and quote.anchor == "moved" and quote.start == made["quote"].start + len(INSERTED)
    assert on_disk[made["doomed"].id].anchor == "orphan" and on_disk[made["doomed"].id].note == "precious note"
    assert on_disk == annotations
