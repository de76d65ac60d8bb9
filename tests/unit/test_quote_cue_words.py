"""Which words are cue verbs where they stand, and attributions whose cue verb stands far from the quotation
(issue 11). Short examples written for these tests, each shaped after an error read on PolNeAR's train."""

from __future__ import annotations

import pytest

from reader.document import Document
from reader.quotes import Quotation, find_quotations


def quotes(body: str) -> list[Quotation]:
    return find_quotations(Document.from_text("Title\n\n" + body + "\n"))


def speakers(body: str) -> list[str | None]:
    return [q.speaker_full for q in quotes(body)]


@pytest.mark.parametrize(
    "body",
    [
        # "state" after a capitalised adjective is the noun: "Democratic" said nothing
        "Buddy Valastro praised Chris Christie’s record in a heavily Democratic state.\n\n"
        "“We need someone who’s going to cut through it.”",
        "Chris Christie praised Buddy Valastro in his home state.\n\n“We need someone who can win.”",
    ],
)
def test_the_noun_state_is_no_cue_verb(body: str) -> None:
    found = quotes(body)
    assert [q.speaker_full for q in found] != ["Democratic"]
    # the paragraph's own cue verb ("praised") gives the next paragraph's quotation its speaker
    assert found[0].speaker_full in ("Buddy Valastro", "Chris Christie")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The report states that the plan “will not work,” officials said.", None),
        ("Mary Smith, the secretary of state, said: “We are ready.”", "Mary Smith"),
        ("The secretary of state arrived. “We are ready,” said Mary Smith.", "Mary Smith"),
        ("Western states voted. “We are ready,” Mary Smith said.", "Mary Smith"),
    ],
)
def test_state_as_a_verb_only_before_its_object(body: str, speaker: str | None) -> None:
    found = quotes(body)
    assert found[0].speaker_full == speaker or (speaker is None and found[0].speaker_full != "The report")


def test_a_possessive_before_a_speech_noun_is_its_speaker() -> None:
    # "Trump’s claim that Obama “founded ISIS”": the claim is Trump's, not Obama's
    body = ("Donald Trump spoke in Florida.\n\nMike Pence defended Donald Trump’s claim that President Barack "
            "Obama “founded ISIS.”")
    assert speakers(body) == ["Donald Trump"]


def test_a_determiner_before_a_speech_noun_makes_it_no_cue() -> None:
    # "a tweet" is a noun: the sentence's subject blamed the media, the tweet's author is unknown
    body = "Barack Obama mocked a tweet that called the plan “a disaster.”"
    assert speakers(body) != ["a tweet"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Bill Eastland came from Texas.\n\n“We’ve had better conventions than this one,” Texas delegate Bill "
         "Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said as confetti fell.", "Bill Eastland"),
        ("“We will win this state,” Mary Smith, who flew in from Ohio on Monday to meet the voters of the "
         "county, said.", "Mary Smith"),
    ],
)
def test_a_long_aside_between_the_name_and_its_cue_verb(body: str, speaker: str) -> None:
    assert speakers(body)[0] == speaker


@pytest.mark.parametrize(
    "body",
    [
        # the aside's cue verb has its own subject: not the name before it
        "“We will win,” Mary Smith, whom Tom Jones praised at length on Monday in Ohio, told reporters.",
        # a pronoun after the quotation opens another sentence's clause
        "“We will win,” she, at the rally in Ohio on Monday evening with the voters, was heard to say.",
    ],
)
def test_an_aside_does_not_reach_past_another_clause(body: str) -> None:
    assert speakers(body)[0] != "Tom Jones"


def test_a_progressive_cue_verb_has_its_own_subject() -> None:
    # "many are calling": the game's critics, not the team that won it
    body = "Alabama beat Clemson 45-40 in a college football title game many are calling an “instant classic.”"
    assert speakers(body) == [None]


