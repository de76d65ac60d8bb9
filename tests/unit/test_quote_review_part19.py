"""The defects a review of part 19's diff found (issue 11), each fixed: a quadratic search back to a line's start,
and new rules that named the wrong speaker. Short examples written for these tests."""

from __future__ import annotations

import pytest

from reader.document import Document
from reader.quotes import find_quotations
from tests.unit.test_quotes_scaling import _cpu_seconds

GERMAN_LEAD = ("Berlin. Die Bundesregierung hat am Montag ein neues Rentenpaket vorgestellt, das die Beiträge bis "
               "zum Jahr 2030 stabil halten soll. Ökonomen und Verbände hatten seit Monaten auf eine Reform gedrängt.")
FRENCH_LEAD = ("Paris. Le gouvernement a présenté lundi un nouveau projet de réforme des retraites, qui doit "
               "stabiliser les cotisations jusqu'en 2030. Les économistes réclamaient depuis des mois une réforme.")


def speakers(lead: str, body: str) -> dict[str, str | None]:
    document = Document.from_text("Titel der Sache\n\n" + lead + "\n\n" + body + "\n")
    return {q.text: q.speaker_full for q in find_quotations(document)}


def test_darin_heisst_es_in_one_long_line_stays_linear() -> None:
    """Each "Darin heißt es" searched back to its line's start: on one line repeating it, 2 MB cost 3x 1 MB."""
    line = "Die Bahn legte einen Bericht vor. Darin heißt es: „Ja.“ "
    small = _cpu_seconds(f"Titel\n\n{GERMAN_LEAD}\n\n{line * 400}\n")
    large = _cpu_seconds(f"Titel\n\n{GERMAN_LEAD}\n\n{line * 1600}\n")
    assert large < 4 * small * 1.6  # linear: 4x the text, with room for a noisy machine


@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        # the genitive or "von" complement after "aus": as written, not its first noun alone
        ("„Wir prüfen das“, hieß es aus Kreisen der Koalition.", "Wir prüfen das", "Kreisen der Koalition"),
        # a role's genitive before a name gives the name, its last letter kept
        ("„Mein Mandant ist unschuldig“, heißt es in einer Stellungnahme des Anwalts Peter Strauss.",
         "Mein Mandant ist unschuldig", "Peter Strauss"),
        # a date or a place opening the sentence before "Darin" is no one; "Dort" is a place, no document
        ("Am Montag veröffentlichte die Bahn einen Bericht. Darin heißt es: „Wir sind pünktlich.“",
         "Wir sind pünktlich.", None),
        ("Die Ministerin reiste am Montag nach Kiew. Dort hieß es: „Wir brauchen Hilfe.“", "Wir brauchen Hilfe.",
         None),
        # a person named after a preposition is no sentence's subject
        ("Anja Reuter ist seit Montag Ministerin. Mit Lea Brandt, ihrer Vorgängerin, hat sie telefoniert. „Wir "
         "kennen uns gut“, sagte sie.", "Wir kennen uns gut", "Anja Reuter"),
        # a sentence opening with a preposition's phrase: the named person after the verb is its subject
        ("Nach einem Treffen mit Olaf Scholz sagte Markus Brenner: „Wir sind einig.“ Er fügte hinzu: „Der Rest "
         "kommt im Herbst.“", "Der Rest kommt im Herbst.", "Markus Brenner"),
        # a name after a place after a role is the person, not the role from the place
        ("Der Oberbürgermeister von Hanau Claus Kaminsky sagte: „Wir trauern.“", "Wir trauern.", "Claus Kaminsky"),
    ],
)
def test_german_readings_the_review_found(body: str, quoted: str, speaker: str | None) -> None:
    assert speakers(GERMAN_LEAD, body)[quoted] == speaker


@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        ("Interrogé par Jean-Pierre Elkabbach, François Bayrou a répondu sur les retraites. « Nous ne céderons "
         "pas », a-t-il dit.", "Nous ne céderons pas", "François Bayrou"),
        # "la ministre" is not the adviser "of the minister" introduced before
        ("La ministre Catherine Solal était à Lille. Une conseillère de la ministre a confirmé la date. « Nous ne "
         "reculerons pas », a déclaré la ministre.", "Nous ne reculerons pas", "Catherine Solal"),
    ],
)
def test_french_readings_the_review_found(body: str, quoted: str, speaker: str) -> None:
    assert speakers(FRENCH_LEAD, body)[quoted] == speaker


def test_the_mayor_of_a_city_is_the_mayor() -> None:
    document = Document.from_text("Title\n\nThe mayor of Newark called the decision “a betrayal of the city.”\n")
    [quotation] = find_quotations(document)
    assert quotation.speaker == "The mayor of Newark"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Police in Newark described the scene as “chaotic and dangerous.”", "Police"),
        ("A senior U.S. official in Kabul said the talks were “stalled for now.”", "A senior U.S. official"),
    ],
)
def test_a_place_after_in_is_no_speaker(body: str, speaker: str) -> None:
    """The review's cases the first round left: the place had been the speaker."""
    [quotation] = find_quotations(Document.from_text("Title\n\n" + body + "\n"))
    assert quotation.speaker == speaker
