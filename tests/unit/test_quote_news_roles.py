"""Speakers in the shapes a review's new news prose found wanting (issue 11, part 15): roles written without a
name (bare plurals, organisations, everyday roles) speak as written; a name in apposition after the verb's role
speaks; news style's dates, datelines and quoted reports. Short examples written for these tests."""

from __future__ import annotations

import pytest

from reader.document import Document
from reader.quotes import Quotation, find_quotations


def quotes(body: str) -> list[Quotation]:
    return find_quotations(Document.from_text("Title\n\n" + body + "\n"))


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("A man was hurt. “It was a terrible accident,” officials said.", "officials"),
        ("A man was hurt. “It was a terrible accident,” police said.", "police"),
        ("A man was hurt. “It was an accident,” federal prosecutors said in a filing.", "federal prosecutors"),
        ("A man was hurt. Officials said “it was fine.”", "Officials"),
        ("A man was hurt. “It was an accident,” the lorry driver said.", "the lorry driver"),
        ("A man was hurt. “It was an accident,” the coast guard said.", "the coast guard"),
        ("A man was hurt. “It was an accident,” the mayor's office said.", "the mayor's office"),
    ],
)
def test_a_bare_plural_or_an_organisations_role_speaks_as_written(body: str, speaker: str) -> None:
    """"“…,” officials said", "police said", "the coast guard said": who speaks, as written (issue 11 item 1: a
    role noun phrase is a speaker); they had none."""
    assert [q.speaker for q in quotes(body)] == [speaker]


def test_a_plural_in_a_list_is_no_bare_plural() -> None:
    """A list inside an appositive ("for population, refugees, and migration, said") is no bare plural subject
    (PolNeAR train gave "refugees")."""
    found = quotes("The new plans “are steps in the right direction,” Anne Richards, assistant secretary for "
                   "population, refugees, and migration, said.")
    assert found[0].speaker != "refugees"