def test_a_place_after_of_in_an_aside_is_no_subject() -> None:
    body = ("Kevin Swanson, who is a pastor at the Reformation Church of Elizabeth, Colorado, slammed the Girl "
            "Scouts for promoting “lesbianism and abortion” on his show.")
    assert speakers(body) == ["Kevin Swanson"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # with no cue verb, the subject of "be" is described, not speaking
        ("According to a 2013 study by two economists, the Great Recession is partly to blame, but so is this "
         "“major change in trade policy.”", None),
        # a colon still introduces the subject's words
        ("As if addressing Trump directly, the Illinois Board of Elections was conclusive in its findings: "
         "“Further discussion on this issue is unnecessary.”", "the Illinois Board of Elections"),
        # a verb coordinated with a passive one shares its subject
        ("Sarah Silverman was joined on stage by Al Franken and joked, “You’re being ridiculous.”",
         "Sarah Silverman"),
    ],
)
def test_the_subject_of_be_speaks_only_through_a_cue_or_a_colon(body: str, speaker: str | None) -> None:
    found = speakers(body)[0]
    assert (found is None) == (speaker is None), found
    assert found is None or speaker is None or found.split()[-1] in speaker


@pytest.mark.parametrize(
    "body",
    [
        "John Kasich mocked the slogan “Make America Great Again.”",
        "“Make America Great Again,” John Kasich said, was not a plan.",
        "Hillary Clinton told “Fox News Sunday.”",
        "Ted Cruz compared the race to “Game of Thrones,” he said.",
    ],
)
def test_title_case_words_are_a_title_without_a_speaker(body: str) -> None:
    # a slogan, a show, a book (issue 11: titles never get a speaker), even where a sentence ends with it
    found = quotes(body)
    assert [(q.kind, q.speaker) for q in found] == [("title", None)]


@pytest.mark.parametrize(
    "body",
    [
        "“Like Oakland. Or Ferguson,” Donald Trump said.",  # a sentence end inside: words, not a title
        "“Mr. Trump,” Chris Christie said, “you are wrong.”",  # an honorific and a name: a vocative
    ],
)
def test_title_case_speech_with_a_sentence_end_inside_keeps_its_speaker(body: str) -> None:
    assert quotes(body)[0].speaker is not None


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("“We will appeal,” the Department of Justice said in a statement.", "Department of Justice"),
        ("The Illinois Board of Elections said: “Further discussion is unnecessary.”", "Illinois Board of Elections"),
        ("“We are ready,” the Bank of America said.", "Bank of America"),
        ("“The ruling stands,” said the U.S. Court of Appeals for the 3rd Circuit.", "U.S. Court of Appeals"),
        ("“We are reviewing it,” a spokesman for the University of Chicago said.",
         "a spokesman for the University of Chicago"),
        # a role before "of" is a role, resolved; a person after it is the person
        ("Secretary of State John Kerry spoke. “We are ready,” the Secretary of State said.", "John Kerry"),
        ("Secretary of State John Kerry said, “We are ready.”", "John Kerry"),
    ],
)
def test_an_organisation_named_with_of_is_its_whole_name(body: str, speaker: str) -> None:
    # not its last word ("Elections", "America", "Chicago", "State")
    assert speakers(body)[0] == speaker


def test_a_pronoun_after_a_quotation_opening_its_sentence_is_the_previous_subject() -> None:
    # "he" is Rubio, the subject of the sentence before, not Obama, the last name in it, nor the "He" quoted
    body = ("Later, Marco Rubio claimed that Muslim Americans don’t face discrimination and that President Barack "
            "Obama is to blame for Americans believing that.\n\n"
            "“He continues to put out this fiction that there’s widespread discrimination,” he said.")
    assert speakers(body) == ["Marco Rubio"]


def test_a_people_is_never_he_or_she() -> None:
    body = ("The senator said the rule hurt Muslim Americans.\n\n"
            "“It was wrong from the start,” he said.")
    assert speakers(body) != ["Muslim Americans"]


