"""The People screen (`P`): pilot tests on a store of three small documents written by the tests.

What is checked: `P` opens it over the reading screen and Esc comes back; the list is everyone quoted (most
quoted first, with counts); typing filters; Enter lists a person's quotations across documents; Enter there
opens the document with the cursor on the quotation.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from reader.sources import load_file
from reader.store import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.people import PeopleList, PeopleScreen, PersonScreen
from reader.ui.screens.reading import ReadingScreen
from reader.ui.widgets.key_bar import KeyBar
from tests.ui.support import rendered_text

GENEVA = """Talks resume in Geneva

Talks resumed on Monday. “We will keep talking until there is peace,” said Jens Stoltenberg, the secretary general.

“The door is open,” Stoltenberg added.

Anna Berg, a diplomat, said: “Nobody expected this.”
"""
SUMMIT = """Summit ends in Oslo

The summit ended on Friday after two long days of talks between the delegations.

“We agreed on the plan,” said Jens Stoltenberg on Friday.
"""
QUIET = """A quiet week

Nothing was said by anyone this week, and the weather was mild.
"""


def library(tmp_path: Path) -> tuple[Store, list[Path]]:
    """Three documents on disk, each remembered by a store in ``tmp_path``."""
    store = Store(tmp_path / "people.json")
    paths = []
    for name, text in (("geneva.txt", GENEVA), ("summit.txt", SUMMIT), ("quiet.txt", QUIET)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        document = load_file(path)
        store.remember_document(document.id, path=document.path, title=document.title, source=document.info)
        paths.append(path)
    return store, paths


def people_app(tmp_path: Path) -> ReaderApp:
    store, paths = library(tmp_path)
    return ReaderApp(store=store, paths=[paths[2]], document=load_file(paths[2]))


async def open_people(pilot: Pilot[None]) -> PeopleScreen:
    """``P`` over the reading screen, and its worker's list built: the People screen."""
    await pilot.pause()
    await pilot.press("P")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, PeopleScreen)
    return screen


def shown(screen: PeopleScreen | PersonScreen) -> list[str]:
    options = screen.query_one(PeopleList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_p_lists_people_and_escape_comes_back(tmp_path: Path) -> None:
    app = people_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_people(pilot)
        rows = shown(screen)
        assert rows[0].startswith("Jens Stoltenberg") and "3 quotations · 2 documents" in rows[0]
        assert rows[1].startswith("Anna Berg") and "1 quotation · 1 document" in rows[1]
        assert len(rows) == 2
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)


async def test_typing_filters_and_enter_lists_the_quotations(tmp_path: Path) -> None:
    app = people_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_people(pilot)
        await pilot.press("s", "t", "O", "l")  # case does not matter
        await pilot.pause()
        assert screen.query_one("#people-filter", Input).value == "stOl"
        assert [row.split("  ")[0] for row in shown(screen)] == ["Jens Stoltenberg"]
        await pilot.press("q")  # a letter for the filter, not Quit
        await pilot.pause()
        assert shown(screen) == [] and app.is_running
        await pilot.press("backspace", "enter")
        await pilot.pause()
        person = app.screen
        assert isinstance(person, PersonScreen)
        rows = shown(person)
        assert len(rows) == 3
        assert any("We agreed on the plan" in row and "Summit ends in Oslo" in row for row in rows)
        assert any("The door is open" in row and "Talks resume in Geneva" in row for row in rows)
        await pilot.press("escape")  # back to the people, the filter kept
        await pilot.pause()
        assert app.screen is screen and screen.query_one("#people-filter", Input).value == "stOl"


async def test_j_and_k_move_through_a_persons_quotations(tmp_path: Path) -> None:
    """A new user's review: in a person's quotations `j`/`k` did nothing (only ↓/↑ moved); they move as in `Q`,
    the panel and the outline, `g`/`G` go to the ends, and the key bar shows them. On the People screen they
    are still letters for the filter."""
    app = people_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_people(pilot)
        await pilot.press("j", "k")
        await pilot.pause()
        assert screen.query_one("#people-filter", Input).value == "jk"
        await pilot.press("backspace", "backspace", *"stol", "enter")
        await pilot.pause()
        person = app.screen
        assert isinstance(person, PersonScreen)
        options = person.query_one(PeopleList)
        assert options.highlighted == 0 and len(person.quotes) == 3
        moves = []
        for key in ("j", "j", "k", "G", "g"):
            await pilot.press(key)
            moves.append(options.highlighted)
        assert moves == [1, 2, 1, 2, 0]
        assert "j k Move" in rendered_text(person.query_one(KeyBar))


async def test_enter_on_a_quotation_opens_its_document_there(tmp_path: Path) -> None:
    app = people_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_people(pilot)
        await pilot.press(*"anna", "enter")
        await pilot.pause()
        person = app.screen
        assert isinstance(person, PersonScreen)
        quote = person.quotes[0]
        assert quote.text.startswith("Nobody expected this")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        reading = app.screen
        assert isinstance(reading, ReadingScreen)
        assert reading.document.title == "Talks resume in Geneva"
        assert reading.article.cursor == quote.start == GENEVA.index("Nobody")
        assert not any(isinstance(s, (PeopleScreen, PersonScreen)) for s in app.screen_stack)


async def test_an_empty_library_says_so(tmp_path: Path) -> None:
    path = tmp_path / "quiet.txt"
    path.write_text(QUIET, encoding="utf-8")
    app = ReaderApp(store=Store(tmp_path / "empty.json"), paths=[path], document=load_file(path))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_people(pilot)
        assert shown(screen) == []
        await pilot.press("enter")  # nothing to choose: nothing happens
        await pilot.pause()
        assert app.screen is screen


async def test_enter_reads_a_persons_quotations_off_the_ui_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A person's quotations may need the disk and the finder (a cache entry deleted): never on the UI thread."""
    import threading

    from reader.people_index import PeopleIndex

    threads: list[bool] = []
    real = PeopleIndex.quotations_by

    def recording(self: PeopleIndex, name: str) -> list[object]:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(self, name)  # type: ignore[return-value]

    monkeypatch.setattr(PeopleIndex, "quotations_by", recording)
    app = people_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_people(pilot)
        await pilot.press(*"anna", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, PersonScreen) and len(app.screen.quotes) == 1
    assert threads == [False]


def test_a_persons_quotation_is_shown_as_y_cites_it() -> None:
    """"“There is no military build up,” Stoltenberg said": the list showed “… build up,” with the comma inside
    the marks; it shows the words as `y` copies them (a new user's review)."""
    from reader.people_index import PersonQuote
    from reader.ui.screens.people import quote_entry

    quote = PersonQuote(name="Jens Stoltenberg", text="There is no military build up,", start=0, end=30, doc_id="d",
                        source="/tmp/a.txt", title="NATO", date="")
    assert quote_entry(quote).plain.split("\n")[0] == "“There is no military build up”"
