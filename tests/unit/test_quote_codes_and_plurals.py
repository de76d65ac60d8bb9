"""Speakers that are no one (part 18, issue 11): a code that mixes letters and digits ("EB-5", "H-1B", "F-35")
is a programme's, a visa's or an aircraft's, never a person's or an organisation's name; and a lower-case word
in -s between a name and "are"/"were"/"have" is a plural noun ("H-1B visas are", "The Murdoch outlets have"),
not the sentence's verb, so the name before it is not the subject. Short examples written for these tests,
each shaped after a wrong speaker on PolNeAR."""

from __future__ import annotations

import pytest

from reader.document import Document
from reader.quotes import Quotation, find_quotations


def quotes(body: str) -> list[Quotation]:
    return find_quotations(Document.from_text("Title\n\n" + body + "\n"))


@pytest.mark.parametrize(
    "body",
    [
        "EB-5 requires an investment in a rural area or a \u201ctargeted employment area,\u201d defined later.",
        "H-1B visas are a \u201clifeline,\u201d he said.",
        "The F-35 needs a \u201ccomplete overhaul\u201d before the summer.",
        "COVID-19 was \u201ca catastrophe\u201d for the sector.",
    ],
)
def test_a_code_of_letters_and_digits_speaks_for_no_one(body: str) -> None:
    """Dev: a term after "EB-5 requires" was EB-5's; "he" after a visa's code had stood for the code."""
    [found] = quotes(body)
    assert found.speaker is None and found.speaker_full is None


def test_a_plural_noun_before_are_is_no_verb_and_its_name_no_subject() -> None:
    """Train: "The Murdoch outlets have been standing in the way, he said, by creating a ‘…’" was Rupert
    Murdoch's (read as "Murdoch outlets", a verb in -s); it is the strategist's, whom "he" stands for."""
    body = ("Rupert Murdoch owns both papers. David Fenton, a strategist, said the ads were his idea. The Murdoch "
            "outlets have been standing in the way, he said, by creating a \u201cfalse reality bubble\u201d that "
            "scares politicians.")
    [found] = quotes(body)
    assert found.speaker_full == "David Fenton"


@pytest.mark.parametrize(
    "body",
    [
        "Bernie Sanders lost. Sanders supporters are crying \u201cfraud\u201d over the delegates.",
        "Donald Trump spoke. Trump voters were \u201cfurious\u201d on Tuesday.",
    ],
)
def test_a_name_before_a_plural_noun_is_not_the_speaker(body: str) -> None:
    """Train: "Sanders supporters are crying “fraud”" was Bernie Sanders's."""
    [found] = quotes(body)
    assert found.speaker_full not in ("Bernie Sanders", "Donald Trump")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a verb in -s after a name is still a verb ("Trump wins", "Clinton says")
        ("Hillary Clinton says the plan is \u201cunworkable\u201d for families.", "Hillary Clinton"),
        ("\u201cWe will win,\u201d said Channel Four\u2019s Jon Snow.", "Jon Snow"),
        ("Dr. Anne Lee said COVID-19 was \u201ca catastrophe.\u201d", "Anne Lee"),
    ],
)
def test_names_near_codes_and_verbs_in_s_still_speak(body: str, speaker: str) -> None:
    [found] = quotes(body)
    assert found.speaker_full == speaker
