"""Shapes a sixteenth review set and the failures left on the ones before showed wrong (issue 11, part 23): "the
company", "the club", "the operator" standing for the business or the club an article is about, named once as a
sentence's subject paragraphs before ("Wessex Valley Trains has cancelled …"), and "it said" after such a
description. Short examples written for these tests."""

from __future__ import annotations

import pytest

from reader.document import Document
from reader.quotes import find_quotations


def speaker_in(text: str, quoted: str) -> str | None:
    quotations = {q.text: q.speaker_full for q in find_quotations(Document.from_text(text + "\n"))}
    return quotations[next(text for text in quotations if text.startswith(quoted))]


FILLER = ("Passengers at the main station said they had given up on planning their week. Some had started "
          "driving again, and others had asked their employers to let them work from home until the spring.\n\n")


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        ("Commuters face months of disruption\n\nWessex Valley Trains has cancelled more than 1,800 services "
         "since it introduced a new timetable.\n\n" + FILLER + "“We expect the problems to last well into the "
         "summer,” the operator said.", "We expect", "Wessex Valley Trains"),
        ("Harborough Town sack manager\n\nHarborough Town parted company with manager Kevin Delaney on Sunday.\n\n"
         "In a brief statement, the club said it had “taken the difficult decision to make a change” and thanked "
         "Delaney for “his commitment over the past 18 months.”", "his commitment", "Harborough Town"),
        ("Moorland fire: live updates\n\n13:40 Pennine Water has asked customers to use as little water as they "
         "can.\n\n" + FILLER + "“Please avoid running hosepipes until further notice,” the company said.",
         "Please avoid", "Pennine Water"),
        ("Lumora to cut 1,800 jobs\n\nSAN FRANCISCO — Lumora said on Tuesday that it would cut 1,800 jobs.\n\n"
         + FILLER + "In a filing, the company said it expected “charges of about $90 million.”", "charges",
         "Lumora"),
        ("Strike grounds flights\n\nDUBLIN — Atlantica Airways cancelled 240 flights on Saturday.\n\n" + FILLER
         + "The airline said it was contacting every affected customer. “We sincerely apologise to everyone,” it "
         "said.", "We sincerely", "Atlantica Airways"),
    ],
)
def test_a_business_the_article_opened_with_is_the_company(text: str, quoted: str, speaker: str) -> None:
    assert speaker_in(text, quoted) == speaker


def test_a_business_or_club_name_is_no_person() -> None:
    text = ("Moorland fire: live updates\n\n13:40 Pennine Water has asked customers to use as little water as they "
            "can. “Please avoid running hosepipes,” the company said.\n")
    (quotation,) = find_quotations(Document.from_text(text))
    assert quotation.speaker != "Water"


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        # a one-word subject the headline does not name is no business ("Obamacare has"), and "the group" is
        # as often no business at all
        ("Insurers leave the exchanges\n\nObamacare has lost three insurers this year.\n\n" + FILLER
         + "“The current risk pool is out of balance,” the group said.", "The current", "the group"),
        # another business named in the paragraph: not the one the article opened with
        ("EgyptAir crash: the passengers\n\nEgyptAir said on Thursday that the pilot had 6,300 hours.\n\n"
         "Geert Supré worked at Vanguard Logistics Services in Belgium. The company confirmed he was on the plane. "
         "“He was a greatly respected colleague,” the company said.", "He was", "the company"),
        # a union opening a sentence is not "the company"
        ("Pilots walk out\n\nThe Irish Pilots Federation said its members had voted to strike.\n\n" + FILLER
         + "“We have made a fair offer,” the company said.", "We have", "the company"),
    ],
)
def test_the_company_stays_as_written_when_no_business_opened_the_article(text: str, quoted: str,
                                                                            speaker: str) -> None:
    assert speaker_in(text, quoted) == speaker