@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("A painting came home. “People come from all over,” said the museum's director, Catherine Ames.",
         "Catherine Ames"),
        ("Denise Harmon won. “I had my heart in my throat,” said Harmon's campaign manager, Luis Beltran.",
         "Luis Beltran"),
        ("Trains crashed. “Crews are exhausted,” said the union's safety director, Mike Santangelo.",
         "Mike Santangelo"),
        ("A mosque was searched. “It was casual,” said the bureau's director, James B. Comey, on Monday.",
         "James B. Comey"),
        ("Marco Rubio spoke. “We are ready,” said Rubio's deputy campaign manager.",
         "Rubio's deputy campaign manager"),
    ],
)
def test_a_name_in_apposition_after_the_verb_and_its_role(body: str, speaker: str) -> None:
    """"said the museum's director, Catherine Ames": the name after the role speaks (a review's news gave the
    next sentence's person, or the possessive's owner, Harmon)."""
    assert quotes(body)[0].speaker_full == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a month's abbreviation before a day ends no sentence
        ("Seatwise said it found \"unauthorized access\" on Sept. 14 and had \"taken steps to secure it.\"",
         "Seatwise"),
        # a dateline's place is no subject
        ("WASHINGTON, Dec. 8 (UPI) — In response, Clinton's aide rallied supporters, saying: “We are ready.”",
         "Clinton's aide"),
        # the later verb introduces the words with a colon: its subject's own
        ("A blogger, Tal Schneider, reported that she had a video of Adelson at a fundraiser on Monday, in which "
         "Adelson said: \"Trump is a businessman.\"", "Adelson"),
    ],
)
def test_news_style_dates_datelines_and_quoted_reports(body: str, speaker: str) -> None:
    assert quotes(body)[-1].speaker_full == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Commissioner Ashok Bhosale said 480 pumps had been deployed.\n\nRamesh Kulkarni, 45, a bank clerk from "
         "Dombivli, said he had been waiting for three hours. “There is no announcement,” he said.",
         "Ramesh Kulkarni"),
        ("“Museums have held these objects,” said Dr. Sarah Yellowhorse, an anthropologist.\n\nVisitor Marjorie "
         "Tell, 70, who has been a member since 1979, gave the building her approval. “It's lighter,” she said.",
         "Marjorie Tell"),
        ("The radiator in Yolanda Pierce's living room is cold.\n\nPierce's neighbor, Marcus Bell, 40, a subway "
         "conductor, lives down the hall. “Our bill was six hundred dollars,” he said.", "Marcus Bell"),
        ("Transportation director Kevin Walsh told the board it needed buses.\n\nTrustee Bob Lindqvist cast the lone "
         "vote against. “We just laid off eleven aides,” he said.", "Bob Lindqvist"),
    ],
)
def test_a_person_introduced_with_age_occupation_or_title_is_the_pronouns(body: str, speaker: str) -> None:
    """A sentence's subject with an age, an occupation and a relative clause in apposition ("Ramesh Kulkarni,
    45, a bank clerk from Dombivli, said") is the person "he" stands for next, not the speaker before."""
    assert quotes(body)[-1].speaker_full == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The academy trust that runs the school said it had suspended him “pending a full investigation”.",
         "The academy trust"),
        ("The county prosecutor's office said the charges “reflect the evidence”.\n\nThe NAACP's chapter said it "
         "would hold a vigil. “Jamal deserved to grow up,” the chapter said on Facebook.", "the chapter"),
        # not a relative clause on a role: no speaker from its words
        ("He dropped Jesse off at school that morning and Jesse told him, “Dad, it is OK.”", "Jesse"),
    ],
)
def test_a_relative_clause_on_a_role_and_an_organisations_unit(body: str, speaker: str) -> None:
    """"The academy trust that runs the school said": the trust, not the school the clause names; "the chapter
    said" speaks as written rather than taking the previous paragraph's speaker."""
    assert quotes(body)[-1].speaker_full == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The Met Office said gusts were likely. In a statement, it warned of “flying debris.”", "Met Office"),
        ("Seatwise said hackers had stolen data.\n\nIt said emails would go out \"over the next days.\"", "Seatwise"),
        ("The company said profits fell. It said the outlook was “challenging.”", "The company"),
        # never a person, nor a pronoun inside a quotation
        ("John Smith said it would rain. It said the sky was “grey.”", None),
        ("Rep. Hank Johnson spoke. “It makes eyes open,” he said. “It does away with the ‘blame game’ for good.”",
         None),
    ],
)
def test_it_stands_for_the_organisation_that_spoke(body: str, speaker: str | None) -> None:
    """"The Met Office said … it warned of “…”": "it" speaks for the organisation the sentence before names."""
    assert quotes(body)[-1].speaker_full == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a saint's name is a church's, no person's
        ("Among the visitors was the Rev. Anne Hollins, vicar of St Mary's church across the road. “We've had our "
         "disagreements,” she said.", "Anne Hollins"),
        # the name after "the headteacher of" is a place's
        ("Sarah Whitlock and Tom Ellery run the campaign.\n\nThe headteacher of Clifton Moor, Richard Pell, said "
         "staff were anxious.\n\nEllery and Whitlock spoke at a meeting in Clifton Moor village hall. She told the "
         "audience the fight was “only just starting.”", "Sarah Whitlock"),
        # a person of a firm, not the firm
        ("Consumer lawyer Ben Whitaker of the firm Whitaker Ross said a class action was likely. \"That's a lawsuit "
         "waiting to happen,\" he told reporters.", "Ben Whitaker"),
        # a singular article before a plural is no one phrase: a term, no speaker
        ("Manufacturers have been cutting the size of products, a practice economists call “shrinkflation.”", None),
        ("An awful lot of analysts told her: “No, don't do this.”", "An awful lot of analysts"),
        ("Fairfield's mayor, Councillor Brian Keogh, cut a ribbon. He said the mosque was “part of the fabric of "
         "this town now.”", "Brian Keogh"),
    ],
)
def test_words_that_name_no_person(body: str, speaker: str | None) -> None:
    """A review's news gave "Mary" (St Mary's church), "Clifton Moor" (a village), "Whitaker Ross" (a firm) and
    "a practice economists" as speakers."""
    assert quotes(body)[-1].speaker_full == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Aisha Rahman posted online that the ban was a mistake. “Where are they supposed to go now?” she wrote."
         "\n\nRenata Cole said her department had treated 212 injuries.", "Aisha Rahman"),
        ("Lance Beebe, 49, a Navy veteran, said Clinton should be ready. He is not sure whether he'll vote for "
         "Clinton or Sen. Bernie Sanders.\n\n\"I ask my wife, is she going to be ready?\" he said.", "Lance Beebe"),
    ],
)
def test_a_pronoun_after_a_question_attributes_it(body: str, speaker: str) -> None:
    """"“…?” she wrote.": the question mark ends a clause, but the pronoun attributes the quotation, so the
    sentence before the quotation says whom it stands for (it had none, and the person named next or last took
    it)."""
    assert quotes(body)[0].speaker_full == speaker


