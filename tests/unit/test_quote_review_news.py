"""Speakers in new news prose a review wrote (issue 11): shapes the tuning sets had few of. Short examples
written for these tests, each the minimal reproduction of a finding."""

from __future__ import annotations

import pytest

from reader.document import Document
from reader.quotes import Quotation, find_quotations


def quotes(body: str) -> list[Quotation]:
    return find_quotations(Document.from_text("Title\n\n" + body + "\n"))


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # an organisation's word before a lone unknown word: the run is the organisation's name
        ("Network Rail said it was “working around the clock.”", "Network Rail"),
        ("ClearView Health Products said in a statement that it was “cooperating fully.”",
         "ClearView Health Products"),
        ("Health Secretary Jeremy Hunt said it was “working.”", "Jeremy Hunt"),
        # a firm's name, a role, then the person: the person
        ("“We back her,” said Redwood partner Michael Osei.", "Michael Osei"),
        ("Jane Smith spoke. “We back her,” his partner said.", "his partner"),
        # a surname's particles stay in the name after the verb
        ("“We are moving closer,” said René van Westen.", "René van Westen"),
        ("“Vamos,” said Juan de la Cruz.", "Juan de la Cruz"),
        # not a preposition before an organisation
        ("„Das Problem ist nicht gelöst“, sagt Aneta Afelt von der Universität Warschau.", "Aneta Afelt"),
        # an abbreviation's full stop in a description as written
        ("A spokesman for Sen. Richard Lang said the bill was “dead.”", "A spokesman for Sen. Richard Lang"),
    ],
)
def test_names_read_whole(body: str, speaker: str) -> None:
    assert quotes(body)[-1].speaker_full == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a description, then the name in apposition: the pronoun after stands for the name
        ("Ms Grant defended the timetable. One commuter, Sarah Whitley, said she was late. “I have used up all my "
         "goodwill,” she said.", "Sarah Whitley"),
        ("“He took my customers,” Nick Papadakis said. His sister, Helen Mills, said she had given up. “I love "
         "them both,” she said.", "Helen Mills"),
        ("The band’s singer, Ádám Szabó, told Reuters he was surprised by the reaction. “We wrote a song about our "
         "neighbourhood,” he said.", "Ádám Szabó"),
        ("The leader of the Anti-Defamation League, Jonathan Greenblatt, warned against the ban. He said that Jews "
         "“know all too well what can happen.”", "Jonathan Greenblatt"),
        # a state after its town is no name in apposition, an introducer's comma opens no appositive
        ("Recently, Herman Cain, the pizza maven who hosts a radio show, was asked why. “So they can hurt us,” he "
         "said.", "Herman Cain"),
    ],
)
def test_a_name_in_apposition_to_a_description(body: str, speaker: str) -> None:
    assert quotes(body)[-1].speaker_full == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # the critics' own words, as written (a bare plural), not the next sentence's Tom Reed's
        ("Critics have called the plan “reckless.” Tom Reed, a Republican, said he disagreed.", "Critics"),
        # the subject of a passive is spoken of, not speaking
        ("Philippa Grant has been accused of “presiding over chaos” by her critics.", None),
    ],
)
def test_a_sentence_after_embedded_words_is_not_their_attribution(body: str, speaker: str | None) -> None:
    """Words quoted inside a sentence of their own ("called the plan “reckless.”") are not attributed by the next
    sentence's saying verb."""
    assert quotes(body)[0].speaker_full == speaker


def test_reported_speech_after_said_and_a_description_is_the_sayers() -> None:
    """"Roth said the attorney general would not respond to “…”": the later verb is inside what "said" reports, so
    Roth is the source, not the attorney general the sentence reports on."""
    body = ("Attorney General Sandra Whitlock is feuding with the governor. Evan Roth said the attorney general "
            "would not respond to “personal attacks.”")
    assert quotes(body)[-1].speaker_full == "Evan Roth"



@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        # a transcript's label in capitals: the person the article names, else a full name in ordinary case, never
        # a role resolved to someone else
        ("CHAIR LINDA OKAFOR: “How big is the shortfall?”\n\nAisha Grant later said the figures were honest.",
         ["Linda Okafor"]),
        ("Budget chair Linda Okafor opened the hearing.\n\nOKAFOR: “How big is the shortfall?”", ["Linda Okafor"]),
        ("NATO: “We are watching.”", ["NATO"]),
    ],
)
def test_a_transcript_label_in_capitals(body: str, speakers: list[str]) -> None:
    assert [q.speaker_full for q in quotes(body)] == speakers



@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a headline's quotation with no attribution of its own: only someone the headline names
        ("'What is the sea telling us?': Maori tribes fearful over strandings\n\nThe tribes gathered. A man of "
         "the New Zealand Maori tribe Ngati Wai, Hori Parata, said the whales were sick.\n", None),
        ("Cruz: Trump would put liberals on court, 'I fear the same thing is true'\n\nSen. Ted Cruz spoke in "
         "Iowa on Sunday about the court.\n", "Ted Cruz"),
    ],
)
def test_a_headlines_quotation_speaks_only_for_someone_it_names(text: str, speaker: str | None) -> None:
    assert find_quotations(Document.from_text(text))[0].speaker_full == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # the subject of the sentence before, a full name whose given name no list knows, for either pronoun
        ("Zoltan Kertesz was gracious in defeat. He said the boy had played “a fine endgame.”", "Zoltan Kertesz"),
        ("Justice Laura Brennan set sentencing for June 12.\n\nThandiwe Pierce held a photograph. “Finally,” she "
         "said.", "Thandiwe Pierce"),
        # not a place or a firm that reads like such a name (a review's finding)
        ("Governor Maria Lopez toured the coast on Monday. Costa Rica sent rescue teams to the island. “We are "
         "grateful,” she said.", "Maria Lopez"),
        ("Janet Yellen testified. Capitol Hill was quiet. “We are ready,” she said.", "Janet Yellen"),
        ("Boko Haram freed the girls. “We are happy,” he said.", None),
        # not a place, nor an organisation
        ("Jeb Bush spoke on Monday. South Carolina said no to him.\n\nHe spoke of the primary in South Carolina. "
         "“With an eye to February,” he said.", "Jeb Bush"),
    ],
)
def test_a_pronoun_stands_for_a_full_name_of_unknown_gender(body: str, speaker: str | None) -> None:
    assert quotes(body)[-1].speaker_full == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a German article after the verb opens the interviewer, not a surname's particles
        ("„Wir werden die Schuldenbremse einhalten“, sagte Lindner der Süddeutschen Zeitung am Montag.", "Lindner"),
        ("„Wir halten Kurs“, sagte Olaf Scholz den Zeitungen der Funke-Mediengruppe.", "Olaf Scholz"),
        ("„Nein“, sagte Alexander van der Bellen.", "Alexander van der Bellen"),
    ],
)
def test_particles_after_the_verb_and_german_articles(body: str, speaker: str) -> None:
    assert quotes(body)[-1].speaker_full == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # two people joined by "and" speak together, as written
        ("Tom Reed and Ann Cole said in a joint statement that the deal was “a good start.”", "Tom Reed and Ann Cole"),
        # not a noun phrase's complement: "he" is the one man named (a given name and a surname are a person's
        # since part 18), not the pair
        ("The talks between Tom Reed and Ann Cole said little. “Fine,” he said.", "Tom Reed"),
        ("Smith and Jones said: “No.”", "Jones"),
    ],
)
def test_two_people_joined_by_and(body: str, speaker: str | None) -> None:
    assert quotes(body)[-1].speaker_full == speaker