def test_the_moderator_is_kept_as_written() -> None:
    # a debate's moderator is nobody the article named: not the candidate named last
    body = ("Donald Trump was asked about the police.\n\n"
            "“How do you bridge the divide?” the moderator said.")
    assert speakers(body) == ["the moderator"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # "U.S." inside a description is no name ("U S" was the speaker)
        ("“It was lightly handled,” said a former U.S. law enforcement official who oversaw investigations.",
         "a former U.S. law enforcement official"),
        # "states," after a people's adjective is the noun: the inverted "said Kassenova" is the attribution
        ("China has provoked mixed feelings in many Asian states, and it has used “velvet gloves” in its "
         "dealings, said Nargis Kassenova, an expert.", "Nargis Kassenova"),
        # "kept asking": the subject before "kept", not the sentence's ("Saturday's gaffes")
        ("Saturday’s gaffes recalled 2013, when Sen. Ron Johnson (R-Wis.) kept asking her why the department "
         "had tied the violence to “spontaneous” protests.", "Ron Johnson"),
        # coordinated participles share their subject, even across the sentence's earlier quotation
        ("Republicans were quick to chime in, with Donald Trump tweeting that it was a “disaster” for Clinton "
         "and asking, “How can someone with such bad judgement be our next president?”", "Donald Trump"),
    ],
)
def test_the_subject_read_past_initialisms_catenatives_and_coordination(body: str, speaker: str) -> None:
    assert speakers(body)[-1] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # "used to" is a finite verb; "but now said" coordinates past "now"
        ("House Republican Thomas Massie used to support fellow Kentuckian Rand Paul, but now said Trump had "
         "“the opportunity and the obligation to bring us together.”", "Thomas Massie"),
        # not past "has": the relative clause's verb is Maher's, and he asked the question
        ("Sanders was asked by host Bill Maher, who is supporting Sanders, but has previously dismissed the story, "
         "“Now, you famously said you were tired of hearing about the emails?”", "Bill Maher"),
    ],
)
def test_a_coordinated_cue_verb_past_adverbs(body: str, speaker: str) -> None:
    assert speakers(body)[0] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a cue verb far into the sentence after an embedded quotation is another clause's
        ("Republican front-runner Donald Trump defended his campaign manager as a “very decent man” Tuesday, "
         "hours after the staffer was charged with battery in Florida.", "Donald Trump"),
        ("Former Pennsylvania governor Ed Rendell praised Sanders for what he has accomplished, calling it "
         "“an incredible feat” - but he said the time is coming.", "Ed Rendell"),
        # the tight shape still attributes an embedded quotation
        ("The plan is “a disaster,” Mary Smith said.", "Mary Smith"),
        ("The plan is “a disaster,” said Mary Smith, the senator.", "Mary Smith"),
    ],
)
def test_after_an_embedded_quotation_only_a_tight_attribution(body: str, speaker: str) -> None:
    assert speakers(body)[0] == speaker


def test_a_participle_reads_no_subject_after_it_for_the_next_paragraph() -> None:
    # the next paragraph's quotation is Trump's: "saying Clinton would" names the reported clause's subject
    body = ("“If she gets to pick her judges, nothing you can do, folks,” Donald Trump told a North Carolina rally, "
            "saying Hillary Clinton would “abolish the second amendment.”\n\n"
            "“Although the Second Amendment people, maybe there is. I don’t know.”")
    assert speakers(body)[-1] == "Donald Trump"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # reported speech after a subordinate clause: "when asked about …," is not the reporting verb
        ("Sunday on CNN’s “Fareed Zakaria GPS,” when asked about Republican presidential nominee Donald Trump, "
         "President Barack Obama said he expected that Americans will say “no” to Trump’s policy measures.",
         "Barack Obama"),
        # an aside that opens with a participle holds its own cue verb; "250,000" is one token, not a comma
        ("Donald Trump spoke in Ohio. Trump, later alleging that President Obama wanted to admit 250,000 Syrians, "
         "said he would deport refugees, who he speculates are “mostly men” and part of a plot.", "Donald Trump"),
    ],
)
def test_reported_speech_and_asides(body: str, speaker: str) -> None:
    assert speakers(body)[-1] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Smith and Jones are calling it “a disaster.”", "Jones"),  # a named subject before "are" still speaks
        ("Pat Means spoke. He said “we won.”", "Pat Means"),  # a surname ending like a people's name is a person
    ],
)
def test_review_findings(body: str, speaker: str) -> None:
    assert speakers(body)[0] == speaker


def test_a_title_case_exclamation_is_a_title() -> None:
    assert [(q.kind, q.speaker) for q in quotes("“Lock Her Up!” the crowd chanted.")] == [("title", None)]


