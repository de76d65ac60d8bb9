"""Shapes the fortieth and forty-first review sets showed wrong (issue 11, part 33): a German number before two
capitalised nouns ("zehn Jahre Haft" had been a person), a role opening a name ("Verteidiger Dragović" had been a
second Dragović), a paper in capitals after a name ("erzählt Kowalczyk BILD"), a full name before "an 84-year-old"
after a preposition, a lone given name past an apposition, Welsh, Cornish and Romansh given names. Short examples
written for these tests, with counter-examples the rules must leave alone."""

from __future__ import annotations

import pytest

from reader.quotes.names import given_gender, identity_of
from tests.unit.quote_leads import FRENCH_LEAD, GERMAN_LEAD, speaker_of

ENGLISH_LEAD = "LONDON (AP) — Officials opened an inquiry on Monday into the collapse of the old harbour wall."


def test_a_number_before_two_nouns_names_no_one() -> None:
    """ "ein bis zehn Jahre Haft" is no person, so "er" after it is the defence lawyer named before."""
    body = ("Ein Bürgermeister ist zu 20 Monaten bedingter Haft verurteilt worden.\n\nDer Verteidiger, Rechtsanwalt "
            "Nikolaus Dragović, plädierte auf Freispruch.\n\nDer Strafrahmen beträgt ein bis zehn Jahre Haft. "
            "„Wir werden das Urteil bekämpfen“, kündigte er an.")
    assert speaker_of(GERMAN_LEAD, body, "Wir werden") == "Nikolaus Dragović"


def test_a_role_before_a_surname_is_no_given_name() -> None:
    """ "Verteidiger Dragović" opening a sentence is the Nikolaus Dragović named before, not a namesake."""
    assert identity_of([], ["Verteidiger", "Dragović"])[1] == frozenset()
    assert identity_of(["Rechtsanwalt"], ["Nikolaus", "Dragović"])[1] == frozenset({"nikolaus"})
    body = ("Der Verteidiger, Rechtsanwalt Nikolaus Dragović, plädierte auf Freispruch.\n\nVerteidiger Dragović "
            "meldete umgehend Berufung an. „Wir werden das Urteil bekämpfen“, kündigte er an.")
    assert speaker_of(GERMAN_LEAD, body, "Wir werden") == "Nikolaus Dragović"


def test_a_role_that_is_a_given_name_or_a_team_stays_apart() -> None:
    assert identity_of([], ["Hunter", "Biden"])[1] == frozenset({"hunter"})
    assert identity_of([], ["Team", "Trump"])[1] == frozenset({"team"})


def test_a_paper_in_capitals_after_a_name_is_no_part_of_it() -> None:
    body = ("Dariusz Kowalczyk (34) ist Dachdecker.\n\n„Ich hab gezittert wie Espenlaub“, erzählt Kowalczyk BILD.")
    assert speaker_of(GERMAN_LEAD, body, "Ich hab") == "Dariusz Kowalczyk"


def test_an_age_in_years_after_a_name_after_a_preposition() -> None:
    """ "Many came from Jory Trewhella, an 84-year-old former crabber" names a man "he" then stands for."""
    body = ("Hiroshi Wada helped with the letter M.\n\nMany came from Jory Trewhella, an 84-year-old former crabber "
            "who has been sending lists since 1991.\n\n“That one’s in there now,” he says.")
    assert speaker_of(ENGLISH_LEAD, body, "That one") == "Jory Trewhella"


def test_a_lone_given_name_past_an_apposition_is_the_subject() -> None:
    body = ("Of 30 students the Courier spoke to outside the Hub, fewer than half knew.\n\nTomás, a second-year "
            "history student, admitted he had voted twice.\n\n“I voted on my phone,” he said.")
    assert speaker_of(ENGLISH_LEAD, body, "I voted") == "Tomás"


@pytest.mark.parametrize(("name", "gender"), [("Eirlys", "f"), ("Kerenza", "f"), ("Noémie", "f"), ("Dilwyn", "m"),
                                              ("Urs", "m"), ("Jory", "m"), ("Rhys", ""), ("Jago", "")])
def test_given_names_of_the_fortieth_set(name: str, gender: str) -> None:
    """Left out: surnames as often (Rhys, Jago)."""
    assert given_gender(name) == gender


def test_a_swiss_given_name_makes_the_apposed_president_a_person() -> None:
    body = ("Le président de la Société des remontées mécaniques des Chaumilles SA, Urs Zbinden, dit n'avoir « pas "
            "été surpris ». « Les banques ne nous suivaient plus », a-t-il confié.")
    assert speaker_of(FRENCH_LEAD, body, "Les banques") == "Urs Zbinden"
