"""English shapes a twelfth review set's articles showed wrong (issue 11, part 21): a role the article keeps
anonymous is whom the next "he" or "she" stands for, "the person" is the person introduced, a full name of no
known given name with a person's role in apposition is a person. Short examples written for these tests."""

from __future__ import annotations

import pytest

from reader.document import Document
from reader.quotes import find_quotations

LEAD = "Chess club row\n\nViktor Salnikov filed a complaint against Priya Raghunathan after the last round.\n\n"


def speaker_of(body: str, quoted: str) -> str | None:
    quotations = {q.text: q.speaker_full for q in find_quotations(Document.from_text(LEAD + body + "\n"))}
    return quotations[next(text for text in quotations if text.startswith(quoted))]


@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        # a pronoun in the role's own sentence ("because he did not want …")
        ("A grandmaster who played in the event, speaking on condition of anonymity because he did not want to be "
         "drawn into the dispute, said the complaint had caused eye-rolling. “Viktor had a bad day,” he said.",
         "Viktor had a bad day", "A grandmaster"),
        # no pronoun: the sentence says the article will not name the role, and no one is named since (part 26
        # keeps its complement: the relative clause closes before "was")
        ("A member of the club, who did not want to be named, was less diplomatic. “It’s a village,” he said.",
         "It’s a village", "A member of the club"),
        # "the person" is the one introduced as "a person …"
        ("A person familiar with the negotiations said two bidders had dropped out. “The family wanted someone "
         "who would leave the shops alone,” the person said.", "The family wanted", "A person"),
        ("A keeper who has worked with the calf since 2019 said the mother had been “an absolute natural”.",
         "an absolute natural", "A keeper"),
    ],
)
def test_an_anonymous_role_speaks_as_written(body: str, quoted: str, speaker: str) -> None:
    assert speaker_of(body, quoted) == speaker


def test_a_named_person_between_keeps_the_pronoun_theirs() -> None:
    body = ("A member of the club, who did not want to be named, was less diplomatic. Viktor Salnikov disagreed. "
            "“It is a serious complaint,” he said.")
    assert speaker_of(body, "It is a serious complaint") == "Viktor Salnikov"


def test_a_full_name_with_a_persons_role_in_apposition_is_a_person() -> None:
    # "Graham" is no given name the lists know (a surname as often); the appositive says who he is
    body = ("Their lead claimant, Graham Tolhurst, a retired airline engineer, described the noise as “like bubble "
            "wrap”.\n\n“We are not against sport,” he said outside court.\n\nThe club’s owner, Nikhil Sethi, said "
            "he was “bitterly disappointed”.")
    assert speaker_of(body, "We are not against sport") == "Graham Tolhurst"


def test_an_appositive_with_its_organisations_relative_clause_keeps_the_subject() -> None:
    # ", a partner at the venture firm Cobbold Ventures, which led …, said": Patel said, not the firm
    body = ("Arjun Patel, a partner at the venture firm Cobbold Ventures, which led the second funding round, said "
            "he still believed in the founders. “We all made mistakes,” he said.")
    assert speaker_of(body, "We all made mistakes") == "Arjun Patel"


@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        # a name with its particles in capitals is one name ("Van den", "De la")
        ("The team manager at Ridgeback Gravity, Luc Van den Broeck, said the team would wait. “It is rare,” he "
         "said.", "It is rare", "Luc Van den Broeck"),
        # "said Second Folios rarely appeared": a reported clause's subject, no person
        ("Its head of printed books, Jonathan Pike, said Second Folios rarely appeared on the market. “It is "
         "rare,” he said.", "It is rare", "Jonathan Pike"),
        # a possessive role the article keeps anonymous
        ("Salnikov declined to comment as he left the court. His sister, who did not want to be named, spoke "
         "briefly to reporters. “He loved that dog,” she said.", "He loved that dog", "His sister"),
    ],
)
def test_particles_reported_clauses_and_anonymous_relatives(body: str, quoted: str, speaker: str) -> None:
    assert speaker_of(body, quoted) == speaker


def test_a_relative_named_is_not_kept_anonymous() -> None:
    body = "Salnikov's lawyer spoke. His brother, John Salnikov, was there. “It was sad,” he said."
    assert speaker_of(body, "It was sad") == "John Salnikov"


def test_a_nested_quotation_of_a_role_inside_anothers_words() -> None:
    # "One dad said to me, ‘…’" inside Hale's words: the dad's
    body = ("Ann Hale said she had phoned families. “One dad said to me, ‘You did the right thing, love,’” she said.")
    assert speaker_of(body, "You did the right thing") == "One dad"


def test_a_nested_quotation_after_he_and_an_adverb_is_not_the_outer_speakers() -> None:
    # "He always told me, ‘…’" inside Whitworth's words: his father's (part 22: "My father", as Whitworth's words
    # name him), never Whitworth's own
    body = ("Dennis Whitworth, 81, remembers the floods. “My father stood on that bridge with a rope,” he said. “He "
            "always told me, ‘That bridge will outlast the lot of us.’ Well, it has.”")
    assert speaker_of(body, "That bridge will outlast") == "My father"


def test_i_and_an_adverb_before_a_nested_quotation_is_the_outer_speakers() -> None:
    body = ("Jim Bennett said voters were polite. “People go by and I just say, ‘Thank you for voting,’” Bennett "
            "explained.")
    assert speaker_of(body, "Thank you for voting") == "Jim Bennett"


def test_the_company_is_the_contractor_named_with_an_appositive() -> None:
    body = ("The wraps were prepared off-site by Heartwell, a Columbus-based contractor that supplies 31 districts. "
            "“We take the safety of every meal extremely seriously,” the company said.")
    assert speaker_of(body, "We take the safety") == "Heartwell"