def test_a_so_called_word_is_a_term_whoever_speaks_after_it() -> None:
    """"The so-called “peace dividend” is gone, critics say": the writer's distance from a word, no one's words
    (a bare plural after it, "critics say", made it a phrase of theirs)."""
    found = quotes("The so-called “peace dividend” is gone, critics say.")
    assert [(q.kind, q.speaker) for q in found] == [("term", None)]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("A member of the board of trustees, speaking on condition of anonymity, said a meeting was “not out of "
         "the question.”", "A member of the board of trustees"),
        ("On Wednesday, the director of the bureau, James B. Comey, said the messages were “direct, private "
         "messages.”", "James B. Comey"),
    ],
)
def test_a_role_of_an_organisation_is_the_role_not_the_organisation(body: str, speaker: str) -> None:
    """"A member of the board said": the member, not the board (nor, named in apposition, the director)."""
    assert quotes(body)[-1].speaker_full == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The Health Service Executive said in a statement that patients would be seen “in order of clinical "
         "priority.”", "Health Service Executive"),
        ("A storm is coming. The National Weather Service said: “Stay indoors.”", "National Weather Service"),
        ("A storm is coming. A spokeswoman for the National Weather Service said: “Stay indoors.”",
         "A spokeswoman for the National Weather Service"),
    ],
)
def test_an_organisations_name_after_the_is_read_whole(body: str, speaker: str) -> None:
    """"The Health Service Executive said" had no speaker ("Executive" is a title word), "the National Weather
    Service" was "Weather Service" (a name's core holds two full words)."""
    assert quotes(body)[-1].speaker_full == speaker


def test_so_says_in_the_next_paragraph_names_the_speaker() -> None:
    """A quotation that is its own paragraph, then "So says Tom Briggs, …": the feature writer's inversion."""
    found = quotes("“It's the worst I've seen in forty years of growing.”\n\nSo says Tom Briggs, a third-generation "
                   "orchardist in the Wenatchee Valley.")
    assert found[0].speaker_full == "Tom Briggs"
    assert quotes("“It's the worst.”\n\nSo it goes for the growers.")[0].speaker is None


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("A trade body for food manufacturers, the Food Producers' Council, said its members were making "
         "“difficult choices”.", "Food Producers' Council"),
        ("The Food Producers' Council said: “Prices will rise.”", "Food Producers Council"),
        ("His sister, the Rev. Helen Mills, said: “Prices will rise.”", "Helen Mills"),
    ],
)
def test_an_organisations_name_with_a_plural_possessive(body: str, speaker: str) -> None:
    """"the Food Producers' Council" is one name (its apostrophe split the run), and in apposition to the
    subject it speaks ("A trade body …, the Food Producers' Council, said")."""
    assert quotes(body)[-1].speaker_full == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("In a statement, the festival's organisers said the decision had been “taken with a heavy heart.”\n\n"
         "Linford council supported the organisers' decision. Its leader, Councillor Patrick Doyle, said: “Safety "
         "first.”", "the festival's organisers"),
        ("Rep. Bob Goodlatte and Rep. Jason Chaffetz wrote to the FBI. “The evidence is clear,” the committee "
         "chairmen wrote.", "the committee chairmen"),
    ],
)
def test_a_plural_role_is_a_group_never_one_person(body: str, speaker: str) -> None:
    """"the festival's organisers said" was resolved to Patrick Doyle, named later near "the organisers'
    decision": a plural role is a group, kept as written."""
    assert quotes(body)[0].speaker_full == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Speaking outside court, Detective Constable Mark Heaton of Greater Manchester Police said: \"This was a "
         "calculated fraud.\"", "Mark Heaton"),
        ("President Barack Obama spoke.\n\nRegarding Libya, Obama defended the process. “We averted large-scale "
         "casualties,” the president told The Atlantic’s Jeffrey Goldberg.", "Barack Obama"),
    ],
)
def test_a_person_of_an_organisation_and_the_object_of_told(body: str, speaker: str) -> None:
    """"Mark Heaton of Greater Manchester Police said" was the police's (no index held Heaton); "the president
    told The Atlantic's Jeffrey Goldberg" was Goldberg's (the role was matched to the person it told)."""
    assert quotes(body)[-1].speaker_full == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The Prime Minister, Andrew Kellaway, replied that waiting lists had fallen.\n\nA Labour source said the "
         "party would keep pressing. ‘They have run out of excuses,’ the source said.", "A Labour source"),
        ("Turkish Foreign Minister Hakan Yildirim told reporters the mood had improved.\n\nOne Western diplomat "
         "briefed on the meeting said the leaders had spoken frankly.\n\n\"It was honest,\" said the diplomat.",
         "One Western diplomat"),
        # not a phrase that only contains the role after a preposition
        ("Barack Obama spoke. A mother had a question for the president.\n\n“The truth is that it matters,” the "
         "president said.", "Barack Obama"),
    ],
)
def test_the_source_is_the_source_introduced_before(body: str, speaker: str) -> None:
    """"A Labour source said …. ‘…,’ the source said." was the Prime Minister's (the last person named): the
    definite description refers back to the indefinite one, kept as written."""
    assert quotes(body)[-1].speaker_full == speaker


