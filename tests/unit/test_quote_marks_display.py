"""Quotation marks around a highlight's words (a new user's review): ours only where the words have none, so a
highlight that starts with its own mark is not shown ``““In NATO…`` and a sentence that quotes someone is not
cited as if it were all a quotation. One function decides (:func:`reader.citation.quoted`); the panel, the note
dialog, the library's search, ``reader search`` and `y` all use it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.annotation import Annotation
from reader.citation import Passage, Source, cited_words, copied_message, markdown_citation, plain_citation, quoted
from reader.cli import main
from reader.loader import load_document
from reader.store import Store
from reader.ui.screens.dialogs import _quote_line
from reader.ui.widgets.highlight_entries import Entry, entry_lines
from tests.conftest import SEED

NATO = (
    "“In NATO, we are following these developments very closely. And, of course, have the right to have free "
    "and fair elections,” Stoltenberg"
)
INDYK = (
    "“On the way to the White House, I told him that this would be a very important relationship,” said Martin "
    "Indyk, who later became ambassador to Israel."
)
SOURCE = Source("Belarus regime", "/home/me/story.txt")


@pytest.mark.parametrize(
    ("words", "shown"),
    [
        ("There is no build up.", "“There is no build up.”"),
        ("calls on ‘the regime’ to act", "“calls on ‘the regime’ to act”"),  # single marks are not ours
        ("the students’ union", "“the students’ union”"),
        (NATO, NATO),
        (INDYK, INDYK),
        ("“Right here.”", "“Right here.”"),
        ('He called it "a sham".', 'He called it "a sham".'),
        ("„Da ist nichts“", "„Da ist nichts“"),
        ("« ici »", "« ici »"),
    ],
)
def test_quoted_adds_marks_only_to_words_without_their_own(words: str, shown: str) -> None:
    assert quoted(words) == shown
    assert "““" not in quoted(words) and "””" not in quoted(words)


def test_edge_marks_go_only_when_they_pair_with_none_inside() -> None:
    assert cited_words(NATO) == NATO  # its opening mark pairs with the one before "Stoltenberg"
    assert cited_words(INDYK) == INDYK
    assert cited_words("“He said “no” twice.”") == "“He said “no” twice.”"
    assert cited_words("„There is no build up,” ") == "There is no build up"  # a whole quotation: as before
    assert cited_words("In NATO, we are following") == "In NATO, we are following"
    assert cited_words("“In NATO, we are following") == "In NATO, we are following"  # a lone mark at the edge
    assert cited_words("developments very closely,”") == "developments very closely"


def test_y_cites_words_with_their_own_marks_as_they_are() -> None:
    nato = plain_citation(Passage(NATO, "highlight", "Jens Stoltenberg"), SOURCE).text
    assert nato == f"{NATO} — Jens Stoltenberg, Belarus regime (/home/me/story.txt)"
    indyk = plain_citation(Passage(INDYK, "sentence"), SOURCE).text
    assert indyk == f"{INDYK} — Belarus regime (/home/me/story.txt)"
    assert not indyk.endswith("Israel.”") and indyk.count("“") == indyk.count("”") == 1
    plain = plain_citation(Passage("„There is no build up,”", "quotation", "Jens Stoltenberg"), SOURCE).text
    assert plain.startswith("“There is no build up” — Jens Stoltenberg")
    markdown = markdown_citation(Passage(NATO, "highlight"), SOURCE).text
    assert markdown.startswith(f"> {NATO}\n")  # its opening mark kept: it pairs with the one inside
    message = copied_message(plain_citation(Passage(NATO, "highlight"), SOURCE))
    assert ": “In NATO," in message and "““" not in message


def test_the_panel_and_the_note_dialog_add_no_second_mark() -> None:
    document = load_document(SEED)
    start = document.text.index("“In NATO")
    end = document.text.index(" stressed", start)
    annotation = Annotation.create(
        doc_id=document.id, path=str(SEED), title=document.title, text_of_document=document.text,
        start=start, end=end,
    )
    panel = " ".join(text for text, _kind in entry_lines(Entry(annotation), 34))
    assert panel.startswith("“In NATO, we are") and "““" not in panel
    assert _quote_line(annotation.text).plain.startswith("“In NATO, we are")
    assert _quote_line("There is no build up.").plain == "“There is no build up.”"


def test_reader_search_prints_no_second_mark(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = load_document(SEED)
    start = document.text.index("“In NATO")
    end = document.text.index(" stressed", start)
    store = Store(tmp_path / "s.json")
    store.put_many([Annotation.create(
        doc_id=document.id, path=str(SEED), title=document.title, text_of_document=document.text,
        start=start, end=end,
    )])
    assert main(["search", "elections", "--db", str(tmp_path / "s.json")]) == 0
    out = capsys.readouterr().out
    assert "  “In NATO, we are" in out and "““" not in out
    assert main(["search", "elections", "--json", "--db", str(tmp_path / "s.json")]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 1
