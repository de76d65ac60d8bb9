"""The People screen (`P`): everyone quoted in the documents of the store; Enter lists what one person said, and
Enter on a quotation opens its document with the cursor on it.

Decisions:
* The list comes from :class:`reader.people_index.PeopleIndex`, refreshed in a worker thread (the first time it
  reads every document; later only those that changed): the screen paints at once with "Finding quotations…"
  and a count, and fills in when the worker is done. Nothing runs on the UI thread but filling the list.
* Typing filters: the filter line has the focus, so every printable key (``q`` too) goes into it; ↑/↓, PgUp/PgDn
  and Enter act on the list below. A person matches when the filter is in their name (case and spaces aside).
* A person's quotations are a second screen over this one (Esc comes back with the filter kept); each shows
  its text and the document's title and date. Enter closes both screens and opens the document
  (:meth:`ReaderApp.open_document` with ``at``: it loads in a worker, the cursor lands on the quotation).
* Names, titles and quotations are document data: every one is sanitised before it is shown, never parsed as
  markup (``Content``).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from reader.citation import cited_words, quoted
from reader.people_index import PeopleIndex, Person, PersonQuote, person_key
from reader.sanitize import sanitize
from reader.ui.widgets.inert_text import InertInput
from reader.ui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from reader.ui.app import ReaderApp

MAX_QUOTE_SHOWN = 300
"""Characters of a quotation shown in the list (the rest is cut with …)."""


def person_entry(person: Person) -> Content:
    quotes = f"{person.quotations:,} quotation{'s' * (person.quotations != 1)}"
    docs = f"{person.documents:,} document{'s' * (person.documents != 1)}"
    return Content.assemble((sanitize(person.name), "bold"), (f"  {quotes} · {docs}", "$foreground-muted"))


def quote_entry(quote: PersonQuote) -> Content:
    """A quotation as `y` cites it (no trailing comma inside the marks: "“We will win”", not "“We will win,”"),
    cut to :data:`MAX_QUOTE_SHOWN` characters, and where it is from."""
    text = sanitize(" ".join(cited_words(quote.text).split()))
    if len(text) > MAX_QUOTE_SHOWN:
        text = text[: MAX_QUOTE_SHOWN - 1] + "…"
    where = sanitize(quote.title) + (f" · {sanitize(quote.date)}" if quote.date else "")
    return Content.assemble(quoted(text), "\n", (where, "$foreground-muted"))


class PeopleList(OptionList):
    """The people (or one person's quotations): ``j``/``k`` move, ``g``/``G`` go to the first and last, as in
    the other lists (`Q`, the panel, the outline); the key bar shows ``j k`` and Enter. They act when the list
    has the focus (a person's quotations); on the People screen the filter has it, and letters are typed."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Move", key_display="j k", tooltip="Next (k: previous; also ↓ ↑)"),
        Binding("k", "cursor_up", "Previous", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
        Binding("enter", "select", "Choose"),
    ]


class PeopleFilter(InertInput):
    """The name filter, which has the keys on the People screen: the key bar showed only ``esc Back`` there,
    although Enter lists the highlighted person's quotations (as the library's filter says ``⏎ Open``)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "Their quotations", tooltip="List what the highlighted person said"),
        Binding("escape", "screen.back", "Back"),  # the screen's Esc: the bar shows a focused field's keys only
    ]


class _ListScreen(Screen[None]):
    """A title, an optional filter line, a list and the key bar; ↑/↓/PgUp/PgDn move the list from the filter."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back"),
        Binding("down", "move('cursor_down')", "Down", show=False),
        Binding("up", "move('cursor_up')", "Up", show=False),
        Binding("pagedown", "move('page_down')", "Page down", show=False),
        Binding("pageup", "move('page_up')", "Page up", show=False),
    ]

    def action_move(self, action: str) -> None:
        options = self.query_one(PeopleList)
        getattr(options, f"action_{action}")()

    def action_back(self) -> None:
        self.app.pop_screen()


