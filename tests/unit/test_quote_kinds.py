"""``kinds.classify`` read directly: a long quotation settled on its first words must give what reading all of
it gives, and the naming search's pre-check must let every naming shape through."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.document import Document
from reader.quotes import find_quotations, kinds
from reader.quotes.kinds import classify

WORDS = ["the", "quiet", "was", "is", "running", "Running", "I", "we", "wasteland", "island", "has", "hasn’t",
         "don't", "Trump", "Meet", "Press", "of", "said", "called", "—", ",", ".", "?", "“", "’"]


def read_whole(monkeypatch: pytest.MonkeyPatch, quoted: str, before: str, lang: str, after: str = "") -> str:
    """What ``classify`` gives when it never stops at the prefix."""
    with monkeypatch.context() as patched:
        patched.setattr(kinds, "_CLASSIFY_PREFIX", 10**9)
        return classify(quoted, before, lang, after)


def test_a_word_cut_by_the_prefix_is_no_finite_verb(monkeypatch: pytest.MonkeyPatch) -> None:
    # the cut at 200 characters leaves "was" of "wasteland": not a finite verb
    quoted = ("the quiet northern villages along the river " * 5)[:196] + " wasteland of old farms beyond the hills"
    assert quoted[196:200] == " was"
    assert classify(quoted, "He described ", "en") == "phrase" == read_whole(monkeypatch, quoted, "He described ",
                                                                              "en")


def test_a_long_quotation_opening_with_a_gerund_is_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    quoted = "running, as it were, through " + "the quiet northern villages along the river " * 5
    assert classify(quoted, "", "en") == "phrase" == read_whole(monkeypatch, quoted, "", "en")


def test_a_long_speech_is_settled_on_its_first_words(monkeypatch: pytest.MonkeyPatch) -> None:
    quoted = "We are ready to talk, and we will keep talking " * 8
    calls: list[str] = []
    real = kinds._WORD.findall

    class Counting:
        def findall(self, text: str) -> list[str]:
            calls.append(text)
            return real(text)

    monkeypatch.setattr(kinds, "_WORD", Counting())
    assert classify(quoted, "", "en") == "speech"
    assert [len(text) for text in calls] == [kinds._CLASSIFY_PREFIX]  # the whole quotation was never split


@pytest.mark.parametrize(
    ("quoted", "before", "kind"),
    [
        ("Thriller", "a 1982 song titled the ", "title"),
        ("Guccifer,", "the hacker known as ", "title"),
        ("an insult", "a slur known as ", "term"),
        ("Perception", "a psychology class called ", "title"),
        ("Perception", "a psychology class called\u00a0", "title"),
        ("a disgrace", "what the president called ", "phrase"),
    ],
)
def test_every_naming_shape_reaches_the_naming_search(quoted: str, before: str, kind: str) -> None:
    assert classify(quoted, before, "en") == kind


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(WORDS), min_size=30, max_size=90),
    before=st.sampled_from(["", "He said ", "the film ", "a class called ", "NBC’s ", "Sie sagte: "]),
    lang=st.sampled_from(["en", "de", "fr"]),
)
def test_the_prefix_gives_what_reading_all_gives(words: list[str], before: str, lang: str) -> None:
    quoted = " ".join(words)
    with pytest.MonkeyPatch.context() as patched:
        whole = read_whole(patched, quoted, before, lang)
    assert classify(quoted, before, lang) == whole


@pytest.mark.parametrize(
    "body",
    [
        "Past winners include \u201cGreen Book,\u201d \u201cNomadland\u201d and \u201cThe Fabelmans,\u201d all won.",
        "Her favourite shows are \u201cVeep\u201d and \u201cThe Walking Dead.\u201d",
    ],
)
def test_a_one_word_name_in_a_list_of_titles_is_a_title(body: str) -> None:
    """Review set 6 and train: one capitalised word alone is no title by its shape ("Nomadland" had been the
    speech of "Past", "Veep" Ted Cruz's), but the titles it is listed with make it one."""
    found = find_quotations(Document.from_text("Title\n\n" + body + "\n"))
    assert [q.kind for q in found] == ["title"] * len(found)
    assert all(q.speaker is None for q in found)


@pytest.mark.parametrize(
    "body",
    [
        "Trump called them \u201cLosers\u201d and \u201cTotal Disasters,\u201d he said.",
        "He never once referred to them as \u2018Little Marco\u2019 and \u2018Crooked\u2019 on Thursday.",
    ],
)
def test_names_someone_calls_people_in_a_list_stay_their_words(body: str) -> None:
    """A list after "called" or "as" is of names someone gives, not of works: the one-word name keeps its kind."""
    found = find_quotations(Document.from_text("Title\n\n" + body + "\n"))
    one_word = [q for q in found if " " not in q.text.strip(",. ")]
    assert one_word and all(q.kind != "title" for q in one_word)