def test_of_at_the_start_of_a_text_reads_no_head_from_its_end() -> None:
    from reader.quotes.names import scan_names

    # "of" at offset 0 has no head before it: "Smith" stays a name (the head was read from the text's end)
    assert 3 in scan_names("of Smith met the Board\n").starts


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a subordinate clause closed before the saying verb leaves reported speech its first verb's
        ("Jose Yepez heard him. In a year when Trump is talking about deporting millions, Yepez said Perez was "
         "right to urge Latino leaders “to stand up and be active.”", "Jose Yepez"),
        # "think" never inverts: the names after it are its object
        ("The paradox, says Carl Anthony, is that she mattered not for her policy (think Eleanor Roosevelt and "
         "Hillary Clinton) but for her “personal influence.”", "Carl Anthony"),
    ],
)
def test_subordinate_clauses_and_verbs_that_never_invert(body: str, speaker: str) -> None:
    assert speakers(body)[-1] == speaker


def test_an_unattributed_quotation_takes_its_sentence_ends_attribution() -> None:
    # the pattern's own reading (before the ranker): the end of the sentence attributes both quotations
    from reader.quotes import Detection

    text = ("Title\n\nMary Smith spoke on Monday. The plan will bring “real change” to the city and “new jobs,” "
            "Mary Smith said.\n")
    detection = Detection(Document.from_text(text))
    found = detection.attribute(0, len(detection))
    assert detection.attributor.hows == ["later", "after"]
    assert [q.speaker_full for q in found] == ["Mary Smith", "Mary Smith"]


def test_a_preposition_opening_a_sentence_is_no_first_name() -> None:
    body = ("Bernie Sanders won the state. Given Sanders’ electoral success, his endorsements carry weight, a "
            "spokesman said. “It matters,” Sanders said.")
    assert "Given Sanders" not in [q.speaker_full for q in quotes(body)]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Donald Trump spoke. As the debate progressed and Trump stood by his comment Monday that “Islam hates "
         "us,” refusing to back down, Marco Rubio again tried to rebuke the front-runner.", "Donald Trump"),
        ("Hillary Clinton spoke. Marco Rubio mocked Hillary Clinton’s claim that “we are all in this together.”",
         "Hillary Clinton"),
    ],
)
def test_words_a_possessive_owns_are_the_owners(body: str, speaker: str) -> None:
    assert speakers(body)[0] == speaker


def test_a_possessive_topic_after_that_is_not_the_speaker() -> None:
    body = "House Speaker Paul Ryan told CNN Tuesday that Ruth Bader Ginsburg’s comments “show bias to me.”"
    assert speakers(body) == ["Paul Ryan"]


def test_an_age_a_town_its_state_and_a_relative_clause_before_the_cue_verb() -> None:
    body = ("“Both of them scare me,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in a "
            "follow-up interview.")
    assert speakers(body) == ["Harry Bond"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a sentence that ended inside the first quotation's marks shares nothing with the next sentence
        ("The mayor held a meeting on Tuesday. The sign read “the new plan will raise taxes for many families.” It "
         "would be “a farce that nobody in this town wants,” Jones said.", None),
        # a state is a home town's only after ", of …": no place is a speaker
        ("Protesters in Raleigh, N.C., who marched on Sunday, said the law was “a disaster for the whole state.”",
         "Protesters"),
        ("The mayor of Flint, Mich., who spoke on Sunday, said it was “a disaster.”", "The mayor of Flint"),
        # a saying verb inside a subordinate clause is not the reporting one
        ("After Tom Smith, 70, said he would retire, Mary Jones argued that it was “a disaster for the party.”",
         "Mary Jones"),
    ],
)
def test_second_review_findings(body: str, speaker: str | None) -> None:
    assert speakers(body)[0] == speaker


def test_a_description_of_two_joined_roles_is_kept_as_written() -> None:
    body = ("Sen. Marco Rubio responded first, ripping into President Barack Obama late Tuesday night.\n\n"
            "“I have been warning throughout this campaign,” the Florida senator and Republican presidential "
            "candidate said in a statement.")
    found = quotes(body)[0]
    assert (found.speaker, found.speaker_full) == (
        "the Florida senator and Republican presidential candidate", "Marco Rubio")