class PeopleScreen(_ListScreen):
    """Everyone quoted, most quoted first; typing filters; Enter shows the person's quotations."""

    DEFAULT_CSS = """
    PeopleScreen > #people-title { text-style: bold; color: $accent; padding: 1 2 0 2; width: 100%; height: auto; }
    PeopleScreen > #people-filter { margin: 1 2 0 2; height: 1; border: none; padding: 0 1; background: $panel; }
    PeopleScreen > PeopleList { margin: 1 2; height: 1fr; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.people: list[Person] = []
        self.shown: list[Person] = []
        self.index: PeopleIndex | None = None
        self.ready = False
        self._person_lock = threading.Lock()

    def compose(self) -> ComposeResult:
        yield Static(Content("People — finding quotations…"), id="people-title")
        yield PeopleFilter(placeholder="type to filter by name", id="people-filter")
        yield PeopleList(id="people-list")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#people-filter", Input).focus()
        self.build()

    @property
    def reader_app(self) -> ReaderApp:
        return self.app  # type: ignore[return-value]

    @work(thread=True, exclusive=True, group="people")
    def build(self) -> None:
        """(A worker thread.) Bring the quotations cache up to date and list the people."""
        index = PeopleIndex(self.reader_app.store)
        last = [0.0]

        def progress(done: int, total: int) -> None:
            import time

            now = time.monotonic()
            if now - last[0] > 0.1 or done == total:
                last[0] = now
                self.app.call_from_thread(self._title, f"People — finding quotations… {done:,}/{total:,} documents")

        worker = get_current_worker()
        report = index.refresh(progress, stop=lambda: worker.is_cancelled)
        if worker.is_cancelled:  # the screen was closed: what was made is kept in the cache for next time
            return
        people = index.people()
        self.app.call_from_thread(self._filled, index, people, len(index.records), report.problems)

    def _title(self, text: str) -> None:
        if not self.is_attached:
            return
        self.query_one("#people-title", Static).update(Content(text))

    def _filled(self, index: PeopleIndex, people: list[Person], documents: int, problems: list[str]) -> None:
        if not self.is_attached:
            return
        self.index, self.people, self.ready = index, people, True
        writes = [p for p in problems if p.startswith("cannot write")]
        if writes:
            self.notify(writes[0], title="Quotations cache", severity="warning")
        self._refilter()

    def _refilter(self) -> None:
        if not self.ready:
            return
        needle = person_key(self.query_one("#people-filter", Input).value)
        self.shown = [p for p in self.people if needle in p.key] if needle else list(self.people)
        options = self.query_one(PeopleList)
        options.clear_options()
        options.add_options(Option(person_entry(p), id=str(i)) for i, p in enumerate(self.shown))
        if self.shown:
            options.highlighted = 0
        documents = len(self.index.records) if self.index is not None else 0
        title = f"People — {len(self.people):,} quoted in {documents:,} document{'s' * (documents != 1)}"
        if needle:
            title += f" · {len(self.shown):,} match{'es' * (len(self.shown) != 1)}"
        if not self.people:
            title = "People — nobody is quoted in the documents you have opened"
        self._title(title + ("" if not self.shown else " — Enter: their quotations, Esc: back"))

    @on(Input.Changed, "#people-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._refilter()

    @on(Input.Submitted, "#people-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        options = self.query_one(PeopleList)
        if options.highlighted is not None:
            self._choose(options.highlighted)

    @on(OptionList.OptionSelected, "#people-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self._choose(int(event.option.id))

    def _choose(self, number: int) -> None:
        if self.index is None or not 0 <= number < len(self.shown):
            return
        self._open_person(self.index, self.shown[number])

    @work(thread=True, exclusive=True, group="person")
    def _open_person(self, index: PeopleIndex, person: Person) -> None:
        """(A worker thread.) A person's quotations read from the cache, or found again in a document whose
        entry is missing or stale: disk and the finder, never on the UI thread (4 s frozen on a large document
        whose entry had been deleted). One at a time: the index's cache is not written by two threads at once."""
        with self._person_lock:
            if get_current_worker().is_cancelled:
                return
            quotes = index.quotations_by(person.name)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_person, person, quotes)

    def _show_person(self, person: Person, quotes: list[PersonQuote]) -> None:
        if self.is_attached and self.app.screen is self:
            self.app.push_screen(PersonScreen(person, quotes))


class PersonScreen(_ListScreen):
    """One person's quotations across documents; Enter opens the document at the quotation."""

    DEFAULT_CSS = """
    PersonScreen > #person-title { text-style: bold; color: $accent; padding: 1 2 0 2; width: 100%; height: auto; }
    PersonScreen > PeopleList { margin: 1 2; height: 1fr; }
    """

    def __init__(self, person: Person, quotes: list[PersonQuote]) -> None:
        super().__init__()
        self.person = person
        self.quotes = quotes

    def compose(self) -> ComposeResult:
        count = len(self.quotes)
        documents = len({q.doc_id for q in self.quotes})
        yield Static(
            Content(
                f"{sanitize(self.person.name)} — {count:,} quotation{'s' * (count != 1)} in {documents:,} "
                f"document{'s' * (documents != 1)} — Enter opens, Esc: back"
            ),
            id="person-title",
        )
        entries: list[Option | None] = []
        for i, quote in enumerate(self.quotes):
            entries.extend([None, Option(quote_entry(quote), id=str(i))] if i else [Option(quote_entry(quote), id="0")])
        yield PeopleList(*entries, id="person-list")  # None: a separator line between two quotations
        yield KeyBar()

    def on_mount(self) -> None:
        options = self.query_one(PeopleList)
        options.focus()
        if self.quotes:
            options.highlighted = 0

    @on(OptionList.OptionSelected, "#person-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is None:
            return
        quote = self.quotes[int(event.option.id)]
        app: ReaderApp = self.app  # type: ignore[assignment]
        while isinstance(app.screen, (PersonScreen, PeopleScreen)):
            app.pop_screen()
        app.open_document(quote.source, at=quote.start)