def test_she_after_a_spokeswoman_is_the_spokeswoman() -> None:
    """"A Network Rail spokeswoman said …. ‘…,’ she said." was the councillor quoted before: a role that tells
    the pronoun's gender, introduced in the sentence before, is whom it stands for (a role of no gender is not)."""
    found = quotes("Councillor Loveday Jenkin said: ‘Our teams have been out all night.’\n\nA Network Rail "
                   "spokeswoman said engineers were assessing the damage. ‘We know how important this line is,’ she "
                   "said.")
    assert found[-1].speaker_full == "A Network Rail spokeswoman"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The Speaker, Sir Lindsay Hoyle, intervened.\n\n‘I want to hear the answers,’ Sir Lindsay said.",
         "Lindsay Hoyle"),
        ("Hillary Clinton spoke.\n\n“I want to hear the answers,” Hillary said.", "Hillary Clinton"),
        ("Lindsey Graham spoke. Graham said: “No.”", "Lindsey Graham"),
    ],
)
def test_a_given_name_alone_is_the_one_person_of_that_name(body: str, speaker: str) -> None:
    """"Sir Lindsay said", "Hillary said": the one person named before with that given name (it gave the given
    name alone, a person of its own)."""
    assert quotes(body)[-1].speaker_full == speaker


def test_a_text_titled_so_is_a_title_and_the_former_employee_is_the_one_introduced() -> None:
    """An email "titled “URGENT — …”" was speech given to the man it was sent to, who then took the next
    quotations; "the former employee said" refers back to "a former employee at the plant"."""
    found = quotes("The decision was made by the head of operations, Gregory Vandermeer.\n\nA message, sent to "
                   "Vandermeer, was titled \"URGENT — Line 4 sterility excursions.\"\n\nA second person, a former "
                   "employee at the plant, said workers were told to keep quiet. \"We all knew,\" the former employee "
                   "said.")
    assert [(q.kind, q.speaker) for q in found] == [("title", None), ("speech", "a former employee")]


def test_a_name_ending_an_appositive_of_a_role_speaks() -> None:
    """"One of them, 71-year-old season-ticket holder Eileen Marsh, said": the name that ends the appositive (it
    gave the player named before)."""
    found = quotes("Ashton led after goals from Marcus Bellamy and Ryan Cho.\n\nOne of them, 71-year-old season-ticket "
                   "holder Eileen Marsh, said she had ‘never heard noise like it’ from the away end.")
    assert found[-1].speaker_full == "Eileen Marsh"


def test_a_broadcaster_told_is_no_speaker() -> None:
    """"the striker told Sky Sports": the broadcaster the words were told to is no person (it was the speaker)."""
    found = quotes("Harry Kane scored twice. “We were brilliant,” the striker told Sky Sports.")
    assert found[0].speaker_full != "Sky Sports"


def test_a_place_is_never_she_and_a_relative_clause_after_an_age_is_an_aside() -> None:
    """"Hamada said Tokyo “deeply values” …. ¶ Lee Ok-sun, 96, whose father …, said …. “…,” she said": the
    subject with its age and relative clause is whom "she" stands for, never Tokyo (a capital is a place now)."""
    found = quotes("Hamada said Tokyo “deeply values” the ties.\n\nLee Ok-sun, 96, whose father was forced to work in "
                   "a mine, said she had little faith.\n\n“They meet, they smile,” she said through a translator.")
    assert found[-1].speaker_full == "Lee Ok-sun"
