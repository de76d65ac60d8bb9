"""A writer's own scare-quoted term gets no guessed speaker (reader.quotes.scare_quotes, issue 11 part 12): the
ranker's guess for a quotation no pattern attributed is dropped when the quotation is a few words, not a sentence,
in a sentence that tells of no saying. Short examples written for these tests."""

from __future__ import annotations

import pytest

from reader.document import Document
from reader.quotes import find_quotations
from reader.quotes.scare_quotes import tells_saying, writers_term

CARDS = ("Cards\n\nArthur Waite wrote the booklet and Pamela Smith drew the cards in 1909.\n\n"
         "“Death, failure, delay and despair,” Waite wrote of one card.\n\n"
         "A newcomer might not find those exact words, but the meaning is plain. ")


def tokens(sentence: str) -> list[tuple[str, int]]:
    return [(word, 0) for word in sentence.split()]


@pytest.mark.parametrize(
    ("quoted", "sentence", "term"),
    [
        ("fat cats", "Brewdog parachuted taxidermy", True),
        ("pull", "Both the Controller and the Executors work in a", True),
        ("feels", "many decisions take place when the brain", True),
        ("systemic racism", "Clinton has increasingly decried the issue of", False),  # a word of saying
        ("terrible,", "Trump further summed up Clinton as", False),
        ("qualified", "After spending the past week bickering over whether the other is", False),
        ("pull", "Smith, who ADDED a note, works in a", False),  # any case
        ("fat cats of the City of London", "Brewdog parachuted taxidermy", False),  # more than a term
        ("Do svidaniya!", "Freddy waved from the train", False),  # an exclamation: someone's words
        ("You're being ridiculous.", "Silverman turned to the crowd", False),  # a sentence of its own
        ("Evolution.", "Caudevilla sold his goods on the marketplace", True),  # one word and a full stop
        ("Evolution.", "Caudevilla answered questions on the marketplace", False),
        ("", "Brewdog parachuted taxidermy", False),
    ],
)
def test_a_writers_term_is_a_few_words_in_a_sentence_of_no_saying(quoted: str, sentence: str,
                                                                   term: bool) -> None:
    assert writers_term(quoted, tokens(sentence)) is term


def test_saying_words_that_open_other_words_count_only_whole() -> None:
    assert tells_saying(tokens("the spokesman added"))
    assert not tells_saying(tokens("in addition the administration will cast a new budget"))
    assert tells_saying(tokens("she stated her position"))


def test_the_rankers_guess_for_a_writers_term_is_dropped() -> None:
    quotations = find_quotations(Document.from_text(
        CARDS + "It was this work of Waite and Smith which produced the deck which most of us now know as "
                "“the tarot.”"))
    assert [(q.text, q.kind, q.speaker) for q in quotations] == [
        ("Death, failure, delay and despair,", "speech", "Waite"), ("the tarot.", "term", None)]


def test_a_sentence_that_tells_of_saying_keeps_the_guess() -> None:
    quotations = find_quotations(Document.from_text(
        CARDS + "It was this work of Waite and Smith which produced the deck which most of us now call “the tarot.”"))
    assert quotations[-1].speaker == "Waite"


def test_a_patterns_answer_is_left_alone() -> None:
    """The sentence's subject ("Waite fought a “bitter war”") is a pattern's answer, not the ranker's guess."""
    quotations = find_quotations(Document.from_text(CARDS + "Waite fought a “bitter war” over it."))
    assert (quotations[-1].text, quotations[-1].speaker) == ("bitter war", "Waite")
